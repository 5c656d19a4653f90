"""Page layout: what kind of block each line of a page is.

A page as users scrape it holds more than the article: a headline (often twice), a sub-headline,
bylines and a date line, photo captions and credits, boilerplate and, after the article, the
site's lists of related headlines, tags and comments. No quote is taken from any of them; the
names in headlines, sub-headlines and captions still tell who the page's people are.

The article's first paragraph usually opens with a dateline (``JAKARTA -``, ``TEMPO.CO,
Jakarta -``, ``Banjarbaru, SuratKabarDigital.com –``): what stands before it is furniture. A page
without one starts its article at the first line that reads as prose. A clean article body is all
``body``, save its ``Baca juga`` lines and link lists.

>>> text = "Budi Minta Maaf\\nKamis, 11 Januari 2018 - 22:55 WIB\\nJAKARTA - Budi Santoso meminta maaf."
>>> [(kind, line.text[:20]) for kind, line in read_layout(text, Lexicon.default()).labelled()]
[('headline', 'Budi Minta Maaf'), ('date', 'Kamis, 11 Januari 20'), ('body', 'JAKARTA - Budi Santo')]
"""

from __future__ import annotations

from array import array
from typing import Iterator

import attrs
import regex

from .lexicon import Lexicon, word_class
from .spans import Block, BlockKind, Span
from .text import chunks, each_paragraph

# Blocks whose words are the article's: quotes are taken from these only.
QUOTABLE = frozenset({"body"})
# A dateline is looked for in the first lines of a page only, and only before this share of its text.
_DATELINE_LINES = 12
_DATELINE_SHARE = 0.5
_DATELINE_CHARS = 1500
BULLETS = frozenset("•·▪►▸◦‣")
# Small words a title leaves in lower case: 'Harga Gabah Naik di Pasar', 'Petani Diminta Tak Jual Murah'.
_TITLE_SMALL = word_class("title_small")
_WORDS = regex.compile(r"\p{L}[\p{L}\p{N}'’\-]*")
_TOKEN = regex.compile(r"\([^()\n]*\)|[^\s,()]+")
_DOMAIN = regex.compile(r"\.(?:com|co|id|net|org|tv|news)\b", regex.IGNORECASE)
# a dash that ends a dateline: spaced ('JAKARTA - ', 'Jakarta, CNN Indonesia -- ') or, after
# capitals, unspaced ('SLEMAN-Kasus', 'KORAN SULTRA-Brigadir')
_DASH = regex.compile(r"\s*(?:--|[-–—])\s+|(?<=\p{Lu}{2})(?:--|[-–—])(?=\p{Lu}\p{Ll})|\s+(?:--|[-–—])(?=\p{Lu})")
_OPENING_MARKS = "\"“”«„"
_ENDING = regex.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»]$")
_BRACKETED_LINE = regex.compile(r"[(\[][^()\[\]\n]{1,60}[)\]]")
# a photo credit: '(Foto: Dok. Istimewa)', '(JIBI/Solopos/Dok.)', '(IDN Times/Lia Hutasoit)', 'ANTARA FOTO/...'
# (every alternative needs '(', '|' or 'ANTARA': _Marks.furniture tests for them before the search)
_CREDIT = regex.compile(
    r"\([^()\n]*(?<![\p{L}])(?i:Foto|Dok|Dokumentasi|Ilustrasi|Istimewa)(?![\p{L}])[^()\n]*\)"
    r"|\([^()\n]*\p{Lu}\p{Ll}+ \p{Lu}[^()\n]*/[^()\n]*\)\s*$|\([^()\n]*/[^()\n]*\p{Lu}\p{Ll}+ \p{Lu}[^()\n]*\)\s*$"
    r"|ANTARA FOTO/|\|\s*$"
)
# a photographer's credit closing a caption line: an outlet in capitals or a site, a slash, a name
_OUTLET_CREDIT = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}{3,}(?:\s\p{Lu}{3,})?|\p{L}+\.com)/\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,3}\s*$")
_CAPTION_DATE = regex.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\s(?:saat|ketika|tampak|terlihat)\s")


