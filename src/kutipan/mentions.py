"""Reading the speaker phrase at an attribution site: after a cue (``read_forward``: ``ujar
Kapolda Papua Irjen Paulus Waterpau``, ``kata seorang warga``), before one (``read_backward``:
``Riyanto (39), sopir truk, mengaku``), and one capitalised run of the page (``read_run``).

A mention is a name with its role and titles, a pronoun (``dia``, ``-nya``), a role alone
(``ujar Kapolda``) or a description (``seorang warga``).
"""

from __future__ import annotations

import itertools
from typing import Sequence

import regex

from .lexicon import Lexicon, word_class
from .names import (
    Mention,
    _abbreviated,
    _abbreviates,
    _after_dateline,
    _capital_suffix,
    _degree,
    _is_dateline,
    _links,
    _name_in,
    _place_of,
    _trim_role,
    split_name,
)
from .spans import Span
from .words import (
    ADVERBS,
    AGE,
    AUXILIARIES,
    CLAUSE_OPENERS,
    CLAUSE_WORDS,
    CONNECTORS,
    DEMONSTRATIVES,
    KINSHIP,
    NAMING,
    NEGATIONS,
    PHRASE_LIMIT,
    PLACES,
    PREPOSITIONS,
    RESIDENTS,
    ROLE_BREAKS,
    ROLE_LINKS,
    STOP_WORDS,
    UNNAMED_HEADS,
    UNNAMED_OPENERS,
    VERB_LIKE,
    WEB_NAME,
    _DAY,
    _SOURCE,
    Token,
    Words,
    _context_word,
    _initials,
    description_head,
    tokens,
    words_of,
)


