"""Tables: one row per quote, and who is quoted how often across a corpus (pandas, optional).

pandas is imported on first use; ``pip install pandas`` (or ``pip install 'kutipan[pandas]'``) installs it.

>>> import kutipan
>>> result = kutipan.extract('"Kami siap," ujar Budi Santoso, Ketua RT 05.')
>>> result.to_dataframe()[["type", "cue", "speaker", "role"]].values.tolist()
[['direct', 'ujar', 'Budi Santoso', 'Ketua RT 05']]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Hashable

from .index import COLUMNS as SUMMARY_COLUMNS
from .index import corpus_argument as _corpus
from .index import speaker_index
from .io import Documents, documents
from .lexicon import Lexicon
from .spans import Quote, Result

if TYPE_CHECKING:
    import pandas

# One row per quote; strings, or <NA> where the text gives nothing.
COLUMNS = (
    "doc", "type", "text", "start", "end", "cue", "mention", "speaker", "speaker_kind",
    "role", "organisation", "outlet", "addressee", "setting", "rule", "link", "confidence",
)
# Text columns get pandas' "string" dtype: a missing value is <NA> with pandas 2 and 3 alike.
TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in ("doc", "start", "end", "confidence"))


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise ImportError("kutipan's tables need pandas: pip install pandas (or pip install 'kutipan[pandas]')") from error
    return pandas


def _text(span: object) -> str | None:
    return getattr(span, "text", None)


def quote_row(quote: Quote, doc: Hashable = None) -> dict[str, Any]:
    """The table row of one quote, as a plain dict (no pandas needed).

    >>> import kutipan
    >>> row = quote_row(kutipan.extract('"Kami siap," ujarnya.')[0], doc="berita-1")
    >>> row["doc"], row["cue"], row["mention"], row["speaker"]
    ('berita-1', 'ujarnya', 'nya', None)
    """
    speaker = quote.speaker
    return {
        "doc": doc,
        "type": quote.kind,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "cue": _text(quote.cue),
        "mention": _text(quote.mention),
        "speaker": speaker.name if speaker else None,
        "speaker_kind": speaker.kind if speaker else None,
        "role": _text(quote.role),
        "organisation": _text(quote.organisation),
        "outlet": _text(quote.outlet),
        "addressee": _text(quote.addressee),
        "setting": _text(quote.setting),
        "rule": quote.rule,
        "link": quote.link or None,
        "confidence": quote.confidence,
    }


def result_dataframe(result: Result) -> pandas.DataFrame:
    """One row per quote of one document (``Result.to_dataframe``): ``COLUMNS`` without ``doc``."""
    return _frame([quote_row(q) for q in result]).drop(columns="doc")


def to_dataframe(results: Documents) -> pandas.DataFrame:
    """One row per quote of a corpus, with the document id in column ``doc``.

    ``results``: a mapping id -> result, (id, result) pairs, or bare results (numbered from 0).

    >>> import kutipan
    >>> texts = {"a": '"Kami siap," ujar Budi.', "b": 'Menurut Ani Lestari, harga akan turun bulan depan.'}
    >>> frame = kutipan.to_dataframe({doc: kutipan.extract(t) for doc, t in texts.items()})
    >>> frame[["doc", "type", "speaker"]].values.tolist()
    [['a', 'direct', 'Budi'], ['b', 'indirect', 'Ani Lestari']]
    """
    return _frame([quote_row(quote, doc) for doc, result in documents(_corpus(results, 'to_dataframe')) for quote in result])


def _frame(rows: list[dict[str, Any]]) -> pandas.DataFrame:
    frame = _pandas().DataFrame(rows, columns=list(COLUMNS))
    return frame.astype({column: "string" for column in TEXT_COLUMNS} | {"start": "int64", "end": "int64", "confidence": "float64"})


def speaker_rows(results: Documents, *, lexicon: Lexicon | None = None) -> list[dict[str, Any]]:
    """``speaker_summary`` as plain dicts, most quoted first (no pandas needed).

    >>> import kutipan
    >>> texts = ['"Kami siap," ujar Budi Santoso.', 'Bapak Budi Santoso mengatakan bahwa harga akan turun.']
    >>> [(r["speaker"], r["quotes"], r["documents"]) for r in speaker_rows(map(kutipan.extract, texts))]
    [('Budi Santoso', 2, 2)]
    """
    return speaker_index(_corpus(results, "speaker_summary"), lexicon=lexicon).rows()


def summary_frame(rows: list[dict[str, Any]]) -> pandas.DataFrame:
    """Rows of ``speaker_rows`` as a table with the columns and dtypes of ``speaker_summary``."""
    frame = _pandas().DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    counts = {column: "int64" for column in ("quotes", "direct", "indirect", "documents")}
    return frame.astype({"speaker": "string", "kind": "string", **counts})


def speaker_summary(results: Documents, *, lexicon: Lexicon | None = None) -> pandas.DataFrame:
    """Who is quoted how often across a corpus, with which roles; one row per speaker.

    The rows are the entries of ``kutipan.speaker_index``: the names of one person in different
    documents are merged (titles off, known and page aliases, a name contained in a longer one
    with no other candidate: ``Tito Karnavian`` is ``Muhammad Tito Karnavian``). Columns:
    ``speaker`` (the fullest name), ``kind``, ``quotes``, ``direct``, ``indirect``, ``documents``
    (how many quote them), ``roles`` and ``organisations`` (as written, most frequent first),
    ``names`` (every name the quotes carry, most used first). Quotes without a speaker are left
    out; unnamed sources merge by description (``seorang warga``).

    >>> import kutipan
    >>> texts = ['"Kami siap," ujar Budi Santoso, Ketua RT 05.', 'Budi Santoso mengatakan bahwa harga akan turun.']
    >>> summary = kutipan.speaker_summary(map(kutipan.extract, texts))
    >>> summary[["speaker", "quotes", "direct", "indirect", "documents"]].values.tolist()
    [['Budi Santoso', 2, 1, 1, 2]]
    >>> summary.loc[0, "roles"]
    ['Ketua RT 05']
    """
    return summary_frame(speaker_rows(results, lexicon=lexicon))
