"""JSON and JSONL export and import: loading what was dumped gives equal Result objects."""

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kutipan
from kutipan.io import documents, dumps, from_record, loads, to_record

EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "banjir-bandung.txt"
TEXTS = [
    EXAMPLE.read_text(encoding="utf-8"),
    '"Kami siap," ujar Budi Santoso, Ketua RT 05.',
    'Budi Santoso hadir. "Kami siap bekerja," ujarnya.',
    "Menurut Ani Lestari, harga akan turun bulan depan.",
    "Tidak ada kutipan di sini.",
    "",
    "“Kami siap,” ujar Budi Santoso.",
]
PIECES = ['"', "“", "”", "ujarnya", "kata", "Budi", "Santoso", "Menurut", "dia", "mengatakan", "bahwa", ",", ".",
          " ", "\n", "Kapolres", "<b>&", "Baca juga:"]


@pytest.mark.parametrize("text", TEXTS)
def test_json_round_trip(text):
    result = kutipan.extract(text)
    again = loads(dumps(result))
    assert again == result
    assert [q.speaker for q in again] == [q.speaker for q in result]  # speakers rebuilt, not only names


def test_example_keeps_every_span():
    result = kutipan.extract(TEXTS[0])
    assert len(result) > 5 and result.speakers
    again = loads(dumps(result))
    for old, new in zip(result, again):
        for field in ("content", "cue", "mention", "role", "organisation", "outlet", "addressee", "setting"):
            assert getattr(new, field) == getattr(old, field)
        assert new.rule == old.rule and new.speaker.mentions == old.speaker.mentions


def test_record_is_the_gold_format_plus_spans():
    result = kutipan.extract(TEXTS[1])
    record = to_record(result, id="berita-1")
    assert record["id"] == "berita-1" and record["text"] == TEXTS[1]
    quote = record["quotes"][0]
    assert {k: quote[k] for k in ("type", "text", "cue", "speaker", "role")} == {
        "type": "direct", "text": "Kami siap,", "cue": "ujar", "speaker": "Budi Santoso", "role": "Ketua RT 05"}
    assert record["text"][quote["start"]:quote["end"]] == quote["text"]
    assert json.loads(json.dumps(record)) == record


def test_jsonl_round_trip_with_ids(tmp_path):
    corpus = {f"doc-{i}": kutipan.extract(text) for i, text in enumerate(TEXTS)}
    path = tmp_path / "hasil.jsonl"
    assert kutipan.dump_jsonl(corpus, path) == len(TEXTS)
    assert dict(kutipan.load_jsonl(path)) == corpus
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(TEXTS)
    assert "“Kami siap,”" in path.read_text(encoding="utf-8")  # UTF-8 kept as written, not \\u-escaped


def test_jsonl_streams_bare_results_and_pairs():
    results = [kutipan.extract(text) for text in TEXTS]
    out = io.StringIO()
    kutipan.dump_jsonl((r for r in results), out)  # a generator: read once
    assert list(kutipan.load_jsonl(io.StringIO(out.getvalue()))) == list(enumerate(results))
    assert list(documents([("x", results[1])])) == [("x", results[1])]


def test_gold_record_loads():
    text = '"Kami siap," ujar Budi. "Mulai besok," kata Budi.'
    gold = {"id": "g-1", "text": text, "quotes": [
        {"type": "direct", "text": "Kami siap,", "start": 1, "end": 11, "cue": "ujar", "speaker": "Budi", "mention": None, "role": None},
        {"type": "direct", "text": "Mulai besok,", "start": 25, "end": 37, "cue": "kata", "speaker": "Budi", "mention": None, "role": None},
    ]}
    result = from_record(gold)
    assert [q.text for q in result] == ["Kami siap,", "Mulai besok,"]
    assert [s.name for s in result.speakers] == ["Budi"]
    assert result[0].speaker is result[1].speaker


def test_wrong_input_is_named():
    with pytest.raises(ValueError, match="<jsonl>:2"):
        list(kutipan.load_jsonl(io.StringIO('{"text": ""}\n{"text": "abc", "quotes": [{"type": "direct", "text": "x", "start": 0, "end": 1}]}\n')))
    with pytest.raises(TypeError, match="single Result"):
        list(documents(kutipan.extract("")))
    with pytest.raises(TypeError, match="expected a Result"):
        list(documents(["teks"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_round_trip_any_text(text):
    result = kutipan.extract(text)
    assert loads(dumps(result)) == result
