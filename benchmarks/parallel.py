"""``extract_many`` on 1 and on 2 processes over the Detik corpus: the speedup of the second core.

    python benchmarks/parallel.py [--processes 1,2] [--rounds 3] [--copies 1]

Runs alternate (1, 2, 1, 2, ...) so that changing load on the machine hits both; the best round
of each counts. The speedup is only meaningful with as many idle cores as processes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, say  # noqa: E402
from inputs import CORPUS, corpus_texts  # noqa: E402

from kutipan.batch import extract_many  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--processes", default="1,2")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=1, help="pass over the corpus this many times a run")
    parser.add_argument("--chunksize", type=int, default=16)
    args = parser.parse_args()

    texts = corpus_texts(args.corpus) * args.copies
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    counts = [int(n) for n in args.processes.split(",")]
    say(f"machine: {machine()}")
    say(f"corpus:  {len(texts)} articles, {megabytes:.2f} MB UTF-8; chunksize {args.chunksize}")
    best: dict[int, float] = {}
    quotes: dict[int, int] = {}
    for round_ in range(args.rounds):
        for n in counts:
            start = time.perf_counter()
            quotes[n] = sum(len(result.quotes) for result in extract_many(texts, n_process=n, chunksize=args.chunksize))
            seconds = time.perf_counter() - start
            best[n] = min(best.get(n, float("inf")), seconds)
            say(f"round {round_ + 1}: {n} process(es): {seconds:6.2f} s  {megabytes / seconds:5.2f} MB/s  {quotes[n]} quotes")
    base = best[counts[0]]
    for n in counts:
        say(f"best: {n} process(es): {best[n]:6.2f} s  {megabytes / best[n]:5.2f} MB/s  speedup {base / best[n]:.2f}x")
    assert len(set(quotes.values())) == 1, "the process count changed the results"


if __name__ == "__main__":
    main()