def read_forward(text: str, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """The speaker named right after a cue: '... ujar Kapolda Papua, Paulus Waterpau, saat ...'.

    >>> t = 'ujar Menteri Keuangan Sri Mulyani Indrawati di Jakarta.'
    >>> m = read_forward(t, 5, len(t), Lexicon.default())
    >>> m.name.text, m.role.text
    ('Sri Mulyani Indrawati', 'Menteri Keuangan')
    """
    at = start
    while at < end and text[at].isspace():
        at += 1
    if at < end and text[at] in _NO_SPEAKER:
        return None  # what follows opens with punctuation: nobody is named there ('"a" "a" ...')
    limit = min(end, start + PHRASE_LIMIT)
    window = min(limit, start + 96)  # most phrases are short: read a window first, all only if needed
    found = _read_forward(text, tokens(text, start, window), lexicon)
    if window < limit and (found is None or found.span.end > window - 24):
        found = _read_forward(text, tokens(text, start, limit), lexicon)
    return found


def read_run(text: str, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """``read_forward`` over one capitalised run: the same runs recur ('Presiden Prabowo Subianto'),
    so each reading is kept by the run's words and moved to where the run stands. Only a run that
    opens with 'Warga' ... is read together with the few characters after it (split_name looks for
    an age there: 'Warga lainnya Badri (33)'); for the others the run's words are the whole key."""
    resident = text[start : start + 10].lower().startswith(_RESIDENT_OPENINGS)
    key = text[start : min(len(text), end + _RUN_CONTEXT)] if resident else text[start:end]
    cache = words_of(lexicon)._runs
    found = cache.get(key, _UNREAD)
    if found is _UNREAD:
        if len(cache) > 20_000:
            cache.clear()  # bounded: a text of endless new names does not grow it for ever
        mention = read_forward(text, start, end, lexicon)
        found = cache[key] = None if mention is None else (
            mention.kind,
            _relative(mention.span, start),
            _relative(mention.name, start),
            _relative(mention.role, start),
            mention.bounded,
        )
    if found is None:
        return None
    kind, span, name, role, bounded = found
    return Mention(kind, _placed(text, span, start), _placed(text, name, start), _placed(text, role, start), bounded)  # type: ignore[arg-type]


_UNREAD = object()


_NO_SPEAKER = frozenset(",.;:!?\"“”'‘’")  # not '(': '(Kemenkes) ...' may open a name


_RUN_CONTEXT = 12  # what split_name reads after a name: an age ('Badri (33)')


_RESIDENT_OPENINGS = tuple(RESIDENTS)  # the only first words after which split_name reads past the name


def _relative(span: Span | None, start: int) -> tuple[int, int] | None:
    return None if span is None else (span.start - start, span.end - start)


def _placed(text: str, offsets: tuple[int, int] | None, start: int) -> Span | None:
    return None if offsets is None else Span.of(text, start + offsets[0], start + offsets[1])


def _read_forward(text: str, toks: list[Token], lexicon: Lexicon) -> Mention | None:
    w = words_of(lexicon)
    if not toks:
        return None
    first = toks[0].text
    if first.lower() in w.pronouns and (len(toks) == 1 or not w.capital(toks[1].text) or first.lower() == "nya"):
        return Mention("pronoun", Span.of(text, toks[0].start, toks[0].end))
    if (not w.capital(first) and not w.title(first)) or first.lower() in UNNAMED_OPENERS or _shouted_role(toks, w):
        return _description(text, toks, lexicon)
    segments: list[list[Token]] = [[]]
    i = 0
    while i < len(toks):
        tok = toks[i].text
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        in_role = bool(segments[0]) and (w.role(segments[0][0].text) or w.title(segments[0][0].text))
        if _context_word(tok) and segments[-1] and _name_in(segments[-1], w):
            break  # 'ujar Brian Wicaksono Sabtu (04/02)': the day the name was said on
        if w.capital(tok) or w.title(tok) or (tok[:1].isdigit() and segments[-1] and in_role):
            segments[-1].append(toks[i])
        elif tok == "." and segments[-1] and _abbreviated(segments[-1][-1].text, w) and w.capital(nxt):
            pass  # the stop of an initial, a title or a modifier: 'M. Yusuf', 'Dr. Budi', 'Plt. Direktur'
        elif in_role and tok[:1].islower() and (run := _lower_run(toks, i, w)):
            segments[-1].extend(toks[i : i + run])  # 'Pebulu tangkis tunggal putri Putri Kusuma Wardani'
            i += run
            continue
        elif in_role and tok[:1].islower() and tok in w.units and w.capital(nxt) and not _name_in(segments[-1], w):
            segments[-1].append(toks[i])  # 'Kepala Dinas Pendidikan provinsi Sumatera Selatan'; not 'Firman Mochtar dalam Taklimat'
        elif in_role and tok == "/" and w.capital(nxt) and segments[-1]:
            segments[-1].append(toks[i])  # 'Kodam XVII/Cenderawasih', 'Kementerian PPN/Bappenas'
        elif in_role and tok[:1] == "(" and w.capital(nxt) and (_abbreviates(tok, segments[-1]) or not _name_in(segments[-1], w)):
            segments[-1].append(toks[i])  # 'Kepala Seksi Hubungan Masyarakat (Kasi Humas) Polresta ...', '... Multimoda (Ditjen Intram) Kemenhub'
        elif tok.lower() in ROLE_LINKS and in_role and w.capital(nxt) and _links(segments[-1], tok.lower(), nxt, w):
            segments[-1].append(toks[i])
        elif tok == "," and w.capital(nxt) and in_role and not _context_word(nxt):
            rank = w.title(nxt) and i + 2 < len(toks) and w.title(toks[i + 2].text)  # ', Komisaris Besar Faizal'
            if w.role(nxt) and not rank and _name_in(segments[-1], w):
                break  # 'CEO Kompas Gramedia Lilik Oetama, Direktur Utama ...': a list of people
            segments.append([])
        elif tok == "," and nxt.lower() in CONNECTORS and in_role:
            segments.append([])
        else:
            break
        i += 1
    segments = [s for s in segments if s]
    if not segments:
        return _description(text, toks, lexicon)
    return split_name(text, segments, lexicon)


def _lower_run(toks: Sequence[Token], i: int, w: Words) -> int:
    """Lower-case words that go on a role up to the next capitalised word ('tangkis tunggal putri'),
    as long as no name has started yet; 0 where the run does not end in a capitalised word."""
    j = i
    while j < len(toks) and j - i < 4 and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].text in ROLE_BREAKS or VERB_LIKE.match(toks[j].text):
            return 0
        j += 1
    return j - i if j < len(toks) and j > i and w.name_word(toks[j].text) else 0


def _shouted_role(toks: Sequence[Token], w: Words) -> bool:
    """A role word in capitals before lower-case words: 'GANDA putra ...' reads as 'ganda putra ...'."""
    first = toks[0].text
    return len(toks) > 1 and first.isupper() and first not in w.roles and w.role(first) and toks[1].text[:1].islower()


def role_before(toks: Sequence[Token], end: int, w: Words) -> int | None:
    """Where a lower-case role phrase opens that runs on to ``toks[end]``, the first word of a
    name: the earliest role word among the few lower-case words right before it ('pemimpin
    redaksi detik.com Alfito', 'GANDA putra bulu tangkis Indonesia Fajar'). None for none."""
    found = None
    for i in range(end - 1, max(-1, end - 7), -1):
        word = toks[i].text
        lower = (word.isalpha() and word.islower()) or WEB_NAME.search(word) is not None
        if not lower or word in ROLE_BREAKS or word in KINSHIP or VERB_LIKE.match(word):
            return i if w.role(word) else found  # 'Pebulu tangkis ...', 'GANDA putra ...' open it
        if w.role(word):
            found = i
    return found


def _description(text: str, toks: Sequence[Token], lexicon: Lexicon) -> Mention | None:
    """'seorang warga bernama Darwato', 'pebulu tangkis peringkat 33 dunia tersebut', 'sumber'."""
    words: list[Token] = []
    w = words_of(lexicon)
    if toks and toks[0].text.lower() in CLAUSE_WORDS:
        return None  # '"exprrevis verbis" menyatakan bahwa pemilu ...': a clause follows, not someone
    named = False  # a name's word read after the first word
    for i, tok in enumerate(toks):
        if tok.text in ("di", "pada") and words and w.role(words[0].text) and not named and _body_next(toks, i + 1, w):
            pass  # 'pengajar di Fakultas Hukum Universitas Airlangga': the role's body, not a place
        elif tok.text == "di" and words and w.role(words[0].text) and not named and _place_then_name(toks, i + 1, w):
            pass  # 'ahli gizi di New York City, Robin DeCicco': where the role is held, then the name
        elif tok.text == "," and words and _unit_list(toks, i, w):
            pass  # 'juru bicara Satgas Pencegahan, Pengendalian, dan Penanganan Covid-19 ...'
        elif tok.text in ",.;:!?\"“”'‘’()" or tok.text.lower() in STOP_WORDS:
            break
        elif tok.text in AUXILIARIES and words and not any(t.text == "yang" for t in words):
            break  # 'menurut penulis akan sangat ...': a verb phrase starts (not '... yang tidak mau ...')
        elif tok.text in CONNECTORS and named and i + 1 < len(toks) and w.role(toks[i + 1].text) and w.capital(toks[i + 1].text):
            break  # 'pembicara Zadrach L Dupe dari ... ITB dan Pemimpin Redaksi ...': a second person
        named = named or (bool(words) and w.name_word(tok.text))
        words.append(tok)
        if tok.text.lower() in DEMONSTRATIVES:
            break
    if not words:
        return None
    span = Span.of(text, words[0].start, words[-1].end)
    naming = NAMING.search(text, span.start, toks[-1].end)
    if naming and naming.start() <= span.end:
        return _named(text, Span.of(text, span.start, naming.end("name")), naming, words, w)
    last_capital = max((i for i, t in enumerate(words) if w.capital(t.text)), default=-1)
    if w.role(words[0].text):
        role_part = words[: last_capital + 1] if last_capital > 0 else words
        anaphoric = words[-1].text.lower() in DEMONSTRATIVES  # 'pebulu tangkis ... tersebut, Karupathevan tampil'
        name_part = [] if anaphoric else _name_after(toks, len(words), role_part, w)
        if name_part:
            named = split_name(text, [role_part, name_part], lexicon)  # 'manajer Persib, Umuh Muchtar'
            if named.kind == "name":
                return named
        clause = any(
            VERB_LIKE.match(t.text) or t.text in ROLE_BREAKS and not (t.text in ("di", "dari", "pada") and w.capital(role_part[k + 1].text))
            for k, t in enumerate(role_part[1:-1], 1)
        )  # 'di', 'dari' before a capitalised word link a body: 'pembicara Zadrach L Dupe dari Kelompok ...'
        if last_capital > 0 and not clause:  # not 'penumpang yang hendak menuju Universitas ...'
            named = split_name(text, [role_part], lexicon)  # 'anggota Golkar Dave Laksono'
            link = next((t.start for t in role_part if t.text in ("di", "dari", "pada")), span.end)
            after_link = named.name is not None and named.name.end > link
            if named.kind == "name" and named.name is not None and (not after_link or _named_after_body(named.name.text, w)):
                return named  # 'anggota Komisi I DPR dari Fraksi Partai Golkar Bobby Adhityo Rizaldi', not 'di Polda Metro Jaya'
    if words[0].text.lower() in ("seorang", "salah") and (name_part := _name_after(toks, len(words), words, w)):
        # 'seorang lansia, Colleen Hoffman (69), ...': the description, then the name set off by commas
        name = Span.of(text, name_part[0].start, name_part[-1].end)
        return Mention("name", Span.of(text, span.start, name.end), name=name, role=_named_role(text, words, w))
    if words[-1].text.lower() in DEMONSTRATIVES and _personal_head(words, w):
        return Mention("role", span)  # 'pebulu tangkis ... tersebut', 'pria bermarga Wang itu': someone named before
    return Mention("description", span, name=span)  # and 'beleid tersebut': a thing, not someone


def _personal_head(words: Sequence[Token], w: Words) -> bool:
    """Whether a description's head names someone who may speak: a role, a kin word, a person or
    a body noun (past 'mantan', 'sang', ...), not a thing ('beleid tersebut', 'pertemuan ... tersebut')."""
    head = description_head([t.text for t in words])
    return w.role(head) or w.role(head.lower()) or head.lower() in KINSHIP or head.lower() in _PERSON_NOUNS or head.lower() in _BODY_NOUNS


def _unit_list(toks: Sequence[Token], i: int, w: Words) -> bool:
    """Whether the comma at ``i`` goes on a list of a body's fields closed by 'dan' or 'serta':
    'Satgas Pencegahan, Pengendalian, dan Penanganan Covid-19' (each item opens with a unit word)."""
    j = i
    while j < len(toks) and toks[j].text == ",":
        j += 1
        if j < len(toks) and toks[j].text in ("dan", "serta"):
            return j + 1 < len(toks) and w.capital(toks[j + 1].text)
        if j >= len(toks) or not w.capital(toks[j].text) or not w.unit(toks[j].text):
            return False
        while j < len(toks) and w.capital(toks[j].text):
            j += 1
        if j < len(toks) and toks[j].text in ("dan", "serta"):
            return j + 1 < len(toks) and w.capital(toks[j + 1].text)
    return False


def _body_next(toks: Sequence[Token], i: int, w: Words) -> bool:
    """Whether the words from ``i`` name a body (an organisation word or a unit), not a place."""
    word = toks[i].text if i < len(toks) else ""
    return word[:1].isupper() and word not in PLACES and (word in w.organisations or word in w.units)


def _place_then_name(toks: Sequence[Token], i: int, w: Words) -> bool:
    """Whether the words from ``i`` are a place set off by a comma before a name: 'New York City,
    Robin DeCicco' (not 'Jakarta, Senin' or 'Jakarta, penyakit itu ...')."""
    j = i
    while j < len(toks) and toks[j].text[:1].isupper():
        j += 1
    return i < j < len(toks) - 1 and toks[j].text == "," and w.name_word(toks[j + 1].text)


def _named_after_body(name: str, w: Words) -> bool:
    """Whether words read as a name after a body ('dari Fraksi Partai Golkar Bobby Adhityo Rizaldi')
    are one: two words or more, the first a name's ('Jaya' of 'Polda Metro Jaya' is not)."""
    words = name.split()
    return len(words) >= 2 and w.name_word(words[0])


def _name_after(toks: Sequence[Token], i: int, role: Sequence[Token], w: Words) -> list[Token]:
    """The name set off by a comma at ``i`` after a role ('manajer Persib, Umuh Muchtar'), past the
    place of the role's body ('pengamat politik Universitas Diponegoro, Semarang, Wahid Abdulrahman')."""
    if i >= len(toks) or toks[i].text != ",":
        return []
    run = _capital_run(toks, i + 1, w)
    after = i + 1 + len(run)
    if run and after + 1 < len(toks) and toks[after].text == "," and _place_of(role, run, w):
        named = _capital_run(toks, after + 1, w)
        run = named if named and w.name_word(named[0].text) else run
    return run if run and w.name_word(run[0].text) else []


def _capital_run(toks: Sequence[Token], i: int, w: Words) -> list[Token]:
    """The capitalised words and initials from ``i`` on."""
    run = []
    for tok in toks[i:]:
        if not (w.capital(tok.text) or _initials(tok.text.rstrip("."))):
            break
        run.append(tok)
    return run


def _named(text: str, span: Span, naming: regex.Match[str], toks: Sequence[Token], w: Words) -> Mention:
    """'seorang warga bernama Darwato' (a name, with the description before it as role) or
    'pria yang akrab disapa Djanur' (an alias)."""
    name = Span.of(text, *naming.span("name"))
    if naming.group("how") not in ("bernama", "berinisial"):
        return Mention("alias", span, name=name)
    role = _named_role(text, [t for t in toks if t.end <= naming.start()], w)
    return Mention("name", span, name=name, role=role)


def _named_role(text: str, toks: Sequence[Token], w: Words) -> Span | None:
    """The role in 'seorang warga bernama ...', 'salah satu pedagang bernama ...': 'warga', 'pedagang'."""
    toks = list(toks)
    while toks and toks[0].text.lower() in ("seorang", "salah", "satu", "sebuah", "para", "sejumlah", "beberapa"):
        toks = toks[1:]
    toks = list(itertools.takewhile(lambda t: t.text.lower() != "yang", toks))  # 'tersangka yang ditetapkan'
    if not toks or not w.role(toks[0].text.lower()) or toks[0].text in w.organisations:
        return None
    return Span.of(text, toks[0].start, toks[-1].end)


def read_backward(text: str, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """The subject right before a verb cue: 'Kapolda Papua, Paulus Waterpau, membantah ...'.

    ``start`` is the sentence start, ``end`` the cue. Negated or refused speech ('enggan
    menilai', 'tidak mengatakan') and relative clauses ('... yang mengatakan') have no subject.

    >>> t = 'Namun, Riyanto (39), sopir truk, mengaku ...'
    >>> m = read_backward(t, 0, t.index('mengaku'), Lexicon.default())
    >>> m.name.text, m.role.text
    ('Riyanto', 'sopir truk')
    """
    w = words_of(lexicon)
    clipped = end - start > PHRASE_LIMIT
    if clipped:
        start = text.find(" ", end - PHRASE_LIMIT, end) + 1 or end - PHRASE_LIMIT
    toks = tokens(text, start, end)
    if toks and toks[-1].text.lower() == "dengan":
        # '... menyesalkan tindakan itu, dengan memastikan ...': the main clause's subject speaks
        verb = next((t for t in toks if VERB_LIKE.match(t.text)), None)
        return read_backward(text, start, verb.start, lexicon) if verb is not None else None
    while toks and (
        toks[-1].text.lower() in ADVERBS
        or toks[-1].text in ",-–—"
        or (len(toks) > 1 and toks[-2].text == "secara")
        or (len(toks) > 1 and toks[-1].text == "itu" and toks[-2].text.lower() in ("saat", "ketika", "waktu"))
    ):
        toks.pop()  # 'juga', 'segera', 'secara gamblang', 'saat itu' before the cue ('Sekda Bone itu' keeps its 'itu')
    comma = _after_last_comma(toks)
    while 0 < comma < len(toks) and all(t.text == "." or (w.title(t.text) and _degree(t.text)) for t in toks[comma:]):
        toks = toks[: comma - 1]  # 'Dedy Tabrani, M.Si menjelaskan', 'Itida Yasar, SH, MPsi, menilai': degrees after the name
        comma = _after_last_comma(toks)
    if not toks:
        return None
    toks = _without_setting(text, toks, w)
    relative = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].text == ","), 0)
    if relative and toks[relative + 1].text.lower() == "yang" and len(toks) - relative <= 12 and _name_in(toks[:relative], w):
        toks = toks[:relative]  # 'Andra Soni, yang memimpin rapat, menyebutkan': a clause about the name set off
    to = next((i for i in range(len(toks) - 1, 0, -1) if toks[i].text.lower() == "kepada"), 0)
    if to and _name_in([t for t in toks[:to] if not AGE.fullmatch(t.text)], w):
        toks = toks[:to]  # 'Fadliansyah Akbar kepada SuratKabarDigital.com mengatakan': whom he told
    clause = _after_last_comma(toks)  # not 'Di dalam hatinya, ia mengaku', 'Pada saat diumumkan, KPK menyebut'
    when = next((i for i in range(clause + 1, len(toks) - 1) if _occasion(toks, i) and _name_in(toks[clause:i], w)), 0)
    if when:
        toks = toks[:when]  # 'Fadli Zon dalam sambutannya menegaskan', 'Budi saat dikonfirmasi mengatakan': when he said it
    if len(toks) > 3 and any(t.text == "atau" for t in toks[-3:-1]):  # an alias of one or two words
        alias = max(i for i in range(len(toks) - 3, len(toks) - 1) if toks[i].text == "atau")
        if all(w.capital(t.text) for t in toks[alias + 1 :]) and _name_in(toks[:alias], w):
            toks = toks[:alias]  # 'Saifullah Yusuf atau Gus Ipul menyampaikan': the name, not its alias
    for k in (1, 2, 3):  # 'Aqsha Erlangga di Jayapura mengatakan': where the speaker is, not who
        if len(toks) > k + 2 and toks[-k - 1].text in ("di", "dari") and all(w.capital(t.text) for t in toks[-k:]):
            if toks[-k].text in PLACES or len(_name_in(toks[: -k - 1], w)) >= 2:
                toks = toks[: -k - 1]
            break
    opening = _after_last_comma(toks)
    link = next((i for i in range(opening + 2, len(toks) - 1) if toks[i].text == "dari" and toks[i + 1].text[:1].islower()), None)
    if link is not None and len(_name_in(toks[opening:link], w)) == link - opening:
        toks = toks[:link]  # 'Tahir Della dari organisasi Initiative of Black People in Germany mengatakan'
    last = toks[-1].text
    if last.lower() == "yang" and len(toks) > 2 and toks[-2].text == ",":
        # 'anggota DPR RI Fraksi Golkar, Agun Gunandjar Sudarsa, yang menyebut ...': the person the
        # relative clause is about, when a name ends the words before it
        named = read_backward(text, start, toks[-2].start, lexicon)
        return named if named is not None and named.kind == "name" else None
    if last.lower() in NEGATIONS or last.lower() in ("yang", "untuk", "agar", "akan", "bisa", "dapat", "harus", "perlu"):
        return None
    if last.lower() in ("dalam", "guna", "demi", "bagi", "sebelum", "setelah", "sesudah", "usai", "sambil"):
        return None  # '... peran vital dalam memastikan ...': a verb as a noun, not someone speaking
    if last.lower() in ("saya", "aku", "kami", "kita"):
        return None  # 'Kita berharap ...': the writer's own voice, not someone quoted
    if all(t.text.lower() in DEMONSTRATIVES or t.text.lower() == "hal" for t in toks):
        return None  # 'Ini menggarisbawahi ...', 'Hal itu menunjukkan ...': a fact, not someone speaking
    if last.lower() in w.pronouns:
        return Mention("pronoun", Span.of(text, toks[-1].start, toks[-1].end))
    which = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].text.lower() == "yang" or toks[i].text == ","), 0)
    if (
        which
        and toks[which].text.lower() == "yang"
        and len(toks) - which <= 10
        and not NAMING.search(text, toks[which].start, toks[-1].end)
        and (
            len(_name_in(toks[:which], w)) >= 2
            or any(AGE.fullmatch(t.text) for t in toks[:which])
            or (toks[-1].text.lower() in DEMONSTRATIVES and _bare_name(toks[:which], w))  # 'Vatikan yang hendak ... itu'
        )
    ):
        toks = toks[:which]  # 'Faizal Ramadhani yang berada di Mimika menyatakan', 'AHS (44), kurir sabu yang ...'
    clause = next((i + 1 for i in range(len(toks) - 1, -1, -1) if toks[i].text == ","), 0)
    if clause < len(toks):
        naming = NAMING.search(text, toks[clause].start, toks[-1].end)
        if naming is not None and all(t.text.lower() in DEMONSTRATIVES for t in toks if t.start >= naming.end()):
            return _named(text, Span.of(text, toks[clause].start, toks[-1].end), naming, toks[clause:], w)
    described = _described_name(text, toks, w)
    if described is not None:
        return described
    segments = _segments_back(toks, w, lexicon)
    if not segments:
        return None if clipped else _subject_description(text, toks, w, lexicon)
    mention = split_name(text, segments, lexicon)
    return mention


