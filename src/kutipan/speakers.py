"""Mentions of speakers and the people they point to.

A mention is what an attribution site says about the speaker: a name with its role and titles
(``Kapolres Metro Jakarta Timur Kombes Yoyon Tony Surya Putra``), a pronoun (``dia``, ``-nya``), a
role alone (``ujar Kapolda``) or a description (``seorang warga``). ``People`` links the mentions of
one document to persons: re-mentions by surname or first name (``kata Clark``) join the full name
(``Duncan Clark``), pronouns join the person last mentioned.
"""

from __future__ import annotations

import itertools
from typing import Literal, NamedTuple, Sequence

import attrs
import regex

from .lexicon import Lexicon
from .spans import Span, Speaker

MentionKind = Literal["name", "pronoun", "role", "description", "organisation", "alias"]

# Words, bracketed groups and punctuation; a full stop stays inside 'S.H' or 'tirto.id' only.
# (Written without an alternation per character: the regex engine runs it twice as fast.)
TOKEN = regex.compile(
    r"""\( [^()\n]{1,60} \)
      | [\p{L}\p{N}] [\p{L}\p{N}\p{Mn}'’\-]* (?: \.[\p{L}\p{N}] [\p{L}\p{N}\p{Mn}'’\-]* )*
      | [^\s\p{L}\p{N}]""",
    regex.VERBOSE,
)
CONNECTORS = frozenset({"dan", "&", "serta", "sekaligus"})
# Lower-case words that end a role run: a verb, a preposition of place or time, a clause.
ROLE_BREAKS = frozenset(
    """yang saat ketika kala kepada pada dalam di ke dari usai seusai seperti sambil melalui lewat via
    kemarin tadi bahwa karena agar untuk namun tetapi tapi ini itu tersebut juga pun sudah telah akan
    sedang masih belum tidak tak adalah merupakan ialah membuat bersama dengan oleh atas terhadap alias""".split()
)
# 'Kesehatan', 'Perekonomian', 'Penanggulangan': nouns of a field or an office, never a personal name.
DERIVED_NOUN = regex.compile(r"(?:Ke|Pe|Per|Pem|Pen|Peng|Peny)\p{Ll}{3,}an$")
VERB_LIKE = regex.compile(r"(?:me|ber|di|ter)\p{Ll}{4,}$")  # 'menghubungi', 'diperkirakan': a clause, not a role
# Words after which a capitalised word names a place or a body, not a person ('Kota Serang', 'PT Jasa').
PLACE_MARKERS = frozenset(
    """Kota Kabupaten Kab Provinsi Kecamatan Kelurahan Desa Dusun Kampung PT CV Universitas Harian Lapas Rutan
    Polres Polresta Polrestabes Polda Polsek Kodim Korem Kodam DPRD Pemkot Pemkab Pemprov Bupati Gubernur Walikota
    Camat Lurah Kapolres Kapolresta Kapolrestabes Kapolda Kapolsek Uskup Danrem Dandim Pangdam Kajari Kajati
    RSUD RSUP Stadion Pulau Teluk Gunung Sungai Bandara Pelabuhan Stasiun Terminal Pasar Taman The Masjid Gereja
    Pesantren Ponpes""".split()
)
# 'di X' stays in a role when X is the institution ('profesor di International Institute'), and
# goes when X is a place ('pedagang beras di Pasar Simpang Limun').
PLACES = frozenset(
    """Pasar Jalan Jl Jln Kota Kabupaten Kecamatan Kelurahan Desa Kampung Dusun Gedung Kantor Kompleks
    Perumahan Rumah Stadion Hotel Istana Mapolda Mapolres Mapolsek Mako Balai Lapangan Gelora Bandara
    Pelabuhan Stasiun Terminal Taman Masjid Gereja Lokasi Sela Jakarta Bandung Surabaya Medan""".split()
)
PLACE_OPENERS = frozenset({"Jalan", "Jl", "Jln", "Gang", "Gg", "Komplek", "Kompleks", "Perumahan", "Blok"})
# English words that join an institution's name: 'Institute for Development of Economics and Finance'
ENGLISH_LINKS = frozenset({"of", "and", "for", "on"})
ROLE_MODIFIERS = frozenset({"Senior", "Junior", "Plt", "Plh", "Pj"})  # before a role word, part of the role
INDEFINITE_ENDS = frozenset({"lainnya", "lain"})  # after a role word, not part of it: 'Warga lainnya Badri'
ROLE_LINKS = CONNECTORS | ENGLISH_LINKS | {"di", "dari", "untuk", "bidang", "pada"}
UNNAMED_OPENERS = frozenset({"seorang", "salah", "para", "sejumlah", "beberapa", "sumber", "warga", "petugas"})
# Openers of a description that ends in no name ('Sumber dari kepolisian Myanmar'); 'warga' and
# 'petugas' head a role instead ('Warga Jalan Haji Mat Ali itu').
UNNAMED_HEADS = UNNAMED_OPENERS - {"warga", "petugas"}
# After these a capitalised word is where people live, not a name: 'warga Wadas', 'warga Bende, Kadia';
# as a role they stand alone ('warga setempat', 'warga asal Ungaran' -> 'warga'), except in a compound
# ('warga negara', 'warga binaan').
RESIDENTS = frozenset({"warga", "penduduk", "masyarakat"})
RESIDENT_COMPOUNDS = frozenset({"negara", "binaan", "sipil", "adat"})
# Before a name these make a description of someone else: 'istri Ivan Fadilla' is not Ivan Fadilla.
# ('putra', 'putri' are left out: 'tunggal putri Putri Kusuma Wardani'.)
KINSHIP = frozenset("istri suami anak ayah ibu adik kakak cucu keponakan menantu mertua kekasih pacar ayahanda ibunda".split())


