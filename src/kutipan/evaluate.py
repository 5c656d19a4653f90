"""Scoring against a gold JSONL file, exactly as ``shared/eval/FORMAT.md`` defines it.

A prediction matches a gold quote of the same document when their spans overlap by at least half
of the longer span (each gold quote matched once). Detection is precision, recall and F1 for
direct, indirect and all quotes; speaker accuracy and role token-F1 are over matched quotes.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Mapping

import attrs
import regex

from .io import PathOrFile, checked_records, from_record
from .lexicon import Lexicon

Record = Mapping[str, object]


@attrs.frozen
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class Error:
    """One miss, false alarm or wrong speaker, for ``kutipan eval --errors``."""

    doc: str
    kind: str                      # "miss", "false alarm", "speaker", "role"
    gold: Record | None
    predicted: Record | None


@attrs.frozen
class Judged:
    """One predicted quote that was scored, and whether it was right: matched to a gold quote with
    the right speaker (FORMAT.md's end to end). A false alarm is not right; a prediction that only
    overlaps an unannotated quote is not scored, so it has no ``Judged``."""

    doc: str
    predicted: Record
    matched: bool
    right: bool


@attrs.frozen
class Scores:
    direct: Counts
    indirect: Counts
    all: Counts
    speaker_right: int
    speaker_right_direct: int
    matched_direct: int
    role_f1_sum: float
    errors: tuple[Error, ...] = ()
    judged: tuple[Judged, ...] = ()  # every scored prediction, in document order

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.all.matched if self.all.matched else 0.0

    @property
    def speaker_accuracy_direct(self) -> float:
        return self.speaker_right_direct / self.matched_direct if self.matched_direct else 0.0

    @property
    def role_f1(self) -> float:
        return self.role_f1_sum / self.all.matched if self.all.matched else 0.0

    @property
    def end_to_end(self) -> Counts:
        """Quotes matched with the right speaker, over gold and predicted quotes."""
        return Counts(self.all.gold, self.all.predicted, self.speaker_right)

    def as_dict(self) -> dict[str, float | int]:
        out: dict[str, float | int] = {}
        for name in ("direct", "indirect", "all"):
            counts: Counts = getattr(self, name)
            out.update({f"{name}_gold": counts.gold, f"{name}_predicted": counts.predicted, f"{name}_matched": counts.matched})
            out.update({f"{name}_precision": counts.precision, f"{name}_recall": counts.recall, f"{name}_f1": counts.f1})
        out.update(
            speaker_accuracy=self.speaker_accuracy,
            speaker_accuracy_direct=self.speaker_accuracy_direct,
            role_f1=self.role_f1,
            end_to_end_precision=self.end_to_end.precision,
            end_to_end_recall=self.end_to_end.recall,
            end_to_end_f1=self.end_to_end.f1,
        )
        return out

    def table(self) -> str:
        rows = [f"{'':10} {'gold':>6} {'pred':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6}"]
        for name in ("direct", "indirect", "all"):
            c: Counts = getattr(self, name)
            rows.append(f"{name:10} {c.gold:6} {c.predicted:6} {c.matched:6} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}")
        e = self.end_to_end
        rows.append(f"{'end2end':10} {e.gold:6} {e.predicted:6} {e.matched:6} {e.precision:6.3f} {e.recall:6.3f} {e.f1:6.3f}")
        rows.append(f"speaker accuracy (matched, all)    {self.speaker_accuracy:.3f}")
        rows.append(f"speaker accuracy (matched, direct) {self.speaker_accuracy_direct:.3f}")
        rows.append(f"role F1 (matched, all)             {self.role_f1:.3f}")
        return "\n".join(rows)


def overlaps(a: Record, b: Record) -> bool:
    """At least half of the longer span is shared."""
    a_start, a_end, b_start, b_end = int(a["start"]), int(a["end"]), int(b["start"]), int(b["end"])  # type: ignore[call-overload]
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared >= 0.5 * max(a_end - a_start, b_end - b_start)


def normalise_name(name: object, lexicon: Lexicon) -> str | None:
    """Lower case, white space folded, honorifics and titles dropped ('Prof. Dr. Budi' -> 'budi')."""
    if name is None:
        return None
    drop = {w.lower().rstrip(".") for w in (*lexicon.honorifics, *lexicon.titles)}
    words = regex.sub(r"\s+", " ", str(name)).strip().split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in drop:
        words = words[1:]
    return " ".join(words).lower()


def role_f1(gold: object, predicted: object) -> float:
    if gold is None and predicted is None:
        return 1.0
    if gold is None or predicted is None:
        return 0.0
    g = regex.findall(r"\w+", str(gold).lower())
    p = regex.findall(r"\w+", str(predicted).lower())
    common = sum(min(g.count(t), p.count(t)) for t in set(g))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def read_gold(path: PathOrFile) -> Iterator[dict]:
    """Documents of a gold JSONL file (FORMAT.md), each checked as it is read.

    Every field's type and every offset is checked against the text (``kutipan.io.from_record``
    makes the checks); a problem raises ``RecordError``, a ``ValueError`` whose message names the
    file, the line and the field. A byte order mark at the start is accepted.
    """
    for _, record, _ in checked_records(path, from_record):
        yield record


def score(
    docs: Iterable[Mapping[str, object]],
    predict: Callable[[str], list[Record]],
    lexicon: Lexicon | None = None,
) -> Scores:
    """Score ``predict`` (text -> FORMAT.md records) on gold documents."""
    lexicon = lexicon or Lexicon.default()
    totals = {k: [0, 0, 0] for k in ("direct", "indirect")}
    matched_all = 0
    speaker_right = speaker_right_direct = matched_direct = 0
    role_sum = 0.0
    errors: list[Error] = []
    judged: list[Judged] = []
    for doc in docs:
        doc_id = str(doc.get("id", ""))
        gold = list(doc.get("quotes", []))  # type: ignore[call-overload]
        unannotated = list(doc.get("unannotated_quotes", []))  # type: ignore[call-overload]
        predicted = predict(str(doc["text"]))
        used: set[int] = set()
        for p in predicted:
            match = next((i for i, g in enumerate(gold) if i not in used and overlaps(g, p)), None)
            if match is None:
                if any(overlaps(u, p) for u in unannotated):
                    continue
                totals[str(p["type"])][1] += 1
                errors.append(Error(doc_id, "false alarm", None, p))
                judged.append(Judged(doc_id, p, matched=False, right=False))
                continue
            used.add(match)
            g = gold[match]
            totals[str(p["type"])][1] += 1
            matched_all += 1
            if g["type"] == p["type"]:
                totals[str(g["type"])][2] += 1
            right = normalise_name(g.get("speaker"), lexicon) == normalise_name(p.get("speaker"), lexicon)
            speaker_right += right
            judged.append(Judged(doc_id, p, matched=True, right=right))
            if g["type"] == "direct":
                matched_direct += 1
                speaker_right_direct += right
            role = role_f1(g.get("role"), p.get("role"))
            role_sum += role
            if not right:
                errors.append(Error(doc_id, "speaker", g, p))
            elif role < 1.0:
                errors.append(Error(doc_id, "role", g, p))
        for i, g in enumerate(gold):
            totals[str(g["type"])][0] += 1
            if i not in used:
                errors.append(Error(doc_id, "miss", g, None))
    direct = Counts(*totals["direct"])
    indirect = Counts(*totals["indirect"])
    # Per type a match needs the same type on both sides; 'all' pools them and ignores the type.
    everything = Counts(direct.gold + indirect.gold, direct.predicted + indirect.predicted, matched_all)
    return Scores(direct, indirect, everything, speaker_right, speaker_right_direct, matched_direct, role_sum, tuple(errors), tuple(judged))


# Confidence bands of the calibration table: [low, high), the last one closed.
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0))


@attrs.frozen
class Tally:
    """Scored predictions of one group (a confidence band, a rule, a sieve) and how many were right."""

    name: str
    quotes: int
    right: int
    confidence: float | None = None  # the mean confidence of the group's predictions, where they carry one

    @property
    def precision(self) -> float:
        return self.right / self.quotes if self.quotes else 0.0


def only_kind(docs: Iterable[Mapping[str, object]], kind: str) -> Iterator[dict[str, object]]:
    """The documents with their gold quotes of one kind only (PFSA annotates no indirect quotes:
    score its direct ones with the predictions' direct ones)."""
    for doc in docs:
        quotes = [q for q in doc.get("quotes", []) if q.get("type") == kind]  # type: ignore[attr-defined]
        yield {**doc, "quotes": quotes}


def calibration(judged: Iterable[Judged], bands: tuple[tuple[float, float], ...] = BANDS) -> list[Tally]:
    """Scored predictions by confidence band: how many, and the share right. Predictions without a
    confidence make a last row, ``none``.

    >>> rows = calibration([Judged("d", {"confidence": 0.93}, True, True), Judged("d", {"confidence": 0.4}, False, False)])
    >>> [(row.name, row.quotes, row.right) for row in rows if row.quotes]
    [('0.00-0.50', 1, 0), ('0.90-0.95', 1, 1)]
    """
    groups: dict[str, list[Judged]] = {f"{low:.2f}-{high:.2f}": [] for low, high in bands}
    groups["none"] = []
    for item in judged:
        value = item.predicted.get("confidence")
        if value is None:
            groups["none"].append(item)
            continue
        last = len(bands) - 1
        band = next(i for i, (low, high) in enumerate(bands) if value < high or i == last)
        low, high = bands[band]
        groups[f"{low:.2f}-{high:.2f}"].append(item)
    return [_tally(name, items) for name, items in groups.items() if items or name != "none"]


def by_path(judged: Iterable[Judged], field: str) -> list[Tally]:
    """Scored predictions by the value of one field (``rule``, ``link``), most frequent first."""
    groups: dict[str, list[Judged]] = {}
    for item in judged:
        groups.setdefault(str(item.predicted.get(field) or "-"), []).append(item)
    rows = [_tally(name, items) for name, items in groups.items()]
    return sorted(rows, key=lambda row: (-row.quotes, row.name))


def _tally(name: str, items: list[Judged]) -> Tally:
    values = [float(i.predicted["confidence"]) for i in items if i.predicted.get("confidence") is not None]  # type: ignore[arg-type]
    mean = sum(values) / len(values) if values else None
    return Tally(name, len(items), sum(i.right for i in items), mean)


def tally_table(title: str, rows: Iterable[Tally], share: str = "share") -> str:
    """Rows of tallies as text: name, quotes, right, share right (``share``'s heading), mean confidence."""
    rows = list(rows)
    width = max([len(title), *(len(row.name) for row in rows)])
    lines = [f"{title:{width}} {'quotes':>6} {'right':>6} {share:>6} {'conf':>6}"]
    for row in rows:
        share = f"{row.precision:6.3f}" if row.quotes else f"{'-':>6}"
        conf = f"{row.confidence:6.3f}" if row.confidence is not None else f"{'-':>6}"
        lines.append(f"{row.name:{width}} {row.quotes:6} {row.right:6} {share} {conf}")
    return "\n".join(lines)
