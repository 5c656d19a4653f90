"""Extractor: runs the steps over one document and returns its quotes in text order."""

from __future__ import annotations

import bisect
import itertools
from array import array
from typing import Iterable, Iterator

import attrs
import regex

from . import roles
from .confidence import with_confidence
from .entities import EntityTable
from .layout import QUOTABLE, names_read, read_layout
from .lexicon import Lexicon, LexiconArg, check_people, lexicon_argument
from .marks import Quoted, each_quoted
from .mentions import read_forward, read_run
from .names import Mention
from .people import People, Person
from .resolve import Sieves
from .rules import Attribution, Sentence, Site, attribute_direct, attribute_indirect
from .spans import Quote, Result, Span, Speaker
from .text import CHUNK, LINE_ENDS, chunks, line_end, sentences, title_case, word_count
from .words import words_of

_SPEECHLIKE_WORDS = 4
_WORD = regex.compile(r"(?<![\p{L}\p{N}\-])\p{L}[\p{L}\-]*")
_AROUND_WORDS = ".,;:!?\"“”'‘’()[]{}"  # punctuation around a word between spaces: never part of a _WORD
# Conjunctions and prepositions that open a clause or phrase before the main one: its comma does
# not set off an appositive.
_SUBORDINATORS = frozenset(
    "sambil saat ketika setelah sesudah sebelum usai seusai karena sebab meski meskipun walau walaupun "
    "jika kalau apabila bila sejak selama begitu agar supaya dalam di pada senada sejalan serupa berbeda selain "
    "bersama menanggapi".split()
)
# 'JAKARTA -', 'PURWOKERTO.SUARA.COM –', 'TRIBUNNEWS.COM, MEDAN -': what opens a first paragraph
_DATELINE = regex.compile(r"(?:[\p{Lu}\p{N}][\p{Lu}\p{N}.,/()]*\s*)+[-–—]")
_SPLIT_GAP = regex.compile(r"[\s,:;]*(?:lalu|kemudian|dan|lagi)?[\s,:]*")  # '"A," kata X, "B."'
_FULL_STOP = regex.compile(r"\.(?:\s|$)")
_ONE_OF = regex.compile(r"(?:salah\s+(?:satu|seorang)\s+(?:dari\s+)?(?:segelintir\s+|sedikit\s+|beberapa\s+)?)?")
_AFTER_NAME = regex.compile(r"(?r)(\p{Lu}\p{Ll}+)(?:\s*\(\d{1,3}\))?,\s*$")
# Words that name a term rather than report words: 'frasa', 'istilah', 'berjudul' (not 'disebutnya
# sebagai': what a speaker calls something is his words).
_NAMING_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?:frasa|istilah|sebutan|julukan|berjudul|bertajuk|judul|tagar|slogan|tema|program|"
    r"hotline|label|visi|misi|moto|motto|jargon|semboyan|dengan\s+nama|bernama)\s*[:,]?\s*$"
)
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
_MIDSENTENCE = regex.compile(r"\p{Lu}(?<=[\p{Ll}\p{N},;)] \p{Lu})[\p{L}'’\-]*")  # look behind after the first letter: faster
_DERIVED = regex.compile(r"(?:(?:ber|me|mem|men|meng|meny|di|ter|ke|pe|pem|pen|peng|per)\p{Ll}{4,}|\p{Lu}\p{Ll}{3,}(?:an|kan|nya))$")
_OPENER = regex.compile(r"(?:^|(?<=[.!?]\s))[\"“”]?(\p{Lu}\p{Ll}+)", regex.MULTILINE)
_PLACE_WORDS = frozenset(
    "di ke dari hingga sampai menuju pada dekat bawah atas depan belakang flyover kawasan wilayah daerah jalan kota desa".split()
)
# A number or quantifier right before a role word: 'tujuh anggota Brimob', 'para pejabat'.
_COUNTED = regex.compile(
    r"(?r)(?<![\p{L}])(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|(?:belas|puluh|ratus|ribu)an|para|sejumlah|beberapa|"
    r"seluruh|semua|banyak)\s+$"
)
_COPULA = regex.compile(r"\s+(?:adalah|merupakan|ialah|selaku|sebagai)\s+")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]*)*")


@attrs.frozen
class _Draft:
    """A quote before its speaker is resolved."""

    kind: str
    content: Span
    attribution: Attribution | None
    at: int            # where the mention stands (the quote itself when there is none)
    paragraph: int
    closed: bool = True


