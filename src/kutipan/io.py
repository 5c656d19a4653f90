"""JSON and JSONL export and import of results, and the checks that loading them makes.

Two kinds of JSON Lines, with distinct names:

- **document records** (``dump_jsonl`` / ``load_jsonl``, also named ``dump_docs_jsonl`` /
  ``load_docs_jsonl``; ``kutipan extract --format docs-jsonl``): one document per line, ``id``,
  ``text``, ``quotes`` and ``speakers``. Each quote carries the record of ``shared/eval/FORMAT.md``
  (``type``, ``text``, ``start``, ``end``, ``cue``, ``speaker``, ``mention``, ``role``), so a dump
  can be scored like a gold file, plus the offsets of every span and the index of its speaker, so
  that loading it rebuilds the same ``Result``.
- **quote records** (``dump_quotes_jsonl`` / ``load_quotes_jsonl``; ``kutipan extract --format
  quotes-jsonl``): one quote per line, the ``id`` of its document and the FORMAT.md record; a
  table's rows, which do not rebuild results.

Each loader checks every line (types, and every offset against the text) and refuses the other
kind; a problem raises ``RecordError`` (a ``ValueError``) naming the file, the line and the field.

>>> import kutipan
>>> result = kutipan.extract('"Kami siap," ujar Budi Santoso.')
>>> loads(dumps(result)) == result
True
"""

from __future__ import annotations

import json
import os
from typing import IO, Any, Callable, Hashable, Iterable, Iterator, Mapping, TypeVar

from .spans import Block, Entity, Quote, Result, Span, Speaker

PathOrFile = str | os.PathLike[str] | IO[str] | IO[bytes]  # readers take bytes or text
Documents = Iterable[Result] | Iterable[tuple[Hashable, Result]] | Mapping[Hashable, Result]
# Spans of a quote beside its content, written as [start, end] under "spans".
QUOTE_SPANS = ("cue", "mention", "role", "organisation", "outlet", "addressee", "setting")
KINDS = ("direct", "indirect")
SPEAKER_KINDS = ("person", "organisation", "unnamed", "group")
BLOCK_KINDS = ("headline", "subheadline", "byline", "date", "caption", "boilerplate", "related", "body")
STRINGS = ("cue", "speaker", "mention", "role", "link")  # the FORMAT.md fields that are a string or null


def documents(results: Documents) -> Iterator[tuple[Hashable, Result]]:
    """(id, result) pairs of a corpus: a mapping id -> result, (id, result) pairs, or bare results.

    Bare results are numbered from 0, in order. The input is read once, so a stream works.

    >>> import kutipan
    >>> [doc for doc, _ in documents([kutipan.extract("Tidak ada kutipan.")])]
    [0]
    """
    if isinstance(results, Result):
        raise TypeError("expected several results; wrap a single Result in a list")
    items: Iterable[Any] = results.items() if isinstance(results, Mapping) else results
    for number, item in enumerate(items):
        if isinstance(item, Result):
            yield number, item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Result):
            yield item[0], item[1]
        else:
            raise TypeError(f"expected a Result or an (id, Result) pair, got {type(item).__name__}")


class RecordError(ValueError):
    """A record that is not what its reader expects; the message names the field, and the file and
    line when it was read from one.

    >>> try:
    ...     from_record({"text": "abc", "quotes": [{"type": "direct", "start": 2, "end": 9}]})
    ... except RecordError as error:
    ...     print(error)
    quotes[0].end: 9 is past the end of the text (3 characters)
    """


def _shown(value: object) -> str:
    """A wrong value in a message: its JSON type, and the value when it is short."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, (list, dict)):  # never printed: it may be nested too deep for repr
        return "a list" if isinstance(value, list) else "an object"
    if isinstance(value, (int, float)):
        number = f"{value!r}"
        return f"an integer ({number[:20]})" if isinstance(value, int) else f"a number ({number})"
    if isinstance(value, str):
        return f"a string ({value[:30]!r}{'...' if len(value) > 30 else ''})"
    return type(value).__name__


def _object(value: object, field: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise RecordError(f"{field}: expected an object, got {_shown(value)}")
    return value


def _list(record: Mapping[str, Any], key: str, field: str) -> list[Any]:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise RecordError(f"{field}: expected a list, got {_shown(value)}")
    return value


def _string(record: Mapping[str, Any], key: str, field: str, *, null: bool = True) -> str | None:
    value = record.get(key)
    if value is None and null:
        return None
    if value is None and key not in record:
        raise RecordError(f"{field}: missing")
    if not isinstance(value, str):
        raise RecordError(f"{field}: expected a string{' or null' if null else ''}, got {_shown(value)}")
    return value


def _confidence(record: Mapping[str, Any], field: str) -> float | None:
    """A quote's confidence: null (or missing, as in gold files), or a number from 0 to 1."""
    value = record.get("confidence")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise RecordError(f"{field}: expected null or a number from 0 to 1, got {_shown(value)}")
    return float(value)


