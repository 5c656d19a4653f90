"""The people of one document while its quotes are attributed: re-mentions by surname or first
name (``kata Clark``) join the full name (``Duncan Clark``), pronouns join the person in focus,
and ``settle`` cuts from a name the leading words the text uses for something else.
"""

from __future__ import annotations

import functools
from typing import Sequence

import attrs
import regex

from .lexicon import Lexicon
from .spans import Span, Speaker
from .words import (
    BODY_MARKERS,
    CAPITALISED,
    DEMONSTRATIVES,
    PLACE_MARKERS,
    PLURAL,
    _BRACKETED,
    _NAME_PART,
    _NAME_WORD,
    Words,
    _initials,
    words_of,
)

@attrs.define
class Person:
    """A person, body or unnamed source while one document is read."""

    name: Span
    kind: str = "person"
    role: Span | None = None
    mentions: list[Span] = attrs.field(factory=list)
    seen: set[tuple[int, int]] = attrs.field(factory=set, init=False, repr=False, eq=False)  # the mentions' offsets
    last: int = -1
    words: tuple[str, ...] = ()
    aliases: list[tuple[str, ...]] = attrs.field(factory=list)
    bounded: bool = True
    cut: bool = False  # whether ``settle`` cut leading words off the name
    members: list[Person] = attrs.field(factory=list)  # a group's people ('Fajar Alfian/Muhammad Rian Ardianto')

    def speaker(self) -> Speaker:
        name = self.name.text
        if self.kind == "organisation":
            name = _BRACKETED.sub("", name).strip()  # 'Kementerian Kesehatan (Kemenkes) RI'
        return Speaker(name=name, kind=self.kind, role=self.role, mentions=tuple(self.mentions))  # type: ignore[arg-type]

    def known_as(self, key: tuple[str, ...], exact: bool = True) -> bool:
        """Whether these name words point to this person: whole name, surname, first name, initials,
        alias; with ``exact`` off, also a one-letter typo of one name word ('Wait' for 'Wati')."""
        for words in (self.words, *self.aliases):
            if _contains(words, key) or _contains(key, words) or _initialled(words, key) or _initialled(key, words):
                return True
        if not exact and len(key) == 1 and len(key[0]) > 3:
            return any(len(word) > 3 and _edit1(word, key[0]) for word in self.words)
        return False


@functools.lru_cache(maxsize=20_000)  # the same names are keyed again and again: by the table, People, resolution
def _key(text: str) -> tuple[str, ...]:
    return tuple(w.lower().rstrip(".") for w in _NAME_WORD.findall(text))


def _initialled(full: Sequence[str], short: Sequence[str]) -> bool:
    """'Putri KW' for 'Putri Kusuma Wardani', 'Retno LP Marsudi' for 'Retno Lestari Priansari Marsudi'."""
    if len(short) < 2 or len(full) <= len(short) or full[0] != short[0]:
        return False
    rest = full[1:]
    initials = "".join(word[0] for word in rest)
    tail = "".join(short[1:])
    return tail == initials or (short[-1] == full[-1] and "".join(short[1:-1]) == "".join(w[0] for w in rest[:-1]))


# Persons kept under one word of the indexes of ``People``: the most recently mentioned.
INDEX_KEEP = 16