@attrs.frozen
class Extractor:
    """Finds quotes in Indonesian text and attributes them; build once, call per document.

    >>> extractor = Extractor()
    >>> [q.speaker.name for q in extractor('"Kami siap," ujar Budi Santoso.')]
    ['Budi Santoso']
    """

    lexicon: Lexicon = attrs.field(factory=Lexicon.default, converter=lexicon_argument)  # a Lexicon or a folder's path

    def __call__(self, text: str, *, people: Iterable[str] = (), attributions: Iterable[Attribution] = ()) -> Result:
        """Quotes of ``text``. ``people``: full names you know ('Duncan Clark' names 'kata Clark').
        ``attributions``: reported speech found by other means (a parser), each with its content,
        cue and mention; it joins the rules' finds where it overlaps none, before speakers are
        resolved, so its pronouns and surnames point where the rules' would."""
        if not isinstance(text, str):
            raise TypeError(f"kutipan.extract expects the text as str, got {type(text).__name__}")
        return _Run(text, self.lexicon, check_people(people), tuple(attributions)).result()


def extract(text: str, *, lexicon: LexiconArg = None, people: Iterable[str] = ()) -> Result:
    """Quotes of one document in text order, with who said them.

    >>> result = extract('Budi Santoso hadir. "Kami siap bekerja," ujarnya.')
    >>> quote = result.quotes[0]
    >>> quote.speaker.name, quote.mention.text
    ('Budi Santoso', 'nya')
    """
    extractor = _DEFAULT if lexicon is None else Extractor(lexicon)
    return extractor(text, people=people)


