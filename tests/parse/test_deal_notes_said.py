"""More commitment and hyperscaler asks in reps' words (our own sentences, each of a class batch 13 found misread):
a two-word number before "percent", a load profile's on-demand unit-hour price said as a cost or set against the
committed one, a markup said as what the hyperscaler costs more, a direct rate pair named before a hyperscaler's, two
clouds each with its own markup and EA discount, a direct spend with its period said first, and a procurement note's
commitment value against its forecast on-demand consumption."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "discount", "utilization"),
    [
        ("discount of thirty five percent and utilisation of about sixty one percent. worth it?", "0.35", "0.61"),
        ("PTUs at forty four percent off, running at eighty two percent. saving?", "0.44", "0.82"),
    ],
)
def test_a_two_word_number_before_percent_is_one_number(text: str, discount: str, utilization: str) -> None:
    fields = parse(text).fields
    assert str(fields.discount) == discount
    assert [str(u) for u in fields.utilization] == [utilization]


@pytest.mark.parametrize(
    ("text", "commit", "day"),
    [
        # commit at the load exceeded in ≥ 60% of hours: 4 units; 24 × 0.6 × 4 × $50 = $2,880 + (9 − 4) × 6 × $50
        # = $1,500 -> $4,380
        ("daily profile: 6 hrs at 9 units, 12 hrs at 4 units, 6 hrs at 1 unit. a unit of load costs $50/hr on "
         "demand; provisioned units are $30/hr (40% off). commit how many, and the cost per day?", "4 units",
         "$4,380.00"),
        # 50 units for 12 h, 20 for the other 12; commit 20 at 30% off: 24 × 0.7 × 20 × $8 = $2,688 + 30 × 12 × $8
        # = $2,880 -> $5,568
        ("Their load is 50 units for 12 hours and 20 units for the other 12. Reserved is 30% off: $5.60 per unit-hour "
         "vs $8 on-demand. What should they commit and what's the daily bill?", "20 units", "$5,568.00"),
    ],
)
def test_a_load_profiles_on_demand_unit_price_is_the_dearer_one(text: str, commit: str, day: str) -> None:
    reply = _reply(text)
    assert f"*{commit}*" in reply
    assert f"= *{day}*" in reply


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        # 1.35 × 0.8 − 1 = 8%: the two figures are the same markup
        ('Procurement keeps saying "it costs us 35% more through Vertex". the list delta really is 35% and the EA is '
         "20%. what is the real number?", "8%"),
        # 1.22 × 0.9 − 1 = 9.8%
        ("list delta is 22% vs direct and the EDP takes 10% off. effective?", "9.8%"),
    ],
)
def test_a_markup_said_as_what_the_hyperscaler_costs_more(text: str, effective: str) -> None:
    assert f"− 1 = *{effective}*" in _reply(text)


def test_a_direct_pair_named_before_the_hyperscalers_pair() -> None:
    # 2.40 ÷ 2 − 1 = 20%; 1.2 × 0.95 − 1 = 14%; $2 × 1.14 = $2.28, $8 × 1.14 = $9.12
    reply = _reply("direct rates $2 in / $8 out; Vertex lists it at $2.40 / $9.60 and their EA is 5%. effective "
                   "markup and rates?")
    assert "$2.40/1M ÷ $2.00/1M direct − 1 = *20%*" in reply
    assert "= *14%*" in reply
    assert "*$2.28/1M*" in reply and "*$9.12/1M*" in reply
    assert "Which input rate" not in reply


def test_two_clouds_each_with_its_own_markup_and_ea_discount() -> None:
    # Azure 1.18 × 0.9 − 1 = 6.2%; Bedrock 1.30 × 0.85 − 1 = 10.5%
    reply = _reply("comparing Azure (list +18%, EA 10%) with Bedrock (list +30% over direct, EDP 15%). which is "
                   "cheaper after discounts?")
    assert "(1 + 18%) × (1 − 10%) − 1 = *6.2%*" in reply
    assert "(1 + 30%) × (1 − 15%) − 1 = *10.5%*" in reply
    assert "Which list markup" not in reply


@pytest.mark.parametrize(
    ("text", "hosted"),
    [
        # $500k × (1.2 × 0.9) = $540,000 a year
        ("annual direct spend is $500k; Azure runs 20% over with a 10% EA. what's the year on Azure?",
         "*$540,000.00* a year"),
        # $90k × (1.25 × 0.88) = $99,000 a quarter
        ("quarterly direct-equivalent ~$90k, markup 25%, EA 12%. cost of the quarter through the hyperscaler?",
         "*$99,000.00* a quarter"),
    ],
)
def test_a_direct_spend_with_its_period_said_first(text: str, hosted: str) -> None:
    reply = _reply(text)
    assert hosted in reply
    assert "Not used in these figures" not in reply


def test_a_procurement_notes_commitment_against_its_forecast_consumption() -> None:
    text = ("From their procurement sheet:\n  Commitment amount: $240,000\n  Discount vs list: 25%\n"
            "  Expected on-demand consumption over the term: $200,000\nwhat utilization is that, and are they ahead?")
    reply = _reply(text)
    assert "$240,000.00 ÷ (1 − 25%) = $320,000.00" in reply
    assert "= *62.5%*, below the 75% break-even" in reply
    assert "*$40,000.00 more* than on-demand" in reply


@pytest.mark.parametrize(
    "text",
    [
        "support RAG: 10k-token preamble, $3 input model, reads at 10%, writes at 125%, 5,000 calls/day, 90% hit. net?",
        "agentic RAG, 16k preamble on a $5 input model; reads 10% of input, writes 125%; 1,500 calls/day at 95% hit. "
        "net/day?",
    ],
)
def test_cache_prices_beside_a_prefix_are_the_caching_figure_whatever_names_them(text: str) -> None:
    from bot.parse import Intent

    assert parse(text).intent is Intent.CACHING


@pytest.mark.parametrize(
    "text",
    [
        # a price cut they need is the discount, not a saving to reach
        "they need 40% off on-demand to make PTUs work at 70% util. break-even?",
        # the whole reservation period's on-demand spend is the traffic's, not the capacity's at full use
        "on-demand spend for the whole reservation period is $200k; 30% off, 80% util. new bill?",
    ],
)
def test_a_discount_and_a_period_are_not_read_as_a_saving_or_the_whole_capacity(text: str) -> None:
    ask = parse(text)
    assert ask.fields.target_saving is None and ask.fields.discount is not None
    assert "for the full capacity" not in _reply(text)


@pytest.mark.parametrize(
    ("text", "bill"),
    [
        # $90,000 × 0.65 ÷ 0.8 = $73,125 a quarter
        ("last quarter their on-demand bill was $90k. 35% off provisioned at 80% util: what would the quarter have "
         "cost?", "*$73,125.00* a quarter"),
        # $40,000 × 0.7 ÷ 0.875 = $32,000 a month
        ("Last month, the PAYG spend came to $40,000. At 30% off and 87.5% utilisation, what would that month have "
         "been?", "*$32,000.00* a month"),
    ],
)
def test_an_on_demand_bill_after_the_period_it_covered(text: str, bill: str) -> None:
    reply = _reply(text)
    assert bill in reply
    assert "Not used in these figures" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "Initech wants its production agent fleet on PTUs sized for peak at 30% off. Should they?",
        "mature production RAG service; they'd reserve capacity to cover the peak, 40% discount on offer. good idea?",
    ],
)
def test_capacity_sized_for_peak_at_a_discount_is_the_break_even_however_described(text: str) -> None:
    from bot.parse import Intent

    ask = parse(text)
    assert ask.intent is Intent.BREAK_EVEN
    assert "peak-to-average" in _reply(text)


@pytest.mark.parametrize(
    ("text", "profile", "commit"),
    [
        # commit at the load exceeded in at most 1 − 40% = 60% of hours: 30 units (80 is exceeded only 12 of 24)
        ("load is 80 units for half the day and 30 units the other half; 40% off. commit level?",
         [(80, 12), (30, 12)], "*30 units*"),
        # at 50% off commit at the load exceeded in ≥ 50% of hours: 60 units runs 18 of 24
        ("60 units for three quarters of the day, 10 units the other quarter; 50% discount. how many to commit?",
         [(60, 18), (10, 6)], "*60 units*"),
    ],
)
def test_a_load_profiles_hours_said_as_shares_of_the_day(text: str, profile: list[tuple[int, int]],
                                                          commit: str) -> None:
    fields = parse(text).fields
    assert [(int(a), int(b)) for a, b in fields.load_profile] == profile
    assert fields.utilization == []  # "the other half" is hours, never a 50% utilization
    assert commit in _reply(text)


def test_an_ea_discount_said_as_the_value_it_changes_to_is_worked_out_too() -> None:
    # 1.30 × 0.85 − 1 = 10.5%; at 25%: 1.30 × 0.75 − 1 = −2.5%
    reply = _reply("list markup is 30% and the EA is 15% today; what if procurement pushes it up to 25%?")
    assert "(1 + 30%) × (1 − 15%) − 1 = *10.5%*" in reply
    assert "At a 25% EA discount: (1 + 30%) × (1 − 25%) − 1 = -2.5%" in reply
    assert "What is 25%" not in reply
