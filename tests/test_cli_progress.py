"""``kutipan extract --progress``: a bar on stderr with tqdm, a clear message without it."""

import sys
from pathlib import Path

import pytest

import kutipan
from kutipan.cli import main

EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "banjir-bandung.txt"


def test_progress_bar_on_stderr(tmp_path, capsys):
    pytest.importorskip("tqdm")
    out = tmp_path / "hasil.jsonl"
    assert main(["extract", "--progress", "--format", "jsonl", "-o", str(out), str(EXAMPLE), str(EXAMPLE)]) == 0
    err = capsys.readouterr().err
    assert "kutipan" in err and "2/2" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2 * len(kutipan.extract(EXAMPLE.read_text(encoding="utf-8")))


def test_progress_without_tqdm_names_the_extra(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    assert main(["extract", "--progress", str(EXAMPLE)]) == 2
    assert "pip install 'kutipan[progress]'" in capsys.readouterr().err


def test_no_progress_no_bar(capsys):
    assert main(["extract", str(EXAMPLE)]) == 0
    assert capsys.readouterr().err == ""