class _Run(Sieves):
    """One document's extraction; state lives here, never in the module."""

    def __init__(self, text: str, lexicon: Lexicon, people: tuple[str, ...], extra: tuple[Attribution, ...] = ()) -> None:
        self.text = text
        self.lexicon = lexicon
        self.known = people
        self.extra = extra
        self.layout = read_layout(text, lexicon)
        # the lines are read from the layout when needed, not kept as a list of Spans: a page may
        # hold a line every few characters
        self.paragraph_starts, self.paragraph_ends = array("q"), array("q")
        self.furniture = _Stretches()
        # introductions are read in the article's lines: a caption's role ('Gubernur Sulbar, Suhardi
        # Duka, saat ditemui ...') yields to the body's ('Gubernur Sulawesi Barat (Sulbar) Suhardi Duka')
        self.outside = _Stretches()
        for kind, start, end in self.layout.numbered():
            if kind in QUOTABLE:
                self.paragraph_starts.append(start)
                self.paragraph_ends.append(end)
            if kind != "body":
                self.outside.add(start, end)
            if not names_read(kind, text, start, end):
                self.furniture.add(start, end)
        self.sentence_starts = array("q")  # numbers, not objects: a page may hold a sentence every few characters
        self._capitals: frozenset[str] | None = None
        self._common: frozenset[str] | None = None
        self._scanned: _Scanned | None = None
        self._role_names: dict[str, bool] = {}
        self._organisations: dict[tuple[int, int], Span | None] = {}

    def result(self) -> Result:
        direct, pending, per_paragraph = self._direct_quotes()
        indirect = self._indirect_speech(direct, per_paragraph)
        fragments = self._fragments(pending, indirect)
        found = _merge(self.text, sorted(direct + fragments + indirect, key=lambda d: d.content.start))
        return self._resolve(_continued(self._with_extra(found)))

    def _direct_quotes(self) -> tuple[list[_Draft], array[int], list[tuple[int, list[Span]]]]:
        """Quoted stretches that a rule attributes or that read as speech; the rest, still pending
        (``_fragments``); and the sentences of each paragraph with a cue word in it.

        Reported speech is found only in a sentence with a cue word, and its words lie in that
        sentence's paragraph: so the other paragraphs keep neither their sentences nor their
        pending stretches. What is kept is kept as numbers, not objects: a page of short lines or
        of nothing but marks holds a sentence or a stretch every few characters."""
        text, lexicon = self.text, self.lexicon
        cue_starts = self._scan().cue_starts
        drafts: list[_Draft] = []
        pending = array("q")  # four numbers a stretch: paragraph, start with the mark, content start and end
        per_paragraph: list[tuple[int, list[Span]]] = []
        for index, paragraph in enumerate(self.layout.body()):
            found = sentences(text, paragraph, lexicon)
            cued = bisect.bisect_left(cue_starts, paragraph.start) != bisect.bisect_left(cue_starts, paragraph.end)
            if cued:
                per_paragraph.append((index, found))
            self.sentence_starts.extend(s.start for s in found)
            previous: Attribution | None = None
            previous_end = -1
            i = 0
            for stretch in each_quoted(text, paragraph):
                while i + 1 < len(found) and found[i + 1].start <= stretch.start:
                    i += 1  # stretches and sentences both run in text order
                sentence = found[i] if found and found[i].start <= stretch.start < found[i].end else paragraph
                attribution = attribute_direct(text, Site(stretch, sentence, paragraph), lexicon)
                if attribution is None and previous is not None and stretch.opening is not None:
                    gap = text[max(previous.end, previous_end) : stretch.opening.start]
                    if previous.end > previous_end and _SPLIT_GAP.fullmatch(gap):
                        attribution = attrs.evolve(previous, rule="split_quote")  # '"A," kata X, "B."'
                if attribution is not None:
                    drafts.append(self._direct(stretch, attribution, index))
                    previous, previous_end = attribution, stretch.end
                elif self._speechlike(stretch, sentence):
                    # no cue names it, but it reads as speech: a paragraph that opens with a quote
                    drafts.append(_Draft("direct", stretch.content, None, stretch.content.start, index, stretch.closing is not None))
                    previous_end = stretch.end
                else:
                    if cued:
                        pending.extend((index, stretch.start, stretch.content.start, stretch.content.end))
                    previous_end = stretch.end
        return drafts, pending, per_paragraph

    def _indirect_speech(self, direct: list[_Draft], per_paragraph: list[tuple[int, list[Span]]]) -> list[_Draft]:
        """Reported speech in the sentences with a cue word, outside the direct quotes."""
        text, lexicon = self.text, self.lexicon
        direct = sorted(direct, key=lambda d: d.content.start)
        masked = [(d.content.start - 1, d.content.end + 1) for d in direct]
        mask_starts = [a for a, _ in masked]
        mask_reach = list(itertools.accumulate((b for _, b in masked), max))  # furthest end so far
        scanned = self._scan()
        starts = scanned.cue_starts
        indirect: list[_Draft] = []
        for index, found in per_paragraph:
            before = None
            for span in found:
                first, last = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
                if first != last:  # no cue word in the sentence: nothing is reported there
                    # the quotes that overlap the sentence: starting before its end, reaching past its start
                    low, high = bisect.bisect_right(mask_reach, span.start), bisect.bisect_left(mask_starts, span.end)
                    inside = tuple(m for m in masked[low:high] if span.start < m[1])
                    sentence = Sentence(span, inside, before, scanned.cues(text, first, last))
                    for attribution in attribute_indirect(text, sentence, lexicon):
                        assert attribution.content is not None
                        if attribution.rule == "passive_after" and indirect and _overlap(indirect[-1].content, attribution.content):
                            continue  # 'Dia menambahkan, … . Hal itu disampaikannya …': already a quote
                        indirect.append(_Draft("indirect", attribution.content, attribution, _at(attribution), index))
                before = span
        draft_starts = [d.content.start for d in direct]
        draft_reach = list(itertools.accumulate((d.content.end for d in direct), max))
        return [d for d in indirect if not _within_any(d.content, direct, draft_starts, draft_reach)]

    def _fragments(self, pending: array[int], indirect: list[_Draft]) -> list[_Draft]:
        """A fragment in marks inside reported words is a direct quote of the same speaker:
        'Ia menyatakan kabar itu "hoaks belaka"'."""
        starts = [d.content.start for d in indirect]  # reported stretches do not overlap: the host starts last before
        found = []
        for k in range(0, len(pending), 4):
            index, start, content_start, content_end = pending[k : k + 4]
            i = bisect.bisect_right(starts, content_start) - 1
            host = indirect[i] if i >= 0 else None
            if host is None or host.attribution is None:
                continue
            content = Span.of(self.text, content_start, content_end)
            if _inside(content, host.content) and not self._named_thing(content, start):
                found.append(_Draft("direct", content, attrs.evolve(host.attribution, rule="fragment"), host.at, index))
        return found

    def _named_thing(self, content: Span, start: int) -> bool:
        """A name or term in marks, not words said: 'berjudul "Skandal Smanse"', 'frasa 'orang lain''."""
        if title_case(content.text):
            return True  # every word capitalised: a title, a programme, a name
        return _NAMING_BEFORE.search(self.text, max(0, start - 30), start) is not None

    def _with_extra(self, drafts: list[_Draft]) -> list[_Draft]:
        """The caller's attributions (from a parser) where they overlap no quote of the rules'."""
        if not self.extra:
            return drafts
        text = self.text
        starts = [d.content.start for d in drafts]
        reach = list(itertools.accumulate((d.content.end for d in drafts), max))
        added = []
        for attribution in self.extra:
            content = attribution.content
            if content is None or attribution.mention is None or text[content.start : content.end] != content.text:
                continue
            high = bisect.bisect_left(starts, content.end)  # these start before it ends
            if high and reach[high - 1] > content.start and any(_overlap(content, d.content) for d in drafts[:high]):
                continue
            index = max(0, bisect.bisect_right(self.paragraph_starts, content.start) - 1)
            added.append(_Draft("indirect", content, attribution, _at(attribution), index))
        return sorted(drafts + added, key=lambda d: d.content.start)

    def _direct(self, stretch: Quoted, attribution: Attribution, index: int) -> _Draft:
        return _Draft("direct", stretch.content, attribution, _at(attribution), index, stretch.closing is not None)

    def _speechlike(self, stretch: Quoted, sentence: Span) -> bool:
        """A quote with no cue: double marks, opening its sentence, long enough to be words said."""
        if stretch.single or word_count(stretch.content.text, _SPEECHLIKE_WORDS) < _SPEECHLIKE_WORDS:
            return False
        if title_case(stretch.content.text):
            return False  # 'Detik Pagi, Jangan Tidur Lagi!': a title in marks
        start = stretch.opening.start if stretch.opening else stretch.content.start
        return start <= sentence.start

    # -- speakers ---------------------------------------------------------------------------

    def _resolve(self, drafts: list[_Draft]) -> Result:
        text, lexicon = self.text, self.lexicon
        table = EntityTable.build(
            text, self.layout.prose(), lexicon, common=self._openers(), names=self._midsentence(), body=self.layout.body()
        )
        if not drafts:
            return Result(text=text, layout=self.layout.blocks, entities=table.entities())
        people = People(text, lexicon, counted=self._prose_text())
        events: list[tuple[int, int, object]] = [(m.span.start, 0, m) for m in self._introductions(drafts)]
        events += [(d.at, 1, d) for d in drafts]
        events.sort(key=lambda e: (e[0], e[1]))
        speaker_of: dict[int, Person | None] = {}
        link_of: dict[int, str] = {}
        last_quote: tuple[int, Person | None] | None = None
        reported = _Stretches((d.content.start, d.content.end) for d in drafts if d.kind == "indirect")
        for _, _, item in events:
            if isinstance(item, Mention):
                at = item.span.start
                if reported.hold(at):
                    salient = False  # named in someone's reported words: not who '-nya' points to next
                else:
                    salient = self._subject(at) or (item.kind != "description" and (not item.span.text[:1].isupper() or item.name == item.span))
                self._person(people, item, salient=salient)
                continue
            draft = item
            assert isinstance(draft, _Draft)
            if draft.attribution is not None and draft.attribution.mention is not None:
                recent = last_quote[1] if last_quote is not None and draft.paragraph - last_quote[0] <= 2 else None
                person, sieve = self._person(people, draft.attribution.mention, previous=recent)
            elif last_quote is not None and draft.paragraph - last_quote[0] <= 2:
                person, sieve = last_quote[1], "previous_speaker"
            else:
                person, sieve = people.focus(draft.at), "focus"
            if person is not None and draft.attribution is None:
                people.touch(person, Span.of(text, draft.at, draft.at))
            speaker_of[id(draft)] = person
            link_of[id(draft)] = sieve if person is not None else ""
            last_quote = (draft.paragraph, person)
        people.settle(self._openers())
        named: dict[int, tuple[Speaker, Span | None, str]] = {}  # only who speaks is looked up in the table
        quotes = []
        for draft in sorted(drafts, key=lambda d: (d.content.start, d.content.end)):
            person = speaker_of.get(id(draft))
            if person is not None and id(person) not in named:
                named[id(person)] = self._named(person, table)
            speaker, role, matcher = named[id(person)] if person is not None else (None, None, "")
            link = link_of.get(id(draft), "")
            quotes.append(self._quote(draft, person, speaker, role, f"{link}+entity_{matcher}" if matcher else link))
        quoted_people = {id(q.speaker): q.speaker for q in quotes if q.speaker is not None}
        return Result(
            text=text,
            quotes=tuple(with_confidence(quotes)),  # confidence: set here only, from the path of each finished quote
            speakers=tuple(quoted_people.values()),
            layout=self.layout.blocks,
            entities=table.entities(),
        )

    def _quote(self, draft: _Draft, person: Person | None, speaker: Speaker | None, role: Span | None, link: str) -> Quote:
        attribution = draft.attribution
        outlet = addressee = setting = None
        if attribution is not None and attribution.end > 0 and draft.kind == "direct" and attribution.rule.startswith("quote_"):
            stop = line_end(self.text, attribution.end)
            sentence_end = _FULL_STOP.search(self.text, attribution.end, stop)
            outlet, addressee, setting = roles.context(self.text, attribution.end, sentence_end.start() if sentence_end else stop)
        mention = attribution.mention if attribution is not None else None
        mention_span = None
        if mention is not None:
            mention_span = mention.name or mention.span
        return Quote(
            kind=draft.kind,  # type: ignore[arg-type]
            content=draft.content,
            cue=attribution.cue if attribution else None,
            mention=mention_span,
            speaker=speaker,
            role=role,
            organisation=self._organisation(role) if role else None,
            outlet=outlet,
            addressee=addressee,
            setting=setting,
            rule=attribution.rule if attribution else ("continued" if draft.attribution is None and not draft.closed else "previous_speaker"),
            link=link,
        )

    def _organisation(self, role: Span) -> Span | None:
        """The organisation in a role, read once per role: a speaker's quotes share one."""
        key = (role.start, role.end)
        if key not in self._organisations:
            self._organisations[key] = roles.organisation(self.text, role, self.lexicon)
        return self._organisations[key]

    def _introductions(self, drafts: list[_Draft]) -> list[Mention]:
        """People named outside attributions: antecedents for 'dia' and '-nya', and their roles.

        'Kapolda Papua Paulus Waterpau ...', 'Riyanto (39), sopir truk', 'Irul, grosir yang ...',
        'Terry Dap adalah salah satu polisi', and a name of two words or more as a sentence's subject.
        """
        text, lexicon = self.text, self.lexicon
        words = words_of(lexicon)
        connectives = lexicon.word_set("connectives")
        quoted_at = _Stretches((d.content.start, d.content.end) for d in drafts if d.kind == "direct").hold
        found: list[Mention] = []
        covered = -1
        last = max(d.content.end for d in drafts)  # who is named after the last quote cannot say it
        scanned = self._scan()
        for at, word_end in zip(scanned.role_starts, scanned.role_ends):
            if at > last:
                break
            if self.outside.hold(at):
                continue  # a headline's, a caption's words: not introductions
            # a role word with a capitalised word within five words after it: 'Kapolda Papua
            # Paulus', 'pelatih Persib, Djadjang'; 'warga sekitar' cannot introduce anyone
            end = self._paragraph_end(at)
            if self._in_fronted_clause(at):
                comma = text.find(",", word_end, end)
                end = comma if comma >= 0 else end  # 'Sambil menunggu petugas Damkar, Darwato ...'
            if at < covered or not _ROLE_THEN_CAPITAL.match(text, word_end, end) or _COUNTED.search(text, max(0, at - 16), at):
                continue  # 'tujuh anggota Brimob': a group, not someone introduced
            appositive = _AFTER_NAME.search(text, max(0, at - 40), at)
            if quoted_at(at) or (appositive and appositive.group(1) not in connectives and not self._in_fronted_clause(appositive.start())):
                continue  # 'Asep Mursa, anggota staf ...': the role of the name before it (not 'Dalam konferensi di Purworejo, Gubernur ...')
            mention = read_forward(text, at, end, lexicon)
            if mention is not None and mention.kind == "name":
                found.append(mention)
                covered = mention.span.end
        roles_end = {m.span.end for m in found}
        for match in _CAPITALISED.finditer(text, 0, last):
            start, end = match.span()
            after = _AFTER_RUN.match(text, end)
            if after is None:
                continue
            introduced = after.lastgroup != "verb"
            subject = not introduced and " " in match.group() and self._subject_at(start) and self._subject(start)
            if not (introduced or subject) or end in roles_end or quoted_at(start) or self.outside.hold(start):
                continue
            first = match.group().split()[0]
            if not words.name_word(first) or first in connectives:
                continue
            run = read_run(text, start, end, lexicon)
            if run is None or run.kind != "name" or run.name is None:
                continue
            role = self._role_after(run.name) if introduced else None
            before = text[max(0, start - 12) : start].split()
            if before and before[-1].lower() in _PLACE_WORDS:
                role = None  # 'hingga Slipi, petugas ...': a place
            if role is not None or after.lastgroup == "age" or (
                subject
                and len(run.name.text.split()) >= 2
                and not any(word in self._openers() for word in run.name.text.split())
            ):
                found.append(attrs.evolve(run, role=run.role or role, bounded=True))
        described: list[set[str]] = []
        for match in _UNNAMED_INTRODUCTION.finditer(text, 0, last):
            at = match.start()
            if self.outside.hold(at) or quoted_at(at) or not words.role(match.group("head")):
                continue
            # a relative clause or a verb ends it: 'Seorang warga yang keheranan ... pun bertanya'
            end = self._paragraph_end(at)
            clause = _CLAUSE.search(text, match.end(), end)
            mention = read_forward(text, at, clause.start() if clause else end, lexicon)
            if mention is None or mention.kind != "description":
                continue
            key = set(mention.span.text.lower().split())
            if not any(key <= other for other in described):  # 'seorang petani' again after 'seorang petani asal ...'
                described.append(key)
                found.append(mention)  # 'keluhan seorang petani asal Kabupaten Bojonegoro': 'petani tersebut' later
        return found

    def _prose_text(self) -> str:
        """The text with every line that is not prose blanked out, offsets kept."""
        if not self.furniture:
            return self.text
        pieces, at = [], 0
        for start, end in self.furniture:
            pieces += [self.text[at:start], " " * (end - start)]
            at = end
        return "".join(pieces) + self.text[at:]

    def _scan(self) -> _Scanned:
        """One pass over the document's words: where its cue words and its role words stand."""
        if self._scanned is None:
            # one dict look-up per word: 1 a role word, 2 a cue in any case the text may write it
            kinds = self.lexicon._memo("scan-kinds", lambda: _word_kinds(self.lexicon))
            text, find, n = self.text, self.text.find, len(self.text)
            scanned = self._scanned = _Scanned()
            at = 0
            # the words come a stretch at a time (see text.chunks): only the few that count are
            # located again, in order, each from where the last one ended ('kata' inside
            # 'mengatakan' is skipped)
            plain = self.lexicon._memo("scan-plain", lambda: frozenset(filter(_WORD.fullmatch, kinds)))
            for a, b in chunks(text):
                for word in _kind_words(text[a:b], kinds, plain):
                    start = find(word, at)
                    end = start + len(word)
                    while (start and (text[start - 1].isalnum() or text[start - 1] == "-")) or (end < n and (text[end].isalpha() or text[end] == "-")):
                        start = find(word, start + 1)
                        end = start + len(word)
                    kind = kinds[word]
                    if kind & 1:
                        scanned.role_starts.append(start)
                        scanned.role_ends.append(end)
                    if kind & 2:
                        scanned.cue_starts.append(start)
                        scanned.cue_ends.append(end)
                    at = end
        return self._scanned

    def _paragraph_end(self, at: int) -> int:
        i = bisect.bisect_right(self.paragraph_starts, at) - 1
        return self.paragraph_ends[i] if i >= 0 else len(self.text)

    def _subject_at(self, start: int) -> bool:
        """A cheap test first: a sentence or paragraph starts, or a comma stands, right before."""
        before = self.text[max(0, start - 3) : start]
        return not before.strip() or before.endswith(", ") or before[-2:-1] in ".!?\"”’-–—" or before[-1:] in LINE_ENDS

    def _openers(self) -> frozenset[str]:
        """Capitalised common words: seen only where a sentence starts, and written in lower case
        elsewhere or built like a derived word ('Bersaing', 'Tujuan'); not names."""
        if self._common is None:
            self._common = self._find_openers()
        return self._common

    def _find_openers(self) -> frozenset[str]:
        midsentence = self._midsentence()
        spaced = _spaced(self.text)  # w in spaced == f" {w} " in text, for w without spaces
        return frozenset(
            word
            for a, b in chunks(self.text)
            for word in _OPENER.findall(self.text, a, b)
            if word not in midsentence and (_DERIVED.match(word) or word.lower() in spaced)
        )

    def _midsentence(self) -> frozenset[str]:
        """Capitalised words that stand inside a sentence somewhere: names, not sentence openers."""
        if self._capitals is None:  # read in prose lines only: a headline capitalises every word
            text, found = self.text, set()
            if self.furniture:
                for kind, a, b in self.layout.numbered():
                    if names_read(kind, text, a, b):
                        found.update(_MIDSENTENCE.findall(text, a, b))
            else:
                for a, b in chunks(text):  # a stretch at a time: see text.chunks
                    found.update(_MIDSENTENCE.findall(text, a, b))
            self._capitals = frozenset(found)
        return self._capitals

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding ``at`` starts."""
        i = bisect.bisect_right(self.sentence_starts, at) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def _in_fronted_clause(self, at: int) -> bool:
        """Whether ``at`` stands in a clause that opens the sentence with a conjunction, before its
        comma: 'Sambil menunggu datangnya petugas Damkar, Darwato ...' (the comma ends the clause)."""
        start = self._sentence_start(at)
        first = self.text[start : start + 12].split(maxsplit=1)[:1]
        return bool(first) and first[0].lower() in _SUBORDINATORS and "," not in self.text[start:at]

    def _subject(self, at: int) -> bool:
        """Whether a name at ``at`` stands where a sentence's subject does: first, or after a fronted phrase."""
        before = self.text[self._sentence_start(at) : at].rstrip()
        return (
            not before
            or before.endswith(",")
            or before in self.lexicon.word_set("connectives")
            or _DATELINE.fullmatch(before) is not None
        )

    def _role_after(self, name: Span) -> Span | None:
        """'Irul, grosir yang ...', 'Terry Dap adalah salah satu dari segelintir polisi'."""
        end = line_end(self.text, name.end)
        copula = _COPULA.match(self.text, name.end, end)
        if copula is not None:
            start = _ONE_OF.match(self.text, copula.end(), end).end()
            toks = self.text[start:end].split()
            if toks and words_of(self.lexicon).role(toks[0]):
                return roles.trim(self.text, Span.of(self.text, start, end), self.lexicon)
            return None
        return roles.appositive(self.text, name.end, end, self.lexicon)


