"""Quotation marks: which mark opens, which closes, and the quoted stretches between them.

Marks are paired by their surroundings first and by their shape second, because news text uses
``”`` to open as well as to close (Kompas) and straight marks everywhere. A quote never runs past
its paragraph: an unclosed one ends where the paragraph ends, which is also how a quotation over
several paragraphs is written (each paragraph opens with a mark, only the last one closes).
"""

from __future__ import annotations

from typing import Iterable, Iterator

import attrs
import regex

from .spans import Span
from .text import BLANK, trimmed

DOUBLE_MARKS = (
    "\N{QUOTATION MARK}",
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    "\N{DOUBLE LOW-9 QUOTATION MARK}",
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}",
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)
SINGLE_MARKS = (
    "\N{APOSTROPHE}",
    "\N{LEFT SINGLE QUOTATION MARK}",
    "\N{RIGHT SINGLE QUOTATION MARK}",
    "\N{SINGLE LOW-9 QUOTATION MARK}",
)
# Shapes that only ever open or only ever close; the rest are read from their surroundings.
OPENING_SHAPES = frozenset(
    "\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}"
)
CLOSING_SHAPES = frozenset(
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
)
_DOUBLE = regex.compile("[" + "".join(DOUBLE_MARKS) + "]")
_SINGLE = regex.compile("[" + "".join(SINGLE_MARKS) + "]")
_ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
_NOT_BLANK = regex.compile("[^" + BLANK + "]")
_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")
_BEFORE_OPENING = set(" \t([{:;/—–-\u00a0") | set(DOUBLE_MARKS)
_AFTER_CLOSING = set(" \t,.;:!?)]}…—–-\u00a0") | set(DOUBLE_MARKS) | set(SINGLE_MARKS)


@attrs.frozen
class Quoted:
    """A quoted stretch: its marks (``None`` where missing) and the content between them."""

    content: Span
    opening: Span | None
    closing: Span | None
    single: bool = False

    @property
    def start(self) -> int:
        return self.opening.start if self.opening else self.content.start

    @property
    def end(self) -> int:
        return self.closing.end if self.closing else self.content.end


def _side(text: str, index: int, start: int, end: int) -> str:
    """'open', 'close' or '' (either) for the mark at ``index``, from the characters around it."""
    before = text[index - 1] if index > start else " "
    after = text[index + 1] if index + 1 < end else " "
    opens = before in _BEFORE_OPENING and not after.isspace()
    closes = not before.isspace() and (after in _AFTER_CLOSING or after.isspace())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return ""


def _shape(mark: str, is_open: bool) -> str:
    if mark in OPENING_SHAPES:
        return "open"
    if mark in CLOSING_SHAPES:
        return "close"
    return "close" if is_open else "open"


def quoted(text: str, paragraph: Span) -> list[Quoted]:
    """Quoted stretches of one paragraph, double marks first, then single ones outside them.

    A stretch with no letter and no digit between its marks (``"..."``, ``"?!"``, ``'"'``) says
    nothing and is left out, as an empty one is; its marks still pair and still hide the single
    marks inside them.

    >>> p = Span.of('Dia sudah \\'diampuni\\'. "Kami siap," ujar Budi pada Jum\\'at. "..."', 0, 63)
    >>> [q.content.text for q in quoted(p.text, p)]
    ['diampuni', 'Kami siap,']
    """
    return list(each_quoted(text, paragraph))


def each_quoted(text: str, paragraph: Span) -> Iterator[Quoted]:
    """``quoted``, one stretch at a time in text order: a paragraph of nothing but marks holds a
    stretch every few characters (a Quoted with its Spans is some 400 bytes), and the reader keeps
    only the few it takes."""
    start, end = paragraph.start, paragraph.end
    words = paragraph.text
    if not any(mark in words for mark in _ALL_MARKS):
        return  # most paragraphs: a few substring tests cost less than a regex call
    doubles = _pair(text, start, end, _DOUBLE, single=False)
    if not any(mark in words for mark in SINGLE_MARKS):
        yield from _built(text, doubles, single=False)
        return
    gap = start  # single marks pair between double stretches, each gap on its own, before the double after it
    for opening, content_start, content_end, closing in doubles:
        yield from _built(text, _pair(text, gap, opening if opening >= 0 else content_start, _SINGLE, single=True), single=True)
        yield from _built(text, [(opening, content_start, content_end, closing)], single=False)
        gap = closing + 1 if closing >= 0 else content_end
    yield from _built(text, _pair(text, gap, end, _SINGLE, single=True), single=True)


_Stretch = tuple[int, int, int, int]  # opening mark, content start, content end, closing mark (-1: none)


def _pair(text: str, start: int, end: int, marks: regex.Pattern[str], single: bool) -> Iterator[_Stretch]:
    """The stretches that the marks between ``start`` and ``end`` enclose, as they are found.

    A stretch with nothing but white space inside is left out.
    """
    paired = False  # a stretch was closed, empty ones included: an unopened one can only come first
    opening = -1
    for match in marks.finditer(text, start, end):
        index = match.start()
        side = _side(text, index, start, end)
        if single and not side:
            continue  # a mark between two letters or two spaces: an apostrophe or noise
        side = side or _shape(match.group(), opening >= 0)
        if opening < 0:
            if side == "open":
                opening = index
            elif not paired and not single and _starts_unopened(text, start, index):
                paired = True
                if _NOT_BLANK.search(text, start, index) is not None:
                    yield -1, start, index, index
        elif side == "close":
            paired = True
            if _NOT_BLANK.search(text, opening + 1, index) is not None:
                yield opening, opening + 1, index, index
            opening = -1
    if opening >= 0 and not single and _NOT_BLANK.search(text, opening + 1, end) is not None:
        yield opening, opening + 1, end, -1


def _starts_unopened(text: str, start: int, index: int) -> bool:
    """A closing mark with no opening one, after a whole clause: a quote whose opening mark is missing.

    News writes the second paragraph of a quotation without its mark now and then; the closing
    mark then follows a comma or a full stop (``…, kata dia.``).
    """
    return index - start > 20 and text[index - 1] in ",.!?"


def _built(text: str, stretches: Iterable[_Stretch], single: bool) -> Iterator[Quoted]:
    """Quoted stretches from ``_pair``'s numbers, those with a letter or a digit inside."""
    for opening, start, end, closing in stretches:
        content = trimmed(text, start, end) if _WORDLIKE.search(text, start, end) is not None else None
        if content is None:
            continue
        yield Quoted(
            content=content,
            opening=Span.of(text, opening, opening + 1) if opening >= 0 else None,
            closing=Span.of(text, closing, closing + 1) if closing >= 0 else None,
            single=single,
        )
