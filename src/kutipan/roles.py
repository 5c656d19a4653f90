"""The role phrase next to a speaker, and the trailing context of an attribution.

Role is the shortest phrase that carries the position (``penasihat awal Alibaba``); what follows it
is context, not role: the outlet (``yang dikutip detikINET dari CNBC``), the addressee (``kepada
wartawan``), place and time (``di Jakarta, Senin (12/3/2024)``).
"""

from __future__ import annotations

import regex

from .lexicon import Lexicon, word_class
from .mentions import read_run
from .names import resident_role
from .spans import Span
from .words import AGE, DAYS, MONTHS, PHRASE_LIMIT, PLACES, VERB_LIKE, Token, tokens, words_of

# Words that end a role: what follows them is context, a clause or another sentence part.
ROLE_STOPS = word_class("role_stop")
# A role that runs into one of these is the start of a clause ('menurut Taufik, petugas baru datang').
CLAUSE = word_class("role_clause")
# What opens an appositive role after a name: ', ', ' sebagai ', ' (39), ', ' ('.
APPOSITIVE_HEAD = regex.compile(
    r"\s*(?:\(\s*\d{1,3}\s*(?:tahun)?\s*\))?\s*(?:,\s*|\s+sebagai\s+|\s+selaku\s+|\s+yang\s+merupakan\s+|\s*\(\s*)"
)
OUTLET = regex.compile(
    r"(?:(?:yang|seperti|sebagaimana)\s+)?(?:dikutip|dilansir|diberitakan|dilaporkan|mengutip|melansir)\b[^.,;\n]*"
    r"|(?:dalam|melalui|lewat)\s+(?:keterangan|siaran|pernyataan|rilis|unggahan|akun|wawancara|konferensi)\b[^.;\n]*?(?=,|\.|$)"
)
ADDRESSEE = regex.compile(r"(?:kepada|pada|ke)\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|[\p{Lu}][\p{L}.]*(?:\.\p{L}+)?)")
SETTING = regex.compile(
    r"di\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*(?:,\s*(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b)\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*)?"
    r"(?:,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s*\([^)\n]{1,20}\))?)?"
    r"|(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s*\([^)\n]{1,20}\))?(?:\s+(?:pagi|siang|sore|malam))?"
)


def appositive(text: str, start: int, end: int, lexicon: Lexicon) -> Span | None:
    """A role right after a name: ', mantan eksekutif Alibaba', ' sebagai pedagang beras', ' (39), sopir'.

    >>> t = 'Brian Wong, mantan eksekutif Alibaba yang dikutip detikINET.'
    >>> appositive(t, 10, len(t), Lexicon.default()).text
    'mantan eksekutif Alibaba'
    """
    match = APPOSITIVE_HEAD.match(text, start, end)
    if match is None:
        return None
    w = words_of(lexicon)
    end = min(end, match.end() + PHRASE_LIMIT)
    toks = tokens(text, match.end(), end)
    if not toks:
        return None
    first = toks[0].text
    if first in DAYS or first in MONTHS or first.lower() in ROLE_STOPS or not first[:1].isalpha():
        return None
    if not (w.role(first) or w.role(first.lower()) or (first[:1].islower() and "sebagai" in match.group() or "selaku" in match.group())):
        return None
    role = trim(text, Span.of(text, toks[0].start, end), lexicon)
    if role is not None:
        following = tokens(text, role.end, min(end, role.end + 30))
        if following and (following[0].text in CLAUSE or VERB_LIKE.match(following[0].text)):
            return None
        named = _NAME_AFTER.match(text, role.end, end)
        if named is not None and (reading := read_run(text, *named.span(1), lexicon)) is not None and reading.kind == "name":
            return None  # 'Senada dengan Alex, Direktur Penyidikan KPK, Asep Guntur Rahayu': Asep's role, not Alex's
    return role


_NAME_AFTER = regex.compile(r",[ ]*(\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*)+)")  # two words or more


