"""Every quote's ``to_dict()`` on the gold sets and the Detik corpus, for checking that a change
which only reshapes code leaves the output identical.

    python benchmarks/snapshot.py > /tmp/before.jsonl      # on the old tree
    python benchmarks/snapshot.py > /tmp/after.jsonl       # on the new tree
    python benchmarks/snapshot.py --diff /tmp/before.jsonl  # what changed, document by document
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import kutipan

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIELDS = ("type", "text", "start", "end", "cue", "speaker", "mention", "role")  # those of FORMAT.md
SETS = ["eval/dev.jsonl", "eval/dev-raw.jsonl", "eval/peer-pfsa.jsonl", "corpus/detik-1000.jsonl"]


def records():
    for name in SETS:
        with open(SHARED / name, encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                quotes = [{k: v for k, v in q.to_dict().items() if k in FIELDS} for q in kutipan.extract(doc["text"])]
                yield {"set": name, "id": doc["id"], "quotes": quotes}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diff", metavar="BEFORE", help="compare with an earlier snapshot")
    args = parser.parse_args()
    if not args.diff:
        for record in records():
            print(json.dumps(record, ensure_ascii=False, sort_keys=True))
        return 0
    with open(args.diff, encoding="utf-8") as handle:
        before = {(r["set"], r["id"]): r["quotes"] for r in map(json.loads, handle)}
    changed = 0
    for record in records():
        old = before.get((record["set"], record["id"]))
        if old == record["quotes"]:
            continue
        changed += 1
        print(f"## {record['set']} {record['id']}")
        old_set = {json.dumps(q, ensure_ascii=False, sort_keys=True) for q in old or []}
        new_set = {json.dumps(q, ensure_ascii=False, sort_keys=True) for q in record["quotes"]}
        for q in sorted(old_set - new_set):
            print("-", q)
        for q in sorted(new_set - old_set):
            print("+", q)
    print(f"{changed} documents changed", file=sys.stderr)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
