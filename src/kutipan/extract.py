"""Extractor: the stage list (DESIGN.md) that one document runs through, and nothing else.

    text -> Document (layout, paragraphs, sentences, cue and role words)
         -> direct candidates -> indirect candidates -> fragments in marks
         -> merge (the marks win) -> the caller's attributions -> continued paragraphs
         -> Resolver (table of people, introductions, sieves) -> Result
"""

from __future__ import annotations

from typing import Iterable

import attrs

from .candidates import continued, merge
from .direct import direct_candidates, fragments
from .document import Document
from .indirect import indirect_candidates, with_extra
from .lexicon import Lexicon, LexiconArg, check_people, lexicon_argument
from .resolve import Resolver
from .rules import Attribution
from .spans import Result


@attrs.frozen
class Extractor:
    """Finds quotes in Indonesian text and attributes them; build once, call per document.

    >>> extractor = Extractor()
    >>> [q.speaker.name for q in extractor('"Kami siap," ujar Budi Santoso.')]
    ['Budi Santoso']
    """

    lexicon: Lexicon = attrs.field(factory=Lexicon.default, converter=lexicon_argument)  # a Lexicon or a folder's path

    def __call__(self, text: str, *, people: Iterable[str] = (), attributions: Iterable[Attribution] = ()) -> Result:
        """Quotes of ``text``. ``people``: full names you know ('Duncan Clark' names 'kata Clark').
        ``attributions``: reported speech found by other means (a parser), each with its content,
        cue and mention; it joins the rules' finds where it overlaps none, before speakers are
        resolved, so its pronouns and surnames point where the rules' would."""
        if not isinstance(text, str):
            raise TypeError(f"kutipan.extract expects the text as str, got {type(text).__name__}")
        return _run(text, self.lexicon, check_people(people), tuple(attributions))


def extract(text: str, *, lexicon: LexiconArg = None, people: Iterable[str] = ()) -> Result:
    """Quotes of one document in text order, with who said them.

    >>> result = extract('Budi Santoso hadir. "Kami siap bekerja," ujarnya.')
    >>> quote = result.quotes[0]
    >>> quote.speaker.name, quote.mention.text
    ('Budi Santoso', 'nya')
    """
    extractor = _DEFAULT if lexicon is None else Extractor(lexicon)
    return extractor(text, people=people)


def _run(text: str, lexicon: Lexicon, people: tuple[str, ...], extra: tuple[Attribution, ...] = ()) -> Result:
    """One document through the stages, in order; each reads the ``Document`` and what the stage
    before it gave."""
    document = Document(text, lexicon)
    direct, pending, cued = direct_candidates(document)
    indirect = indirect_candidates(document, direct, cued)
    found = direct + fragments(document, pending, indirect) + indirect
    candidates = merge(text, sorted(found, key=lambda c: c.content.start))
    return Resolver(document, people).result(continued(with_extra(document, candidates, extra)))


_DEFAULT = Extractor()
