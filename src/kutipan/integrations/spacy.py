"""spaCy component ``kutipan``: quotes, cues, mentions and roles as span groups, and kutipan's objects.

Registered through the ``spacy_factories`` entry point, so once kutipan is installed
``nlp.add_pipe("kutipan")`` works on ``spacy.blank("id")`` with no model download. The extractor
reads ``doc.text``; it needs no tokens, tags or parses, and its offsets are the Doc's characters.

The Doc keeps only plain data (offsets and strings, in ``doc._.kutipan_data``); ``doc._.quotes``,
``doc._.speakers`` and ``doc._.kutipan`` rebuild kutipan's objects from it when read. So a
processed Doc goes through ``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(texts, n_process=2)`` and comes back with its quotes.

>>> import spacy
>>> nlp = spacy.blank("id")
>>> _ = nlp.add_pipe("kutipan")
>>> doc = nlp('"Kami siap," ujar Budi Santoso, Ketua RT 05.')
>>> [(span.text, span.label_, span.kb_id_) for span in doc.spans["kutipan"]]
[('Kami siap,', 'direct', 'Budi Santoso')]
>>> quote = doc.spans["kutipan"][0]
>>> quote._.speaker.name, quote._.cue.text, quote._.role.text
('Budi Santoso', 'ujar', 'Ketua RT 05')
>>> doc._.quotes[0].speaker.name
'Budi Santoso'
"""

from __future__ import annotations

import bisect
import html
from typing import Any

try:
    from spacy import displacy
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
except ImportError as error:  # pragma: no cover - exercised only without spaCy
    raise ImportError(
        "kutipan's spaCy component needs spaCy: pip install spacy (or pip install 'kutipan[spacy]')"
    ) from error

from ..extract import Extractor
from ..lexicon import Lexicon
from ..spans import Block, Entity, Quote, Result, Span, Speaker
from ..text import paragraphs

SPANS_KEY = "kutipan"
DATA_VERSION = 1
# displaCy colours, the same as kutipan's own notebook rendering (kutipan.display).
COLORS = {"direct": "#fde9a9", "indirect": "#d3e4fb", "cue": "#ffc9c9", "mention": "#b2f2bb", "role": "#d0bfff"}
# The Quote fields kept as [start, end] offsets in the plain data, besides content.
QUOTE_SPANS = ("cue", "mention", "role", "organisation", "outlet", "addressee", "setting")


def _doc_result(doc: Doc) -> Result | None:
    return _rebuilt(doc)[0]


def _doc_quotes(doc: Doc) -> tuple[Quote, ...]:
    result = _rebuilt(doc)[0]
    return result.quotes if result is not None else ()


def _doc_speakers(doc: Doc) -> tuple[Speaker, ...]:
    result = _rebuilt(doc)[0]
    return result.speakers if result is not None else ()


def _span_quote(span: SpacySpan) -> Quote | None:
    """The kutipan quote a span of ``doc.spans["kutipan"]`` stands for (same tokens, same kind)."""
    result, extents = _rebuilt(span.doc)
    if result is None:
        return None
    for quote, (start, end) in zip(result.quotes, extents):
        if (start, end) == (span.start, span.end) and span.label_ in (quote.kind, ""):
            return quote
    return None


def _span_speaker(span: SpacySpan) -> Speaker | None:
    quote = _span_quote(span)
    return quote.speaker if quote is not None else None


def _span_part(name: str):  # noqa: ANN202 - a getter
    def getter(span: SpacySpan) -> SpacySpan | None:
        quote = _span_quote(span)
        part = getattr(quote, name) if quote is not None else None
        return token_span(span.doc, part, name) if part is not None else None

    getter.__name__ = f"_span_{name}"
    return getter


# force=True: a reloaded module (or an older kutipan in the same process) must not keep stale getters.
Doc.set_extension("kutipan_data", default=None, force=True)
Doc.set_extension("kutipan", getter=_doc_result, force=True)
Doc.set_extension("quotes", getter=_doc_quotes, force=True)
Doc.set_extension("speakers", getter=_doc_speakers, force=True)
SpacySpan.set_extension("quote", getter=_span_quote, force=True)
SpacySpan.set_extension("speaker", getter=_span_speaker, force=True)
SpacySpan.set_extension("cue", getter=_span_part("cue"), force=True)
SpacySpan.set_extension("role", getter=_span_part("role"), force=True)


