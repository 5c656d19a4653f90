"""Time and peak memory of ``extract`` on one document of 10 KB to 10 MB, normal and hostile.

    python benchmarks/scaling.py [--sizes 10000,100000,1000000,10000000] [--inputs normal,capitalised]
    python benchmarks/scaling.py --hostile      # every input at 100 KB and 1 MB, then the summary

Each (input, size) runs in a fresh process, so that peak memory is its own; times are CPU seconds.
Each ten-fold step in size should cost about ten-fold time; the table gives the ratio of each step (``x10 time``).
``B/char`` is the tracemalloc peak of one ``extract`` (what it allocates on top of the input, at its
highest) per input character: unlike resident memory it does not depend on what the allocator kept.
The summary gives each input's CPU time per character next to news' (``normal``) at the same size.
Inputs are described in benchmarks/inputs.py.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import best_of, machine, say  # noqa: E402
from inputs import INPUTS  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
HOSTILE_SIZES = (100_000, 1_000_000)


def _rss_kb() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * resource.getpagesize() // 1024
    except OSError:
        return 0


def one(name: str, size: int) -> dict:
    """Run in the child: build the input, time ``extract`` on it, report peak memory."""
    import kutipan

    import tracemalloc

    kutipan.extract('"Siap," ujar Budi.')  # compile patterns before measuring
    text = INPUTS[name](size)
    # tracemalloc slows every allocation, so its run is apart from the timed ones (and first: the
    # caches it fills are then counted, as a first call on a fresh process fills them)
    tracemalloc.start()
    kutipan.extract(text)
    traced_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    before = _rss_kb()
    start = time.process_time()
    result = kutipan.extract(text)
    first = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    # CPU time, not wall time: other load on the machine does not count. Short runs are repeated
    # (best of 3, at least 0.5 s in all), runs up to 10 s once more; the fastest counts.
    if first < 0.5:
        _, cpu = best_of(lambda: kutipan.extract(text), repeat=3, min_time=0.5)
    elif first < 10:
        _, cpu = best_of(lambda: kutipan.extract(text), repeat=1)
    else:
        cpu = first
    return {"input": name, "size": size, "seconds": min(cpu, first), "quotes": len(result.quotes),
            "peak_rss_mb": peak / 1024, "rss_before_mb": before / 1024, "bytes_per_char": traced_peak / size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--inputs", default=",".join(INPUTS))
    parser.add_argument("--timeout", type=float, default=1800, help="seconds for one run before giving up")
    parser.add_argument("--hostile", action="store_true", help="sizes " + ",".join(map(str, HOSTILE_SIZES)) + ", all inputs, and the summary")
    parser.add_argument("--one", nargs=2, metavar=("INPUT", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]))))
        return
    sizes = list(HOSTILE_SIZES) if args.hostile else [int(s) for s in args.sizes.split(",")]
    say(f"machine: {machine()}")
    say(f"{'input':18} {'size':>10} {'CPU s':>9} {'MB/s':>6} {'x10 time':>8} {'peak RSS MB':>11} {'+ over input':>12} {'B/char':>7} {'quotes':>7}")
    worst: dict[str, float] = {}
    rows: dict[tuple[str, int], dict] = {}
    for name in args.inputs.split(","):
        previous = None
        for size in sizes:
            command = [sys.executable, str(Path(__file__).resolve()), "--one", name, str(size)]
            try:
                done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout, check=True)
            except subprocess.TimeoutExpired:
                say(f"{name:18} {size:>10,} {'> ' + str(int(args.timeout)):>9}  (gave up)")
                worst[name] = float("inf")
                break
            except subprocess.CalledProcessError as error:
                say(f"{name:18} {size:>10,} failed: {error.stderr.strip().splitlines()[-1:]}")
                worst[name] = float("inf")
                break
            row = json.loads(done.stdout)
            rows[name, size] = row
            ratio = row["seconds"] / previous if previous else None
            if ratio is not None:
                worst[name] = max(worst.get(name, 0.0), ratio)
            previous = row["seconds"]
            say(
                f"{name:18} {size:>10,} {row['seconds']:9.3f} {size / 1e6 / row['seconds']:6.2f} "
                f"{'' if ratio is None else f'{ratio:.1f}':>8} {row['peak_rss_mb']:11.0f} "
                f"{row['peak_rss_mb'] - row['rss_before_mb']:12.0f} {row['bytes_per_char']:7.1f} {row['quotes']:7}"
            )
    say("\nworst ten-fold step (time ratio; <= 12 is linear enough):")
    for name, ratio in worst.items():
        say(f"  {name:18} {ratio:.1f}")
    summary(rows, sizes)


def summary(rows: dict[tuple[str, int], dict], sizes: list[int]) -> None:
    """Per input: microseconds of CPU per character at each size, the same as a multiple of news',
    the last ten-fold step's time ratio and the tracemalloc peak per character at the largest size."""
    say("\nper character (x news: this input's cost per character over normal's at the same size):")
    head = " ".join(f"{f'us/char {size:,}':>17} {'x news':>6}" for size in sizes)
    say(f"{'input':18} {head} {'x10 time':>8} {'B/char':>7}")
    for name in dict.fromkeys(name for name, _ in rows):
        cells = []
        for size in sizes:
            row, news = rows.get((name, size)), rows.get(("normal", size))
            if row is None:
                cells.append(f"{'-':>17} {'-':>6}")
                continue
            per_char = row["seconds"] / size * 1e6
            times_news = f"{row['seconds'] / news['seconds']:6.1f}" if news else f"{'-':>6}"
            cells.append(f"{per_char:17.3f} {times_news}")
        big, small = rows.get((name, sizes[-1])), rows.get((name, sizes[-2])) if len(sizes) > 1 else None
        ratio = f"{big['seconds'] / small['seconds']:8.1f}" if big and small else f"{'-':>8}"
        memory = f"{big['bytes_per_char']:7.1f}" if big else f"{'-':>7}"
        say(f"{name:18} {' '.join(cells)} {ratio} {memory}")


if __name__ == "__main__":
    main()
