"""Quotes with a speaker on the UD Indonesian test treebanks: plain text vs the stanza path.

Each sentence of ``../shared/ud/*.conllu`` becomes its own stanza Document (gold tokens, lemmas,
UPOS and trees, read by ``CoNLL.conll2doc``; no NER in these files). The plain-text path runs
``kutipan.extract`` on the Document's text, the stanza path ``kutipan.from_stanza`` on the Document:
the same characters, so the figures compare like with like. Counted are the sentences with reported
speech: a quotation mark, a cue of the lexicon, or a verb whose lemma is a cue's.

    python benchmarks/ud_stanza.py [--show] [UD_DIR]

``--show`` lists the quotes only the stanza path finds, for reading them through.
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import re

from stanza.utils.conll import CoNLL

import kutipan

UD = pathlib.Path(__file__).resolve().parents[1] / ".." / "shared" / "ud"
MARKS = re.compile("[\"“”„«»]")


def sentences(path: pathlib.Path) -> list[str]:
    """The CoNLL-U blocks of one file, one per sentence."""
    return [block for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]


def reported(doc, lexicon: kutipan.Lexicon) -> bool:
    lemmas = {c.lemma for c in lexicon.cues}
    words = [w for s in doc.sentences for w in s.words]
    return bool(MARKS.search(doc.text)) or any(
        lexicon.frame(w.text) is not None or (w.upos == "VERB" and (w.lemma or "").lower() in lemmas) for w in words
    )


def count(quotes, tally: collections.Counter, path: str) -> None:
    for quote in quotes:
        tally[path, quote.kind, "found"] += 1
        tally[path, quote.kind, "speaker"] += quote.speaker is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ud", nargs="?", type=pathlib.Path, default=UD)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    lexicon = kutipan.Lexicon.default()
    tally: collections.Counter = collections.Counter()
    total = with_speech = 0
    for path in sorted(args.ud.glob("*.conllu")):
        for block in sentences(path):
            doc = CoNLL.conll2doc(input_str=block)
            stanza_result = kutipan.from_stanza(doc)   # sets doc.text from the tokens
            total += 1
            if not reported(doc, lexicon):
                continue
            with_speech += 1
            text_result = kutipan.extract(doc.text)
            count(text_result, tally, "text")
            count(stanza_result, tally, "stanza")
            if args.show:
                for quote in stanza_result:
                    if quote not in text_result.quotes:
                        who = quote.speaker.name if quote.speaker else None
                        print(f"{path.name}: {doc.text}\n    + {quote.kind} {who!r}: {quote.text!r}")
    print(f"{total} sentences, {with_speech} with reported speech\n")
    print("| path | direct found | direct with speaker | indirect found | indirect with speaker | all with speaker |")
    print("|---|---|---|---|---|---|")
    for name in ("text", "stanza"):
        row = [tally[name, kind, what] for kind in ("direct", "indirect") for what in ("found", "speaker")]
        print(f"| {name} | " + " | ".join(map(str, row)) + f" | {row[1] + row[3]} |")


if __name__ == "__main__":
    main()
