"""Regenerate ``src/kutipan/data/confidence.tsv``: how often each attribution path is right on the
shared gold sets, the table ``Quote.confidence`` is read from.

    python benchmarks/confidence.py            # write the table
    python benchmarks/confidence.py --check    # exit 1 if the shipped table is out of date
    python benchmarks/confidence.py --held-out # calibration of each gold set with a table built without it

A path is (rule, link): the rule that found the quote and its mention, and the sieve that linked
the mention to a person, with the table of people's matcher kept (``name+entity_alias``). A
predicted quote is right when it matches a gold quote and its speaker is right (FORMAT.md's end to
end); a false alarm is a quote that is not right; a prediction that only overlaps an unannotated
quote is left out. PFSA annotates direct quotes only, so only direct quotes are scored there.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import kutipan
from kutipan.confidence import ANY, COLUMNS, MIN_QUOTES, NONE, TABLE
from kutipan.evaluate import Judged, calibration, only_kind, read_gold, score, tally_table

SHARED = Path(__file__).resolve().parents[2] / "shared"
TARGET = Path(__file__).resolve().parents[1] / "src" / "kutipan" / "data" / TABLE
SETS = {"dev.jsonl": None, "dev-raw.jsonl": None, "peer-pfsa.jsonl": "direct"}  # file -> the only kind scored

HEADER = f"""\
# How often each attribution path was right on the shared gold sets (shared/eval: dev.jsonl,
# dev-raw.jsonl, and the direct quotes of peer-pfsa.jsonl, which annotates no indirect ones).
# A path is (rule, link): Quote.rule and Quote.link, the table of people's matcher kept
# ('name+entity_alias'). quotes: predicted quotes that took the path and were scored; right: those
# that match a gold quote and name its speaker (FORMAT.md's end to end); precision = right / quotes.
# Quote.confidence is the path's precision; a path with fewer than {MIN_QUOTES} quotes backs off to its
# rule's row (link '{ANY}'), and a rule with fewer than {MIN_QUOTES} to the row of all quotes ('{ANY}' '{ANY}').
# '{NONE}' is an empty name: a quote without a speaker has no link.
# Regenerate with: python benchmarks/confidence.py (do not edit by hand).
"""


def judged(name: str) -> list[Judged]:
    """Every scored prediction of one gold set, with its rule, link and confidence."""
    kind = SETS[name]
    docs = list(read_gold(SHARED / "eval" / name))
    if kind is not None:
        docs = list(only_kind(docs, kind))

    def predict(text: str) -> list[dict[str, object]]:
        return [{**q.to_dict(), "rule": q.rule} for q in kutipan.extract(text) if kind is None or q.kind == kind]

    return list(score(docs, predict).judged)


def table(items: list[Judged]) -> str:
    quotes: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for item in items:
        rule, link = (str(item.predicted.get(key) or "") for key in ("rule", "link"))
        for path in ((rule, link), (rule, ANY), (ANY, ANY)):
            quotes[path] += 1
            right[path] += item.right
    lines = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    for rule, link in sorted(quotes, key=lambda path: (path[0] == ANY, path[0], path[1] != ANY, path[1])):
        n, r = quotes[rule, link], right[rule, link]
        lines.append("\t".join([rule or NONE, link or NONE, str(n), str(r), f"{r / n:.3f}"]))
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped table differs from a fresh one")
    parser.add_argument("--held-out", action="store_true",
                        help="calibration of each gold set, with confidences from a table built on the other two")
    args = parser.parse_args()
    per_set = {name: judged(name) for name in SETS}
    if args.held_out:
        from kutipan.confidence import confidence_of, read_table
        import kutipan.confidence as confidence

        for name, items in per_set.items():
            rest = [item for other, its in per_set.items() if other != name for item in its]
            rates = read_table(table(rest))
            confidence._table.cache_clear()
            original = confidence._table
            confidence._table = lambda: rates  # type: ignore[assignment]
            try:
                moved = [
                    Judged(i.doc, {**i.predicted, "confidence": confidence_of(str(i.predicted.get("rule") or ""), str(i.predicted.get("link") or ""))}, i.matched, i.right)
                    for i in items
                ]
            finally:
                confidence._table = original  # type: ignore[assignment]
            print(f"{name} (table from the other two sets)")
            print(tally_table("confidence", calibration(moved)) + "\n")
        return 0
    fresh = table([item for items in per_set.values() for item in items])
    if args.check:
        same = TARGET.read_text(encoding="utf-8") == fresh
        print(f"{TARGET.name}: {'up to date' if same else 'out of date: run python benchmarks/confidence.py'}")
        return 0 if same else 1
    TARGET.write_text(fresh, encoding="utf-8")
    for name, items in per_set.items():
        print(f"{name}: {len(items)} quotes scored, {sum(i.right for i in items)} right")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
