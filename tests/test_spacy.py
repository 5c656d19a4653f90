"""The spaCy component on spacy.blank("id"): found through the entry point, no model download."""

import pickle
import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc, DocBin  # noqa: E402

import kutipan  # noqa: E402
from kutipan.integrations.spacy import SPACER, _clashes, _rows, from_data, render, render_data, to_data  # noqa: E402
from kutipan.text import paragraphs  # noqa: E402

EXAMPLE = (Path(__file__).parent.parent / "docs" / "examples" / "banjir-bandung.txt").read_text(encoding="utf-8")
TEXTS = ['"Kami siap," ujar Budi.', "Tidak ada kutipan.", EXAMPLE, 'Budi Santoso hadir. "Kami siap bekerja," ujarnya.']


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
        assert span.label_ == quote.kind and span.kb_id_ == (quote.speaker.name if quote.speaker else "")
        assert span.start_char <= quote.start and quote.end <= span.end_char  # whole tokens around the words
        assert quote.text.strip(".,") in span.text
        assert span._.quote == quote and span._.speaker == quote.speaker
        assert (span._.cue.text if span._.cue else None) == (quote.cue.text if quote.cue else None)
        if quote.role is not None:
            assert span._.role.text == quote.role.text and span._.role.start_char == quote.role.start


def test_span_groups_for_cues_mentions_and_roles(nlp):  # issue 11, item 1
    doc = nlp('"Kami siap," ujar Budi Santoso, Ketua RT 05. Budi Santoso hadir. "Ya," katanya.')
    groups = {key: [(s.text, s.label_, s.kb_id_) for s in group] for key, group in doc.spans.items()}
    assert groups["kutipan"] == [("Kami siap,", "direct", "Budi Santoso"), ("Ya,", "direct", "Budi Santoso")]
    assert groups["kutipan_cues"] == [("ujar", "cue", "Budi Santoso"), ("katanya", "cue", "Budi Santoso")]
    assert ("Budi Santoso", "mention", "Budi Santoso") in groups["kutipan_mentions"]
    assert ("katanya", "mention", "Budi Santoso") in groups["kutipan_mentions"]  # 'nya', widened to its token
    assert groups["kutipan_roles"] == [("Ketua RT 05", "role", "Budi Santoso")]
    assert doc[0:2]._.speaker is None and doc[0:2]._.cue is None  # not a quote span


def test_clitic_and_empty_documents(nlp):
    doc = nlp('Budi Santoso hadir. "Kami siap bekerja," ujarnya.')
    assert doc._.quotes[0].speaker.name == "Budi Santoso" and doc._.quotes[0].mention.text == "nya"
    assert [s.text for s in doc.spans["kutipan"]] == ["Kami siap bekerja,"]
    empty = nlp("")
    assert len(empty.spans["kutipan"]) == 0 and empty._.quotes == () and empty._.kutipan == kutipan.extract("")
    unprocessed = nlp.make_doc("teks")  # tokens only, the component not run
    assert unprocessed._.quotes == () and unprocessed._.kutipan is None


def test_the_doc_keeps_plain_data_only(nlp):
    doc = nlp(EXAMPLE)
    data = doc._.kutipan_data
    assert spacy.util.srsly.msgpack_loads(spacy.util.srsly.msgpack_dumps(data)) == data
    assert from_data(EXAMPLE, to_data(doc._.kutipan)) == kutipan.extract(EXAMPLE)
    for value in doc.user_data.values():
        assert _plain(value), value


def _plain(value):
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, (str, int, float))  # float: a quote's confidence


def test_to_bytes_and_docbin_round_trip(nlp):  # issue 11, item 1
    docs = list(nlp.pipe(TEXTS))
    again = Doc(nlp.vocab).from_bytes(docs[2].to_bytes())
    assert again._.kutipan == kutipan.extract(EXAMPLE)
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    loaded = list(DocBin().from_bytes(stored).get_docs(spacy.blank("id").vocab))
    assert [d._.kutipan for d in loaded] == [kutipan.extract(t) for t in TEXTS]
    for before, after in zip(docs, loaded):
        for key in ("kutipan", "kutipan_cues", "kutipan_mentions", "kutipan_roles"):
            assert [(s.start, s.end, s.label_, s.kb_id_) for s in before.spans[key]] == [
                (s.start, s.end, s.label_, s.kb_id_) for s in after.spans[key]
            ]
    assert loaded[2].spans["kutipan"][1]._.speaker.name == "Rina Kartika Sari"
    bare = list(DocBin(store_user_data=False, docs=docs).get_docs(nlp.vocab))[2]
    assert bare._.quotes == () and len(bare.spans["kutipan"]) == 12  # span groups travel without user data


