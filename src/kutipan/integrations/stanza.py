"""Bridge to stanza: quotes from a parsed ``Document``, and a ``kutipan`` pipeline processor.

The rules run on ``doc.text`` as on any text, and every quote they find is kept as it is. The parse
then adds reported speech the rules missed: a reporting verb (matched by form, or by lemma for
affixed forms the lexicon does not list) with an ``nsubj`` speaker and a clause (``ccomp``,
``xcomp``, ``parataxis``, or an ``advcl`` after ``bahwa``) as the reported words. NER entities and
PROPN tags say which words of the subject are the name. Speakers of these quotes are resolved by the
same steps as the rules' own, so ``dia`` and surnames point where they would in plain text.

>>> from stanza.utils.conll import CoNLL
>>> doc = CoNLL.conll2doc(input_str=_EXAMPLE)
>>> [(q.kind, q.speaker.name, q.cue.text) for q in from_stanza(doc)]
[('indirect', 'Tan Yee Kew', 'mengemukakan')]
"""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

import attrs

try:
    from stanza.models.common.doc import Document, Sentence, Token, Word
    from stanza.pipeline.processor import Processor, register_processor
    from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError("kutipan's stanza integration needs stanza: pip install stanza (or pip install 'kutipan[stanza]')") from error

# The rule extractor's run, extended below so that parse finds share its speaker resolution. These
# names are private to kutipan.extract; a public hook there would let this module drop them.
from ..extract import Extractor
from ..lexicon import Lexicon
from ..rules import CONTENT_MARKERS, MARKS, Attribution
from ..spans import Quote, Result, Span, Speaker
from ..speakers import Mention, read_backward

__all__ = ["from_stanza", "annotate", "parse_attributions", "KutipanProcessor", "LABELS"]

RULE = "parse_nsubj_ccomp"
LABELS = ("quote", "cue", "speaker")   # values of ``token.kutipan``; None outside quotes
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
NEGATIONS = frozenset("tidak tak belum bukan enggan menolak jangan".split())
PERSON_TYPES = frozenset({"PER", "PERSON"})
ORGANISATION_TYPES = frozenset({"ORG", "ORGANIZATION", "ORGANISATION"})

_EXAMPLE = """\
1\tTan\tTan\tPROPN\t_\t_\t4\tnsubj\t_\t_
2\tYee\tYee\tPROPN\t_\t_\t1\tflat:name\t_\t_
3\tKew\tKew\tPROPN\t_\t_\t1\tflat:name\t_\t_
4\tmengemukakan\tkemuka\tVERB\t_\t_\t0\troot\t_\t_
5\tdi\tdi\tADP\t_\t_\t6\tcase\t_\t_
6\tsidang\tsidang\tNOUN\t_\t_\t4\tobl\t_\tSpaceAfter=No
7\t,\t,\tPUNCT\t_\t_\t9\tpunct\t_\t_
8\tMalaysia\tMalaysia\tPROPN\t_\t_\t9\tnsubj\t_\t_
9\tunggul\tunggul\tADJ\t_\t_\t4\tccomp\t_\t_
10\tdi\tdi\tADP\t_\t_\t11\tcase\t_\t_
11\tAsean\tAsean\tPROPN\t_\t_\t9\tobl\t_\tSpaceAfter=No
12\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_
"""


# ----------------------------------------------------------------------------------------------
# Text and offsets


@attrs.frozen
class _Parsed:
    """A Document's text and the character offsets of its words, aligned once."""

    text: str
    sentences: tuple[tuple[Sentence, dict[int, tuple[int, int]]], ...]   # word id -> (start, end)
    tokens: tuple[tuple[Token, int, int], ...]


