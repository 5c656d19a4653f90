"""Resolution: mention -> person, as ordered, named sieves (DESIGN.md), and person -> speaker
through the page's table of people.

Each kind of mention is tried against its sieves in order; the first that finds someone links it,
and its name is kept on the quote (``Quote.link``), so that ``kutipan eval --by-rule`` can show
each sieve's precision on gold data:

=============  ===============================================================================
mention        sieves, in order
=============  ===============================================================================
name           ``name`` (the people of the page by full name, surname, first name, initials)
alias          ``alias`` (``X atau Y``, ``X (Y)``, ``yang akrab disapa Y``)
organisation   ``organisation``
role noun      ``role_name`` (``Bupati Satono``: the word read as a place names someone),
               ``role_holder`` (the one the page gave that role), ``role_form`` (``ujar Menkes``
               after ``Menteri Kesehatan Budi``, from ``data/role_forms.tsv``), ``role_previous_speaker``,
               ``role_focus`` (``CEO Tesla itu``)
description    ``kin_focus`` (``mantan istri X itu``), ``description_previous_speaker``,
               ``role_holder``, ``description_same`` (``kata polisi`` after ``seorang anggota
               polisi``; ``petani tersebut``, ``sang petani`` after ``seorang petani asal ...``
               written in a sentence that attributes nothing), ``role_focus``, ``description_new``
name pair      ``group`` (``kata Budi dan Ani``, ``Fajar Alfian/Muhammad Rian Ardianto mengaku``:
               a group speaker, its members the two people)
pronoun        ``pronoun_focus`` (the person last in focus), ``pronoun_body`` (a body that spoke),
               ``pronoun_lone_subject`` (a one-word subject or passive agent just before),
               ``pronoun_pair`` (``keduanya``: the pair last named together), ``pronoun_many``
               (``mereka``: the group, body or description of many last in focus; never one person)
none           ``previous_speaker`` (within two paragraphs), ``focus``
=============  ===============================================================================

Then ``_named`` reports each person by the page's table of people (``kutipan.entities``): its
fuller name and, where the person has none, its role; the table's matcher is added to the link
(``name+entity_alias``). A body speaks under the full name the page gave it where its short form
is an alias in brackets, its first words after that name, or its acronym
(``organisation+entity_acronym``: ``BPS`` for ``Badan Pusat Statistik``). The focus (who ``dia``
points to) lives in ``people.People``; it is the only state that changes while a document is
resolved.
"""

from __future__ import annotations

import attrs
import regex

from . import roles
from .candidates import Candidate, Context, context_of
from .confidence import with_confidence
from .document import Document, Stretches
from .entities import EntityTable, _Entry
from .introductions import introductions
from .lexicon import Lexicon, word_class
from .mentions import read_run
from .names import Mention
from .people import People, Person, _key
from .spans import Quote, Result, Span, Speaker
from .text import line_end
from .words import ARTICLES, DEMONSTRATIVES, KINSHIP, description_head, words_of

Linked = tuple["Person | None", str]  # a person and the sieve that linked a mention to them

# Words that make a description indefinite: 'seorang warga', 'warga lainnya' is someone new.
INDEFINITE = word_class("indefinite")
_DEMONSTRATIVE_NEXT = regex.compile(r"\s+(?:" + "|".join(sorted(DEMONSTRATIVES)) + r")(?![\p{L}])")
# The last sentence before a point that opens with one capitalised word and a verb: 'Musk berselisih ...'.
_LONE_SUBJECT = regex.compile(r"(?r)(?:^|(?<=[.!?\"”]\s)|(?<=[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]))(\p{Lu}\p{Ll}{2,})\s+(?:juga\s+|pun\s+)?(?:me|ber|di|ter)\p{Ll}{3,}", regex.MULTILINE)
_LONE_AGENT = regex.compile(r"(?r)(?<![\p{L}])di\p{Ll}{3,}\s+(?:oleh\s+)?(\p{Lu}\p{Ll}{2,})(?![\p{L}])(?!\s+\p{Lu})")
# Another name joined to a name at an attribution site: 'Budi dan Ani', 'Fajar Alfian/Muhammad Rian'
_PAIR_AFTER = regex.compile(r"(?:\s*/\s*|\s+(?:dan|&)\s+)(\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,3})(?![\p{L}])")
_PAIR_BEFORE = regex.compile(r"(?r)(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,3})(?:\s*/\s*|\s+(?:dan|&)\s+)$")
# Another name right after a name: 'Saifullah Yusuf atau Gus Ipul', 'Zulkifli Hasan (Zulhas)'.
_ALIAS = regex.compile(r"(?:\s+(?:atau|alias)\s+|\s*\()(\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2})(?![\p{L}])")


