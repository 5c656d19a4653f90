"""Many documents at once: ``extract_many`` streams results in input order, on one or more processes.

>>> texts = ['"Kami siap," ujar Budi.', 'Tidak ada kutipan.']
>>> [len(result.quotes) for result in extract_many(texts)]
[1, 0]
>>> [(key, len(result)) for key, result in extract_many([("a", texts[0]), ("b", texts[1])])]
[('a', 1), ('b', 0)]
"""

from __future__ import annotations

import collections
import itertools
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Dict, Hashable, Iterable, Iterator, Tuple, TypeVar, Union, overload

import attrs

from .extract import Extractor
from .lexicon import Lexicon
from .spans import Result

K = TypeVar("K", bound=Hashable)
Item = Union[str, Tuple[object, str]]
DEFAULT_CHUNKSIZE = 16  # ~3 KB news articles: ~50 ms of work a chunk, so the pipe costs little

# The extractor of a worker process, set once by ``_start``: compiling the lexicon's patterns
# takes longer than a chunk, so it must not travel with every chunk.
_WORKER: dict[str, Extractor] = {}


@overload
def extract_many(
    texts: Iterable[str], *, n_process: int = ..., chunksize: int = ..., extractor: Extractor | None = ...,
    lexicon: Lexicon | None = ..., in_flight: int | None = ...,
) -> Iterator[Result]: ...
@overload
def extract_many(
    texts: Iterable[tuple[K, str]], *, n_process: int = ..., chunksize: int = ..., extractor: Extractor | None = ...,
    lexicon: Lexicon | None = ..., in_flight: int | None = ...,
) -> Iterator[tuple[K, Result]]: ...


def extract_many(
    texts: Iterable[Item],
    *,
    n_process: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    extractor: Extractor | None = None,
    lexicon: Lexicon | None = None,
    in_flight: int | None = None,
) -> Iterator[object]:
    """Results of many documents, one per input, in input order, read and yielded as a stream.

    - ``texts``: any iterable (a generator over a file is fine: it is read only as far as needed).
      Each item is a ``str``, giving a ``Result``, or an ``(id, text)`` pair, giving ``(id, Result)``.
    - ``n_process``: worker processes; ``1`` works in this process, ``0`` or less uses every core.
    - ``chunksize``: documents sent to a worker at once.
    - ``extractor`` or ``lexicon``: what ``extract`` would use (default: the shipped lexicon).
    - ``in_flight``: chunks handed out and not yet yielded (default ``2 * n_process``): memory
      stays bounded by ``in_flight * chunksize`` documents, however long the input.

    An item that is neither raises ``TypeError`` when it is reached. Stopping early (``break``)
    shuts the workers down. Each result is what ``extractor(text)`` gives, on any process count.
    """
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise TypeError(
            f"extract_many expects an iterable of texts (str) or (id, str) pairs, got {type(texts).__name__}"
            + ("; for one text use kutipan.extract" if isinstance(texts, str) else "")
        )
    for name, value in (("n_process", n_process), ("chunksize", chunksize), ("in_flight", in_flight)):
        if not (isinstance(value, int) and not isinstance(value, bool)) and not (name == "in_flight" and value is None):
            raise TypeError(f"extract_many expects {name} as an int, got {type(value).__name__} {value!r}")
    if extractor is not None and lexicon is not None:
        raise ValueError("pass extractor or lexicon, not both")
    if extractor is not None and not isinstance(extractor, Extractor):
        raise TypeError(f"extract_many expects extractor as a kutipan.Extractor, got {type(extractor).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    extractor = extractor if extractor is not None else Extractor(lexicon) if lexicon is not None else Extractor()
    workers = n_process if n_process >= 1 else (os.cpu_count() or 1)
    if workers == 1:
        return (_one(extractor, item) for item in texts)
    window = in_flight if in_flight is not None else 2 * workers
    if window < 1:
        raise ValueError(f"in_flight must be at least 1, got {window}")
    return _parallel(texts, extractor, workers, chunksize, window)


def _one(extractor: Extractor, item: Item) -> object:
    if isinstance(item, str):
        return extractor(item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
        return item[0], extractor(item[1])
    raise TypeError(
        f"extract_many expects each item as str or an (id, str) pair, got {_describe(item)}"
    )


def _describe(item: object) -> str:
    if isinstance(item, tuple):
        return f"a tuple of {len(item)} ({', '.join(type(x).__name__ for x in item[:3])})"
    return type(item).__name__


def _start(extractor: Extractor) -> None:
    _WORKER["extractor"] = extractor


Found = Dict[str, Any]  # every field of a Result but its text


def _work(chunk: list[Item]) -> list[Found]:
    """A chunk's results without their texts: those stay with the caller, who has them (half the pipe)."""
    extractor = _WORKER["extractor"]
    found = []
    for item in chunk:
        result = _one(extractor, item)
        result = result[1] if isinstance(result, tuple) else result
        assert isinstance(result, Result)
        found.append({field: getattr(result, field) for field in _FIELDS})
    return found


_FIELDS = tuple(field.name for field in attrs.fields(Result) if field.name != "text")


def _rebuilt(item: Item, found: Found) -> object:
    if isinstance(item, str):
        return Result(text=item, **found)
    key, text = item
    return key, Result(text=text, **found)


def _parallel(texts: Iterable[Item], extractor: Extractor, workers: int, chunksize: int, window: int) -> Iterator[object]:
    items = iter(texts)
    pending: collections.deque[tuple[list[Item], Future[list[Found]]]] = collections.deque()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(extractor,))
    try:
        while True:
            while len(pending) < window:
                chunk = list(itertools.islice(items, chunksize))
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_work, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            yield from map(_rebuilt, chunk, future.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
