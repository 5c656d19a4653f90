"""Direct quotes: each quoted stretch of the body, attributed by the direct rules (``rules.py``),
joined to the attribution of the part before it ('"A," kata X, "B."'), or taken as speech with no
cue when it reads so; and the fragments in marks inside reported words."""

from __future__ import annotations

import bisect
from array import array

import attrs
import regex

from .candidates import Candidate, inside, mention_at
from .document import Document
from .marks import Quoted, each_quoted
from .rules import Attribution, Site, attribute_direct
from .spans import Span
from .text import title_case, word_count

_SPEECHLIKE_WORDS = 4
_SPLIT_GAP = regex.compile(r"[\s,:;]*(?:lalu|kemudian|dan|lagi)?[\s,:]*")  # '"A," kata X, "B."'
# Words that name a term rather than report words: 'frasa', 'istilah', 'berjudul' (not 'disebutnya
# sebagai': what a speaker calls something is his words).
_NAMING_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?:frasa|istilah|sebutan|julukan|berjudul|bertajuk|judul|tagar|slogan|tema|program|"
    r"hotline|label|visi|misi|moto|motto|jargon|semboyan|dengan\s+nama|bernama)\s*[:,]?\s*$"
)


def direct_candidates(document: Document) -> tuple[list[Candidate], array[int], list[tuple[int, list[Span]]]]:
    """Quoted stretches that a rule attributes or that read as speech; the rest, still pending
    (``fragments``); and the sentences of each paragraph with a cue word in it.

    Reported speech is found only in a sentence with a cue word, and its words lie in that
    sentence's paragraph: so the other paragraphs keep neither their sentences nor their
    pending stretches. What is kept is kept as numbers, not objects: a page of short lines or
    of nothing but marks holds a sentence or a stretch every few characters."""
    text, lexicon = document.text, document.lexicon
    cue_starts = document.scan().cue_starts
    candidates: list[Candidate] = []
    pending = array("q")  # four numbers a stretch: paragraph, start with the mark, content start and end
    per_paragraph: list[tuple[int, list[Span]]] = []
    for index, paragraph in enumerate(document.layout.body()):
        found = document.sentences(paragraph)
        cued = bisect.bisect_left(cue_starts, paragraph.start) != bisect.bisect_left(cue_starts, paragraph.end)
        if cued:
            per_paragraph.append((index, found))
        previous: Attribution | None = None
        previous_end = -1
        i = 0
        for stretch in each_quoted(text, paragraph):
            while i + 1 < len(found) and found[i + 1].start <= stretch.start:
                i += 1  # stretches and sentences both run in text order
            sentence = found[i] if found and found[i].start <= stretch.start < found[i].end else paragraph
            attribution = attribute_direct(text, Site(stretch, sentence, paragraph), lexicon)
            if attribution is None and previous is not None and stretch.opening is not None:
                gap = text[max(previous.end, previous_end) : stretch.opening.start]
                if previous.end > previous_end and _SPLIT_GAP.fullmatch(gap):
                    attribution = attrs.evolve(previous, rule="split_quote")  # '"A," kata X, "B."'
            if attribution is not None:
                candidates.append(Candidate("direct", stretch.content, attribution, mention_at(attribution), index, stretch.closing is not None))
                previous, previous_end = attribution, stretch.end
            elif _speechlike(stretch, sentence):
                # no cue names it, but it reads as speech: a paragraph that opens with a quote
                candidates.append(Candidate("direct", stretch.content, None, stretch.content.start, index, stretch.closing is not None))
                previous_end = stretch.end
            else:
                if cued:
                    pending.extend((index, stretch.start, stretch.content.start, stretch.content.end))
                previous_end = stretch.end
    return candidates, pending, per_paragraph


def fragments(document: Document, pending: array[int], indirect: list[Candidate]) -> list[Candidate]:
    """A fragment in marks inside reported words is a direct quote of the same speaker:
    'Ia menyatakan kabar itu "hoaks belaka"'."""
    starts = [d.content.start for d in indirect]  # reported stretches do not overlap: the host starts last before
    found = []
    for k in range(0, len(pending), 4):
        index, start, content_start, content_end = pending[k : k + 4]
        i = bisect.bisect_right(starts, content_start) - 1
        host = indirect[i] if i >= 0 else None
        if host is None or host.attribution is None:
            continue
        content = Span.of(document.text, content_start, content_end)
        if inside(content, host.content) and not _named_thing(document.text, content, start):
            found.append(Candidate("direct", content, attrs.evolve(host.attribution, rule="fragment"), host.at, index))
    return found


def _named_thing(text: str, content: Span, start: int) -> bool:
    """A name or term in marks, not words said: 'berjudul "Skandal Smanse"', 'frasa 'orang lain''."""
    if title_case(content.text):
        return True  # every word capitalised: a title, a programme, a name
    return _NAMING_BEFORE.search(text, max(0, start - 30), start) is not None


def _speechlike(stretch: Quoted, sentence: Span) -> bool:
    """A quote with no cue: double marks, opening its sentence, long enough to be words said."""
    if stretch.single or word_count(stretch.content.text, _SPEECHLIKE_WORDS) < _SPEECHLIKE_WORDS:
        return False
    if title_case(stretch.content.text):
        return False  # 'Detik Pagi, Jangan Tidur Lagi!': a title in marks
    start = stretch.opening.start if stretch.opening else stretch.content.start
    return start <= sentence.start
