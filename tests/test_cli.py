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