def _described_name(text: str, toks: Sequence[Token], w: Words) -> Mention | None:
    """A name set off by one comma from an indefinite description, which is the name's role:
    'Nanang, seorang pedagang beras di Pasar Cikarang', 'Salah satu punggawa Persiraja, Zamrony'."""
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if len(commas) != 1:
        return None
    before, after = list(toks[: commas[0]]), list(toks[commas[0] + 1 :])
    if _bare(before, w) and (k := _indefinite_opening(after)) and 0 < len(after) - k <= 8:
        name, role = before, after[k:]
    elif (k := _indefinite_opening(before)) and 0 < len(before) - k <= 8 and _bare(after, w):
        name, role = after, before[k:]
    else:
        return None
    if not role[0].text[:1].islower():
        return None
    name = [t for t in name if not AGE.fullmatch(t.text)]
    return Mention(
        "name",
        Span.of(text, toks[0].start, toks[-1].end),
        name=Span.of(text, name[0].start, name[-1].end),
        role=Span.of(text, role[0].start, role[-1].end),
    )


def _indefinite_opening(toks: Sequence[Token]) -> int:
    """How many words open an indefinite description: 'seorang', 'salah satu (dari)', 0 for none."""
    words = [t.text.lower() for t in toks[:3]]
    if words[:1] == ["seorang"]:
        return 1
    if words[:2] in (["salah", "satu"], ["salah", "seorang"]):
        return 3 if words[2:3] == ["dari"] else 2
    return 0


