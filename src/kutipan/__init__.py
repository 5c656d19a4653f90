"""kutipan: find quotations in Indonesian text and say who said them.

>>> import kutipan
>>> result = kutipan.extract('"Kami siap," ujar Budi Santoso, Ketua RT 05.')
>>> [(q.text, q.speaker.name) for q in result]
[('Kami siap,', 'Budi Santoso')]
"""

from .extract import Extractor, extract
from .lexicon import Cue, Lexicon, LexiconError
from .spans import Quote, Result, Span, Speaker

__all__ = ["extract", "Extractor", "Result", "Quote", "Speaker", "Span", "Lexicon", "Cue", "LexiconError"]
__version__ = "0.1.0"
