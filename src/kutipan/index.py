"""A speaker index across documents: one entry per person or body, however each page names them.

Each document reports a speaker under the fullest name it gives (``Result.entities``), but pages
differ: one writes ``Muhammad Tito Karnavian``, the next ``Tito Karnavian``, a third ``Mendagri
Tito``. The index merges the names of a corpus in three steps, precise first:

1. **titles off**: names are compared by their words in lower case, leading titles, ranks and
   honorifics of the lexicon dropped (``Prof. Dr. Budi Santoso`` is ``budi santoso``);
2. **aliases**: the public aliases of ``data/aliases.tsv`` (``Jokowi`` -> ``Joko Widodo``), then
   each document's own aliases (``Result.entities[*].aliases``: ``SDK`` for ``Suhardi Duka``), the
   latter only where no two documents give the same alias to different people;
3. **contained**: a person's name that is a run of the words of longer names joins them when those
   names are all one person (``Tito Karnavian`` joins ``Muhammad Tito Karnavian``); with two
   candidates (``Budi`` beside ``Budi Santoso`` and ``Budi Gunawan``) it stays apart.

An entry is named by the fullest name of its group (the most words; among spellings of it, the one
used most). Bodies and unnamed sources merge by steps 1 and 2 only.

>>> import kutipan
>>> texts = ['"Kami siap," ujar Menteri Dalam Negeri Muhammad Tito Karnavian.',
...          'Tito Karnavian mengatakan bahwa pemilu aman.', '"Jalan terus," kata Jokowi.']
>>> index = speaker_index(map(kutipan.extract, texts))
>>> [(entry.name, entry.quotes, entry.documents, entry.variants) for entry in index]
[('Muhammad Tito Karnavian', 2, 2, ('Muhammad Tito Karnavian', 'Tito Karnavian')), ('Joko Widodo', 1, 1, ('Joko Widodo',))]
>>> index.find("Jokowi").name
'Joko Widodo'
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any, Hashable, Iterator, Sequence

import attrs

from .io import Documents, documents
from .lexicon import Lexicon, LexiconArg, word_class
from .people import _key
from .words import words_of

if TYPE_CHECKING:
    import pandas

Key = tuple[str, ...]
COLUMNS = ("speaker", "kind", "quotes", "direct", "indirect", "documents", "roles", "organisations", "names")


@attrs.frozen
class IndexEntry:
    """One person, body or unnamed source across a corpus.

    ``name`` is the fullest name of the group; ``variants`` every name the quotes carry (most used
    first); ``roles`` and ``organisations`` as written, most frequent first; ``docs`` the ids of the
    documents that quote it, in corpus order.
    """

    name: str
    kind: str
    quotes: int
    direct: int
    indirect: int
    documents: int
    roles: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    docs: tuple[Hashable, ...] = attrs.field(default=(), repr=False)

    def row(self) -> dict[str, Any]:
        """The entry as a row of ``speaker_summary`` (lists for the lists)."""
        return {
            "speaker": self.name,
            "kind": self.kind,
            "quotes": self.quotes,
            "direct": self.direct,
            "indirect": self.indirect,
            "documents": self.documents,
            "roles": list(self.roles),
            "organisations": list(self.organisations),
            "names": list(self.variants),
        }

    def __repr__(self) -> str:
        return f"IndexEntry({self.name!r}, {self.kind}, quotes={self.quotes}, documents={self.documents})"


@attrs.frozen
class SpeakerIndex(Sequence[IndexEntry]):
    """The entries of a corpus, most quoted first; ``find(name)`` looks a name up."""

    entries: tuple[IndexEntry, ...] = ()
    keys: dict[Key, int] = attrs.field(factory=dict, repr=False, eq=False)  # every name's key -> entry

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index):  # type: ignore[override]
        return self.entries[index]

    def __iter__(self) -> Iterator[IndexEntry]:
        return iter(self.entries)

    def find(self, name: str, lexicon: LexiconArg = None) -> IndexEntry | None:
        """The entry a name belongs to (any variant or known alias of it), or ``None``."""
        keys = _Keys(Lexicon.coerce(lexicon))
        for key in (keys.of(name), keys.aliases.get(keys.of(name), ())):
            found = self.keys.get(key)
            if found is not None:
                return self.entries[found]
        return None

    def rows(self) -> list[dict[str, Any]]:
        return [entry.row() for entry in self.entries]

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per entry (needs pandas): the columns of ``speaker_summary``."""
        from .frames import summary_frame

        return summary_frame(self.rows())

    def __repr__(self) -> str:
        top = ", ".join(repr(e.name) for e in self.entries[:3])
        more = ", ..." if len(self.entries) > 3 else ""
        return f"SpeakerIndex({len(self.entries)} speakers: {top}{more})"


