"""The shipped lexicon data: well-formed rows, and every cue finds its own example."""

import unicodedata
from pathlib import Path

import pytest

import kutipan
from kutipan.lexicon import DATA_FILES, FRAMES, WORD_LISTS, LexiconError, read_cues, read_words

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


EXAMPLE = (Path(__file__).parent.parent / "docs" / "examples" / "banjir-bandung.txt").read_text(encoding="utf-8")
SEMBUR = '"Kami siap bekerja keras," sembur Budi Santoso.'


def test_a_folder_adds_to_the_shipped_lexicon(tmp_path):  # issue 11, item 2
    (tmp_path / "cues.tsv").write_text("sembur\tsembur\tinverted\t\"Kami siap,\" sembur Budi.\n", encoding="utf-8")
    (tmp_path / "titles.txt").write_text("Datuk\n", encoding="utf-8")
    lexicon = kutipan.Lexicon.from_directory(tmp_path)
    assert lexicon.frame("sembur") == "inverted" and lexicon.frame("ujarnya") == "clitic"
    assert lexicon.titles == (*LEXICON.titles, "Datuk")
    assert len(kutipan.extract(EXAMPLE, lexicon=lexicon)) == len(kutipan.extract(EXAMPLE)) == 12
    only = kutipan.Lexicon.from_directory(tmp_path, replace=True)
    assert only.forms() == ["sembur"] and only.titles == ("Datuk",) and only.roles == LEXICON.roles


def test_a_folder_row_overrides_the_shipped_row(tmp_path):
    (tmp_path / "cues.tsv").write_text("ujar\tujar\tverb\n", encoding="utf-8")
    (tmp_path / "pronouns.tsv").write_text("doi\tperson\n", encoding="utf-8")
    lexicon = kutipan.Lexicon.from_directory(tmp_path)
    assert lexicon.frame("ujar") == "verb" and len(lexicon.cues) == len(LEXICON.cues)
    assert lexicon.pronouns == {**LEXICON.pronouns, "doi": "person"}


def test_a_path_is_taken_wherever_a_lexicon_is(tmp_path):
    (tmp_path / "cues.tsv").write_text("sembur\tsembur\tinverted\n", encoding="utf-8")
    for lexicon in (str(tmp_path), tmp_path, f"{tmp_path}/"):
        assert [q.cue.text for q in kutipan.extract(SEMBUR, lexicon=lexicon)] == ["sembur"]
        assert [q.cue.text for q in kutipan.Extractor(lexicon)(SEMBUR)] == ["sembur"]
    assert kutipan.Extractor(tmp_path).lexicon == kutipan.Lexicon.from_directory(tmp_path)
    assert kutipan.Lexicon.coerce(tmp_path) is kutipan.Lexicon.coerce(str(tmp_path))  # read once while unchanged


def test_a_missing_or_empty_folder_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="no-such-folder: no such lexicon folder"):
        kutipan.extract(SEMBUR, lexicon="no-such-folder")
    with pytest.raises(LexiconError, match="no such lexicon folder"):  # what `kutipan --lexicon` catches
        kutipan.Lexicon.from_directory(tmp_path / "missing")
    with pytest.raises(LexiconError, match="holds no lexicon file; expected one or more of cues.tsv"):
        kutipan.Extractor(tmp_path)
    (tmp_path / "cues.tsv").write_text("", encoding="utf-8")
    with pytest.raises(LexiconError, match="not a directory"):
        kutipan.Lexicon.from_directory(tmp_path / "cues.tsv")


