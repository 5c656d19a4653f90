"""Importing this module registers the stanza processor ``kutipan``.

    import kutipan.stanza
    nlp = stanza.Pipeline("id", processors="tokenize,pos,lemma,depparse,kutipan")
    doc = nlp(text)          # doc.quotes, token.kutipan in {"quote", "cue", "speaker", None}

Needs stanza: ``pip install stanza`` (or ``pip install 'kutipan[stanza]'``).
"""

from __future__ import annotations

from .integrations.stanza import LABELS, KutipanProcessor, annotate, from_stanza, parse_attributions

__all__ = ["from_stanza", "annotate", "parse_attributions", "KutipanProcessor", "LABELS"]