class Sieves:
    """The resolution steps of one document, mixed into ``Resolver``: they read its text, its
    lexicon and its ``Document`` (sentence starts, capitalised words)."""

    document: Document
    text: str
    lexicon: Lexicon
    known: tuple[str, ...]  # the caller's full names: people=['Duncan Clark'] names 'kata Clark'
    _role_names: dict[str, bool]  # whether a word read as a role names someone on this page

    def _named(self, person: Person, table: EntityTable) -> tuple[Speaker, Span | None, str]:
        """The speaker a person is reported as, their role, and the table's matcher where the table
        gave a fuller name: 'Alex' -> 'Alexander Marwata' (nickname), 'SDK' -> 'Suhardi Duka' (alias).
        A well-known alias the page writes alone is reported by the full name of data/aliases.tsv
        ('Zulhas' -> 'Zulkifli Hasan'), so that one person is one speaker across pages."""
        speaker, role, matcher = self._named_in_table(person, table)
        full = table.public_name(speaker.name) if person.kind == "person" else None
        if full is not None:
            return attrs.evolve(speaker, name=full), role, "alias"
        return speaker, role, matcher

    def _named_in_table(self, person: Person, table: EntityTable) -> tuple[Speaker, Span | None, str]:
        if person.kind == "group":
            members = tuple(self._named(member, table)[0].name for member in person.members)
            return attrs.evolve(person.speaker(), members=members), None, ""
        speaker = self._known(person.speaker())
        role = person.role if person.kind == "person" else None
        if person.kind == "organisation":
            entry, matcher = table.lookup(speaker.name, "organisation")
            if entry is not None and (matcher == "alias" or (matcher == "contained" and _opens(entry, speaker.name, person))):
                return attrs.evolve(speaker, name=entry.name.text), None, matcher  # 'kata JPU' after 'Jaksa Penuntut Umum (JPU)'
            spelled = table.acronym(speaker.name) if entry is None else None
            if spelled is not None:
                return attrs.evolve(speaker, name=spelled.name.text), None, "acronym"  # 'BPS' for 'Badan Pusat Statistik'
            return speaker, None, ""  # otherwise a body keeps the name it speaks under ('Transjakarta')
        if person.kind != "person" or speaker.name != person.speaker().name:
            return speaker, role, ""
        entry, matcher = table.lookup(speaker.name, person.kind)
        if entry is None or matcher is None:
            return speaker, role, ""
        if person.kind == "person" and (role is None or entry.name.text in role.text):
            role = entry.role  # none of its own, or one that swallowed the name ('Presiden Joko Widodo atau' Jokowi)
            speaker = attrs.evolve(speaker, role=role)
        key = _key(speaker.name)
        name = entry.name.text
        if matcher == "contained" and entry.key[: len(key)] != key and entry.key[-len(key) :] != key:
            # a middle run of the table's name: the name starts there, the words before are a body
            # glued on ('Radio Sindo Trijaya Gaib Maruto Sigit' ... 'kata Gaib')
            words = name.split()
            start = next(i for i in range(len(entry.key)) if entry.key[i : i + len(key)] == key)
            name = " ".join(words[start:]) if len(words) == len(entry.key) else name
        fuller = len(_key(name)) > len(key) or (matcher in ("alias", "nickname", "initials") and len(entry.key) > 1)
        # the name's first words were a guess that the text settled otherwise ('pelatih Persib Djadjang Nurdjaman')
        guessed = (person.cut or not entry.bounded) and entry.key[-len(key) :] == key
        if name == speaker.name or not fuller or guessed:
            return speaker, role, ""
        return attrs.evolve(speaker, name=name), role, matcher

    def _known(self, speaker: Speaker) -> Speaker:
        """The full name the caller knows for this speaker: people=['Duncan Clark'] names 'Clark'."""
        words = tuple(speaker.name.lower().split())
        for name in self.known:
            known = tuple(name.lower().split())
            if speaker.kind == "person" and words and len(known) > len(words) and any(
                known[i : i + len(words)] == words for i in range(len(known) - len(words) + 1)
            ):
                return attrs.evolve(speaker, name=name)
        return speaker

    def _person(self, people: People, mention: Mention, salient: bool = True, previous: Person | None = None) -> Linked:
        """The person a mention points to, and the name of the sieve that found them."""
        at = mention.span
        if mention.kind == "pronoun":
            kind = self.lexicon.pronouns.get(mention.span.text.lower())
            if kind == "pair":  # 'keduanya': the pair last named together, or the word as written
                pair = people.last_group(at.start)
                if pair is None:
                    return people.unnamed(at, at), "description_new"
                people.touch(pair, at)
                return pair, "pronoun_pair"
            if kind == "plural":  # 'mereka': many people or a body, never one person
                many = people.many_focus(at.start)
                if many is not None:
                    people.touch(many, at)
                return many, "pronoun_many" if many is not None else ""
            group = kind == "group"  # 'pihaknya'
            person, sieve = people.focus(at.start, group=group), "pronoun_focus"
            # with no person named before it, '-nya' is the body that spoke ('Dinas PU berharap ... sebutnya')
            if person is None and (body := people.focus(at.start, group=True)) is not None and body.kind == "organisation":
                person, sieve = body, "pronoun_body"
            if person is None and not group and (name := self._lone_subject(at.start)) is not None:
                person, sieve = people.name(name, name), "pronoun_lone_subject"  # 'Musk berselisih dengan Trump. Dia mengatakan ...'
            if person is not None:
                people.touch(person, at)
            return person, sieve
        if mention.kind == "name" and mention.name is not None:
            if " " not in mention.name.text and mention.name.text in self.document.lowered_openers() and people.find(mention.name) is None:
                return None, ""  # 'Dokumen juga menyebut ...', 'Kampus menegaskan ...': a common word opening the sentence
            role = mention.role or self._appositive(mention)
            person = people.name(self._known_tail(people, mention.name), at, role=role, salient=salient, bounded=mention.bounded)
            alias = _ALIAS.match(self.text, mention.name.end)
            if alias is not None and words_of(self.lexicon).name_word(alias.group(1).split()[-1]):
                people.alias(person, Span.of(self.text, *alias.span(1)))  # 'Saifullah Yusuf atau Gus Ipul', '(Zulhas)'
            group = self._pair(people, mention.name, person) if salient else None
            if group is not None:
                return group, "group"
            return person, "name"
        if mention.kind == "alias" and mention.name is not None:
            person = people.find(mention.name) or people.focus(at.start)
            if person is None:
                return people.name(mention.name, at), "alias"
            people.alias(person, mention.name)
            people.touch(person, at)
            return person, "alias"
        if mention.kind == "organisation":
            return people.name(mention.name or at, at, kind="organisation"), "organisation"
        if mention.kind == "description" and all(word[:1].isupper() for word in at.text.split()):
            named = people.find(at)  # 'kata Jaya Negara' after 'I Gusti Ngurah Jaya Negara': a name the reader took for words
            if named is not None and named.kind == "person":
                people.touch(named, at)
                return named, "name"
        person, sieve = self._described(people, mention, previous)
        if person is None:
            person, sieve = self._same_description(people, mention), "description_same"
        if person is not None:
            people.touch(person, at)
            return person, sieve
        return people.unnamed(mention.name or at, at), "description_new"

    def _known_tail(self, people: People, name: Span) -> Span:
        """A name opening a sentence whose first word the text never writes as a name elsewhere and
        whose other words name someone known: that someone ('Kinerja Renita dalam ...' after
        'Brigadir Renita'; 'Kinerja' is a common word that opens the sentence)."""
        first, _, rest = name.text.partition(" ")
        if not rest or self.document.sentence_start(name.start) != name.start or first in self.document.midsentence():
            return name
        tail = Span.of(self.text, name.end - len(rest), name.end)
        known = people.find(tail)
        return tail if known is not None and known.name.text == rest else name

    def _same_description(self, people: People, mention: Mention) -> Person | None:
        """'kata polisi' after 'kata seorang anggota polisi': the unnamed source named before."""
        words = set(mention.span.text.lower().split()) - ARTICLES
        if len(words) > 2 or words & INDEFINITE:
            return None
        return people.unnamed_with(words)

    def _described(self, people: People, mention: Mention, previous: Person | None = None) -> Linked:
        """A role or a definite description of someone named before: 'ujar Kapolda',
        'pebulu tangkis berusia 21 tahun tersebut', 'pelatih yang membawa Persib juara'.

        A role nobody holds yet is the role of the speaker of the quotes just before, when that
        speaker has none and the text gives the role to no other name: 'ucap Kombes Budi.' ...
        'ujar Kapolrestabes.'
        """
        words = mention.span.text.split()
        lowered = [w.lower() for w in words]
        if any(w in INDEFINITE for w in lowered):
            return None, ""
        head = description_head(words)
        demonstrative = lowered[-1] in DEMONSTRATIVES
        definite = demonstrative or "yang" in lowered
        if head in KINSHIP and _DEMONSTRATIVE_NEXT.match(self.text, mention.span.end):
            return people.focus(mention.span.start), "kin_focus"  # 'mantan istri Ivan Fadilla itu menilai': the person in focus
        if mention.kind == "role" and mention.role is not None and len(words) > 1 and words_of(self.lexicon).name_word(words[-1]):
            # 'Bupati Satono menyampaikan' after 'Bupati Sambas, Satono': the word read as the
            # regency is the name of someone the text named
            named = people.find(Span.of(self.text, mention.span.end - len(words[-1]), mention.span.end))
            if named is not None and named.kind == "person":
                return named, "role_name"
        if mention.kind == "role" and mention.role is not None:
            holder = people.by_role(mention.role.text, mention.span.start)
            if holder is None and (other := self._role_form(mention.role.text)) is not None:
                holder = people.by_role(other, mention.span.start)
                if holder is not None:  # 'ujar Menkes' after 'Menteri Kesehatan Budi Gunadi Sadikin', and back
                    return holder, "role_form"
            if holder is not None or previous is None or previous.kind != "person":
                anaphoric = demonstrative and "yang" not in lowered  # not '... yang mengadili sidang ini'
                if holder is not None:
                    return holder, "role_holder"
                if anaphoric and (introduced := people.unnamed_with({head.lower()})) is not None:
                    return introduced, "description_same"  # 'petani tersebut' after 'seorang petani asal ...'
                return (people.focus(mention.span.start) if anaphoric else None), "role_focus"  # '... sejak CEO Tesla itu mengumumkan'
            if previous.role is None:
                if not self._names_someone(mention.role.text):
                    people.give_role(previous, mention.role)
                    return previous, "role_previous_speaker"
            elif definite or _DEMONSTRATIVE_NEXT.match(self.text, mention.span.end):
                return previous, "description_previous_speaker"  # '... bernama Husen' ... 'Warga Jalan Haji Mat Ali, Bekasi itu mengaku', 'papar Ketua AJI Bandung tersebut'
            return None, ""
        if mention.kind == "role" or definite:
            holder = people.by_role(head, mention.span.start)
            if holder is not None:
                return holder, "role_holder"
            if definite and (introduced := people.unnamed_with({head.lower()})) is not None:
                return introduced, "description_same"  # 'petani tersebut' after 'seorang petani asal ...'
            return (people.focus(mention.span.start) if mention.kind == "role" else None), "role_focus"
        return None, ""

    def _pair(self, people: People, name: Span, person: Person) -> Person | None:
        """Two people named together at the attribution site, joined by 'dan' or '/': 'kata Budi
        dan Ani', 'Fajar Alfian/Muhammad Rian Ardianto mengaku'. The speaker is the pair as the
        page writes it, with both people as its members."""
        text = self.text
        after = _PAIR_AFTER.match(text, name.end)
        before = _PAIR_BEFORE.search(text, max(0, name.start - 80), name.start)
        for found, first in ((after, False), (before, True)):
            if found is None:
                continue
            other = read_run(text, found.start(1), found.end(1), self.lexicon)
            if other is None or other.kind != "name" or other.name is None:
                continue
            partner = people.name(other.name, other.name, salient=False)
            if partner is person:
                continue
            if first:
                return people.group(Span.of(text, other.name.start, name.end), [partner, person])
            return people.group(Span.of(text, name.start, other.name.end), [person, partner])
        return None

    def _role_form(self, role: str) -> str | None:
        """The other form of a role written short or long (data/role_forms.tsv): 'Menkes' <->
        'Menteri Kesehatan'; a role that only starts with a short form keeps its unit ('Kapolres
        Bogor' -> 'Kepala Kepolisian Resor Bogor')."""
        forms = self.lexicon._memo("role-forms", lambda: _both_ways(self.lexicon.role_forms))
        words = role.split()
        for n in range(min(len(words), 4), 0, -1):
            other = forms.get(" ".join(words[:n]).lower())
            if other is not None:
                return " ".join([other, *words[n:]])
        return None

    def _appositive(self, mention: Mention) -> Span | None:
        end = line_end(self.text, mention.span.end)
        return roles.appositive(self.text, mention.span.end, end, self.lexicon)

    def _lone_subject(self, at: int) -> Span | None:
        """A one-word name opening a sentence, or the agent of a passive, shortly before ``at``, for a
        pronoun that finds nobody else: 'Musk berselisih dengan Trump. Dia mengatakan ...',
        'Pernyataan itu disampaikan Purbaya ... Menurutnya, ...' (one-word names are not introduced
        otherwise: most re-mention someone introduced in full)."""
        window = max(0, at - 400)
        candidates = [m for m in (_LONE_SUBJECT.search(self.text, window, at), _LONE_AGENT.search(self.text, window, at)) if m]
        found = max(candidates, key=lambda m: m.start(1), default=None)
        name = found.group(1) if found is not None else ""
        nearby = self.text.count(name, max(0, at - 3000), at + 3000) if name else 0  # bounded: linear on any text
        if nearby < 2 or name in self.document.openers() or not words_of(self.lexicon).name_word(name):
            return None  # a name is named again; 'dilindungi Amandemen ke-1' is not someone
        return Span.of(self.text, *found.span(1))

    def _names_someone(self, role: str) -> bool:
        """Whether the text writes a name after this role somewhere ('Presiden Joko Widodo'); once per role."""
        found = self._role_names.get(role)
        if found is None:
            pattern = rf"(?<![\p{{L}}]){regex.escape(role)}(?:\s*\([^()\n]*\))?\s+\p{{Lu}}"
            found = self._role_names[role] = regex.search(pattern, self.text) is not None
        return found


