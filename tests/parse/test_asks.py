"""The ask corpus (tests/data/asks/*.yml): every ask parses to its expected intent and numbers.

Each case lists the intent, every number the parser must find (and the parser must find no other
numbers), and optionally the model, provider, scenario traits, glossary term, checked text and the
fields that must be asked about rather than guessed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.parse import Ask, parse

ASKS = Path(__file__).resolve().parent.parent / "data" / "asks"
NUMERIC = {
    "units", "unit_hour_price", "tokens_per_minute_per_unit", "input_share",
    "input_rate", "output_rate", "cache_read_rate", "cache_write_rate", "rate", "per_call_fee", "prefix_tokens",
    "input_tokens_per_call", "output_tokens_per_call", "tokens_per_call", "input_tokens_per_day",
    "output_tokens_per_day", "tokens_per_day", "calls_per_day", "writes_per_day", "discount", "markup",
    "ea_discount", "hit_ratio", "peak_to_average", "utilization", "active_hours", "ttl_minutes", "cache_storage_rate",
    "context_tokens",
}


def load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(ASKS.glob("*.yml")):
        if path.name.startswith("blind_"):
            continue  # blind batches are judged on the reply by tests/test_blind_asks.py
        for case in yaml.safe_load(path.read_text()):
            case["_file"] = path.name
            cases.append(case)
    return cases


CASES = load_cases()


def _numbers(ask: Ask) -> dict[str, Any]:
    dumped = ask.fields.model_dump()
    return {k: v for k, v in dumped.items() if k in NUMERIC and v not in (None, [])}


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= abs(b) * Decimal("1e-12")


def test_corpus_is_big_and_covers_every_intent() -> None:
    assert len(CASES) >= 100
    assert {c["intent"] for c in CASES} >= {
        "quote", "break_even", "caching", "per_call", "markup", "scenario", "glossary", "fieldcheck", "help", "compare"
    }


@pytest.mark.parametrize("case", CASES, ids=[f"{c['_file']}:{c['text'][:50]}" for c in CASES])
def test_ask(case: dict[str, Any]) -> None:
    ask = parse(case["text"])
    assert ask.intent.value == case["intent"]
    assert ask.understood is case.get("understood", True)
    expected = case.get("fields", {})
    got = _numbers(ask)
    assert set(got) == set(expected), f"fields found {got}, expected {expected}"
    for name, want in expected.items():
        if isinstance(want, list):
            assert len(got[name]) == len(want)
            pairs = zip(sorted(got[name]), sorted(Decimal(str(w)) for w in want), strict=True)
            assert all(_close(g, w) for g, w in pairs), (name, got[name])
        else:
            assert _close(got[name], Decimal(str(want))), (name, got[name], want)
    for key in ("model", "provider", "term", "checked_text"):
        if key in case:
            assert getattr(ask.fields, key) == case[key]
    for trait in case.get("traits", []):
        assert trait in ask.fields.traits
    assert sorted(a.field for a in ask.ambiguities) == sorted(case.get("ambiguous", []))
