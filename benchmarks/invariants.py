"""Generated and mutated inputs against the result invariants, at a scale unit tests do not run.

    python benchmarks/invariants.py --generated 20000 --mutated 20000

Each input must extract without an error, every span must slice the text, and quotes must never
partly overlap (the one nesting: a direct fragment inside the indirect quote that reports it).
Prints the counts of inputs and of failures by kind; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_invariants import PIECES, check  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"


def generated(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 80)))


def mutated(rng: random.Random, articles: list[str]) -> str:
    first, second = rng.choice(articles), rng.choice(articles)
    cut, rest = rng.randint(0, len(first)), rng.randint(0, len(second))
    middle = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 3)))
    return first[:cut] + middle + second[rest:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=20_000)
    parser.add_argument("--mutated", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(SHARED / "corpus" / "detik-1000.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line)["text"] for line in handle]
    failures: dict[str, int] = {}
    inputs = [generated(rng) for _ in range(args.generated)] + [mutated(rng, articles) for _ in range(args.mutated)]
    for text in inputs:
        try:
            check(text)
        except AssertionError as error:
            kind = "overlap" if error.args and isinstance(error.args[0], tuple) else "offset or order"
            failures[kind] = failures.get(kind, 0) + 1
        except Exception as error:  # noqa: BLE001 - counted, that is the point
            failures[type(error).__name__] = failures.get(type(error).__name__, 0) + 1
    print(f"{args.generated} generated and {args.mutated} mutated inputs; failures: {failures or 'none'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
