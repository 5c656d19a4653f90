"""Tables with pandas: one row per quote, and the speaker summary of a corpus."""

from pathlib import Path

import pytest

pandas = pytest.importorskip("pandas")

import kutipan  # noqa: E402
from kutipan.frames import COLUMNS, SUMMARY_COLUMNS  # noqa: E402
from kutipan.spans import Quote, Result, Span, Speaker  # noqa: E402

EXAMPLE = (Path(__file__).parent.parent / "docs" / "examples" / "banjir-bandung.txt").read_text(encoding="utf-8")


def quoted(text, pairs):
    """A hand-made result: (content, speaker name, role or None) per quote, found in order in ``text``."""
    quotes, start = [], 0
    for content, name, role in pairs:
        start = text.index(content, start)
        role_span = Span.of(text, text.index(role), text.index(role) + len(role)) if role else None
        quotes.append(Quote("direct", Span.of(text, start, start + len(content)), speaker=Speaker(name), role=role_span))
        start += len(content)
    return Result(text, tuple(quotes), tuple(dict.fromkeys(q.speaker for q in quotes)))


def test_result_frame_has_a_row_per_quote():
    result = kutipan.extract(EXAMPLE)
    frame = result.to_dataframe()
    assert list(frame.columns) == [c for c in COLUMNS if c != "doc"]
    assert len(frame) == len(result)
    assert frame["text"].tolist() == [q.text for q in result]
    assert frame["speaker"].fillna("-").tolist() == [q.speaker.name if q.speaker else "-" for q in result]
    assert str(frame["cue"].dtype) == "string" and str(frame["start"].dtype) == "int64"
    for row, quote in zip(frame.itertuples(), result):
        assert EXAMPLE[row.start:row.end] == row.text == quote.text
        assert (row.cue if quote.cue else None) == (quote.cue.text if quote.cue else None)
        assert pandas.isna(row.cue) == (quote.cue is None)


def test_corpus_frame_keeps_document_ids():
    corpus = {"bandung": kutipan.extract(EXAMPLE), "kosong": kutipan.extract("Tidak ada kutipan.")}
    frame = kutipan.to_dataframe(corpus)
    assert list(frame.columns) == list(COLUMNS)
    assert set(frame["doc"]) == {"bandung"} and len(frame) == len(corpus["bandung"])
    numbered = kutipan.to_dataframe(iter([corpus["kosong"], corpus["bandung"]]))
    assert set(numbered["doc"]) == {1}


def test_empty_corpus_gives_empty_tables_with_columns():
    assert list(kutipan.to_dataframe([]).columns) == list(COLUMNS)
    assert list(kutipan.speaker_summary([]).columns) == list(SUMMARY_COLUMNS)


def test_frame_from_loaded_jsonl(tmp_path):
    path = tmp_path / "hasil.jsonl"
    kutipan.dump_jsonl({"bandung": kutipan.extract(EXAMPLE)}, path)
    frame = kutipan.to_dataframe(kutipan.load_jsonl(path))
    assert len(frame) == len(kutipan.extract(EXAMPLE)) and set(frame["doc"]) == {"bandung"}


def test_summary_merges_speakers_across_documents_by_normalised_name():
    a = quoted('"Kami siap," kata Menteri Keuangan Sri Mulyani. "Mulai besok," katanya.',
               [("Kami siap,", "Sri Mulyani", "Menteri Keuangan"), ("Mulai besok,", "Sri Mulyani", "Menteri Keuangan")])
    b = quoted('"Harga turun," ujar Ibu Sri  Mulyani, Menkeu.', [("Harga turun,", "Ibu Sri  Mulyani", "Menkeu")])
    c = quoted('"Belum tahu," ujar Budi.', [("Belum tahu,", "Budi", None)])
    summary = kutipan.speaker_summary({"a": a, "b": b, "c": c})
    assert summary["speaker"].tolist() == ["Sri Mulyani", "Budi"]
    first = summary.iloc[0]
    assert (first.quotes, first.direct, first.indirect, first.documents) == (3, 3, 0, 2)
    assert first.roles == ["Menteri Keuangan", "Menkeu"]
    assert first.names == ["Sri Mulyani", "Ibu Sri  Mulyani"]


def test_summary_of_the_example():
    result = kutipan.extract(EXAMPLE)
    summary = kutipan.speaker_summary([result])
    attributed = [q for q in result if q.speaker is not None]
    assert summary["quotes"].sum() == len(attributed)
    assert summary["quotes"].tolist() == sorted(summary["quotes"].tolist(), reverse=True)
    assert set(summary["speaker"]) == {q.speaker.name for q in attributed}
