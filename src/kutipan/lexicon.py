"""Lexicon: the language knowledge in ``data/``, read, checked and ready for matching.

The lexicon says what a word can be (a cue with its frame, a title, a role word); the rules decide
where it counts.
"""

from __future__ import annotations

import csv
import functools
import os
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Union

import attrs

FRAMES = ("inverted", "clitic", "verb", "directive", "passive", "preposition")
PRONOUN_KINDS = ("person", "group", "plural", "pair")
WORD_LISTS = (
    "titles", "honorifics", "roles", "units", "organisations", "connectives", "boilerplate", "abbreviations", "given_names",
)
# Two-column tables: file stem -> the kinds its second column may hold (None: any text).
TABLES = {
    "page": ("byline", "caption", "end"),
    "calendar": ("day", "month"),
    "aliases": None,
    "role_forms": None,
}
# The files of a lexicon folder (``kutipan/data`` and what ``Lexicon.to_directory`` writes).
DATA_FILES = ("cues.tsv", "pronouns.tsv", *(f"{name}.txt" for name in WORD_LISTS), *(f"{name}.tsv" for name in TABLES))
CUE_ROW = "(form, lemma, frame[, example])"
PathArg = Union[str, "os.PathLike[str]"]


class LexiconError(ValueError):
    """A lexicon file has a row that cannot be used; the message names the file and line."""


class LexiconNotFoundError(LexiconError, FileNotFoundError):
    """A lexicon folder that does not exist: both a ``LexiconError`` and a ``FileNotFoundError``."""


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
            raise LexiconError(f"{where}: expected 'pronoun<TAB>person|group|pair', got {line!r}")
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


WORD_CLASSES = "word_classes.tsv"


def word_class(name: str) -> frozenset[str]:
    """The words of one closed class of ``data/word_classes.tsv`` ('kin', 'preposition', ...): the
    function words the rules are written against, which a lexicon folder does not change."""
    classes = _word_classes()
    if name not in classes:
        raise LexiconError(f"{WORD_CLASSES} has no class {name!r}")
    return classes[name]


@functools.lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for line, where in _lines(_data(WORD_CLASSES), WORD_CLASSES):
        word, tab, kind = line.partition("\t")
        if not tab or not kind.strip() or "\t" in kind:
            raise LexiconError(f"{where}: expected a word and its class, tab-separated")
        classes.setdefault(kind.strip(), set()).add(_check_word(word, where))
    return {kind: frozenset(words) for kind, words in classes.items()}


def _as_cues(cues: object, method: str = "with_cues") -> tuple[Cue, ...]:
    """Checked ``Cue`` objects from ``Cue`` objects or ``(form, lemma, frame[, example])`` rows."""
    rows = _iterable(cues, method, f"rows {CUE_ROW}")
    return tuple(_as_cue(row, f"{method}: row {index}") for index, row in enumerate(rows))


def _as_cue(row: object, where: str) -> Cue:
    if isinstance(row, str):
        raise TypeError(
            f"{where}: expected a Cue or a row {CUE_ROW}, got the str {row!r}; "
            f"write [({row!r}, {row!r}, 'inverted')], one tuple per row, with the frame one of {', '.join(FRAMES)}"
        )
    if isinstance(row, Cue):
        cells: tuple[Any, ...] = attrs.astuple(row)
    elif isinstance(row, (tuple, list)):
        cells = tuple(row)
    else:
        raise TypeError(f"{where}: expected a Cue or a row {CUE_ROW} as a tuple, got {type(row).__name__} {row!r}")
    if not 3 <= len(cells) <= 4:
        raise ValueError(f"{where}: expected a row {CUE_ROW}, got {len(cells)} field(s): {row!r}")
    for cell in cells:
        if not isinstance(cell, str):
            raise TypeError(f"{where}: every field of a row {CUE_ROW} is a str, got {type(cell).__name__} {cell!r}")
    form, lemma, frame = (_check_word(cell, where) for cell in cells[:3])
    if form != form.lower():
        raise LexiconError(f"cue {form!r} must be a non-empty lower-case word")
    if frame not in FRAMES:
        raise LexiconError(f"cue {form!r}: unknown frame {frame!r}; expected one of {', '.join(FRAMES)}")
    return Cue(form, lemma, frame, cells[3].strip() if len(cells) > 3 else "")


