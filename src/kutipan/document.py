"""The document every later stage reads (DESIGN.md, "document.py"): the text, its layout, where its
paragraphs and sentences stand, one scan of its cue and role words, and the capitalised words it
writes inside sentences and only at their start. Built once per text; later stages only read it,
bar the sentence starts, which the direct stage records as it splits each paragraph (a page may
hold a sentence every few characters: they are split once, where they are read)."""

from __future__ import annotations

import bisect
from array import array
from typing import Iterable, Iterator

import attrs
import regex

from . import roles
from .layout import QUOTABLE, names_read, read_layout
from .lexicon import Lexicon, word_class
from .spans import Span
from .text import CHUNK, LINE_ENDS, chunks, line_end, sentences
from .words import WORD_MARKS, words_of

WORD = regex.compile(r"(?<![\p{L}\p{N}\-])\p{L}[\p{L}\-]*")
# Conjunctions and prepositions that open a clause or phrase before the main one: its comma does
# not set off an appositive.
_SUBORDINATORS = word_class("subordinator")
# 'JAKARTA -', 'PURWOKERTO.SUARA.COM –', 'TRIBUNNEWS.COM, MEDAN -': what opens a first paragraph
DATELINE = regex.compile(r"(?:[\p{Lu}\p{N}][\p{Lu}\p{N}.,/()]*\s*)+[-–—]")
_ONE_OF = regex.compile(r"(?:salah\s+(?:satu|seorang)\s+(?:dari\s+)?(?:segelintir\s+|sedikit\s+|beberapa\s+)?)?")
_MIDSENTENCE = regex.compile(r"\p{Lu}(?<=[\p{Ll}\p{N},;)] \p{Lu})[\p{L}'’\-]*")  # look behind after the first letter: faster
_DERIVED = regex.compile(r"(?:(?:ber|me|mem|men|meng|meny|di|ter|ke|pe|pem|pen|peng|per)\p{Ll}{4,}|\p{Lu}\p{Ll}{3,}(?:an|kan|nya))$")
_OPENER = regex.compile(r"(?:^|(?<=[.!?]\s))[\"“”]?(\p{Lu}\p{Ll}+)", regex.MULTILINE)
_COPULA = regex.compile(r"\s+(?:adalah|merupakan|ialah|selaku|sebagai)\s+")