class QuoteFinder:
    """The pipeline component: runs kutipan over ``doc.text`` and stores what it finds.

    - ``doc.spans[spans_key]``: one span per quote, in text order, labelled ``direct`` or
      ``indirect``, with the speaker's name as ``kb_id_``, widened to whole tokens (the mark-free
      content may end inside a token). ``span._.speaker`` (a ``Speaker``), ``span._.cue`` and
      ``span._.role`` (spaCy spans) and ``span._.quote`` (the ``Quote``) on each.
    - ``doc.spans[spans_key + "_cues"]``, ``..._mentions``, ``..._roles``: the cue, the speaker's
      mentions and the roles, labelled ``cue``, ``mention``, ``role``, ``kb_id_`` the speaker's name.
    - ``doc._.kutipan_data``: the plain data (offsets and strings) the Doc keeps; ``doc._.quotes``,
      ``doc._.speakers`` and ``doc._.kutipan`` (the whole ``Result``) are rebuilt from it when read.
    """

    def __init__(self, extractor: Extractor, spans_key: str = SPANS_KEY) -> None:
        self.extractor = extractor
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        result = self.extractor(doc.text)
        groups = span_groups(doc, result)
        doc.spans[self.spans_key] = groups.pop("quotes")
        for key, spans in groups.items():
            doc.spans[f"{self.spans_key}_{key}"] = spans
        doc._.kutipan_data = to_data(result)
        return doc


@Language.factory(
    "kutipan",
    default_config={"lexicon": None, "spans_key": SPANS_KEY},
    requires=[],
    assigns=["doc.spans", "doc._.kutipan_data", "doc._.quotes", "doc._.speakers", "doc._.kutipan"],
)
def make_kutipan(nlp: Language, name: str, lexicon: str | None, spans_key: str) -> QuoteFinder:
    """``nlp.add_pipe("kutipan", config={"lexicon": "path/to/lexicon"})``; no lexicon: the default."""
    if not isinstance(spans_key, str) or not spans_key:
        raise TypeError(f"the kutipan component's spans_key must be a non-empty str, got {spans_key!r}")
    return QuoteFinder(Extractor(Lexicon.coerce(lexicon)), spans_key)


def span_groups(doc: Doc, result: Result) -> dict[str, list[SpacySpan]]:
    """The spaCy spans of a result: ``quotes`` (one per quote, in order), ``cues``, ``mentions``, ``roles``."""
    groups: dict[str, dict[tuple[int, int], SpacySpan]] = {"cues": {}, "mentions": {}, "roles": {}}
    quotes = []
    for quote in result:
        name = quote.speaker.name if quote.speaker is not None else ""
        quotes.append(token_span(doc, quote.content, quote.kind, name))
        for key, part in (("cues", quote.cue), ("mentions", quote.mention), ("roles", quote.role)):
            _add(groups[key], doc, part, key[:-1], name)
    for speaker in result.speakers:
        for mention in speaker.mentions:
            _add(groups["mentions"], doc, mention, "mention", speaker.name)
        _add(groups["roles"], doc, speaker.role, "role", speaker.name)
    return {"quotes": quotes, **{key: sorted(found.values(), key=lambda s: (s.start, s.end)) for key, found in groups.items()}}


def _add(found: dict[tuple[int, int], SpacySpan], doc: Doc, part: Span | None, label: str, name: str) -> None:
    if part is None or part.end <= part.start:
        return
    tokens = token_span(doc, part, label, name)
    if len(tokens) and (tokens.start, tokens.end) not in found:
        found[tokens.start, tokens.end] = tokens


def token_span(doc: Doc, span: Span, label: str, kb_id: str = "") -> SpacySpan:
    """The tokens covering a character span; an empty span at the nearest token if none do."""
    found = doc.char_span(span.start, span.end, label=label, kb_id=kb_id, alignment_mode="expand")
    if found is None:
        index = bisect.bisect_left([token.idx for token in doc], span.start)
        found = SpacySpan(doc, index, index, label=label, kb_id=kb_id)
    return found


# Plain data: what the Doc keeps. Only dicts, lists, str, int and None, so msgpack (Doc.to_bytes,
# DocBin, nlp.pipe's worker processes) carries it; offsets index doc.text.