def resident_role(toks: list[Token]) -> list[Token]:
    """A role that opens with 'warga' cut to it, or to its compound: 'warga binaan'."""
    if toks and toks[0].text.lower() in RESIDENTS:
        return toks[:2] if len(toks) > 1 and toks[1].text.lower() in RESIDENT_COMPOUNDS else toks[:1]
    return toks
ABBREVIATION = regex.compile(r"\(\p{Lu}[\p{L}\p{N}\-./]{0,20}\)")  # '(Kemenkes)', '(Pol)'
_NAME_PART = regex.compile(r"[\p{L}\p{N}'’\-]+")
_SOURCE = regex.compile(
    r"(?:dalam|melalui|lewat)\s+(?:siaran\s+pers|keterangan|pernyataan|rilis|laporan|konferensi\s+pers|wawancara)[\p{L}\s]*"
    r"|(?:saat|ketika)\s+(?:dihubungi|ditemui|dikonfirmasi)[\p{L}\s]*"
)
WEB_NAME = regex.compile(r"\p{L}\.(?:id|com|co|net|org|tv)$", regex.IGNORECASE)
NICKNAME = regex.compile(r"\(\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2}\)")  # '(Gus Ipul)', '(Zulhas)'
CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*)*")
_BRACKETED = regex.compile(r"\s*\([^()]*\)")
_NAME_WORD = regex.compile(r"[\p{L}\p{N}'’\-\.]+")
AGE = regex.compile(r"\(\s*\d{1,3}\s*(?:tahun|th)?\s*\)")
DEMONSTRATIVES = frozenset({"tersebut", "ini", "itu"})
NAMING = regex.compile(
    r"\b(?P<how>bernama|berinisial|disapa|dipanggil|sapaan|alias)\s+(?:akrab\s+|karib\s+)?(?P<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})"
)


# A speaker's name with role and titles fits in this many characters; reading stops there, so
# that the work per attribution does not grow with the paragraph.
PHRASE_LIMIT = 240


class Token(NamedTuple):
    """A word, bracketed group or punctuation mark while a phrase is read; lighter than a Span."""

    start: int
    end: int
    text: str


def tokens(text: str, start: int, end: int) -> list[Token]:
    new = tuple.__new__  # what Token(...) calls, without its Python-level __new__
    return [new(Token, (m.start(), m.end(), m.group())) for m in TOKEN.finditer(text, start, end)]


@attrs.frozen
class Mention:
    """What one attribution site says about its speaker."""

    kind: MentionKind
    span: Span                   # the words as written ("Kapolda Papua, Paulus Waterpau", "dia")
    name: Span | None = None     # the name without role and titles ("Paulus Waterpau")
    role: Span | None = None     # a role given at the site ("Kapolda Papua")
    bounded: bool = True         # False where the name's first word is a guess ('... PT Jasa Raharja Rivan ...')


