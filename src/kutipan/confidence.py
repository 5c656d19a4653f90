"""Confidence: how often a quote's attribution path was right on the gold sets.

A quote's path is the pair (``Quote.rule``, ``Quote.link``): the rule that found it and its
mention, and the sieve that linked the mention to a person (``name``, ``pronoun_focus``,
``name+entity_alias`` ...). ``data/confidence.tsv`` holds, for each path seen on the shared gold
sets, how many quotes took it and how many of them were right (matched to a gold quote, with the
right speaker); ``benchmarks/confidence.py`` regenerates it. A path with fewer than
``MIN_QUOTES`` gold quotes backs off to its rule's precision, then to the precision of all quotes.

>>> confidence_of("quote_cue_name", "name") > 0.9
True
>>> confidence_of("no_such_rule", "name") == confidence_of("*", "*")
True
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Iterable, NamedTuple

import attrs

from .spans import Quote

TABLE = "confidence.tsv"
MIN_QUOTES = 5   # a path or a rule with fewer gold quotes than this backs off
ANY = "*"        # the link of a rule's row, and the rule and link of the row of all quotes
NONE = "-"       # an empty rule or link (a quote without a speaker has no link)
COLUMNS = ("rule", "link", "quotes", "right", "precision")


class Rate(NamedTuple):
    quotes: int
    right: int
    precision: float


def read_table(text: str) -> dict[tuple[str, str], Rate]:
    """The rows of a ``confidence.tsv`` text, by (rule, link); ``-`` stands for an empty name.

    >>> read_table("# header\\nrule\\tlink\\tquotes\\tright\\tprecision\\nkata_name\\t-\\t4\\t3\\t0.750\\n")
    {('kata_name', ''): Rate(quotes=4, right=3, precision=0.75)}
    """
    rows: dict[tuple[str, str], Rate] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if tuple(fields) == COLUMNS:
            continue
        if len(fields) != len(COLUMNS):
            raise ValueError(f"{TABLE}:{number}: expected {len(COLUMNS)} tab-separated fields ({', '.join(COLUMNS)}), got {len(fields)}")
        rule, link = ("" if name == NONE else name for name in fields[:2])
        rows[rule, link] = Rate(int(fields[2]), int(fields[3]), float(fields[4]))
    return rows


@functools.cache
def _table() -> dict[tuple[str, str], Rate]:
    """The shipped table, read once (a dict nobody writes to after this)."""
    return read_table(resources.files("kutipan").joinpath("data").joinpath(TABLE).read_text(encoding="utf-8"))


def confidence_of(rule: str, link: str) -> float:
    """The measured precision of the path (rule, link), or of its rule, or of all quotes."""
    table = _table()
    for key in ((rule, link), (rule, ANY), (ANY, ANY)):
        rate = table.get(key)
        if rate is not None and (rate.quotes >= MIN_QUOTES or key == (ANY, ANY)):
            return rate.precision
    return 0.0  # an empty table: nothing was measured


def with_confidence(quotes: Iterable[Quote]) -> list[Quote]:
    """The quotes, each with ``confidence`` set from its path: the one place that sets it.

    >>> import kutipan
    >>> quote = kutipan.extract('"Kami siap," ujar Budi Santoso.')[0]
    >>> quote.confidence == confidence_of("quote_cue_name", "name")
    True
    """
    return [attrs.evolve(quote, confidence=confidence_of(quote.rule, quote.link)) for quote in quotes]
