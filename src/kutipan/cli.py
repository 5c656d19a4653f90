"""Command line: ``kutipan extract FILE...`` and ``kutipan eval GOLD.jsonl``."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TextIO

from .evaluate import read_gold, score
from .extract import Extractor
from .lexicon import Lexicon, LexiconError
from .spans import Result


class CommandError(Exception):
    """A problem with the command's input or output, reported on stderr with exit status 2."""


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        where = "standard input"
    else:
        path = Path(name)
        if path.is_dir():
            raise CommandError(f"{name}: is a directory, expected a text file")
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CommandError(f"{name}: no such file") from None
        except OSError as error:
            raise CommandError(f"{name}: cannot read ({error.strerror or error})") from None
        where = name
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError(f"{where}: not UTF-8 text (byte {error.start}: {data[error.start:error.start + 1]!r})") from None


class _AtomicOutput:
    """Writes to a temporary file next to the target and renames it into place only on success."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.handle: TextIO = sys.stdout
        self.temp: str | None = None

    def __enter__(self) -> TextIO:
        if self.path is None or self.path == "-":
            return sys.stdout
        target = Path(self.path)
        if target.is_dir():
            raise CommandError(f"{self.path}: is a directory, cannot write output there")
        try:
            fd, self.temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
        except OSError as error:
            raise CommandError(f"{self.path}: cannot write ({error.strerror or error})") from None
        self.handle = os.fdopen(fd, "w", encoding="utf-8")
        return self.handle

    def __exit__(self, kind, value, traceback) -> None:
        if self.temp is None:
            return
        try:
            self.handle.close()
            if kind is None:
                os.chmod(self.temp, 0o666 & ~_umask())  # mkstemp's file is private; give it a new file's mode
                os.replace(self.temp, self.path)  # type: ignore[arg-type]
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


def _table(name: str, result: Result) -> Iterator[str]:
    yield f"# {name}: {len(result.quotes)} quotes, {len(result.speakers)} speakers"
    for quote in result:
        text = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
        speaker = quote.speaker.name if quote.speaker else "-"
        role = f" ({quote.role.text})" if quote.role else ""
        cue = quote.cue.text if quote.cue else "-"
        yield f"{quote.start:>6}-{quote.end:<6} {quote.kind:8} {cue:14} {speaker}{role}"
        yield f"{'':14} {text}"


def _progress(items: list[tuple[str, str]], shown: bool) -> Iterable[tuple[str, str]]:
    """The items, with a progress bar on stderr when asked for (tqdm: the 'progress' extra)."""
    if not shown:
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        raise CommandError("--progress needs tqdm: pip install 'kutipan[progress]'") from None
    return tqdm(items, desc="kutipan", unit="file", file=sys.stderr, dynamic_ncols=True)


def _extract(args: argparse.Namespace, extractor: Extractor) -> int:
    texts = [(name, _read(name)) for name in args.files]  # read everything first: fail before writing
    with _AtomicOutput(args.output) as out:
        for name, text in _progress(texts, args.progress):
            result = extractor(text)
            if args.format == "jsonl":
                for record in result.to_dicts():
                    out.write(json.dumps({"file": name, **record}, ensure_ascii=False) + "\n")
            else:
                out.write("\n".join(_table(name, result)) + "\n")
    return 0


def _eval(args: argparse.Namespace, extractor: Extractor) -> int:
    try:
        docs = list(read_gold(args.gold))
    except FileNotFoundError:
        raise CommandError(f"{args.gold}: no such file") from None
    except IsADirectoryError:
        raise CommandError(f"{args.gold}: is a directory, expected a JSONL file") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise CommandError(str(error)) from None
    scores = score(docs, lambda text: extractor(text).to_dicts(), extractor.lexicon)
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
    else:
        print(f"{args.gold}: {len(docs)} documents")
        print(scores.table())
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


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="kutipan", description="Find quotes in Indonesian text and who said them.")
    main.add_argument("--lexicon", metavar="DIR", help="a folder of lexicon files laid out like kutipan/data")
    commands = main.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="quotes of text files ('-' reads standard input)")
    extract.add_argument("files", nargs="+", metavar="FILE")
    extract.add_argument("--format", choices=("table", "jsonl"), default="table")
    extract.add_argument("-o", "--output", metavar="PATH", help="write here (atomically) instead of standard output")
    extract.add_argument("--progress", action="store_true", help="show a progress bar on stderr (needs kutipan[progress])")
    evaluate = commands.add_parser("eval", help="score against a gold JSONL file (shared/eval/FORMAT.md)")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong speakers")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        lexicon = Lexicon.from_directory(args.lexicon) if args.lexicon else Lexicon.default()
        extractor = Extractor(lexicon)
        return {"extract": _extract, "eval": _eval}[args.command](args, extractor)
    except (CommandError, LexiconError) as error:
        print(f"kutipan: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 141