def _choice(record: Mapping[str, Any], key: str, field: str, choices: tuple[str, ...], default: str | None = None) -> str:
    if key not in record and default is not None:
        return default
    value = record.get(key)
    if value not in choices or not isinstance(value, str):
        expected = " or ".join(repr(c) for c in choices)
        raise RecordError(f"{field}: {'missing' if key not in record else f'expected {expected}, got {_shown(value)}'}")
    return value


def _offsets(record: Mapping[str, Any], field: str, length: int | None, keys: tuple[Any, Any] = ("start", "end")) -> tuple[int, int]:
    """``record[keys[0]]``, ``record[keys[1]]``: integers, not negative, start not after end, inside
    a text of ``length`` characters when it is known."""
    found = []
    for key in keys:
        name = f"{field}[{key}]" if isinstance(key, int) else f"{field}.{key}" if field else key
        if isinstance(key, str) and key not in record:
            raise RecordError(f"{name}: missing")
        value = record[key]
        if type(value) is not int:  # bool, NaN, 1.0 and "5" are not offsets
            raise RecordError(f"{name}: expected an integer offset, got {_shown(value)}")
        if value < 0:
            raise RecordError(f"{name}: {value} is negative")
        if length is not None and value > length:
            raise RecordError(f"{name}: {value} is past the end of the text ({length} characters)")
        found.append(value)
    start, end = found
    if start > end:
        raise RecordError(f"{field or 'start'}: start {start} is after end {end}")
    return start, end


def _pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _span(text: str, pair: object, field: str) -> Span | None:
    """The span of an ``[start, end]`` pair (or ``None``), checked against the text."""
    if pair is None:
        return None
    if not isinstance(pair, list) or len(pair) != 2:
        raise RecordError(f"{field}: expected [start, end] or null, got {_shown(pair)}")
    return Span.of(text, *_offsets(pair, field, len(text), keys=(0, 1)))  # type: ignore[arg-type]


def _text(text: str, record: Mapping[str, Any], key: str, span: Span | None, field: str) -> None:
    """A record's string (``cue``, ``text``) must be what its span holds, when it gives both."""
    written = _string(record, key, field)
    if written is not None and span is not None and written != span.text:
        raise RecordError(f"{field}: {_shown(written)} is not the text at {span.start}-{span.end} ({span.text[:30]!r})")


def _speaker_record(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "kind": speaker.kind,
        "role": _pair(speaker.role),
        "organisation": _pair(speaker.organisation),
        "mentions": [[m.start, m.end] for m in speaker.mentions],
        **({"members": list(speaker.members)} if speaker.members else {}),
    }


def _speaker(text: str, value: object, field: str) -> Speaker:
    record = _object(value, field)
    mentions = []
    for number, pair in enumerate(_list(record, "mentions", f"{field}.mentions")):
        if pair is None:
            raise RecordError(f"{field}.mentions[{number}]: expected [start, end], got null")
        mentions.append(_span(text, pair, f"{field}.mentions[{number}]"))
    return Speaker(
        name=_string(record, "name", f"{field}.name", null=False),  # type: ignore[arg-type]
        kind=_choice(record, "kind", f"{field}.kind", SPEAKER_KINDS, default="person"),  # type: ignore[arg-type]
        role=_span(text, record.get("role"), f"{field}.role"),
        organisation=_span(text, record.get("organisation"), f"{field}.organisation"),
        mentions=tuple(mentions),  # type: ignore[arg-type]
        members=_names(record, f"{field}.members"),
    )


def _names(record: Mapping[str, Any], field: str) -> tuple[str, ...]:
    """A group's members: a list of names, or nothing."""
    names = _list(record, "members", field)
    if not all(isinstance(name, str) for name in names):
        raise RecordError(f"{field}: expected a list of names (strings)")
    return tuple(names)


