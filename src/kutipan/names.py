"""Telling name from title, rank, role, unit and place inside a run of capitalised words.

``split_name`` cuts a phrase read at an attribution site or in the table of people
(``Kapolres Metro Jakarta Timur Kombes Yoyon Tony Surya Putra``) into its role and its name;
``Mention`` is what a reader gives the stages after it.
"""

from __future__ import annotations

from typing import Sequence

import attrs

from .lexicon import Lexicon
from .spans import Span
from .words import (
    ABBREVIATION,
    AGE,
    CONNECTORS,
    ENGLISH_LINKS,
    GIVEN_ROLES,
    INDEFINITE_ENDS,
    KINSHIP,
    NAMESAKE_TITLES,
    NICKNAME,
    PLACE_MARKERS,
    PLACE_OPENERS,
    RESIDENTS,
    RESIDENT_COMPOUNDS,
    ROLE_LINKS,
    ROLE_MODIFIERS,
    MentionKind,
    Token,
    Words,
    _initials,
    words_of,
)


def resident_role(toks: list[Token]) -> list[Token]:
    """A role that opens with 'warga' cut to it, or to its compound: 'warga binaan'."""
    if toks and toks[0].text.lower() in RESIDENTS:
        return toks[:2] if len(toks) > 1 and toks[1].text.lower() in RESIDENT_COMPOUNDS else toks[:1]
    return toks


@attrs.frozen
class Mention:
    """What one attribution site says about its speaker."""

    kind: MentionKind
    span: Span                   # the words as written ("Kapolda Papua, Paulus Waterpau", "dia")
    name: Span | None = None     # the name without role and titles ("Paulus Waterpau")
    role: Span | None = None     # a role given at the site ("Kapolda Papua")
    bounded: bool = True         # False where the name's first word is a guess ('... PT Jasa Raharja Rivan ...')


def _abbreviated(word: str, w: Words) -> bool:
    """Whether a full stop after the word abbreviates it: an initial, a title, 'Plt.', 'Kab.'."""
    return _initials(word) or w.title(word) or word in ROLE_MODIFIERS or word.lower() in w.abbreviations