@attrs.frozen
class _Scanned:
    """Where a document's cue words and role words start and end: numbers, not Spans, since a
    page of endless cue words holds one every few characters (a Span is some 150 bytes)."""

    cue_starts: array[int] = attrs.field(factory=lambda: array("q"))
    cue_ends: array[int] = attrs.field(factory=lambda: array("q"))
    role_starts: array[int] = attrs.field(factory=lambda: array("q"))
    role_ends: array[int] = attrs.field(factory=lambda: array("q"))

    def cues(self, text: str, first: int, last: int) -> tuple[Span, ...]:
        """The cue words from the ``first`` to before the ``last``."""
        return tuple(Span.of(text, self.cue_starts[i], self.cue_ends[i]) for i in range(first, last))


class _Stretches:
    """Stretches of text that do not overlap (the direct quotes, the reported words, lines of a
    page), asked in logarithmic time whether they hold a position. Kept as numbers: a page may
    hold a line every few characters."""

    def __init__(self, bounds: Iterable[tuple[int, int]] = ()) -> None:
        self.starts, self.ends = array("q"), array("q")
        for start, end in sorted(bounds):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """One more stretch, after the others."""
        self.starts.append(start)
        self.ends.append(end)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends)

    def hold(self, at: int) -> bool:
        i = bisect.bisect_right(self.starts, at) - 1
        return i >= 0 and self.starts[i] <= at < self.ends[i]