def test_pipe_on_two_processes(nlp):  # issue 11, item 1: 'can not serialize Quote object' before
    docs = list(nlp.pipe(TEXTS * 2, n_process=2, batch_size=2))
    assert [d._.kutipan for d in docs] == [kutipan.extract(t) for t in TEXTS * 2]
    assert [s.kb_id_ for s in docs[0].spans["kutipan"]] == ["Budi"]


def test_pickle(nlp):
    component = nlp.get_pipe("kutipan")
    assert pickle.loads(pickle.dumps(component)).extractor == component.extractor


def test_config_lexicon_and_spans_key(tmp_path):
    (tmp_path / "cues.tsv").write_text("# form\tlemma\tframe\nsembur\tsembur\tinverted\n", encoding="utf-8")
    nlp = spacy.blank("id")
    nlp.add_pipe("kutipan", config={"lexicon": str(tmp_path), "spans_key": "quotes"})
    doc = nlp('"Kami siap bekerja keras," sembur Budi. "Ya," ujar Ani.')
    assert [q.cue.text for q in doc._.quotes] == ["sembur", "ujar"]  # the folder adds to the shipped cues
    assert "kutipan" not in doc.spans and len(doc.spans["quotes"]) == 2 and len(doc.spans["quotes_cues"]) == 2
    with pytest.raises(FileNotFoundError, match="no such lexicon folder"):
        nlp.add_pipe("kutipan", name="again", config={"lexicon": str(tmp_path / "missing")})


def test_displacy_rendering(nlp):  # issue 11, item 1
    doc = nlp('"Kami siap," ujar Budi Santoso, Ketua RT 05.')
    data = render_data(doc)
    assert {span["label"] for span in data[0]["spans"]} >= {"direct", "cue", "mention", "role"}
    assert [s["kb_id"] for s in data[0]["spans"] if s["label"] == "direct"] == ["Budi Santoso"]
    html = render(doc, jupyter=False)
    assert "Kami" in html and "direct" in html and "#fde9a9" in html and "Budi Santoso</a>" in html
    native = spacy.displacy.render(doc, style="span", options={"spans_key": "kutipan"}, jupyter=False)
    assert "direct" in native and "Budi Santoso</a>" in native  # the speaker is the span's kb_id_
    with pytest.raises(ValueError, match="kutipan"):
        render_data(nlp.make_doc("teks"))


def test_displacy_keeps_paragraphs_and_speakers(nlp):
    doc = nlp(EXAMPLE)
    html = render(doc, jupyter=False)
    assert html.count('<div class="spans"') == len(paragraphs(EXAMPLE))
    for quote in doc._.quotes:
        assert f">{quote.speaker.name}</a>" in html
    blocks = html.split('<div class="spans"')[1:]
    assert "BANDUNG" in blocks[0] and "BANDUNG" not in blocks[1]


def test_displacy_labels_do_not_collide(nlp):
    doc = nlp('"Ya," kata Budi Santoso. "Tidak," ujar Ani Lestari, Ketua RT 05.\n' + EXAMPLE)
    for entry in render_data(doc):
        spans, tokens = entry["spans"], entry["tokens"]
        rows = _rows(spans)
        left = [0.0]
        for token in tokens:
            left.append(left[-1] + 0.62 * len(token) + 0.3)
        assert not any(_clashes(span, spans, rows, left) for span in spans)
        starts = [(s["start_token"], rows[id(s)]) for s in spans if s["label"] != SPACER]
        assert len(starts) == len(set(starts))  # never two labels at one token and row
    first = render_data(doc)[0]["spans"]
    rows = _rows(first)
    cue = next(s for s in first if s["label"] == "cue")
    assert rows[id(cue)] == 2  # 'direct Budi Santoso' on the short 'Ya,' would run into 'cue'
    html = render(doc, jupyter=False)
    assert "white-space: nowrap" in html and not re.search(r"<script", html)
