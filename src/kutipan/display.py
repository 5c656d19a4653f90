"""HTML for notebooks: the text with quotes, cues, speaker mentions and roles highlighted.

Jupyter calls ``_repr_html_`` on ``Result``, ``Quote`` and ``Speaker``; those call the functions
here. Styles are inline (no ``<style>`` block), so the rendering survives notebook sanitisers and
GitHub's notebook viewer, as displaCy's does. Highlighted text gets a dark colour of its own, so it
stays legible on dark themes.

>>> import kutipan
>>> html = result_html(kutipan.extract('"Kami siap," ujarnya.'))
>>> 'Kami siap,' in html and 'ujarnya' in html
True
"""

from __future__ import annotations

from html import escape
from typing import Iterable

import attrs

from .spans import Quote, Result, Span, Speaker

FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"
INK = "color:#1f2328"
# One look per kind of mark; the legend shows the same styles.
STYLES = {
    "direct": f"background:#fde9a9;{INK};border-radius:0.3em;padding:0.1em 0.15em",
    "indirect": f"background:#d3e4fb;{INK};border-radius:0.3em;padding:0.1em 0.15em",
    "mention": f"background:#d9f2df;{INK};border:2px solid #2f9e44;border-radius:0.35em;padding:0 0.2em",
    "role": "color:#5f3dc4;text-decoration:underline dotted #7048e8 2px;text-underline-offset:0.25em",
    "cue": "color:#c92a2a;font-weight:700",
    "furniture": "color:#8c959f;font-style:italic",
}
LEGEND = {
    "direct": "direct quote",
    "indirect": "indirect quote",
    "cue": "cue",
    "mention": "speaker mention",
    "role": "role",
    "furniture": "page furniture (no quotes)",
}
TAG = (
    "font-size:0.68em;font-weight:700;background:#2f9e44;color:#fff;border-radius:0.3em;"
    "padding:0.05em 0.35em;margin-left:0.3em;vertical-align:0.1em;white-space:nowrap"
)
NUMBER = "font-size:0.65em;font-weight:700;color:#6a737d;margin-right:0.2em;vertical-align:0.25em"
RANK = {"furniture": -1, "direct": 0, "indirect": 0, "mention": 1, "role": 2, "cue": 3}  # outer first when spans tie


@attrs.frozen
class Mark:
    """A highlighted stretch: its kind (a key of ``STYLES``), hover title, and optional labels."""

    start: int
    end: int
    kind: str
    title: str = ""
    before: str = ""   # small grey label at the start (the quote's number)
    after: str = ""    # green tag at the end (the speaker a pronoun or short name stands for)


def _expect(value: object, kind: type, name: str) -> None:
    if not isinstance(value, kind):
        raise TypeError(f"{name} expects a kutipan {kind.__name__}, got {type(value).__name__}")


def _chip(kind: str, label: str) -> str:
    return f'<span style="{STYLES[kind]}">{escape(label)}</span>'


def legend() -> str:
    """The row of sample marks shown above a rendered text."""
    chips = " ".join(_chip(kind, label) for kind, label in LEGEND.items())
    tag = f'<span style="{TAG}">speaker</span>'
    return f'<div style="{FONT};font-size:0.85em;line-height:2;margin-bottom:0.4em">{chips} {tag}</div>'


