"""Results: immutable spans, quotes, speakers and the result of one document.

Every offset slices the original text: ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from typing import Iterator, Literal

import attrs

Kind = Literal["direct", "indirect"]
SpeakerKind = Literal["person", "organisation", "unnamed", "group"]
BlockKind = Literal["headline", "subheadline", "byline", "date", "caption", "boilerplate", "related", "body"]


@attrs.frozen
class Span:
    """A stretch of the input: ``source[span.start:span.end] == span.text``.

    >>> Span.of("ujar Budi", 5, 9)
    Span(5, 9, 'Budi')
    """

    start: int
    end: int
    text: str

    @staticmethod
    def of(source: str, start: int, end: int) -> Span:
        span = _new(Span)  # Span(start, end, ...) without attrs' __init__, which sets each field through
        _set_start(span, start)  # a frozen class's guard: a page makes some hundred Spans a quote
        _set_end(span, end)
        _set_text(span, source[start:end])
        return span

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, {self.text!r})"

    def __len__(self) -> int:
        return self.end - self.start


_new = object.__new__
_set_start, _set_end, _set_text = (Span.__dict__[field].__set__ for field in ("start", "end", "text"))


@attrs.frozen
class Block:
    """One line of a page and what kind of line it is (``kutipan.layout``): quotes come from
    ``body`` lines only.

    >>> Block("headline", Span.of("Harga Naik", 0, 10))
    Block(headline, 0-10, 'Harga Naik')
    """

    kind: BlockKind
    span: Span

    def __repr__(self) -> str:
        words = self.span.text if len(self.span.text) <= 40 else self.span.text[:37] + "..."
        return f"Block({self.kind}, {self.span.start}-{self.span.end}, {words!r})"


@attrs.frozen
class Speaker:
    """One person, body or unnamed source quoted in a document.

    ``name`` is the fullest name in the document, without honorifics, titles and ranks
    (``Sri Mulyani Indrawati``); for an unnamed source it is the description (``seorang warga``).
    """

    name: str
    kind: SpeakerKind = "person"
    role: Span | None = None
    organisation: Span | None = None
    mentions: tuple[Span, ...] = ()
    members: tuple[str, ...] = ()  # a group's people by their full names ('kata Budi dan Ani')

    def __repr__(self) -> str:
        role = f", role={self.role.text!r}" if self.role else ""
        return f"Speaker({self.name!r}{role}, mentions={len(self.mentions)})"

    def _repr_html_(self) -> str:
        from .display import speaker_html

        return speaker_html(self)


@attrs.frozen
class Entity:
    """A person or body the page names anywhere (headline, caption, body, inside quotes), with every
    mention that names it: the table speakers are resolved through (``kutipan.entities``).

    ``name`` is its fullest name on the page, titles left out; ``aliases`` the other names the page
    gives it (``SDK``, ``Jokowi``).
    """

    name: str
    kind: SpeakerKind = "person"
    role: Span | None = None
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()

    def __repr__(self) -> str:
        role = f", role={self.role.text!r}" if self.role else ""
        return f"Entity({self.name!r}{role}, mentions={len(self.mentions)})"


@attrs.frozen
class Quote:
    """One quotation: what was said, the cue word, who said it and in what role.

    ``content`` excludes the quotation marks. ``mention`` is the word or words at the attribution
    site (``Clark``, ``dia``, ``nya``); ``speaker`` the entity they point to. ``outlet``,
    ``addressee`` and ``setting`` are the trailing context of the attribution
    (``dikutip detikINET dari CNBC``, ``kepada wartawan``, ``di Jakarta, Senin (12/3/2024)``).
    """

    kind: Kind
    content: Span
    cue: Span | None = None
    mention: Span | None = None
    speaker: Speaker | None = None
    role: Span | None = None
    organisation: Span | None = None
    outlet: Span | None = None
    addressee: Span | None = None
    setting: Span | None = None
    rule: str = ""                 # the rule that found the quote and its mention
    link: str = ""                 # the sieve that linked the mention to the speaker ('pronoun_focus', 'name+entity_alias')
    confidence: float | None = None  # the measured precision of the path (rule, link) on the gold sets (kutipan.confidence)

    @property
    def text(self) -> str:
        return self.content.text

    @property
    def start(self) -> int:
        return self.content.start

    @property
    def end(self) -> int:
        return self.content.end

    @property
    def position(self) -> str | None:
        """The role without its organisation: ``Kepala`` of ``Kepala Dinas Perhubungan``."""
        if self.role is None:
            return None
        if self.organisation is None:
            return self.role.text
        return self.role.text[: self.organisation.start - self.role.start].rstrip(" ,") or None

    def spans(self) -> Iterator[Span]:
        """Every span the quote holds: content, cue, mention, role, organisation and context."""
        for span in (self.content, self.cue, self.mention, self.role, self.organisation, self.outlet, self.addressee, self.setting):
            if span is not None:
                yield span

    def to_dict(self) -> dict[str, object]:
        """The gold record of ``shared/eval/FORMAT.md``, with plain strings, plus two extra keys:
        ``link`` and ``confidence``."""
        return {
            "type": self.kind,
            "text": self.content.text,
            "start": self.content.start,
            "end": self.content.end,
            "cue": self.cue.text if self.cue else None,
            "speaker": self.speaker.name if self.speaker else None,
            "mention": self.mention.text if self.mention else None,
            "role": self.role.text if self.role else None,
            "link": self.link or None,
            "confidence": self.confidence,
        }

    def __repr__(self) -> str:
        words = self.content.text if len(self.content.text) <= 40 else self.content.text[:37] + "..."
        who = self.speaker.name if self.speaker else None
        sure = "" if self.confidence is None else f", confidence={self.confidence:.2f}"
        return f"Quote({self.kind}, {words!r}, speaker={who!r}, rule={self.rule!r}{sure})"

    def _repr_html_(self) -> str:
        from .display import quote_html

        return quote_html(self)


@attrs.frozen
class Result:
    """The quotes of one document in text order, and who is quoted."""

    text: str = attrs.field(repr=False)
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    layout: tuple[Block, ...] = ()     # every line of the page with its kind: headline, caption, body ...
    entities: tuple[Entity, ...] = ()  # every person and body the page names, with all their mentions

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def __getitem__(self, index: int) -> Quote:
        return self.quotes[index]

    def spans(self) -> Iterator[Span]:
        """Every span of every quote and speaker: each one satisfies ``text[start:end] == span.text``."""
        for quote in self.quotes:
            yield from quote.spans()
        for speaker in self.speakers:
            if speaker.role is not None:
                yield speaker.role
            yield from speaker.mentions

    def to_dicts(self) -> list[dict[str, object]]:
        return [quote.to_dict() for quote in self.quotes]

    def __repr__(self) -> str:
        quotes = "1 quote" if len(self.quotes) == 1 else f"{len(self.quotes)} quotes"
        speakers = "1 speaker" if len(self.speakers) == 1 else f"{len(self.speakers)} speakers"
        return f"Result({quotes}, {speakers}, {len(self.text)} chars)"

    def _repr_html_(self) -> str:
        from .display import result_html

        return result_html(self)

    def to_dataframe(self) -> "pandas.DataFrame":  # type: ignore[name-defined]  # noqa: F821
        """One row per quote (needs pandas: ``pip install pandas``)."""
        from .frames import result_dataframe

        return result_dataframe(self)