class People:
    """The persons of one document, in the order the text names them."""

    def __init__(self, text: str, lexicon: Lexicon, counted: str | None = None) -> None:
        self.text = text
        # where names are counted and their contexts read: the text with page furniture blanked
        # out ('Baca Juga: Jansen Akui ...' is no evidence that 'Jansen' stands apart)
        self.counted = text if counted is None else counted
        self.w = words_of(lexicon)
        self.persons: list[Person] = []
        # every word a person's name or alias has held -> those persons (a superset: entries are
        # checked against the person's words when used), and each person's place in ``persons``
        self._by_word: dict[str, list[Person]] = {}
        self._by_variant: dict[str, list[Person]] = {}  # the same for words of 4+ letters and each with one letter dropped
        self._order: dict[int, int] = {}
        self._by_role: dict[str, list[Person]] = {}   # each word of a person's role -> those persons
        self._unnamed: dict[tuple[str, tuple[str, ...]], Person] = {}
        self._groups: dict[tuple[int, ...], Person] = {}
        self._latest: dict[bool, Person] = {}         # the person last mentioned saliently: anyone, or persons only
        self._latest_many: Person | None = None       # the same among groups, bodies and descriptions of many
        self._first: dict[bool, Person] = {}          # the first one named: anyone, or persons only
        self._counts: dict[bool, dict[str, int]] = {}

    def _index(self, person: Person, *keys: tuple[str, ...]) -> None:
        """Record a person's new words; call after appending a person or giving one new words."""
        self._order.setdefault(id(person), len(self._order))
        for key in keys:
            for word in set(key):
                _remember(self._by_word, word, person)
                for variant in _dropped(word) if len(word) > 3 else ():
                    _remember(self._by_variant, variant, person)

    def _sharing(self, key: tuple[str, ...], kind: str) -> list[Person]:
        """The persons of this kind with a word of ``key`` in their words or an alias, most recent first."""
        if len(self._order) != len(self.persons):  # persons added from outside: index them all again
            self._by_word, self._by_variant, self._order = {}, {}, {}
            for person in self.persons:
                self._index(person, person.words, *person.aliases)
        shared = set(key)
        found = {id(p): p for word in shared for p in self._by_word.get(word, ())}
        near = [
            p for p in found.values()
            if p.kind == kind and (not shared.isdisjoint(p.words) or any(not shared.isdisjoint(a) for a in p.aliases))
        ]
        return sorted(near, key=lambda p: (-p.last, self._order[id(p)]))

    def find(self, name: Span, kind: str = "person") -> Person | None:
        """The person these name words point to, the one mentioned last first."""
        key = _key(name.text)
        if not key:
            return None
        # Exactly (whole name, part, initials, alias) a key names only someone who shares a word
        # with it: test those alone, so that a long document does not test every person each time.
        for person in self._sharing(key, kind):
            if person.known_as(key, True):
                return person
        if len(key) != 1 or len(key[0]) <= 3:
            return None  # not exact adds only one-letter typos of a one-word key
        # one letter changed, added, dropped or swapped: the two words share a one-letter-dropped form
        found = {id(p): p for variant in _dropped(key[0]) for p in self._by_variant.get(variant, ())}
        typos = [p for p in found.values() if p.kind == kind]
        for person in sorted(typos, key=lambda p: (-p.last, self._order[id(p)])):
            if person.known_as(key, False):
                return person
        return None

    def name(
        self, name: Span, at: Span, role: Span | None = None, kind: str = "person", salient: bool = True, bounded: bool = True
    ) -> Person:
        """The person this name points to, joined to an earlier one by full name, surname or first name."""
        key = _key(name.text)
        match = self.find(name, kind)
        if match is None:
            match = Person(name=name, kind=kind, words=key, bounded=bounded)
            self._add(match)
        elif len(key) > len(match.words) and (_contains(key, match.words) or _initialled(key, match.words)):
            match.name, match.words, match.bounded = name, key, bounded
            self._index(match, key)
        if role is not None and match.role is None:
            self.give_role(match, role)
        self._touch(match, at, salient)
        return match

    def give_role(self, person: Person, role: Span) -> None:
        person.role = role
        for word in set(_key(role.text)):
            _remember(self._by_role, word, person)

    def settle(self, common: frozenset[str], openings: frozenset[tuple[str, ...]] = frozenset()) -> None:
        """Cut from a name the leading words that the text uses for something else.

        Where role, unit and name run together without a comma or a rank, the name's first words
        are a guess: 'pelatih Persib Djadjang Nurdjaman' ('Persib Bandung' stands elsewhere: a body),
        'Direktur Utama PT Jasa Raharja Rivan ...' ('PT Jasa Raharja' elsewhere), 'Bersaing Prabowo'
        (a common word that opens a sentence). The words cut go to the role. ``openings``: the opening
        words (two or more, keyed) of the people the page names for sure: where the first words stand
        elsewhere before another's name, they are a given name ('Budi Hermawan' ... 'jubir KPK
        Budi Prasetyo'), not a body's.
        """
        named = [
            (person, [m.group() for m in _NAME_PART.finditer(person.name.text)])
            for person in self.persons
            if person.kind == "person" and len(person.words) >= 2
        ]
        wanted = {tuple(words[:n]) for person, words in named if not person.bounded for n in range(1, len(words))}
        contexts = _contexts(self.counted, wanted, self.w) if wanted else {}
        for person, words in named:
            k = 0
            while k < len(words) - 1 and len(words[k]) > 1 and words[k] in common:
                k += 1
            if not k and not person.bounded:
                alone = {m.text.split()[0] for m in person.mentions if m.text and len(m.text.split()) == 1}
                k = next((n for n in range(len(words) - 1, 0, -1) if _used_apart(words, n, contexts, self.w, openings)), 0)
                k = min([k, *(words.index(word) for word in alone if word in words)])  # 'Gibran mengaku': his name
                if not k:
                    k = self._remention_cut(person, words, alone)
            while k and words[k - 1] in self.w.given:
                k -= 1  # 'RSUP Prof Ngoerah I Wayan Sudana': a given-name word opens the name kept
            if k:
                self._cut(person, k)

    def _remention_cut(self, person: Person, words: list[str], alone: set[str]) -> int:
        """'Kepala KSOP Marunda Isa Amsyari' ... 'kata Isa': the name starts at 'Isa' when the words
        before it stand elsewhere in the text on their own ('warga Marunda')."""
        j = min((words.index(word) for word in alone if word in words[1:]), default=0)
        if not j:
            return 0
        role = person.role.text.split() if person.role is not None else []
        if 2 <= j < len(words) - 1 and role and self.w.unit(role[-1]) and not alone & set(words[:j]) and words[0] not in self.w.given:
            return j  # 'Pemimpin Redaksi Radio Sindo Trijaya Gaib Maruto Sigit' ... 'kata Gaib': a body's name before his
        if j == 1 and len(role) >= 2 and role[-2] in BODY_MARKERS and words[0] not in self.w.given:
            return j  # 'Universitas Halu Oleo Syamsir Nur' ... 'kata Syamsir': the body's name goes on into his

        name_count = self._count(" ".join(words), alone=False)
        for word in words[:j]:
            if word in alone:
                return 0  # 'kata Said' ... 'Iqbal mengatakan': both are Said Iqbal
            if self._count(word) <= name_count:
                return 0
        return j

    def _count(self, words: str, alone: bool = True) -> int:
        """How often the text holds these words (``alone``: not inside a longer word); counted once."""
        counts = self._counts.setdefault(alone, {})
        if words not in counts:
            pattern = rf"(?<![\p{{L}}]){regex.escape(words)}(?![\p{{L}}])" if alone else regex.escape(words)
            counts[words] = len(regex.findall(pattern, self.counted))
        return counts[words]

    def _cut(self, person: Person, k: int) -> None:
        offsets = [m.start() for m in _NAME_PART.finditer(person.name.text)]
        cut = person.name.start + offsets[k]
        if person.role is not None and 0 <= person.name.start - person.role.end <= 2:
            person.role = Span.of(self.text, person.role.start, len(self.text[:cut].rstrip()))
        person.name = Span.of(self.text, cut, person.name.end)
        person.words = _key(person.name.text)
        person.cut = True
        self._index(person, person.words)

    def alias(self, person: Person, name: Span) -> None:
        """'... yang akrab disapa Djanur': another name of the same person."""
        person.aliases.append(_key(name.text))
        self._index(person, person.aliases[-1])

    def focus(self, at: int, group: bool = False) -> Person | None:
        """The person last mentioned at or before ``at``: what 'dia' and '-nya' point to.

        Mentions are recorded in text order, so this is the last one recorded; the scan is left
        for an earlier place, or for a text that named people only in passing (their ``last`` is -1)."""
        latest = self._latest.get(group)
        if latest is not None and latest.last <= at:
            return latest
        if latest is None:
            return self._first.get(group)  # nobody mentioned saliently yet: the first one named
        before = [p for p in self.persons if p.last <= at and (p.kind == "person" or group)]
        return max(before, key=lambda p: p.last, default=None)

    def many_focus(self, at: int) -> Person | None:
        """The group, body or description of many people last mentioned saliently at or before
        ``at``: what 'mereka' points to ('sejumlah warga Boyolali melaporkan ... Mereka menduga')."""
        latest = self._latest_many
        if latest is None or latest.last <= at:
            return latest  # none mentioned saliently yet: nobody, and no scan (a page of many 'mereka' stays linear)
        before = [p for p in self.persons if _many(p) and 0 <= p.last <= at]
        return max(before, key=lambda p: p.last, default=None)

    def by_role(self, words: str, at: int) -> Person | None:
        """The person last mentioned before ``at`` whose role holds these words ('ujar Kapolda')."""
        key = set(_key(words)) - DEMONSTRATIVES
        if not key:
            return None
        holders = self._by_role.get(next(iter(key)), ())
        candidates = [p for p in holders if p.role is not None and p.last <= at and key <= set(_key(p.role.text))]
        return max(candidates, key=lambda p: p.last, default=None)

    def last_group(self, at: int) -> Person | None:
        """The group last mentioned at or before ``at`` ('keduanya')."""
        groups = [g for g in self._groups.values() if g.last <= at]
        return max(groups, key=lambda g: g.last, default=None)

    def group(self, name: Span, members: list[Person]) -> Person:
        """Two or more people who speak together, named as the page writes them ('Budi dan Ani')."""
        key = tuple(id(m) for m in members)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = Person(name=name, kind="group", words=_key(name.text), members=list(members))
            self._add(group)
        self._touch(group, name)
        return group

    def unnamed(self, description: Span, at: Span, kind: str = "unnamed") -> Person:
        key = _key(description.text)
        person = self._unnamed.get((kind, key))
        if person is None:
            person = self._unnamed[(kind, key)] = Person(name=description, kind=kind, words=key)
            self._add(person)
        self._touch(person, at)
        return person

    def _add(self, person: Person) -> None:
        self.persons.append(person)
        self._index(person, person.words)
        self._first.setdefault(True, person)
        if person.kind == "person":
            self._first.setdefault(False, person)

    def unnamed_with(self, words: set[str]) -> Person | None:
        """The unnamed source last mentioned whose description holds these words ('polisi')."""
        sharing = self._sharing(tuple(words), "unnamed")
        return next((p for p in sharing if words <= set(p.words)), None)

    def touch(self, person: Person, at: Span, salient: bool = True) -> None:
        self._touch(person, at, salient)

    def _touch(self, person: Person, at: Span, salient: bool = True) -> None:
        """Record a mention; only a salient one (a speaker, a subject) moves the focus."""
        if at.text and (at.start, at.end) not in person.seen:  # a set: a person named a thousand times stays linear
            person.seen.add((at.start, at.end))
            person.mentions.append(at)
        if salient:
            person.last = max(person.last, at.start)
            for group in (True, False):
                latest = self._latest.get(group)
                if (group or person.kind == "person") and (latest is None or person.last >= latest.last):
                    self._latest[group] = person
            if _many(person) and (self._latest_many is None or person.last >= self._latest_many.last):
                self._latest_many = person


