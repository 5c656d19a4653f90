"""Lexicon: the language knowledge in ``data/``, read, checked and ready for matching.

The lexicon says what a word can be (a cue with its frame, a title, a role word); the rules decide
where it counts.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

import attrs

FRAMES = ("inverted", "clitic", "verb", "directive", "passive", "preposition")
PRONOUN_KINDS = ("person", "group")
WORD_LISTS = ("titles", "honorifics", "roles", "units", "organisations", "connectives", "boilerplate", "abbreviations")
# Two-column tables: file stem -> the kinds its second column may hold (None: any text).
TABLES = {
    "page": ("byline", "caption", "end"),
    "calendar": ("day", "month"),
    "aliases": None,
    "role_forms": None,
}


class LexiconError(ValueError):
    """A lexicon file has a row that cannot be used; the message names the file and line."""


@attrs.frozen
class Cue:
    """One surface form of a speech or cognition word.

    >>> Cue("ujarnya", "ujar", "clitic").form
    'ujarnya'
    """

    form: str
    lemma: str
    frame: str
    example: str = ""


def _check_word(word: str, where: str) -> str:
    word = word.strip()
    if not word:
        raise LexiconError(f"{where}: empty entry")
    if unicodedata.normalize("NFC", word) != word:
        raise LexiconError(f"{where}: {word!r} is not in Unicode NFC form")
    return word


def _lines(text: str, name: str) -> Iterator[tuple[str, str]]:
    """Data lines of a list file with their 'file:line' location; comments and blanks skipped."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.rstrip("\n"), f"{name}:{number}"