class Document:
    """One text read for extraction: shared by every stage, like a spaCy ``Doc``."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.layout = read_layout(text, lexicon)
        # the lines are read from the layout when needed, not kept as a list of Spans: a page may
        # hold a line every few characters
        self.paragraph_starts, self.paragraph_ends = array("q"), array("q")
        self.furniture = Stretches()
        # introductions are read in the article's lines: a caption's role ('Gubernur Sulbar, Suhardi
        # Duka, saat ditemui ...') yields to the body's ('Gubernur Sulawesi Barat (Sulbar) Suhardi Duka')
        self.outside = Stretches()
        for kind, start, end in self.layout.numbered():
            if kind in QUOTABLE:
                self.paragraph_starts.append(start)
                self.paragraph_ends.append(end)
            if kind != "body":
                self.outside.add(start, end)
            if not names_read(kind, text, start, end):
                self.furniture.add(start, end)
        self.sentence_starts = array("q")  # numbers, not objects: a page may hold a sentence every few characters
        self._capitals: frozenset[str] | None = None
        self._common: frozenset[str] | None = None
        self._lowered: frozenset[str] | None = None
        self._scanned: Scanned | None = None

    def sentences(self, paragraph: Span) -> list[Span]:
        """The sentences of a body paragraph, read in text order; their starts are kept for
        ``sentence_start``."""
        found = sentences(self.text, paragraph, self.lexicon)
        self.sentence_starts.extend(s.start for s in found)
        return found

    def prose_text(self) -> str:
        """The text with every line that is not prose blanked out, offsets kept."""
        if not self.furniture:
            return self.text
        pieces, at = [], 0
        for start, end in self.furniture:
            pieces += [self.text[at:start], " " * (end - start)]
            at = end
        return "".join(pieces) + self.text[at:]

    def scan(self) -> Scanned:
        """One pass over the document's words: where its cue words and its role words stand."""
        if self._scanned is None:
            # one dict look-up per word: 1 a role word, 2 a cue in any case the text may write it
            kinds = self.lexicon._memo("scan-kinds", lambda: _word_kinds(self.lexicon))
            text, find, n = self.text, self.text.find, len(self.text)
            scanned = self._scanned = Scanned()
            at = 0
            # the words come a stretch at a time (see text.chunks): only the few that count are
            # located again, in order, each from where the last one ended ('kata' inside
            # 'mengatakan' is skipped)
            plain = self.lexicon._memo("scan-plain", lambda: frozenset(filter(WORD.fullmatch, kinds)))
            for a, b in chunks(text):
                for word in _kind_words(text[a:b], plain):
                    start = find(word, at)
                    end = start + len(word)
                    while (start and (text[start - 1].isalnum() or text[start - 1] == "-")) or (end < n and (text[end].isalpha() or text[end] == "-")):
                        start = find(word, start + 1)
                        end = start + len(word)
                    kind = kinds[word]
                    if kind & 1:
                        scanned.role_starts.append(start)
                        scanned.role_ends.append(end)
                    if kind & 2:
                        scanned.cue_starts.append(start)
                        scanned.cue_ends.append(end)
                    at = end
        return self._scanned

    def paragraph_end(self, at: int) -> int:
        i = bisect.bisect_right(self.paragraph_starts, at) - 1
        return self.paragraph_ends[i] if i >= 0 else len(self.text)

    def subject_at(self, start: int) -> bool:
        """A cheap test first: a sentence or paragraph starts, or a comma stands, right before."""
        before = self.text[max(0, start - 3) : start]
        return not before.strip() or before.endswith(", ") or before[-2:-1] in ".!?\"”’-–—" or before[-1:] in LINE_ENDS

    def openers(self) -> frozenset[str]:
        """Capitalised common words: seen only where a sentence starts, and written in lower case
        elsewhere or built like a derived word ('Bersaing', 'Tujuan'); not names."""
        if self._common is None:
            self._common, self._lowered = self._find_openers()
        return self._common

    def lowered_openers(self) -> frozenset[str]:
        """The openers that the text also writes in lower case ('Kampus' ... 'pihak kampus'): surely
        common words, where a derived shape alone may be a name's ('Gibran', 'Setiawan')."""
        self.openers()
        assert self._lowered is not None
        return self._lowered

    def _find_openers(self) -> tuple[frozenset[str], frozenset[str]]:
        midsentence = self.midsentence()
        spaced = _spaced(self.text)  # w in spaced == f" {w} " in text, for w without spaces
        starting = {word for a, b in chunks(self.text) for word in _OPENER.findall(self.text, a, b) if word not in midsentence}
        lowered = frozenset(word for word in starting if word.lower() in spaced)
        return lowered.union(word for word in starting if _DERIVED.match(word)), lowered

    def midsentence(self) -> frozenset[str]:
        """Capitalised words that stand inside a sentence somewhere: names, not sentence openers."""
        if self._capitals is None:  # read in prose lines only: a headline capitalises every word
            text, found = self.text, set()
            if self.furniture:
                for kind, a, b in self.layout.numbered():
                    if names_read(kind, text, a, b):
                        found.update(_MIDSENTENCE.findall(text, a, b))
            else:
                for a, b in chunks(text):  # a stretch at a time: see text.chunks
                    found.update(_MIDSENTENCE.findall(text, a, b))
            self._capitals = frozenset(found)
        return self._capitals

    def sentence_start(self, at: int) -> int:
        """Where the sentence holding ``at`` starts."""
        i = bisect.bisect_right(self.sentence_starts, at) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def in_fronted_clause(self, at: int) -> bool:
        """Whether ``at`` stands in a clause that opens the sentence with a conjunction, before its
        comma: 'Sambil menunggu datangnya petugas Damkar, Darwato ...' (the comma ends the clause)."""
        start = self.sentence_start(at)
        first = self.text[start : start + 12].split(maxsplit=1)[:1]
        return bool(first) and first[0].lower() in _SUBORDINATORS and "," not in self.text[start:at]

    def subject(self, at: int) -> bool:
        """Whether a name at ``at`` stands where a sentence's subject does: first, or after a fronted phrase."""
        before = self.text[self.sentence_start(at) : at].rstrip()
        return (
            not before
            or before.endswith(",")
            or before in self.lexicon.word_set("connectives")
            or DATELINE.fullmatch(before) is not None
        )

    def role_after(self, name: Span) -> Span | None:
        """'Irul, grosir yang ...', 'Terry Dap adalah salah satu dari segelintir polisi'."""
        end = line_end(self.text, name.end)
        copula = _COPULA.match(self.text, name.end, end)
        if copula is not None:
            start = _ONE_OF.match(self.text, copula.end(), end).end()
            toks = self.text[start:end].split()
            if toks and words_of(self.lexicon).role(toks[0]):
                return roles.trim(self.text, Span.of(self.text, start, end), self.lexicon)
            return None
        return roles.appositive(self.text, name.end, end, self.lexicon)