@attrs.frozen
class Layout:
    """Every line of a page and its kind, in text order; ``dateline`` is the place and site that
    open the article. Kept as numbers (where each line starts and ends) and a tuple of kinds, not
    an object per line: a page of very many short lines costs some 24 bytes a line. Each line's
    Span is made when it is asked for."""

    starts: array[int] = attrs.field(factory=lambda: array("q"), repr=False)  # where each line starts
    ends: array[int] = attrs.field(factory=lambda: array("q"), repr=False)  # and where it ends
    kinds: tuple[BlockKind, ...] = ()
    dateline: Span | None = None
    text: str = attrs.field(default="", repr=False)  # the page, to slice lines from

    @property
    def lines(self) -> tuple[Span, ...]:
        return tuple(line for _, line in self.labelled())

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The page as blocks: each run of lines of one kind is one block (``Result.layout``)."""
        blocks: list[Block] = []
        kinds = self.kinds
        i = 0
        while i < len(kinds):
            j = i
            while j + 1 < len(kinds) and kinds[j + 1] == kinds[i]:
                j += 1
            blocks.append(Block(kinds[i], Span.of(self.text, self.starts[i], self.ends[j])))
            i = j + 1
        return tuple(blocks)

    def numbered(self) -> Iterator[tuple[BlockKind, int, int]]:
        """Each line's kind, start and end: for the readers that need no Span."""
        return zip(self.kinds, self.starts, self.ends)

    def labelled(self) -> Iterator[tuple[BlockKind, Span]]:
        """Each line with its kind."""
        text = self.text
        return ((kind, Span(start, end, text[start:end])) for kind, start, end in self.numbered())

    def body(self) -> Iterator[Span]:
        """The lines quotes are taken from."""
        text = self.text
        return (Span(start, end, text[start:end]) for kind, start, end in self.numbered() if kind in QUOTABLE)

    def prose(self) -> Iterator[Span]:
        """The lines whose capitalised words are names, not title case: the body, captions and
        sentence-case sub-headlines (``Suhardi Duka menekankan pentingnya ...``)."""
        text = self.text
        return (Span(start, end, text[start:end]) for kind, start, end in self.numbered() if names_read(kind, text, start, end))

    def furniture(self) -> Iterator[Span]:
        """The lines that are not prose: where no name is read from capitalised words."""
        text = self.text
        return (Span(start, end, text[start:end]) for kind, start, end in self.numbered() if not names_read(kind, text, start, end))


def names_read(kind: BlockKind, text: str, start: int, end: int) -> bool:
    """Whether the capitalised words of a line of this kind are names (``Layout.prose``)."""
    # a body line is never title case, bar one with quotation marks (read_layout)
    return kind == "body" or (kind in ("caption", "subheadline") and not _title_like(text[start:end]))


def read_layout(text: str, lexicon: Lexicon) -> Layout:
    """Label every line of ``text``."""
    marks = _Marks.of(lexicon)
    starts, ends = array("q"), array("q")
    kinds: list[BlockKind | None] = []
    for line in each_paragraph(text):
        starts.append(line.start)
        ends.append(line.end)
        kinds.append(marks.furniture(line.text))
    if not kinds:
        return Layout()
    start, dateline = _body_start(text, _Lines(text, starts, ends), kinds)
    ended = False
    seen: set[str] = set()
    for i in range(len(kinds)):
        line = text[starts[i] : ends[i]]
        if i < start:
            if kinds[i] == "end":
                kinds[i] = "related"
            elif kinds[i] is None:
                kinds[i] = "headline" if not seen or line in seen else _before_body(line)
            seen.add(line)
            continue
        if ended or kinds[i] == "end":
            ended = True
            kinds[i] = "related"
        elif kinds[i] is None:
            kinds[i] = "subheadline" if i > start and _title_like(line) and _quoteless(line) else "body"
    return Layout(starts, ends, tuple(kinds), dateline, text)  # type: ignore[arg-type]


class _Lines:
    """The lines of a page read from their numbers, each Span made when it is asked for."""

    def __init__(self, text: str, starts: array[int], ends: array[int]) -> None:
        self.text, self.starts, self.ends = text, starts, ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> Span:
        return Span.of(self.text, self.starts[i], self.ends[i])

    def __iter__(self) -> Iterator[Span]:
        return map(self.__getitem__, range(len(self)))