def _bare(toks: Sequence[Token], w: Words) -> bool:
    """One to four name words, an age after them allowed: 'Nanang', 'Sugeng (39)'."""
    words = [t for t in toks if not AGE.fullmatch(t.text)]
    if words and words[0].text.lower() in PREPOSITIONS:
        return False  # 'Di Times Square': a place
    return 1 <= len(words) <= 4 and all(w.name_word(t.text) for t in words)


# What opens the occasion between a speaker's name and the verb: 'dalam sambutannya', 'saat
# dikonfirmasi', 'melalui keterangan tertulisnya', 'selaku kuasa hukum', 'di sela kunjungannya'
_OCCASIONS = word_class("occasion")
_OCCASIONS_AFTER_DI = word_class("occasion_after_di")
# Nouns that say what someone is, not an office: 'Pria itu', 'Perwira menengah Polri itu'
_PERSON_NOUNS = word_class("person_noun")
_BODY_NOUNS = word_class("body_noun")


def _occasion(toks: Sequence[Token], i: int) -> bool:
    word = toks[i].text.lower()
    return word in _OCCASIONS or (word == "di" and toks[i + 1].text.lower() in _OCCASIONS_AFTER_DI)


def _after_last_comma(toks: Sequence[Token]) -> int:
    """Where the words after the last comma start (0 without a comma)."""
    return max((i + 1 for i, t in enumerate(toks) if t.text == ","), default=0)


