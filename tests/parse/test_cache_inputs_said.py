"""Caching and per-call inputs in reps' short forms (our own sentences, not a scored batch's): a fraction of a cent
or a million with its article left out ("quarter cent", "half million"), the context an explicit cache holds, hours
a day written "10 hrs/day", an explicit cache that lives its TTL and pays storage, and a prefix shorter than the
provider's minimum said plainly instead of asking for rates that cannot matter."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.cache_limits import below_minimum
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("vendor wants quarter cent a request, 1k in / 200 out at $1/$4", "per_call_fee", Decimal("0.0025")),
        ("half cent per call vs $0.50/$2 per token, 3:1 mix", "per_call_fee", Decimal("0.005")),
        ("half million input tokens a day and 80k out at $2/$8", "input_tokens_per_day", Decimal(500_000)),
        ("explicit cache on gemini: 60k token context, $1.25 in, $0.25 cached, 3k calls a day", "prefix_tokens",
         Decimal(60_000)),
        ("cache kept alive 12 hrs/day, 5k prefix, $3 in / $0.30 read, 2k calls a day", "active_hours", Decimal(12)),
    ],
)
def test_short_forms_are_read(text: str, name: str, value: Decimal) -> None:
    assert getattr(parse(text).fields, name) == value


def test_a_crossover_from_a_fee_said_without_its_article() -> None:
    # blended at 75% input: 0.75 x $1 + 0.25 x $3 = $1.50/1M; $0.003 x 1M / $1.50 = 2,000 tokens
    assert_figures("three tenths of a cent per call vs $1/$3 per token, 3:1 mix. crossover?", ["2,000 tokens per call"])
    assert_figures("quarter cent per call vs $0.50/$2 per token, 4:1 mix - crossover?", ["3,125 tokens per call"])


def test_an_explicit_cache_pays_storage_over_the_hours_it_is_kept() -> None:
    # 60k x $2.00/1M storage per hour x 8 h = $0.96 a day; reads save 60k x ($1.25 - $0.25)/1M x 3,000 = $180
    reply = reply_text("explicit context cache: 60k token context, input $1.25, cached read $0.25, storage $2 per "
                       "MTok per hour, kept alive 8 hrs/day, 3k calls a day. read savings vs storage?")
    assert "$0.96 a day" in reply and "$180.00" in reply
    assert "fixed" in reply  # the cache model named is the fixed-lifetime one


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("system prompt is 700 tokens on an openai model; will caching apply?", ["1,024 tokens", "700-token prefix"]),
        ("900 token prefix on sonnet 4.5 via anthropic, 50k calls a day, worth caching?", ["1,024 tokens"]),
    ],
)
def test_a_prefix_below_the_minimum_is_said_plainly(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    reply = reply_text(text)
    assert "not cached" in reply or "full input rate" in reply
    assert "tell me" not in reply.lower()  # no rates asked for: they cannot change the answer


def test_below_minimum() -> None:
    limit = below_minimum(Decimal(900), "openai", None)
    assert limit is not None and limit.min_prefix_tokens == 1024
    assert below_minimum(Decimal(1024), "openai", None) is None
    assert below_minimum(Decimal(10), None, None) is None  # an unknown provider has no minimum to compare with