def _iterable(value: object, method: str, expected: str) -> tuple[Any, ...]:
    """The items of an argument that must be a list (or other iterable) of something, not a str."""
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{method} expects a list of {expected}, got the {type(value).__name__} {value!r}; wrap it in a list")
    try:
        return tuple(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"{method} expects a list of {expected}, got {type(value).__name__} {value!r}") from None


def _as_words(words: object, method: str) -> tuple[str, ...]:
    """Checked entries of a word list given in code: each a non-empty NFC str."""
    entries = _iterable(words, method, "words (str)")
    for index, word in enumerate(entries):
        if not isinstance(word, str):
            raise TypeError(f"{method}: entry {index} must be a str, got {type(word).__name__} {word!r}")
    return tuple(_check_word(word, f"{method}: entry {index}") for index, word in enumerate(entries))


def check_people(people: object) -> tuple[str, ...]:
    """The ``people=`` argument of ``extract`` checked: full names, each a non-empty str.

    >>> check_people(["Duncan Clark"])
    ('Duncan Clark',)
    >>> check_people("Duncan Clark")
    Traceback (most recent call last):
    ...
    TypeError: people expects a list of full names (str), got the str 'Duncan Clark'; write people=['Duncan Clark']
    """
    if isinstance(people, str):
        raise TypeError(f"people expects a list of full names (str), got the str {people!r}; write people=[{people!r}]")
    try:
        names = tuple(people)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"people expects a list of full names (str), got {type(people).__name__} {people!r}") from None
    for index, name in enumerate(names):
        if not isinstance(name, str):
            raise TypeError(f"people expects full names (str), got {type(name).__name__} {name!r} at position {index}")
        if not name.strip():
            raise ValueError(f"people expects full names, got an empty str at position {index}")
    return names


def _folder(path: object, what: str) -> Path:
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"{what} expects the path of a lexicon folder as str or os.PathLike, got {type(path).__name__} {path!r}")
    folder = Path(path)
    if not isinstance(folder, Path):  # pragma: no cover - a PathLike of bytes
        raise TypeError(f"{what} expects a path of str, got {path!r}")
    return folder