def _bare_name(toks: Sequence[Token], w: Words) -> bool:
    """Whether the words after the last comma are a name alone: 'Vatikan', not 'Majelis Hakim Militer'."""
    start = _after_last_comma(toks)
    name = _name_in(toks[start:], w)
    return bool(name) and len(name) == len(toks) - start


def _without_setting(text: str, toks: list[Token], w: Words) -> list[Token]:
    """The subject without the day and place set off by commas before the cue: 'Tonny Ananda
    Swadaya di Wamena, ibu kota Kabupaten Jayawijaya, Selasa (29/10), mengatakan'."""
    stripped = False
    for _ in range(3):  # 'Fitch Ratings, dalam siaran persnya, Senin, mengatakan'
        comma = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].text == ","), 0)
        if not comma:
            break
        opening = toks[comma + 1].text.lower()
        if (
            _DAY.fullmatch(text, toks[comma + 1].start, toks[-1].end)
            or _SOURCE.fullmatch(text, toks[comma + 1].start, toks[-1].end)
            or opening in CLAUSE_OPENERS  # ', saat hadir dalam Pemilu OSIS di SMAN 1 Tabanan'
        ):
            toks, stripped = toks[:comma], True
        elif stripped and toks[comma + 1].text[:1].islower() and comma > 1 and toks[comma - 2].text == "di" and w.capital(toks[comma - 1].text):
            toks = toks[:comma]  # ', ibu kota Kabupaten Jayawijaya': the place's own appositive
        else:
            break
    return toks


