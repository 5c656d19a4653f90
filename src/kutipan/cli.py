"""Command line: ``kutipan extract``, ``kutipan speakers``, ``kutipan eval`` and ``kutipan lexicon export``.

Every problem with the input or the output is one line on standard error and exit status 2, never a
traceback; ^C is exit status 130, SIGTERM 143 and SIGHUP 129, with no file left half written.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import secrets
import signal
import stat
import sys
import threading
from pathlib import Path
from typing import IO, Any, Callable, Hashable, Iterable, Iterator, Sequence, TextIO

from . import __version__
from .evaluate import by_path, calibration, only_kind, read_gold, score, tally_table
from .extract import Extractor
from .io import RecordError, checked_records, to_record
from .lexicon import Lexicon, LexiconError
from .spans import Result

Document = tuple[str, Hashable, str]  # (file, id, text)
FORMATS = {"table": "table", "quotes-jsonl": "quotes-jsonl", "jsonl": "quotes-jsonl", "docs-jsonl": "docs-jsonl", "csv": "csv"}
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}  # anything else is a text file
QUOTE_COLUMNS = ("file", "id", "type", "text", "start", "end", "cue", "speaker", "mention", "role", "link", "confidence")

EPILOG = """\
examples:
  kutipan extract berita.txt                        a table of the quotes of one article
  kutipan extract berita.txt --format csv -o kutipan.csv
  kutipan extract artikel/ --format quotes-jsonl    every .txt file of a folder, one quote a line
  kutipan extract korpus.jsonl --text-field body --id-field url --format csv
  kutipan extract korpus.csv --format docs-jsonl -o hasil.jsonl   (read back with kutipan.load_jsonl)
  cat berita.txt | kutipan extract -
  kutipan extract berita.txt --people tokoh.txt --lexicon my-lexicon/
  kutipan speakers korpus.jsonl --top 20              who is quoted most across a corpus
  kutipan speakers artikel/ --format csv -o tokoh.csv
  kutipan eval ../shared/eval/dev.jsonl --errors
  kutipan eval ../shared/eval/peer-pfsa.jsonl --kind direct --by-rule
  kutipan lexicon export my-lexicon/                the shipped lexicon files, to copy and edit
"""


class CommandError(Exception):
    """A problem with the command's input or output, reported on stderr with exit status 2."""


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: unwind (removing the temporary file) and exit 128 + the signal."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.status = 128 + number