def _align(doc: Document) -> _Parsed:
    """Offsets of tokens and words into ``doc.text``.

    A Document built from CoNLL-U (``CoNLL.conll2doc``) may have no text and no offsets: the text is
    then rebuilt from the tokens and their SpaceAfter=No marks and set as ``doc.text``, as
    ``conll2doc(..., reconstruct_text=True)`` would. Words of a multi-word token (``ujarnya`` ->
    ``ujar`` + ``nya``) get their stretch of the token, or the whole token where the split is not a
    plain cut.
    """
    if doc.text is None:
        pieces = []
        for sentence in doc.sentences:
            for token in sentence.tokens:
                pieces.append(token.text)
                pieces.append(" " if token.spaces_after is None else token.spaces_after)
        doc.text = "".join(pieces).rstrip()
    text: str = doc.text
    cursor = 0
    sentences, tokens = [], []
    for sentence in doc.sentences:
        words: dict[int, tuple[int, int]] = {}
        for token in sentence.tokens:
            start, end = token.start_char, token.end_char
            if start is None or end is None or text[start:end] != token.text:
                found = text.find(token.text, cursor)
                if found < 0:
                    continue  # a token the text does not hold (normalised by a tokenizer): unmarked
                start, end = found, found + len(token.text)
            cursor = end
            tokens.append((token, start, end))
            words.update(_word_offsets(token, start, end))
        sentences.append((sentence, words))
    return _Parsed(text, tuple(sentences), tuple(tokens))


def _word_offsets(token: Token, start: int, end: int) -> Iterator[tuple[int, tuple[int, int]]]:
    if len(token.words) == 1:
        yield token.words[0].id, (start, end)
        return
    surface, at, cuts = token.text.lower(), 0, []
    for word in token.words:
        found = surface.find(word.text.lower(), at)
        if found != at:
            cuts = []
            break
        cuts.append((start + at, start + at + len(word.text)))
        at += len(word.text)
    for i, word in enumerate(token.words):
        yield word.id, cuts[i] if cuts else (start, end)


# ----------------------------------------------------------------------------------------------
# Reported speech from the parse


def _children(sentence: Sentence) -> dict[int, list[Word]]:
    children: dict[int, list[Word]] = {}
    for word in sentence.words:
        children.setdefault(word.head or 0, []).append(word)
    return children


def _subtree(word: Word, children: dict[int, list[Word]]) -> list[Word]:
    found, todo = [], [word]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current.id, ()))
    return sorted(found, key=lambda w: w.id)


def _stretch(words: Sequence[Word], offsets: dict[int, tuple[int, int]], marks: bool = False) -> tuple[int, int] | None:
    """First to last word that is not punctuation, as character offsets; with ``marks``, a closing
    quotation mark at the end stays ('pulau itu "dihidupkan dari pengepungan."')."""
    kept = [offsets[w.id] for w in words if w.upos != "PUNCT" and w.id in offsets]
    if not kept:
        return None
    end = kept[-1][1]
    if marks:
        end = max([end] + [offsets[w.id][1] for w in words if w.text in MARKS and w.id in offsets])
    return kept[0][0], end


def _is_cue(word: Word, lexicon: Lexicon, lemmas: frozenset[str]) -> bool:
    """A reporting verb: 'mengatakan' by form; 'menerangkan' by lemma when the lexicon lists 'terang'."""
    if lexicon.frame(word.text) in ("verb", "directive"):
        return True
    # Only meN-...-kan/-i forms: the lexicon leaves out 'menambah' (to increase) on purpose, and
    # the affixes it lists for a lemma are not a pattern to extend to every other affix.
    form = word.text.lower()
    active = form.startswith("me") and form.endswith(("kan", "i")) and "Voice=Pass" not in (word.feats or "")
    return word.upos == "VERB" and active and (word.lemma or "").lower() in lemmas