def _segments_back(toks: list[Token], w: Words, lexicon: Lexicon) -> list[list[Token]]:
    """Comma-separated segments of the noun phrase that ends the region.

    'Kapolda Papua, Paulus Waterpau' (role, name), 'Witjaksono, Direktur Bisnis' (name, role),
    'Riyanto (39), sopir truk' (name, role in lower case), 'Menteri Keuangan Sri Mulyani' (one).
    """
    segments: list[list[Token]] = [[]]
    for tok in toks:
        if tok.text == ",":
            segments.append([])
        else:
            segments[-1].append(tok)
    resident = next((j for j in range(len(segments) - 2, 0, -1) if segments[j] and segments[j][0].text in RESIDENTS), 0)
    if resident and all(0 < len(seg) <= 3 and all(w.capital(t.text) for t in seg) for seg in segments[resident + 1 :]):
        segments = segments[: resident + 1]  # 'Fahruddin (22), warga Bende, Kadia, Kendari': the places go with 'warga'
    last = segments[-1]
    phrase = _capital_suffix(last, w, lexicon)
    if len(phrase) < len(last) and len(segments) >= 2 and w.role(last[0].text) and last[0].text[:1].islower():
        # a lower-case appositive: 'Riyanto (39), sopir truk', 'Brian Wong, mantan eksekutif Alibaba'
        name = _capital_suffix(segments[-2], w, lexicon)
        rest = _after_dateline([t for t in segments[-2] if t.text != "." and not AGE.fullmatch(t.text)])
        if name and len(rest) - len(name) <= 1:  # not 'dengan DPR, mahasiswa'
            return [name, last]
    before = last[len(last) - len(phrase) - 1].text if len(phrase) < len(last) else ""
    unnamed = bool(last) and last[0].text.lower() in UNNAMED_HEADS and not _name_in(phrase, w)
    if not phrase or before in RESIDENTS or before in KINSHIP or unnamed:
        return []  # 'seorang pria diduga warga Jember': a place; 'mantan istri Ivan Fadilla itu': someone else
    opening = role_before(last, len(last) - len(phrase), w) if len(phrase) < len(last) else None
    if opening is not None and not any(map(w.role, (t.text for t in phrase))) and all(
        t.text in lexicon.word_set("connectives") or t.text.lower() in ADVERBS for t in last[:opening]
    ):
        phrase = last[opening:]  # a lower-case role opens the subject: 'Pemimpin redaksi detik.com Alfito'
    found = [phrase]
    if len(phrase) < sum(t.text != "." for t in last) or _is_dateline(phrase):
        return [] if _is_dateline(phrase) else found
    if len(segments) >= 3 and _place_of(segments[-3], segments[-2], w):
        del segments[-2]  # 'Pakar hukum pidana Universitas Parahyangan, Bandung, Agustinus Pohan'
    for segment in reversed(segments[:-1]):
        role_at = next((i for i, tok in enumerate(segment) if w.role(tok.text) and (i == 0 or w.capital(tok.text))), None)
        if role_at is not None:
            found.insert(0, segment[role_at:])
            if role_at > 0:
                break
            continue
        name = _capital_suffix(segment, w, lexicon)
        if name and len(name) == len(segment) and w.role(found[0][0].text):
            found.insert(0, name)
        break
    return found


