"""Doctests run over src/kutipan; modules that need an optional library are skipped without it."""

import importlib.util

OPTIONAL = {
    "src/kutipan/integrations/stanza.py": "stanza",
    "src/kutipan/stanza.py": "stanza",
    "src/kutipan/integrations/spacy.py": "spacy",
    "src/kutipan/integrations/dask.py": "dask",
    "src/kutipan/frames.py": "pandas",
}

collect_ignore = [path for path, module in OPTIONAL.items() if importlib.util.find_spec(module) is None]
