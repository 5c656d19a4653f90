"""JSON and JSONL export and import of results that round-trip to equal objects.

One document is one JSON object: ``id``, ``text``, ``quotes`` and ``speakers``. Each quote carries
the record of ``shared/eval/FORMAT.md`` (``type``, ``text``, ``start``, ``end``, ``cue``,
``speaker``, ``mention``, ``role``), so a dump can be scored like a gold file, plus the offsets of
every span and the index of its speaker, so that loading it rebuilds the same ``Result``.

>>> import kutipan
>>> result = kutipan.extract('"Kami siap," ujar Budi Santoso.')
>>> loads(dumps(result)) == result
True
"""

from __future__ import annotations

import json
import os
from typing import IO, Any, Hashable, Iterable, Iterator, Mapping

from .spans import Block, Quote, Result, Span, Speaker

PathOrFile = str | os.PathLike[str] | IO[str]
Documents = Iterable[Result] | Iterable[tuple[Hashable, Result]] | Mapping[Hashable, Result]
# Spans of a quote beside its content, written as [start, end] under "spans".
QUOTE_SPANS = ("cue", "mention", "role", "organisation", "outlet", "addressee", "setting")


def documents(results: Documents) -> Iterator[tuple[Hashable, Result]]:
    """(id, result) pairs of a corpus: a mapping id -> result, (id, result) pairs, or bare results.

    Bare results are numbered from 0, in order. The input is read once, so a stream works.

    >>> import kutipan
    >>> [doc for doc, _ in documents([kutipan.extract("Tidak ada kutipan.")])]
    [0]
    """
    if isinstance(results, Result):
        raise TypeError("expected several results; wrap a single Result in a list")
    items: Iterable[Any] = results.items() if isinstance(results, Mapping) else results
    for number, item in enumerate(items):
        if isinstance(item, Result):
            yield number, item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Result):
            yield item[0], item[1]
        else:
            raise TypeError(f"expected a Result or an (id, Result) pair, got {type(item).__name__}")


def _pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _span(text: str, pair: list[int] | None) -> Span | None:
    return None if pair is None else Span.of(text, pair[0], pair[1])


def _speaker_record(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "kind": speaker.kind,
        "role": _pair(speaker.role),
        "organisation": _pair(speaker.organisation),
        "mentions": [[m.start, m.end] for m in speaker.mentions],
    }


def _speaker(text: str, record: Mapping[str, Any]) -> Speaker:
    return Speaker(
        name=record["name"],
        kind=record.get("kind", "person"),
        role=_span(text, record.get("role")),
        organisation=_span(text, record.get("organisation")),
        mentions=tuple(Span.of(text, start, end) for start, end in record.get("mentions", ())),
    )


def to_record(result: Result, id: Hashable = None) -> dict[str, Any]:
    """One document as a JSON-ready dict; ``id`` is left out when it is ``None``.

    >>> import kutipan
    >>> record = to_record(kutipan.extract('"Kami siap," ujarnya.'), id="berita-1")
    >>> record["id"], record["quotes"][0]["cue"], record["quotes"][0]["spans"]["cue"]
    ('berita-1', 'ujarnya', [13, 20])
    """
    speakers = list(result.speakers)
    quotes = []
    for quote in result.quotes:
        record: dict[str, Any] = quote.to_dict()
        if quote.speaker is not None and quote.speaker not in speakers:
            speakers.append(quote.speaker)  # not expected from the extractor, kept all the same
        record["speaker_index"] = None if quote.speaker is None else speakers.index(quote.speaker)
        record["spans"] = {name: _pair(getattr(quote, name)) for name in QUOTE_SPANS}
        record["rule"] = quote.rule
        quotes.append(record)
    head = {} if id is None else {"id": id}
    layout = [[block.kind, block.span.start, block.span.end] for block in result.layout]
    return {**head, "text": result.text, "quotes": quotes, "speakers": [_speaker_record(s) for s in speakers], "layout": layout}