def to_record(result: Result, id: Hashable = None) -> dict[str, Any]:
    """One document as a JSON-ready dict; ``id`` is left out when it is ``None``.

    >>> import kutipan
    >>> record = to_record(kutipan.extract('"Kami siap," ujarnya.'), id="berita-1")
    >>> record["id"], record["quotes"][0]["cue"], record["quotes"][0]["spans"]["cue"]
    ('berita-1', 'ujarnya', [13, 20])
    """
    speakers = list(result.speakers)
    quotes = []
    for quote in result.quotes:
        record: dict[str, Any] = quote.to_dict()
        if quote.speaker is not None and quote.speaker not in speakers:
            speakers.append(quote.speaker)  # not expected from the extractor, kept all the same
        record["speaker_index"] = None if quote.speaker is None else speakers.index(quote.speaker)
        record["spans"] = {name: _pair(getattr(quote, name)) for name in QUOTE_SPANS}
        record["rule"] = quote.rule
        quotes.append(record)
    head = {} if id is None else {"id": id}
    layout = [[block.kind, block.span.start, block.span.end] for block in result.layout]
    return {
        **head,
        "text": result.text,
        "quotes": quotes,
        "speakers": [_speaker_record(s) for s in speakers],
        "layout": layout,
        "entities": [_entity_record(e) for e in result.entities],
    }


def from_record(record: Mapping[str, Any]) -> Result:
    """The ``Result`` written by ``to_record``; every field's type and every offset is checked
    against the text, and a problem raises ``RecordError`` naming the field.

    A gold-format record without ``spans`` and ``speakers`` loads too: quotes keep their content,
    and a speaker is rebuilt from its name only (``Speaker('Budi')``). A quote record (one quote
    per line, ``load_quotes_jsonl``) is refused.
    """
    record = _object(record, "record")
    if "quotes" not in record and "type" in record and "start" in record:
        raise RecordError(
            "a quote record (one quote per line, as 'kutipan extract --format quotes-jsonl' writes), "
            "not a document record: read it with kutipan.io.load_quotes_jsonl"
        )
    text = _string(record, "text", "text", null=False)
    assert text is not None
    if "id" in record and (isinstance(record["id"], bool) or not isinstance(record["id"], (str, int))):
        raise RecordError(f"id: expected a string or an integer, got {_shown(record['id'])}")
    named = [_speaker(text, s, f"speakers[{i}]") for i, s in enumerate(_list(record, "speakers", "speakers"))]
    by_name: dict[str, Speaker] = {}  # gold records: one speaker per name
    quotes = []
    for number, value in enumerate(_list(record, "quotes", "quotes")):
        field = f"quotes[{number}]"
        item = _object(value, field)
        kind = _choice(item, "type", f"{field}.type", KINDS)
        content = Span.of(text, *_offsets(item, field, len(text)))
        _text(text, item, "text", content, f"{field}.text")
        name = _string(item, "speaker", f"{field}.speaker")
        index = item.get("speaker_index")
        if index is not None:
            if type(index) is not int or not 0 <= index < len(named):
                raise RecordError(f"{field}.speaker_index: expected null or an index into speakers (0-{len(named) - 1}), got {_shown(index)}")
            speaker: Speaker | None = named[index]
            if name is not None and name != speaker.name:
                raise RecordError(f"{field}.speaker: {name!r} is not speakers[{index}].name ({speaker.name!r})")
        elif name:
            speaker = by_name.setdefault(name, Speaker(name))
        else:
            speaker = None
        spans = _object(item.get("spans", {}), f"{field}.spans")
        found = {key: _span(text, spans.get(key), f"{field}.spans.{key}") for key in QUOTE_SPANS}
        for key in ("cue", "mention", "role"):
            _text(text, item, key, found[key], f"{field}.{key}")
        rule = _string(item, "rule", f"{field}.rule") or ""
        link = _string(item, "link", f"{field}.link") or ""
        confidence = _confidence(item, f"{field}.confidence")
        quotes.append(Quote(kind=kind, content=content, speaker=speaker, rule=rule, link=link, confidence=confidence, **found))  # type: ignore[arg-type]
    for number, value in enumerate(_list(record, "unannotated_quotes", "unannotated_quotes")):  # gold files
        field = f"unannotated_quotes[{number}]"
        item = _object(value, field)
        _text(text, item, "text", Span.of(text, *_offsets(item, field, len(text))), f"{field}.text")
    layout = tuple(_block(text, value, f"layout[{n}]") for n, value in enumerate(_list(record, "layout", "layout")))
    entities = tuple(_entity(text, value, f"entities[{n}]") for n, value in enumerate(_list(record, "entities", "entities")))
    return Result(
        text=text, quotes=tuple(quotes), speakers=tuple(named or by_name.values()), layout=layout, entities=entities
    )


