"""Odd and hostile input: wrong types raise a clear TypeError; odd text never crashes and every
offset still slices the original string. Timings are in benchmarks/, never here."""

import importlib.util
from pathlib import Path

import pytest

import kutipan

_SPEC = importlib.util.spec_from_file_location("bench_inputs", Path(__file__).parent.parent / "benchmarks" / "inputs.py")
inputs = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(inputs)

QUOTE = '"Kami siap bekerja," ujar Budi Santoso.'


def check(text):
    result = kutipan.extract(text)
    assert result.text is text or result.text == text
    for span in result.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    assert kutipan.extract(text) == result  # deterministic
    return result


@pytest.mark.parametrize("value", [None, b'"Kami siap," ujar Budi.', bytearray(b"x"), 42, 4.2, ["teks"], {"text": "x"}])
def test_wrong_types_raise_type_error(value):
    with pytest.raises(TypeError, match="expects the text as str, got " + type(value).__name__):
        kutipan.extract(value)
    with pytest.raises(TypeError, match="str"):
        kutipan.Extractor()(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        QUOTE.replace(" ", "\x00"),
        '"Kami\x00 siap," ujar Budi\x00 Santoso.',
        '"Kami \ud800siap," ujar Budi \udfff Santoso.',  # lone surrogates
        "\ud83d" + QUOTE + "\ude00",
        'Budi Santoso hadir.\r\n"Kami siap," ujarnya.\r\n',
        'Budi Santoso hadir.\r"Kami siap," ujarnya.\r',
        'Budi Santoso hadir.\r\n\r\n\r"Kami siap,\r\nkami kuat," ujarnya.\n\r',
        '\u200b"Kami\u200b siap,"\u200b ujar\u200b Budi\u200b Santoso.\u200b',
        '\ufeff"Kami siap," ujar Budi\u200d Santoso\u2060.',
        '"Kami\u00a0siap,"\u00a0ujar\u00a0Budi\u00a0Santoso.',
        '"Kami siap,"\u202fujar Budi\u2009Santoso.\u3000',
        '"Мы готовы," ujar Владимир Путин. «我们准备好了», kata Xi Jinping. "مستعد" ujar Ahmad.',
        '"Kami siap," ujar Ｂｕｄｉ Ｓａｎｔｏｓｏ.',
        '"Kami siap," ujar Bu\u0301di San\u0308toso.',  # combining marks
        '"Kami siap," ujar \U0001d401\U0001d42e\U0001d41d\U0001d422.',  # mathematical letters
        "\u2028".join([QUOTE, QUOTE]),
        "\u0085".join([QUOTE, QUOTE]),
        "\x0b\x0c".join([QUOTE, QUOTE]),
        '"' * 1000,
        "'" * 1000,
        "“”" * 500,
        '"\n' * 500,
        "ujarnya " * 500,
        "Budi " * 2000,
        "Menurut " * 500 + ",",
        "(" * 1000 + QUOTE + ")" * 1000,
        '"' + "x" * 50_000 + '," ujar Budi.',
        "Kata Budi: " + '"a ' * 300 + "b" + '" ' * 300,
        "\t\t\t" + QUOTE + "\t\t",
        QUOTE * 200,
    ],
)
def test_odd_text_is_extracted_with_exact_offsets(text):
    check(text)


def test_line_ends_do_not_change_the_quotes():
    base = 'Budi Santoso hadir.\n"Kami siap," ujarnya.\n"Kami kuat," kata Ani.'
    found = [(q.text, q.speaker.name if q.speaker else None) for q in check(base)]
    for end in ("\r\n", "\r"):
        text = base.replace("\n", end)
        assert [(q.text, q.speaker.name if q.speaker else None) for q in check(text)] == found


def test_nul_and_zero_width_inside_a_quote_stay_in_its_text():
    text = '"Kami\u200b siap\x00," ujar Budi Santoso.'
    [quote] = check(text)
    assert quote.text == "Kami\u200b siap\x00,"
    assert quote.speaker.name == "Budi Santoso"


@pytest.mark.parametrize("name", sorted(inputs.INPUTS))
def test_hostile_inputs_small(name):
    """The benchmarks' hostile inputs at 20 KB: no exception, exact offsets (the 10 MB runs are by hand).
    short_quotes at 5 KB: it costs a hundred times news per character (docs/performance.md)."""
    size = 5_000 if name == "short_quotes" else 20_000
    text = inputs.INPUTS[name](size)
    assert len(text) == size
    check(text)


def test_sentence_cap_keeps_offsets():
    """A run with no full stop is cut into sentences of at most 4,000 characters at white space."""
    from kutipan.text import MAX_SENTENCE, paragraphs, sentences

    text = "kata " * 3000 + "x" * 9000 + " akhir"
    [paragraph] = paragraphs(text)
    found = sentences(text, paragraph, kutipan.Lexicon.default())
    assert all(len(s.text) <= MAX_SENTENCE and text[s.start : s.end] == s.text for s in found)
    assert "".join(text[s.start : s.end] for s in found).replace(" ", "") == text.replace(" ", "")


