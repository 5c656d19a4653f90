"""The shipped lexicon data: well-formed rows, and every cue finds its own example."""

import unicodedata

import pytest

import kutipan
from kutipan.lexicon import FRAMES, LexiconError, read_cues, read_words

LEXICON = kutipan.Lexicon.default()


def test_cue_rows_are_clean():
    forms = [cue.form for cue in LEXICON.cues]
    assert len(forms) == len(set(forms))
    assert len(forms) >= 120
    for cue in LEXICON.cues:
        assert cue.form == cue.form.lower() == unicodedata.normalize("NFC", cue.form)
        assert cue.frame in FRAMES
        if cue.frame == "clitic":
            assert cue.form.endswith("nya")
        assert cue.example, cue.form


@pytest.mark.parametrize("cue", LEXICON.cues, ids=lambda c: c.form)
def test_each_cue_finds_its_example(cue):
    found = kutipan.extract(cue.example)
    assert any(q.cue is not None and q.cue.text.lower() == cue.form for q in found), (cue, found.to_dicts())


def test_bad_rows_name_file_and_line():
    with pytest.raises(LexiconError, match="my.tsv:2"):
        read_cues("# header\nujar\tujar\tsideways\tx\n", "my.tsv")
    with pytest.raises(LexiconError, match="my.tsv:1"):
        read_cues("Ujar\tujar\tinverted\n", "my.tsv")
    with pytest.raises(LexiconError, match="t.txt:2"):
        read_words("Dr\n\u0041\u030a\n", "t.txt")


def test_with_cues_extends_without_editing_the_package():
    text = '"Kami siap," sembur Budi Santoso.'
    assert not kutipan.extract(text).quotes  # an unknown verb: two words in marks are no quote
    lexicon = LEXICON.with_cues([("sembur", "sembur", "inverted")])
    quote = kutipan.extract(text, lexicon=lexicon).quotes[0]
    assert (quote.cue.text, quote.speaker.name) == ("sembur", "Budi Santoso")


def test_from_directory_reads_overrides(tmp_path):
    (tmp_path / "titles.txt").write_text("# ranks\nKombes\nDatuk\n", encoding="utf-8")
    lexicon = kutipan.Lexicon.from_directory(tmp_path)
    assert "Datuk" in lexicon.titles and lexicon.cues == LEXICON.cues
    (tmp_path / "cues.tsv").write_text("ujar\tujar\tnowhere\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cues.tsv:1"):
        kutipan.Lexicon.from_directory(tmp_path)