def read_words(text: str, name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list file (``titles.txt``, ``roles.txt`` ...), in order, unique."""
    words = (_check_word(line, where) for line, where in _lines(text, name))
    return tuple(dict.fromkeys(words))


def read_cues(text: str, name: str) -> tuple[Cue, ...]:
    """Rows of a ``cues.tsv`` file: form, lemma, frame, example, tab-separated."""
    cues: dict[str, Cue] = {}
    rows = csv.reader((line for line, _ in _lines(text, name)), delimiter="\t", quoting=csv.QUOTE_NONE)
    wheres = [where for _, where in _lines(text, name)]
    for row, where in zip(rows, wheres):
        if len(row) < 3:
            raise LexiconError(f"{where}: expected 'form<TAB>lemma<TAB>frame[<TAB>example]', got {row!r}")
        form, lemma, frame = (_check_word(cell, where) for cell in row[:3])
        if form != form.lower():
            raise LexiconError(f"{where}: cue {form!r} must be lower case")
        if frame not in FRAMES:
            raise LexiconError(f"{where}: unknown frame {frame!r}; expected one of {', '.join(FRAMES)}")
        if form in cues:
            raise LexiconError(f"{where}: cue {form!r} is listed twice")
        cues[form] = Cue(form, lemma, frame, row[3].strip() if len(row) > 3 else "")
    return tuple(cues.values())


def read_pronouns(text: str, name: str) -> dict[str, str]:
    pronouns = {}
    for line, where in _lines(text, name):
        parts = line.split("\t")
        if len(parts) != 2 or parts[1].strip() not in PRONOUN_KINDS:
            raise LexiconError(f"{where}: expected 'pronoun<TAB>person|group', got {line!r}")
        pronouns[_check_word(parts[0], where).lower()] = parts[1].strip()
    return pronouns


def read_table(text: str, name: str, kinds: tuple[str, ...] | None) -> tuple[tuple[str, str], ...]:
    """Rows of a two-column tab-separated file (``page.tsv``, ``aliases.tsv`` ...), in order, unique."""
    rows: dict[tuple[str, str], None] = {}
    for line, where in _lines(text, name):
        parts = line.split("\t")
        if len(parts) != 2:
            raise LexiconError(f"{where}: expected two tab-separated columns, got {line!r}")
        first, second = (_check_word(part, where) for part in parts)
        if kinds is not None and second not in kinds:
            raise LexiconError(f"{where}: unknown kind {second!r}; expected one of {', '.join(kinds)}")
        rows[(first, second)] = None
    return tuple(rows)


def _data(name: str) -> str:
    return resources.files("kutipan").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def _as_cues(cues: Iterable[Cue | tuple[str, ...]]) -> tuple[Cue, ...]:
    rows = tuple(cue if isinstance(cue, Cue) else Cue(*cue) for cue in cues)
    for cue in rows:
        if cue.frame not in FRAMES:
            raise LexiconError(f"cue {cue.form!r}: unknown frame {cue.frame!r}; expected one of {', '.join(FRAMES)}")
        if not cue.form or cue.form != cue.form.lower():
            raise LexiconError(f"cue {cue.form!r} must be a non-empty lower-case word")
    return rows


@attrs.frozen
class Lexicon:
    """Cues, titles, honorifics, roles, units, pronouns, boilerplate and abbreviations.

    >>> lexicon = Lexicon.default().with_cues([("sembur", "sembur", "inverted")])
    >>> lexicon.frame("sembur")
    'inverted'
    """

    cues: tuple[Cue, ...]
    titles: tuple[str, ...]
    honorifics: tuple[str, ...]
    roles: tuple[str, ...]
    units: tuple[str, ...]
    organisations: tuple[str, ...]
    connectives: tuple[str, ...]
    pronouns: dict[str, str] = attrs.field(hash=False)
    boilerplate: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    page: tuple[tuple[str, str], ...] = ()        # page.tsv: openings of bylines, captions, page ends
    calendar: tuple[tuple[str, str], ...] = ()    # calendar.tsv: days and months
    aliases: tuple[tuple[str, str], ...] = ()     # aliases.tsv: public alias -> full name
    role_forms: tuple[tuple[str, str], ...] = ()  # role_forms.tsv: short form -> role it stands for
    _cache: dict = attrs.field(factory=dict, eq=False, repr=False, init=False, hash=False)

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped in ``kutipan/data`` (read once per process)."""
        return _default()

    @classmethod
    def from_directory(cls, path: str | Path) -> Lexicon:
        """A lexicon from a folder laid out like ``kutipan/data``; missing files keep the defaults."""
        folder = Path(path)
        if not folder.is_dir():
            raise LexiconError(f"{folder}: not a directory")
        base = cls.default()

        def read(name: str) -> str | None:
            file = folder / name
            try:
                return file.read_text(encoding="utf-8") if file.exists() else None
            except UnicodeDecodeError as error:
                line = error.object[: error.start].count(b"\n") + 1
                raise LexiconError(f"{file}:{line}: not UTF-8 text (byte {error.object[error.start:error.start + 1]!r})") from None
            except OSError as error:
                raise LexiconError(f"{file}: cannot read ({error})") from error

        changes: dict[str, object] = {}
        if (text := read("cues.tsv")) is not None:
            changes["cues"] = read_cues(text, str(folder / "cues.tsv"))
        if (text := read("pronouns.tsv")) is not None:
            changes["pronouns"] = read_pronouns(text, str(folder / "pronouns.tsv"))
        for field in WORD_LISTS:
            if (text := read(f"{field}.txt")) is not None:
                changes[field] = read_words(text, str(folder / f"{field}.txt"))
        for field, kinds in TABLES.items():
            if (text := read(f"{field}.tsv")) is not None:
                changes[field] = read_table(text, str(folder / f"{field}.tsv"), kinds)
        return attrs.evolve(base, **changes)

    def with_cues(self, cues: Iterable[Cue | tuple[str, ...]]) -> Lexicon:
        """A copy with more cues: ``Cue`` objects or ``(form, lemma, frame)`` tuples; new forms win."""
        added = _as_cues(cues)
        forms = {cue.form for cue in added}
        return attrs.evolve(self, cues=tuple(c for c in self.cues if c.form not in forms) + added)

    def with_titles(self, titles: Iterable[str]) -> Lexicon:
        return attrs.evolve(self, titles=tuple(dict.fromkeys((*self.titles, *titles))))

    def with_honorifics(self, honorifics: Iterable[str]) -> Lexicon:
        return attrs.evolve(self, honorifics=tuple(dict.fromkeys((*self.honorifics, *honorifics))))

    def with_roles(self, roles: Iterable[str]) -> Lexicon:
        return attrs.evolve(self, roles=tuple(dict.fromkeys((*self.roles, *roles))))

    def forms(self, *frames: str) -> list[str]:
        """Cue forms of the given frames (all frames when none is given)."""
        return [cue.form for cue in self.cues if not frames or cue.frame in frames]

    def frame(self, form: str) -> str | None:
        return self.cue_frames.get(form.lower())

    def lemma(self, form: str) -> str | None:
        entry = self._cue_index().get(form.lower())
        return entry[1] if entry else None

    def _cue_index(self) -> dict[str, tuple[str, str]]:
        return self._memo("cue-index", lambda: {c.form: (c.frame, c.lemma) for c in self.cues})

    @property
    def cue_frames(self) -> dict[str, str]:
        """Lower-case cue form -> frame, for lookups in a hot loop."""
        return self._memo("cue-frames", lambda: {c.form: c.frame for c in self.cues})

    def word_set(self, name: str) -> frozenset[str]:
        """A word list (``titles``, ``roles`` ...) as a set, with capitalised variants."""
        return self._memo(("set", name), lambda: frozenset(_variants(getattr(self, name))))

    def _memo(self, key, build):
        value = self._cache.get(key)
        if value is None:
            value = self._cache[key] = build()
        return value

    def __getstate__(self) -> dict:
        state = {field.name: getattr(self, field.name) for field in attrs.fields(type(self)) if field.init}
        return state

    def __setstate__(self, state: dict) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_cache", {})


def _variants(words: Iterable[str]) -> Iterator[str]:
    """Each word as listed, with its first letter in upper and lower case."""
    for word in words:
        yield word
        yield word[:1].upper() + word[1:]
        yield word[:1].lower() + word[1:]


@functools.lru_cache(maxsize=1)
def _default() -> Lexicon:
    return Lexicon(
        cues=read_cues(_data("cues.tsv"), "cues.tsv"),
        titles=read_words(_data("titles.txt"), "titles.txt"),
        honorifics=read_words(_data("honorifics.txt"), "honorifics.txt"),
        roles=read_words(_data("roles.txt"), "roles.txt"),
        units=read_words(_data("units.txt"), "units.txt"),
        organisations=read_words(_data("organisations.txt"), "organisations.txt"),
        connectives=read_words(_data("connectives.txt"), "connectives.txt"),
        pronouns=read_pronouns(_data("pronouns.tsv"), "pronouns.tsv"),
        boilerplate=read_words(_data("boilerplate.txt"), "boilerplate.txt"),
        abbreviations=read_words(_data("abbreviations.txt"), "abbreviations.txt"),
        **{field: read_table(_data(f"{field}.tsv"), f"{field}.tsv", kinds) for field, kinds in TABLES.items()},
    )
