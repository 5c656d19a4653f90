"""Linearity by instruction count: the instructions one ``extract`` costs on each input and size.

    python benchmarks/instructions.py [--inputs normal,capitalised] [--sizes 10000,100000,1000000]

Timings on shared machines move by a third between runs; the number of instructions a process
executes does not. Each (input, size) runs twice under ``valgrind --tool=cachegrind
--cache-sim=no``: once building the input and extracting it, once building it only; the
difference is what ``extract`` cost. Each ten-fold step in size should cost about ten-fold. Needs
valgrind (``apt install valgrind``); valgrind slows Python about 50-fold, so 1 MB inputs take
minutes. Inputs are described in benchmarks/inputs.py.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import say  # noqa: E402
from inputs import INPUTS  # noqa: E402

CHILD = """
import sys
sys.path.insert(0, {src!r}); sys.path.insert(0, {here!r})
import kutipan
from inputs import INPUTS
text = INPUTS[{name!r}]({size})
kutipan.extract(text[:2000])   # lexicon and patterns loaded in both runs
if {run}:
    kutipan.extract(text)
"""
REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(name: str, size: int, run: bool) -> int:
    code = CHILD.format(src=str(HERE.parent / "src"), here=str(HERE), name=name, size=size, run=run)
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", sys.executable, "-c", code],
        capture_output=True, text=True, check=True,
    )
    found = REFS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", default=",".join(INPUTS))
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions.py: valgrind is not installed", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    say(f"{'input':<18}" + "".join(f"{s:>14,}" for s in sizes) + "   x10 per step")
    for name in args.inputs.split(","):
        counts = [instructions(name, size, True) - instructions(name, size, False) for size in sizes]
        steps = [f"{b / a:.1f}" for a, b in zip(counts, counts[1:]) if a > 0]
        say(f"{name:<18}" + "".join(f"{c / 1e6:>13,.0f}M" for c in counts) + "   " + " ".join(steps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
