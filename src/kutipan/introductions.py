"""Introductions: the people a page names outside attributions ('Kapolda Papua Paulus Waterpau
...', 'Riyanto (39), sopir truk', 'seorang petani asal ...'), read in the article's lines before
the last quote. They are the antecedents that 'dia', '-nya' and 'petani tersebut' point to, and
the resolution stage meets them in text order, beside the quotes."""

from __future__ import annotations

from typing import Iterable, Iterator

import attrs
import regex

from . import roles
from .candidates import Candidate, Context
from .document import Document, Stretches
from .lexicon import word_class
from .mentions import read_forward, read_run
from .names import Mention
from .words import PLURAL, words_of

_AFTER_NAME = regex.compile(r"(?r)(\p{Lu}\p{Ll}+)(?:\s*\(\d{1,3}\))?,\s*$")
# What may follow a capitalised run that introduces someone: an age, an appositive, a copula, or
# (for a subject) a word in lower case.
_AFTER_RUN = regex.compile(
    r"(?P<age>\s*\(\s*\d{1,3}\s*(?:tahun|th)?\s*\))|(?P<appositive>,[ ])"
    r"|(?P<copula>\s+(?:adalah|merupakan|ialah|selaku|sebagai)\s+)|(?P<verb>\s+\p{Ll})"
)
# someone brought in unnamed, whom a definite description may take up: 'seorang petani asal ...'
_UNNAMED_INTRODUCTION = regex.compile(r"(?<![\p{L}])(?:[Ss]eorang|[Ss]alah\s+(?:satu|seorang))\s+(?P<head>\p{Ll}+)")
_CLAUSE = regex.compile(r"\s(?:yang|(?:me|ber|di|ter)\p{Ll}{4,})(?![\p{L}])")
_ROLE_THEN_CAPITAL = regex.compile(r",?\s+(?:\p{Ll}[\p{L}\-]*\s+){0,4}[\p{Lu}(]")
_PLACE_WORDS = word_class("place_word")
# A number or quantifier right before a role word: 'tujuh anggota Brimob', 'para pejabat'.
_COUNTED = regex.compile(
    r"(?r)(?<![\p{L}])(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|(?:belas|puluh|ratus|ribu)an|para|sejumlah|beberapa|"
    r"seluruh|semua|banyak)\s+$"
)
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]*)*")


