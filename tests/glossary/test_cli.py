"""`pricebot lint` and `pricebot glossary` as a user runs them (the real `python -m bot`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from glossary.rules import DEFAULT_RULES_PATH
from tests.conftest import REPO


def pricebot(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, cwd=REPO, env=full_env
    )


def test_lint_clean_text_exits_0() -> None:
    result = pricebot("lint", "Provisioned throughput breaks even at sustained utilization above roughly 65%")
    assert result.returncode == 0
    assert "No field-language issues" in result.stdout


def test_lint_flagged_text_shows_phrase_suggestion_and_reason_and_exits_1() -> None:
    result = pricebot("lint", "fyi provisioned is cheaper")
    assert result.returncode == 1
    assert '"provisioned is cheaper"' in result.stdout
    assert "Provisioned throughput breaks even at sustained utilization above roughly 65%" in result.stdout
    assert "wrong half the time" in result.stdout
    assert result.stdout.startswith("1:5")


def test_lint_reads_stdin_when_text_is_absent_or_dash() -> None:
    for args in (("lint",), ("lint", "-")):
        result = pricebot(*args, stdin="Their token costs\nwent up")
        assert result.returncode == 1
        assert "token-costs" in result.stdout


def test_lint_json_gives_offsets_into_the_original_text() -> None:
    text = "Ok so *PTUs are cheaper* and AI\u00a0usage fees are up"
    result = pricebot("lint", "--json", text)
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["text"] == text
    assert [f["rule"] for f in payload["flags"]] == ["provisioned-is-cheaper", "ai-usage-fees"]
    for flag in payload["flags"]:
        assert set(flag) == {"rule", "start", "end", "matched", "suggestion", "why"}
        assert text[flag["start"] : flag["end"]] == flag["matched"]


def test_lint_json_clean_is_an_empty_list() -> None:
    result = pricebot("lint", "--json", "Inference pricing")
    assert (result.returncode, json.loads(result.stdout)["flags"]) == (0, [])


def test_lint_empty_input_is_a_usage_error() -> None:
    for args, stdin in ((("lint", ""), None), (("lint",), "  \n")):
        result = pricebot(*args, stdin=stdin)
        assert result.returncode == 2
        assert "nothing to check" in result.stderr
        assert "Traceback" not in result.stderr


def test_lint_unknown_option_is_a_usage_error() -> None:
    assert pricebot("lint", "--frobnicate", "x").returncode == 2


def test_malformed_rules_file_names_rule_and_field_through_env_and_option(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    data["rules"][6]["patterns"] = ["committed (use"]
    bad = tmp_path / "rules.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for result in (
        pricebot("lint", "token costs", env={"PRICEBOT_RULES": str(bad)}),
        pricebot("lint", "--rules", str(bad), "token costs"),
    ):
        assert result.returncode == 2
        assert "rule 'committed-use'" in result.stderr and "field 'patterns[0]'" in result.stderr
        assert "Traceback" not in result.stderr


def test_glossary_term_prints_the_entry() -> None:
    result = pricebot("glossary", "okta")
    assert result.returncode == 0
    assert "Where it breaks" in result.stdout
    assert "What does your peak-to-average inference ratio look like?" in result.stdout


def test_glossary_multi_word_term_and_list() -> None:
    assert pricebot("glossary", "concurrent", "session").returncode == 0
    listing = pricebot("glossary", "--list")
    assert listing.returncode == 0
    assert "okta-concurrent-sessions" in listing.stdout and "ptu" in listing.stdout


def test_glossary_unknown_term_suggests_and_exits_1() -> None:
    result = pricebot("glossary", "breakevn")
    assert result.returncode == 1
    assert "Did you mean: Break-even utilization?" in result.stderr


def test_glossary_without_term_is_a_usage_error() -> None:
    result = pricebot("glossary")
    assert result.returncode == 2
    assert "--list" in result.stderr