def _spaced(text: str) -> set[str]:
    """``set(text.split(" ")[1:-1])``: the pieces of text between two spaces, split a stretch at a
    time (see text.chunks), so that only the set of distinct pieces is ever held whole."""
    found: set[str] = set()
    start, last = text.find(" "), text.rfind(" ")
    while start < last:
        cut = text.find(" ", start + CHUNK, last)
        cut = last if cut < 0 else cut
        found.update(text[start + 1 : cut].split(" "))
        start = cut
    return found


def _kind_words(text: str, kinds: dict[str, int], plain: frozenset[str]) -> list[str]:
    """``[w for w in _WORD.findall(text) if w in kinds]`` at a fifth of the cost: the text is split
    at white space in C, and nearly every piece is a plain word, alone or in punctuation, that is
    its own only word; the regex reads the rest ('2kata', 'Jum'at', 'kata/ujar', 'é'). ``plain``:
    the words of ``kinds`` that are their own only word (all, bar a lexicon's odd entry)."""
    found = []
    for piece in text.split():
        if piece in plain:
            found.append(piece)
        elif not (piece.isascii() and piece.isalpha()):
            word = piece.strip(_AROUND_WORDS)
            if word.isascii() and word.isalpha():
                if word in kinds:
                    found.append(word)
            else:
                found.extend(word for word in _WORD.findall(piece) if word in kinds)
    return found