def split_name(text: str, segments: Sequence[Sequence[Token]], lexicon: Lexicon) -> Mention:
    """Role, titles and name in a run of capitalised words, cut into comma-separated segments.

    'Kapolda Papua, Paulus Waterpau' -> role 'Kapolda Papua', name 'Paulus Waterpau'.
    """
    w = words_of(lexicon)
    span = Span.of(text, segments[0][0].start, segments[-1][-1].end)
    first = segments[0]
    link = next((i for i, t in enumerate(first) if t.text == "dari"), None)
    lead = 0
    while link and lead < link and first[lead].text[:1].islower() and w.role(first[lead].text):
        lead += 1  # 'pembicara Zadrach L Dupe dari ...'
    if len(segments) == 1 and link and lead < link and link + 1 < len(first) and all(
        w.name_word(t.text) or _initials(t.text) for t in first[lead:link]
    ):
        # 'Wahyudi Bambang dari Humas Taman Margasatwa Ragunan'
        role = Span.of(text, first[link + 1].start, first[-1].end)
        return Mention("name", span, name=Span.of(text, first[lead].start, first[link - 1].end), role=role)
    name_segment = None
    for index in range(len(segments) - 1, -1, -1):
        if index and w.role(segments[index][0].text) and (
            segments[index][0].text[:1].islower() or any(len(_name_in(s, w)) == len(s) >= 2 for s in segments[:index])
        ):
            continue  # an appositive names no one: 'Brian Wong, mantan eksekutif Alibaba', 'Claudio Galimberti, Kepala Ekonom ...'
        name = _name_in(segments[index], w)
        if name:
            name_segment = index
            break
    if name_segment is None:
        role = _role_of(text, segments, w)
        head = segments[0][0].text
        if head in w.organisations:
            return Mention("organisation", span, name=span)
        if role is not None:
            return Mention("role", span, role=role)
        return Mention("description", span, name=span)
    name_tokens = _name_in(segments[name_segment], w)
    name = Span.of(text, name_tokens[0].start, name_tokens[-1].end)
    head = segments[0][0].text
    if name_segment == 0 and len(segments[0]) == len(name_tokens) and head in w.organisations:
        return Mention("organisation", span, name=span)
    before = [s for s in segments[:name_segment]]
    own = [t for t in segments[name_segment] if t.start < name_tokens[0].start]
    if before and own and all(t.text.isupper() and t.text.isalpha() and len(t.text) <= 5 for t in own):
        own = []  # 'Kasat Intel Polresta Kupang, AKB Alberto': a rank the lexicon does not know
    slash = next((k for k in range(len(own) - 1, 0, -1) if own[k].text == "/"), None)
    if slash is not None and (pair := _name_in(own[:slash], w)):
        own = own[: slash - len(pair)]  # 'ganda putra Indonesia Fajar Alfian/Muhammad Rian Ardianto': a pair
    role_tokens = [t for seg in before for t in seg] + own
    if own and own[-1].text in KINSHIP:
        return Mention("description", span, name=span)  # 'mantan istri Ivan Fadilla': his ex-wife, not him
    own_titled = any(w.title(t.text) or w.honorific(t.text) for t in own)
    if (
        role_tokens
        and role_tokens[0].text.lower() in RESIDENTS
        and (any(w.capital(t.text) for t in role_tokens[1:]) or (not before and len(name_tokens) == 1))
        and AGE.match(text[name.end : name.end + 12].lstrip()) is None  # 'Warga lainnya Badri (33)': a person
    ):
        return Mention("description", span, name=span)  # 'warga Wadas', 'warga Bende, Kadia': places, not a name
    role_tokens = _drop_titles(role_tokens, w)
    if not role_tokens and name_segment + 1 < len(segments):
        role_tokens = [t for seg in segments[name_segment + 1 :] for t in seg]
    role = _trim_role(text, role_tokens, w)
    if head in w.organisations and name_segment == 0 and (not role_tokens or (len(name_tokens) == 1 and not own_titled and not w.role(head))):
        return Mention("organisation", span, name=span)  # 'Polda Metro Jaya': 'Jaya' is no one's name here
    bounded = not own or w.title(own[-1].text) or w.honorific(own[-1].text)
    return Mention("name", span, name=name, role=role, bounded=bounded)


def _links(segment: Sequence[Token], link: str, nxt: str, w: Words) -> bool:
    """Whether 'dan', 'di', 'dari' ... carry a role on ('Kepala Bidang Kedaruratan dan Logistik di
    Badan ...') rather than end a name ('Asep Guntur Rahayu di KPK', 'Ari Wibowo SH di Medan')."""
    if link in ENGLISH_LINKS:
        return True  # never inside an Indonesian name
    named = len(_name_in(segment, w))
    if link in CONNECTORS:
        return not (named and w.role(nxt))  # 'Hendrar Prihadi dan Gubernur ...': a second person
    if not named:
        return True
    return link in ("di", "dari", "pada") and nxt in w.organisations and named < 2 and not any(w.title(t.text) for t in segment)


def _abbreviates(bracket: str, before: Sequence[Token]) -> bool:
    """Whether a bracketed group shortens the words before it, its letters taken from theirs in
    order: '(Kasi Humas)' after 'Kepala Seksi Hubungan Masyarakat', not '(Gus Ipul)' after a name."""
    short = "".join(ch for ch in bracket[1:-1].lower() if ch.isalpha())
    words = [t.text.lower() for t in before if t.text[:1].isalpha()]
    if not short or not words:
        return False
    letters = iter("".join(words))
    return short[0] in {word[0] for word in words} and all(ch in letters for ch in short)


