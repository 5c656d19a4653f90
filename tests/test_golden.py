import pytest

import kutipan

from .golden import GOLDEN


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_golden(text, expected):
    found = [q.to_dict() for q in kutipan.extract(text)]
    assert len(found) == len(expected), found
    assert [{key: f[key] for key in e} for f, e in zip(found, expected)] == expected