def introductions(document: Document, candidates: list[Candidate], contexts: Iterable[Context] = ()) -> list[Mention]:
    """People named outside attributions: antecedents for 'dia' and '-nya', and their roles.

    'Kapolda Papua Paulus Waterpau ...', 'Riyanto (39), sopir truk', 'Irul, grosir yang ...',
    'Terry Dap adalah salah satu polisi', and a name of two words or more as a sentence's subject.
    ``contexts``: the outlet, addressee and setting after each quote's speaker (``context_of``),
    where nobody is introduced.
    """
    text, lexicon = document.text, document.lexicon
    words = words_of(lexicon)
    connectives = lexicon.word_set("connectives")
    quoted_at = Stretches((d.content.start, d.content.end) for d in candidates if d.kind == "direct").hold
    setting_at = _settings(contexts).hold
    found: list[Mention] = []
    covered = -1
    last = max(d.content.end for d in candidates)  # who is named after the last quote cannot say it
    scanned = document.scan()
    for at, word_end in zip(scanned.role_starts, scanned.role_ends):
        if at > last:
            break
        if document.outside.hold(at) or setting_at(at):
            continue  # a headline's, a caption's words; 'kata Budi kepada wartawan di ...': not introductions
        # a role word with a capitalised word within five words after it: 'Kapolda Papua
        # Paulus', 'pelatih Persib, Djadjang'; 'warga sekitar' cannot introduce anyone
        end = document.paragraph_end(at)
        if document.in_fronted_clause(at):
            comma = text.find(",", word_end, end)
            end = comma if comma >= 0 else end  # 'Sambil menunggu petugas Damkar, Darwato ...'
        if at < covered or not _ROLE_THEN_CAPITAL.match(text, word_end, end) or _COUNTED.search(text, max(0, at - 16), at):
            continue  # 'tujuh anggota Brimob': a group, not someone introduced
        appositive = _AFTER_NAME.search(text, max(0, at - 40), at)
        if quoted_at(at) or (
            appositive
            and appositive.group(1) not in connectives
            and not document.in_fronted_clause(appositive.start())
            and roles.appositive(text, appositive.end(1), end, lexicon) is not None
        ):
            continue  # 'Asep Mursa, anggota staf ...': the role of the name before it (not 'Dalam konferensi di Purworejo, Gubernur ...', nor '..., Direktur Penyidikan KPK, Asep Guntur Rahayu')
        mention = read_forward(text, at, end, lexicon)
        if mention is not None and mention.kind == "name":
            found.append(mention)
            covered = mention.span.end
    roles_end = {m.span.end for m in found}
    runs = (
        match  # the article's lines only: a run never crosses a line, and a headline's introduces nobody
        for line_start, line_end in zip(document.paragraph_starts, document.paragraph_ends)
        if line_start < last
        for match in _CAPITALISED.finditer(text, line_start, min(line_end, last))
    )
    for match in runs:
        start, end = match.span()
        after = _AFTER_RUN.match(text, end)
        if after is None:
            continue
        introduced = after.lastgroup != "verb"
        subject = not introduced and " " in match.group() and document.subject_at(start) and document.subject(start)
        if not (introduced or subject) or end in roles_end or quoted_at(start) or setting_at(start):
            continue
        first = match.group().split()[0]
        if not words.name_word(first) or first in connectives:
            continue
        run = read_run(text, start, end, lexicon)
        if run is None or run.kind != "name" or run.name is None:
            continue
        role = document.role_after(run.name) if introduced else None
        before = text[max(0, start - 12) : start].split()
        if before and before[-1].lower() in _PLACE_WORDS:
            role = None  # 'hingga Slipi, petugas ...': a place
        if role is not None or after.lastgroup == "age" or (
            subject
            and len(run.name.text.split()) >= 2
            and not any(word in document.openers() for word in run.name.text.split())
        ):
            found.append(attrs.evolve(run, role=run.role or role, bounded=True))
    # someone brought in unnamed ('seorang petani asal ...'), whom a definite description may take
    # up; and many people as a sentence's subject ('Kini, para pedagang telah ...'), whom 'mereka'
    # takes up: found from the role words the scan holds, the word before them a quantifier
    unnamed = [(m.start(), m.end()) for m in _UNNAMED_INTRODUCTION.finditer(text, 0, last) if words.role(m.group("head"))]
    many = [(at, end) for at, end in _quantified(text, scanned.role_starts, scanned.role_ends, last) if document.subject_at(at) and document.subject(at)]
    described: list[set[str]] = []
    for at, head_end in sorted(unnamed + many):
        if document.outside.hold(at) or quoted_at(at):
            continue
        # a relative clause or a verb ends it: 'Seorang warga yang keheranan ... pun bertanya'
        end = document.paragraph_end(at)
        clause = _CLAUSE.search(text, head_end, end)
        mention = read_forward(text, at, clause.start() if clause else end, lexicon)
        if mention is None or mention.kind != "description":
            continue
        key = set(mention.span.text.lower().split())
        if not any(key <= other for other in described):  # 'seorang petani' again after 'seorang petani asal ...'
            described.append(key)
            found.append(mention)  # 'keluhan seorang petani asal Kabupaten Bojonegoro': 'petani tersebut' later
    return found


def _quantified(text: str, starts: Iterable[int], ends: Iterable[int], last: int) -> Iterator[tuple[int, int]]:
    """Each role word with a quantifier of many right before it ('para pedagang', 'sejumlah
    warga'): where the quantifier starts and the role word ends."""
    for at, end in zip(starts, ends):
        if at > last:
            break
        before = text[max(0, at - 10) : at]
        word = before.split()[-1:] if before.endswith(" ") else []
        if word and word[0].lower() in PLURAL:
            yield at - len(before) + before.rfind(word[0]), end


def _settings(contexts: Iterable[Context]) -> Stretches:
    """Where each direct quote's addressee and setting stand ('"...," jelas Budi *kepada wartawan*
    *di Polsek Cilandak, Pondok Labu, Jakarta Selatan, Rabu*'): a role word there introduces nobody,
    and a place there is not a name."""
    bounds = sorted((span.start, span.end) for context in contexts for span in context[1:] if span is not None)
    merged: list[tuple[int, int]] = []
    for start, end in bounds:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return Stretches(merged)