def test_many_people_sharing_a_name_word_still_resolve_the_latest():
    """Past ``INDEX_KEEP`` persons sharing a word, the index keeps the most recently mentioned:
    a re-mention by that word goes to the latest one, as with a few persons."""
    from kutipan.people import INDEX_KEEP

    names = [f"Budi {chr(65 + i % 26)}{chr(97 + i // 26)}nto" for i in range(3 * INDEX_KEEP)]
    text = "\n".join(f'"Kami siap nomor {i}," kata {name}.' for i, name in enumerate(names))
    text += '\n"Sudah selesai," kata Budi.'
    quotes = kutipan.extract(text).quotes
    assert [q.speaker.name for q in quotes[:-1]] == names
    assert quotes[-1].speaker.name == names[-1]


def test_blank_is_every_white_space_character():
    """Trimming strips what str.isspace() calls white space, and the zero-width space and the BOM."""
    from kutipan.text import BLANK

    assert set(BLANK) == {ch for ch in map(chr, range(0x110000)) if ch.isspace()} | {"\u200b", "\ufeff"}


# ----------------------------------------------------------------------------------------------
# Issue 12: no step of text.py or marks.py is quadratic on a run of one character, and a run of
# marks costs no object per mark. Work is counted (Python calls, traced allocations), never timed.

RUNS = [".", "!", "?", "…", "A. ", ". ", '"', "“", "”", "'", "’", '" ', "A", " ", "\n", "\u2028", ".)", "!\u00a0"]


def _calls(function, *args):
    """The number of Python and C function calls that ``function(*args)`` makes."""
    import sys

    count = 0

    def hook(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(hook)
    try:
        result = function(*args)
    finally:
        sys.setprofile(None)
    return count, result


def _split(text):
    from kutipan.marks import quoted
    from kutipan.text import paragraphs, sentences

    lexicon = kutipan.Lexicon.default()
    return [(sentences(text, p, lexicon), quoted(text, p)) for p in paragraphs(text)]


@pytest.mark.parametrize("unit", RUNS)
def test_a_run_of_200k_is_split_with_sane_spans(unit):
    """Report 12.1: '.' * 16,000 took seconds in sentences (each stop of a run was retried to the
    run's end); 200,000 would take most of an hour. Each sentence and stretch slices the text,
    sentences follow one another inside their paragraph, none is longer than MAX_SENTENCE."""
    from kutipan.text import MAX_SENTENCE, paragraphs

    text = "Budi hadir. " + unit * (200_000 // len(unit)) + " Ani pergi."
    for paragraph, (found, stretches) in zip(paragraphs(text), _split(text)):
        assert found, "a paragraph has at least one sentence"
        for s in found:
            assert text[s.start : s.end] == s.text and paragraph.start <= s.start < s.end <= paragraph.end
            assert len(s.text) <= MAX_SENTENCE
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))
        for q in stretches:
            assert text[q.content.start : q.content.end] == q.content.text
            assert paragraph.start <= q.start <= q.content.start <= q.content.end <= q.end <= paragraph.end


