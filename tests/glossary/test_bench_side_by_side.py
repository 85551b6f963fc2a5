"""`bench.bench_lint --baseline REV` loads a commit's linter beside this tree's: the commit's package, under another
name and with its own rules, coaches as that commit did, and a second commit loaded after it is really that one."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.bench_lint import baseline_lint

# the commit before a short heading under a line ending in a colon was read as the subject of the items below it
BEFORE_HEADINGS_UNDER_A_LINE = "29815ac12b547daeadc0c923d29342e36d71bfe1"
HEADING_UNDER_A_LINE = "Recap from the Contoso sync:\nPrompt caching:\n- halves what they pay each month"


def test_a_commits_linter_loads_beside_this_one_and_coaches(tmp_path: Path) -> None:
    lint = baseline_lint("HEAD", tmp_path)
    assert [flag.rule for flag in lint("Provisioned is cheaper, ship it.")] == ["provisioned-is-cheaper"]
    assert [flag.rule for flag in lint("Caching saves money.")] == ["caching-saves-money"]
    assert lint("Inference pricing is the term procurement uses.") == []
    assert str(tmp_path) not in sys.path


def test_each_commit_loaded_is_its_own_linter(tmp_path: Path) -> None:
    older = baseline_lint(BEFORE_HEADINGS_UNDER_A_LINE, tmp_path / "older")
    newer = baseline_lint("HEAD", tmp_path / "newer")
    assert "caching-saves-money" not in [flag.rule for flag in older(HEADING_UNDER_A_LINE)]
    assert "caching-saves-money" in [flag.rule for flag in newer(HEADING_UNDER_A_LINE)]
    assert [flag.rule for flag in older("Provisioned is cheaper, ship it.")] == ["provisioned-is-cheaper"]
