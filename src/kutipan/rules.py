"""Attribution patterns: one small named function each, tried in order.

Direct-quote rules look around a quoted stretch; indirect-speech rules look inside a sentence.
Each returns an ``Attribution`` (the cue, the mention of the speaker and, for indirect speech, the
reported words) or ``None``. The rule's name lands in ``Quote.rule``.
"""

from __future__ import annotations

import itertools

from typing import Callable

import attrs
import regex

from .lexicon import Lexicon, word_class
from .marks import DOUBLE_MARKS, SINGLE_MARKS, Quoted
from .mentions import read_backward, read_forward
from .names import Mention
from .spans import Span
from .words import ARTICLES, DEMONSTRATIVES, UNNAMED_OPENERS, words_of

MARKS = "".join(DOUBLE_MARKS + SINGLE_MARKS)


@attrs.frozen
class Attribution:
    """Who a quote is attributed to, where, and by which rule."""

    rule: str
    cue: Span | None = None
    mention: Mention | None = None
    content: Span | None = None   # indirect speech: the reported words
    end: int = -1                 # where the attribution's words end: roles and context follow


@attrs.frozen
class Site:
    """A quoted stretch with the sentence and paragraph around it."""

    quote: Quoted
    sentence: Span      # the sentence the opening mark stands in
    paragraph: Span


# ----------------------------------------------------------------------------------------------
# Direct quotes

WORD = regex.compile(r"\p{L}[\p{L}\-]*")
_AFTER = regex.compile(r"[\s,.!?]*[-–—]?\s*(\p{L}[\p{L}\-]*)(?![\p{L}\-])")
_AFTER_NAME = regex.compile(r"\s+(?:(?:juga|pun|lalu|kemudian|kembali)\s+)?(\p{L}[\p{L}\-]*)(?![\p{L}\-])")
# (?r) on patterns anchored at the end of a window: searched backwards, each costs its match only.
_BEFORE = regex.compile(r"(?r)(?<![\p{L}\-])(\p{L}[\p{L}\-]*)\s*[,:]?\s*$")
_NAME_BEFORE = regex.compile(r"\s+[^\n\"“”]{1,120}?\s*[,:]\s*")


def _word(text: str, pattern: regex.Pattern[str], start: int, end: int, lexicon: Lexicon, *frames: str) -> Span | None:
    """The word that ``pattern`` finds at ``start``, when it is a cue of one of ``frames``."""
    match = pattern.match(text, start, end)
    if match is None or lexicon.frame(match.group(1)) not in frames:
        return None
    return Span.of(text, *match.span(1))


def quote_cue_name(text: str, site: Site, lexicon: Lexicon) -> Attribution | None:
    """Cue, then the speaker, right after the closing mark.

    '"Kami siap," ujar Budi Santoso.'  ->  cue "ujar", mention "Budi Santoso"
    '"Kami siap," ujarnya.'            ->  cue "ujarnya", mention "nya"
    """
    if site.quote.closing is None:
        return None
    cue = _word(text, _AFTER, site.quote.closing.end, site.paragraph.end, lexicon, "inverted", "clitic", "verb")
    if cue is None or (lexicon.frame(cue.text) == "verb" and lexicon.lemma(cue.text) in OBJECT_FIRST):
        return None  # "… 'Baik', melanjutkan tren positif": a verb that takes an object
    if lexicon.frame(cue.text) == "clitic":
        nya = Span.of(text, cue.end - 3, cue.end)
        return Attribution("quote_cue_nya", cue, Mention("pronoun", nya), end=cue.end)
    mention = _after_cue(text, cue, site.paragraph.end, lexicon)
    if mention is None or cue.end == mention.span.start:
        return None
    if lexicon.frame(cue.text) == "verb" and mention.kind == "description" and not _speaker_head(mention.span.text, lexicon):
        return None  # "… (judul)' menyebut kemungkinan daun sembung ...": what the verb names, not who
    return Attribution("quote_cue_name", cue, mention, end=mention.span.end)


