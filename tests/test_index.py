"""kutipan.speaker_index: the names of one person across documents merge into one entry."""

import csv
import io
import json

import pytest

import kutipan
from kutipan.cli import main
from kutipan.index import speaker_index
from kutipan.spans import Entity, Quote, Result, Span, Speaker


def said(*names, kind="person", role=None, entities=()):
    """A document whose quotes are said by ``names`` (one quote each)."""
    text = "Kata mereka."
    quotes = tuple(
        Quote("direct", Span.of(text, 0, 4), speaker=Speaker(name, kind), role=Span.of(text, 5, 11) if role else None)
        for name in names
    )
    return Result(text=text, quotes=quotes, entities=tuple(entities))


def names(index):
    return [(entry.name, entry.quotes, entry.documents) for entry in index]


def test_a_name_contained_in_a_longer_one_merges():
    index = speaker_index([said("Muhammad Tito Karnavian"), said("Tito Karnavian"), said("Tito Karnavian", "Tito")])
    assert names(index) == [("Muhammad Tito Karnavian", 4, 3)]
    assert index[0].variants == ("Tito Karnavian", "Muhammad Tito Karnavian", "Tito")


def test_a_conflicting_candidate_keeps_the_name_apart():
    index = speaker_index([said("Budi Santoso"), said("Budi Gunawan"), said("Budi", "Budi")])
    assert names(index) == [("Budi", 2, 1), ("Budi Gunawan", 1, 1), ("Budi Santoso", 1, 1)]


def test_among_candidates_the_one_starting_with_the_name_wins():
    index = speaker_index([said("Prabowo Subianto"), said("Listyo Sigit Prabowo"), said("Prabowo")])
    assert names(index)[0] == ("Prabowo Subianto", 2, 2)


def test_titles_and_honorifics_are_off():
    index = speaker_index([said("Prof. Dr. Budi Santoso"), said("Bapak Budi Santoso"), said("budi santoso")])
    assert names(index) == [("Prof. Dr. Budi Santoso", 3, 3)] or names(index) == [("Bapak Budi Santoso", 3, 3)]
    assert set(index[0].variants) == {"Prof. Dr. Budi Santoso", "Bapak Budi Santoso", "budi santoso"}


def test_known_aliases_from_the_alias_file(tmp_path):
    index = speaker_index([said("Jokowi"), said("Joko Widodo"), said("Zulhas"), said("Putri Zulkifli Hasan")])
    assert names(index) == [("Joko Widodo", 2, 2), ("Putri Zulkifli Hasan", 1, 1), ("Zulkifli Hasan", 1, 1)]
    assert index.find("jokowi") is index[0]
    (tmp_path / "aliases.tsv").write_text("Mas Dhito\tHanindhito Himawan Pramana\n", encoding="utf-8")
    assert names(speaker_index([said("Mas Dhito")]))[0][0] == "Mas Dhito"  # not in the shipped file
    assert names(speaker_index([said("Mas Dhito")], lexicon=str(tmp_path)))[0][0] == "Hanindhito Himawan Pramana"


def test_a_pages_own_aliases_merge_unless_two_pages_disagree():
    sdk = Entity("Suhardi Duka", aliases=("sdk",))
    index = speaker_index([said("Suhardi Duka", entities=[sdk]), said("SDK")])
    assert names(index) == [("Suhardi Duka", 2, 2)]
    other = Entity("Sri Dewi Kartika", aliases=("sdk",))
    index = speaker_index([said("Suhardi Duka", entities=[sdk]), said("Sri Dewi Kartika", entities=[other]), said("SDK")])
    assert ("SDK", 1, 1) in names(index)


def test_bodies_and_unnamed_sources_merge_by_name_only():
    index = speaker_index([said("Polri", kind="organisation"), said("Humas Polri", kind="organisation"),
                           said("warga", kind="unnamed"), said("Warga", kind="unnamed")])
    assert sorted(names(index)) == [("Humas Polri", 1, 1), ("Polri", 1, 1), ("warga", 2, 2)]


def test_rows_and_summary_are_the_index():
    pytest.importorskip("pandas")
    results = {"a": said("Muhammad Tito Karnavian", role=True), "b": said("Tito Karnavian")}
    summary = kutipan.speaker_summary(results)
    assert summary[["speaker", "quotes", "documents"]].values.tolist() == [["Muhammad Tito Karnavian", 2, 2]]
    assert summary.loc[0, "roles"] == ["mereka"] and summary.loc[0, "names"] == ["Muhammad Tito Karnavian", "Tito Karnavian"]
    assert kutipan.speaker_index(results).to_dataframe().equals(summary)
    assert kutipan.speaker_index(results)[0].docs == ("a", "b")


def test_the_index_from_real_text():
    texts = ['"Kami siap," ujar Menteri Dalam Negeri Muhammad Tito Karnavian.',
             "Tito Karnavian mengatakan bahwa pemilu aman.", '"Jalan terus," kata Jokowi.']
    index = kutipan.speaker_index(map(kutipan.extract, texts))
    assert names(index) == [("Muhammad Tito Karnavian", 2, 2), ("Joko Widodo", 1, 1)]
    assert index[0].roles == ("Menteri Dalam Negeri",)
    with pytest.raises(TypeError, match="speaker_index expects results"):
        kutipan.speaker_index("Tito")


CORPUS = [
    {"id": "a", "body": '"Kami siap," ujar Menteri Dalam Negeri Muhammad Tito Karnavian.'},
    {"id": "b", "body": "Tito Karnavian mengatakan bahwa pemilu aman."},
    {"id": "c", "body": '"Jalan terus," kata Jokowi.'},
    {"id": "d", "body": '"Kami lanjut," ujar Joko Widodo.'},
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "korpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in CORPUS), encoding="utf-8")
    return path


def test_speakers_command_table_csv_jsonl(corpus, tmp_path, capsys):
    assert main(["speakers", str(corpus), "--text-field", "body"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "# 2 speakers quoted in 4 documents"
    assert "     2     2  Joko Widodo" in out  # 'kata Jokowi' is reported by the full name already
    assert "     2     2  Muhammad Tito Karnavian" in out and "roles: Menteri Dalam Negeri" in out
    target = tmp_path / "tokoh.csv"
    assert main(["speakers", str(corpus), "--text-field", "body", "--format", "csv", "-o", str(target)]) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["speaker"], r["quotes"], r["documents"], r["names"]) for r in rows] == [
        ("Joko Widodo", "2", "2", "Joko Widodo"), ("Muhammad Tito Karnavian", "2", "2", "Muhammad Tito Karnavian; Tito Karnavian")]
    assert main(["speakers", str(corpus), "--text-field", "body", "--format", "jsonl", "--top", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["speaker"] for r in records] == ["Joko Widodo"] and records[0]["names"] == ["Joko Widodo"]


def test_speakers_command_errors(corpus, capsys):
    assert main(["speakers", str(corpus)]) == 2  # no field 'text'
    assert "--text-field" in capsys.readouterr().err
    assert main(["speakers", str(corpus), "--text-field", "body", "--top", "0"]) == 2
    assert "--top" in capsys.readouterr().err
