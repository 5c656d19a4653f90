"""Quote.confidence: the measured precision of each attribution path, one table, set in one place."""

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import kutipan
from kutipan.cli import main
from kutipan.confidence import ANY, MIN_QUOTES, _table, confidence_of, read_table, with_confidence
from kutipan.evaluate import BANDS, Judged, by_path, calibration
from kutipan.io import RecordError, dumps, from_record, loads

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
needs_gold = pytest.mark.skipif(not (EVAL / "dev.jsonl").exists(), reason="shared/eval is not beside the checkout")
TEXT = (
    'Ketua RT 05 Budi Santoso hadir. "Kami siap bekerja keras," ujarnya. '
    "Seorang warga mengatakan bahwa jalan itu rusak sejak Januari."
)


def test_every_quote_carries_its_paths_precision():
    quotes = kutipan.extract(TEXT).quotes
    assert [(q.rule, q.link) for q in quotes] == [("quote_cue_nya", "pronoun_focus"), ("name_cue_bahwa", "description_new")]
    for quote in quotes:
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.confidence == confidence_of(quote.rule, quote.link)
    assert quotes[0].confidence > 0.9 > quotes[1].confidence  # a new unnamed source is often wrong


def test_a_rare_path_backs_off_to_its_rule_then_to_all_quotes():
    table = _table()
    rare = next(path for path, rate in table.items() if ANY not in path and rate.quotes < MIN_QUOTES and table[path[0], ANY].quotes >= MIN_QUOTES)
    assert confidence_of(*rare) == table[rare[0], ANY].precision
    common = next(path for path, rate in table.items() if ANY not in path and rate.quotes >= MIN_QUOTES)
    assert confidence_of(*common) == table[common].precision
    assert confidence_of("no_such_rule", "name") == table[ANY, ANY].precision
    assert 0.5 < table[ANY, ANY].precision < 1.0


def test_table_rows_are_checked():
    assert read_table("rule\tlink\tquotes\tright\tprecision\n-\t-\t3\t2\t0.667\n") == {("", ""): (3, 2, 0.667)}
    with pytest.raises(ValueError, match="5 tab-separated fields"):
        read_table("kata_name\tname\t3\n")


def test_with_confidence_only_sets_the_field():
    quote = kutipan.extract('"Kami siap," ujar Budi Santoso.')[0]
    bare = attrs.evolve(quote, confidence=None)
    assert with_confidence([bare]) == [quote]
    assert "confidence=0." in repr(quote) and "confidence" not in repr(bare)


def test_records_and_spacy_data_carry_confidence():
    result = kutipan.extract(TEXT)
    assert loads(dumps(result)) == result
    record = json.loads(dumps(result))
    assert record["quotes"][0]["confidence"] == result[0].confidence
    record["quotes"][0]["confidence"] = 1.5
    with pytest.raises(RecordError, match=r"quotes\[0\].confidence: expected null or a number from 0 to 1"):
        from_record(record)
    del record["quotes"][0]["confidence"]  # gold files have none
    assert from_record(record)[0].confidence is None


def test_spacy_data_carries_confidence():
    pytest.importorskip("spacy")
    from kutipan.integrations.spacy import from_data, to_data

    result = kutipan.extract(TEXT)
    assert from_data(TEXT, to_data(result)) == result


def test_calibration_bands_hold_every_confidence():
    judged = [Judged("d", {"confidence": value, "rule": "r", "link": "l"}, True, value > 0.5) for value in (0.0, 0.5, 0.95, 1.0)]
    rows = calibration(judged + [Judged("d", {"rule": "r"}, False, False)])
    assert [row.name for row in rows] == [f"{low:.2f}-{high:.2f}" for low, high in BANDS] + ["none"]
    assert [row.quotes for row in rows] == [1, 1, 0, 0, 0, 2, 1]
    assert rows[-2].right == 2 and rows[-2].precision == 1.0
    by_rule = by_path(judged, "rule")
    assert [(row.name, row.quotes, row.right) for row in by_rule] == [("r", 4, 2)]


@needs_gold
def test_eval_prints_calibration_and_by_rule(capsys):
    status = main(["eval", str(EVAL / "peer-pfsa.jsonl"), "--kind", "direct", "--by-rule"])
    out = capsys.readouterr().out
    assert status == 0
    assert "direct quotes only" in out and "\ncalibration:" in out
    assert "0.95-1.00" in out and "\nby rule:" in out and "\nby link:" in out and "quote_cue_name" in out
    assert "\nindirect        0      0" in out  # PFSA's indirect quotes are not scored
    main(["eval", str(EVAL / "dev.jsonl"), "--json", "--by-rule"])
    figures = json.loads(capsys.readouterr().out)
    assert sum(row["quotes"] for row in figures["calibration"]) == figures["all_predicted"]
    assert {row["name"] for row in figures["by_link"]} >= {"name", "pronoun_focus"}


@needs_gold
def test_the_shipped_table_is_up_to_date():
    """A change in what the rules find changes the precision of their paths: regenerate the table."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "confidence.py"), "--check"],
        capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert done.returncode == 0, done.stdout + done.stderr
