"""Every public function given an argument of the wrong type raises TypeError or ValueError saying
what it expected (issue 12, item 7). extract, Extractor and Lexicon are in test_lexicon.py."""

import pytest

import kutipan
from kutipan import display

TEXT = '"Kami siap," ujar Budi Santoso.'
RESULT = kutipan.extract(TEXT)

CASES = [
    (lambda: list(kutipan.extract_many(TEXT)), TypeError, "iterable of texts .* got str; for one text use kutipan.extract"),
    (lambda: list(kutipan.extract_many(5)), TypeError, "iterable of texts"),
    (lambda: list(kutipan.extract_many([5])), TypeError, r"each item as str or an \(id, str\) pair, got int"),
    (lambda: list(kutipan.extract_many([TEXT], n_process="2")), TypeError, "n_process as an int, got str"),
    (lambda: list(kutipan.extract_many([TEXT], chunksize=None)), TypeError, "chunksize as an int, got NoneType"),
    (lambda: list(kutipan.extract_many([TEXT], in_flight=1.5)), TypeError, "in_flight as an int, got float"),
    (lambda: list(kutipan.extract_many([TEXT], chunksize=0)), ValueError, "chunksize must be at least 1"),
    (lambda: list(kutipan.extract_many([TEXT], extractor=kutipan.Lexicon.default())), TypeError, "extractor as a kutipan.Extractor, got Lexicon"),
    (lambda: list(kutipan.extract_many([TEXT], lexicon=5)), TypeError, "Lexicon or the path of a lexicon folder"),
    (lambda: kutipan.Lexicon.default().frame(5), TypeError, r"Lexicon.frame expects a word \(str\), got int"),
    (lambda: kutipan.Lexicon.default().lemma(None), TypeError, r"Lexicon.lemma expects a word \(str\)"),
    (lambda: display.result_html(5), TypeError, "result_html expects a kutipan Result, got int"),
    (lambda: display.quote_html(RESULT), TypeError, "quote_html expects a kutipan Quote, got Result"),
    (lambda: display.speaker_html("Budi"), TypeError, "speaker_html expects a kutipan Speaker, got str"),
]


@pytest.mark.parametrize(("call", "error", "message"), CASES)
def test_wrong_arguments(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_tables_say_what_a_corpus_is():
    pytest.importorskip("pandas")
    for call in (kutipan.to_dataframe, kutipan.speaker_summary):
        with pytest.raises(TypeError, match=r"a mapping id -> Result, \(id, Result\) pairs or Results, got int"):
            call(5)
        with pytest.raises(TypeError, match="got str"):
            call("hasil.jsonl")
    with pytest.raises(TypeError, match="Lexicon or the path of a lexicon folder"):
        kutipan.speaker_summary([RESULT], lexicon=5)


def test_stanza_and_dask_arguments():
    stanza = pytest.importorskip("stanza")
    with pytest.raises(TypeError, match="from_stanza expects a stanza Document .* got str"):
        kutipan.from_stanza(TEXT)
    doc = stanza.Document([], text=TEXT)
    with pytest.raises(TypeError, match="extractor as a kutipan.Extractor, got str"):
        kutipan.from_stanza(doc, extractor="x")
    dask = pytest.importorskip("kutipan.integrations.dask")
    with pytest.raises(TypeError, match="dask.bag.Bag .* got list"):
        dask.extract_bag([TEXT])