class _Keys:
    """Name keys: the words in lower case, leading titles and honorifics off; and the public aliases.

    An alias is known by its words (``gus ipul``) and, as speakers' names lose their titles, by
    its words without them (``ipul``): a weak alias when that leaves one word, which then merges
    only where no other name in the corpus holds the word (``Emil`` is not ``Kang Emil`` beside
    an ``Emil Dardak``).
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.words = words_of(lexicon)
        self.aliases: dict[Key, Key] = {}
        self.weak: dict[Key, Key] = {}
        self.spelling: dict[Key, str] = {}
        for alias, full in lexicon.aliases:
            target = self.of(full)
            self.spelling.setdefault(target, full)
            self.aliases.setdefault(_key(alias), target)
            bare = self.of(alias)
            if bare != _key(alias):
                (self.aliases if len(bare) > 1 else self.weak).setdefault(bare, target)

    def of(self, name: str) -> Key:
        words = name.split()
        while len(words) > 1 and (self.words.title(words[0]) or self.words.honorific(words[0])):
            words = words[1:]
        return _key(" ".join(words)) or _key(name)


@attrs.define
class _Tally:
    """Counts for one key while the corpus is read."""

    names: Counter[str] = attrs.field(factory=Counter)
    kinds: Counter[str] = attrs.field(factory=Counter)
    roles: Counter[str] = attrs.field(factory=Counter)
    organisations: Counter[str] = attrs.field(factory=Counter)
    types: Counter[str] = attrs.field(factory=Counter)
    docs: dict[Hashable, None] = attrs.field(factory=dict)  # ordered set

    def add(self, other: _Tally) -> None:
        for mine, theirs in ((self.names, other.names), (self.kinds, other.kinds), (self.roles, other.roles),
                             (self.organisations, other.organisations), (self.types, other.types)):
            mine.update(theirs)
        self.docs.update(other.docs)


class _Groups:
    """Union-find over keys."""

    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def find(self, key: Key) -> Key:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: Key, b: Key) -> None:
        self.parent[self.find(a)] = self.find(b)


def corpus_argument(results: object, name: str) -> Documents:
    """The corpus argument, or a TypeError saying what a corpus is."""
    if isinstance(results, (str, bytes)) or not hasattr(results, "__iter__"):
        raise TypeError(
            f"{name} expects results: a mapping id -> Result, (id, Result) pairs or Results, got {type(results).__name__}"
        )
    return results  # type: ignore[return-value]


def speaker_index(results: Documents, *, lexicon: LexiconArg = None) -> SpeakerIndex:
    """Who is quoted across a corpus, one entry per person or body, most quoted first.

    ``results``: a mapping id -> result, (id, result) pairs, or bare results (numbered from 0).
    Quotes without a speaker are left out. See the module's documentation for how names merge.

    >>> import kutipan
    >>> texts = ['Budi Santoso mengatakan bahwa harga naik.', 'Budi Gunawan mengatakan bahwa harga turun.',
    ...          'Budi mengatakan bahwa harga tetap.']
    >>> [entry.name for entry in speaker_index(map(kutipan.extract, texts))]
    ['Budi', 'Budi Gunawan', 'Budi Santoso']
    """
    keys = _Keys(Lexicon.coerce(lexicon))
    tallies: dict[Key, _Tally] = defaultdict(_Tally)
    local: dict[Key, set[Key]] = defaultdict(set)  # a document's alias -> the names it was given to
    spelling = dict(keys.spelling)                 # names known as an alias's target: 'Joko Widodo'
    for doc, result in documents(corpus_argument(results, "speaker_index")):
        for entity in result.entities:
            full = keys.of(entity.name)
            for alias in entity.aliases:
                if _key(alias) and _key(alias) != full:
                    local[_key(alias)].add(full)
                    spelling.setdefault(full, entity.name)
        for quote in result:
            if quote.speaker is None:
                continue
            tally = tallies[keys.of(quote.speaker.name)]
            tally.names[quote.speaker.name] += 1
            tally.kinds[quote.speaker.kind] += 1
            tally.types[quote.kind] += 1
            tally.docs[doc] = None
            if quote.role is not None:
                tally.roles[quote.role.text] += 1
            if quote.organisation is not None:
                tally.organisations[quote.organisation.text] += 1
    groups = _Groups()
    for key in list(tallies):
        target = keys.aliases.get(key)
        if target is None and len(local.get(key, ())) == 1:
            target = next(iter(local[key]))  # a document's alias, given to one name in the whole corpus
        if target is not None and target != key:
            groups.join(key, target)
    _contained(tallies, groups, complete=set(keys.spelling), weak=keys.weak)
    members: dict[Key, list[Key]] = defaultdict(list)
    for key in groups.parent:
        members[groups.find(key)].append(key)
    for key in tallies:
        if key not in groups.parent:
            members[key].append(key)
    built = [(_entry(group, tallies, spelling), group) for group in members.values()]
    built.sort(key=lambda pair: (-pair[0].quotes, -pair[0].documents, pair[0].name.lower()))
    where = {key: number for number, (_, group) in enumerate(built) for key in group}
    return SpeakerIndex(tuple(entry for entry, _ in built), where)


def _contained(tallies: dict[Key, _Tally], groups: _Groups, *, complete: set[Key], weak: dict[Key, Key]) -> None:
    """Join each person's key to the longer keys it is a run of, when they are all one group.

    Where the candidates are several people, the one that shares the most role words with the key
    wins (``Prasetyo``, ``jubir KPK``, is ``Budi Prasetyo``, ``Juru Bicara KPK``, not ``Prasetyo
    Hadi``); without that, the only one whose name starts with the key: Indonesian news shortens
    a name to its first word (``Prabowo`` is ``Prabowo Subianto``, not ``Listyo Sigit Prabowo``,
    who is ``Sigit``). ``Budi`` beside ``Budi Santoso`` and ``Budi Gunawan`` stays apart. A full name of the alias file is
    complete: ``Zulkifli Hasan`` does not join ``Putri Zulkifli Hasan``. A weak alias (``ipul`` of
    ``Gus Ipul``) counts as one more candidate.
    """
    persons = [key for key, tally in tallies.items() if tally.kinds.most_common(1)[0][0] == "person"]
    by_word: dict[str, set[Key]] = defaultdict(set)
    for key in persons:
        for word in key:
            by_word[word].add(key)
    for key in sorted(persons, key=len):
        if key in complete:
            continue
        candidates = set.intersection(*(by_word[word] for word in key))
        longer = [other for other in candidates if len(other) > len(key) and _run(other, key)]
        if key in weak:
            longer.append(weak[key])
        if not longer:
            continue
        # the longest candidates: those not inside another candidate ('Tito Karnavian' is inside
        # 'Muhammad Tito Karnavian'); all of one group, or the one that starts with the key
        outer = [a for a in longer if not any(len(b) > len(a) and _run(b, a) for b in longer)]
        if len({groups.find(a) for a in outer}) > 1:
            outer = _by_role(key, outer, tallies) or [a for a in outer if a[: len(key)] == key]
        if outer and len({groups.find(a) for a in outer}) == 1:
            groups.join(key, outer[0])


ROLE_STOP = word_class("index_role_stop")


def _role_words(tally: _Tally | None) -> set[str]:
    if tally is None:
        return set()
    return {word for role in tally.roles for word in _key(role) if word not in ROLE_STOP}


def _by_role(key: Key, candidates: list[Key], tallies: dict[Key, _Tally]) -> list[Key]:
    """The one candidate sharing the most role words with the key, if one shares more than the rest."""
    own = _role_words(tallies.get(key))
    if not own:
        return []
    shared = sorted(((len(own & _role_words(tallies.get(c))), c) for c in candidates), reverse=True)
    if shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return []
    return [shared[0][1]]


def _run(longer: Key, shorter: Key) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _entry(group: list[Key], tallies: dict[Key, _Tally], spelling: dict[Key, str]) -> IndexEntry:
    total = _Tally()
    for key in group:
        if key in tallies:
            total.add(tallies[key])
    # the fullest name: the key of most words (then the most quoted); its spelling used most
    best = max(group, key=lambda k: (len(k), sum(tallies[k].types.values()) if k in tallies else 0, k))
    if best in tallies:
        names = tallies[best].names
        name = max(names, key=lambda n: (names[n], len(n), n))
    else:
        name = spelling[best]
    return IndexEntry(
        name=name,
        kind=total.kinds.most_common(1)[0][0],
        quotes=sum(total.types.values()),
        direct=total.types["direct"],
        indirect=total.types["indirect"],
        documents=len(total.docs),
        roles=_ranked(total.roles),
        organisations=_ranked(total.organisations),
        variants=_ranked(total.names),
        docs=tuple(total.docs),
    )


def _ranked(counts: Counter[str]) -> tuple[str, ...]:
    """Most frequent first; among equals in alphabetical order."""
    return tuple(sorted(counts, key=lambda item: (-counts[item], item)))
