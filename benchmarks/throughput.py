"""Throughput of ``extract`` on real news, against a bare regex scan of the same text as the floor.

    python benchmarks/throughput.py [--corpus PATH] [--repeat 3] [--profile] [--steps]

Prints the machine, the corpus size, MB/s for ``extract`` (wall and CPU time, one process), the
time of a bare ``regex`` scan for quotation marks and capitalised words, and their ratio: the
ratio cancels most of the machine's speed and load. ``--profile`` adds where the time goes;
``--steps`` times the steps that find candidates one by one, each alone over the corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections import defaultdict
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_of, machine, say  # noqa: E402
from inputs import CORPUS, corpus_texts  # noqa: E402

import kutipan  # noqa: E402
from kutipan.direct import direct_candidates  # noqa: E402
from kutipan.document import Document  # noqa: E402
from kutipan.marks import quoted  # noqa: E402
from kutipan.text import paragraphs, sentences  # noqa: E402
from kutipan.words import CAPITALISED  # noqa: E402

FLOOR = regex.compile(r"[\"“”„‟«»'‘’‚‛]|(?<![\p{L}\p{N}])\p{Lu}\p{L}*")

# the steps of one extraction, by the function that runs each (cumulative time)
STEPS = [
    ("paragraphs (text.py)", "text.py", "paragraphs"),
    ("sentences (text.py)", "text.py", "sentences"),
    ("quote marks (marks.py)", "marks.py", "quoted"),
    ("direct rules (rules.py)", "rules.py", "attribute_direct"),
    ("cue and role word scan (document.py)", "document.py", "scan"),
    ("indirect rules (rules.py)", "rules.py", "attribute_indirect"),
    ("speaker resolution (resolve.py)", "resolve.py", "result"),
    ("  of which introductions", "introductions.py", "introductions"),
    ("  of which names and people (people.py)", "people.py", "name"),
    ("  of which settle (people.py)", "people.py", "settle"),
    ("  of which Quote objects and roles", "resolve.py", "_quote"),
    ("reading names forward (mentions.py, all callers)", "mentions.py", "read_forward"),
]


def floor_scan(texts: list[str]) -> int:
    return sum(len(FLOOR.findall(text)) for text in texts)


def extract_all(texts: list[str], extractor: kutipan.Extractor) -> int:
    return sum(len(extractor(text).quotes) for text in texts)


def profile(texts: list[str], extractor: kutipan.Extractor) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    extract_all(texts, extractor)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    say(f"\nProfile (cProfile, which slows Python code 2-3x): {total:.2f} s in all")
    say(f"{'step':50} {'cumulative s':>12} {'share':>6}")
    for label, filename, function in STEPS:
        cum = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(filename) and k[2] == function)  # type: ignore[attr-defined]
        say(f"{label:50} {cum:12.2f} {cum / total:6.0%}")
    by_file: dict[str, float] = defaultdict(float)
    for (filename, _, function), value in stats.stats.items():  # type: ignore[attr-defined]
        if filename == "~":
            key = "regex (C)" if "_regex" in function else "builtins (C)"
        elif "kutipan" in filename:
            key = "kutipan/" + Path(filename).name
        elif "attr" in filename:
            key = "attrs-generated __init__/__eq__"
        else:
            key = Path(filename).name
        by_file[key] += value[2]
    say(f"\n{'own time by module':40} {'s':>12} {'share':>6}")
    for key, value in sorted(by_file.items(), key=lambda kv: -kv[1])[:12]:
        say(f"{key:40} {value:12.2f} {value / total:6.0%}")
    say("\nTop functions by own time:")
    stats.sort_stats("tottime").print_stats(15)


def steps(texts: list[str], extractor: kutipan.Extractor, repeat: int) -> None:
    """Each step alone over the corpus, cumulative: what finding candidates costs before any rule."""
    lexicon = extractor.lexicon
    document = lambda text: Document(text, lexicon)  # noqa: E731
    timed = [
        ("paragraphs", lambda: [paragraphs(t) for t in texts]),
        ("sentences (paragraphs included)", lambda: [sentences(t, p, lexicon) for t in texts for p in paragraphs(t)]),
        ("quotation marks (paragraphs included)", lambda: [quoted(t, p) for t in texts for p in paragraphs(t)]),
        ("cue and role word scan (page furniture included)", lambda: [document(t).scan() for t in texts]),
        ("capitalised runs (the scan alone)", lambda: [list(CAPITALISED.finditer(t)) for t in texts]),
        ("direct quotes found and attributed", lambda: [direct_candidates(document(t)) for t in texts]),
        ("extract, all of it", lambda: extract_all(texts, extractor)),
    ]
    say(f"\n{'step, each alone over the corpus':50} {'CPU s':>8}")
    for label, work in timed:
        say(f"{label:50} {best_of(work, repeat)[1]:8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--steps", action="store_true")
    args = parser.parse_args()

    texts = corpus_texts(args.corpus)
    if args.limit:
        texts = texts[: args.limit]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    characters = sum(len(text) for text in texts)
    extractor = kutipan.Extractor()
    extractor(texts[0])  # compile the lexicon's patterns once, as a long run would

    say(f"machine: {machine()}")
    say(f"corpus:  {args.corpus}: {len(texts)} articles, {characters:,} characters, {megabytes:.2f} MB UTF-8")
    # the floor takes a tenth of a second: its best of many runs is as steady as extract's best of a few
    floor_wall, floor_cpu = best_of(lambda: floor_scan(texts), max(10, 5 * args.repeat))
    wall, cpu = best_of(lambda: extract_all(texts, extractor), args.repeat)
    quotes = extract_all(texts, extractor)
    say(f"floor:   bare regex scan for quote marks and capitalised words: {floor_wall:.3f} s wall, "
        f"{floor_cpu:.3f} s CPU = {megabytes / floor_cpu:.1f} MB/s")
    say(f"extract: {quotes} quotes; best of {args.repeat}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    say(f"         {megabytes / cpu:.2f} MB/s per core (CPU time), {megabytes / wall:.2f} MB/s wall")
    say(f"ratio:   extract / floor = {cpu / floor_cpu:.1f}x (CPU time)")
    if args.profile:
        profile(texts, extractor)
    if args.steps:
        steps(texts, extractor, args.repeat)


if __name__ == "__main__":
    main()
