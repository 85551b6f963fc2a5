"""What a rep types on a phone: "biz hours (10h)" and "business hours only (10 hours)" are the hours the traffic runs;
"spending 40k/mo" is dollars; a model typed without its hyphen ("gpt4o") is the catalog's row; a spend "on gpt-4o
through azure" is the hyperscaler's bill."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


@pytest.mark.parametrize("hours", ["biz hours (10h)", "biz hrs (10h)", "business hours only (10 hours)"])
def test_business_hours_in_brackets_are_the_active_hours(hours: str) -> None:
    fields = parse(f"caching q - 20k tok system prompt, 900 calls/hr {hours}, 5 min ttl. savings/day?").fields
    assert fields.active_hours == 10
    assert fields.calls_per_day == 9000


def test_a_spend_said_by_its_verb_is_dollars_and_the_hyperscalers_bill() -> None:
    text = router.answer("cust spending 50k/mo on gpt4o thru azure, markup like 20%, EA 10 pct. effective markup n "
                         "what would direct cost", rate_cards={}).text
    # (1 + 20%) × (1 − 10%) − 1 = 8%; $50,000 ÷ 1.08 = $46,296.30
    assert "*8%*" in text
    assert "$50,000.00 a month on the hyperscaler ÷ (1 + 8%) = *$46,296.30*" in text


def test_a_model_typed_without_its_hyphen_is_the_catalogs_row() -> None:
    assert parse("gpt4o, 2M in / 500k out a day. daily cost?").fields.model in ("gpt4o", "gpt-4o")
    text = router.answer("gpt4o, 2M in / 500k out a day. daily cost?", rate_cards={}).text
    assert "did you mean" not in text
    assert "Per day: $5.00 + $5.00 = *$10.00*" in text  # 2M × $2.50/1M + 500k × $10/1M


def test_a_count_said_by_the_verb_of_spending_without_a_scale_stays_unread() -> None:
    assert parse("they are spending 40 hours a week on this").fields.on_demand_spend is None
    assert parse("spending 3 calls a day").fields.hyperscaler_spend != Decimal(3)


@pytest.mark.parametrize(("said", "calls"), [("a dozen", 96), ("half a dozen", 48), ("two dozen", 192)])
def test_dozens_are_counts(said: str, calls: int) -> None:
    fields = parse(f"about {said} questions an hour, arriving at random, only during the 8-hour business day. 8k "
                   "preamble, $3/M in, $0.30 cached. writes?").fields
    assert fields.calls_per_day == calls


@pytest.mark.parametrize(("said", "title"), [("whats a p t u again", "PTU (Provisioned Throughput Unit)"),
                                             ("what does the t.t.l. mean for caching", "TTL (cache lifetime)")])
def test_an_acronym_spelt_letter_by_letter_is_the_term(said: str, title: str) -> None:
    assert title in router.answer(said, rate_cards={}).text