def _subject_description(text: str, toks: list[Token], w: Words, lexicon: Lexicon) -> Mention | None:
    """A sentence-initial description as subject: 'Saksi mata di lokasi kejadian mengatakan'; one
    that ends in a demonstrative may hold a comma ('Warga Jalan Haji Mat Ali, Bekasi itu')."""
    commas = [i + 1 for i, tok in enumerate(toks) if tok.text == ","]
    found = _description_from(text, toks[commas[-1] if commas else 0 :], w, lexicon)
    definite = bool(toks) and toks[-1].text.lower() in DEMONSTRATIVES
    if found is None and len(commas) == 1 and definite:
        found = _description_from(text, toks, w, lexicon)
    if found is None and definite:  # '... sejak CEO Tesla itu mengumumkan': the role nearest the cue
        role_at = next((i for i in range(len(toks) - 2, max(-1, len(toks) - 8), -1) if w.role(toks[i].text)), None)
        found = _description_from(text, toks[role_at:], w, lexicon) if role_at is not None else None
    return found


def _description_from(text: str, toks: list[Token], w: Words, lexicon: Lexicon) -> Mention | None:
    if toks and toks[0].text in lexicon.word_set("connectives"):
        toks = toks[1:]
    definite = bool(toks) and toks[-1].text.lower() in DEMONSTRATIVES  # 'Direktur ... Surabaya ini menyebut'
    if not toks or len(toks) > (16 if definite else 8):
        return None
    first = toks[0].text
    if definite and len(toks) > 1 and first.lower() in _PERSON_NOUNS:
        return Mention("role", Span.of(text, toks[0].start, toks[-1].end))  # 'Perwira menengah Polri itu': someone named before
    if first.lower() in UNNAMED_OPENERS or w.role(first) or w.role(first.lower()) or first in w.organisations:
        span = Span.of(text, toks[0].start, toks[-1].end)
        if definite and len(toks) > 1:  # 'Anggota Komisi XII DPR itu': the role of someone named before
            role = _trim_role(text, toks[:-1], w) if w.role(first) or w.role(first.lower()) else None
            return Mention("role", span, role=role)
        return Mention("description", span, name=span)
    return None
