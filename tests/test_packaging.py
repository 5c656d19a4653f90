"""Packaging (issue 11, item 7): install hints that name the library, the license.

Missing optional libraries: the ImportError names the library to install.
``pip install 'kutipan[pandas]'`` fails where kutipan was installed from a checkout, so each hint
names the library itself first, and the extra after it.
"""

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import kutipan

ROOT = Path(__file__).parent.parent
# What each check blocks, then runs; the hint must name the libraries of that extra in pyproject.toml.
CHECKS = {
    "pandas": (["pandas"], "import kutipan; kutipan.extract('\"Kami siap,\" ujar Budi.').to_dataframe()"),
    "spacy": (["spacy"], "import kutipan.integrations.spacy"),
    "stanza": (["stanza"], "import kutipan.integrations.stanza"),
    "dask": (["dask", "dask.bag", "distributed"], "import kutipan.integrations.dask"),
}
PROGRAM = """
import json, sys
blocked, code = json.loads(sys.argv[1])
for name in blocked:
    sys.modules[name] = None  # 'import name' now raises ImportError, as when it is not installed
try:
    exec(code)
except ImportError as error:
    print(str(error))
else:
    print("no error")
"""


def test_install_hints_name_the_library():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    src = str(Path(kutipan.__file__).parent.parent)
    for extra, (blocked, code) in CHECKS.items():
        done = subprocess.run(
            [sys.executable, "-c", PROGRAM, json.dumps([blocked, code])],
            capture_output=True, text=True, timeout=120, env={"PYTHONPATH": src}, check=True,
        )
        message = done.stdout.strip()
        for requirement in extras[extra]:
            library = requirement.split(">")[0].split("<")[0].split("=")[0]
            assert library in message, (extra, message)
        assert "pip install " in message and f"'kutipan[{extra}]'" in message, message
        assert message.index("pip install ") < message.index("kutipan["), message  # the library first


def test_license_file_and_metadata():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text and "END OF TERMS AND CONDITIONS" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0" and project["license-files"] == ["LICENSE"]