@pytest.mark.parametrize("unit", RUNS)
def test_splitting_a_run_makes_calls_in_proportion_to_its_length(unit):
    """Ten times the run, at most eleven times the calls (plus a few for the paragraph itself)."""
    small, _ = _calls(_split, "Budi hadir. " + unit * (20_000 // len(unit)) + " Ani pergi.")
    large, _ = _calls(_split, "Budi hadir. " + unit * (200_000 // len(unit)) + " Ani pergi.")
    assert large <= 11 * small + 100


def test_a_run_of_stops_reads_each_stop_once():
    """The sentence-stop pattern matches as the plain backtracking one did, on short random strings:
    starting at the first stop of a run and giving nothing back changes no match."""
    import random

    import regex

    from kutipan.text import _STOP

    plain = regex.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“”‘„«(\[]?[\p{Lu}\p{N}])")
    rng = random.Random(12)
    alphabet = ".!?…\"')]” \n\taB1(“x"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in _STOP.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    run = "Budi hadir" + "." * 50 + " Ani pergi."
    assert [m.span() for m in _STOP.finditer(run)] == [(10, 60)]
    assert all(_STOP.match(run, i) is None for i in range(11, 60))  # no attempt from inside the run


@pytest.mark.parametrize("name", ["stops", "exclamations", "straight_marks", "random_marks", "apostrophes", "newlines"])
def test_hostile_input_allocates_at_most_20_bytes_per_character(name):
    """Report 12.2: '"' * 10**6 held half a million empty Quoted (217 bytes per character), random
    marks a Quoted per stretch of marks alone (102). The tracemalloc peak of extract on 100 KB."""
    import tracemalloc

    text = inputs.INPUTS[name](100_000)
    kutipan.extract('"Siap," ujar Budi.')  # lexicon and patterns loaded before counting
    tracemalloc.start()
    try:
        kutipan.extract(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= 20 * len(text)


def test_a_stretch_without_a_letter_or_digit_is_no_quote():
    """'"..."', '"?!"': marks that pair but enclose nothing to say are left out, as empty ones are;
    they still hide the single marks inside them."""
    from kutipan.marks import quoted
    from kutipan.text import paragraphs

    text = 'Budi berkata "...". Lalu "?!" dan "\'" serta \'Kami siap\' ujarnya.'
    [paragraph] = paragraphs(text)
    assert [q.content.text for q in quoted(text, paragraph)] == ["Kami siap"]
    assert check('"...," ujar Budi.').quotes == ()


# Issue 12.8: every line end of str.splitlines ends a paragraph.
LINE_ENDS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def test_paragraphs_end_where_splitlines_ends_a_line():
    import random

    from kutipan.text import BLANK, paragraphs

    rng = random.Random(8)
    pieces = ["Budi", " ", "kata", '"', ".", "\t", "\u00a0", *LINE_ENDS]
    for _ in range(2_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [line.strip(BLANK) for line in text.splitlines() if line.strip(BLANK)]
        assert [p.text for p in paragraphs(text)] == expected, repr(text)


@pytest.mark.parametrize("end", LINE_ENDS)
def test_every_line_end_ends_a_paragraph_and_a_quote(end):
    text = end.join(['Budi Santoso hadir.', '"Kami siap," ujarnya.', '"Kami kuat', 'Ani pergi," kata Ani.'])
    found = [(q.text, q.speaker.name if q.speaker else None) for q in check(text)]
    assert found == [(q.text, q.speaker.name if q.speaker else None) for q in check(text.replace(end, "\n"))]
    assert found[0] == ("Kami siap,", "Budi Santoso")
    assert all(end not in q for q, _ in found)  # an unclosed quote stops at its paragraph's end


def test_ascii_tokens_are_the_regex_modules_tokens():
    """words.tokens reads ASCII text with a stdlib twin of TOKEN: both must cut alike, on every
    ASCII character (\\x1c-\\x1f are white space to the stdlib, not to the regex module)."""
    import random

    from kutipan.words import TOKEN, _ASCII_TOKEN

    pieces = [chr(c) for c in range(128)] + ["Budi", "M.Si", "(Kemenkes)", "(" + "x" * 70 + ")", "jum'at", "co-founder", "S.H.", "3.5", " ", " ", "\n"]
    rng = random.Random(12)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert [m.span() for m in _ASCII_TOKEN.finditer(text)] == [m.span() for m in TOKEN.finditer(text)], repr(text)


def test_word_helpers_read_as_split_does():
    """Issue 12 (memory): the helpers that read a long stretch word by word, or a stretch at a
    time, answer as the whole-list forms they replace (str.split, set of split, findall)."""
    import random

    from kutipan.document import WORD as _WORD, _spaced
    from kutipan.text import chunks, title_case, word_count

    rng = random.Random(12)
    alphabet = "aA1 .-\t\n\x1c\u2028\u200bÉé\u01c5\u4e00,'"
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        words = text.split()
        assert title_case(text) == all(w[:1].isupper() or not w[:1].isalpha() for w in words), repr(text)
        assert all(word_count(text, most) == min(len(words), most) for most in range(6)), repr(text)
        for size in (1, 3, 7):
            assert [w for a, b in chunks(text, size) for w in _WORD.findall(text, a, b)] == _WORD.findall(text)
    for text in ["", "a", "a b", " a  b ", "a b c d", "  "]:
        assert _spaced(text) == set(text.split(" ")[1:-1])


def test_layout_keeps_numbers_and_gives_the_lines_of_paragraphs():
    """Layout holds where each line starts and ends, not a Span per line; the Spans it gives are
    the paragraphs'."""
    from kutipan.layout import read_layout
    from kutipan.text import paragraphs

    text = 'Budi Minta Maaf\nJAKARTA - Budi Santoso meminta maaf.\n\n  "Kami siap," ujarnya.  \n'
    layout = read_layout(text, kutipan.Lexicon.default())
    assert list(layout.lines) == paragraphs(text)
    assert [line for _, line in layout.labelled()] == paragraphs(text)
    assert [(s, e) for _, s, e in layout.numbered()] == [(p.start, p.end) for p in paragraphs(text)]
    assert [b.span.text for b in layout.blocks] == ["Budi Minta Maaf", text.strip()[16:]]

