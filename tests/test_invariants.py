"""Properties that hold for any input: extract never raises, every span slices its source."""

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

import kutipan

PIECES = ['"', "“", "”", "'", "‘", "’", "„", "«", "»", "ujarnya", "kata", "Budi", "Santoso", "Menurut", "dia",
          "mengatakan", "bahwa", ",", ".", " ", "\n", "Kapolres", "Kombes", "(39)", "Baca juga:", "Jum'at"]


def check(text):
    result = kutipan.extract(text)
    for span in result.spans():
        assert text[span.start : span.end] == span.text
    for quote in result:
        assert quote.start < quote.end
    starts = [q.start for q in result]
    assert starts == sorted(starts)
    return result


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