def _own_alias(segment: Sequence[Token], i: int, w: Words) -> bool:
    """A bracketed short name after a name, starting with the name's first letter: 'Suhardi Duka
    (SDK)'; not a body's acronym after its last words ('Kawasan Industri Terpadu Batang (KITB)')."""
    if ABBREVIATION.fullmatch(segment[i].text) is None:
        return False
    j = i
    while j > 0 and w.name_word(segment[j - 1].text):
        j -= 1
    return j < i and segment[i].text[1:2] == segment[j].text[:1] and (j == 0 or not w.capital(segment[j - 1].text) or w.role(segment[j - 1].text) or segment[j - 1].text[:1] == "(")


def _own_initials(segment: Sequence[Token], i: int, w: Words) -> bool:
    """Whether the bracketed token is the initials or the nickname of the name words before it:
    '(AHY)' after 'Agus Harimurti Yudhoyono', '(Gus Ipul)' after 'Saifullah Yusuf'; not '(LPS)'
    after 'Lembaga Penjamin Simpanan' (a body)."""
    if NICKNAME.fullmatch(segment[i].text) and i >= 2 and all(w.name_word(t.text) for t in segment[i - 2 : i]):
        return not (i > 2 and segment[i - 3].text in w.organisations)
    if not ABBREVIATION.fullmatch(segment[i].text):
        return False
    letters = segment[i].text[1:-1]
    start = i - len(letters)
    words = segment[max(0, start) : i]
    if start > 0 and segment[start - 1].text in w.organisations:
        return False  # 'PT Prima Global Baverindo (PGB)': a company's acronym
    return len(words) == len(letters) and all(w.name_word(t.text) for t in words) and "".join(t.text[0] for t in words) == letters


def _name_in(segment: Sequence[Token], w: Words) -> list[Token]:
    """The personal name at the end of a segment: the longest run of name words, titles cut off.

    Kept per segment: the readers ask about the same segment several times, all within the
    reading of one phrase. So the cache is kept small: each entry holds its tokens (some 4 KB an
    entry on a page of endless capitalised words), and 20,000 of them held 80 bytes a character of
    a 1 MB page, for no more hits on news than 1,000 give."""
    key = tuple(segment)
    found = w._name_runs.get(key)
    if found is None:
        if len(w._name_runs) > 1_000:
            w._name_runs.clear()
        found = w._name_runs[key] = _find_name_in(segment, w)
    return found


def _find_name_in(segment: Sequence[Token], w: Words) -> list[Token]:
    name: list[Token] = []
    end = len(segment)
    while end > 1 and (
        AGE.fullmatch(segment[end - 1].text)
        or w.title(segment[end - 1].text)
        or _own_initials(segment, end - 1, w)
        or _own_alias(segment, end - 1, w)
    ):
        end -= 1  # 'Ari Wibowo SH', 'Riyanto (39)', 'Agus Harimurti Yudhoyono (AHY)', 'Suhardi Duka (SDK)'
    segment = segment[:end]
    for i in range(len(segment) - 1, -1, -1):
        tok = segment[i]
        word = tok.text
        initials = (
            word.isupper() and word.isalpha() and len(word) <= 3 and i > 0 and w.name_word(segment[i - 1].text)
            and (i == len(segment) - 1 or len(word) == 1 or _stop_after(segment, i))
        )  # 'Putri KW', 'Retno LP. Marsudi'; not 'Tangkap KKP Muhammad
        before = segment[i - 1].text if i > 0 else ""
        if (before.rstrip(".") in PLACE_MARKERS or (before[:1].islower() and before.capitalize() in PLACE_MARKERS)) and not (
            name and len(word) > 1 and word in w.given and w.role(before)
        ):
            break  # 'Wali Kota Serang Syafrudin': Serang is the town (not 'Bupati Ahmad Fauzi': a given name opens his)
        if i > 1 and _namesake(segment, i - 1):
            break  # 'Koordinator Humas RSUP dr Kariadi Vivi ...': a hospital named after a doctor
        if i > 0 and (segment[i - 1].text, word) in w.role_pairs:
            break  # 'Direktur Utama Pertamina Simon': 'Utama' goes with 'Direktur' ('Ryan Utama' is a name)
        given = word in GIVEN_ROLES and (
            (bool(name) and (i == 0 or w.name_word(segment[i - 1].text)))  # 'Gamal Imam Santoso'
            or (i == len(segment) - 1 and i > 0 and w.name_word(segment[i - 1].text))  # 'Aditya Perdana'
        )
        if w.name_word(word) or (len(word) == 1 and word.isupper()) or initials or given:
            name.insert(0, tok)
            if len(name) >= 6:  # 'I Dewa Kade Wiarsa Raka Sandi'
                break
        elif word.isupper() and word.isalpha() and len(word) <= 4 and not name and len(segment) == 1:
            name.insert(0, tok)  # initials as the whole name: 'AHS'
            break
        else:
            break
    if not name and len(segment) >= 2 and segment[0].text in w.given and all(t.text[:1].isupper() for t in segment):
        return list(segment)  # 'I Gusti Ngurah Jaya Negara': a name a given name opens holds its unit-like words
    if len(name) > 2 and len(name[0].text) == 1 and w.title(name[0].text):
        name = name[1:]  # 'H. Abdul Rohman': H is Haji before a name of two words, not an initial
    while name and len(name[0].text) == 1 and len(name) == 1:
        return []
    first = next((i for i, tok in enumerate(segment) if name and tok is name[0]), len(segment))
    if 0 < first < len(segment) and segment[first - 1].text in CONNECTORS:
        return []  # 'Integrasi Transportasi dan Multimoda': a second field of the body, not a name
    if any(tok.text.rstrip(".") in PLACE_OPENERS for tok in segment[max(0, first - 2) : first + 1]):
        return []  # 'Warga Jalan Haji Mat Ali': a street, not a name ('Angkutan Jalan ... Yayat' is one)
    return name


