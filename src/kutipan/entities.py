"""The page's people and bodies, read from the whole page before any quote is attributed.

Attribution meets people through short forms: ``kata Budi``, ``ujar Alex``, ``kata Jokowi``,
``ujarnya`` after ``SDK``. The full name often stands elsewhere: in a caption, the lead, a sentence
that attributes nothing, a pair (``Fajar Alfian/Muhammad Rian Ardianto``), behind an alias
(``Suhardi Duka (SDK)``, ``Joko Widodo atau Jokowi``). This module reads every name of the page's
prose once, in one pass over its capitalised runs, clusters them into entities, and answers which
entity a short form names, through ordered matchers, the most precise first:

=========  =================================================================================
exact      the same name words (titles, ranks and honorifics are never part of a key)
alias      ``X (Y)``, ``X atau Y``, ``X alias Y``, ``X yang akrab disapa Y``; ``data/aliases.tsv``
initials   ``Budi AS`` for ``Budi Agus Santoso``
contained  a first name, surname or middle run of exactly one entity
nickname   a prefix of one name word of exactly one entity (``Alex`` for ``Alexander Marwata``)
typo       one letter apart, between names of one page (``Abdul Rahman`` / ``Abdul Rohman``)
acronym    a body's initials, asked apart (``BPS`` for ``Badan Pusat Statistik``)
=========  =================================================================================

A matcher that finds two entities answers nothing: a short form that could be either is left as
written. The table is frozen once built; resolution only reads it.

>>> import kutipan
>>> text = "Gubernur Sulawesi Barat Suhardi Duka (SDK) melantik direktur baru.\\n\\"Kami rotasi,\\" kata SDK."
>>> table = EntityTable.build(text, [Span.of(text, 0, len(text))], Lexicon.default())
>>> entity, matcher = table.lookup("SDK")
>>> entity.name.text, matcher
('Suhardi Duka', 'alias')
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

import attrs
import regex

from .lexicon import Lexicon
from .mentions import _named_role, read_forward, read_run, role_before
from .names import Mention
from .people import _contains, _dropped, _edit1, _initialled, _key
from .roles import appositive
from .spans import Entity, Span
from .words import CAPITALISED, NAMESAKE_TITLES, PLACES, VERB_LIKE, WORD_MARKS, Words, tokens, words_of

# Another name right after a name: 'Suhardi Duka (SDK)', 'Joko Widodo atau Jokowi', 'yang akrab disapa Djanur'.
_ALIAS = regex.compile(
    r"(?|\s*\((\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2})\)"
    r"|(?:\s+(?:atau|alias)\s+|,?\s+(?:yang\s+)?(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil)\s+)"
    r"(\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2}))"
)
# how an alias may follow a name (checked before the pattern: most words are followed by none)
_ALIAS_OPENINGS = (" (", "(", " atau ", " alias ", ", yang ", " yang ", " akrab ", " biasa ", " disapa ", " dipanggil ", ", akrab ")
# what may stand between a role's first capitalised run and the name it introduces: its unit,
# brackets, commas and linking words ('Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil')
_ROLE_GAP = regex.compile(
    r"(?:[\s,]+|\([^()\n]*\)|\p{Lu}[\p{L}\p{N}.'’\-]*|(?:dan|serta|di|dari|untuk|bidang|pada|of|and|&)(?![\p{L}]))*"
)
# a one-word re-mention is a nickname of a longer word only from this many letters on
_NICKNAME_MIN = 3
# a name set off by a comma right after another: the role before the first is the second's
_APPOSITIVE_NAME = regex.compile(r",\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}")
# a hospital named after a doctor, before a run: 'RSUP dr Kariadi Vivi Vira Virdianti'
_NAMESAKE_TITLES = tuple(title + end for title in NAMESAKE_TITLES for end in (" ", ". "))  # a cheap test first
_NAMESAKE = regex.compile(r"(?<![\p{L}])RS\p{Lu}*\s+(?:" + "|".join(NAMESAKE_TITLES) + r")\.?\s+$")
# the words that give a name after a description: 'seorang warga bernama Darwato'
_NAMING_WORDS = (" bernama ", " berinisial ")
# how far before a name a lower-case role is looked for (six words and more)
_ROLE_BEFORE = 60
# capitalised runs read per page at most: a page of endless names stays linear
_MAX_RUNS = 5000
# the rest of a word written with stops, after the capital letter a run of names ends at, and the
# names after it: 'S.I.K' ('Budi Santoso S.I.K. kepada'), 'S.W. Sumardjono' ('Maria S.W. Sumardjono')
_DOTTED = regex.compile(r"(?:\.[\p{L}\p{N}]+)+(?:\.?(?:[ ]\p{Lu}[\p{L}'’\-]*)+)?")


@attrs.define
class _Entry:
    """An entity while the table is built."""

    name: Span
    key: tuple[str, ...]
    kind: str = "person"
    role: Span | None = None
    mentions: list[Span] = attrs.field(factory=list)
    aliases: list[tuple[str, ...]] = attrs.field(factory=list)
    preferred: bool = False  # whether the role was read in the article's body
    bounded: bool = True  # False where the name's first word is a guess ('Persib Djadjang Nurdjaman')

    def entity(self) -> Entity:
        return Entity(
            name=self.name.text,
            kind=self.kind,  # type: ignore[arg-type]
            role=self.role,
            mentions=tuple(self.mentions),
            aliases=tuple(" ".join(a) for a in self.aliases),
        )


class EntityTable:
    """Every person and body the page names, and the matchers that find one from a short form."""

    def __init__(self, entries: list[_Entry], public: dict[tuple[str, ...], str]) -> None:
        self.entries = entries
        self.public = public  # well-known alias key -> the full name as data/aliases.tsv writes it
        self._by_word: dict[str, list[_Entry]] = {}
        self._indexes: dict[str, dict[str, list[_Entry]]] = {}
        for entry in entries:
            for word in {*entry.key, *(w for a in entry.aliases for w in a)}:
                self._by_word.setdefault(word, []).append(entry)

    @classmethod
    def build(
        cls,
        text: str,
        prose: Iterable[Span],
        lexicon: Lexicon,
        common: frozenset[str] = frozenset(),
        names: frozenset[str] | None = None,
        body: Iterable[Span] | None = None,
    ) -> EntityTable:
        """Read the names of the ``prose`` lines of ``text``. ``common``: capitalised words that only
        open sentences ('Kinerja'), which never start a name. ``names``: the capitalised words the
        text writes inside a sentence; a run opening a sentence whose first word is not one of them
        may open with a common word ('Kinerja Renita dalam ...') and is left out. ``body``: the
        article's own lines, whose roles go before those of captions and sub-headlines; ``prose``
        and ``body`` in text order, as the layout gives them (walked side by side: no set of a
        page's lines is built)."""
        body_lines = iter(body if body is not None else ())
        next_body = next(body_lines, None)
        w = words_of(lexicon)
        cues = lexicon.cue_frames
        found: list[_Found] = []
        runs = 0
        for line in prose:
            while next_body is not None and next_body.start < line.start:
                next_body = next(body_lines, None)
            preferred = body is None or (next_body is not None and (next_body.start, next_body.end) == (line.start, line.end))
            covered = line.start
            for match in CAPITALISED.finditer(text, line.start, line.end):
                runs += 1
                if runs > _MAX_RUNS:
                    break
                start, end = match.span()
                if text.startswith(".", end) and (dotted := _DOTTED.match(text, end)):
                    end = dotted.end()  # 'Budi Santoso S.I.K.', 'Budi S.H., M.H.': a degree's letters, whole
                if start < covered:
                    continue  # read with the role before it
                if text.endswith(_NAMESAKE_TITLES, line.start, start) and _NAMESAKE.search(text, max(line.start, start - 12), start):
                    start = text.find(" ", start, end) + 1  # 'RSUP dr Kariadi Vivi ...': the doctor's name is the hospital's
                    if not start:
                        continue
                run = text[start:end]
                if text.endswith(_NAMING_WORDS, line.start, start):
                    found.append(_named(text, start, end, line.start, w, preferred))  # 'seorang penulis berinisial YF'
                    continue
                first = run.split(" ", 1)[0]
                if " " not in run:
                    if not text.startswith(_ALIAS_OPENINGS, end) or not _ALIAS.match(text, end):
                        continue  # one word: a re-mention, not an introduction
                elif not any(map(w.name_word, run.split())) and not w.role(first) and first not in w.organisations:
                    continue  # 'Jakarta Selatan': no word of a personal name, no body's
                if names is not None and first not in names and w.name_word(first) and _opens_sentence(text, start, line.start):
                    continue
                mention = read_run(text, start, end, lexicon)
                if mention is not None and mention.kind == "role":
                    # a role with no name in its run reads on past brackets and commas: 'Gubernur
                    # Sulawesi Barat (Sulbar) Suhardi Duka', 'Kapolda Papua, Paulus Waterpau'
                    phrase = _ROLE_GAP.match(text, end, line.end).end()  # the name follows the role's words
                    mention = read_forward(text, start, phrase, lexicon)
                    if mention is None or mention.name is None:
                        continue
                    covered = mention.name.end
                if mention is None or mention.name is None or mention.kind not in ("name", "organisation"):
                    continue
                if mention.kind == "name" and mention.role is None and text[start - 2 : start][:1].islower():
                    mention = _role_before(text, mention, start, line.start, lexicon)
                if mention.kind == "name" and mention.role is None and mention.name is not None and text.startswith(", ", mention.name.end):
                    # the role set off after the name: 'Prof Dr Maria S.W. Sumardjono, Guru Besar Fakultas Hukum UGM'
                    mention = attrs.evolve(mention, role=appositive(text, mention.name.end, line.end, lexicon))
                name = mention.name
                words = name.text.split()
                if mention.kind == "name" and (
                    words[0] in common or words[0].lower() in cues or words[0] in PLACES or not all(w.name_word(x) or _initial(x) for x in words)
                ):
                    continue  # 'Menurut Ria', 'Kinerja Renita': a cue or a common word opening the sentence; 'Gedung BI': a place
                found.append(_found(text, mention, common, preferred))
        public = _public(lexicon)
        return cls(_joined(_cluster(found), public), public)

    def lookup(self, name: str, kind: str = "person") -> tuple[_Entry, str] | tuple[None, None]:
        """The one entity these name words point to, and the matcher that found it."""
        key = _key(name)
        if not key:
            return None, None
        sharing = {id(e): e for word in key for e in self._by_word.get(word, ()) if e.kind == kind}
        candidates = list(sharing.values())
        full = _key(self.public[key]) if key in self.public else None  # an alias shares no word with the full name ('Jokowi')
        public = [e for e in self.entries if e.kind == kind and e.key == full] if full is not None else []
        for matcher, test in (
            ("exact", lambda e: e.key == key),
            ("alias", lambda e: any(a == key for a in e.aliases) or e.key == full),
            ("initials", lambda e: _initialled(e.key, key)),
            ("contained", lambda e: _contains(e.key, key)),
        ):
            pool = candidates + public if matcher == "alias" else candidates
            hits = {id(e): e for e in pool if test(e)}
            if hits:
                return (next(iter(hits.values())), matcher) if len(hits) == 1 else (None, None)
        if len(key) == 1 and len(key[0]) >= _NICKNAME_MIN:
            nick = {id(e): e for e in self._indexed("prefix").get(key[0], ()) if e.kind == kind}
            if len(nick) == 1:
                return next(iter(nick.values())), "nickname"
            if nick:
                return None, None
        near = {id(e): e for word in key for form in _dropped(word) for e in self._indexed("dropped").get(form, ())}
        typos = [e for e in near.values() if e.kind == kind and _typo(e.key, key)]
        return (typos[0], "typo") if len(typos) == 1 else (None, None)

    def acronym(self, short: str, kind: str = "organisation") -> _Entry | None:
        """The one entity of this kind whose capitalised words' initials spell ``short``: 'BPS' for
        'Badan Pusat Statistik' (for bodies only where resolution asks: a person's acronym ('AHY') is
        a public alias, in data/aliases.tsv)."""
        spelled = [e for e in self.entries if e.kind == kind and _acronym(e.name.text) == short]
        return spelled[0] if len(spelled) == 1 else None

    def _indexed(self, how: str) -> dict[str, list[_Entry]]:
        """The entries by each proper prefix of their words ('prefix', from _NICKNAME_MIN letters
        on), or by each form of their words with one letter dropped ('dropped': two words one
        edit apart share one): built on first use, so that a page of many people never compares
        a short form with every entry."""
        index = self._indexes.get(how)
        if index is None:
            index = self._indexes[how] = {}
            for entry in self.entries:
                for word in set(entry.key):
                    forms = (word[:n] for n in range(_NICKNAME_MIN, len(word))) if how == "prefix" else _dropped(word)
                    for form in forms:
                        index.setdefault(form, []).append(entry)
        return index

    def public_name(self, name: str) -> str | None:
        """The full name of a well-known alias the page writes alone ('Zulhas' -> 'Zulkifli Hasan'),
        from ``data/aliases.tsv``; not for initials ('JK'), which a page may give anyone."""
        if name.isupper():
            return None
        return self.public.get(_key(name))

    def openings(self) -> frozenset[tuple[str, ...]]:
        """The first words (two or more, keyed) of each person whose name's first word is sure."""
        return frozenset(
            entry.key[:n] for entry in self.entries if entry.kind == "person" and entry.bounded for n in range(2, len(entry.key) + 1)
        )

    def entities(self) -> tuple[Entity, ...]:
        return tuple(entry.entity() for entry in self.entries)


# a name as read: the name, its kind, its role, an alias after it, whether its first word is sure,
# whether it stands in the article's body
_Found = tuple[Span, str, Optional[Span], Optional[tuple[str, ...]], bool, bool]


def _found(text: str, mention: Mention, common: frozenset[str], preferred: bool) -> _Found:
    assert mention.name is not None
    alias = _ALIAS.match(text, mention.name.end)
    alias_key = _key(alias.group(1)) if alias is not None and alias.group(1).split()[-1] not in common else None
    kind = "person" if mention.kind == "name" else "organisation"
    return (mention.name, kind, mention.role if kind == "person" else None, alias_key, mention.bounded, preferred)


def _cluster(found: Sequence[_Found]) -> list[_Entry]:
    """Names into entries, the longest first: a shorter name joins the one longer name holding it."""
    entries: list[_Entry] = []
    by_word: dict[str, list[_Entry]] = {}
    order = sorted(range(len(found)), key=lambda i: (-len(_key(found[i][0].text)), found[i][0].start))
    for i in order:
        name, kind, role, alias, bounded, preferred = found[i]
        key = _key(name.text)
        if not key:
            continue
        near = {id(e): e for word in key for e in by_word.get(word, ()) if e.kind == kind}
        holders = [e for e in near.values() if e.key == key or _contains(e.key, key) or _initialled(e.key, key)]
        if len(holders) > 1:
            continue  # 'Budi' of 'Budi Santoso' and 'Budi Hartono': nobody's alone
        if holders:
            entry = holders[0]
        else:
            entry = _Entry(name=name, key=key, kind=kind, bounded=bounded)
            entries.append(entry)
            for word in key:
                by_word.setdefault(word, []).append(entry)
        entry.mentions.append(name)
        if role is not None and (entry.role is None or (preferred and not entry.preferred)):
            entry.role, entry.preferred = role, preferred  # the body's own introduction before a caption's
        if alias and alias != key and alias not in entry.aliases:
            entry.aliases.append(alias)
            for word in alias:
                by_word.setdefault(word, []).append(entry)
    for entry in entries:
        entry.mentions.sort(key=lambda span: span.start)
    entries.sort(key=lambda entry: entry.mentions[0].start)
    return entries


def _joined(entries: list[_Entry], public: dict[tuple[str, ...], str]) -> list[_Entry]:
    """Entries named by a well-known alias joined to the one with the full name, where the page
    writes both ('Presiden Joko Widodo' ... 'ujar Presiden Jokowi'): one person."""
    by_key = {(entry.kind, entry.key): entry for entry in entries}
    kept = []
    for entry in entries:
        full = by_key.get((entry.kind, _key(public.get(entry.key, ""))))
        if full is None or full is entry:
            kept.append(entry)
            continue
        full.mentions = sorted(full.mentions + entry.mentions, key=lambda span: span.start)
        full.aliases.append(entry.key)
        full.role = full.role or entry.role
    return kept


def _acronym(name: str) -> str:
    """The initials of a name's capitalised words: 'Badan Pusat Statistik' -> 'BPS'."""
    words = name.split()
    return "".join(word[0] for word in words if word[:1].isupper()) if len(words) >= 2 else ""


def _public(lexicon: Lexicon) -> dict[tuple[str, ...], str]:
    return lexicon._memo("public-aliases", lambda: _public_keys(lexicon))


def _public_keys(lexicon: Lexicon) -> dict[tuple[str, ...], str]:
    """Each well-known alias by its key, and by its key without the honorific or title that opens
    it: a speaker's name is read without them ('kata Gus Ipul' names 'Ipul')."""
    w = words_of(lexicon)
    keys: dict[tuple[str, ...], str] = {}
    for alias, full in lexicon.aliases:
        keys.setdefault(_key(alias), full)
        first, _, rest = alias.partition(" ")
        if rest and (w.honorific(first) or w.title(first)):
            keys.setdefault(_key(rest), full)
    return keys


def _role_before(text: str, mention: Mention, at: int, line_start: int, lexicon: Lexicon) -> Mention:
    """A name read without a role, with the lower-case role written right before its run, if any:
    'menghubungi pemimpin redaksi detik.com Alfito Deannova Ginting'."""
    assert mention.span is not None
    if _APPOSITIVE_NAME.match(text, mention.span.end):
        return mention  # 'pengacara Lisa Mariana, Jhony Boy Nababan': Lisa's lawyer is Jhony
    start = max(line_start, at - _ROLE_BEFORE)
    w = words_of(lexicon)
    if not _may_hold_role(text[start:at], w):
        return mention  # no role word before it: most names, read without tokens
    toks = tokens(text, start, at)[1 if start > line_start else 0 :]  # the first word may be cut
    opening = role_before(toks, len(toks), w)
    if opening is None:
        return mention
    reading = read_forward(text, toks[opening].start, mention.span.end, lexicon)
    if reading is None or reading.kind != "name" or reading.name != mention.name or reading.role is None:
        return mention
    return reading


def _may_hold_role(window: str, w: Words) -> bool:
    """Whether a word of ``window`` may be a role word as ``tokens`` would cut it: translated with
    WORD_MARKS, each token's letters stand alone in a piece; text outside ASCII is not judged."""
    pieces = window.translate(WORD_MARKS).split()
    return not window.isascii() or any(w.role(piece) or w.role(piece.strip("-")) for piece in pieces)


def _named(text: str, start: int, end: int, line_start: int, w: Words, preferred: bool) -> _Found:
    """A name given by 'bernama', 'berinisial', with the description before as its role:
    'Seorang penulis kolom di situs berita detik.com berinisial YF' -> YF, 'penulis kolom ...'."""
    naming = text.rfind(" ", line_start, start - 1) + 1
    before = max(line_start, naming - _ROLE_BEFORE)
    toks = tokens(text, before, naming)[1 if before > line_start else 0 :]
    # the description starts after the last punctuation or verb: not 'Polisi mengungkap motif perempuan'
    clause = max((i + 1 for i, t in enumerate(toks) if not t.text[:1].isalnum() or VERB_LIKE.match(t.text)), default=0)
    words = text[start:end].split(" ")[:4]  # as words.NAMING reads it
    name = Span.of(text, start, start + len(" ".join(words)))
    return (name, "person", _named_role(text, toks[clause:], w), None, True, preferred)


def _opens_sentence(text: str, at: int, line_start: int) -> bool:
    before = text[max(line_start, at - 3) : at]
    return not before.strip(" \"“”'‘(") or before.rstrip(" \"“”'‘(")[-1:] in ".!?:"


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) <= 2 and word[:1].isupper()


def _typo(full: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """One name word one letter apart, the others equal: 'Abdul Rahman' for 'Abdul Rohman'."""
    if len(key) > len(full) or not key:
        return False
    n = len(key)
    for i in range(len(full) - n + 1):
        part = full[i : i + n]
        apart = [(a, b) for a, b in zip(part, key) if a != b]
        if len(apart) == 1 and len(apart[0][0]) > 3 and _edit1(*apart[0]) and (n > 1 or i == 0 or i == len(full) - 1):
            return True
    return False
