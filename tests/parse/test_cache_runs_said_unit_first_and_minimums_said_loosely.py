"""Caching asks as a new user writes them (our own sentences): a unit of work's calls said with the plural unit first
("agent runs 10 calls each", "1,000 agent runs a day of 6 calls each", "5 calls per agent run") and a provider's
minimum cacheable prefix said loosely ("the provider's minimum is 1,024", "a 1,024-token minimum")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text

_RATES = "$2/M input, $0.20/M cache reads, $2.50/M writes"


@pytest.mark.parametrize(
    ("text", "calls", "writes"),
    [
        (f"research agent runs 8 calls each; the first call writes a 12k prefix, the others hit; 1,500 runs a day. "
         f"{_RATES}", Decimal(12_000), Decimal(1_500)),
        (f"support sessions are about 4 turns each, the first turn writes the 6k prefix; 2,500 sessions a day. "
         f"{_RATES}",
         Decimal(10_000), Decimal(2_500)),
        (f"3,000 agent runs a day of 5 calls each; the first call in each run writes the 10k prefix and the rest hit. "
         f"{_RATES}", Decimal(15_000), Decimal(3_000)),
        (f"4 calls per agent run, 1 write per run, 2,000 runs a day, 10k prefix. {_RATES}", Decimal(8_000),
         Decimal(2_000)),
    ],
)
def test_runs_said_unit_first_count_every_call_and_one_write_per_run(text: str, calls: Decimal,
                                                                      writes: Decimal) -> None:
    fields = parse(text).fields
    assert (fields.calls_per_day, fields.writes_per_day) == (calls, writes)


def test_runs_said_unit_first_answered() -> None:
    # 12,000 calls, 1,500 writes, 10,500 hits; hit saves 12,000 x $1.80/1M = $0.0216 -> $226.80;
    # write premium 12,000 x $0.50/1M = $0.006 -> $9.00; net $217.80 a day
    assert_figures(f"research agent runs 8 calls each; the first call writes a 12k prefix, the others hit; 1,500 "
                   f"runs a day. {_RATES}. monthly saving?", ["10,500 hits", "1,500 writes", "$217.80"])
    reply = reply_text(f"4 calls per agent run, 1 write per run, 2,000 runs a day, 10k prefix. {_RATES}")
    assert "Not used" not in reply


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        # near-misses: the forms that already worked, and calls a day with no unit of work
        (f"each agent run makes 8 calls, first call writes a 12k prefix, others hit; 1,500 runs a day. {_RATES}",
         Decimal(12_000)),
        (f"12k prefix, 1,500 calls a day, 90% hits. {_RATES}", Decimal(1_500)),
        (f"8 calls per run, 1,500 runs a day, 12k prefix, 90% hits. {_RATES}", Decimal(12_000)),
    ],
)
def test_calls_said_otherwise_unchanged(text: str, calls: Decimal) -> None:
    assert parse(text).fields.calls_per_day == calls


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("prefix 900 tokens, the provider's minimum is 2,048, 8k calls a day, $2/M in, $0.20/M cache reads, 90% hits",
         Decimal(2_048)),
        ("our 900-token prefix vs a 2,048-token minimum on bedrock, 8k calls a day, $2/M in, $0.20/M cache reads, "
         "90% hits", Decimal(2_048)),
        ("900 token prefix; the model's minimum of 1,024 tokens applies. 8k calls a day, $2/M in, $0.20/M cache reads",
         Decimal(1_024)),
    ],
)
def test_a_minimum_said_loosely_is_the_minimum_cacheable_prefix(text: str, minimum: Decimal) -> None:
    assert parse(text).fields.min_prefix_tokens == minimum


def test_a_prefix_below_a_loosely_said_minimum_shows_no_saving() -> None:
    reply = reply_text("prefix 900 tokens, the provider's minimum is 2,048, 8k calls a day, $2/M in, $0.20/M cache "
                       "reads, 90% hits")
    assert "below the minimum cacheable prefix of 2,048 tokens" in reply
    assert "a month" not in reply and "Not used" not in reply


def test_a_prefix_above_a_loosely_said_minimum_uses_it() -> None:
    reply = reply_text("our 3,000-token prefix vs a 2,048-token minimum, 8k calls a day, $2/M in, $0.20/M cache reads, "
                       "90% hits")
    assert "at or above the minimum cacheable prefix of 2,048 tokens" in reply
    assert "minimum cacheable prefix unknown" not in reply


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a minimum that is no prefix threshold
        "provisioned: 2 units at $40 an hour, the provider's minimum is 1 month, 3M tokens a day, 2k prefix",
        "20k prefix, minimum spend $5,000 a month, 10k calls a day, $3/M input, $0.30/M cache reads",
    ],
)
def test_other_minimums_are_not_a_prefix_minimum(text: str) -> None:
    assert parse(text).fields.min_prefix_tokens is None
