"""The gold sets in ../shared/eval: the scorer follows FORMAT.md and the extractor meets the bar."""

from pathlib import Path

import pytest

import kutipan
from kutipan.evaluate import overlaps, read_gold, role_f1, score

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
needs_gold = pytest.mark.skipif(not (EVAL / "dev.jsonl").exists(), reason="shared/eval is not beside the checkout")


def test_overlap_is_half_of_the_longer_span():
    assert overlaps({"start": 0, "end": 10}, {"start": 5, "end": 10})
    assert not overlaps({"start": 0, "end": 10}, {"start": 6, "end": 10})


def test_role_f1_counts_tokens():
    assert role_f1(None, None) == 1.0 and role_f1("CEO", None) == 0.0
    assert role_f1("Menteri Keuangan", "Menteri Keuangan RI") == pytest.approx(0.8)


def test_perfect_prediction_scores_one():
    doc = {"id": "x", "text": '"Kami siap," ujar Budi.', "quotes": [
        {"type": "direct", "text": "Kami siap,", "start": 1, "end": 11, "speaker": "Budi", "role": None}]}
    scores = score([doc], lambda text: [q.to_dict() for q in kutipan.extract(text)])
    assert scores.direct.f1 == scores.speaker_accuracy == scores.role_f1 == 1.0


@needs_gold
def test_dev_bar():
    scores = score(read_gold(EVAL / "dev.jsonl"), lambda text: kutipan.extract(text).to_dicts())
    assert scores.direct.f1 >= 0.98
    assert scores.indirect.f1 >= 0.80
    assert scores.speaker_accuracy_direct >= 0.92
    assert scores.speaker_accuracy >= 0.92
    assert scores.role_f1 >= 0.85


@needs_gold
def test_dev_holds_todays_level():
    """Below the issue's bars, the level reached on 29 Nov 2026, less a small margin: a change that
    loses more than that is a regression to look at (indirect 0.948, speaker 0.979, role 0.975,
    end to end 0.951 that day)."""
    scores = score(read_gold(EVAL / "dev.jsonl"), lambda text: kutipan.extract(text).to_dicts())
    assert scores.indirect.f1 >= 0.93
    assert scores.speaker_accuracy >= 0.96
    assert scores.role_f1 >= 0.95
    assert scores.end_to_end.f1 >= 0.93


@needs_gold
def test_peer_bar():
    scores = score(read_gold(EVAL / "peer-pfsa.jsonl"), lambda text: kutipan.extract(text).to_dicts())
    assert scores.direct.f1 >= 0.90
    assert scores.speaker_accuracy_direct >= 0.85
    assert scores.speaker_accuracy_direct >= 0.93 and scores.role_f1 >= 0.91  # the level: 0.944 and 0.929 on 29 Nov 2026


@needs_gold
def test_gold_offsets_and_no_bad_offsets_in_predictions():
    for name in ("dev.jsonl", "peer-pfsa.jsonl"):
        for doc in read_gold(EVAL / name):
            for quote in kutipan.extract(doc["text"]):
                assert doc["text"][quote.start : quote.end] == quote.text


