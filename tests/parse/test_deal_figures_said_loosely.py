"""Deal figures said loosely (our own sentences, not a scored batch's): the hours of the day a load runs ("12 of 24
hours at full load"), a fee changed "from X to Y", an effective markup claimed as what the buyer pays "after EA", a
mix said as "in and out are 50/50", an average load in TPM set against units' capacity, and a provisioned quote against
on-demand at a utilization, shown as a ratio too; the second side of a call said with "of" ("~600 of completion")."""

from __future__ import annotations

from decimal import Decimal

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


def test_hours_of_the_day_at_full_load() -> None:
    text = "nightly ETL: 6 of 24 hours at full load, idle otherwise. 35% off provisioned 24/7: utilization, cost vs OD?"
    # 6 ÷ 24 = 25%; (1 − 35%) ÷ 25% = 2.6× on-demand
    assert parse(text).fields.active_hours == Decimal(6)
    assert_figures(text, ["25%", "2.6×"])


def test_a_fee_changed_from_one_amount_to_another() -> None:
    for text in ("the flat fee drops from 2c to 1.5c: calls are 1,000 in / 200 out at $5/$20, 10k calls a day",
                 "per-call fee moves from $0.02 to $0.015; 1,000 in / 200 out at $5/$20, 10k calls a day"):
        assert parse(text).fields.per_call_fee == Decimal("0.015"), text
    # the deal is worked at both fees: 1,000 in / 200 out at $5/$20 blends to $7.50/M, so the crossover moves from
    # $0.02 ÷ $7.50/M = 2,667 to $0.015 ÷ $7.50/M = 2,000 tokens per call
    assert_figures("if the per-call fee drops from 2c to 1.5c, where's the crossover? calls are 1,000 in / 200 out at "
                   "$5/$20", ["2,667 tokens per call", "2,000 tokens per call"])


def test_an_effective_markup_claimed_after_the_ea() -> None:
    text = 'rep says "you only pay 8% more on Azure after EA". list markup 20%, EA 10%. right?'
    assert parse(text).fields.claimed_markup == Decimal("0.08")
    # 1.2 × 0.9 − 1 = 8%: the claim holds
    assert "*Yes" in router.answer(text, rate_cards={}).text or "Yes:" in router.answer(text, rate_cards={}).text


def test_a_mix_said_as_in_and_out() -> None:
    text = "fee $0.01 a call; input and output are about 3/1; $1/M in, $5/M out. crossover call size?"
    assert parse(text).fields.input_share == Decimal("0.75")
    # blended 0.75 × $1 + 0.25 × $5 = $2/M -> $0.01 × 1M ÷ $2 = 5,000 tokens
    assert_figures(text, ["5,000 tokens per call"])


def test_an_average_load_against_the_units_capacity() -> None:
    text = ("4 PTUs at $6/hr, each PTU ~25k TPM, 730h month. the app averages 80k TPM; on-demand blended $4/M. "
            "provisioned vs on-demand monthly?")
    assert parse(text).fields.utilization == [Decimal("0.8")]  # 80k ÷ (4 × 25k)
    # 4 × 25,000 × 60 × 730 × 80% = 3,504,000,000 tokens × $4/M = $14,016.00 against 4 × $6 × 730 = $17,520.00
    assert_figures(text, ["$17,520.00", "$14,016.00"])


def test_a_provisioned_quote_against_on_demand_at_a_utilization_as_a_ratio() -> None:
    text = ("PT quote $30,000 a month; the same capacity fully used on-demand is $40,000 a month. cost vs OD if they "
            "average 60%?")
    # on-demand for 60% = $24,000; $30,000 ÷ $24,000 = 1.25×
    assert_figures(text, ["$24,000.00", "1.25× on-demand"])


def test_the_second_side_said_with_of() -> None:
    ask = parse("~3,000 tokens of prompt, ~400 of completion per call, 5k calls a day at $1/$4")
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call, ask.unused) == (
        Decimal(3000), Decimal(400), [])


def test_a_side_named_before_its_tokens_per_call() -> None:
    for text in ("400 req/hr, 2,000 tokens in, output is 600 tokens per request, $2/M in and $8/M out. daily?",
                 "still 400 req/hr, 2,000 tokens in, $2/M in and $8/M out, but output doubles to 600 tokens per "
                 "request. daily?"):
        ask = parse(text)
        assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call, ask.ambiguities) == (
            Decimal(2000), Decimal(600), []), text
    # a day's count keeps its period
    assert parse("input 2M tokens a day, output 400k tokens a day at $1/$4").fields.output_tokens_per_day == Decimal(
        400_000)


def test_the_output_as_a_share_of_the_input_said_by_its_direction() -> None:
    for text in ("50k calls a day, each 2,000 tokens in and a fifth of that coming back out. $1/M in, $5/M out",
                 "50k calls a day, each 2,000 tokens in and 20% of that out. $1/M in, $5/M out"):
        ask = parse(text)
        assert (ask.fields.output_tokens_per_call, ask.ambiguities) == (Decimal(400), []), text
