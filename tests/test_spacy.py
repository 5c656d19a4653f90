"""The spaCy component on spacy.blank("id"): found through the entry point, no model download."""

import pickle
from importlib.metadata import entry_points
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import kutipan  # noqa: E402
from kutipan.integrations.spacy import render, render_data  # noqa: E402

EXAMPLE = (Path(__file__).parent.parent / "docs" / "examples" / "banjir-bandung.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("kutipan")
    return nlp


def test_registered_through_the_entry_point():
    names = {point.name: point.value for point in entry_points(group="spacy_factories")}
    assert names.get("kutipan") == "kutipan.integrations.spacy:make_kutipan"


def test_quotes_as_span_group_and_extension(nlp):
    doc = nlp(EXAMPLE)
    result = kutipan.extract(EXAMPLE)
    assert doc._.quotes == result.quotes and doc._.speakers == result.speakers and doc._.kutipan == result
    group = doc.spans["kutipan"]
    assert len(group) == len(result)
    for span, quote in zip(group, result):
        assert span.label_ == quote.kind
        assert span.start_char <= quote.start and quote.end <= span.end_char  # whole tokens around the words
        assert quote.text.strip(".,") in span.text


def test_clitic_and_empty_documents(nlp):
    doc = nlp('Budi Santoso hadir. "Kami siap bekerja," ujarnya.')
    assert doc._.quotes[0].speaker.name == "Budi Santoso" and doc._.quotes[0].mention.text == "nya"
    assert [s.text for s in doc.spans["kutipan"]] == ["Kami siap bekerja,"]
    empty = nlp("")
    assert len(empty.spans["kutipan"]) == 0 and empty._.quotes == ()


def test_pipe_and_pickle(nlp):
    texts = ['"Kami siap," ujar Budi.', "Tidak ada kutipan.", EXAMPLE]
    docs = list(nlp.pipe(texts))
    assert [len(d._.quotes) for d in docs] == [len(kutipan.extract(t)) for t in texts]
    component = nlp.get_pipe("kutipan")
    assert pickle.loads(pickle.dumps(component)).extractor == component.extractor


def test_config_lexicon_and_spans_key(tmp_path):
    (tmp_path / "cues.tsv").write_text("# form\tlemma\tframe\nsembur\tsembur\tinverted\n", encoding="utf-8")
    nlp = spacy.blank("id")
    nlp.add_pipe("kutipan", config={"lexicon": str(tmp_path), "spans_key": "quotes"})
    doc = nlp('"Kami siap bekerja keras," sembur Budi.')
    assert [q.cue.text for q in doc._.quotes] == ["sembur"]
    assert "kutipan" not in doc.spans and len(doc.spans["quotes"]) == 1


def test_displacy_rendering(nlp):
    doc = nlp('"Kami siap," ujar Budi Santoso, Ketua RT 05.')
    data = render_data(doc)
    assert {span["label"] for span in data["spans"]} == {"direct", "cue", "speaker", "role"}
    html = render(doc, jupyter=False)
    assert "Kami" in html and "direct" in html and "#fde9a9" in html
    native = spacy.displacy.render(doc, style="span", options={"spans_key": "kutipan"}, jupyter=False)
    assert "direct" in native
    with pytest.raises(ValueError, match="kutipan"):
        render_data(spacy.blank("id")("teks"))