def _opens(entry: _Entry, short: str, person: Person) -> bool:
    """Whether a body's short form opens the full name the page wrote before it: 'Koalisi' after
    'Koalisi Masyarakat Sipil', not 'Pemerintah' before 'Pemerintah Kabupaten Karanganyar'."""
    key = _key(short)
    first = min((m.start for m in person.mentions), default=0)
    return entry.key[: len(key)] == key and any(m.start < first for m in entry.mentions)


def _both_ways(rows: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Short form -> role and role -> short form, keyed in lower case."""
    forms: dict[str, str] = {}
    for short, long in rows:
        forms.setdefault(short.lower(), long)
        forms.setdefault(long.lower(), short)
    return forms


class Resolver(Sieves):
    """The resolution stage of one document: the table of people, then each candidate's mention
    linked through the sieves in text order, beside the people the page introduces."""

    def __init__(self, document: Document, known: tuple[str, ...]) -> None:
        self.document = document
        self.text = document.text
        self.lexicon = document.lexicon
        self.known = known
        self._role_names: dict[str, bool] = {}
        self._organisations: dict[tuple[int, int], Span | None] = {}

    def result(self, candidates: list[Candidate]) -> Result:
        """The quotes of the merged candidates, each with its speaker, role and the sieve that linked it."""
        text, lexicon, document = self.text, self.lexicon, self.document
        table = EntityTable.build(
            text, document.layout.prose(), lexicon, common=document.openers(), names=document.midsentence(), body=document.layout.body()
        )
        if not candidates:
            return Result(text=text, layout=document.layout.blocks, entities=table.entities())
        people = People(text, lexicon, counted=document.prose_text())
        context = {id(c): context_of(text, c) for c in candidates}  # outlet, addressee, setting: read once
        events: list[tuple[int, int, object]] = [(m.span.start, 0, m) for m in introductions(document, candidates, context.values())]
        events += [(d.at, 1, d) for d in candidates]
        events.sort(key=lambda e: (e[0], e[1]))
        speaker_of: dict[int, Person | None] = {}
        link_of: dict[int, str] = {}
        last_quote: tuple[int, Person | None] | None = None
        reported = Stretches((d.content.start, d.content.end) for d in candidates if d.kind == "indirect")
        for _, _, item in events:
            if isinstance(item, Mention):
                at = item.span.start
                if reported.hold(at):
                    salient = False  # named in someone's reported words: not who '-nya' points to next
                else:
                    salient = document.subject(at) or (item.kind != "description" and (not item.span.text[:1].isupper() or item.name == item.span))
                self._person(people, item, salient=salient)
                continue
            candidate = item
            assert isinstance(candidate, Candidate)
            if candidate.attribution is not None and candidate.attribution.mention is not None:
                recent = last_quote[1] if last_quote is not None and candidate.paragraph - last_quote[0] <= 2 else None
                person, sieve = self._person(people, candidate.attribution.mention, previous=recent)
            elif last_quote is not None and candidate.paragraph - last_quote[0] <= 2:
                person, sieve = last_quote[1], "previous_speaker"
            else:
                person, sieve = people.focus(candidate.at), "focus"
            if person is not None and candidate.attribution is None:
                people.touch(person, Span.of(text, candidate.at, candidate.at))
            speaker_of[id(candidate)] = person
            link_of[id(candidate)] = sieve if person is not None else ""
            last_quote = (candidate.paragraph, person)
        people.settle(document.openers(), table.openings())
        named: dict[int, tuple[Speaker, Span | None, str]] = {}  # only who speaks is looked up in the table
        quotes = []
        for candidate in sorted(candidates, key=lambda d: (d.content.start, d.content.end)):
            person = speaker_of.get(id(candidate))
            if person is not None and id(person) not in named:
                named[id(person)] = self._named(person, table)
            speaker, role, matcher = named[id(person)] if person is not None else (None, None, "")
            link = link_of.get(id(candidate), "")
            quotes.append(self._quote(candidate, context[id(candidate)], speaker, role, f"{link}+entity_{matcher}" if matcher else link))
        quoted_people = {id(q.speaker): q.speaker for q in quotes if q.speaker is not None}
        return Result(
            text=text,
            quotes=tuple(with_confidence(quotes)),  # confidence: set here only, from the path of each finished quote
            speakers=tuple(quoted_people.values()),
            layout=document.layout.blocks,
            entities=table.entities(),
        )

    def _quote(self, candidate: Candidate, context: Context, speaker: Speaker | None, role: Span | None, link: str) -> Quote:
        attribution = candidate.attribution
        outlet, addressee, setting = context
        mention = attribution.mention if attribution is not None else None
        mention_span = None
        if mention is not None:
            mention_span = mention.name or mention.span
        return Quote(
            kind=candidate.kind,  # type: ignore[arg-type]
            content=candidate.content,
            cue=attribution.cue if attribution else None,
            mention=mention_span,
            speaker=speaker,
            role=role,
            organisation=self._organisation(role) if role else None,
            outlet=outlet,
            addressee=addressee,
            setting=setting,
            rule=attribution.rule if attribution else ("continued" if candidate.attribution is None and not candidate.closed else "previous_speaker"),
            link=link,
        )

    def _organisation(self, role: Span) -> Span | None:
        """The organisation in a role, read once per role: a speaker's quotes share one."""
        key = (role.start, role.end)
        if key not in self._organisations:
            self._organisations[key] = roles.organisation(self.text, role, self.lexicon)
        return self._organisations[key]