@attrs.frozen
class Scanned:
    """Where a document's cue words and role words start and end: numbers, not Spans, since a
    page of endless cue words holds one every few characters (a Span is some 150 bytes)."""

    cue_starts: array[int] = attrs.field(factory=lambda: array("q"))
    cue_ends: array[int] = attrs.field(factory=lambda: array("q"))
    role_starts: array[int] = attrs.field(factory=lambda: array("q"))
    role_ends: array[int] = attrs.field(factory=lambda: array("q"))

    def cues(self, text: str, first: int, last: int) -> tuple[Span, ...]:
        """The cue words from the ``first`` to before the ``last``."""
        return tuple(Span.of(text, self.cue_starts[i], self.cue_ends[i]) for i in range(first, last))


class Stretches:
    """Stretches of text that do not overlap (the direct quotes, the reported words, lines of a
    page), asked in logarithmic time whether they hold a position. Kept as numbers: a page may
    hold a line every few characters."""

    def __init__(self, bounds: Iterable[tuple[int, int]] = ()) -> None:
        self.starts, self.ends = array("q"), array("q")
        for start, end in sorted(bounds):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """One more stretch, after the others."""
        self.starts.append(start)
        self.ends.append(end)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends)

    def hold(self, at: int) -> bool:
        i = bisect.bisect_right(self.starts, at) - 1
        return i >= 0 and self.starts[i] <= at < self.ends[i]


def _spaced(text: str) -> set[str]:
    """``set(text.split(" ")[1:-1])``: the pieces of text between two spaces, split a stretch at a
    time (see text.chunks), so that only the set of distinct pieces is ever held whole."""
    found: set[str] = set()
    start, last = text.find(" "), text.rfind(" ")
    while start < last:
        cut = text.find(" ", start + CHUNK, last)
        cut = last if cut < 0 else cut
        found.update(text[start + 1 : cut].split(" "))
        start = cut
    return found



def _kind_words(text: str, plain: frozenset[str]) -> list[str]:
    """``[w for w in WORD.findall(text) if w in plain]`` at a fraction of the cost: every mark
    that can neither be nor touch a word's letters becomes a space in one C pass (``words.WORD_MARKS``),
    so that splitting at white space gives the words themselves, and only the pieces left with a
    letter outside ASCII ('é', 'Jum'at' with an odd mark) go to the regex. ``plain``: the words of
    the scan that are their own only word (all, bar a lexicon's odd entry)."""
    # a digit, written ' 0': a word it follows still ends there ('kata2' holds 'kata'), and one it
    # goes before still does not start ('2kata' holds none, as WORD's look-behind says)
    cleaned = text.translate(WORD_MARKS).replace("0", " 0")
    if cleaned.isascii():
        return [piece for piece in cleaned.split() if piece in plain]
    found = []
    for piece in cleaned.split():
        if piece.isascii():
            if piece in plain:
                found.append(piece)
        else:
            found.extend(word for word in WORD.findall(piece) if word in plain)
    return found


def _word_kinds(lexicon: Lexicon) -> dict[str, int]:
    """Each role word (bit 1) and each cue form written lower, capitalised or upper (bit 2)."""
    kinds = dict.fromkeys(words_of(lexicon).roles, 1)
    for form in lexicon.cue_frames:
        for variant in (form, form.capitalize(), form.upper()):
            kinds[variant] = kinds.get(variant, 0) | 2
    return kinds
