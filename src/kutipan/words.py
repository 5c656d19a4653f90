"""Tokens and word classes: what the readers of names and mentions know about Indonesian words.

The closed classes of function words that only the matching logic uses (connectors, role breaks,
place markers, kin words, prepositions ...) are read from ``data/word_classes.tsv`` into the
constants here; the classes users extend (roles, titles, honorifics, units, given names) come
from the lexicon's ``data/`` files through ``Words``, built once per lexicon.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple, Sequence

import regex

from .lexicon import Lexicon, word_class
from .text import abbreviations

MentionKind = Literal["name", "pronoun", "role", "description", "organisation", "alias"]

# The closed classes of data/word_classes.tsv, whose comments say what each does and show it.
CONNECTORS = word_class("connector")
ROLE_BREAKS = word_class("role_break")
PLACE_MARKERS = word_class("place_marker")
PLURAL = word_class("plural")
BODY_MARKERS = word_class("body_marker")
PLACES = word_class("place")
PLACE_OPENERS = word_class("place_opener")
ENGLISH_LINKS = word_class("english_link")
ROLE_MODIFIERS = word_class("role_modifier")
INDEFINITE_ENDS = word_class("indefinite_end")
UNNAMED_OPENERS = word_class("unnamed_opener")
UNNAMED_HEADS = word_class("unnamed_head")
RESIDENTS = word_class("resident")
RESIDENT_COMPOUNDS = word_class("resident_compound")
KINSHIP = word_class("kin")
DEMONSTRATIVES = word_class("demonstrative")
NAMESAKE_TITLES = tuple(sorted(word_class("namesake_title")))
ARTICLES = word_class("article")
NOT_NAMES = word_class("not_name")
GIVEN_ROLES = word_class("given_role")
CLAUSE_OPENERS = word_class("clause_opener")
CLAUSE_WORDS = word_class("clause_word")
AUXILIARIES = word_class("auxiliary")
STOP_WORDS = word_class("stop_word")
ADVERBS = word_class("adverb")
NEGATIONS = word_class("negation")
PREPOSITIONS = word_class("preposition")
ROLE_LINKS = CONNECTORS | ENGLISH_LINKS | word_class("role_link")


# Words, bracketed groups and punctuation; a full stop stays inside 'S.H' or 'tirto.id' only, not
# between a lower-case word and a capitalised one ('Budhi.Dia': a stop glued to the next sentence).
# (Written without an alternation per character: the regex engine runs it twice as fast.)
TOKEN = regex.compile(
    r"""\( [^()\n]{1,60} \)
      | [\p{L}\p{N}] [\p{L}\p{N}\p{Mn}'’\-]* (?: \.(?!(?<=\p{Ll}{2}\.)\p{Lu}\p{Ll}) [\p{L}\p{N}] [\p{L}\p{N}\p{Mn}'’\-]* )*
      | [^\s\p{L}\p{N}]""",
    regex.VERBOSE,
)


# 'Kesehatan', 'Perekonomian', 'Penanggulangan': nouns of a field or an office, never a personal name.
DERIVED_NOUN = regex.compile(r"(?:Ke|Pe|Per|Pem|Pen|Peng|Peny)\p{Ll}{3,}an$")


VERB_LIKE = regex.compile(r"(?:me|ber|di|ter)\p{Ll}{4,}$")  # 'menghubungi', 'diperkirakan': a clause, not a role


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


# TOKEN for a text that is all ASCII (most news): the same tokens, as the regex module's \s, \p{L}
# and \p{N} read there (its \s is not the stdlib's: no \x1c-\x1f), at about half the cost a
# character in the stdlib's engine; tokenising is about a tenth of all the work of extract.
_ASCII_TOKEN = re.compile(r"\([^()\n]{1,60}\)|[A-Za-z0-9][A-Za-z0-9'\-]*(?:\.(?!(?<=[a-z]{2}\.)[A-Z][a-z])[A-Za-z0-9][A-Za-z0-9'\-]*)*|[^\t\n\x0b\x0c\r A-Za-z0-9]")


# The marks a word never holds, as WORD and TOKEN cut words: punctuation (not '-', which a word
# holds inside) becomes a space, a digit '0', so that splitting a text translated with it at white
# space leaves each word whole in a piece (see document._kind_words, entities._may_hold_role). One
# character for one keeps str.translate on its fast path.
WORD_MARKS = str.maketrans(
    {
        **{mark: " " for mark in "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~" + "“”‘’„‟‚‛«»–—…·•\u00a0"},
        **{digit: "0" for digit in "123456789"},
    }
)


def description_head(words: Sequence[str]) -> str:
    """What a description is about: its first word past 'mantan', 'eks', 'sang', 'si' ('mantan
    istri Ivan Fadilla itu' -> 'istri')."""
    return next((word for word in words if word.lower() not in _NOT_HEADS), words[0])


_NOT_HEADS = ARTICLES | {"mantan", "eks"}


def tokens(text: str, start: int, end: int) -> list[Token]:
    new = tuple.__new__  # what Token(...) calls, without its Python-level __new__
    pattern = _ASCII_TOKEN if text.isascii() else TOKEN  # str.isascii() costs nothing: str knows
    return [new(Token, (m.start(), m.end(), m.group())) for m in pattern.finditer(text, start, end)]


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
        self.abbreviations = abbreviations(lexicon)  # 'Kab.', 'Jl.': the sentence splitter's
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
        """A word that opens a role; also written in capitals, as the first word of an article
        often is ('GANDA putra bulu tangkis Indonesia ...', 'KETUA Umum PSSI ...')."""
        return word in self.roles or (len(word) > 3 and word.isupper() and word.capitalize() in self.roles)

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
            known = self._names[word] = (
                self.capital(word) and not self.unit(word) and not self.title(word) and not self.honorific(word) and word.lower() not in NOT_NAMES
            )
        return known


def words_of(lexicon: Lexicon) -> Words:
    words = lexicon._cache.get("words")  # asked some fifty times a page: no closure built when kept
    return words if words is not None else lexicon._memo("words", lambda: Words(lexicon))


def _initials(word: str) -> bool:
    """'M' of 'M. Yusuf', 'LP' of 'Retno LP. Marsudi', 'S.W' of 'Maria S.W. Sumardjono'."""
    return (word.isupper() and word.isalpha() and len(word) <= 3) or ("." in word and DOTTED_INITIALS.fullmatch(word) is not None)


DOTTED_INITIALS = regex.compile(r"\p{Lu}(?:\.\p{Lu}){1,3}")


def _context_word(word: str) -> bool:
    return word in DAYS or word in MONTHS


DAYS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad"})


MONTHS = frozenset(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)


# a day set off before a cue: 'Selasa (29/10)', 'Senin malam'
_DAY = regex.compile(r"(?:" + "|".join(sorted(DAYS)) + r")(?:\s*\([^()\n]{1,20}\))?(?:\s+(?:pagi|siang|sore|malam))?")