def _stop_after(segment: Sequence[Token], i: int) -> bool:
    """Whether more than a space follows the token, as the stop after 'LP' in 'Retno LP. Marsudi'."""
    return i + 1 < len(segment) and segment[i + 1].start - segment[i].end >= 2


def _rank(toks: Sequence[Token], i: int, w: Words) -> bool:
    """Whether the title at ``i`` is a rank there: 'Jenderal' of 'Sekretaris Jenderal' is an
    office's, 'dr' of 'RSUP dr Kariadi' a hospital's."""
    return w.title(toks[i].text) and not (i and (toks[i - 1].text, toks[i].text) in w.role_pairs) and not _namesake(toks, i)


def _namesake(toks: Sequence[Token], i: int) -> bool:
    """Whether the title at ``i`` opens the name of a hospital named after a doctor: 'RSUP dr Kariadi'."""
    return i > 0 and toks[i].text.rstrip(".") in NAMESAKE_TITLES and toks[i - 1].text.startswith("RS")


def _drop_titles(toks: list[Token], w: Words) -> list[Token]:
    ranked = False
    while toks and (_rank(toks, len(toks) - 1, w) or (w.honorific(toks[-1].text) and not ranked)):
        ranked = ranked or w.title(toks[-1].text)  # an honorific before a rank is a place: 'Kapolsek Tanah Abang AKBP'
        toks = toks[:-1]
    # ranks inside: 'Kapolres Metro Jakarta Timur Kombes' -> cut at the first rank after the role
    for i, tok in enumerate(toks):
        if i > 0 and _rank(toks, i, w) and tok.text not in w.roles:
            return toks[:i]
    if toks and (w.title(toks[0].text) or w.honorific(toks[0].text)) and not w.role(toks[0].text):
        return []
    return toks


def _role_of(text: str, segments: Sequence[Sequence[Token]], w: Words) -> Span | None:
    toks = [t for seg in segments for t in seg]
    return _trim_role(text, _drop_titles(toks, w), w)


