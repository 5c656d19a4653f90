"""Paragraphs and sentences as Spans; the input is never rewritten."""

from __future__ import annotations

from typing import Iterator

import regex

from .lexicon import Lexicon
from .spans import Span

# What str.splitlines() ends a line at: \n, \r, \v, \f, the file, group and record separators,
# NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. Each ends a paragraph.
LINE_ENDS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = regex.compile("[^" + LINE_ENDS + "]+")
_LINE_END = regex.compile("[" + LINE_ENDS + "]")
# A stop, then closing marks or brackets, then space, then what can open a sentence. A match
# starts only at the first stop of a run and no quantifier gives back (backtracking cannot help:
# what it gives back is a stop, a mark or a space, never what the look-ahead needs next), so a run
# of stops, marks or spaces is read once: the plain form retried every stop of a run, each time to
# its end, and "." * 16000 took seconds.
_STOP = regex.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s++[\"'“”‘„«(\[]?[\p{Lu}\p{N}])")
# Patterns anchored at the end of a window carry (?r): searched from the end, they cost the
# length of the match instead of the length of the window times the match.
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)\.?$")
# Real sentences stay under 2,300 characters (Detik, dev, PFSA); a longer one is not prose, and
# cutting it keeps each step that reads a sentence once per cue or quote linear in the text.
MAX_SENTENCE = 4000


# Every character for which str.isspace() holds, and the zero-width space and the BOM.
BLANK = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"
)

# What str.split() splits at: the characters for which str.isspace() holds.
SPACES = BLANK.replace("\u200b", "").replace("\ufeff", "")
_WORD_START = regex.compile(f"(?<![^{SPACES}])[^{SPACES}]")  # the first character of each word split() gives


def word_count(words: str, most: int) -> int:
    """``min(len(words.split()), most)``, without splitting more than ``most`` words off."""
    return len(words.split(None, most - 1)) if most > 0 else 0


def title_case(words: str) -> bool:
    """Whether every word (as ``str.split()`` gives them) opens with a capital or with no letter:
    'Detik Pagi, Jangan Tidur Lagi!'. Read word by word up to the first that does not, so that a
    stretch of a whole page is never split into a list of its words (60 bytes a word and more).

    >>> title_case("Detik Pagi, Jangan Tidur Lagi!"), title_case("Kami siap bekerja")
    (True, False)
    """
    for match in _WORD_START.finditer(words):
        first = match.group()
        if not first.isupper() and first.isalpha():
            return False
    return True


def trimmed(text: str, start: int, end: int) -> Span | None:
    """The stretch without white space at either end, or None when nothing is left."""
    chunk = text[start:end]
    body = chunk.strip(BLANK)
    if not body:
        return None
    start += len(chunk) - len(chunk.lstrip(BLANK))
    return Span.of(text, start, start + len(body))


def paragraphs(text: str) -> list[Span]:
    """Lines of the text, trimmed, empty ones left out: a line ends wherever ``str.splitlines``
    ends one (``\\n``, ``\\r\\n``, ``\\r``, ``\\v``, ``\\f``, ``\\x1c``-``\\x1e``, ``\\x85``,
    U+2028, U+2029).

    >>> [p.text for p in paragraphs("Satu.\\r\\n\\n  Dua. \\u2028Tiga.\\x0cEmpat.")]
    ['Satu.', 'Dua.', 'Tiga.', 'Empat.']
    """
    return list(each_paragraph(text))


def each_paragraph(text: str) -> Iterator[Span]:
    """``paragraphs``, one at a time: a page may hold a line every few characters."""
    for match in _LINE.finditer(text):
        span = trimmed(text, *match.span())
        if span is not None:
            yield span


def sentences(text: str, paragraph: Span, lexicon: Lexicon) -> list[Span]:
    """Sentences of one paragraph; abbreviations, initials, decimals and times do not end one.

    >>> p = paragraphs("Kata dr. Budi, Jl. Merdeka No. 5 ramai. Harga naik 5,2 persen pukul 10.30.")[0]
    >>> [s.text for s in sentences(p.text, p, Lexicon.default())]
    ['Kata dr. Budi, Jl. Merdeka No. 5 ramai.', 'Harga naik 5,2 persen pukul 10.30.']
    """
    known = abbreviations(lexicon)
    found = []
    start = paragraph.start
    for match in _STOP.finditer(text, paragraph.start, paragraph.end):
        if match.group()[:1] == ".":
            word = _WORD_BEFORE.search(text, max(paragraph.start, match.start() - 30), match.start())
            if word and (word.group(1).lower() in known or _is_initial(word.group(1))):
                continue
        span = trimmed(text, start, match.end())
        if span is not None:
            found.append(span)
        start = match.end()
    if start == paragraph.start:  # one sentence, the paragraph itself: no second copy of its text
        return _capped(text, paragraph)
    span = trimmed(text, start, paragraph.end)
    if span is not None:
        found.append(span)
    return [piece for span in found for piece in _capped(text, span)]


def _capped(text: str, span: Span) -> list[Span]:
    """A sentence longer than ``MAX_SENTENCE`` cut at white space into pieces no longer than that."""
    if len(span.text) <= MAX_SENTENCE:
        return [span]
    pieces = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
        cut = cut if cut > start else limit
        head = trimmed(text, start, cut)
        if head is not None:
            pieces.append(head)
        start = cut
    tail = trimmed(text, start, span.end)
    return pieces if tail is None else [*pieces, tail]


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def abbreviations(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's abbreviations in lower case ('dr', 'jl', 'kab'): a stop after one ends no
    sentence and no name ('Kab. Indramayu')."""
    return lexicon._memo("abbreviations", lambda: frozenset(a.lower() for a in lexicon.abbreviations))


# What a step that lists the words of a text reads at a time: a list of every word of a long text
# costs several times the text (about 60 bytes a word), a list per stretch stays bounded.
CHUNK = 1 << 16


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, int]]:
    """``text`` as stretches of about ``size`` characters or more, each cut made before a space,
    so that no word is split; all of it at once where there is no space.

    >>> list(chunks("satu dua tiga", 3))
    [(0, 4), (4, 8), (8, 13)]
    """
    start, n = 0, len(text)
    while start < n:
        cut = text.find(" ", start + size) if start + size < n else -1
        end = n if cut < 0 else cut
        yield start, end
        start = end


def line_end(text: str, start: int) -> int:
    """Where the paragraph goes on to from ``start``, looking no further than a sentence can run:
    what follows a name or a cue in a paragraph with no end is read in bounded time."""
    limit = min(len(text), start + MAX_SENTENCE)
    end = _LINE_END.search(text, start, limit)
    return limit if end is None else end.start()