def _shown(name: str) -> str:
    """A file name as it goes into the output: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# Input ------------------------------------------------------------------------------------------


class _Inputs:
    """The documents of the command's FILE arguments; standard input is read once and kept."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.files: list[str] = args.files
        self.kind: str = args.input_format
        self.text_field: str = args.text_field
        self.id_field: str = args.id_field
        self.stdin: bytes | None = None

    def __iter__(self) -> Iterator[Document]:
        for name in self.files:
            yield from self._documents(name)

    def _bytes(self, name: str) -> bytes:
        if name == "-":
            if self.stdin is None:
                self.stdin = sys.stdin.buffer.read()
            return self.stdin
        return _read_bytes(name)

    def _documents(self, name: str) -> Iterator[Document]:
        if name != "-" and Path(name).is_dir():
            members = sorted(p for p in Path(name).rglob("*.txt") if p.is_file())
            if not members:
                raise CommandError(f"{name}: is a directory with no .txt file in it")
            for member in members:
                path = str(member)
                yield _shown(path), _shown(path), _decode(_read_bytes(path), path)
            return
        kind = self.kind
        if kind == "auto":
            kind = "text" if name == "-" else SUFFIXES.get(Path(name).suffix.lower(), "text")
        where = "standard input" if name == "-" else name
        data = self._bytes(name)
        if kind == "text":
            yield _shown(name), _shown(name), _decode(data, where)
        elif kind == "jsonl":
            yield from self._jsonl(name, where, data)
        else:
            yield from self._csv(name, where, data)

    def _jsonl(self, name: str, where: str, data: bytes) -> Iterator[Document]:
        def pick(record: dict[str, Any]) -> tuple[Hashable | None, str]:
            if self.text_field not in record:
                raise RecordError(f"{self.text_field}: missing (name the text's field with --text-field)")
            text = record[self.text_field]
            if not isinstance(text, str):
                raise RecordError(f"{self.text_field}: expected a string, got {type(text).__name__}")
            doc = record.get(self.id_field)
            if doc is not None and (isinstance(doc, bool) or not isinstance(doc, (str, int))):
                raise RecordError(f"{self.id_field}: expected a string or an integer as the id, got {type(doc).__name__}")
            return doc, text

        try:
            for number, _, (doc, text) in checked_records(_named(data, where), pick):
                yield _shown(name), number if doc is None else doc, text
        except RecordError as error:
            raise CommandError(str(error)) from None

    def _csv(self, name: str, where: str, data: bytes) -> Iterator[Document]:
        csv.field_size_limit(2**31 - 1)  # articles are longer than csv's default limit of 131,072
        reader = csv.DictReader(io.StringIO(_decode(data, where), newline=""))
        try:
            columns = reader.fieldnames or []
            if self.text_field not in columns:
                shown = ", ".join(repr(c) for c in columns) or "none"
                raise CommandError(f"{where}:1: no column {self.text_field!r} (columns: {shown}); name it with --text-field")
            for number, row in enumerate(reader, 1):
                text = row.get(self.text_field)
                if text is None:
                    raise CommandError(f"{where}:{reader.line_num}: {self.text_field}: missing (the row is short)")
                doc = row.get(self.id_field)
                yield _shown(name), number if doc is None else doc, text
        except csv.Error as error:
            raise CommandError(f"{where}:{reader.line_num}: not valid CSV ({error})") from None


def _named(data: bytes, name: str) -> IO[bytes]:
    """Bytes as a file that messages call ``name``."""
    handle = io.BytesIO(data)
    handle.name = name  # type: ignore[attr-defined]
    return handle