# the statement whose source follows 'demikian': 'keterangan', 'bunyi pesan dari', 'pernyataan resmi'
_STATEMENT_SOURCE = regex.compile(
    r"\s+(?:(?:bunyi|isi)\s+)?(?:"
    + "|".join(regex.escape(noun).replace("\\ ", r"\s+") for noun in sorted(word_class("source_noun"), key=len, reverse=True))
    + r")(?:\s+(?:resmi|tertulis|pers|tersebut))*(?:\s+(?:dari|dalam))?(?=\s)"
)


def _speaker_head(description: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case description opens with a word for someone: a role, 'seorang', 'pihak'."""
    head = description.split(" ", 1)[0]
    lower = head.lower()
    return words_of(lexicon).role(head) or lower in UNNAMED_OPENERS or lower in ARTICLES or lower == "pihak"


def quote_name_cue(text: str, site: Site, lexicon: Lexicon) -> Attribution | None:
    """The speaker, then a verb cue, right after the closing mark.

    '"Kami siap," Budi menambahkan.'  ->  cue "menambahkan", mention "Budi"
    """
    if site.quote.closing is None:
        return None
    opening = site.quote.opening
    if opening is not None and opening.start > site.sentence.start and text[opening.start - 2 : opening.start].strip()[-1:].isalpha():
        return None  # "Pemeran film 'Hayya' ini mengaku ...": marks inside a sentence set off a title or a term
    start = site.quote.closing.end
    while start < site.paragraph.end and text[start] in " ,.-–—":
        start += 1
    mention = read_forward(text, start, site.paragraph.end, lexicon)
    if mention is None or mention.kind == "description":
        return None
    cue = _word(text, _AFTER_NAME, mention.span.end, site.paragraph.end, lexicon, "verb")
    if cue is None:
        return None
    return Attribution("quote_name_cue", cue, mention, end=mention.span.end)


def name_cue_quote(text: str, site: Site, lexicon: Lexicon) -> Attribution | None:
    """The speaker and a cue before the opening mark.

    'Budi mengatakan, "Kami siap."'  ->  cue "mengatakan", mention "Budi"
    'Kata Budi: "Kami siap."'        ->  cue "Kata", mention "Budi"
    """
    opening = site.quote.opening
    if opening is None or opening.start <= site.sentence.start:
        return None
    if site.quote.single and len(site.quote.content.text.split()) < 3:
        return None  # "Ia mengaku 'sembuh' ...": a word in single marks after a verb is a scare quote
    start = site.sentence.start
    match = _BEFORE.search(text, max(start, opening.start - 40), opening.start)
    frame = lexicon.frame(match.group(1)) if match else None
    if match is not None and frame in ("verb", "directive", "inverted"):
        cue = Span.of(text, *match.span(1))
        if frame == "inverted" and cue.start > start:
            return None  # 'ujar' before a quote only opens a sentence: 'Kata Budi: "…"'
        mention = read_backward(text, start, cue.start, lexicon)
        if mention is not None:
            return Attribution("name_cue_quote", cue, mention, end=cue.end)
        return None
    for word in itertools.islice(WORD.finditer(text, start, opening.start), 4):  # not every word of a long sentence
        if lexicon.frame(word.group()) in ("inverted", "preposition"):
            rest = _NAME_BEFORE.fullmatch(text, word.end(), opening.start)
            if rest is None:
                return None
            cue = Span.of(text, *word.span())
            mention = _after_cue(text, cue, opening.start, lexicon)
            if mention is None:
                return None
            return Attribution("cue_name_quote", cue, mention, end=mention.span.end)
    return None


def _after_cue(text: str, cue: Span, end: int, lexicon: Lexicon) -> Mention | None:
    if cue.text.lower().endswith("nya") and lexicon.frame(cue.text) in ("clitic", "preposition", "passive"):
        return Mention("pronoun", Span.of(text, cue.end - 3, cue.end))
    start = cue.end
    while start < end and text[start].isspace():
        start += 1
    if lexicon.lemma(cue.text) == "demikian":
        return _source(text, start, end, lexicon)
    return read_forward(text, start, end, lexicon)


def _source(text: str, start: int, end: int, lexicon: Lexicon) -> Mention | None:
    """Who 'demikian' names: a speaker right after it ('demikian Kades Sarkawi'), or the source of
    the statement it names ('demikian keterangan Polri', 'demikian bunyi pesan dari Departemen
    Komunikasi BI'); nobody after a verb or a clause ('demikian tertulis dalam dokumen', 'demikian
    pesan yang diterima keluarga') or for a source pointed back to ('pernyataan kelompok tersebut')."""
    statement = _STATEMENT_SOURCE.match(text, start - 1, end)
    if statement is None and not text[start : start + 1].isupper():
        return None
    mention = read_forward(text, statement.end() if statement is not None else start, end, lexicon)
    if mention is None or mention.kind not in ("name", "organisation", "role", "description") or mention.span.text.split(" ", 1)[0] == "yang":
        return None
    if mention.span.text.rsplit(" ", 1)[-1] in DEMONSTRATIVES or (mention.kind == "description" and not _speaker_head(mention.span.text, lexicon)):
        return None
    return mention


DIRECT_RULES: tuple[Callable[[str, Site, Lexicon], Attribution | None], ...] = (
    quote_cue_name,
    quote_name_cue,
    name_cue_quote,
)


def attribute_direct(text: str, site: Site, lexicon: Lexicon) -> Attribution | None:
    """The first rule that attributes this quoted stretch."""
    for rule in DIRECT_RULES:
        found = rule(text, site, lexicon)
        if found is not None:
            return found
    return None


# ----------------------------------------------------------------------------------------------
# Indirect speech

LEAD = regex.compile(r"[\s,:]*(?:(?:bahwa(?:sanya)?|jika|kalau)\b\s*,?\s*)?")
CONTENT_MARKERS = regex.compile(r"\b(?:agar|supaya|untuk|jangan|tidak|tak|segera|harus|tetap|wajib|bisa|dapat|akan)\b")
TRAILING = regex.compile(r"(?r)[\s.!?…]+$")
# Verbs that mostly take an object; they report a statement only after 'bahwa' ('jika' in looser
# writing), a comma or a colon: not 'menepis kabar itu', 'percaya diri', 'percaya kepada polisi'.
OBJECT_FIRST = word_class("object_first_lemma")
_LEAD = regex.compile(r"\s*(?:[,:]|(?:bahwa|jika)\b)")
DENIALS = word_class("denial_lemma")
_NEGATED = regex.compile(r"(?r)(?<![\p{L}])(?:tak|tidak|tidak\s+bisa|tak\s+bisa)\s+$")
_FRONTED_VERB = regex.compile(r"(?:[Dd]i|[Mm]e)\p{Ll}{4,}$")  # 'Disinggung ...', 'Menyinggung ...': a participial phrase
_SEPARATOR = regex.compile(r"[\s,:]*")
_OLEH = regex.compile(r"\s+oleh\s+")
_RELATIVE = regex.compile(r"(?r)(?<![\p{L}])yang\s+$")
# 'Hal itu disampaikan X', 'Usulan tersebut diungkapkan oleh X', 'Demikian dikatakan X': about the sentence before.
PASSIVE_OPENERS = regex.compile(r"(?i:(?:\p{L}+\s+){1,2}(?:itu|ini|tersebut)|demikian|itu)\s+(?:juga\s+|pun\s+)?")
JOINED = regex.compile(r"[\s,]*(?:dan|serta|sekaligus|lalu)\s+(?:juga\s+)?")


@attrs.frozen
class Sentence:
    """A sentence with the stretches inside it that are direct quotes (and so not reported words)."""

    span: Span
    masked: tuple[tuple[int, int], ...] = ()
    previous: Span | None = None
    cues: tuple[Span, ...] = ()   # the cue words in the sentence, from one scan of the document

    def free(self, start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in self.masked)

    def cues_of(self, lexicon: Lexicon, *frames: str) -> list[Span]:
        """Cue words of these frames that stand outside the sentence's direct quotes."""
        known = lexicon.cue_frames
        return [cue for cue in self.cues if known.get(cue.text.lower()) in frames and self.free(cue.start, cue.end)]


def _content(text: str, start: int, end: int) -> Span | None:
    lead = LEAD.match(text, start, end)
    start = lead.end() if lead else start
    tail = TRAILING.search(text, start, end)
    stop = tail.start() if tail else end
    if stop <= start:
        return None
    return Span.of(text, start, stop)


ADJUNCTS = word_class("adjunct")
STATEMENT_NOUNS = word_class("statement_noun")
TOPICS = word_class("topic")


def _goes_on(words: str) -> bool:
    """Whether reported words that open with a fragment in marks go on after it: ''unjuk rasa
    damai' telah disusupi penjahat' (mixed speech), not '"Kami siap."' (a quote)."""
    close = next((i for i in range(1, len(words)) if words[i] in MARKS), None)
    return close is not None and len(words[close + 1 :].split()) >= 2


def _speechlike(content: Span, frame: str | None) -> bool:
    words = content.text.split()
    if len(words) < 2 or (content.text[:1] in MARKS and not _goes_on(content.text)):
        return False  # a quote the cue introduces, not reported words
    first = words[0].lower()
    if frame in ("verb", "directive") and (first in TOPICS or (first in ADJUNCTS and len(words) <= 5)):
        return False  # 'dia menjelaskan kepada wartawan', 'bercerita mengenai ...': no reported words
    if len(words) <= 3 and words[-1].lower().strip(".,") in DEMONSTRATIVES:
        return False  # 'membantah hal tersebut': the topic, not a statement
    if len(words) <= 4 and first in STATEMENT_NOUNS:
        return False  # 'menyangkal pernyataan Najwa Shihab': whose words, not the words
    if frame == "directive" and not CONTENT_MARKERS.search(content.text):
        return False
    return True


def name_cue_bahwa(text: str, sentence: Sentence, lexicon: Lexicon) -> list[Attribution]:
    """Subject, verb cue, reported words: 'Budi mengatakan (bahwa) harga akan turun.'

    A second cue joined by 'dan' reports a second statement of the same speaker:
    'Paulus membantah bahwa warga terancam dan meminta mereka untuk tetap tenang.'
    """
    found: list[Attribution] = []
    span = sentence.span
    cues = sentence.cues_of(lexicon, "verb", "directive")
    for cue in cues:
        if found and found[-1].content and cue.start < found[-1].content.end:
            continue
        after = text[cue.end : cue.end + 3].lstrip(" ,:")
        if after[:1] in MARKS:
            continue  # introduces a direct quote
        previous = found[-1] if found else None
        joined = previous is not None and previous.content is not None and JOINED.fullmatch(text, previous.content.end, cue.start)
        subject_end = cue.start
        if lexicon.lemma(cue.text) in DENIALS and (negated := _NEGATED.search(text, max(span.start, cue.start - 16), cue.start)):
            subject_end = negated.start()  # 'tak menampik': a denial denied is an admission
        content = _content(text, cue.end, _quote_free_end(sentence, cue.end, span.end))
        if content is None:
            continue
        if lexicon.lemma(cue.text) in OBJECT_FIRST and not _LEAD.match(text, cue.end, span.end):
            continue  # 'menyampaikan apresiasi', 'menyampaikan pernyataan itu': an object, not a statement
        second = next((c for c in cues if content.start < c.start < content.end and _joined_before(text, content.start, c.start)), None)
        if second is not None:
            content = Span.of(text, content.start, _joined_before(text, content.start, second.start))
        if not _speechlike(content, lexicon.frame(cue.text)):
            continue
        # the subject is read last: most cues fail on what follows them, and reading back costs most
        mention = previous.mention if joined and previous else read_backward(text, span.start, subject_end, lexicon)
        if mention is None or mention.kind == "description" and not _named_description(mention):
            continue
        rule = "dan_cue" if joined else "name_cue_bahwa"
        if not joined and _interrupted(text, span, mention, cue, lexicon):
            whole = _content(text, span.start, span.end)
            if whole is not None:
                content = whole
                rule = "interrupting_cue"
        found.append(Attribution(rule, cue, mention, content=content, end=mention.span.end))
    return found


def _joined_before(text: str, start: int, cue: int) -> int:
    """Where 'dan', 'serta' ... joining a second cue starts, or 0: '… terancam dan meminta …'."""
    match = _JOINED_END.search(text, max(start, cue - 24), cue)
    return match.start() if match else 0


_JOINED_END = regex.compile(r"(?r)[\s,]+(?:dan|serta|sekaligus|lalu)\s+(?:juga\s+)?$")


def _named_description(mention: Mention) -> bool:
    return len(mention.span.text.split()) <= 8


def _quote_free_end(sentence: Sentence, start: int, end: int) -> int:
    """The reported words stop where a direct quote opens inside the sentence."""
    for a, _ in sentence.masked:
        if start <= a < end:
            return a
    return end


def _interrupted(text: str, sentence: Span, mention: Mention, cue: Span, lexicon: Lexicon) -> bool:
    """'Semua orang, dia mengatakan, harus ...': reported words before and after the attribution."""
    before = text[sentence.start : mention.span.start].strip()
    if not before.endswith(",") or not text[cue.end : cue.end + 2].startswith(","):
        return False
    first = before.split()[0].strip(",")
    if _only_connective(before, lexicon) or first in lexicon.word_set("connectives") or first.lower() in FRONTED or _FRONTED_VERB.match(first):
        return False  # 'Disinggung soal lapas, Budi menegaskan, ...', 'Menyinggung isu itu, ...': a fronted phrase, not reported words
    return len(before.split()) >= 2


FRONTED = word_class("fronted")


def menurut_name(text: str, sentence: Sentence, lexicon: Lexicon) -> list[Attribution]:
    """'Menurut Budi, harga akan turun.', 'Menurutnya, ...', '..., menurut Budi.'"""
    found = []
    span = sentence.span
    for cue in sentence.cues_of(lexicon, "preposition"):
        # 'Menurut keterangan Budi, ...': Budi's words (not 'menurut laporan tersebut': the report's)
        source = _source(text, cue.end + 1, span.end, lexicon) if _STATEMENT_SOURCE.match(text, cue.end, span.end) else None
        mention = source or _after_cue(text, cue, span.end, lexicon)
        if mention is None or mention.kind == "description" and not _personal(mention, lexicon):
            continue
        content = _around(text, sentence, cue, mention.span.end, lexicon)
        if content is not None and _speechlike(content, None):
            found.append(Attribution("menurut_name", cue, mention, content=content, end=mention.span.end))
    return found


def _personal(mention: Mention, lexicon: Lexicon) -> bool:
    w = words_of(lexicon)
    first = mention.span.text.split()[0]
    return w.role(first) or w.role(first.lower()) or first.lower() in ("seorang", "salah", "sumber", "warga")


def _around(text: str, sentence: Sentence, cue: Span, mention_end: int, lexicon: Lexicon) -> Span | None:
    """Reported words around an attribution: after it, before it, or the whole sentence."""
    span = sentence.span
    before = text[span.start : cue.start].strip()
    if not before or _only_connective(before, lexicon):
        start = mention_end
        start = _SEPARATOR.match(text, start, span.end).end()
        return _content(text, start, _quote_free_end(sentence, start, span.end))
    after = TRAILING.sub("", text[mention_end : span.end]).strip(" ,")
    if not after:
        # up to the cue, less the commas and spaces before it (the sentence's own text is stripped,
        # not the whole text up to the cue: that copy grew with the page, once per such cue)
        return _content(text, span.start, span.start + len(text[span.start : cue.start].rstrip(" ,")))
    return _content(text, span.start, span.end)


def _only_connective(before: str, lexicon: Lexicon) -> bool:
    """'Namun,' or 'Meski begitu,' before the attribution; 'Selama diperiksa,' is reported words."""
    return before.rstrip(", ") in lexicon.word_set("connectives")


def kata_name(text: str, sentence: Sentence, lexicon: Lexicon) -> list[Attribution]:
    """'Kata Budi, harga akan turun.', 'Harga, kata Budi, akan turun.', 'Harga akan turun, katanya.'"""
    span = sentence.span
    found = []
    for cue in sentence.cues_of(lexicon, "inverted", "clitic"):
        before = text[span.start : cue.start].rstrip()
        if before and not before.endswith(","):
            continue
        if before and before[-2:-1] in MARKS:
            continue
        mention = _after_cue(text, cue, span.end, lexicon)
        if mention is None or mention.kind not in ("name", "pronoun", "role"):
            continue
        content = _around(text, sentence, cue, mention.span.end, lexicon)
        if content is not None and _speechlike(content, None):
            found.append(Attribution("kata_name", cue, mention, content=content, end=mention.span.end))
    return found


def passive_name(text: str, sentence: Sentence, lexicon: Lexicon) -> list[Attribution]:
    """A passive cue with its agent.

    'Hal itu disampaikan Budi.'  ->  attaches to the sentence before (content = that sentence)
    'Dijelaskan Budi, harga akan turun.', 'Beras itu, diakuinya, tidak ada lagi.'
    """
    span = sentence.span
    found = []
    cues = sentence.cues
    for cue in sentence.cues_of(lexicon, "passive"):
        if _RELATIVE.search(text, max(span.start, cue.start - 8), cue.start):
            continue  # 'artikel yang ditulis Allan Nairn' is a relative clause, not an attribution
        if any(0 < cue.start - other.end <= 2 and lexicon.frame(other.text) != "inverted" for other in cues):
            continue  # 'mengaku diminta ...': a report nested in another ('demikian diumumkan oleh ...' is not)
        agent_start = cue.end
        oleh = _OLEH.match(text, cue.end, span.end)
        if oleh:
            agent_start = oleh.end() - 1
        mention = _after_cue(text, Span.of(text, cue.start, agent_start), span.end, lexicon)
        bare = _BARE_PASSIVE.match(text, cue.end, span.end) if mention is None and cue.start == span.start else None
        if bare is not None and lexicon.lemma(cue.text) in SAYING:
            # 'Ditambahkan, untuk penyebar hoax, kini sedang dilakukan penyelidikan': no agent, the
            # speaker is whoever spoke before
            content = _content(text, bare.end(), span.end)
            if content is not None and _speechlike(content, None):
                found.append(Attribution("passive_bare", cue, None, content=content, end=cue.end))
            continue
        if mention is None or mention.kind not in ("name", "pronoun", "role", "organisation"):
            continue
        if PASSIVE_OPENERS.fullmatch(text, span.start, cue.start):
            if sentence.previous is None:
                continue
            content = _content(text, sentence.previous.start, sentence.previous.end)
            rule = "passive_after"
        else:
            content = _around(text, sentence, cue, mention.span.end, lexicon)
            rule = "passive_name"
        if content is not None and (rule == "passive_after" or _speechlike(content, None)):
            found.append(Attribution(rule, cue, mention, content=content, end=mention.span.end))
    return found


# Verbs of saying whose passive, alone before a comma, reports the speaker of the sentences before
# ('Ditegaskan, ...'); not the impersonal ones ('Diharapkan, ...', 'Dinilai, ...', 'Disebutkan, ...').
SAYING = word_class("saying_lemma")
_BARE_PASSIVE = regex.compile(r"(?:\s+(?:pula|lagi|juga))?\s*,\s*")


INDIRECT_RULES: tuple[Callable[[str, Sentence, Lexicon], list[Attribution]], ...] = (
    menurut_name,
    kata_name,
    passive_name,
    name_cue_bahwa,
)


def attribute_indirect(text: str, sentence: Sentence, lexicon: Lexicon) -> list[Attribution]:
    """Reported speech in one sentence: every rule's finds, overlapping ones dropped (first wins)."""
    candidates = [found for rule in INDIRECT_RULES for found in rule(text, sentence, lexicon)]
    candidates.sort(key=lambda a: a.cue.start if a.cue else 0)  # the main clause's cue comes first
    kept: list[Attribution] = []
    for found in candidates:
        assert found.content is not None
        if all(_apart(found.content, k.content) for k in kept if k.content):
            kept.append(found)
    return sorted(kept, key=lambda a: a.content.start if a.content else 0)


def _apart(a: Span, b: Span) -> bool:
    return a.end <= b.start or b.end <= a.start
