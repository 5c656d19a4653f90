"""kutipan: find quotations in Indonesian text and say who said them.

>>> import kutipan
>>> result = kutipan.extract('"Kami siap," ujar Budi Santoso, Ketua RT 05.')
>>> [(q.text, q.speaker.name) for q in result]
[('Kami siap,', 'Budi Santoso')]
"""

from __future__ import annotations

import importlib
from typing import Any

from .extract import Extractor, extract
from .lexicon import Cue, Lexicon, LexiconError
from .spans import Quote, Result, Span, Speaker

# Names whose modules need optional libraries or cost start-up time: imported on first use.
_LAZY = {
    "extract_many": "kutipan.batch",
    "to_dataframe": "kutipan.frames",
    "speaker_summary": "kutipan.frames",
    "speaker_index": "kutipan.index",
    "from_stanza": "kutipan.integrations.stanza",
    "dump_jsonl": "kutipan.io",
    "load_jsonl": "kutipan.io",
}

__all__ = ["extract", "Extractor", "Result", "Quote", "Speaker", "Span", "Lexicon", "Cue", "LexiconError", *_LAZY]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kutipan' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
