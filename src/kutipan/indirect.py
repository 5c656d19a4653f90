"""Reported speech: the indirect rules (``rules.py``) over each sentence that holds a cue word,
outside the direct quotes; and the caller's attributions from other means (a parser)."""

from __future__ import annotations

import bisect
import itertools

from .candidates import Candidate, mention_at, overlap, within_any
from .document import Document
from .rules import Attribution, Sentence, attribute_indirect
from .spans import Span


def indirect_candidates(document: Document, direct: list[Candidate], per_paragraph: list[tuple[int, list[Span]]]) -> list[Candidate]:
    """Reported speech in the sentences with a cue word, outside the direct quotes."""
    text, lexicon = document.text, document.lexicon
    direct = sorted(direct, key=lambda d: d.content.start)
    masked = [(d.content.start - 1, d.content.end + 1) for d in direct]
    mask_starts = [a for a, _ in masked]
    mask_reach = list(itertools.accumulate((b for _, b in masked), max))  # furthest end so far
    scanned = document.scan()
    starts = scanned.cue_starts
    indirect: list[Candidate] = []
    for index, found in per_paragraph:
        before = None
        for span in found:
            first, last = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
            if first != last:  # no cue word in the sentence: nothing is reported there
                # the quotes that overlap the sentence: starting before its end, reaching past its start
                low, high = bisect.bisect_right(mask_reach, span.start), bisect.bisect_left(mask_starts, span.end)
                inside = tuple(m for m in masked[low:high] if span.start < m[1])
                sentence = Sentence(span, inside, before, scanned.cues(text, first, last))
                for attribution in attribute_indirect(text, sentence, lexicon):
                    assert attribution.content is not None
                    if attribution.rule == "passive_after" and indirect and overlap(indirect[-1].content, attribution.content):
                        continue  # 'Dia menambahkan, … . Hal itu disampaikannya …': already a quote
                    indirect.append(Candidate("indirect", attribution.content, attribution, mention_at(attribution), index))
            before = span
    direct_starts = [d.content.start for d in direct]
    direct_reach = list(itertools.accumulate((d.content.end for d in direct), max))
    return [d for d in indirect if not within_any(d.content, direct, direct_starts, direct_reach)]


def with_extra(document: Document, candidates: list[Candidate], extra: tuple[Attribution, ...]) -> list[Candidate]:
    """The caller's attributions (from a parser) where they overlap no quote of the rules'."""
    if not extra:
        return candidates
    text = document.text
    starts = [d.content.start for d in candidates]
    reach = list(itertools.accumulate((d.content.end for d in candidates), max))
    added = []
    for attribution in extra:
        content = attribution.content
        if content is None or attribution.mention is None or text[content.start : content.end] != content.text:
            continue
        high = bisect.bisect_left(starts, content.end)  # these start before it ends
        if high and reach[high - 1] > content.start and any(overlap(content, d.content) for d in candidates[:high]):
            continue
        index = max(0, bisect.bisect_right(document.paragraph_starts, content.start) - 1)
        added.append(Candidate("indirect", content, attribution, mention_at(attribution), index))
    return sorted(candidates + added, key=lambda d: d.content.start)
