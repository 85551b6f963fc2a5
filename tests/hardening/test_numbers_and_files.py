"""Extreme numbers and hostile files get a message naming the field and its allowed range (exit 2), never a
traceback, an apology or a number that is not the one computed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import router
from tests.conftest import REPO

HUGE_COUNT = "12345678901234567890123456789"  # 29 digits: one more than the default decimal context holds


def pricebot(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=REPO,
                          input=stdin, timeout=120)


@pytest.mark.parametrize(
    ("ask", "named"),
    [
        (f"{HUGE_COUNT} calls a day, 4k in 400 out at $3/$15 per 1M", f"Calls per day {int(HUGE_COUNT):,}"),
        ("40% discount, 1e-24% utilization", "Utilization 0.000000000000000000000001%"),
        ("40% discount, 0.000000000000000000000001% utilization", "Utilization 0.000000000000000000000001%"),
        ("1e999999999 calls a day, 4k in 400 out at $3/$15 per 1M", "Calls per day 1E+999999999"),
        ("40% discount, 1e999999999% utilization", "Utilization 1E+999999999%"),
        ("vendor wants $1e999999999 a call, prompts are ~2k in / 400 out at $3/$15 per 1M",
         "Fee per call $1E+999999999"),
        ("40% discount, peak to average 1e999999999x", "Peak to average 1E+999999999"),
    ],
)
def test_an_extreme_number_gets_the_range_message_naming_its_field(ask: str, named: str) -> None:
    reply = router.answer(ask)
    assert "internal_error" not in reply.data
    assert named in reply.text and "out of range: allowed" in reply.text, reply.text


def test_the_cli_exits_1_on_a_refused_number() -> None:
    """`pricebot ask` exits 1 when its reply reports a value out of range (README's exit codes); 2 is for usage
    errors and messages with no pricing question."""
    run = pricebot("ask", f"{HUGE_COUNT} calls a day, 4k in 400 out at $3/$15 per 1M")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Calls per day" in run.stdout and "Traceback" not in run.stderr


def test_a_tiny_utilization_is_shown_as_computed_never_as_zero() -> None:
    reply = router.answer("40% discount on PTUs, 0.001% utilization")
    assert "At 0.001% utilization" in reply.text and "At 0% utilization" not in reply.text
    assert "÷ 0.001% = 60,000" in reply.text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["breakeven", "--discount", "40", "--utilization", "1e-31"], "--utilization '1e-31': is out of range"),
        (["breakeven", "--discount", "1e999999999"], "--discount '1e999999999': is out of range"),
    ],
)
def test_chart_options_with_extreme_numbers(tmp_path: Path, args: list[str], expected: str) -> None:
    run = pricebot("chart", *args, "--out", str(tmp_path / "c.png"))
    assert run.returncode == 2 and expected in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def _commitment(profile: Path | str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return pricebot("chart", "commitment", "--discount", "40", "--profile", str(profile),
                    "--out", str(tmp_path / "c.png"))


def test_a_profile_row_too_large_is_named_by_line(tmp_path: Path) -> None:
    profile = tmp_path / "p.csv"
    profile.write_text("10\n1e999999999\n")
    run = _commitment(profile, tmp_path)
    assert run.returncode == 2 and "line 2" in run.stderr and "out of range" in run.stderr, run.stderr


@pytest.mark.parametrize("kind", ["binary", "too large", "too many rows", "long line", "device", "directory"])
def test_a_hostile_profile_is_refused_with_a_message(tmp_path: Path, kind: str) -> None:
    profile: Path | str = tmp_path / "p.csv"
    assert isinstance(profile, Path)
    if kind == "binary":
        profile.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
        expected = "binary"
    elif kind == "too large":
        with profile.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
            f.truncate(200 * 1024 * 1024)
        expected = "too large"
    elif kind == "too many rows":
        profile.write_text("1\n" * 100_001)
        expected = "too many hours"
    elif kind == "long line":
        profile.write_text("1" * 5_000 + "\n")
        expected = "too long"
    elif kind == "device":
        profile = os.devnull
        expected = "not a regular file"
    else:
        profile = tmp_path
        expected = "not a regular file"
    run = _commitment(profile, tmp_path)
    assert run.returncode == 2 and expected in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


ALIAS_BOMB = "\n".join(
    ["version: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    + ["rules: *i"]
) + "\n"


@pytest.mark.parametrize("kind", ["alias bomb", "device", "too large", "not utf-8"])
def test_a_hostile_rules_file_is_refused_naming_the_file(tmp_path: Path, kind: str) -> None:
    rules = tmp_path / "rules.yaml"
    if kind == "alias bomb":
        rules.write_text(ALIAS_BOMB)
        expected = "anchor or alias (&a) at line 2"
    elif kind == "device":
        rules = Path("/dev/zero")
        expected = "not a regular file"
    elif kind == "too large":
        rules.write_text("# padding\n" * 200_000)
        expected = "too large"
    else:
        rules.write_bytes(b"version: 1\nrules: \xff\xfe\n")
        expected = "not UTF-8"
    run = pricebot("lint", "--rules", str(rules), stdin="provisioned is cheaper")
    assert run.returncode == 2, run.stdout + run.stderr
    assert f"rules file {rules}" in run.stderr and expected in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
