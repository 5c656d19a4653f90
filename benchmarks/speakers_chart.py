"""The chart of docs/speakers.md: the 20 people quoted most in the 1,000 Detik articles of
``shared/corpus/detik-1000.jsonl``, from ``kutipan.speaker_summary``, drawn with pandas' plotting.

    python benchmarks/speakers_chart.py     # writes docs/speakers-detik.png, prints the table

Needs pandas and matplotlib (``pip install pandas matplotlib``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed

import kutipan  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "detik-1000.jsonl"
TARGET = ROOT / "docs" / "speakers-detik.png"
TOP = 20


def main() -> int:
    with open(CORPUS, encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    extractor = kutipan.Extractor()
    results = {article["id"]: extractor(article["text"]) for article in articles}
    summary = kutipan.speaker_summary(results)
    people = summary[summary["kind"] == "person"].head(TOP)
    print(people[["speaker", "quotes", "direct", "indirect", "documents"]].to_string(index=False))

    # the label: the name, and the role given most often, shortened
    def label(row) -> str:
        role = row["roles"][0] if row["roles"] else ""
        role = role if len(role) <= 32 else role[:30] + "…"
        return f"{row['speaker']} ({role})" if role else row["speaker"]

    frame = people.assign(label=people.apply(label, axis=1)).set_index("label")[["direct", "indirect"]]
    axes = frame.iloc[::-1].plot.barh(
        stacked=True, figsize=(10, 7.5), width=0.75, color=["#3b6ea5", "#e3a33b"],
        title=f"The {TOP} people quoted most in {len(articles):,} Detik articles",
    )
    axes.set_xlabel("quotes; the figure after each bar: articles quoting the person")
    axes.set_ylabel("")
    for position, (_, row) in enumerate(people.iloc[::-1].iterrows()):
        axes.text(row["quotes"] + 3, position, f"{row['documents']}", va="center", fontsize=8, color="#555555")
    axes.legend(["direct", "indirect"], loc="lower right")
    axes.spines[["top", "right"]].set_visible(False)
    axes.figure.tight_layout()
    axes.figure.savefig(TARGET, dpi=110)
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
