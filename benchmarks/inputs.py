"""Inputs for the benchmarks and the hostile-input tests: real news text and text built to be hard.

Each builder takes a size in characters and returns a string of about that size, the same every
time. The hostile ones put everything in one paragraph (no line breaks) unless said otherwise,
since a paragraph is the unit most steps work on: that is where quadratic work would show.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Callable

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "detik-1000.jsonl"

# a fallback for machines without the corpus: made-up sentences in the shape of news text
_SAMPLE = (
    'Kapolda Papua Irjen Paulus Waterpau mengatakan bahwa situasi di Wamena sudah kondusif. '
    '"Kami terus berjaga bersama TNI," ujar Paulus kepada wartawan, Senin (12/3/2024).\n'
    'Menurut Budi Santoso (45), warga setempat, harga beras naik sejak pekan lalu. '
    '"Belum ada bantuan," katanya. Ia menambahkan warga masih menunggu.\n'
)


def corpus_texts(path: str | Path = CORPUS) -> list[str]:
    """The articles of the Detik corpus (``text`` of each JSONL record)."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def normal(size: int) -> str:
    """Real articles, one after another, cut at ``size``."""
    try:
        texts = corpus_texts()
    except OSError:
        return _repeat(_SAMPLE, size)
    out, total = [], 0
    while total < size:
        for text in texts:
            out.append(text)
            total += len(text) + 1
            if total >= size:
                break
    return "\n".join(out)[:size]


def unmatched_quotes(size: int) -> str:
    """Thousands of opening marks that never close, of every shape, in one paragraph."""
    return _repeat('"Kami siap, ujar Budi “mulai „besok «kata Ani ‘lalu ', size)


def no_punctuation(size: int) -> str:
    """One paragraph of lower-case words with no punctuation at all (with cue words among them)."""
    words = ("warga desa itu menunggu bantuan yang dijanjikan pemerintah sejak bulan lalu mengatakan "
             "bahwa harga beras naik ujarnya kata menurut dia tidak tahu").split()
    rng = random.Random(6)
    return _repeat(" ".join(rng.choice(words) for _ in range(20_000)) + " ", size)


def capitalised(size: int) -> str:
    """One paragraph of capitalised words (100k of them in 1 MB): name-like runs without end, with a
    quote and a cue every 100 words or so, so that every part of the input has names to read."""
    names = "Budi Santoso Ani Wijaya Kapolda Papua Irjen Paulus Waterpau Menteri Keuangan Sri Mulyani Kata Ujar".split()
    rng = random.Random(6)
    words = [rng.choice(names) for _ in range(20_000)]
    for i in range(50, len(words), 100):
        words[i] = rng.choice(['"Kami Siap," ujar', "mengatakan", '"Siap," kata', "menurut"])
    return _repeat(" ".join(words) + " ", size)


def apostrophes(size: int) -> str:
    """Nothing but apostrophes and single marks."""
    return _repeat("''''’‘'", size)


def nested_quotes(size: int) -> str:
    """Quotes inside quotes inside quotes, a hundred deep, again and again, in one paragraph."""
    depth = 100
    unit = "".join(f"{'“' if i % 2 else '‘'}Kata {i} " for i in range(depth)) + "inti"
    unit += "".join(f"{'’' if i % 2 == 0 else '”'}, ujar Budi{i}. " for i in reversed(range(depth)))
    return _repeat(unit, size)


def short_lines(size: int) -> str:
    """Hundreds of thousands of one-mark paragraphs: '"' and a name on each line."""
    return _repeat('"\nBudi "\n', size)


def _run(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return _repeat(unit, size)

    return build


stops = _run(".")
stops.__doc__ = "One run of full stops, like a table of contents' leaders ('.....')."
exclamations = _run("!")
exclamations.__doc__ = "One run of '!'."
questions = _run("?")
questions.__doc__ = "One run of '?'."
ellipses = _run("…")
ellipses.__doc__ = "One run of '…' (U+2026)."
initials = _run("A. ")
initials.__doc__ = "'A. A. A. ...': every stop is followed by a space and a capital, and every one is an initial."
straight_marks = _run('"')
straight_marks.__doc__ = "One run of straight double marks: half a million pairs with nothing inside in 1 MB."
capital_letters = _run("A")
capital_letters.__doc__ = "One run of a capital letter: a single word a million letters long."
newlines = _run("\n")
newlines.__doc__ = "Nothing but line ends: no paragraph at all."
short_quotes = _run('"a" ')
short_quotes.__doc__ = "'\"a\" \"a\" ...': a quoted stretch with a letter every four characters, none attributed."


def random_marks(size: int) -> str:
    """Quotation marks of every shape, double and single, in random order: a stretch every few characters."""
    marks = '"“”„‟«»\'‘’‚'
    rng = random.Random(6)
    return "".join(rng.choice(marks) for _ in range(size))


def unclosed_mark(size: int) -> str:
    """Real articles as one paragraph (line ends made spaces) that opens with one mark never closed."""
    return ('"' + normal(size).replace("\n", " "))[:size]


def spaces(size: int) -> str:
    """A name, one run of spaces, a cue: one paragraph that is almost all white space."""
    return "Budi" + " " * (size - 9) + "kata."


INPUTS: dict[str, Callable[[int], str]] = {
    "normal": normal,
    "unmatched_quotes": unmatched_quotes,
    "no_punctuation": no_punctuation,
    "capitalised": capitalised,
    "apostrophes": apostrophes,
    "nested_quotes": nested_quotes,
    "short_lines": short_lines,
    "stops": stops,
    "exclamations": exclamations,
    "questions": questions,
    "ellipses": ellipses,
    "initials": initials,
    "straight_marks": straight_marks,
    "random_marks": random_marks,
    "unclosed_mark": unclosed_mark,
    "capital_letters": capital_letters,
    "spaces": spaces,
    "newlines": newlines,
    "short_quotes": short_quotes,
}