def _subject(word: Word, sentence: Sentence, children: dict[int, list[Word]]) -> Word | None:
    """The verb's nsubj; a verb joined by 'dan' to another takes that one's ('..., dan meminta ...')."""
    own = next((w for w in children.get(word.id, ()) if w.deprel == "nsubj"), None)
    if own is None and word.deprel == "conj" and word.head:
        head = sentence.words[word.head - 1]
        own = next((w for w in children.get(head.id, ()) if w.deprel == "nsubj"), None)
    return own


def _subject_words(subject: Word, children: dict[int, list[Word]], cue: int) -> list[Word]:
    """The subject's words before the cue, without relative clauses ('Dia, yang sejak pagi menunggu, ...')."""
    words, todo = [], [subject]
    while todo:
        current = todo.pop()
        words.append(current)
        todo.extend(w for w in children.get(current.id, ()) if not w.deprel.startswith("acl"))
    return sorted((w for w in words if w.id < cue), key=lambda w: w.id)


def _clause(word: Word, children: dict[int, list[Word]]) -> Word | None:
    """The reported clause after the verb: ccomp, xcomp or parataxis; advcl only after 'bahwa'."""
    kids = children.get(word.id, ())
    for kid in kids:
        marks = [w for w in (*kids, *children.get(kid.id, ())) if w.deprel == "mark"]
        bahwa = any(w.text.lower() in ("bahwa", "bahwasanya") for w in marks)
        if kid.id > word.id and (kid.deprel in CLAUSES or bahwa and kid.deprel == "advcl"):
            return kid
    return None


def _negated(word: Word, children: dict[int, list[Word]]) -> bool:
    """'Agus enggan mengemukakan ...', 'tidak mengatakan ...': refused speech reports nothing."""
    return any(w.text.lower() in NEGATIONS for w in children.get(word.id, ()) if w.deprel in ("advmod", "aux", "xcomp", "advcl"))


