"""The command line as a user meets it."""

from __future__ import annotations

import subprocess
import sys

from bot.cli import build_parser, command_modules
from tests.conftest import REPO


def test_help_lists_every_subcommand() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "--help"], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    for name in command_modules():
        assert name in out


def test_every_command_is_documented_in_readme() -> None:
    readme = (REPO / "README.md").read_text()
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"pricebot {name}" in readme, f"README does not document `pricebot {name}`"


def test_output_cut_short_by_the_reader_is_not_a_traceback() -> None:
    # `pricebot lint --json < big.txt | head -c 1`: the pipe closes before the answer (larger than the pipe's
    # buffer, since the JSON echoes the text) is written.
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "lint", "--json", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(b"Input token costs are fine. " * 20_000)
    proc.stdin.close()
    proc.stdout.read(1)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err