def to_data(result: Result) -> dict[str, Any]:
    """A result as plain data: speakers and quotes with ``[start, end]`` offsets, no text.

    >>> import kutipan
    >>> data = to_data(kutipan.extract('"Kami siap," ujar Budi.'))
    >>> data["quotes"][0]["content"], data["quotes"][0]["speaker"], data["speakers"][0]["name"]
    ([1, 11], 0, 'Budi')
    """
    speakers = list(result.speakers)
    index = {id(speaker): i for i, speaker in enumerate(speakers)}
    for quote in result:  # a speaker only a quote holds (never so from Extractor; kept for safety)
        if quote.speaker is not None and id(quote.speaker) not in index:
            index[id(quote.speaker)] = len(speakers)
            speakers.append(quote.speaker)
    return {
        "version": DATA_VERSION,
        "speakers": [
            {
                "name": speaker.name,
                "kind": speaker.kind,
                "role": _offsets(speaker.role),
                "organisation": _offsets(speaker.organisation),
                "mentions": [_offsets(mention) for mention in speaker.mentions],
                "members": list(speaker.members),
            }
            for speaker in speakers
        ],
        "quotes": [
            {
                "kind": quote.kind,
                "content": _offsets(quote.content),
                "speaker": index[id(quote.speaker)] if quote.speaker is not None else None,
                **{name: _offsets(getattr(quote, name)) for name in QUOTE_SPANS},
                "rule": quote.rule,
                "link": quote.link,
                "confidence": quote.confidence,
            }
            for quote in result
        ],
        "quoted": len(result.speakers),
        "layout": [[block.kind, block.span.start, block.span.end] for block in result.layout],
        "entities": [
            {
                "name": entity.name,
                "kind": entity.kind,
                "role": _offsets(entity.role),
                "mentions": [_offsets(mention) for mention in entity.mentions],
                "aliases": list(entity.aliases),
            }
            for entity in result.entities
        ],
    }


def from_data(text: str, data: dict[str, Any]) -> Result:
    """The ``Result`` that ``to_data`` was given, from its data and the text."""
    if data.get("version") != DATA_VERSION:
        raise ValueError(f"kutipan data of version {data.get('version')!r}; this kutipan reads version {DATA_VERSION}")

    def span(offsets: list[int] | None) -> Span | None:
        return None if offsets is None else Span.of(text, offsets[0], offsets[1])

    speakers = [
        Speaker(
            name=entry["name"],
            kind=entry["kind"],
            role=span(entry["role"]),
            organisation=span(entry["organisation"]),
            mentions=tuple(Span.of(text, start, end) for start, end in entry["mentions"]),
            members=tuple(entry.get("members", ())),
        )
        for entry in data["speakers"]
    ]
    quotes = tuple(
        Quote(
            kind=entry["kind"],
            content=Span.of(text, *entry["content"]),
            speaker=speakers[entry["speaker"]] if entry["speaker"] is not None else None,
            rule=entry["rule"],
            link=entry.get("link", ""),
            confidence=entry.get("confidence"),
            **{name: span(entry[name]) for name in QUOTE_SPANS},
        )
        for entry in data["quotes"]
    )
    layout = tuple(Block(kind, Span.of(text, start, end)) for kind, start, end in data.get("layout", ()))
    entities = tuple(
        Entity(
            name=entry["name"],
            kind=entry["kind"],
            role=span(entry["role"]),
            mentions=tuple(Span.of(text, start, end) for start, end in entry["mentions"]),
            aliases=tuple(entry["aliases"]),
        )
        for entry in data.get("entities", ())
    )
    return Result(text=text, quotes=quotes, speakers=tuple(speakers[: data["quoted"]]), layout=layout, entities=entities)