class Words:
    """Word classes of the lexicon, for reading names and roles."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # every word of a multi-word rank counts: 'Ajun Komisaris Besar', 'Inspektur Jenderal Polisi'
        self.titles = frozenset(w.rstrip(".") for t in lexicon.word_set("titles") for w in t.split())
        self.honorifics = lexicon.word_set("honorifics")
        self.roles = frozenset(w for r in lexicon.word_set("roles") for w in [r.split()[0]])
        self.units = frozenset(u for u in lexicon.word_set("units") if " " not in u)
        self.organisations = frozenset(w for r in lexicon.word_set("organisations") for w in [r.split()[0]])
        self.pronouns = lexicon.pronouns
        self.given = lexicon.word_set("given_names")
        # the first two words of each role of several words: 'Direktur Utama', 'Ketua Harian'
        # and of each unit of two words, whose second word is a unit only there: 'Mahkamah Agung'
        self.role_pairs = frozenset(
            (first, second)
            for entry in (*lexicon.word_set("roles"), *lexicon.word_set("units"))
            if " " in entry
            for first, second, *_ in [entry.split()]
        )
        self._names: dict[str, bool] = {}
        self._runs: dict[str, object] = {}  # read_run's readings, by the run's words
        self._name_runs: dict[tuple[Token, ...], list[Token]] = {}

    def capital(self, word: str) -> bool:
        return word[:1].isupper() or ABBREVIATION.fullmatch(word) is not None

    def title(self, word: str) -> bool:
        return word.rstrip(".") in self.titles

    def honorific(self, word: str) -> bool:
        return word in self.honorifics

    def role(self, word: str) -> bool:
        return word in self.roles

    def unit(self, word: str) -> bool:
        """A word of a role's unit or an organisation, not of a personal name."""
        return (
            word in self.units
            or word in self.roles
            or word in self.organisations
            or ABBREVIATION.fullmatch(word) is not None
            or (len(word) > 1 and word.isupper() and word.isalpha() and len(word) <= 6)
            or any(ch.isdigit() for ch in word)
            or word in DAYS
            or word in MONTHS
            or DERIVED_NOUN.match(word) is not None
            or (len(word) > 5 and word.endswith("nya"))  # 'Isinya', 'Menurutnya': not a name
            or WEB_NAME.search(word) is not None  # 'Bandungbergerak.id', 'detik.com': an outlet
        )

    def name_word(self, word: str) -> bool:
        """Whether a word can be part of a personal name (kept per word: the same words recur)."""
        known = self._names.get(word)
        if known is None:
            if len(self._names) > 50_000:
                self._names.clear()  # bounded: a text of endless new words does not grow it for ever
            known = self._names[word] = self.capital(word) and not self.unit(word) and not self.title(word) and not self.honorific(word)
        return known


def words_of(lexicon: Lexicon) -> Words:
    return lexicon._memo("words", lambda: Words(lexicon))


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
    so each reading is kept by the run's words (and the few characters after it that the reading
    looks at) and moved to where the run stands."""
    key = text[start : min(len(text), end + _RUN_CONTEXT)]
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
    if (not w.capital(first) and not w.title(first)) or first.lower() in UNNAMED_OPENERS:
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


def _abbreviated(word: str, w: Words) -> bool:
    """Whether a full stop after the word abbreviates it: an initial, a title, 'Plt.'."""
    return _initials(word) or w.title(word) or word in ROLE_MODIFIERS


def _initials(word: str) -> bool:
    """'M' of 'M. Yusuf', 'LP' of 'Retno LP. Marsudi'."""
    return word.isupper() and word.isalpha() and len(word) <= 3


def _context_word(word: str) -> bool:
    return word in DAYS or word in MONTHS


DAYS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad"})
MONTHS = frozenset(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
# Role words that are given names too: inside a name ('Gamal Imam Santoso') they are the name's.
GIVEN_ROLES = frozenset({"Imam", "Ratu", "Raja"})
# A clause set off before a cue that opens with these is when or how, not who: ', saat hadir di ...'.
CLAUSE_OPENERS = frozenset("saat ketika usai seusai setelah sesudah sebelum sambil selama".split())
# a day set off before a cue: 'Selasa (29/10)', 'Senin malam'
_DAY = regex.compile(r"(?:" + "|".join(sorted(DAYS)) + r")(?:\s*\([^()\n]{1,20}\))?(?:\s+(?:pagi|siang|sore|malam))?")


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
        if i > 0 and segment[i - 1].text.rstrip(".") in PLACE_MARKERS:
            break  # 'Wali Kota Serang Syafrudin': Serang is the town
        if i > 0 and (segment[i - 1].text, word) in w.role_pairs:
            break  # 'Direktur Utama Pertamina Simon': 'Utama' goes with 'Direktur' ('Ryan Utama' is a name)
        given = word in GIVEN_ROLES and bool(name) and (i == 0 or w.name_word(segment[i - 1].text))  # 'Gamal Imam Santoso'
        if w.name_word(word) or (len(word) == 1 and word.isupper()) or initials or given:
            name.insert(0, tok)
            if len(name) >= 6:  # 'I Dewa Kade Wiarsa Raka Sandi'
                break
        elif word.isupper() and word.isalpha() and len(word) <= 4 and not name and len(segment) == 1:
            name.insert(0, tok)  # initials as the whole name: 'AHS'
            break
        else:
            break
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
    """Whether the title at ``i`` is a rank there: 'Jenderal' of 'Sekretaris Jenderal' is an office's."""
    return w.title(toks[i].text) and not (i and (toks[i - 1].text, toks[i].text) in w.role_pairs)


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


