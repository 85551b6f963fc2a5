"""Blind batches of asks (tests/data/asks/blind_*.yml) stay answered: every ask the scorer passed keeps
passing; the asks still answered wrong are listed with the reason in tests/data/asks/misses/, as strict expected
failures (a listed ask that passes fails the run until its line is removed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.score_asks import judge

ASKS = Path(__file__).resolve().parent / "data" / "asks"


def _cases() -> list[Any]:
    params = []
    for path in sorted(ASKS.glob("blind_*.yml")):
        misses_file = ASKS / "misses" / path.name
        # a misses file with every line fixed holds only its comments
        misses = (yaml.safe_load(misses_file.read_text()) or {}) if misses_file.exists() else {}
        for case in yaml.safe_load(path.read_text()):
            reason = misses.get(case["id"])
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _cases())
def test_blind_ask(case: dict[str, Any]) -> None:
    verdict = judge(case)
    assert verdict.passed, "; ".join(verdict.reasons)