class _on_default:
    """A method that, called on the class instead of an instance, works on ``Lexicon.default()``."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        functools.update_wrapper(self, function)  # type: ignore[arg-type]

    def __get__(self, instance: object, owner: type | None = None) -> Callable[..., Any]:
        return functools.partial(self.function, _default() if instance is None else instance)


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
    given_names: tuple[str, ...] = ()             # given_names.txt: name words that open a name and drop out of re-mentions
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
    def from_directory(cls, path: PathArg, *, replace: bool = False) -> Lexicon:
        """A lexicon from a folder laid out like ``kutipan/data``: the shipped lexicon plus its rows.

        Each file the folder holds adds its rows to the shipped file of that name (a cue listed in
        both takes the folder's lemma and frame); ``replace=True`` makes each file replace the
        shipped one instead. Files the folder lacks keep the shipped data either way.
        """
        folder = _folder(path, "Lexicon.from_directory")
        if not folder.exists():
            raise LexiconNotFoundError(f"{folder}: no such lexicon folder (not a directory)")  # tests/test_cli.py looks for the last words
        if not folder.is_dir():
            raise LexiconError(f"{folder}: not a directory; a lexicon is a folder of files named like kutipan/data ({', '.join(DATA_FILES)})")
        if not any((folder / name).exists() for name in DATA_FILES):
            raise LexiconError(f"{folder}: holds no lexicon file; expected one or more of {', '.join(DATA_FILES)}")
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
            cues = read_cues(text, str(folder / "cues.tsv"))
            changes["cues"] = cues if replace else base.with_cues(cues).cues
        if (text := read("pronouns.tsv")) is not None:
            pronouns = read_pronouns(text, str(folder / "pronouns.tsv"))
            changes["pronouns"] = pronouns if replace else {**base.pronouns, **pronouns}
        for field in WORD_LISTS:
            if (text := read(f"{field}.txt")) is not None:
                words = read_words(text, str(folder / f"{field}.txt"))
                changes[field] = words if replace else tuple(dict.fromkeys((*getattr(base, field), *words)))
        for field, kinds in TABLES.items():
            if (text := read(f"{field}.tsv")) is not None:
                rows = read_table(text, str(folder / f"{field}.tsv"), kinds)
                changes[field] = rows if replace else tuple(dict.fromkeys((*getattr(base, field), *rows)))
        return attrs.evolve(base, **changes)

    @classmethod
    def coerce(cls, lexicon: Lexicon | PathArg | None) -> Lexicon:
        """What a caller may pass as a lexicon, as a ``Lexicon``: a ``Lexicon`` as it is, the path of
        a folder read with ``from_directory`` (once per folder while its files are unchanged), or
        ``None`` for the shipped lexicon. Anything else is a ``TypeError`` saying what was expected.

        >>> Lexicon.coerce(None) is Lexicon.default()
        True
        >>> Lexicon.coerce(5)
        Traceback (most recent call last):
        ...
        TypeError: lexicon expects a Lexicon or the path of a lexicon folder (str or os.PathLike), got int 5
        """
        if lexicon is None:
            return cls.default()
        if isinstance(lexicon, Lexicon):
            return lexicon
        if not isinstance(lexicon, (str, os.PathLike)) or not isinstance(os.fspath(lexicon), str):
            raise TypeError(
                f"lexicon expects a Lexicon or the path of a lexicon folder (str or os.PathLike), got {type(lexicon).__name__} {lexicon!r}"
            )
        folder = Path(lexicon)
        if not folder.exists():
            where = "" if folder.is_absolute() else f"; looked for {folder.resolve()}"
            raise LexiconNotFoundError(f"{folder}: no such lexicon folder (not a directory){where}")
        return _from_directory(str(folder.resolve()), _stamp(folder))

    @_on_default
    def to_directory(self, path: PathArg, *, overwrite: bool = False) -> Path:
        """Write this lexicon's files into folder ``path`` (made if missing), to copy and edit.

        A file whose data is the shipped data is the shipped file, with its header and comments;
        a changed one is written from the data. ``Lexicon.to_directory(path)`` on the class writes
        the shipped lexicon. Existing files are left alone (``FileExistsError``) unless
        ``overwrite=True``. Returns the folder; ``from_directory(folder, replace=True)`` reads this
        lexicon back.
        """
        folder = _folder(path, "Lexicon.to_directory")
        files = {name: self._file_text(name) for name in DATA_FILES}
        files["README.md"] = _data("README.md")
        if not overwrite:
            for name in files:
                if (folder / name).exists():
                    raise FileExistsError(f"{folder / name}: already exists; pass overwrite=True to replace it")
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder

    def _file_text(self, name: str) -> str:
        """The text of one data file of this lexicon: the shipped file when the data is unchanged."""
        field = name.rsplit(".", 1)[0]
        if getattr(self, field) == getattr(_default(), field):
            return _data(name)
        header = f"# {name} of a lexicon written by kutipan's Lexicon.to_directory; the shipped file's header says what belongs here.\n"
        if field == "cues":
            rows = ["\t".join((c.form, c.lemma, c.frame, c.example)) for c in self.cues]
            return header + "# form\tlemma\tframe\texample\n" + "".join(f"{row}\n" for row in rows)
        if field == "pronouns":
            return header + "# pronoun\tkind\n" + "".join(f"{word}\t{kind}\n" for word, kind in self.pronouns.items())
        if field in TABLES:
            return header + "".join(f"{first}\t{second}\n" for first, second in getattr(self, field))
        return header + "".join(f"{word}\n" for word in getattr(self, field))

    def with_cues(self, cues: Iterable[Cue | tuple[str, ...]]) -> Lexicon:
        """A copy with more cues: ``Cue`` objects or ``(form, lemma, frame[, example])`` tuples; new forms win."""
        added = _as_cues(cues)
        forms = {cue.form for cue in added}
        return attrs.evolve(self, cues=tuple(c for c in self.cues if c.form not in forms) + added)

    def with_titles(self, titles: Iterable[str]) -> Lexicon:
        return attrs.evolve(self, titles=tuple(dict.fromkeys((*self.titles, *_as_words(titles, "with_titles")))))

    def with_honorifics(self, honorifics: Iterable[str]) -> Lexicon:
        return attrs.evolve(self, honorifics=tuple(dict.fromkeys((*self.honorifics, *_as_words(honorifics, "with_honorifics")))))

    def with_roles(self, roles: Iterable[str]) -> Lexicon:
        return attrs.evolve(self, roles=tuple(dict.fromkeys((*self.roles, *_as_words(roles, "with_roles")))))

    def forms(self, *frames: str) -> list[str]:
        """Cue forms of the given frames (all frames when none is given)."""
        return [cue.form for cue in self.cues if not frames or cue.frame in frames]

    def frame(self, form: str) -> str | None:
        return self.cue_frames.get(_lower(form, "Lexicon.frame"))

    def lemma(self, form: str) -> str | None:
        entry = self._cue_index().get(_lower(form, "Lexicon.lemma"))
        return entry[1] if entry else None

    def _cue_index(self) -> dict[str, tuple[str, str]]:
        index = self._cache.get("cue-index")  # in hot loops: no closure built when kept
        return index if index is not None else self._memo("cue-index", lambda: {c.form: (c.frame, c.lemma) for c in self.cues})

    @property
    def cue_frames(self) -> dict[str, str]:
        """Lower-case cue form -> frame, for lookups in a hot loop."""
        frames = self._cache.get("cue-frames")
        return frames if frames is not None else self._memo("cue-frames", lambda: {c.form: c.frame for c in self.cues})

    def word_set(self, name: str) -> frozenset[str]:
        """A word list (``titles``, ``roles`` ...) as a set, with capitalised variants."""
        return self._memo(("set", name), lambda: frozenset(_variants(getattr(self, name))))

    def _memo(self, key, build):
        value = self._cache.get(key)
        if value is None:
            value = self._cache[key] = build()
        return value

    def __repr__(self) -> str:
        counts = [f"{len(self.cues)} cues", *(f"{len(getattr(self, name))} {name}" for name in ("roles", "titles", "honorifics"))]
        counts += [f"{len(self.pronouns)} pronouns", *(f"{len(getattr(self, name))} {name}" for name in WORD_LISTS[3:])]
        return f"Lexicon({', '.join(counts)})"

    def __getstate__(self) -> dict:
        state = {field.name: getattr(self, field.name) for field in attrs.fields(type(self)) if field.init}
        return state

    def __setstate__(self, state: dict) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_cache", {})


def _lower(form: object, method: str) -> str:
    try:
        return form.lower()  # type: ignore[attr-defined]
    except AttributeError:
        raise TypeError(f"{method} expects a word (str), got {type(form).__name__} {form!r}") from None


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
        given_names=read_words(_data("given_names.txt"), "given_names.txt"),
        **{field: read_table(_data(f"{field}.tsv"), f"{field}.tsv", kinds) for field, kinds in TABLES.items()},
    )


# What ``extract(lexicon=...)`` and ``Extractor(...)`` take: a Lexicon or the path of a lexicon folder.
LexiconArg = Union[Lexicon, str, "os.PathLike[str]", None]


def lexicon_argument(lexicon: object) -> Lexicon:
    """``Extractor``'s lexicon argument as a ``Lexicon``: a ``Lexicon`` or a folder's path; ``None`` is
    refused, as ``Extractor()`` is the way to the shipped lexicon."""
    if lexicon is None:
        raise TypeError("Extractor expects a Lexicon or the path of a lexicon folder, got None; Extractor() uses the shipped lexicon")
    return Lexicon.coerce(lexicon)  # type: ignore[arg-type]


def _stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """What tells whether a folder's lexicon files changed: name, size and modification time."""
    stamp = []
    for name in DATA_FILES:
        try:
            info = (folder / name).stat()
        except OSError:
            continue
        stamp.append((name, info.st_size, info.st_mtime_ns))
    return tuple(stamp)


@functools.lru_cache(maxsize=8)
def _from_directory(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> Lexicon:
    """``Lexicon.from_directory`` once per folder and state of its files: ``extract(text, lexicon=DIR)``
    in a loop reads the folder and compiles its patterns once."""
    return Lexicon.from_directory(folder)
