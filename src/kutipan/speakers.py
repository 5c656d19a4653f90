"""Kept for a release: the readers of speaker phrases and the people of a document moved to the
stages of docs' DESIGN (``words``: tokens and word classes; ``names``: role and name inside a
phrase; ``mentions``: the readers at attribution sites; ``people``: the document's people while
quotes are attributed). Import from those modules; this one only re-exports them.
"""

from .mentions import read_backward, read_forward, read_run
from .names import Mention, split_name
from .people import People, Person
from .words import MentionKind, Token, Words, tokens, words_of

__all__ = [
    "Mention",
    "MentionKind",
    "People",
    "Person",
    "Token",
    "Words",
    "read_backward",
    "read_forward",
    "read_run",
    "split_name",
    "tokens",
    "words_of",
]