def _many(person: Person) -> bool:
    """A group, a body, or an unnamed source described as many ('para pedagang', 'orang-orang')."""
    if person.kind in ("group", "organisation"):
        return True
    first = person.name.text.split(maxsplit=1)[:1]
    return person.kind == "unnamed" and bool(first) and (first[0].lower() in PLURAL or _REDUPLICATED.match(first[0]) is not None)


_REDUPLICATED = regex.compile(r"(\p{L}+)-\1$")  # 'orang-orang', 'warga-warga': many


def _remember(index: dict[str, list[Person]], word: str, person: Person) -> None:
    """Add a person under a word; a word shared by very many persons keeps the most recently
    mentioned ones only. No article comes near the limit; a text of endless names stays linear."""
    holders = index.setdefault(word, [])
    holders.append(person)
    if len(holders) > 2 * INDEX_KEEP:
        newest = holders.pop()
        holders.sort(key=lambda p: p.last)
        del holders[: len(holders) - INDEX_KEEP + 1]
        holders.append(newest)


Contexts = dict[tuple[str, ...], tuple[set[str | None], set[str | None]]]


def _contexts(text: str, wanted: set[tuple[str, ...]], w: Words) -> Contexts:
    """Where each wanted sequence of words stands in the text's runs of capitalised words: the
    words after it (None at a run's end), and those after it where a place marker comes before
    ('PT Jasa Raharja'). Not inside another name ('Bambang' of 'Susilo Bambang Yudhoyono'). One
    pass over the runs, whatever the number of names."""
    found: Contexts = {}
    lengths = sorted({len(prefix) for prefix in wanted})
    firsts = {prefix[0] for prefix in wanted}
    for m in CAPITALISED.finditer(text):
        if " " not in m.group():
            continue
        run = tuple(m.group().split())
        for i, word in enumerate(run):
            if word not in firsts or (i and w.name_word(run[i - 1]) and run[i - 1] not in PLACE_MARKERS):
                continue
            for n in lengths:
                if i + n > len(run):
                    break
                prefix = run[i : i + n]
                if prefix in wanted:
                    afters, placed = found.setdefault(prefix, (set(), set()))
                    after = run[i + n] if i + n < len(run) else None
                    afters.add(after)
                    if i and run[i - 1] in PLACE_MARKERS:
                        # the word right after a body's marker is the body's, whatever follows it
                        # ('PT Jakpro Widi Amanasto' ... 'Direktur Utama Jakpro Widi Amanasto')
                        body = n == 1 and run[i - 1] in BODY_MARKERS and word not in w.given and i + 2 < len(run)
                        placed.add(_BODY if body else after)
    return found