def marks(result: Result) -> list[Mark]:
    """What to highlight in a result's text: quotes, cues, speaker mentions and roles, and the
    page's lines that are not the article (headline, byline, caption ...), greyed and labelled.

    >>> import kutipan
    >>> result = kutipan.extract('"Kami siap," ujar Budi.')
    >>> [(m.kind, result.text[m.start:m.end]) for m in marks(result)]
    [('direct', 'Kami siap,'), ('cue', 'ujar'), ('mention', 'Budi')]
    """
    found: dict[tuple[int, int, str], Mark] = {}

    def add(span: Span | None, kind: str, title: str = "", **labels: str) -> None:
        if span is not None and span.end > span.start and (span.start, span.end, kind) not in found:
            found[span.start, span.end, kind] = Mark(span.start, span.end, kind, title, **labels)

    for number, quote in enumerate(result.quotes, 1):
        who = quote.speaker.name if quote.speaker else "no speaker"
        add(quote.content, quote.kind, f"{number}. {quote.kind} quote of {who} (rule {quote.rule})", before=str(number))
        add(quote.cue, "cue", f"cue of quote {number}")
        if quote.mention is not None and quote.speaker is not None:
            short = quote.speaker.name not in quote.mention.text
            add(quote.mention, "mention", f"speaker: {quote.speaker.name}", after=quote.speaker.name if short else "")
        add(quote.role, "role", f"role of {who}")
    for speaker in result.speakers:
        for mention in speaker.mentions:
            add(mention, "mention", f"speaker: {speaker.name}")
        add(speaker.role, "role", f"role of {speaker.name}")
    for block in result.layout:
        if block.kind != "body":
            add(block.span, "furniture", f"{block.kind}: no quotes are taken from it", before=block.kind)
    return sorted(found.values(), key=lambda m: (m.start, -m.end, RANK[m.kind]))


def _nest(text: str, start: int, end: int, pending: list[Mark]) -> str:
    """HTML of ``text[start:end]`` with marks as nested elements; a mark that crosses the end of
    an enclosing one is cut in two there, so the tags always nest."""
    out, position = [], start
    pending = sorted(pending, key=lambda m: (m.start, -m.end, RANK[m.kind]))
    while pending:
        mark = pending.pop(0)
        inner, rest = [], []
        for other in pending:
            if other.start >= mark.end:
                rest.append(other)
            elif other.end <= mark.end:
                inner.append(other)
            else:  # crosses the closing edge: the part inside nests, the rest waits
                inner.append(attrs.evolve(other, end=mark.end, after=""))
                rest.append(attrs.evolve(other, start=mark.end, before=""))
        out.append(escape(text[position:mark.start]))
        title = f' title="{escape(mark.title)}"' if mark.title else ""
        number = f'<span style="{NUMBER}">{escape(mark.before)}</span>' if mark.before else ""
        tag = f'<span style="{TAG}">{escape(mark.after)}</span>' if mark.after else ""
        body = _nest(text, mark.start, mark.end, inner)
        out.append(f'<span style="{STYLES[mark.kind]}"{title}>{number}{body}{tag}</span>')
        position, pending = mark.end, sorted(rest, key=lambda m: (m.start, -m.end, RANK[m.kind]))
    out.append(escape(text[position:end]))
    return "".join(out)


def highlight(text: str, found: Iterable[Mark]) -> str:
    """The text as HTML with the marks; line breaks kept (``white-space: pre-wrap``).

    >>> highlight("Kata Budi.", [Mark(5, 9, "mention")])  # doctest: +ELLIPSIS
    '<div ...>Kata <span style="...">Budi</span>.</div>'
    """
    body = _nest(text, 0, len(text), list(found))
    return f'<div style="{FONT};white-space:pre-wrap;line-height:2.1;max-width:52em">{body}</div>'


def _speaker_table(result: Result) -> str:
    counts = {id(s): 0 for s in result.speakers}
    for quote in result.quotes:
        if quote.speaker is not None and id(quote.speaker) in counts:
            counts[id(quote.speaker)] += 1
    cell = "padding:0.15em 0.8em 0.15em 0;text-align:left;vertical-align:top"
    head = "".join(f'<th style="{cell}">{h}</th>' for h in ("speaker", "kind", "role", "quotes", "mentions"))
    rows = [
        f'<tr><td style="{cell}"><b>{escape(s.name)}</b></td><td style="{cell}">{s.kind}</td>'
        f'<td style="{cell}">{escape(s.role.text) if s.role else "—"}</td><td style="{cell}">{counts[id(s)]}</td>'
        f'<td style="{cell}">{escape(", ".join(dict.fromkeys(m.text for m in s.mentions if m.text)))}</td></tr>'
        for s in result.speakers
    ]
    return f'<table style="{FONT};font-size:0.85em;border-collapse:collapse;margin-top:0.8em"><tr>{head}</tr>{"".join(rows)}</table>'