def _entities(sentence: Sentence, offsets: dict[int, tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Entities from the tokens' BIOES NER tags, as (start, end, type); none without an NER model."""
    found: list[tuple[int, int, str]] = []
    current: list[int | str] | None = None
    for token in sentence.tokens:
        tag = token.ner or "O"
        span = offsets.get(token.words[0].id) if token.words else None
        if span is None or tag == "O":
            current = None
            continue
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "S") or current is None or current[2] != kind:
            current = [span[0], span[1], kind]
            found.append(current)  # type: ignore[arg-type]
        else:
            current[1] = span[1]
        if prefix in ("E", "S"):
            current = None
    return [(int(a), int(b), str(k)) for a, b, k in found]


def _mention(text: str, start: int, end: int, words: Sequence[Word], offsets: dict[int, tuple[int, int]],
             entities: Sequence[tuple[int, int, str]], lexicon: Lexicon) -> Mention | None:
    """Who the subject names: an NER entity first, then the rules' reading, then a PROPN run.

    'Juru bicara parlemen Dr Tan Yee Kew' -> name 'Tan Yee Kew', role 'Juru bicara parlemen'
    """
    span = Span.of(text, start, end)
    for a, b, kind in entities:
        if start <= a and b <= end and (kind in PERSON_TYPES or kind in ORGANISATION_TYPES):
            if kind in ORGANISATION_TYPES:
                return Mention("organisation", span, name=Span.of(text, a, b))
            role = text[start:a].rstrip(" ,")
            return Mention("name", span, name=Span.of(text, a, b), role=Span.of(text, start, start + len(role)) if role else None)
    mention = read_backward(text, start, end, lexicon)
    if mention is not None and mention.kind != "description":
        return mention
    if mention is not None:
        return mention
    names = [offsets[w.id] for w in words if w.upos == "PROPN" and w.id in offsets]
    if names:
        return Mention("name", span, name=Span.of(text, names[0][0], names[-1][1]))
    if len(span.text.split()) <= 8 and any(w.upos == "NOUN" for w in words):
        return Mention("description", span, name=span)  # 'Naga tersebut', 'Surat kabar ini'
    return None


def _reported(text: str, cue: Span, content: Span, lexicon: Lexicon) -> bool:
    """Words that can be reported speech: three words or more, not a question, not a quote in marks
    (the rules' business), and for a directive ('meminta', 'mengimbau') with what is asked ('agar')."""
    if len(content.text.split()) < 3 or any(mark in text[cue.end : content.start + 1] for mark in MARKS):
        return False
    if text[content.end : content.end + 2].lstrip().startswith("?"):
        return False  # 'anak-anakmu bertanya kepada ayahnya: Apakah arti batu-batu ini?'
    return lexicon.frame(cue.text) != "directive" or CONTENT_MARKERS.search(content.text) is not None


def _unbracketed(text: str, start: int, end: int) -> int:
    """The end of a subject without its trailing bracket: 'PT Bakrieland Development Tbk (ELTY)'."""
    bracket = text.rfind("(", start, end)
    if bracket > start and ")" not in text[bracket:end].rstrip(")"):
        return start + len(text[start:bracket].rstrip())
    return end


def parse_attributions(doc: Document, lexicon: Lexicon | None = None) -> list[Attribution]:
    """Indirect speech the parse shows: a reporting verb with an nsubj and a clause after it.

    The reported words run from the clause's first word (after 'bahwa') to its last.
    """
    lexicon = lexicon or Lexicon.default()
    return _attributions(_align(doc), lexicon)


def _attributions(parsed: _Parsed, lexicon: Lexicon) -> list[Attribution]:
    text = parsed.text
    lemmas = frozenset(c.lemma for c in lexicon.cues if c.frame in ("verb", "directive"))
    pronouns = lexicon.pronouns
    found = []
    for sentence, offsets in parsed.sentences:
        children = _children(sentence)
        entities = _entities(sentence, offsets)
        for word in sentence.words:
            if word.id not in offsets or not _is_cue(word, lexicon, lemmas) or _negated(word, children):
                continue
            subject, clause = _subject(word, sentence, children), _clause(word, children)
            if subject is None or clause is None or subject.text.lower() in ("yang", "siapa", "apa"):
                continue
            if subject.upos == "PRON" and subject.text.lower() not in pronouns:
                continue  # 'kami', 'saya': first person speaks inside a quote, not in reporting text
            subject_words = _subject_words(subject, children, word.id)
            where = _stretch(subject_words, offsets)
            content = _stretch([w for w in _subtree(clause, children) if w.deprel != "mark" or w.head != clause.id], offsets, marks=True)
            cue = Span.of(text, *offsets[word.id])
            if where is None or content is None or not _reported(text, cue, Span.of(text, *content), lexicon):
                continue
            mention = _mention(text, where[0], _unbracketed(text, *where), subject_words, offsets, entities, lexicon)
            if mention is None:
                continue
            found.append(Attribution(RULE, cue, mention, content=Span.of(text, *content), end=mention.span.end))
    return found


# ----------------------------------------------------------------------------------------------
# Quotes of a Document


def _apart(a: Span, b: Span) -> bool:
    return a.end <= b.start or b.end <= a.start


def from_stanza(doc: Document, *, extractor: Extractor | None = None) -> Result:
    """Quotes of a stanza Document, offsets into ``doc.text``; the rules' quotes are all kept.

    >>> import stanza
    >>> doc = stanza.Document([], text='"Kami siap," ujar Budi Santoso.')
    >>> [(q.text, q.speaker.name) for q in from_stanza(doc)]
    [('Kami siap,', 'Budi Santoso')]
    """
    if not isinstance(doc, Document):
        raise TypeError(f"from_stanza expects a stanza Document (what a stanza Pipeline returns), got {type(doc).__name__}")
    if extractor is not None and not isinstance(extractor, Extractor):
        raise TypeError(f"from_stanza expects extractor as a kutipan.Extractor, got {type(extractor).__name__}")
    return _result(_align(doc), extractor or _DEFAULT)


def _result(parsed: _Parsed, extractor: Extractor) -> Result:
    base = extractor(parsed.text)
    taken = [q.content for q in base.quotes]
    found = [a for a in _attributions(parsed, extractor.lexicon) if a.content and all(_apart(a.content, t) and _apart(a.cue, t) for t in taken)]
    if not found:
        return base
    extended = extractor(parsed.text, attributions=found)
    added = [q for q in extended.quotes if q.rule == RULE and all(_apart(q.content, t) for t in taken)]
    return _merge(base, added)


def _merge(base: Result, added: Iterable[Quote]) -> Result:
    """The rules' quotes and the parse's, one Speaker per name, in text order."""
    quotes = sorted((*base.quotes, *added), key=lambda q: (q.start, q.end))
    groups: dict[tuple[str, str], list[Speaker]] = {}
    for quote in quotes:
        if quote.speaker is not None:
            groups.setdefault((quote.speaker.name, quote.speaker.kind), []).append(quote.speaker)
    merged = {}
    for key, speakers in groups.items():
        mentions = sorted({m for s in speakers for m in s.mentions}, key=lambda m: (m.start, m.end))
        role = next((s.role for s in speakers if s.role is not None), None)
        merged[key] = attrs.evolve(speakers[0], mentions=tuple(mentions), role=role)
    quotes = [attrs.evolve(q, speaker=merged[(q.speaker.name, q.speaker.kind)]) if q.speaker else q for q in quotes]
    return Result(text=base.text, quotes=tuple(quotes), speakers=tuple(merged.values()))


# ----------------------------------------------------------------------------------------------
# Marks on the Document and the pipeline processor


for _name, _owner in (("quotes", Document), ("kutipan", Token)):
    if not hasattr(_owner, _name):
        _owner.add_property(_name, default=() if _name == "quotes" else None,
                            setter=lambda self, value, _n=_name: setattr(self, f"_{_n}", value))


def annotate(doc: Document, *, extractor: Extractor | None = None) -> Document:
    """Attach ``doc.quotes`` and label each token ``quote``, ``cue``, ``speaker`` or None.

    A token is labelled by the quote part it lies in; cue and speaker win over quote, where an
    attribution interrupts the reported words.
    """
    parsed = _align(doc)
    result = _result(parsed, extractor or _DEFAULT)
    doc.quotes = result.quotes
    parts = [(span, label) for q in result.quotes for span, label in ((q.content, "quote"), (q.cue, "cue"), (q.mention, "speaker")) if span is not None]
    order = {label: i for i, label in enumerate(LABELS)}
    for token, start, end in parsed.tokens:
        labels = [label for span, label in parts if span.start <= start and end <= span.end and start < end]
        token.kutipan = max(labels, key=order.__getitem__) if labels else None
    return doc


class KutipanProcessor(Processor):
    """stanza processor ``kutipan``: ``doc.quotes`` and ``token.kutipan`` after the other processors.

    ``stanza.Pipeline("id", processors="tokenize,pos,lemma,depparse,kutipan")``; options:
    ``kutipan_lexicon`` (a ``Lexicon`` or a folder laid out like ``kutipan/data``).
    """

    PROVIDES_DEFAULT = {"kutipan"}
    REQUIRES_DEFAULT = {"tokenize"}

    def __init__(self, config: dict, pipeline: object, device: object) -> None:
        super().__init__(config, pipeline, device)
        lexicon = config.get("lexicon")
        if lexicon is not None and not isinstance(lexicon, Lexicon):
            lexicon = Lexicon.from_directory(lexicon)
        self._extractor = _DEFAULT if lexicon is None else Extractor(lexicon)

    def process(self, doc: Document) -> Document:
        return annotate(doc, extractor=self._extractor)


if "kutipan" not in NAME_TO_PROCESSOR_CLASS:
    register_processor("kutipan")(KutipanProcessor)

_DEFAULT = Extractor()