def _description(text: str, toks: Sequence[Token], lexicon: Lexicon) -> Mention | None:
    """'seorang warga bernama Darwato', 'pebulu tangkis peringkat 33 dunia tersebut', 'sumber'."""
    words: list[Token] = []
    w = words_of(lexicon)
    named = False  # a name's word read after the first word
    for i, tok in enumerate(toks):
        if tok.text in ("di", "pada") and words and w.role(words[0].text) and not named and _body_next(toks, i + 1, w):
            pass  # 'pengajar di Fakultas Hukum Universitas Airlangga': the role's body, not a place
        elif tok.text == "," and words and _unit_list(toks, i, w):
            pass  # 'juru bicara Satgas Pencegahan, Pengendalian, dan Penanganan Covid-19 ...'
        elif tok.text in ",.;:!?\"“”'‘’()" or tok.text.lower() in STOP_WORDS:
            break
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
    if words[-1].text.lower() in DEMONSTRATIVES:
        return Mention("role", span)
    return Mention("description", span, name=span)


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


STOP_WORDS = frozenset(
    "kepada pada saat ketika di dalam usai seusai seperti sebagaimana sambil seraya sembari "
    "melalui lewat via kemarin tadi menirukan mengatakan menambahkan dikutip dilansir".split()
)


ADVERBS = frozenset(
    "juga pun lalu kemudian kembali hanya sempat bahkan sendiri tetap turut telah sudah pernah secara "
    "tegas langsung sebelumnya akhirnya memang justru lantas malah pula masih lebih lanjut mengaku mulanya awalnya "
    "dengan singkat kepada wartawan saat terpisah terus segera rutin kerap sering selalu kini".split()
)
NEGATIONS = frozenset("tidak tak enggan belum bukan jangan tanpa menolak urung batal gagal ingin akan mau".split())


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
    if 0 < comma < len(toks) and all(t.text == "." or (w.title(t.text) and _degree(t.text)) for t in toks[comma:]):
        toks = toks[: comma - 1]  # 'Dedy Tabrani, M.Si menjelaskan': degrees after the name
    if not toks:
        return None
    toks = _without_setting(text, toks, w)
    to = next((i for i in range(len(toks) - 1, 0, -1) if toks[i].text.lower() == "kepada"), 0)
    if to and _name_in([t for t in toks[:to] if not AGE.fullmatch(t.text)], w):
        toks = toks[:to]  # 'Fadliansyah Akbar kepada SuratKabarDigital.com mengatakan': whom he told
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
    if last.lower() in NEGATIONS or last.lower() in ("yang", "untuk", "agar", "akan", "bisa", "dapat", "harus", "perlu"):
        return None
    if last.lower() in ("saya", "aku", "kami", "kita"):
        return None  # 'Kita berharap ...': the writer's own voice, not someone quoted
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


def _degree(word: str) -> bool:
    """Shaped like a degree written after a name ('M.Si', 'SpOG', 'PhD', 'SH'), not a rank ('Polisi')."""
    return word[:1].isupper() and ("." in word or len(word) <= 4 or any(c.isupper() for c in word[1:]))


PREPOSITIONS = frozenset("di ke dari pada dalam untuk bagi oleh dengan sejak hingga".split())


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
        if w.capital(tok) or w.title(tok) or (run and tok[:1].isdigit()):
            run.insert(0, segment[i])
        elif run and (tok.lower() in ROLE_LINKS or tok == "/" or (tok[:1].islower() and tok in w.units)) and i > 0 and w.capital(segment[i - 1].text):
            run.insert(0, segment[i])
        elif tok == "." and i > 0 and (_initials(segment[i - 1].text) or w.title(segment[i - 1].text)):
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


