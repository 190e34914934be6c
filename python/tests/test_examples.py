"""Every example in examples/python runs and prints what docs/PYTHON.md says it prints."""

import pathlib
import subprocess
import sys

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples" / "python"

EXPECTED = {
    "quickstart.py": ["ok {'total': 12.0, 'biggest': 'b'}", "stdout: 2 orders", "killed instructions",
                      "error ValueError line 1"],
    "agent_loop.py": ["step 1: ok: {'hits': ['The Rust Book', 'Rust in Action']}",
                      "step 2: error: ValueError: tool \"search\" raised ValueError: q must be a string"],
    "swarm.py": ["101 results; sum of squares 328350", "spin: instructions"],
}


def test_every_example_is_covered():
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs(name, tmp_path):
    out = subprocess.run([sys.executable, str(EXAMPLES / name)], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    for want in EXPECTED[name]:
        assert want in lines, (want, out.stdout)
