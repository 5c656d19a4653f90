"""The docs are runnable: Python blocks of docs/*.md give the output printed after them."""

import contextlib
import doctest
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kutipan

DOCS = Path(__file__).parent.parent / "docs"
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.DOTALL)
CHECKER = doctest.OutputChecker()
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def examples(page):
    """(code, expected output or None) for each ```python block, the output being a bare ``` block right after."""
    blocks = [(m.group(1), m.group(2), m.start(), m.end()) for m in BLOCK.finditer(page)]
    for (lang, code, _, end), following in zip(blocks, blocks[1:] + [None]):
        if lang == "python":
            after = following is not None and following[0] == "" and not page[end:following[2]].strip()
            yield code, following[1] if after else None


@pytest.mark.parametrize("name", ["index.md", "integrations.md"])
def test_python_blocks_print_what_the_page_shows(name, tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    shutil.copytree(DOCS / "examples", tmp_path / "docs" / "examples")
    monkeypatch.chdir(tmp_path)  # the pages run from the repository folder
    namespace: dict = {}
    for code, expected in examples((DOCS / name).read_text(encoding="utf-8")):
        if "import spacy" in code:
            pytest.importorskip("spacy")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"{name} block", "exec"), namespace)
        if expected is not None:
            assert CHECKER.check_output(expected, out.getvalue(), FLAGS), f"{name}:\n{code}\ngot:\n{out.getvalue()}"
    assert [path.name for path in tmp_path.iterdir()] == ["docs"]  # issue 11, item 7: nothing written to the repository


@pytest.mark.parametrize("name", ["constructions.md", "data-model.md", "lexicon.md", "speakers.md"])
def test_interactive_examples(name):
    page = re.sub(r"^```\w*$", "", (DOCS / name).read_text(encoding="utf-8"), flags=re.MULTILINE)  # fences end examples
    test = doctest.DocTestParser().get_doctest(page, {}, name, str(DOCS / name), 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    out = io.StringIO()
    runner.run(test, out=out.write)
    assert runner.failures == 0, out.getvalue()


def test_dask_example_runs_as_a_script(tmp_path):  # issue 11, item 7: it needs its __main__ guard
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    page = (DOCS / "performance.md").read_text(encoding="utf-8")
    code = next(code for code, _ in examples(page) if "LocalCluster" in code)
    assert 'if __name__ == "__main__":' in code
    (tmp_path / "corpus").mkdir()
    records = [{"id": "a", "text": '"Kami siap," ujar Budi.'}, {"id": "b", "text": "Tanpa kutipan."}]
    (tmp_path / "corpus" / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(code.replace("n_workers=4", "n_workers=2"), encoding="utf-8")
    src = str(Path(kutipan.__file__).parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    written = [json.loads(line) for file in sorted((tmp_path / "quotes").iterdir()) for line in file.read_text().splitlines()]
    assert [(r["id"], r["speaker"]) for r in written] == [("a", "Budi")]



def test_every_rule_name_is_in_constructions_md():
    """Each attribution rule the code can name on a quote is explained in docs/constructions.md."""
    import re

    root = Path(__file__).resolve().parents[1]
    code = "".join((root / "src" / "kutipan" / name).read_text(encoding="utf-8") for name in ("rules.py", "direct.py", "candidates.py"))
    names = set(re.findall(r'(?<!word_class\()"([a-z]+(?:_[a-z]+)+)"', (root / "src" / "kutipan" / "rules.py").read_text(encoding="utf-8")))
    names |= set(re.findall(r'rule="(\w+)"', code)) | {"previous_speaker", "continued"}
    doc = (root / "docs" / "constructions.md").read_text(encoding="utf-8")
    assert len(names) > 10 and sorted(n for n in names if f"`{n}`" not in doc and f"| {n}" not in doc) == []