def _after_dateline(toks: list[Token]) -> list[Token]:
    """The tokens after a dateline that opens them: 'MEDAN - AHS' -> 'AHS'."""
    dash = next((i for i, t in enumerate(toks) if t.text in "-–—"), None)
    return toks[dash + 1 :] if dash and _is_dateline(toks[:dash]) else toks


def _is_dateline(segment: Sequence[Token]) -> bool:
    return all(t.text.isupper() or t.text in "-–—" for t in segment) and len(segment) <= 3 and len(segment[-1].text) > 4


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
    if first.lower() in UNNAMED_OPENERS or w.role(first) or w.role(first.lower()) or first in w.organisations:
        span = Span.of(text, toks[0].start, toks[-1].end)
        if definite and len(toks) > 1:  # 'Anggota Komisi XII DPR itu': the role of someone named before
            role = _trim_role(text, toks[:-1], w) if w.role(first) or w.role(first.lower()) else None
            return Mention("role", span, role=role)
        return Mention("description", span, name=span)
    return None


# ---------------------------------------------------------------------------------------------
# People of one document


@attrs.define
class Person:
    """A person, body or unnamed source while one document is read."""

    name: Span
    kind: str = "person"
    role: Span | None = None
    mentions: list[Span] = attrs.field(factory=list)
    seen: set[tuple[int, int]] = attrs.field(factory=set, init=False, repr=False, eq=False)  # the mentions' offsets
    last: int = -1
    words: tuple[str, ...] = ()
    aliases: list[tuple[str, ...]] = attrs.field(factory=list)
    bounded: bool = True
    cut: bool = False  # whether ``settle`` cut leading words off the name
    members: list[Person] = attrs.field(factory=list)  # a group's people ('Fajar Alfian/Muhammad Rian Ardianto')

    def speaker(self) -> Speaker:
        name = self.name.text
        if self.kind == "organisation":
            name = _BRACKETED.sub("", name).strip()  # 'Kementerian Kesehatan (Kemenkes) RI'
        return Speaker(name=name, kind=self.kind, role=self.role, mentions=tuple(self.mentions))  # type: ignore[arg-type]

    def known_as(self, key: tuple[str, ...], exact: bool = True) -> bool:
        """Whether these name words point to this person: whole name, surname, first name, initials,
        alias; with ``exact`` off, also a one-letter typo of one name word ('Wait' for 'Wati')."""
        for words in (self.words, *self.aliases):
            if _contains(words, key) or _contains(key, words) or _initialled(words, key) or _initialled(key, words):
                return True
        if not exact and len(key) == 1 and len(key[0]) > 3:
            return any(len(word) > 3 and _edit1(word, key[0]) for word in self.words)
        return False


def _key(text: str) -> tuple[str, ...]:
    return tuple(w.lower().rstrip(".") for w in _NAME_WORD.findall(text))


def _initialled(full: Sequence[str], short: Sequence[str]) -> bool:
    """'Putri KW' for 'Putri Kusuma Wardani', 'Retno LP Marsudi' for 'Retno Lestari Priansari Marsudi'."""
    if len(short) < 2 or len(full) <= len(short) or full[0] != short[0]:
        return False
    rest = full[1:]
    initials = "".join(word[0] for word in rest)
    tail = "".join(short[1:])
    return tail == initials or (short[-1] == full[-1] and "".join(short[1:-1]) == "".join(w[0] for w in rest[:-1]))


# Persons kept under one word of the indexes of ``People``: the most recently mentioned.
INDEX_KEEP = 16


