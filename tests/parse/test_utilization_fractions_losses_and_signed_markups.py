"""Break-even and markup asks in shapes reps type (our own sentences): a utilization written as a slash fraction, a
utilization stated "last month", the question whether the commitment lost money (answered yes or no with the
arithmetic), and markups and EA discounts written with plus and minus signs, with or without a percent sign."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "utilization", "ratio"),
    [
        # (1 − 0.30) ÷ 0.80 = 0.875
        ("util 4/5 on PT with 30% off: cheaper than on-demand?", "80%", "87.5%"),
        # (1 − 0.20) ÷ 0.75 = 1.0667
        ("3/4 busy, provisioned at 20% off list: cost vs OD?", "75%", "106.67%"),
        # (1 − 0.45) ÷ 0.50 = 1.10
        ("PTUs 45% discount, running at 1/2 of capacity. how do we compare with on-demand?", "50%", "110%"),
        # (1 − 0.25) ÷ 0.7 = 1.0714
        ("discount 25, utilisation 7/10 - worth it?", "70%", "107.14%"),
    ],
)
def test_a_utilization_written_as_a_slash_fraction(text: str, utilization: str, ratio: str) -> None:
    reply = _reply(text)
    assert f"At {utilization} utilization: cost vs on-demand" in reply
    assert f"({ratio} of the on-demand cost)" in reply


@pytest.mark.parametrize(
    "text",
    [
        "quote 3/15 for 10M in and 2M out a day",  # a rate pair, not a load
        "24/7 usage, 30% off provisioned, what's the break-even?",  # a schedule, not a share
    ],
)
def test_a_slash_pair_that_is_not_a_load_is_not_a_utilization(text: str) -> None:
    assert parse(text).fields.utilization == []


@pytest.mark.parametrize(
    ("text", "utilization"),
    [
        ("PT discount 35%; utilization last quarter came in at 58%. were we underwater?", "0.58"),
        ("we pay 25% under on-demand for our PTUs and usage last month was 71%", "0.71"),
    ],
)
def test_a_utilization_stated_for_last_month_is_still_the_utilization(text: str, utilization: str) -> None:
    assert parse(text).fields.utilization == [Decimal(utilization)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # (1 − 0.40) ÷ 0.50 = 1.2: above on-demand, so yes
        ("40% off provisioned and we only hit 50% util. are we losing money vs on-demand?",
         "*Yes:* at that utilization provisioned costs 1.2× on-demand (120% of the on-demand cost), more than the "
         "same tokens on-demand"),
        # (1 − 0.35) ÷ 0.80 = 0.8125: below, so no
        ("our PTU discount is 35% and utilisation averaged 80% last month - did we lose money?",
         "*No:* at that utilization provisioned costs 0.8125× on-demand (81.25% of the on-demand cost), less than the "
         "same tokens on-demand"),
        # (1 − 0.30) ÷ 0.60 = 1.1667
        ("30% discount on PT, 3/5 utilized. did we end up paying more than on-demand?",
         "*Yes:* at that utilization provisioned costs 1.1667× on-demand (116.67% of the on-demand cost)"),
        # (1 − 0.25) ÷ 0.75 = 1: exactly break-even
        ("25% off, util was 75% -- are we underwater on this commitment?",
         "*No:* at that utilization provisioned costs 1× on-demand (100% of the on-demand cost), exactly what the same "
         "tokens cost on-demand"),
    ],
)
def test_whether_the_commitment_lost_money_is_answered_yes_or_no(text: str, first: str) -> None:
    reply = _reply(text)
    assert first in reply
    assert "break-even utilization = 1 − discount" in reply.lower()


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        # 1.20 × 0.90 − 1 = 8%
        ("bedrock list +20, edp -10. effective markup?", "8%"),
        # 1.15 × 0.95 − 1 = 9.25%
        ("markup: +15, EA: −5, real uplift?", "9.25%"),
        # 1.32 × 0.88 − 1 = 16.16%
        ("vertex list +32%, enterprise discount -12% -> net?", "16.16%"),
        # 1.18 × 0.94 − 1 = 10.92%
        ("list +18 and EA -6 on azure, what's the effective markup", "10.92%"),
    ],
)
def test_markups_and_ea_discounts_written_with_signs(text: str, effective: str) -> None:
    reply = _reply(text)
    assert f"− 1 = *{effective}*." in reply
    assert "out of range" not in reply


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # 3 × $20 × 730 = $43,800 against 12B × $3/M = $36,000: 1.2167
        ("we have 3 units at $20/hr each, at full load they serve 12B tokens a month, blended on-demand $3/M. are we "
         "losing money vs on-demand?", "*Yes:* on these bills provisioned costs 1.2167× on-demand"),
        # 5 × $8 × 730 = $29,200 against 5 × 3M × 730 × 0.7 × $4/M = $30,660: 0.9524
        ("5 PTUs at $8 per unit-hour, each serves 3M tokens/hour, 70% utilization, $4/M blended. did we lose money vs "
         "on-demand?", "*No:* at that utilization provisioned costs 0.9524× on-demand"),
    ],
)
def test_whether_units_bought_by_the_hour_lost_money(text: str, first: str) -> None:
    assert first in _reply(text)


@pytest.mark.parametrize(
    ("text", "markup", "ea"),
    [
        ("azure markup 18 EA 7 effective?", "0.18", "0.07"),
        ("bedrock: markup 25 edp 10, net markup?", "0.25", "0.1"),
        ("premium 12 EA 4 - all-in markup?", "0.12", "0.04"),
    ],
)
def test_a_bare_markup_followed_by_a_bare_ea_discount(text: str, markup: str, ea: str) -> None:
    fields = parse(text).fields
    assert (fields.markup, fields.ea_discount) == (Decimal(markup), Decimal(ea))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # (1 − 0.28) ÷ 0.70 = 1.0286: not below on-demand
        ("PT break-even check: 28% discount, util averaging 0.7. did it pay off?",
         "*No:* at that utilization provisioned costs 1.0286× on-demand"),
        # (1 − 0.40) ÷ 0.80 = 0.75
        ("will the commitment actually save them anything at 80% utilisation and 40% off?",
         "*Yes:* at that utilization provisioned costs 0.75× on-demand"),
    ],
)
def test_whether_it_paid_off_asked_outright(text: str, first: str) -> None:
    assert first in _reply(text)


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        ("list 20, EA 5 -> effective?", "14%"),  # 1.20 × 0.95 − 1
        ("hyperscaler list price is 25 over direct and the EA is 10 off. net markup please", "12.5%"),  # 1.25 × 0.9 − 1
        ("Azure: +20% list, -8% EA. are we still paying more than direct?", "10.4%"),  # 1.20 × 0.92 − 1
    ],
)
def test_markups_said_tersely_without_percent_signs_or_with_the_sign_first(text: str, effective: str) -> None:
    assert f"− 1 = *{effective}*" in _reply(text)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # 31M / 50M = 62% against a 70% break-even: (1 − 0.30) ÷ 0.62 = 1.129, so not above
        ("bought PT sized for 50M tokens a day, averaging 31M/day, 30% off, are they above break-even?",
         "*No:* at that utilization provisioned costs 1.129× on-demand"),
        # (1 − 0.40) ÷ 0.55 = 1.0909: below break-even, so yes
        ("we're at 55% util on PTUs with 40% off, are we below break even?",
         "*Yes:* at that utilization provisioned costs 1.0909× on-demand"),
        # (1 − 0.35) ÷ 0.80 = 0.8125: not under break-even
        ("35% off provisioned, they run at 80% utilisation - is the commitment under break-even?",
         "*No:* at that utilization provisioned costs 0.8125× on-demand"),
    ],
)
def test_whether_they_are_above_or_below_break_even_is_answered_yes_or_no(text: str, first: str) -> None:
    assert first in _reply(text)


@pytest.mark.parametrize(
    ("text", "utilization", "ratio", "verdict"),
    [
        # a customer's words: "maybe half capacity" beside "30% below on-demand" is 50% used, not a second discount:
        # (1 − 0.30) ÷ 0.50 = 1.4× → 40% above on-demand (behind)
        ('Bedrock PT comes in 30% below on-demand. their lead said "we\'ll be at maybe half capacity most days." '
         "ahead or behind?", "50%", "1.4×", "40% above on-demand"),
        # "a third of capacity": (1 − 0.40) ÷ 0.3333 = 1.8×
        ("PTUs are 40% off. they said they'd run at about a third of capacity. ahead or behind?", "33.33%", "1.8×",
         "80% above on-demand"),
        # "use maybe two-thirds of it": (1 − 0.25) ÷ 0.6667 = 1.125×
        ('provisioned is 25% cheaper than on-demand; the customer reckons "we\'ll use maybe two-thirds of it". '
         "worth it?", "66.67%", "1.125×", "12.5% above on-demand"),
        # ahead: (1 − 0.45) ÷ 0.60 = 0.9167×
        ("provisioned 45% off, running at maybe 60% capacity. ahead?", "60%", "0.9167×", "8.33% below on-demand"),
    ],
)
def test_utilization_said_as_a_share_of_capacity(text: str, utilization: str, ratio: str, verdict: str) -> None:
    reply = _reply(text)
    for figure in (f"At {utilization} utilization", ratio, verdict, "Break-even utilization"):
        assert figure in reply, reply
    assert "% discount: break-even" not in reply, reply


def test_a_capacity_discount_stays_a_discount() -> None:
    # "30% capacity discount" names what is discounted: the discount, with the utilization said apart
    fields = parse("provisioned gets a 30% capacity discount; they'd run at 80%. cheaper than on-demand?").fields
    assert fields.discount == Decimal("0.3")
    assert fields.utilization == [Decimal("0.8")]


@pytest.mark.parametrize(
    ("text", "utilization", "ratio"),
    [
        # "hit" as a verb with no cache in the ask: (1 − 0.25) ÷ 0.60 = 1.25×
        ("discount is a quarter. break-even, and what if they only hit 60%?", "60%", "1.25×"),
        # "use them about half the time": (1 − 0.25) ÷ 0.50 = 1.5×
        ('client quote: "we\'d use them about half the time". PTU discount 25%. still cheaper?', "50%", "1.5×"),
        # the engine's letters: d = 0.3, u = 0.6 → (1 − 0.30) ÷ 0.60 = 1.1667×
        ("PT offer d=0.3; they expect u=0.6. BE and cost vs OD?", "60%", "1.1667×"),
    ],
)
def test_utilization_said_as_reps_say_it(text: str, utilization: str, ratio: str) -> None:
    reply = _reply(text)
    assert f"At {utilization} utilization" in reply, reply
    assert ratio in reply, reply


def test_a_cache_hit_rate_stays_a_hit_rate() -> None:
    # "hit 60% on the cache" is the cache's hit rate, not a utilization
    fields = parse("caching: if they hit 60% on the cache with 4k prefix, $3 in, $0.30 read, 10k calls a day, "
                   "saving?").fields
    assert fields.hit_ratio == Decimal("0.6")
    assert fields.utilization == []