@attrs.frozen
class _Marks:
    """The page words of one lexicon, ready for matching a line's opening."""

    openings: regex.Pattern[str]
    boilerplate: tuple[str, ...]
    date: regex.Pattern[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Marks:
        return lexicon._memo("layout-marks", lambda: cls._build(lexicon))

    @classmethod
    def _build(cls, lexicon: Lexicon) -> _Marks:
        groups = []
        for kind in ("byline", "caption", "end"):
            words = sorted((regex.escape(o) for o, k in lexicon.page if k == kind), key=len, reverse=True)
            if words:
                groups.append(rf"(?P<{kind}>{'|'.join(words)})")
        openings = regex.compile(
            r"(?i:" + "|".join(groups) + r")(?:\s*[:|/\-–—.]|\s+\p{Lu}|\s*$|(?=[^\n]{0,40}:$))" if groups else r"(?!)"
        )
        days = "|".join(regex.escape(w) for w, k in lexicon.calendar if k == "day") or "(?!)"
        months = "|".join(regex.escape(w) for w, k in lexicon.calendar if k == "month") or "(?!)"
        date = regex.compile(
            rf"(?i)(?<![\p{{L}}])(?:(?:{days}),?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{months})\.?\s+\d{{4}}|(?:{months})\s+\d{{1,2}},?\s+\d{{4}})"
        )
        boilerplate = tuple(p.lower() for p in lexicon.boilerplate)
        return cls(openings, boilerplate, date)

    def furniture(self, line: str) -> str | None:
        """The kind a line is by its own words (``end`` opens the page's tail), or None."""
        head = line[:60]
        if head[:1] in BULLETS:
            return "related"
        opening = self.openings.match(head)
        if opening is not None and (len(line) <= 100 or not line[opening.end() - 1 : opening.end()].isupper()):
            return opening.lastgroup  # not 'Oleh Fitri, uang itu ...'
        if head.lower().startswith(self.boilerplate):
            return "boilerplate"

        if len(line) <= 100 and _BRACKETED_LINE.fullmatch(line):
            return "byline"  # '(isa/idn)', '(Rudy Azhary/Red/SKD)'
        if len(line) <= 120 and self.date.search(line) and len(_WORDS.findall(line)) <= 14 and not _ENDING.search(line):
            return "date"
        if len(line) < 400 and ("(" in line or "|" in line or "ANTARA" in line) and _CREDIT.search(line) and not line.startswith(("\"", "“", "”")):
            return "caption"
        if len(line) < 400 and "/" in line[-40:] and _OUTLET_CREDIT.search(line, max(0, len(line) - 60)):
            return "caption"  # 'Menteri Kesehatan Budi Gunadi Sadikin. TEMPO/Subekti'
        return None


def _body_start(text: str, lines: _Lines, kinds: list[BlockKind | None]) -> tuple[int, Span | None]:
    """The line the article starts at, and its dateline."""
    first, last = lines.starts[0], lines.ends[-1]
    limit = first + max(_DATELINE_SHARE * (last - first), _DATELINE_CHARS)
    found: list[tuple[int, Span]] = []
    for i in range(min(len(lines), _DATELINE_LINES)):
        if lines.starts[i] > limit:
            break
        if kinds[i] is None and (dateline := _dateline(text, lines[i])) is not None:
            found.append((i, dateline))
    if found:
        i, dateline = next(((i, d) for i, d in found if _DOMAIN.search(d.text)), found[0])
        speech = next((j for j in range(i) if kinds[j] is None and lines[j].text[:1] in _OPENING_MARKS), i)
        return (i, dateline) if speech == i else (speech, None)  # someone's words are never page furniture
    for i in range(len(lines)):
        if kinds[i] is None and _prose(lines[i].text):
            return i, None
    return 0, None


def _dateline(text: str, line: Span) -> Span | None:
    """'JAKARTA - ', 'TEMPO.CO, Banda Aceh - ', 'Penajam (ANTARA Kaltim) - ', 'Suara.com - ':
    a place or a site, in capitals or with its domain, and a dash, opening the line."""
    dash = _DASH.search(line.text, 0, 80)
    if dash is None or dash.start() == 0:
        return None
    head = line.text[: dash.start()]
    tokens = _TOKEN.findall(head)
    if not 1 <= len(tokens) <= 7 or any(t[:1].islower() and not _DOMAIN.search(t) for t in tokens):
        return None
    loud = any(sum(c.isupper() for c in w) >= 2 and not any(c.islower() for c in w) for w in _WORDS.findall(head))
    if not (loud or _DOMAIN.search(head)):
        return None
    return Span.of(text, line.start, line.start + dash.end())


def _prose(line: str) -> bool:
    """A line of running text: it opens with a quotation mark, ends like a sentence, or is too long for a title."""
    if line[:1] in _OPENING_MARKS:
        return True
    if _title_like(line):
        return False
    return _ENDING.search(line) is not None or line.endswith(":") or _words_at_least(line, 15)


def _words_at_least(line: str, count: int) -> bool:
    """Whether the line has ``count`` words or more: a stretch at a time, up to the ``count``-th."""
    found = 0
    for a, b in chunks(line):
        found += len(_WORDS.findall(line, a, b))
        if found >= count:
            return True
    return False


def _title_like(line: str) -> bool:
    """Title case: nearly every word capitalised, no closing full stop ('Harga Gabah Naik, Petani Senang')."""
    if line.endswith(".") or line[:1] in "\"“”'‘":
        return False
    words: list[str] = []
    for a, b in chunks(line):  # a long line is read a stretch at a time, and no further than its 31st word
        words += [w for w in _WORDS.findall(line, a, b) if w.lower() not in _TITLE_SMALL]
        if len(words) > 30:
            return False
    if not words:
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= 0.75 * len(words)


def _quoteless(line: str) -> bool:
    return not any(mark in line for mark in "\"“”«„")


def _before_body(line: str) -> BlockKind:
    """A line before the article that no word marks: a caption of the lead photo, or the sub-headline."""
    if _title_like(line):
        return "headline"
    return "caption" if _CAPTION_DATE.search(line) else "subheadline"
