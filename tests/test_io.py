"""JSON and JSONL export and import: loading what was dumped gives equal Result objects."""

import functools
import io
import re
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


# Issue 12, item 6: every span and every type is checked against the text; issue 11, item 3: each
# loader refuses the other kind of JSONL.
from kutipan.io import RecordError, dump_quotes_jsonl, load_quotes_jsonl  # noqa: E402

SAMPLE = 'Ketua RT 05 Budi Santoso hadir. "Kami siap," ujarnya.'


def damaged(change):
    record = to_record(kutipan.extract(SAMPLE), id="b-1")
    change(record)
    return record


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["quotes"][0]["spans"].update(cue=[-5, -1]), "quotes[0].spans.cue[0]: -5 is negative"),
        (lambda r: r["quotes"][0]["spans"].update(role=[10**9, 10**9 + 4]), "quotes[0].spans.role[0]: 1000000000 is past the end"),
        (lambda r: r["quotes"][0]["spans"].update(mention=[5]), "quotes[0].spans.mention: expected [start, end] or null"),
        (lambda r: r["quotes"][0]["spans"].update(mention=[50, 45]), "quotes[0].spans.mention: start 50 is after end 45"),
        (lambda r: r["quotes"][0]["spans"].update(cue=[0, 5]), "quotes[0].cue: a string ('ujarnya') is not the text at 0-5"),
        (lambda r: r["quotes"][0]["spans"].update(outlet="x"), "quotes[0].spans.outlet: expected [start, end] or null, got a string"),
        (lambda r: r["quotes"][0].update(spans=[]), "quotes[0].spans: expected an object, got a list"),
        (lambda r: r["quotes"][0].update(speaker_index=3), "quotes[0].speaker_index: expected null or an index into speakers"),
        (lambda r: r["quotes"][0].update(speaker="Ani"), "quotes[0].speaker: 'Ani' is not speakers[0].name ('Budi Santoso')"),
        (lambda r: r["quotes"][0].update(rule=5), "quotes[0].rule: expected a string or null"),
        (lambda r: r["speakers"][0].update(mentions=[[0, 999]]), "speakers[0].mentions[0][1]: 999 is past the end"),
        (lambda r: r["speakers"][0].update(mentions=[None]), "speakers[0].mentions[0]: expected [start, end], got null"),
        (lambda r: r["speakers"][0].update(role=[3, "x"]), "speakers[0].role[1]: expected an integer offset"),
        (lambda r: r["speakers"][0].update(organisation=[-1, 2]), "speakers[0].organisation[0]: -1 is negative"),
        (lambda r: r["speakers"][0].update(kind="robot"), "speakers[0].kind: expected 'person' or 'organisation' or 'unnamed'"),
        (lambda r: r["speakers"][0].pop("name"), "speakers[0].name: missing"),
        (lambda r: r.update(speakers=[5]), "speakers[0]: expected an object, got an integer"),
        (lambda r: r.update(text=5), "text: expected a string, got an integer (5)"),
    ],
)
def test_every_span_and_type_is_checked(change, message):
    record = damaged(change)
    with pytest.raises(RecordError) as caught:
        from_record(record)
    assert str(caught.value).startswith(message), str(caught.value)
    with pytest.raises(RecordError, match=r"^<jsonl>:2: " + re.escape(message)):
        list(kutipan.load_jsonl(io.StringIO(dumps(kutipan.extract(SAMPLE)) + "\n" + json.dumps(record) + "\n")))


def paths(value, path=()):
    """Every place in a JSON value that holds a number or a string."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*path, index))
    else:
        yield path


@functools.lru_cache(maxsize=1)
def dump_of_the_example():
    return dumps(kutipan.extract(TEXTS[0]), "b-1")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_damaged_record_loads_right_or_not_at_all(data):
    """One value of a dump replaced by a wrong one: a RecordError, or a result whose spans all lie
    inside the text and slice it."""
    record = json.loads(dump_of_the_example())
    places = list(paths(record))
    place = data.draw(st.sampled_from(places))
    wrong = data.draw(st.one_of(st.integers(-10, 10**9), st.integers(0, len(TEXTS[0])), st.none(), st.booleans(),
                                st.floats(), st.text(max_size=5), st.just([]), st.just({})))
    target = record
    for key in place[:-1]:
        target = target[key]
    if place:
        target[place[-1]] = wrong
    try:
        result = from_record(json.loads(json.dumps(record)))
    except RecordError:
        return
    text = result.text
    for span in result.spans():
        assert 0 <= span.start <= span.end <= len(text) and text[span.start:span.end] == span.text


def test_each_loader_refuses_the_other_kind(tmp_path):
    corpus = {"b-1": kutipan.extract(SAMPLE), "b-2": kutipan.extract(TEXTS[1])}
    docs, quotes = tmp_path / "docs.jsonl", tmp_path / "quotes.jsonl"
    assert kutipan.io.dump_docs_jsonl(corpus, docs) == 2
    assert dump_quotes_jsonl(corpus, quotes) == 2
    assert dict(kutipan.io.load_docs_jsonl(docs)) == corpus
    assert [(r["id"], r["speaker"]) for r in load_quotes_jsonl(quotes)] == [("b-1", "Budi Santoso"), ("b-2", "Budi Santoso")]
    with pytest.raises(RecordError, match=f"^{re.escape(str(quotes))}:1: a quote record .*load_quotes_jsonl"):
        list(kutipan.load_jsonl(quotes))
    with pytest.raises(RecordError, match=f"^{re.escape(str(docs))}:1: a document record .*load_jsonl"):
        list(load_quotes_jsonl(docs))


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": 1, "type": "quote", "text": "x", "start": 0, "end": 1}, "type: expected 'direct' or 'indirect'"),
        ({"id": 1, "type": "direct", "text": "x", "start": 0}, "end: missing"),
        ({"id": 1, "type": "direct", "text": "xy", "start": 0, "end": 1}, "text: 2 characters long, but start-end is 0-1"),
        ({"id": 1, "type": "direct", "text": "x", "start": 0, "end": 1, "speaker": 5}, "speaker: expected a string or null"),
    ],
)
def test_quote_records_are_checked(record, message):
    with pytest.raises(RecordError, match=f"^<jsonl>:1: {re.escape(message)}"):
        list(load_quotes_jsonl(io.StringIO(json.dumps(record) + "\n")))


def test_bytes_bom_and_bad_utf8(tmp_path):
    path = tmp_path / "hasil.jsonl"
    result = kutipan.extract(SAMPLE)
    path.write_bytes(b"\xef\xbb\xbf" + dumps(result, "b-1").encode() + b"\n\n")
    assert dict(kutipan.load_jsonl(path)) == {"b-1": result}
    assert dict(kutipan.load_jsonl(io.StringIO("\ufeff" + dumps(result, "b-1")))) == {"b-1": result}
    assert loads("\ufeff" + dumps(result)) == result
    path.write_bytes(dumps(result).encode() + b"\n" + b'{"text": "\xc3"}\n')
    with pytest.raises(RecordError, match=f"^{re.escape(str(path))}:2: not UTF-8 text"):
        list(kutipan.load_jsonl(path))