def _offsets(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


# The last Doc's rebuilt result: reading doc._.quotes in a loop rebuilds it once. One entry, replaced
# whole (a tuple), so threads see either the old or the new one; it holds the data it was built from.
_LAST: list[tuple[Any, int, Result | None, list[tuple[int, int]]]] = []


def _rebuilt(doc: Doc) -> tuple[Result | None, list[tuple[int, int]]]:
    """The result kept in ``doc._.kutipan_data`` and each quote's token extents, or ``(None, [])``."""
    data = doc._.kutipan_data
    if data is None:
        return None, []
    last = _LAST[0] if _LAST else None
    if last is not None and last[0] is data and last[1] == len(doc):
        return last[2], last[3]
    result = from_data(doc.text, data)
    extents = [(s.start, s.end) for s in (token_span(doc, quote.content, quote.kind) for quote in result)]
    _LAST[:] = [(data, len(doc), result, extents)]
    return result, extents


# displaCy


def render_data(doc: Doc) -> list[dict[str, Any]]:
    """displaCy's manual ``span`` data of a processed Doc: one entry per paragraph (displaCy draws
    each as a block, so paragraph breaks stay), with each quote labelled by its kind and its
    speaker's name, and its cue, mention and role. Where a label would run into another on its
    row, the span is drawn a row lower (an invisible span holds the row)."""
    result = doc._.kutipan
    if result is None:
        raise ValueError("this Doc has not been through the 'kutipan' component")
    spans, seen = [], set()
    for quote in result:
        name = quote.speaker.name if quote.speaker is not None else ""
        parts = ((quote.content, quote.kind, name), (quote.cue, "cue", ""), (quote.mention, "mention", ""), (quote.role, "role", ""))
        for part, label, kb_id in parts:
            if part is not None and part.end > part.start:
                tokens = token_span(doc, part, label, kb_id)
                if (tokens.start, tokens.end, label) not in seen:
                    seen.add((tokens.start, tokens.end, label))
                    spans.append(tokens)
    entries = []
    starts = [token.idx for token in doc]
    for paragraph in paragraphs(doc.text) or [Span.of(doc.text, 0, len(doc.text))]:
        first = bisect.bisect_left(starts, paragraph.start)
        last = bisect.bisect_left(starts, paragraph.end)
        tokens = [token.text for token in doc[first:last]]
        inside = [
            {
                "start_token": max(s.start, first) - first,
                "end_token": min(s.end, last) - first,
                "label": s.label_,
                "kb_id": html.escape(s.kb_id_),
            }
            for s in spans
            if s.start < last and s.end > first and len(s)
        ]
        entries.append({"text": paragraph.text, "tokens": tokens, "spans": _spaced(tokens, inside)})
    return entries


SPACER = "\N{ZERO WIDTH SPACE}"  # the label of an invisible span that pushes a label one row down
# Labels that do not wrap: displaCy's own template lets a label wrap within its first token, onto
# the rows below.
TEMPLATES = {
    "span": displacy.templates.TPL_SPAN,
    "slice": displacy.templates.TPL_SPAN_SLICE,
    "start": displacy.templates.TPL_SPAN_START.replace("border-radius: 3px\">", "border-radius: 3px; white-space: nowrap\">"),
}
# Widths in em of the page's font, a little generous: a token's letters (bold) with the space
# after it, and a label's letters (0.6 em, bold) with its padding.
TOKEN_EM, SPACE_EM, LABEL_EM, LABEL_PAD_EM = 0.62, 0.3, 0.4, 0.6


def _spaced(tokens: list[str], spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The spans, with invisible spans added where a label would overlap another label on its row.

    Rows follow displaCy's rule: a span starting at a token takes the row below the last span (in
    displaCy's order) covering that token. A longer invisible span at the same token sorts first
    and takes the row, so the label goes one row down; repeated until no two labels overlap.
    """
    left = [0.0]
    for token in tokens:
        left.append(left[-1] + TOKEN_EM * len(token) + SPACE_EM)
    placed = sorted(spans, key=_order)
    for _ in range(4 * len(placed)):
        rows = _rows(placed)
        clashing = next((span for span in placed if _clashes(span, placed, rows, left)), None)
        if clashing is None:
            break
        placed.append({**clashing, "end_token": clashing["end_token"] + 1, "label": SPACER, "kb_id": ""})
        placed.sort(key=_order)
    return placed


def _clashes(span: dict[str, Any], spans: list[dict[str, Any]], rows: dict[int, int], left: list[float]) -> bool:
    """Whether the label of a span starts under the label of one starting before it on its row."""
    if span["label"] == SPACER:
        return False
    start = left[span["start_token"]]
    return any(
        rows[id(other)] == rows[id(span)] and other["label"] != SPACER
        and left[other["start_token"]] < start < left[other["start_token"]] + _label_em(other)
        for other in spans
        if other["start_token"] < span["start_token"]
    )


def _order(span: dict[str, Any]) -> tuple[int, int, str]:
    return span["start_token"], -(span["end_token"] - span["start_token"]), span["label"]


def _rows(spans: list[dict[str, Any]]) -> dict[int, int]:
    """displaCy's row of each span (``render_slot``), by the rule of its ``SpanRenderer``."""
    ordered = sorted(spans, key=_order)
    rows: dict[int, int] = {}
    end = max((s["end_token"] for s in spans), default=0)
    for token in range(end):
        covering: list[dict[str, Any]] = []
        for span in ordered:
            if span["start_token"] <= token < span["end_token"]:
                if token == span["start_token"]:
                    rows[id(span)] = rows[id(covering[-1])] + 1 if covering else 1
                covering.append(span)
    return rows


def _label_em(span: dict[str, Any]) -> float:
    text = span["label"] + (f" {span['kb_id']}" if span["kb_id"] else "")
    return LABEL_EM * len(text) + LABEL_PAD_EM


def render(doc: Doc, **options: Any) -> str:
    """displaCy's span view of a processed Doc, in kutipan's colours, a block per paragraph, each
    quote labelled with its speaker; keywords go to ``displacy.render``.

    In a notebook it displays itself (``jupyter=True`` by default there) and returns ``None``.
    """
    entries = render_data(doc)
    settings = {"colors": {**COLORS, SPACER: "transparent"}, "template": TEMPLATES, **options.pop("options", {})}
    return displacy.render(entries, style="span", manual=True, options=settings, **options)