CORPUS = EVAL.parent / "corpus" / "detik-1000.jsonl"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared/corpus is not beside the checkout")
def test_detik_corpus_offsets():
    import json

    with open(CORPUS, encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            for span in kutipan.extract(text).spans():
                assert text[span.start : span.end] == span.text


# Issue 12, item 4: a malformed gold file is one line on stderr naming the file, the line and the
# field, exit status 2, never a traceback. Each case: the line (JSON text, or a dict that is
# written with json.dumps) and what the message must hold.
import json  # noqa: E402

from kutipan.cli import main  # noqa: E402

TEXT = '"Kami siap," ujar Budi.'
QUOTE = {"type": "direct", "text": "Kami siap,", "start": 1, "end": 11, "cue": "ujar", "speaker": "Budi", "mention": "Budi", "role": None}
GOOD = {"id": "g-1", "text": TEXT, "quotes": [QUOTE]}


def with_quote(**changes):
    quote = {k: v for k, v in {**QUOTE, **changes}.items() if v is not ...}  # ... drops the key
    return {**GOOD, "quotes": [quote]}


MALFORMED = [
    ({**GOOD, "quotes": 5}, "quotes: expected a list"),
    ({**GOOD, "quotes": None}, "quotes: expected a list, got null"),
    ({**GOOD, "quotes": "Kami siap"}, "quotes: expected a list, got a string"),
    ({**GOOD, "quotes": {}}, "quotes: expected a list, got an object"),
    ({**GOOD, "quotes": [5]}, "quotes[0]: expected an object, got an integer"),
    (with_quote(start=...), "quotes[0].start: missing"),
    (with_quote(end=...), "quotes[0].end: missing"),
    (with_quote(type=...), "quotes[0].type: missing"),
    (with_quote(type="foo"), "quotes[0].type: expected 'direct' or 'indirect', got a string ('foo')"),
    (json.dumps(GOOD).replace('"start": 1', '"start": NaN'), "quotes[0].start: expected an integer offset, got a number (nan)"),
    (json.dumps(GOOD).replace('"end": 11', '"end": Infinity'), "quotes[0].end: expected an integer offset, got a number (inf)"),
    (with_quote(start="1"), "quotes[0].start: expected an integer offset, got a string ('1')"),
    (with_quote(start=1.0), "quotes[0].start: expected an integer offset, got a number (1.0)"),
    (with_quote(start=True), "quotes[0].start: expected an integer offset, got a boolean (true)"),
    (with_quote(start=-1), "quotes[0].start: -1 is negative"),
    (with_quote(start=100, end=200), "quotes[0].start: 100 is past the end of the text (23 characters)"),
    (with_quote(start=11, end=1), "quotes[0]: start 11 is after end 1"),
    (with_quote(text="Kami siap!"), "quotes[0].text: a string ('Kami siap!') is not the text at 1-11"),
    (with_quote(speaker=5), "quotes[0].speaker: expected a string or null, got an integer (5)"),
    (with_quote(cue=["ujar"]), "quotes[0].cue: expected a string or null, got a list"),
    (with_quote(role={"name": "Ketua"}), "quotes[0].role: expected a string or null, got an object"),
    ({**GOOD, "unannotated_quotes": 5}, "unannotated_quotes: expected a list, got an integer"),
    ({**GOOD, "unannotated_quotes": [7]}, "unannotated_quotes[0]: expected an object"),
    ({**GOOD, "unannotated_quotes": [{"start": 1}]}, "unannotated_quotes[0].end: missing"),
    ({**GOOD, "unannotated_quotes": [{"start": 0, "end": 999}]}, "unannotated_quotes[0].end: 999 is past the end"),
    ({**GOOD, "text": 5}, "text: expected a string, got an integer (5)"),
    ({"id": "g-1", "quotes": []}, "text: missing"),
    ({**GOOD, "id": [1]}, "id: expected a string or an integer, got a list"),
    ('{"text": "a", "quotes": ' + "[" * 100_000 + "]" * 100_000 + "}", "JSON nested too deeply"),
    ('{"text": "a", "quotes": [}', "not valid JSON"),
    ("[1, 2]", "expected a JSON object, got a list"),
    ({"file": "berita.txt", "id": "berita.txt", **QUOTE}, "a quote record"),
    (b'{"text": "Kata \xff dia"}', "not UTF-8 text"),
]


@pytest.mark.parametrize(("line", "message"), MALFORMED)
def test_eval_on_a_malformed_gold_file(tmp_path, capsys, line, message):
    """The bad line is the second one: the message names file and line 2."""
    data = line if isinstance(line, bytes) else (line if isinstance(line, str) else json.dumps(line)).encode()
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(json.dumps(GOOD).encode() + b"\n" + data + b"\n")
    status = main(["eval", str(gold)])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.startswith(f"kutipan: error: {gold}:2: ") and captured.err.count("\n") == 1
    assert message in captured.err, captured.err
    assert captured.out == ""


def test_eval_reads_a_byte_order_mark(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    assert main(["eval", "--json", str(gold)]) == 0
    assert json.loads(capsys.readouterr().out)["direct_f1"] == 1.0
    assert [doc["id"] for doc in read_gold(gold)] == ["g-1"]


def test_eval_extra_fields_are_information(tmp_path, capsys):
    """FORMAT.md's extra fields (derived, speaker_rule, source) and a dump_jsonl file score as gold."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**with_quote(derived=True, speaker_rule="x"), "source": "https://example.id"}) + "\n", encoding="utf-8")
    assert main(["eval", str(gold)]) == 0
    kutipan.dump_jsonl({"g-1": kutipan.extract(TEXT)}, gold)
    assert main(["eval", str(gold)]) == 0
    assert "1 document\n" in capsys.readouterr().out