def _trim_role(text: str, toks: Sequence[Token], w: Words) -> Span | None:
    """The role from its first role word; a trailing bracketed abbreviation goes."""
    toks = list(toks)
    for i, tok in enumerate(toks):
        if w.role(tok.text):
            toks = toks[i - 1 :] if i and toks[i - 1].text in ROLE_MODIFIERS else toks[i:]  # 'Senior Ekonom'
            break
    else:
        return None
    toks = resident_role(toks)  # 'warga RT 08 RW 01 Kelurahan Karanganyar': 'warga'
    while toks and (toks[-1].text.startswith("(") or toks[-1].text.lower() in CONNECTORS | INDEFINITE_ENDS):
        toks = toks[:-1]  # not '(Kemenkes)', 'dan', 'lainnya' ('Warga lainnya Badri')
    return Span.of(text, toks[0].start, toks[-1].end) if toks else None


def _degree(word: str) -> bool:
    """Shaped like a degree written after a name ('M.Si', 'SpOG', 'PhD', 'SH'), not a rank ('Polisi')."""
    return word[:1].isupper() and ("." in word or len(word) <= 4 or any(c.isupper() for c in word[1:]))


def _place_of(role: Sequence[Token], place: Sequence[Token], w: Words) -> bool:
    """Whether ``place`` (set off by commas after a role) is where the role's body stands, not a
    name: 'pengamat politik Universitas Diponegoro, Semarang, ...'. One or two capitalised words
    after a role that ends in a capitalised word of its body."""
    return (
        0 < len(place) <= 2
        and all(t.text[:1].isupper() and t.text.isalpha() and not w.role(t.text) and not w.title(t.text) for t in place)
        and len(role) >= 2
        and any(w.role(t.text) or w.role(t.text.lower()) for t in role)
        and role[-1].text[:1].isupper()
    )


def _capital_suffix(segment: Sequence[Token], w: Words, lexicon: Lexicon) -> list[Token]:
    """The run of capitalised words (with 'dan', 'di' inside a role) that ends a segment."""
    connectives = lexicon.word_set("connectives")
    run: list[Token] = []
    end = len(segment)
    while end and (AGE.fullmatch(segment[end - 1].text) or NICKNAME.fullmatch(segment[end - 1].text)):
        end -= 1  # 'Riyanto (39)', 'Saifullah Yusuf (Gus Ipul)'
    for i in range(end - 1, -1, -1):
        tok = segment[i].text
        if w.capital(tok) or w.title(tok) or (run and (tok[:1].isdigit() or _place_abbreviation(segment, i))):
            run.insert(0, segment[i])  # 'kab.' of 'DPRD kab.Indramayu H. Abdul Rohman' stays, to end the name
        elif run and (tok.lower() in ROLE_LINKS or tok == "/" or (tok[:1].islower() and tok in w.units)) and i > 0 and w.capital(segment[i - 1].text):
            run.insert(0, segment[i])
        elif tok == "." and i > 0 and (_initials(segment[i - 1].text) or w.title(segment[i - 1].text) or _place_abbreviation(segment, i - 1)):
            continue
        else:
            break
    while run and (run[0].text in connectives or run[0].text.lower() in ROLE_LINKS) and len(run) > 1:
        run = run[1:]
    while run and run[0].text[:1].isdigit():
        run = run[1:]
    if run and run[0].text in connectives:
        return []
    return run


def _place_abbreviation(segment: Sequence[Token], i: int) -> bool:
    """Whether the token at ``i`` is a place marker written short, a full stop after it: 'Kab.', 'kec.'."""
    return i + 1 < len(segment) and segment[i + 1].text == "." and segment[i].text.capitalize() in PLACE_MARKERS


def _after_dateline(toks: list[Token]) -> list[Token]:
    """The tokens after a dateline that opens them: 'MEDAN - AHS' -> 'AHS'."""
    dash = next((i for i, t in enumerate(toks) if t.text in "-–—"), None)
    return toks[dash + 1 :] if dash and _is_dateline(toks[:dash]) else toks


def _is_dateline(segment: Sequence[Token]) -> bool:
    return all(t.text.isupper() or t.text in "-–—" for t in segment) and len(segment) <= 3 and len(segment[-1].text) > 4