def test_to_directory_writes_the_shipped_files(tmp_path):
    folder = kutipan.Lexicon.to_directory(tmp_path / "mine")  # on the class: the shipped lexicon
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted(["README.md", *DATA_FILES])
    assert (folder / "cues.tsv").read_text(encoding="utf-8").startswith("# Words that introduce")
    assert kutipan.Lexicon.from_directory(folder) == kutipan.Lexicon.from_directory(folder, replace=True) == LEXICON
    with pytest.raises(FileExistsError, match="cues.tsv: already exists"):
        LEXICON.to_directory(folder)
    changed = LEXICON.with_cues([("sembur", "sembur", "inverted", SEMBUR)]).with_titles(["Datuk"])
    changed.to_directory(folder, overwrite=True)
    assert kutipan.Lexicon.from_directory(folder, replace=True) == changed
    assert (folder / "roles.txt").read_text(encoding="utf-8").startswith("#")  # unchanged: the shipped file


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: LEXICON.with_cues(["sembur"]), TypeError, r"row 0: expected a Cue or a row \(form, lemma, frame"),
        (lambda: LEXICON.with_cues(("sembur", "sembur", "inverted")), TypeError, "got the str 'sembur'"),
        (lambda: LEXICON.with_cues("sembur"), TypeError, "expects a list of rows"),
        (lambda: LEXICON.with_cues([("sembur", "sembur")]), ValueError, "got 2 field"),
        (lambda: LEXICON.with_cues([("sembur", None, "inverted")]), TypeError, "every field .* is a str"),
        (lambda: LEXICON.with_cues([5]), TypeError, "got int 5"),
        (lambda: LEXICON.with_titles("Datuk"), TypeError, "with_titles expects a list of words"),
        (lambda: LEXICON.with_roles([None]), TypeError, "with_roles: entry 0 must be a str"),
        (lambda: LEXICON.with_honorifics([" "]), LexiconError, "empty entry"),
        (lambda: kutipan.extract(SEMBUR, people="Duncan Clark"), TypeError, r"write people=\['Duncan Clark'\]"),
        (lambda: kutipan.extract(SEMBUR, people=[None]), TypeError, "full names .*NoneType"),
        (lambda: kutipan.extract(SEMBUR, people=5), TypeError, "list of full names"),
        (lambda: kutipan.extract(SEMBUR, people=["Budi", ""]), ValueError, "empty str at position 1"),
        (lambda: kutipan.extract(SEMBUR, lexicon=5), TypeError, "Lexicon or the path of a lexicon folder"),
        (lambda: kutipan.extract(5), TypeError, "text as str"),
        (lambda: kutipan.extract(None), TypeError, "text as str"),
        (lambda: kutipan.Extractor(None), TypeError, r"got None; Extractor\(\) uses the shipped lexicon"),
        (lambda: kutipan.Extractor(["cues.tsv"]), TypeError, "got list"),
        (lambda: kutipan.Extractor()(b"teks"), TypeError, "text as str, got bytes"),
        (lambda: kutipan.Lexicon.from_directory(None), TypeError, "str or os.PathLike"),
    ],
)
def test_wrong_arguments_say_what_was_expected(call, error, message):  # issue 11 item 2, issue 12 item 7
    with pytest.raises(error, match=message):
        call()


def test_people_still_names_speakers():
    text = 'Clark hadir. "Kami siap," kata Clark.'
    assert kutipan.extract(text, people=("Duncan Clark",))[0].speaker.name == "Duncan Clark"
    assert kutipan.extract(text, people=iter(["Duncan Clark"]))[0].speaker.name == "Duncan Clark"


def test_reprs_are_short():  # issue 11, item 6
    assert repr(LEXICON).startswith(f"Lexicon({len(LEXICON.cues)} cues, {len(LEXICON.roles)} roles, ")
    assert len(repr(LEXICON)) < 200 and len(repr(kutipan.Extractor())) < 220
    assert repr(kutipan.Extractor()) == f"Extractor(lexicon={LEXICON!r})"


# Function-word classes of data/word_classes.tsv that a name or a role word can never be.
FUNCTION_CLASSES = ("clause_word", "auxiliary", "negation", "preposition", "demonstrative", "stop_word", "role_break", "connector")
NAME_AND_ROLE_LISTS = ("roles", "titles", "honorifics", "given_names")


def test_word_classes_are_clean():
    """data/word_classes.tsv: no line repeats, every class is read by the code, and the classes
    that refine another stay inside it."""
    from kutipan.lexicon import _word_classes

    root = Path(kutipan.__file__).parent
    lines = [line for line in (root / "data" / "word_classes.tsv").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert len(lines) == len(set(lines)) > 300
    code = "".join(path.read_text(encoding="utf-8") for path in root.glob("*.py"))
    classes = _word_classes()
    assert sorted(name for name in classes if f'word_class("{name}")' not in code) == []
    assert classes["body_marker"] <= classes["place_marker"]  # a body's marker, not an official's
    assert classes["unnamed_head"] <= classes["unnamed_opener"]
    assert classes["given_role"] <= {role.split()[0] for role in LEXICON.word_set("roles")}  # 'Perdana' of 'Perdana Menteri'


def test_no_function_word_is_a_name_or_role_word():
    from kutipan.lexicon import word_class

    lexicon = {word.lower() for name in NAME_AND_ROLE_LISTS for word in LEXICON.word_set(name)}
    clashes = {name: sorted(word_class(name) & lexicon) for name in FUNCTION_CLASSES}
    assert {name: words for name, words in clashes.items() if words} == {}


def test_a_missing_word_class_is_named():
    from kutipan.lexicon import word_class

    with pytest.raises(LexiconError, match="word_classes.tsv has no class 'nouns'"):
        word_class("nouns")
