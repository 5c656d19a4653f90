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
    """The benchmarks' hostile inputs at 20 KB: no exception, exact offsets (the 10 MB runs are by hand)."""
    text = inputs.INPUTS[name](20_000)
    assert len(text) == 20_000
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
    from kutipan.speakers import INDEX_KEEP

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