def _used_apart(words: Sequence[str], n: int, contexts: Contexts, w: Words, openings: frozenset[tuple[str, ...]]) -> bool:
    """Whether the first ``n`` words of a name stand elsewhere in a run of capitalised words
    that goes on with something other than the rest of the name ('Persib Bandung'), or after a
    place marker ('PT Jasa Raharja'); not where that run opens another person's name (``openings``)."""
    afters, placed = contexts.get(tuple(words[:n]), ((), ()))  # type: ignore[arg-type]
    nxt = words[n]
    return any(
        a is not None and a != nxt and not w.title(a) and not _initials(a) and _key(" ".join((*words[:n], a))) not in openings for a in afters
    ) or any(
        a != nxt and (a != _BODY or len(words) - n >= 2) for a in placed  # a body's word leaves a name of two
    )


_BODY = ""  # in a name's contexts: it stood right after a body's marker ('PT Jakpro')


def _dropped(word: str) -> set[str]:
    """The word and each form of it with one letter dropped: two words one edit apart share one."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether ``shorter`` is a run of ``longer``'s words ('Clark' in 'Duncan Clark')."""
    if not shorter or len(shorter) > len(longer):
        return False
    n = len(shorter)
    return any(tuple(longer[i : i + n]) == tuple(shorter) for i in range(len(longer) - n + 1))


def _edit1(a: str, b: str) -> bool:
    """One letter changed, added or dropped: a typo of a name at the cue ('Wait' for 'Wati')."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) < len(b):
        a, b = b, a
    return any(a[:i] + a[i + 1 :] == b for i in range(len(a)))
