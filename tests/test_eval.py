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
