"""Properties that hold for any input: extract never raises, every span slices its source."""

import itertools
import json
import pickle
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

import kutipan

PIECES = ['"', "“", "”", "'", "‘", "’", "„", "«", "»", "ujarnya", "kata", "Budi", "Santoso", "Menurut", "dia",
          "mengatakan", "bahwa", ",", ".", " ", "\n", "Kapolres", "Kombes", "(39)", "Baca juga:", "Jum'at",
          "disampaikan", "ditulis", "Semua sudah siap", "JAKARTA - ", "(SDK)", "atau", "Jokowi", "seorang warga"]


def check(text):
    result = kutipan.extract(text)
    for span in result.spans():
        assert text[span.start : span.end] == span.text
    for block in result.layout:
        assert text[block.span.start : block.span.end] == block.span.text
    for entity in result.entities:
        assert all(text[m.start : m.end] == m.text for m in entity.mentions)
    for quote in result:
        assert quote.start < quote.end
    starts = [q.start for q in result]
    assert starts == sorted(starts)
    assert_no_partial_overlap(result)
    return result


def assert_no_partial_overlap(result):
    """Quotes never partly overlap; the one nesting is a direct fragment inside the indirect quote
    that reports it (candidates.merge)."""
    quotes = sorted(result.quotes, key=lambda q: (q.start, -q.end))
    for i, outer in enumerate(quotes):
        for inner in quotes[i + 1 :]:
            if inner.start >= outer.end:
                break
            nested = outer.start <= inner.start and inner.end <= outer.end
            assert nested and outer.kind == "indirect" and inner.kind == "direct" and inner.rule == "fragment", (outer, inner)


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_any_text(text):
    check(text)


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
@settings(max_examples=400, deadline=None)
def test_glued_pieces(text):
    assert check(text) == check(text)  # deterministic


def test_wrong_types_name_what_was_expected():
    for value in (None, b"bytes", 42):
        try:
            kutipan.extract(value)
        except TypeError as error:
            assert "str" in str(error)
        else:
            raise AssertionError(f"no TypeError for {value!r}")


def test_extractor_pickles():
    extractor = kutipan.Extractor()
    text = '"Kami siap," ujar Budi Santoso.'
    assert pickle.loads(pickle.dumps(extractor))(text) == extractor(text)


def test_known_people_name_the_speaker():
    text = '"Pasar sedang tumbuh," kata Clark.'
    assert kutipan.extract(text).quotes[0].speaker.name == "Clark"
    assert kutipan.extract(text, people=["Duncan Clark"]).quotes[0].speaker.name == "Duncan Clark"


def _detik():
    path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "detik-1000.jsonl"
    if not path.exists():
        pytest.skip("shared/corpus/detik-1000.jsonl is not here")
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in itertools.islice(handle, 300)]


@given(st.data())
@settings(max_examples=60, deadline=None)
def test_mutated_articles(data):
    """Real articles cut, glued and with marks dropped in: the invariants of ``check`` hold."""
    articles = _detik()
    first, second = data.draw(st.sampled_from(articles)), data.draw(st.sampled_from(articles))
    cut = data.draw(st.integers(0, len(first)))
    text = first[:cut] + data.draw(st.sampled_from(PIECES)) + second[data.draw(st.integers(0, len(second))) :]
    check(text)
