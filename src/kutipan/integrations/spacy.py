"""spaCy component ``kutipan``: quotes as ``doc.spans["kutipan"]`` and ``doc._.quotes``.

Registered through the ``spacy_factories`` entry point, so once kutipan is installed
``nlp.add_pipe("kutipan")`` works on ``spacy.blank("id")`` with no model download. The extractor
reads ``doc.text``; it needs no tokens, tags or parses, and its offsets are the Doc's characters.

>>> import spacy
>>> nlp = spacy.blank("id")
>>> _ = nlp.add_pipe("kutipan")
>>> doc = nlp('"Kami siap," ujar Budi Santoso.')
>>> [(span.text, span.label_) for span in doc.spans["kutipan"]]
[('Kami siap,', 'direct')]
>>> doc._.quotes[0].speaker.name
'Budi Santoso'
"""

from __future__ import annotations

import bisect
from typing import Any

try:
    from spacy import displacy
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
except ImportError as error:  # pragma: no cover - exercised only without spaCy
    raise ImportError("kutipan's spaCy component needs spaCy: pip install 'kutipan[spacy]'") from error

from ..extract import Extractor
from ..lexicon import Lexicon
from ..spans import Result, Span

SPANS_KEY = "kutipan"
# displaCy colours, the same as kutipan's own notebook rendering (kutipan.display).
COLORS = {"direct": "#fde9a9", "indirect": "#d3e4fb", "cue": "#ffc9c9", "speaker": "#b2f2bb", "role": "#d0bfff"}

for _name, _default in (("quotes", ()), ("speakers", ()), ("kutipan", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class QuoteFinder:
    """The pipeline component: runs kutipan over ``doc.text`` and stores what it finds.

    ``doc.spans[spans_key]``: one span per quote, in text order, labelled ``direct`` or
    ``indirect``, widened to whole tokens (the mark-free content may end inside a token).
    ``doc._.quotes`` and ``doc._.speakers``: kutipan's ``Quote`` and ``Speaker`` objects, with
    character offsets; ``doc._.kutipan``: the whole ``Result``.
    """

    def __init__(self, extractor: Extractor, spans_key: str = SPANS_KEY) -> None:
        self.extractor = extractor
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        result = self.extractor(doc.text)
        doc.spans[self.spans_key] = [token_span(doc, quote.content, quote.kind) for quote in result]
        doc._.quotes = result.quotes
        doc._.speakers = result.speakers
        doc._.kutipan = result
        return doc


@Language.factory(
    "kutipan",
    default_config={"lexicon": None, "spans_key": SPANS_KEY},
    requires=[],
    assigns=["doc.spans", "doc._.quotes", "doc._.speakers", "doc._.kutipan"],
)
def make_kutipan(nlp: Language, name: str, lexicon: str | None, spans_key: str) -> QuoteFinder:
    """``nlp.add_pipe("kutipan", config={"lexicon": "path/to/lexicon"})``; no lexicon: the default."""
    return QuoteFinder(Extractor(Lexicon.from_directory(lexicon) if lexicon else Lexicon.default()), spans_key)


def token_span(doc: Doc, span: Span, label: str) -> SpacySpan:
    """The tokens covering a character span; an empty span at the nearest token if none do."""
    found = doc.char_span(span.start, span.end, label=label, alignment_mode="expand")
    if found is None:
        index = bisect.bisect_left([token.idx for token in doc], span.start)
        found = doc[index:index]
        found.label_ = label
    return found


def render_data(doc: Doc) -> dict[str, Any]:
    """displaCy's manual ``span`` data: quotes, cues, speaker mentions and roles of a processed Doc."""
    result: Result | None = doc._.kutipan
    if result is None:
        raise ValueError("this Doc has not been through the 'kutipan' component")
    parts: list[tuple[Span | None, str]] = []
    for quote in result:
        parts += [(quote.content, quote.kind), (quote.cue, "cue"), (quote.mention, "speaker"), (quote.role, "role")]
    spans, seen = [], set()
    for part, label in parts:
        if part is None or part.end <= part.start:
            continue
        tokens = token_span(doc, part, label)
        key = (tokens.start, tokens.end, label)
        if len(tokens) and key not in seen:
            seen.add(key)
            spans.append({"start_token": tokens.start, "end_token": tokens.end, "label": label})
    return {"text": doc.text, "tokens": [token.text for token in doc], "spans": spans}


def render(doc: Doc, **options: Any) -> str:
    """displaCy's span view of a processed Doc, in kutipan's colours; keywords go to ``displacy.render``.

    In a notebook it displays itself (``jupyter=True`` by default there) and returns ``None``.
    """
    settings = {"colors": COLORS, **options.pop("options", {})}
    return displacy.render(render_data(doc), style="span", manual=True, options=settings, **options)
