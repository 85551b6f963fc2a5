"""`bench.bench_lint --baseline REV` loads a commit's linter beside this tree's: the commit's package, under another
name and with its own rules, coaches as the linter does."""

from __future__ import annotations

from pathlib import Path

from bench.bench_lint import baseline_lint


def test_a_commits_linter_loads_beside_this_one_and_coaches(tmp_path: Path) -> None:
    lint = baseline_lint("HEAD", tmp_path)
    assert [flag.rule for flag in lint("Provisioned is cheaper, ship it.")] == ["provisioned-is-cheaper"]
    assert [flag.rule for flag in lint("Caching saves money.")] == ["caching-saves-money"]
    assert lint("Inference pricing is the term procurement uses.") == []
    assert (tmp_path / "glossary_baseline" / "rules.yaml").is_file()