def _read_bytes(name: str) -> bytes:
    path = Path(name)
    if path.is_dir():
        raise CommandError(f"{name}: is a directory, expected a file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CommandError(f"{name}: no such file") from None
    except OSError as error:
        raise CommandError(f"{name}: cannot read ({error.strerror or error})") from None


def _decode(data: bytes, where: str) -> str:
    """UTF-8 text; a byte order mark at the start is dropped."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CommandError(f"{where}:{line}: not UTF-8 text (byte {error.start}: {data[error.start:error.start + 1]!r})") from None


def _people(name: str) -> tuple[str, ...]:
    """Names of a --people file: one a line; blank lines and lines starting with # are skipped."""
    where = "standard input" if name == "-" else name
    data = sys.stdin.buffer.read() if name == "-" else _read_bytes(name)
    lines = (line.strip() for line in _decode(data, where).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


# Output -----------------------------------------------------------------------------------------


class _AtomicOutput:
    """Writes to a temporary file next to the target and renames it into place only on success.

    The target keeps its permissions when it exists. A symbolic link is followed: the file it
    points to is replaced and the link stays. A FIFO, a device or a socket is refused, never
    replaced by a regular file.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.handle: TextIO = sys.stdout
        self.temp: str | None = None
        self.target = ""

    def __enter__(self) -> TextIO:
        if self.path is None or self.path == "-":
            return sys.stdout
        self.target = os.path.realpath(self.path)  # through symbolic links, to the file itself
        try:
            found: os.stat_result | None = os.stat(self.target)
        except FileNotFoundError:
            found = None
        except OSError as error:
            raise CommandError(f"{self.path}: cannot write ({error.strerror or error})") from None
        if found is not None and stat.S_ISDIR(found.st_mode):
            raise CommandError(f"{self.path}: is a directory, cannot write output there")
        if found is not None and not stat.S_ISREG(found.st_mode):
            raise CommandError(
                f"{self.path}: not a regular file (a FIFO, a device or a socket); -o writes regular files only, "
                "leave it out to write to standard output"
            )
        if found is not None and not os.access(self.target, os.W_OK):  # as '>' would: a read-only file stays
            raise CommandError(f"{self.path}: cannot write (Permission denied)")
        folder, name = os.path.split(self.target)
        try:
            return self._open_temp(folder or ".", name, found)
        except BaseException:  # a signal while the file is made: __exit__ will not run, clean up here
            if self.temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(self.temp)
                self.temp = None
            raise

    def _open_temp(self, folder: str, name: str, found: os.stat_result | None) -> TextIO:
        """A new private file beside the target; its name is known before it exists, so that an
        interruption at any point leaves nothing behind."""
        for _ in range(100):
            self.temp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
            try:
                fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except FileExistsError:
                continue
            except OSError as error:
                self.temp = None
                raise CommandError(f"{self.path}: cannot write ({error.strerror or error})") from None
        else:
            self.temp = None
            raise CommandError(f"{self.path}: cannot write (no free temporary name in {folder})")
        self.handle = os.fdopen(fd, "w", encoding="utf-8")
        if found is not None and hasattr(os, "chown"):
            with contextlib.suppress(OSError):  # someone else's file stays theirs where the system lets us
                os.chown(self.temp, found.st_uid, found.st_gid)
        # the file is private: give it the mode of the file it replaces, or a new file's mode
        os.chmod(self.temp, stat.S_IMODE(found.st_mode) if found is not None else 0o666 & ~_umask())
        return self.handle

    def __exit__(self, kind, value, traceback) -> None:
        if self.temp is None:
            return
        try:
            self.handle.close()
            if kind is None:
                os.replace(self.temp, self.target)
                self.temp = None
        except OSError as error:
            raise CommandError(f"{self.path}: cannot write ({error.strerror or error})") from None
        finally:
            if self.temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(self.temp)
        if kind is not None and issubclass(kind, OSError) and not issubclass(kind, BrokenPipeError):
            raise CommandError(f"{self.path}: cannot write ({value.strerror or value})") from None  # disk full


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _table(out: TextIO) -> Callable[[str, Hashable, Result], None]:
    def write(file: str, doc: Hashable, result: Result) -> None:
        name = file if doc == file else f"{file} [{doc}]"
        lines = [f"# {name}: {_count(len(result.quotes), 'quote')}, {_count(len(result.speakers), 'speaker')}"]
        for quote in result:
            text = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
            speaker = quote.speaker.name if quote.speaker else "-"
            role = f" ({quote.role.text})" if quote.role else ""
            cue = quote.cue.text if quote.cue else "-"
            lines.append(f"{quote.start:>6}-{quote.end:<6} {quote.kind:8} {cue:14} {speaker}{role}")
            lines.append(f"{'':14} {text}")
        out.write("\n".join(lines) + "\n")

    return write


def _quotes_jsonl(out: TextIO) -> Callable[[str, Hashable, Result], None]:
    def write(file: str, doc: Hashable, result: Result) -> None:
        for record in result.to_dicts():
            out.write(json.dumps({"file": file, "id": doc, **record}, ensure_ascii=False) + "\n")

    return write


def _docs_jsonl(out: TextIO) -> Callable[[str, Hashable, Result], None]:
    def write(file: str, doc: Hashable, result: Result) -> None:
        out.write(json.dumps({"file": file, **to_record(result, doc)}, ensure_ascii=False) + "\n")

    return write


def _csv(out: TextIO) -> Callable[[str, Hashable, Result], None]:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(QUOTE_COLUMNS)

    def write(file: str, doc: Hashable, result: Result) -> None:
        for record in result.to_dicts():
            row = {"file": file, "id": doc, **record}
            writer.writerow(["" if row[c] is None else row[c] for c in QUOTE_COLUMNS])

    return write


WRITERS = {"table": _table, "quotes-jsonl": _quotes_jsonl, "docs-jsonl": _docs_jsonl, "csv": _csv}


# Commands ---------------------------------------------------------------------------------------


def _progress(items: Iterable[Document], shown: bool, total: int) -> Iterable[Document]:
    """The items, with a progress bar on stderr when asked for (tqdm: the 'progress' extra)."""
    if not shown:
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        raise CommandError("--progress needs tqdm: pip install tqdm (or pip install 'kutipan[progress]')") from None
    return tqdm(items, total=total, desc="kutipan", unit="doc", file=sys.stderr, dynamic_ncols=True)


def _extractor(args: argparse.Namespace) -> tuple[Extractor, tuple[str, ...]]:
    folder = getattr(args, "lexicon", None)
    lexicon = Lexicon.from_directory(folder) if folder else Lexicon.default()
    people = getattr(args, "people", None)
    return Extractor(lexicon), (_people(people) if people else ())


def _extract(args: argparse.Namespace) -> int:
    extractor, people = _extractor(args)
    inputs = _Inputs(args)
    total = sum(1 for _ in inputs)  # read and check every input first: fail before writing
    with _AtomicOutput(args.output) as out:
        write = WRITERS[FORMATS[args.format]](out)
        for file, doc, text in _progress(inputs, args.progress, total):
            write(file, doc, extractor(text, people=people))
    return 0


def _speakers(args: argparse.Namespace) -> int:
    from .index import COLUMNS, speaker_index

    if args.top is not None and args.top < 1:
        raise CommandError(f"--top: expected a number of speakers from 1, got {args.top}")
    extractor, people = _extractor(args)
    inputs = _Inputs(args)
    total = sum(1 for _ in inputs)  # read and check every input first: fail before writing
    results = ((f"{file} [{doc}]" if doc != file else file, extractor(text, people=people))
               for file, doc, text in _progress(inputs, args.progress, total))
    rows = speaker_index(results, lexicon=extractor.lexicon).rows()[: args.top]
    with _AtomicOutput(args.output) as out:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif args.format == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(COLUMNS)
            for row in rows:
                writer.writerow(["; ".join(row[c]) if isinstance(row[c], list) else row[c] for c in COLUMNS])
        else:
            out.write(_speaker_table(rows, total))
    return 0


def _speaker_table(rows: list[dict[str, Any]], documents: int) -> str:
    """Rows of the speaker index as text: quotes, documents, name and kind, roles, other names."""
    lines = [f"# {_count(len(rows), 'speaker')} quoted in {_count(documents, 'document')}",
             f"{'quotes':>6} {'docs':>5}  speaker"]
    for row in rows:
        kind = "" if row["kind"] == "person" else f" ({row['kind']})"
        lines.append(f"{row['quotes']:6} {row['documents']:5}  {row['speaker']}{kind}")
        if row["roles"]:
            roles = "; ".join(row["roles"][:3]) + ("; ..." if len(row["roles"]) > 3 else "")
            lines.append(f"{'':14}roles: {roles}")
        others = [name for name in row["names"] if name != row["speaker"]]
        if others:
            lines.append(f"{'':14}also: {', '.join(others)}")
    return "\n".join(lines) + "\n"


def _eval(args: argparse.Namespace) -> int:
    extractor, people = _extractor(args)
    source = _named(sys.stdin.buffer.read(), "standard input") if args.gold == "-" else args.gold
    try:
        docs = list(read_gold(source))
    except FileNotFoundError:
        raise CommandError(f"{args.gold}: no such file") from None
    except IsADirectoryError:
        raise CommandError(f"{args.gold}: is a directory, expected a JSONL file") from None
    except OSError as error:
        raise CommandError(f"{args.gold}: cannot read ({error.strerror or error})") from None
    except RecordError as error:
        raise CommandError(str(error)) from None
    kind = args.kind

    def predict(text: str) -> list[dict[str, object]]:
        result = extractor(text, people=people)
        return [{**q.to_dict(), "rule": q.rule} for q in result if kind is None or q.kind == kind]

    scores = score(only_kind(docs, kind) if kind else docs, predict, extractor.lexicon)
    bands = calibration(scores.judged)
    groups = {"rule": by_path(scores.judged, "rule"), "link": by_path(scores.judged, "link")} if args.by_rule else {}
    if args.json:
        def rows(tallies):
            return [{"name": t.name, "quotes": t.quotes, "right": t.right, "precision": t.precision, "confidence": t.confidence} for t in tallies]

        figures: dict[str, object] = {**scores.as_dict(), "calibration": rows(bands)}
        figures.update({f"by_{field}": rows(tallies) for field, tallies in groups.items()})
        print(json.dumps(figures, indent=2))
    else:
        only = f", {kind} quotes only" if kind else ""
        print(f"{args.gold}: {_count(len(docs), 'document')}{only}")
        print(scores.table())
        print("\ncalibration: scored quotes by confidence band; share: matched with the right speaker")
        print(tally_table("confidence", bands))
        for field, tallies in groups.items():
            print(f"\nby {field}: quotes, right (matched with the right speaker), precision, mean confidence")
            print(tally_table(field, tallies, share="prec"))
    if args.errors:
        for error in scores.errors:
            gold = error.gold or {}
            pred = error.predicted or {}
            record = gold or pred
            print(f"\n[{error.doc}] {error.kind}: {str(record.get('text'))[:100]!r}")
            if error.gold is not None:
                print(f"   gold: {gold.get('type')} cue={gold.get('cue')!r} speaker={gold.get('speaker')!r} role={gold.get('role')!r}")
            if error.predicted is not None:
                print(f"   pred: {pred.get('type')} cue={pred.get('cue')!r} speaker={pred.get('speaker')!r} role={pred.get('role')!r}")
    return 0


def _lexicon_export(args: argparse.Namespace) -> int:
    folder = getattr(args, "lexicon", None)
    lexicon = Lexicon.from_directory(folder) if folder else Lexicon.default()
    export = getattr(lexicon, "to_directory", None)
    if export is None:
        raise CommandError("this version of kutipan cannot export a lexicon (Lexicon.to_directory is missing)")
    try:
        export(args.directory)
    except OSError as error:
        raise CommandError(f"{args.directory}: cannot write ({error.strerror or error})") from None
    return 0


def _corpus_arguments(command: argparse.ArgumentParser) -> None:
    """FILE and the options that say how to read it: those of ``extract`` and ``speakers``."""
    command.add_argument(
        "files", nargs="+", metavar="FILE",
        help="a text file; a JSONL corpus (.jsonl, .ndjson) or a CSV corpus (.csv), one document a line or row; "
             "a folder, read as all its .txt files; '-' reads standard input (text, unless --input-format says otherwise)")
    command.add_argument("--input-format", choices=("auto", "text", "jsonl", "csv"), default="auto",
                         help="how to read FILE: auto (default) goes by the file's extension")
    command.add_argument("--text-field", metavar="NAME", default="text",
                         help="the field (JSONL) or column (CSV) that holds the text (default: text)")
    command.add_argument("--id-field", metavar="NAME", default="id",
                         help="the field or column that holds the document's id (default: id; "
                              "without it, the line or row number)")


def parser() -> argparse.ArgumentParser:
    # Options that every command takes, before or after its name: default=SUPPRESS keeps the
    # subcommand's parser from overwriting a value given before the subcommand with its default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lexicon", metavar="DIR", default=argparse.SUPPRESS,
                        help="a folder of lexicon files laid out like kutipan/data (see 'kutipan lexicon export')")
    common.add_argument("--people", metavar="FILE", default=argparse.SUPPRESS,
                        help="full names you know, one a line ('Duncan Clark' names 'kata Clark')")
    layout = argparse.RawDescriptionHelpFormatter
    main = argparse.ArgumentParser(prog="kutipan", description="Find quotes in Indonesian text and who said them.",
                                   epilog=EPILOG, formatter_class=layout, parents=[common])
    main.add_argument("--version", action="version", version=f"kutipan {__version__}")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", parents=[common], formatter_class=layout, epilog=EPILOG,
        help="quotes of text files, corpora and folders", description="Find the quotes of each document and who said them.")
    _corpus_arguments(extract)
    extract.add_argument(
        "--format", choices=tuple(FORMATS), default="table",
        help="table: readable (the default); quotes-jsonl: one JSON record per quote, with the document's "
             "file and id ('jsonl' is another name for it); docs-jsonl: one record per document, which "
             "kutipan.load_jsonl reads back; csv: one row per quote, with the document's file and id")
    extract.add_argument("-o", "--output", metavar="PATH",
                         help="write here instead of standard output, atomically (all or nothing)")
    extract.add_argument("--progress", action="store_true", help="show a progress bar on stderr (needs kutipan[progress])")

    speakers = commands.add_parser(
        "speakers", parents=[common], formatter_class=layout, epilog=EPILOG,
        help="who is quoted across a corpus, one row per person (kutipan.speaker_index)",
        description="Who is quoted across a corpus: one row per person or body, the names of one person in "
                    "different documents merged (titles off, known aliases, a name contained in a longer one).")
    _corpus_arguments(speakers)
    speakers.add_argument("--format", choices=("table", "csv", "jsonl"), default="table",
                          help="table: readable (the default); csv: one row per speaker, lists joined by '; '; "
                               "jsonl: one JSON record per speaker")
    speakers.add_argument("--top", metavar="N", type=int, help="only the N most quoted")
    speakers.add_argument("-o", "--output", metavar="PATH",
                          help="write here instead of standard output, atomically (all or nothing)")
    speakers.add_argument("--progress", action="store_true", help="show a progress bar on stderr (needs kutipan[progress])")

    evaluate = commands.add_parser(
        "eval", parents=[common], help="score against a gold JSONL file (shared/eval/FORMAT.md)",
        description="Score the extractor against a gold JSONL file (shared/eval/FORMAT.md).")
    evaluate.add_argument("gold", metavar="GOLD.jsonl", help="the gold file; '-' reads standard input")
    evaluate.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong speakers")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--by-rule", action="store_true",
                          help="each rule's and each link's (resolution sieve's) count and precision")
    evaluate.add_argument("--kind", choices=("direct", "indirect"),
                          help="score this kind of quote only, gold and predicted (PFSA annotates direct quotes only)")

    lexicon = commands.add_parser("lexicon", parents=[common], help="work with lexicon files")
    actions = lexicon.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", parents=[common], help="write the lexicon's files (the shipped ones, or --lexicon's) to DIR",
        description="Write the lexicon's files to DIR, to copy and edit, then use with --lexicon DIR.")
    export.add_argument("directory", metavar="DIR")
    return main


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": _extract, "speakers": _speakers, "eval": _eval, "lexicon": _lexicon_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    _utf8_stdout()
    with _signals():
        try:
            return COMMANDS[args.command](args)
        except (CommandError, LexiconError) as error:
            print(f"kutipan: error: {error}", file=sys.stderr)
            return 2
        except BrokenPipeError:
            return 141
        except KeyboardInterrupt:
            return 130
        except _Stopped as stop:
            return stop.status


def _utf8_stdout() -> None:
    """Standard output carries UTF-8, as the files do, whatever the locale (LANG=C is ASCII)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        with contextlib.suppress(ValueError, OSError, AttributeError):
            sys.stdout.reconfigure(encoding="utf-8")


@contextlib.contextmanager
def _signals() -> Iterator[None]:
    """SIGTERM and SIGHUP unwind like ^C does, so that the temporary output file is removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    numbers = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    arrived: list[int] = []

    def stop(number: int, frame: object) -> None:
        if not arrived:  # a second signal must not interrupt the clean-up of the first
            arrived.append(number)
            raise _Stopped(number)

    before = {number: signal.signal(number, stop) for number in numbers}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
