"""Bridge to Dask: run ``kutipan`` over a corpus spread across processes or machines.

``extract_bag`` maps a ``dask.bag.Bag`` of texts (or ``(id, text)`` pairs) to a bag of results in
the same order and partitions; ``quote_records`` flattens it to one JSON-ready dict per quote. The
scheduler is whatever Dask uses: a ``distributed.Client`` on a ``LocalCluster`` or a real cluster,
processes or threads. Each worker process compiles the lexicon's patterns once, not once a task.

>>> import dask.bag as db
>>> bag = db.from_sequence([("a", '"Kami siap," ujar Budi.'), ("b", "Tanpa kutipan.")], npartitions=2)
>>> [(key, len(result)) for key, result in extract_bag(bag).compute(scheduler="sync")]
[('a', 1), ('b', 0)]
>>> [(r["id"], r["speaker"]) for r in quote_records(bag).compute(scheduler="sync")]
[('a', 'Budi')]
"""

from __future__ import annotations

import functools
from typing import Iterable

try:
    import dask.bag as db
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "kutipan's Dask integration needs Dask: pip install 'dask[bag]' distributed (or pip install 'kutipan[dask]')"
    ) from error

from ..batch import _one
from ..extract import Extractor
from ..lexicon import Lexicon

__all__ = ["extract_bag", "quote_records"]


def extract_bag(bag: db.Bag, *, extractor: Extractor | None = None, lexicon: Lexicon | None = None) -> db.Bag:
    """A bag of ``Result`` for a bag of ``str``, or of ``(id, Result)`` for ``(id, text)`` pairs.

    Items other than these raise ``TypeError`` when the bag is computed, as ``extract`` does.
    """
    if extractor is not None and lexicon is not None:
        raise ValueError("pass extractor or lexicon, not both")
    if extractor is not None and not isinstance(extractor, Extractor):
        raise TypeError(f"extract_bag expects extractor as a kutipan.Extractor, got {type(extractor).__name__}")
    if not isinstance(bag, db.Bag):
        raise TypeError(f"extract_bag expects a dask.bag.Bag of texts or (id, text) pairs, got {type(bag).__name__}")
    extractor = extractor if extractor is not None else Extractor(lexicon) if lexicon is not None else Extractor()
    return bag.map_partitions(_partition, extractor)


def quote_records(bag: db.Bag, *, extractor: Extractor | None = None, lexicon: Lexicon | None = None) -> db.Bag:
    """One dict per quote (``Quote.to_dict()``), with ``"id"`` first for ``(id, text)`` pairs: ready
    for ``.map(json.dumps).to_textfiles(...)`` or ``.to_dataframe()``."""
    return extract_bag(bag, extractor=extractor, lexicon=lexicon).map_partitions(_records)


def _partition(items: Iterable[object], extractor: Extractor) -> list[object]:
    extractor = _warm(extractor)
    return [_one(extractor, item) for item in items]  # type: ignore[arg-type]


@functools.lru_cache(maxsize=4)
def _warm(extractor: Extractor) -> Extractor:
    """The first extractor equal to this one that the worker saw: its lexicon's patterns are compiled.

    A task's arguments arrive unpickled, and an unpickled lexicon compiles its patterns again.
    """
    return extractor


def _records(results: Iterable[object]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for item in results:
        if isinstance(item, tuple):
            key, result = item
            rows += [{"id": key, **record} for record in result.to_dicts()]
        else:
            rows += item.to_dicts()  # type: ignore[attr-defined]
    return rows