def _word_kinds(lexicon: Lexicon) -> dict[str, int]:
    """Each role word (bit 1) and each cue form written lower, capitalised or upper (bit 2)."""
    kinds = dict.fromkeys(words_of(lexicon).roles, 1)
    for form in lexicon.cue_frames:
        for variant in (form, form.capitalize(), form.upper()):
            kinds[variant] = kinds.get(variant, 0) | 2
    return kinds


def _at(attribution: Attribution) -> int:
    mention = attribution.mention
    if mention is not None:
        return mention.span.start
    return attribution.cue.start if attribution.cue else 0


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end




def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _within_any(inner: Span, drafts: list[_Draft], starts: list[int], reach: list[int]) -> bool:
    """Whether ``inner`` is ``_inside`` a draft's content; drafts sorted by start, ``reach`` the furthest end so far."""
    high = bisect.bisect_right(starts, inner.start)  # only these start at or before it
    if high == 0 or reach[high - 1] < inner.end:
        return False
    return any(_inside(inner, k.content) for k in drafts[:high])


_MARKS = "\"'“”‘’«»„"
_EDGE = " \t,.;:!?-–—" + _MARKS
_WORDS = regex.compile(r"\p{L}+")
_OWN_WORDS = 3  # what an indirect quote must keep of its own beside a direct quote