class People:
    """The persons of one document, in the order the text names them."""

    def __init__(self, text: str, lexicon: Lexicon, counted: str | None = None) -> None:
        self.text = text
        # where names are counted and their contexts read: the text with page furniture blanked
        # out ('Baca Juga: Jansen Akui ...' is no evidence that 'Jansen' stands apart)
        self.counted = text if counted is None else counted
        self.w = words_of(lexicon)
        self.persons: list[Person] = []
        # every word a person's name or alias has held -> those persons (a superset: entries are
        # checked against the person's words when used), and each person's place in ``persons``
        self._by_word: dict[str, list[Person]] = {}
        self._by_variant: dict[str, list[Person]] = {}  # the same for words of 4+ letters and each with one letter dropped
        self._order: dict[int, int] = {}
        self._by_role: dict[str, list[Person]] = {}   # each word of a person's role -> those persons
        self._unnamed: dict[tuple[str, tuple[str, ...]], Person] = {}
        self._groups: dict[tuple[int, ...], Person] = {}
        self._latest: dict[bool, Person] = {}         # the person last mentioned saliently: anyone, or persons only
        self._first: dict[bool, Person] = {}          # the first one named: anyone, or persons only
        self._counts: dict[bool, dict[str, int]] = {}

    def _index(self, person: Person, *keys: tuple[str, ...]) -> None:
        """Record a person's new words; call after appending a person or giving one new words."""
        self._order.setdefault(id(person), len(self._order))
        for key in keys:
            for word in set(key):
                _remember(self._by_word, word, person)
                for variant in _dropped(word) if len(word) > 3 else ():
                    _remember(self._by_variant, variant, person)

    def _sharing(self, key: tuple[str, ...], kind: str) -> list[Person]:
        """The persons of this kind with a word of ``key`` in their words or an alias, most recent first."""
        if len(self._order) != len(self.persons):  # persons added from outside: index them all again
            self._by_word, self._by_variant, self._order = {}, {}, {}
            for person in self.persons:
                self._index(person, person.words, *person.aliases)
        shared = set(key)
        found = {id(p): p for word in shared for p in self._by_word.get(word, ())}
        near = [
            p for p in found.values()
            if p.kind == kind and (not shared.isdisjoint(p.words) or any(not shared.isdisjoint(a) for a in p.aliases))
        ]
        return sorted(near, key=lambda p: (-p.last, self._order[id(p)]))

    def find(self, name: Span, kind: str = "person") -> Person | None:
        """The person these name words point to, the one mentioned last first."""
        key = _key(name.text)
        if not key:
            return None
        # Exactly (whole name, part, initials, alias) a key names only someone who shares a word
        # with it: test those alone, so that a long document does not test every person each time.
        for person in self._sharing(key, kind):
            if person.known_as(key, True):
                return person
        if len(key) != 1 or len(key[0]) <= 3:
            return None  # not exact adds only one-letter typos of a one-word key
        # one letter changed, added, dropped or swapped: the two words share a one-letter-dropped form
        found = {id(p): p for variant in _dropped(key[0]) for p in self._by_variant.get(variant, ())}
        typos = [p for p in found.values() if p.kind == kind]
        for person in sorted(typos, key=lambda p: (-p.last, self._order[id(p)])):
            if person.known_as(key, False):
                return person
        return None

    def name(
        self, name: Span, at: Span, role: Span | None = None, kind: str = "person", salient: bool = True, bounded: bool = True
    ) -> Person:
        """The person this name points to, joined to an earlier one by full name, surname or first name."""
        key = _key(name.text)
        match = self.find(name, kind)
        if match is None:
            match = Person(name=name, kind=kind, words=key, bounded=bounded)
            self._add(match)
        elif len(key) > len(match.words) and (_contains(key, match.words) or _initialled(key, match.words)):
            match.name, match.words, match.bounded = name, key, bounded
            self._index(match, key)
        if role is not None and match.role is None:
            self.give_role(match, role)
        self._touch(match, at, salient)
        return match

    def give_role(self, person: Person, role: Span) -> None:
        person.role = role
        for word in set(_key(role.text)):
            _remember(self._by_role, word, person)

    def settle(self, common: frozenset[str]) -> None:
        """Cut from a name the leading words that the text uses for something else.

        Where role, unit and name run together without a comma or a rank, the name's first words
        are a guess: 'pelatih Persib Djadjang Nurdjaman' ('Persib Bandung' stands elsewhere: a body),
        'Direktur Utama PT Jasa Raharja Rivan ...' ('PT Jasa Raharja' elsewhere), 'Bersaing Prabowo'
        (a common word that opens a sentence). The words cut go to the role.
        """
        named = [
            (person, [m.group() for m in _NAME_PART.finditer(person.name.text)])
            for person in self.persons
            if person.kind == "person" and len(person.words) >= 2
        ]
        wanted = {tuple(words[:n]) for person, words in named if not person.bounded for n in range(1, len(words))}
        contexts = _contexts(self.counted, wanted, self.w) if wanted else {}
        for person, words in named:
            k = 0
            while k < len(words) - 1 and len(words[k]) > 1 and words[k] in common:
                k += 1
            if not k and not person.bounded:
                alone = {m.text.split()[0] for m in person.mentions if m.text and len(m.text.split()) == 1}
                k = next((n for n in range(len(words) - 1, 0, -1) if _used_apart(words, n, contexts, self.w)), 0)
                k = min([k, *(words.index(word) for word in alone if word in words)])  # 'Gibran mengaku': his name
                if not k:
                    k = self._remention_cut(person, words, alone)
            if k:
                self._cut(person, k)

    def _remention_cut(self, person: Person, words: list[str], alone: set[str]) -> int:
        """'Kepala KSOP Marunda Isa Amsyari' ... 'kata Isa': the name starts at 'Isa' when the words
        before it stand elsewhere in the text on their own ('warga Marunda')."""
        j = min((words.index(word) for word in alone if word in words[1:]), default=0)
        if not j:
            return 0
        role = person.role.text.split() if person.role is not None else []
        if 2 <= j < len(words) - 1 and role and self.w.unit(role[-1]) and not alone & set(words[:j]) and words[0] not in self.w.given:
            return j  # 'Pemimpin Redaksi Radio Sindo Trijaya Gaib Maruto Sigit' ... 'kata Gaib': a body's name before his

        name_count = self._count(" ".join(words), alone=False)
        for word in words[:j]:
            if word in alone:
                return 0  # 'kata Said' ... 'Iqbal mengatakan': both are Said Iqbal
            if self._count(word) <= name_count:
                return 0
        return j

    def _count(self, words: str, alone: bool = True) -> int:
        """How often the text holds these words (``alone``: not inside a longer word); counted once."""
        counts = self._counts.setdefault(alone, {})
        if words not in counts:
            pattern = rf"(?<![\p{{L}}]){regex.escape(words)}(?![\p{{L}}])" if alone else regex.escape(words)
            counts[words] = len(regex.findall(pattern, self.counted))
        return counts[words]

    def _cut(self, person: Person, k: int) -> None:
        offsets = [m.start() for m in _NAME_PART.finditer(person.name.text)]
        cut = person.name.start + offsets[k]
        if person.role is not None and 0 <= person.name.start - person.role.end <= 2:
            person.role = Span.of(self.text, person.role.start, len(self.text[:cut].rstrip()))
        person.name = Span.of(self.text, cut, person.name.end)
        person.words = _key(person.name.text)
        person.cut = True
        self._index(person, person.words)

    def alias(self, person: Person, name: Span) -> None:
        """'... yang akrab disapa Djanur': another name of the same person."""
        person.aliases.append(_key(name.text))
        self._index(person, person.aliases[-1])

    def focus(self, at: int, group: bool = False) -> Person | None:
        """The person last mentioned at or before ``at``: what 'dia' and '-nya' point to.

        Mentions are recorded in text order, so this is the last one recorded; the scan is left
        for an earlier place, or for a text that named people only in passing (their ``last`` is -1)."""
        latest = self._latest.get(group)
        if latest is not None and latest.last <= at:
            return latest
        if latest is None:
            return self._first.get(group)  # nobody mentioned saliently yet: the first one named
        before = [p for p in self.persons if p.last <= at and (p.kind == "person" or group)]
        return max(before, key=lambda p: p.last, default=None)

    def by_role(self, words: str, at: int) -> Person | None:
        """The person last mentioned before ``at`` whose role holds these words ('ujar Kapolda')."""
        key = set(_key(words)) - DEMONSTRATIVES
        if not key:
            return None
        holders = self._by_role.get(next(iter(key)), ())
        candidates = [p for p in holders if p.role is not None and p.last <= at and key <= set(_key(p.role.text))]
        return max(candidates, key=lambda p: p.last, default=None)

    def last_group(self, at: int) -> Person | None:
        """The group last mentioned at or before ``at`` ('keduanya')."""
        groups = [g for g in self._groups.values() if g.last <= at]
        return max(groups, key=lambda g: g.last, default=None)

    def group(self, name: Span, members: list[Person]) -> Person:
        """Two or more people who speak together, named as the page writes them ('Budi dan Ani')."""
        key = tuple(id(m) for m in members)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = Person(name=name, kind="group", words=_key(name.text), members=list(members))
            self._add(group)
        self._touch(group, name)
        return group

    def unnamed(self, description: Span, at: Span, kind: str = "unnamed") -> Person:
        key = _key(description.text)
        person = self._unnamed.get((kind, key))
        if person is None:
            person = self._unnamed[(kind, key)] = Person(name=description, kind=kind, words=key)
            self._add(person)
        self._touch(person, at)
        return person

    def _add(self, person: Person) -> None:
        self.persons.append(person)
        self._index(person, person.words)
        self._first.setdefault(True, person)
        if person.kind == "person":
            self._first.setdefault(False, person)

    def unnamed_with(self, words: set[str]) -> Person | None:
        """The unnamed source last mentioned whose description holds these words ('polisi')."""
        sharing = self._sharing(tuple(words), "unnamed")
        return next((p for p in sharing if words <= set(p.words)), None)

    def touch(self, person: Person, at: Span, salient: bool = True) -> None:
        self._touch(person, at, salient)

    def _touch(self, person: Person, at: Span, salient: bool = True) -> None:
        """Record a mention; only a salient one (a speaker, a subject) moves the focus."""
        if at.text and (at.start, at.end) not in person.seen:  # a set: a person named a thousand times stays linear
            person.seen.add((at.start, at.end))
            person.mentions.append(at)
        if salient:
            person.last = max(person.last, at.start)
            for group in (True, False):
                latest = self._latest.get(group)
                if (group or person.kind == "person") and (latest is None or person.last >= latest.last):
                    self._latest[group] = person


