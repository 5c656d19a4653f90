"""The command line on bad input and bad output: a message on stderr, a non-zero exit, no partial file."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kutipan
from kutipan import cli
from kutipan.cli import main

TEXT = '"Kami siap," ujar Budi Santoso.\n'


def run(capsys, *argv):
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "berita.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_jsonl_to_a_file(tmp_path, article, capsys):
    out = tmp_path / "hasil.jsonl"
    status, stdout, err = run(capsys, "extract", "--format", "jsonl", "-o", str(out), str(article))
    assert (status, stdout, err) == (0, "", "")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"file": str(article), "id": str(article), **row} for row in kutipan.extract(TEXT).to_dicts()]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_file_gets_the_usual_mode(tmp_path, article, capsys):
    out = tmp_path / "hasil.jsonl"
    assert run(capsys, "extract", "-o", str(out), str(article))[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize(
    ("name", "message"),
    [("tidak-ada.txt", "no such file"), ("kosong", "no .txt file"), ("rusak.txt", "not UTF-8"), (".", "rusak.txt:1: not UTF-8")],
)
def test_bad_input_leaves_no_output(tmp_path, article, capsys, name, message):
    (tmp_path / "rusak.txt").write_bytes(b"Kata \xff\xfe dia")
    (tmp_path / "kosong").mkdir()
    out = tmp_path / "hasil.jsonl"
    path = tmp_path / name if name != "." else tmp_path
    status, stdout, err = run(capsys, "extract", "-o", str(out), str(article), str(path))
    assert status == 2
    assert message in err and str(path) in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["berita.txt", "kosong", "rusak.txt"])


def test_bad_input_keeps_an_existing_output(tmp_path, article, capsys):
    out = tmp_path / "hasil.jsonl"
    out.write_text("lama\n", encoding="utf-8")
    assert run(capsys, "extract", "-o", str(out), str(tmp_path / "tidak-ada.txt"))[0] == 2
    assert out.read_text(encoding="utf-8") == "lama\n"


@pytest.mark.parametrize("target", ["tidak/ada/hasil.jsonl", "berita.txt/hasil.jsonl", "."])
def test_unwritable_output(tmp_path, article, capsys, target):
    out = tmp_path / target if target != "." else tmp_path
    status, stdout, err = run(capsys, "extract", "-o", str(out), str(article))
    assert status == 2
    assert err.startswith("kutipan: error: ") and str(out) in err
    assert "Traceback" not in err


def test_disk_full_while_writing(tmp_path, article, capsys, monkeypatch):
    """A write that fails halfway (ENOSPC) is reported, and the half-written file goes."""
    real_fdopen = os.fdopen

    class Full(io.TextIOWrapper):
        def write(self, data):
            raise OSError(28, "No space left on device")

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, "wb")
        return Full(handle, encoding="utf-8")

    monkeypatch.setattr(cli.os, "fdopen", fdopen)
    out = tmp_path / "hasil.jsonl"
    status, stdout, err = run(capsys, "extract", "-o", str(out), str(article))
    assert status == 2
    assert "No space left on device" in err and str(out) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berita.txt"]


def test_lexicon_errors_name_file_and_line(tmp_path, article, capsys):
    folder = tmp_path / "leksikon"
    folder.mkdir()
    (folder / "cues.tsv").write_text("# bentuk\tlema\tframe\nujar\tujar\tinverted\nsembur\tsembur\n", encoding="utf-8")
    status, _, err = run(capsys, "--lexicon", str(folder), "extract", str(article))
    assert status == 2 and f"{folder / 'cues.tsv'}:3:" in err
    (folder / "cues.tsv").unlink()
    (folder / "titles.txt").write_bytes(b"# gelar\nDr.\nH\xe9.\n")
    status, _, err = run(capsys, "--lexicon", str(folder), "extract", str(article))
    assert status == 2 and f"{folder / 'titles.txt'}:3:" in err and "UTF-8" in err
    (folder / "titles.txt").write_text("Dr.\nA\u0301ceh\n", encoding="utf-8")
    status, _, err = run(capsys, "--lexicon", str(folder), "extract", str(article))
    assert status == 2 and f"{folder / 'titles.txt'}:2:" in err and "NFC" in err
    status, _, err = run(capsys, "--lexicon", str(tmp_path / "tidak-ada"), "extract", str(article))
    assert status == 2 and "not a directory" in err


def test_eval_on_missing_file(tmp_path, capsys):
    status, _, err = run(capsys, "eval", str(tmp_path / "tidak-ada.jsonl"))
    assert status == 2 and "no such file" in err


def test_stdin_and_the_module_entry_point(tmp_path):
    """``python -m kutipan extract -`` reads standard input; undecodable input is exit 2, no traceback."""
    command = [sys.executable, "-m", "kutipan", "extract", "--format", "jsonl", "-"]
    env = {**os.environ, "PYTHONPATH": str(Path(kutipan.__file__).parent.parent)}
    done = subprocess.run(command, input=TEXT.encode(), capture_output=True, env=env, timeout=60)
    assert done.returncode == 0 and json.loads(done.stdout.splitlines()[0])["speaker"] == "Budi Santoso"
    done = subprocess.run(command, input=b"\xff\xfe\x00", capture_output=True, env=env, timeout=60)
    assert done.returncode == 2 and b"standard input:1: not UTF-8" in done.stderr and b"Traceback" not in done.stderr
