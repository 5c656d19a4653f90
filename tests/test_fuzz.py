"""Fuzzing: mixtures of quotation marks, cue words, names, roles and punctuation.

Asserts no exception, offsets that slice the input and the same result twice. CI runs a few
hundred examples a test (seconds); a long campaign runs by hand, e.g.

    KUTIPAN_FUZZ_EXAMPLES=200000 python -m pytest tests/test_fuzz.py -q -p no:randomly

(the figure and its result are in docs/performance.md).
"""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kutipan
from kutipan.document import WORD, _kind_words, _word_kinds
from kutipan.entities import _may_hold_role
from kutipan.mentions import role_before
from kutipan.words import tokens, words_of
from kutipan.marks import DOUBLE_MARKS, SINGLE_MARKS

settings.register_profile(
    "kutipan-fuzz",
    max_examples=int(os.environ.get("KUTIPAN_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=os.environ.get("KUTIPAN_FUZZ_EXAMPLES") is None,  # CI: the same examples every run
)
FUZZ = settings.get_profile("kutipan-fuzz")

LEXICON = kutipan.Lexicon.default()
CUES = sorted({cue.form for cue in LEXICON.cues})
CUES += [cue.capitalize() for cue in CUES[::7]]
NAMES = ["Budi", "Santoso", "Ani", "Sri Mulyani", "Paulus Waterpau", "M.", "H.", "Prof.", "Dr.", "KW", "AHS",
         "Jum'at", "O'Neil", "Kapolres", "Kombes", "Menteri Keuangan", "PT", "Kota Serang", "(39)", "(Kemenkes)"]
WORDS = ["dia", "ia", "beliau", "mereka", "pihaknya", "bahwa", "yang", "dan", "di", "seorang warga", "tersebut",
         "harga", "naik", "Namun", "Baca juga:", "ADVERTISEMENT", "•", "-", "—", "…", "5,2", "10.30", "12/3/2024"]
PUNCTUATION = list(".,;:!?()[]") + [" ", " ", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\x00", "\ufeff"]
PIECES = list(DOUBLE_MARKS) + list(SINGLE_MARKS) + CUES + NAMES + WORDS + PUNCTUATION

pieces = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
spaced = st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join)
mixed = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)


def check(text):
    result = kutipan.extract(text)
    for span in result.spans():
        assert text[span.start : span.end] == span.text, (span, text)
    for quote in result:
        assert 0 <= quote.start < quote.end <= len(text)
    assert [q.start for q in result] == sorted(q.start for q in result)
    assert kutipan.extract(text) == result
    assert kutipan.Extractor(LEXICON)(text).to_dicts() == result.to_dicts()


@FUZZ
@given(pieces)
def test_glued(text):
    check(text)


@FUZZ
@given(spaced)
def test_spaced(text):
    check(text)


@FUZZ
@given(mixed)
def test_mixed_with_any_text(text):
    check(text)


@FUZZ
@given(st.lists(spaced, min_size=1, max_size=6).map("\n".join))
def test_paragraphs(text):
    check(text)


SCAN_PLAIN = frozenset(filter(WORD.fullmatch, _word_kinds(LEXICON)))


@FUZZ
@given(st.lists(st.sampled_from([*CUES[:40], "Jum'at", "kata2", "2kata", "é", "ß", "-", "’", "¹", "\u00a0", " ", ".", "9", "(", "_"]), max_size=12).map("".join))
def test_scan_reads_the_words_the_word_pattern_reads(text):
    # the cue and role scan splits at marks it blanks out in C; it must find what WORD finds
    assert _kind_words(text, SCAN_PLAIN) == [w for w in WORD.findall(text) if w in SCAN_PLAIN]


@FUZZ
@given(st.lists(st.sampled_from(["pemimpin", "redaksi", "Kapolres", "KETUA", "Co-founder", "-", "'", ".", "(", ")", " ", "2", "é", "Budi"]), max_size=10).map("".join))
def test_role_precheck_never_hides_a_role(text):
    # the table skips reading tokens before a name where no word may be a role word
    w = words_of(LEXICON)
    toks = tokens(text, 0, len(text))
    assert _may_hold_role(text, w) or role_before(toks, len(toks), w) is None