def from_record(record: Mapping[str, Any]) -> Result:
    """The ``Result`` written by ``to_record``; offsets are checked against the text.

    A gold-format record without ``spans`` and ``speakers`` loads too: quotes keep their content,
    and a speaker is rebuilt from its name only (``Speaker('Budi')``).
    """
    text = record["text"]
    named = [_speaker(text, s) for s in record.get("speakers", ())]
    by_name: dict[str, Speaker] = {}  # gold records: one speaker per name
    quotes = []
    for item in record.get("quotes", ()):
        content = Span.of(text, item["start"], item["end"])
        if content.text != item.get("text", content.text):
            raise ValueError(f"quote at {item['start']}-{item['end']}: text does not match the document")
        index = item.get("speaker_index")
        if index is not None:
            speaker: Speaker | None = named[index]
        elif item.get("speaker"):
            speaker = by_name.setdefault(item["speaker"], Speaker(item["speaker"]))
        else:
            speaker = None
        spans = item.get("spans", {})
        quotes.append(Quote(
            kind=item["type"],
            content=content,
            speaker=speaker,
            rule=item.get("rule", ""),
            **{name: _span(text, spans.get(name)) for name in QUOTE_SPANS},
        ))
    layout = tuple(Block(kind, Span.of(text, start, end)) for kind, start, end in record.get("layout", ()))
    return Result(text=text, quotes=tuple(quotes), speakers=tuple(named or by_name.values()), layout=layout)


def dumps(result: Result, id: Hashable = None) -> str:
    """One document as a JSON string (UTF-8 text kept as is, not escaped)."""
    return json.dumps(to_record(result, id), ensure_ascii=False)


def loads(data: str) -> Result:
    """The ``Result`` of a JSON string written by ``dumps``."""
    return from_record(json.loads(data))


def dump_jsonl(results: Documents, file: PathOrFile) -> int:
    """Write one JSON line per document to a path or an open text file; returns the count.

    Takes what ``documents`` takes: a mapping id -> result, (id, result) pairs, or bare results
    (numbered from 0). Streams: one result is held at a time.

    >>> import io, kutipan
    >>> out = io.StringIO()
    >>> dump_jsonl({"berita-1": kutipan.extract('"Kami siap," ujar Budi.')}, out)
    1
    >>> out.getvalue()[:18]
    '{"id": "berita-1",'
    """
    with _open(file, "w") as handle:
        count = 0
        for doc, result in documents(results):
            handle.write(dumps(result, doc) + "\n")
            count += 1
    return count


def load_jsonl(file: PathOrFile) -> Iterator[tuple[Hashable, Result]]:
    """(id, result) pairs of a JSONL file, in order and one at a time; ``dict(...)`` gives a mapping.

    A line without ``id`` gets its line number. A broken line raises ``ValueError`` naming it.

    >>> import io, kutipan
    >>> result = kutipan.extract('"Kami siap," ujar Budi.')
    >>> out = io.StringIO()
    >>> _ = dump_jsonl([result], out)
    >>> list(load_jsonl(io.StringIO(out.getvalue()))) == [(0, result)]
    True
    """
    with _open(file, "r") as handle:
        name = getattr(handle, "name", "<jsonl>")
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                doc, result = record.get("id", number), from_record(record)
            except (ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
                raise ValueError(f"{name}:{number}: not a kutipan document ({error})") from error
            yield doc, result


class _open:
    """A path opened as UTF-8 text (and closed after), or an open file passed through untouched."""

    def __init__(self, file: PathOrFile, mode: str) -> None:
        self.file, self.mode, self.owned = file, mode, isinstance(file, (str, os.PathLike))

    def __enter__(self) -> IO[str]:
        if self.owned:
            self.handle: IO[str] = open(self.file, self.mode, encoding="utf-8")  # type: ignore[arg-type]
        else:
            self.handle = self.file  # type: ignore[assignment]
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.owned:
            self.handle.close()