def _remember(index: dict[str, list[Person]], word: str, person: Person) -> None:
    """Add a person under a word; a word shared by very many persons keeps the most recently
    mentioned ones only. No article comes near the limit; a text of endless names stays linear."""
    holders = index.setdefault(word, [])
    holders.append(person)
    if len(holders) > 2 * INDEX_KEEP:
        newest = holders.pop()
        holders.sort(key=lambda p: p.last)
        del holders[: len(holders) - INDEX_KEEP + 1]
        holders.append(newest)


Contexts = dict[tuple[str, ...], tuple[set[str | None], set[str | None]]]


def _contexts(text: str, wanted: set[tuple[str, ...]], w: Words) -> Contexts:
    """Where each wanted sequence of words stands in the text's runs of capitalised words: the
    words after it (None at a run's end), and those after it where a place marker comes before
    ('PT Jasa Raharja'). Not inside another name ('Bambang' of 'Susilo Bambang Yudhoyono'). One
    pass over the runs, whatever the number of names."""
    found: Contexts = {}
    lengths = sorted({len(prefix) for prefix in wanted})
    firsts = {prefix[0] for prefix in wanted}
    for m in CAPITALISED.finditer(text):
        if " " not in m.group():
            continue
        run = tuple(m.group().split())
        for i, word in enumerate(run):
            if word not in firsts or (i and w.name_word(run[i - 1]) and run[i - 1] not in PLACE_MARKERS):
                continue
            for n in lengths:
                if i + n > len(run):
                    break
                prefix = run[i : i + n]
                if prefix in wanted:
                    afters, placed = found.setdefault(prefix, (set(), set()))
                    after = run[i + n] if i + n < len(run) else None
                    afters.add(after)
                    if i and run[i - 1] in PLACE_MARKERS:
                        placed.add(after)
    return found


def _used_apart(words: Sequence[str], n: int, contexts: Contexts, w: Words) -> bool:
    """Whether the first ``n`` words of a name stand elsewhere in a run of capitalised words
    that goes on with something other than the rest of the name ('Persib Bandung'), or after a
    place marker ('PT Jasa Raharja')."""
    afters, placed = contexts.get(tuple(words[:n]), ((), ()))  # type: ignore[arg-type]
    nxt = words[n]
    return any(a is not None and a != nxt and not w.title(a) and not _initials(a) for a in afters) or any(
        a != nxt for a in placed
    )


def _dropped(word: str) -> set[str]:
    """The word and each form of it with one letter dropped: two words one edit apart share one."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether ``shorter`` is a run of ``longer``'s words ('Clark' in 'Duncan Clark')."""
    if not shorter or len(shorter) > len(longer):
        return False
    n = len(shorter)
    return any(tuple(longer[i : i + n]) == tuple(shorter) for i in range(len(longer) - n + 1))


def _edit1(a: str, b: str) -> bool:
    """One letter changed, added or dropped: a typo of a name at the cue ('Wait' for 'Wati')."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) < len(b):
        a, b = b, a
    return any(a[:i] + a[i + 1 :] == b for i in range(len(a)))
