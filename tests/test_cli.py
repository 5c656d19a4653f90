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


# Issue 11, items 3-5: corpora in, tables out; --people, --version, options after the command,
# help with examples, "1 quote".
import csv  # noqa: E402
import signal  # noqa: E402
import stat  # noqa: E402
import time  # noqa: E402

from kutipan.lexicon import Lexicon  # noqa: E402

EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "banjir-bandung.txt"
OTHER = '"Harga akan turun," kata Ani Lestari.'


def jsonl_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_corpus_with_fields(tmp_path, capsys):
    corpus = tmp_path / "korpus.jsonl"
    rows = [{"url": "u-1", "body": TEXT}, {"body": OTHER}, {"url": 7, "body": "Tidak ada kutipan."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    status, out, err = run(capsys, "extract", str(corpus), "--text-field", "body", "--id-field", "url", "--format", "jsonl")
    assert (status, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["file"], r["id"], r["speaker"]) for r in records] == [(str(corpus), "u-1", "Budi Santoso"), (str(corpus), 2, "Ani Lestari")]
    status, out, err = run(capsys, "extract", str(corpus))  # no 'text' field: line 1 named
    assert status == 2 and err == f"kutipan: error: {corpus}:1: text: missing (name the text's field with --text-field)\n"
    corpus.write_text(json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": ["a"]}) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "extract", str(corpus))
    assert status == 2 and f"{corpus}:2: text: expected a string" in err and out == ""


def test_csv_in_csv_out(tmp_path, capsys):
    corpus = tmp_path / "korpus.csv"
    long = "Tidak ada kutipan. " * 10_000  # over csv's default field limit of 131,072 characters
    with open(corpus, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows([["id", "text"], ["a", TEXT], ["b", OTHER + "\n" + TEXT], ["c", long]])
    out = tmp_path / "kutipan.csv"
    assert run(capsys, "extract", str(corpus), "--format", "csv", "-o", str(out))[0] == 0
    with open(out, encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [(r["id"], r["speaker"], r["text"]) for r in table] == [
        ("a", "Budi Santoso", "Kami siap,"), ("b", "Ani Lestari", "Harga akan turun,"), ("b", "Budi Santoso", "Kami siap,")]
    assert list(table[0]) == ["file", "id", "type", "text", "start", "end", "cue", "speaker", "mention", "role", "link", "confidence"]
    assert table[0]["role"] == "" and table[0]["file"] == str(corpus)
    status, _, err = run(capsys, "extract", str(corpus), "--text-field", "isi")
    assert status == 2 and f"{corpus}:1: no column 'isi' (columns: 'id', 'text')" in err


def test_folder_of_text_files(tmp_path, capsys):
    folder = tmp_path / "artikel"
    (folder / "2025").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "2025" / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "catatan.md").write_text(OTHER, encoding="utf-8")  # not a .txt file: not read
    status, out, err = run(capsys, "extract", str(folder), "--format", "quotes-jsonl")
    assert (status, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["speaker"]) for r in records] == [
        (str(folder / "2025" / "b.txt"), "Ani Lestari"), (str(folder / "a.txt"), "Budi Santoso")]


def test_docs_jsonl_loads_back(tmp_path, capsys):
    out = tmp_path / "hasil.jsonl"
    assert run(capsys, "extract", "--format", "docs-jsonl", "-o", str(out), str(EXAMPLE))[0] == 0
    text = EXAMPLE.read_text(encoding="utf-8")
    assert dict(kutipan.load_jsonl(out)) == {str(EXAMPLE): kutipan.extract(text)}
    status, _, err = run(capsys, "eval", str(out))  # a dump is scored like a gold file
    assert status == 0


def test_stdin_as_jsonl(monkeypatch, capsys):
    data = json.dumps({"id": "x", "text": TEXT}).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, err = run(capsys, "extract", "--input-format", "jsonl", "-", "--format", "csv")
    assert status == 0 and out.splitlines()[1].startswith("-,x,direct,")


def test_people_file(tmp_path, capsys):
    article = tmp_path / "berita.txt"
    article.write_text('Pakar itu hadir. "Kami siap," kata Clark.', encoding="utf-8")
    people = tmp_path / "tokoh.txt"
    people.write_bytes("\ufeff# tokoh\nDuncan Clark\n\n".encode())
    assert json.loads(run(capsys, "extract", "--format", "jsonl", str(article))[1])["speaker"] == "Clark"
    for argv in (["extract", "--people", str(people)], ["--people", str(people), "extract"]):
        status, out, _ = run(capsys, *argv, "--format", "jsonl", str(article))
        assert status == 0 and json.loads(out)["speaker"] == "Duncan Clark"
    status, _, err = run(capsys, "extract", "--people", str(tmp_path / "tidak-ada.txt"), str(article))
    assert status == 2 and "no such file" in err


def test_version_help_and_plurals(article, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out == f"kutipan {kutipan.__version__}\n"
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    shown = capsys.readouterr().out
    words = " ".join(shown.split())  # argparse wraps lines to the terminal's width
    assert "a folder, read as all its .txt files" in words  # FILE
    assert "docs-jsonl: one record per document" in words  # --format
    assert "examples:\n  kutipan extract berita.txt" in shown
    assert run(capsys, "extract", str(article))[1].startswith(f"# {article}: 1 quote, 1 speaker\n")


def test_options_before_or_after_the_command(tmp_path, article, capsys):
    folder = tmp_path / "leksikon"
    folder.mkdir()
    (folder / "cues.tsv").write_text("# bentuk\tlema\tframe\nsembur\tsembur\tinverted\n", encoding="utf-8")
    (tmp_path / "sembur.txt").write_text('"Kami siap," sembur Budi.', encoding="utf-8")
    for argv in (["--lexicon", str(folder), "extract", "--format", "jsonl"], ["extract", "--lexicon", str(folder), "--format", "jsonl"]):
        status, out, _ = run(capsys, *argv, str(tmp_path / "sembur.txt"))
        assert status == 0 and json.loads(out.splitlines()[0])["cue"] == "sembur"
    status, out, _ = run(capsys, "extract", str(tmp_path / "sembur.txt"), "--lexicon", str(folder), "--format", "jsonl")
    assert status == 0 and json.loads(out.splitlines()[0])["cue"] == "sembur"


@pytest.mark.skipif(not hasattr(Lexicon, "to_directory"), reason="Lexicon.to_directory is not in this tree yet (issue 11, lexicon work)")
def test_lexicon_export(tmp_path, article, capsys):
    folder = tmp_path / "leksikon"
    assert run(capsys, "lexicon", "export", str(folder)) == (0, "", "")
    assert (folder / "cues.tsv").exists()
    assert Lexicon.from_directory(folder).cues == Lexicon.default().cues
    assert run(capsys, "--lexicon", str(folder), "extract", str(article))[0] == 0


@pytest.mark.skipif(hasattr(Lexicon, "to_directory"), reason="Lexicon.to_directory exists: test_lexicon_export runs")
def test_lexicon_export_without_to_directory(tmp_path, capsys):
    status, _, err = run(capsys, "lexicon", "export", str(tmp_path / "leksikon"))
    assert status == 2 and "Lexicon.to_directory is missing" in err


# Issue 12, item 5: -o writes a regular file atomically, keeps its permissions, follows a symbolic
# link, refuses a FIFO or a device, takes any file name, and cleans up on signals.


def test_output_keeps_an_existing_files_mode(tmp_path, article, capsys):
    out = tmp_path / "hasil.jsonl"
    out.write_text("lama\n", encoding="utf-8")
    out.chmod(0o600)
    assert run(capsys, "extract", "-o", str(out), str(article))[0] == 0
    assert out.stat().st_mode & 0o7777 == 0o600 and out.read_text(encoding="utf-8").startswith("# ")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write any file")
def test_output_leaves_a_read_only_file(tmp_path, article, capsys):
    out = tmp_path / "hasil.jsonl"
    out.write_text("lama\n", encoding="utf-8")
    out.chmod(0o444)
    status, _, err = run(capsys, "extract", "-o", str(out), str(article))
    assert status == 2 and "Permission denied" in err and out.read_text(encoding="utf-8") == "lama\n"


def test_output_through_a_symbolic_link(tmp_path, article, capsys):
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / "hasil.txt"
    target.write_text("lama\n", encoding="utf-8")
    link = tmp_path / "tautan.txt"
    link.symlink_to(target)
    assert run(capsys, "extract", "-o", str(link), str(article))[0] == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith(f"# {article}: 1 quote")
    dangling = tmp_path / "kosong.txt"
    dangling.symlink_to(tmp_path / "data" / "baru.txt")
    assert run(capsys, "extract", "-o", str(dangling), str(article))[0] == 0
    assert dangling.is_symlink() and (tmp_path / "data" / "baru.txt").is_file()
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["baru.txt", "hasil.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_refuses_a_fifo_or_a_device(tmp_path, article, capsys):
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    for target in (str(fifo), os.devnull):
        status, _, err = run(capsys, "extract", "-o", target, str(article))
        assert status == 2 and err.startswith(f"kutipan: error: {target}: not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode) and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berita.txt", "pipa"]


def test_file_names_that_are_not_utf8(tmp_path, capsys):
    """Names the OS gives as bytes (surrogateescape): read and written; the output says U+FFFD."""
    folder = os.fsencode(tmp_path)
    try:
        with open(os.path.join(folder, b"berita-\xff.txt"), "w", encoding="utf-8") as handle:
            handle.write(TEXT)
    except OSError:
        pytest.skip("this file system takes UTF-8 names only")
    source = os.fsdecode(os.path.join(folder, b"berita-\xff.txt"))
    target = os.fsdecode(os.path.join(folder, b"hasil-\xfe.jsonl"))
    status, _, err = run(capsys, "extract", "--format", "jsonl", "-o", target, source)
    assert (status, err) == (0, "")
    with open(os.path.join(folder, b"hasil-\xfe.jsonl"), encoding="utf-8") as handle:
        assert json.loads(handle.readline())["file"] == source.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    assert sorted(os.listdir(folder)) == [b"berita-\xff.txt", b"hasil-\xfe.jsonl"]


def test_output_in_an_ascii_locale(tmp_path):
    """LANG=C makes Python's standard output ASCII; kutipan still writes its UTF-8 there."""
    (tmp_path / "berita.txt").write_text("“Kami siap,” ujar Budi Santoso.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(kutipan.__file__).parent.parent), "LC_ALL": "C", "PYTHONUTF8": "0",
           "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "kutipan", "extract", str(tmp_path / "berita.txt")], capture_output=True, env=env, timeout=60)
    assert done.returncode == 0 and "Budi Santoso" in done.stdout.decode("utf-8")


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize(("number", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (getattr(signal, "SIGHUP", 1), 129)])
def test_a_signal_leaves_no_temporary_file(tmp_path, number, status):
    """Killed while writing: the exit status of the signal, no traceback, no file left behind.

    The command is signalled once its temporary file exists, that is while it writes; the corpus is
    big enough that it is still writing then."""
    corpus = tmp_path / "korpus.jsonl"
    line = json.dumps({"text": EXAMPLE.read_text(encoding="utf-8")}) + "\n"
    corpus.write_text(line * 5_000, encoding="utf-8")  # 8 MB: seconds of work
    out = tmp_path / "hasil.jsonl"
    env = {**os.environ, "PYTHONPATH": str(Path(kutipan.__file__).parent.parent)}
    command = [sys.executable, "-m", "kutipan", "extract", "--format", "jsonl", "-o", str(out), str(corpus)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal
    try:
        for _ in range(6000):  # wait for the temporary file, polling (no timing is asserted)
            if [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] or process.poll() is not None:
                break
            time.sleep(0.01)
        assert process.poll() is None, process.stderr.read()
        process.send_signal(number)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == status
    assert b"Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["korpus.jsonl"]
