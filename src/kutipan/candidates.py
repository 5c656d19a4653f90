"""Candidates: quotes found before their speakers are resolved, and the one policy that settles
where candidates claim the same words (DESIGN.md, "candidates.py"). The direct and indirect stages
make them; ``merge`` and ``continued`` settle them; the resolution stage links their mentions and
reads what follows a direct quote's speaker (``context_of``: outlet, addressee, setting)."""

from __future__ import annotations

import bisect
import itertools
from typing import Optional

import attrs
import regex

from . import roles
from .rules import Attribution
from .spans import Span
from .text import line_end


@attrs.frozen
class Candidate:
    """A quote before its speaker is resolved."""

    kind: str
    content: Span
    attribution: Attribution | None
    at: int            # where the mention stands (the quote itself when there is none)
    paragraph: int
    closed: bool = True


Context = tuple[Optional[Span], Optional[Span], Optional[Span]]  # outlet, addressee, setting


def context_of(text: str, candidate: Candidate) -> Context:
    """Outlet, addressee and setting after a direct quote's speaker, up to the end of the sentence:
    '"...," kata Budi *kepada wartawan di Polsek Cilandak, Pondok Labu, Rabu (12/3)*.'"""
    attribution = candidate.attribution
    if attribution is None or attribution.end <= 0 or candidate.kind != "direct" or not attribution.rule.startswith("quote_"):
        return None, None, None
    stop = line_end(text, attribution.end)
    sentence_end = _FULL_STOP.search(text, attribution.end, stop)
    return roles.context(text, attribution.end, sentence_end.start() if sentence_end else stop)


_FULL_STOP = regex.compile(r"\.(?:\s|$)")


def mention_at(attribution: Attribution) -> int:
    """Where an attribution's mention stands (its cue where it names nobody)."""
    mention = attribution.mention
    if mention is not None:
        return mention.span.start
    return attribution.cue.start if attribution.cue else 0


def overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def within_any(inner: Span, candidates: list[Candidate], starts: list[int], reach: list[int]) -> bool:
    """Whether ``inner`` is ``inside`` a candidate's content; candidates sorted by start, ``reach`` the furthest end so far."""
    high = bisect.bisect_right(starts, inner.start)  # only these start at or before it
    if high == 0 or reach[high - 1] < inner.end:
        return False
    return any(inside(inner, k.content) for k in candidates[:high])


_MARKS = "\"'“”‘’«»„"
_EDGE = " \t,.;:!?-–—" + _MARKS
_WORDS = regex.compile(r"\p{L}+")
_OWN_WORDS = 3  # what an indirect quote must keep of its own beside a direct quote


def merge(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """One policy wherever a direct and an indirect candidate claim the same words: **the marks
    win**. A direct quote keeps every word between its marks. An indirect quote that overlaps one
    keeps only its longest stretch outside the marks that holds no part of its own attribution; if
    that stretch has fewer than three words of its own, the indirect quote goes, and a direct quote
    with no cue of its own takes its attribution ('"…," disampaikan Budi', '“…,” ditulis Budi di
    akun Instagram'). The one nesting kept: a fragment in marks inside the reported words that it
    belongs to (rule ``fragment``). Quotes come out sorted, never partly overlapping.
    """
    directs = [d for d in candidates if d.kind == "direct"]
    if not directs or len(directs) == len(candidates):
        return candidates
    bounds = [_marked(text, d.content) for d in directs]
    starts = [b[0] for b in bounds]
    reach = list(itertools.accumulate((b[1] for b in bounds), max))
    taken: dict[int, Candidate] = {}
    kept: list[Candidate] = []
    for candidate in candidates:
        if candidate.kind == "direct":
            continue
        own: Candidate | None = candidate
        high = bisect.bisect_left(starts, candidate.content.end)
        low = bisect.bisect_right(reach, candidate.content.start)
        for i in range(low, high):
            start, end = bounds[i]
            direct = directs[i]
            if own is None or end <= own.content.start or start >= own.content.end:
                continue
            fragment = direct.attribution is not None and direct.attribution.rule == "fragment"
            if fragment and inside(direct.content, own.content):
                continue
            piece = _own_piece(text, own, start, end)
            if piece is None:
                if direct.attribution is None and own.attribution is not None and id(direct) not in taken:
                    taken[id(direct)] = attrs.evolve(direct, attribution=own.attribution, at=own.at)
                own = None
            else:
                own = attrs.evolve(own, content=piece)
        if own is not None:
            kept.append(own)
    merged = [taken.get(id(d), d) for d in directs] + kept
    return sorted(merged, key=lambda d: (d.content.start, d.content.end))


def _marked(text: str, content: Span) -> tuple[int, int]:
    """A direct quote's stretch with its marks, where they stand right beside its words."""
    start = content.start - 1 if content.start and text[content.start - 1] in _MARKS else content.start
    end = content.end + 1 if content.end < len(text) and text[content.end] in _MARKS else content.end
    return start, end


def _own_piece(text: str, candidate: Candidate, start: int, end: int) -> Span | None:
    """The longest stretch of an indirect quote outside [start, end) that holds no part of its
    attribution and has words of its own, trimmed of marks and punctuation."""
    attribution = candidate.attribution
    claimed: list[Span] = []
    if attribution is not None and not attribution.rule.startswith("interrupting"):  # 'Semua orang, dia mengatakan, ...' holds its cue
        claimed = [s for s in (attribution.cue, attribution.mention.span if attribution.mention else None) if s is not None]
    best = None
    for a, b in ((candidate.content.start, start), (end, candidate.content.end)):
        if b <= a or any(a < c.end and c.start < b for c in claimed):
            continue
        piece = text[a:b]
        left = len(piece) - len(piece.lstrip(_EDGE))
        right = len(piece.rstrip(_EDGE))
        if right <= left or len(_WORDS.findall(piece, left, right)) < _OWN_WORDS:
            continue
        span = Span.of(text, a + left, a + right)
        if best is None or len(span) > len(best):
            best = span
    return best


def continued(candidates: list[Candidate]) -> list[Candidate]:
    """A paragraph of a quotation that the next paragraph continues takes that paragraph's cue."""
    out = list(candidates)
    for i in range(len(out) - 2, -1, -1):
        candidate, following = out[i], out[i + 1]
        if (
            candidate.kind == "direct"
            and not candidate.closed
            and following.kind == "direct"
            and following.paragraph == candidate.paragraph + 1
            and following.attribution is not None
        ):
            out[i] = attrs.evolve(candidate, attribution=attrs.evolve(following.attribution, rule="continued"), at=following.at)
    return out

