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


def test_ask_prints_plain_text_and_mrkdwn_only_on_request() -> None:
    ask = "Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, 10k calls a day?"
    env = {"PRICEBOT_DB": str(REPO / "no-such-dir" / "x.db"), "PATH": "", "NO_COLOR": "1"}
    plain = subprocess.run([sys.executable, "-m", "bot", "ask", ask], capture_output=True, text=True, cwd=REPO,
                           env=env).stdout
    assert "= $0.018\n" in plain and "Prompt caching\n" in plain
    assert "*" not in plain.replace("×", "") and "&gt;" not in plain and "&lt;" not in plain
    assert not any(line.startswith("_") or line.endswith("_") for line in plain.splitlines())
    raw = subprocess.run([sys.executable, "-m", "bot", "ask", "--mrkdwn", ask], capture_output=True, text=True,
                         cwd=REPO, env=env).stdout
    assert "*$0.018*" in raw and "*Prompt caching*" in raw