def _merge(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """One policy wherever a direct and an indirect candidate claim the same words: **the marks
    win**. A direct quote keeps every word between its marks. An indirect quote that overlaps one
    keeps only its longest stretch outside the marks that holds no part of its own attribution; if
    that stretch has fewer than three words of its own, the indirect quote goes, and a direct quote
    with no cue of its own takes its attribution ('"…," disampaikan Budi', '“…,” ditulis Budi di
    akun Instagram'). The one nesting kept: a fragment in marks inside the reported words that it
    belongs to (rule ``fragment``). Quotes come out sorted, never partly overlapping.
    """
    directs = [d for d in drafts if d.kind == "direct"]
    if not directs or len(directs) == len(drafts):
        return drafts
    bounds = [_marked(text, d.content) for d in directs]
    starts = [b[0] for b in bounds]
    reach = list(itertools.accumulate((b[1] for b in bounds), max))
    taken: dict[int, _Draft] = {}
    kept: list[_Draft] = []
    for draft in drafts:
        if draft.kind == "direct":
            continue
        own = draft
        high = bisect.bisect_left(starts, draft.content.end)
        low = bisect.bisect_right(reach, draft.content.start)
        for i in range(low, high):
            start, end = bounds[i]
            direct = directs[i]
            if own is None or end <= own.content.start or start >= own.content.end:
                continue
            fragment = direct.attribution is not None and direct.attribution.rule == "fragment"
            if fragment and _inside(direct.content, own.content):
                continue
            piece = _own_piece(text, own, start, end)
            if piece is None:
                if direct.attribution is None and own.attribution is not None and id(direct) not in taken:
                    taken[id(direct)] = attrs.evolve(direct, attribution=own.attribution, at=own.at)
                own = None
            else:
                own = attrs.evolve(own, content=piece)
        if own is not None:
            kept.append(own)
    merged = [taken.get(id(d), d) for d in directs] + kept
    return sorted(merged, key=lambda d: (d.content.start, d.content.end))


def _marked(text: str, content: Span) -> tuple[int, int]:
    """A direct quote's stretch with its marks, where they stand right beside its words."""
    start = content.start - 1 if content.start and text[content.start - 1] in _MARKS else content.start
    end = content.end + 1 if content.end < len(text) and text[content.end] in _MARKS else content.end
    return start, end


def _own_piece(text: str, draft: _Draft, start: int, end: int) -> Span | None:
    """The longest stretch of an indirect quote outside [start, end) that holds no part of its
    attribution and has words of its own, trimmed of marks and punctuation."""
    attribution = draft.attribution
    claimed: list[Span] = []
    if attribution is not None and not attribution.rule.startswith("interrupting"):  # 'Semua orang, dia mengatakan, ...' holds its cue
        claimed = [s for s in (attribution.cue, attribution.mention.span if attribution.mention else None) if s is not None]
    best = None
    for a, b in ((draft.content.start, start), (end, draft.content.end)):
        if b <= a or any(a < c.end and c.start < b for c in claimed):
            continue
        piece = text[a:b]
        left = len(piece) - len(piece.lstrip(_EDGE))
        right = len(piece.rstrip(_EDGE))
        if right <= left or len(_WORDS.findall(piece, left, right)) < _OWN_WORDS:
            continue
        span = Span.of(text, a + left, a + right)
        if best is None or len(span) > len(best):
            best = span
    return best


def _continued(drafts: list[_Draft]) -> list[_Draft]:
    """A paragraph of a quotation that the next paragraph continues takes that paragraph's cue."""
    out = list(drafts)
    for i in range(len(out) - 2, -1, -1):
        draft, following = out[i], out[i + 1]
        if (
            draft.kind == "direct"
            and not draft.closed
            and following.kind == "direct"
            and following.paragraph == draft.paragraph + 1
            and following.attribution is not None
        ):
            out[i] = attrs.evolve(draft, attribution=attrs.evolve(following.attribution, rule="continued"), at=following.at)
    return out


_DEFAULT = Extractor()