def trim(text: str, span: Span, lexicon: Lexicon) -> Span | None:
    """A role phrase cut where context starts ('pedagang beras di Pasar ...' -> 'pedagang beras')."""
    kept: list[Token] = []
    toks = tokens(text, span.start, span.end)
    for i, tok in enumerate(toks):
        word = tok.text
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if word in ",.;:!?\"“”‘’'" and not (word == "," and nxt.lower() in ("dan", "serta") and kept):
            if word == "." and kept and (len(kept[-1].text) == 1 or nxt[:1].islower() and nxt.isalpha() and len(nxt) <= 3):
                continue  # 'Tirto. id'
            break
        if word.lower() in ("di", "dari", "pada"):
            if nxt in PLACES or nxt in DAYS or nxt in MONTHS or not nxt[:1].isupper():
                break  # 'pedagang beras di Pasar ...', 'pada Senin': context; 'pengajar pada Fakultas ...': the role
        elif word.lower() in ROLE_STOPS and kept and not (word.lower() in ("dan", "serta") and _continues(toks, i, lexicon)):
            break
        elif kept and word[:1].islower() and lexicon.frame(word) in ("verb", "directive", "passive"):
            break  # 'selaku manajer personal Martin mengklaim ...': the speaker's verb
        if word in DAYS or AGE.fullmatch(word) or word[:1].isdigit() and not kept:
            break
        kept.append(tok)
    while kept and (kept[-1].text.startswith("(") or kept[-1].text.lower() in ("dan", "serta", "di", "dari", "pada", ",")):
        kept.pop()
    kept = resident_role(kept)  # 'warga asal Ungaran', 'warga setempat': 'warga'
    return Span.of(text, kept[0].start, kept[-1].end) if kept else None


def _continues(toks: list[Token], i: int, lexicon: Lexicon) -> bool:
    """'dan' joins a second role ('eksekutif Alibaba dan penulis ...') or a unit ('Bisnis dan Pengembangan')."""
    w = words_of(lexicon)
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return bool(nxt) and (w.role(nxt) or w.role(nxt.lower()) or nxt[:1].isupper())


def organisation(text: str, role: Span, lexicon: Lexicon) -> Span | None:
    """The organisation inside a role: 'Kepala Dinas Perhubungan DKI' -> 'Dinas Perhubungan DKI'.

    >>> t = 'penasihat awal Alibaba'
    >>> organisation(t, Span.of(t, 0, len(t)), Lexicon.default()).text
    'Alibaba'
    """
    w = words_of(lexicon)
    toks = tokens(text, role.start, role.end)
    for i, tok in enumerate(toks[1:], 1):
        word, before = tok.text, toks[i - 1].text
        if before.lower() in ("di", "dari", "pada"):
            return Span.of(text, tok.start, role.end)
        if word in w.organisations or (word.isupper() and len(word) > 1 and word.isalpha()):
            return Span.of(text, tok.start, role.end)
        if word[:1].isupper() and before[:1].islower() and not w.role(word):
            return Span.of(text, tok.start, role.end)
    return None


def context(text: str, start: int, end: int) -> tuple[Span | None, Span | None, Span | None]:
    """Outlet, addressee and setting in what follows an attribution, up to ``end``.

    >>> t = ' kepada wartawan di Jakarta, Senin (12/3/2024).'
    >>> [span.text if span else None for span in context(t, 0, len(t))]
    [None, 'kepada wartawan', 'di Jakarta, Senin (12/3/2024)']
    """
    outlet = _first(OUTLET, text, start, end)
    addressee = _first(ADDRESSEE, text, start, end)
    setting = _first(SETTING, text, start, end)
    return outlet, addressee, setting


def _first(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Span | None:
    match = pattern.search(text, start, end)
    if match is None:
        return None
    stop = match.end()
    while stop > match.start() and text[stop - 1] in " ,":
        stop -= 1
    return Span.of(text, match.start(), stop)