def _block(text: str, value: object, field: str) -> Block:
    """A layout block, written as [kind, start, end]."""
    if not isinstance(value, list) or len(value) != 3 or value[0] not in BLOCK_KINDS:
        raise RecordError(f"{field}: expected [kind, start, end] with kind one of {', '.join(BLOCK_KINDS)}, got {value!r}")
    span = _span(text, value[1:], field)
    assert span is not None
    return Block(value[0], span)


def _entity_record(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "kind": entity.kind,
        "role": _pair(entity.role),
        "mentions": [[m.start, m.end] for m in entity.mentions],
        "aliases": list(entity.aliases),
    }


def _entity(text: str, value: object, field: str) -> Entity:
    speaker = _speaker(text, value, field)
    aliases = _list(_object(value, field), "aliases", f"{field}.aliases")
    if not all(isinstance(alias, str) for alias in aliases):
        raise RecordError(f"{field}.aliases: expected a list of strings")
    return Entity(speaker.name, speaker.kind, speaker.role, speaker.mentions, tuple(aliases))


def check_quote_record(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """A quote record, as ``dump_quotes_jsonl`` writes it, once its fields are checked; a document
    record is refused.

    >>> check_quote_record({"id": 7, "type": "direct", "text": "Kami siap,", "start": 1, "end": 11})["id"]
    7
    """
    record = _object(record, "record")
    if "quotes" in record or "speakers" in record:
        raise RecordError(
            "a document record (one document per line, as dump_jsonl and 'kutipan extract --format docs-jsonl' "
            "write), not a quote record: read it with kutipan.load_jsonl"
        )
    _choice(record, "type", "type", KINDS)
    start, end = _offsets(record, "", None)
    words = _string(record, "text", "text", null=False)
    if words is not None and len(words) != end - start:
        raise RecordError(f"text: {len(words)} characters long, but start-end is {start}-{end}")
    for key in STRINGS:
        _string(record, key, key)
    return record


def dumps(result: Result, id: Hashable = None) -> str:
    """One document as a JSON string (UTF-8 text kept as is, not escaped)."""
    return json.dumps(to_record(result, id), ensure_ascii=False)


def loads(data: str) -> Result:
    """The ``Result`` of a JSON string written by ``dumps``; see ``from_record`` for the checks."""
    return from_record(json.loads(data.removeprefix("\N{ZERO WIDTH NO-BREAK SPACE}")))


def dump_jsonl(results: Documents, file: PathOrFile) -> int:
    """Write one document record per line to a path or an open text file; returns the count.
    Also named ``dump_docs_jsonl``.

    Takes what ``documents`` takes: a mapping id -> result, (id, result) pairs, or bare results
    (numbered from 0). Streams: one result is held at a time.

    >>> import io, kutipan
    >>> out = io.StringIO()
    >>> dump_jsonl({"berita-1": kutipan.extract('"Kami siap," ujar Budi.')}, out)
    1
    >>> out.getvalue()[:18]
    '{"id": "berita-1",'
    """
    with _open(file, "w") as handle:
        count = 0
        for doc, result in documents(results):
            handle.write(dumps(result, doc) + "\n")
            count += 1
    return count


def load_jsonl(file: PathOrFile) -> Iterator[tuple[Hashable, Result]]:
    """(id, result) pairs of a file of document records, in order and one at a time; ``dict(...)``
    gives a mapping. Also named ``load_docs_jsonl``.

    A line without ``id`` gets its line number. A broken line, a wrong field, an offset outside the
    text or a quote record raises ``RecordError`` (a ``ValueError``) naming the file, the line and
    the field. A byte order mark at the start is accepted.

    >>> import io, kutipan
    >>> result = kutipan.extract('"Kami siap," ujar Budi.')
    >>> out = io.StringIO()
    >>> _ = dump_jsonl([result], out)
    >>> list(load_jsonl(io.StringIO(out.getvalue()))) == [(0, result)]
    True
    """
    for number, record, result in checked_records(file, from_record):
        yield record.get("id", number), result


def dump_quotes_jsonl(results: Documents, file: PathOrFile) -> int:
    """Write one JSON line per quote (``id`` of its document, then the FORMAT.md record) to a path
    or an open text file; returns the number of quotes. For tables and tools that want one row per
    quote; ``dump_jsonl`` keeps what rebuilds the results.

    >>> import io, kutipan
    >>> out = io.StringIO()
    >>> dump_quotes_jsonl({"berita-1": kutipan.extract('"Kami siap," ujar Budi.')}, out)
    1
    >>> out.getvalue()[:50]
    '{"id": "berita-1", "type": "direct", "text": "Kami'
    """
    with _open(file, "w") as handle:
        count = 0
        for record in quote_records(results):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def quote_records(results: Documents) -> Iterator[dict[str, Any]]:
    """One quote record per quote of a corpus: ``{"id": ..., **quote.to_dict()}``."""
    for doc, result in documents(results):
        for quote in result.quotes:
            yield {"id": doc, **quote.to_dict()}


def load_quotes_jsonl(file: PathOrFile) -> Iterator[Mapping[str, Any]]:
    """The records of a file of quote records (``dump_quotes_jsonl``, ``kutipan extract --format
    quotes-jsonl``), checked one at a time; a document record raises ``RecordError``."""
    for _, record, _ in checked_records(file, check_quote_record):
        yield record


dump_docs_jsonl = dump_jsonl  # the explicit names of the document records
load_docs_jsonl = load_jsonl
T = TypeVar("T")


def checked_records(file: PathOrFile, check: Callable[[dict[str, Any]], T]) -> Iterator[tuple[int, dict[str, Any], T]]:
    """(line number, record, ``check(record)``) for each JSON object of a JSONL file.

    The file is read as UTF-8 (a byte order mark at the start is skipped), one line at a time;
    blank lines are skipped. Bytes that are not UTF-8, a line that is not a JSON object, JSON nested
    too deep for Python, or a ``RecordError`` from ``check`` raise ``RecordError`` starting with
    ``file:line:``.
    """
    with _open(file, "rb") as handle:
        name = _name(file, handle)
        lines = enumerate(handle, 1)
        number = 0
        while True:
            try:
                number, line = next(lines)
            except StopIteration:
                return
            except UnicodeDecodeError as error:  # an open text file that is not UTF-8
                raise RecordError(f"{name}:{number + 1}: not UTF-8 text ({error.reason})") from None
            where = f"{name}:{number}"
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError as error:
                    raise RecordError(f"{where}: not UTF-8 text (byte {error.start + 1} of the line is {line[error.start:error.start + 1]!r})") from None
            if number == 1:
                line = line.removeprefix("\N{ZERO WIDTH NO-BREAK SPACE}")  # a byte order mark
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise RecordError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
            except RecursionError:
                raise RecordError(f"{where}: JSON nested too deeply to read") from None
            if not isinstance(record, dict):
                raise RecordError(f"{where}: expected a JSON object, got {_shown(record)}")
            try:
                value = check(record)
            except RecordError as error:
                raise RecordError(f"{where}: {error}") from None
            yield number, record, value


def _name(file: PathOrFile, handle: IO[Any]) -> str:
    if isinstance(file, (str, os.PathLike)):
        return os.fspath(file)
    name = getattr(handle, "name", None)  # an open file's path, or the name a caller gave it
    return name if isinstance(name, str) else "<jsonl>"


class _open:
    """A path opened as UTF-8 text or as bytes (and closed after), or an open file passed through
    untouched."""

    def __init__(self, file: PathOrFile, mode: str) -> None:
        self.file, self.mode, self.owned = file, mode, isinstance(file, (str, os.PathLike))

    def __enter__(self) -> IO[Any]:
        if self.owned:
            encoding = None if "b" in self.mode else "utf-8"
            self.handle: IO[Any] = open(self.file, self.mode, encoding=encoding)  # type: ignore[arg-type]
        else:
            self.handle = self.file  # type: ignore[assignment]
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.owned:
            self.handle.close()