def result_html(result: Result) -> str:
    """A result as displaCy shows entities: a legend, the highlighted text, then who is quoted."""
    _expect(result, Result, "result_html")
    summary = f"{_count(len(result.quotes), 'quote')}, {_count(len(result.speakers), 'speaker')}"
    header = f'<div style="{FONT};font-size:0.8em;color:#6a737d;margin-bottom:0.2em">kutipan · {summary}</div>'
    table = _speaker_table(result) if result.speakers else ""
    return f"<div>{header}{legend()}{highlight(result.text, marks(result))}{table}</div>"


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _fields(rows: Iterable[tuple[str, str | None]]) -> str:
    cell = "padding:0.05em 0.8em 0.05em 0;text-align:left;vertical-align:top;color:#6a737d"
    return "".join(f'<tr><th style="{cell}">{k}</th><td style="text-align:left">{v}</td></tr>' for k, v in rows if v)


def quote_html(quote: Quote) -> str:
    """One quote as a card: its words, then cue, speaker and the rest of the attribution.

    >>> import kutipan
    >>> 'Budi' in quote_html(kutipan.extract('"Kami siap," ujar Budi.')[0])
    True
    """
    _expect(quote, Quote, "quote_html")
    text = lambda span: escape(span.text) if span is not None else None  # noqa: E731
    speaker = quote.speaker
    rows = [
        ("cue", _chip("cue", quote.cue.text) if quote.cue else None),
        ("mention", _chip("mention", quote.mention.text) if quote.mention and quote.mention.text else None),
        ("speaker", f"<b>{escape(speaker.name)}</b> ({speaker.kind})" if speaker else "—"),
        ("role", f'<span style="{STYLES["role"]}">{text(quote.role)}</span>' if quote.role else None),
        ("organisation", text(quote.organisation)),
        ("outlet", text(quote.outlet)),
        ("addressee", text(quote.addressee)),
        ("setting", text(quote.setting)),
        ("offsets", f"{quote.start}–{quote.end}"),
        ("rule", escape(quote.rule)),
        ("link", escape(quote.link) if quote.link else None),
        ("confidence", f"{quote.confidence:.2f}" if quote.confidence is not None else None),
    ]
    words = f'<div style="line-height:1.9">{_chip(quote.kind, quote.text)}</div>'
    table = f'<table style="font-size:0.85em;margin-top:0.3em">{_fields(rows)}</table>'
    return f'<div style="{FONT};border-left:4px solid #adb5bd;padding:0.3em 0.8em;max-width:52em">{words}{table}</div>'


def speaker_html(speaker: Speaker) -> str:
    """One speaker as a card: name, kind, role and every mention (offsets on hover).

    >>> import kutipan
    >>> 'Budi Santoso' in speaker_html(kutipan.extract('"Kami siap," ujar Budi Santoso.').speakers[0])
    True
    """
    _expect(speaker, Speaker, "speaker_html")
    mentions = " ".join(
        f'<span style="{STYLES["mention"]}" title="{m.start}–{m.end}">{escape(m.text)}</span>'
        for m in speaker.mentions if m.text
    )
    rows = [
        ("kind", speaker.kind),
        ("role", f'<span style="{STYLES["role"]}">{escape(speaker.role.text)}</span>' if speaker.role else None),
        ("organisation", escape(speaker.organisation.text) if speaker.organisation else None),
        ("mentions", f'<span style="line-height:2">{mentions}</span>' if mentions else None),
    ]
    name = f'<div style="font-weight:700">{escape(speaker.name)}</div>'
    return f'<div style="{FONT};border-left:4px solid #2f9e44;padding:0.3em 0.8em">{name}<table style="font-size:0.85em">{_fields(rows)}</table></div>'
