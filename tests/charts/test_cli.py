"""`pricebot chart ...` as a user runs it: a PNG file on success, exit 2 and a clear message on bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.charts.png import assert_sane_png
from tests.conftest import REPO


def pricebot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "chart", *args], capture_output=True, text=True, cwd=REPO)


def test_breakeven_chart_file(tmp_path: Path) -> None:
    out = tmp_path / "be.png"
    run = pricebot("breakeven", "--discount", "40%", "--utilization", "80", "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert str(out) in run.stdout
    assert_sane_png(out.read_bytes())


def test_caching_chart_file(tmp_path: Path) -> None:
    out = tmp_path / "caching.png"
    run = pricebot("caching", "--prefix", "4,000", "--input-rate", "$5", "--cache-read-rate", "0.5",
                   "--cache-write-rate", "6.25", "--calls-per-day", "10k", "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert_sane_png(out.read_bytes())


def test_commitment_chart_from_a_csv_profile(tmp_path: Path) -> None:
    profile = tmp_path / "load.csv"
    profile.write_text("hour,load\n" + "".join(f"{h},{10 + (h % 24) * 3}\n" for h in range(72)))
    out = tmp_path / "commitment.png"
    run = pricebot("commitment", "--profile", str(profile), "--discount", "35", "--price-per-unit-hour", "4",
                   "--unit", "PTUs", "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert_sane_png(out.read_bytes())


def test_commitment_chart_from_the_synthetic_profile(tmp_path: Path) -> None:
    out = tmp_path / "synthetic.png"
    run = pricebot("commitment", "--synthetic", "--days", "14", "--discount", "40", "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert_sane_png(out.read_bytes())


@pytest.mark.parametrize(("args", "expected"), [
    (["breakeven", "--discount", "140"], ["--discount", "'140'", "0% to <100%"]),
    (["breakeven", "--discount", "40", "--utilization", "0"], ["--utilization", "'0'", "0.001% to 100%"]),
    (["breakeven", "--discount", "40", "--utilization", "250%"], ["--utilization", "'250%'", "0.001% to 100%"]),
    (["breakeven", "--discount", "forty"], ["--discount", "'forty'", "not a number"]),
    (["caching", "--prefix", "-4000", "--input-rate", "5", "--cache-read-rate", "0.5", "--calls-per-day", "10"],
     ["--prefix", "'-4000'", "0 to 10,000,000"]),
    (["caching", "--prefix", "4000", "--input-rate", "20000", "--cache-read-rate", "0.5", "--calls-per-day", "10"],
     ["--input-rate", "'20000'", "to $10,000/MTok"]),
    (["caching", "--prefix", "4000", "--input-rate", "5", "--cache-read-rate", "0.5", "--calls-per-day", "lots"],
     ["--calls-per-day", "'lots'", "not a number"]),
    (["commitment", "--synthetic", "--discount", "100"], ["--discount", "'100'", "0% to <100%"]),
    (["commitment", "--profile", "/nonexistent/load.csv", "--discount", "40"], ["--profile", "cannot read"]),
])
def test_bad_input_names_the_option_value_and_range(tmp_path: Path, args: list[str], expected: list[str]) -> None:
    out = tmp_path / "x.png"
    run = pricebot(*args, "--out", str(out))
    assert run.returncode == 2
    for text in expected:
        assert text in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists()


def test_bad_profile_row_is_named(tmp_path: Path) -> None:
    profile = tmp_path / "load.csv"
    profile.write_text("10\n20\nabc\n")
    run = pricebot("commitment", "--profile", str(profile), "--discount", "40", "--out", str(tmp_path / "x.png"))
    assert run.returncode == 2
    assert "line 3" in run.stderr and "'abc'" in run.stderr and "not a number" in run.stderr
