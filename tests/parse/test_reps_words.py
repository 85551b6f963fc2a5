"""Deal questions in reps' own words, by class of wording (not sentences from a scored batch): each reply carries
the figures a rep would work out by hand from what the question states."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


# --- money written with the currency after the number, as words, or in thousands ("grand") -----------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 40M × $1.20 + 8M × $6 = $96 a day
        ("rates 1,2 $/M in and 6 $/M out, 40M input and 8M output a day - daily cost?", ["*$96.00*"]),
        # 3M × $4 + 1M × $12 = $24 a day
        ("4 dollars and 12 dollars per million, 3M in + 1M out per day", ["*$24.00*"]),
        # 15,000 × 0.70 ÷ 0.75
        ("they burn through fifteen grand a month on-demand; 30% off provisioned at 75% utilised - new monthly bill?",
         ["*$14,000.00* a month"]),
        # 20,000 × 0.75 ÷ 0.90
        ("USD 20,000 a month on-demand, 25% discount, 90% utilization - monthly bill?", ["*$16,666.67* a month"]),
        # the period before the amount: 36,000 × 0.75 ÷ 0.60
        ("on-demand bill this month came to 36k USD; provisioned at a quarter off; they'd use 60% of capacity. bill?",
         ["*$45,000.00* a month"]),
        # 3×10^7 × $2 + 5×10^6 × $10 = $110 a day
        ("3x10^7 input tokens a day and output 5x10^6, $2/M and $10/M", ["*$110.00*"]),
    ],
)
def test_money_and_number_forms(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


# --- every rate keeps the label next to it; every token count keeps its own period --------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the label right before the dollar sign: 120M × $0.25 + 30M × $1.25
        ("daily volume 120M in, 30M out; in $0.25/M out $1.25/M", ["$30.00", "$37.50", "*$67.50*"]),
        # two rates with their units, in the order of the token counts: 500M × $0.20 + 100M × $0.80 a month
        ("$0.20/M and $0.80/M for 500M input and 100M output tokens a month",
         ["500,000,000 tokens × $0.20/1M = $100.00", "100,000,000 tokens × $0.80/1M = $80.00", "*$180.00*"]),
        # "N in at $X": 400M × $0.50 + 80M × $2
        ("400M in at $0.5 and 80M out at $2 - what's the damage?", ["$200.00", "$160.00", "*$360.00*"]),
        # a period leading the sentence: (2M × $1 + 250k × $5) × 730 hours
        ("every hour they push 2M input tokens and 250k output at $1/M and $5/M - monthly?", ["*$2,372.50*"]),
        # a total over a year split by shares: 27B × $0.50 + 9B × $2
        ("36B tokens over a year, 75% input / 25% output, $0.5/M in and $2/M out. yearly cost?",
         ["*$31,500.00*", "input $13,500.00", "output $18,000.00"]),
        # a total a month split by a ratio: 600M × $3 + 300M × $15
        ("total 900M tokens a month, 2:1 input to output mix, $3 / $15", ["*$6,300.00*"]),
        # context sent and tokens "back": (6k × $1 + 800 × $4) × 2,000
        ("each request sends 6k tokens of context and gets about 800 back; 2,000 requests a day at $1/$4",
         ["*$0.0092*", "*$18.40*"]),
        # a label before the count with no "tokens": 500M × $0.30 + 100M × $1.20 a month
        ("input 5e8 a month at $0.3/M, output 1e8 at $1.2/M", ["*$270.00*"]),
    ],
)
def test_rates_and_token_periods(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_cached_input_rate_is_not_the_input_rate() -> None:
    f = parse("2,000-token prefix, input $1/M, cached input $0.25/M, 40k calls a day. daily saving?").fields
    assert (f.input_rate, f.cache_read_rate) == (Decimal(1), Decimal("0.25"))


def test_a_repeated_percentage_is_not_asked_about_again() -> None:
    ask = parse("they promise an 80% hit rate. 6k prefix, in $2 read $0.20 write $2.50, 20k calls/day. net at 80%?")
    assert ask.fields.hit_ratio == Decimal("0.8")
    assert not ask.ambiguities


def test_two_equal_percentages_of_different_kinds_are_both_read() -> None:
    f = parse("azure list +12% and an EA discount of 12%. effective markup?").fields
    assert (f.markup, f.ea_discount) == (Decimal("0.12"), Decimal("0.12"))


# --- per-call fees in every form ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a described call: 5k × $2 + 700 × $8 = $0.0156 against $0.03
        ("vendor bills $0.03 per summarisation request; our requests are 5k in / 700 out at $2/$8",
         ["*$0.0156*", "*$0.03*"]),
        # a fee per thousand: $4 / 1,000 pages = $0.004 a page; 50k pages a month
        ("OCR at $4 per 1,000 pages vs a vision model at ~900 input + 150 output tokens a page at $1/$4; 50k pages a "
         "month", ["*$0.004*", "$75.00 vs $200.00"]),
        # "the fee is": crossover at a 9:1 mix, $0.02 ÷ $0.65/M
        ("fee is 2c and the mix is 9:1 at $0.50/$2 - breakeven tokens per call?", ["*30,769 tokens per call*"]),
        # a small number word in cents: 150k × $0.02 a day against 150k × $0.0041
        ("two cents a request, 150k requests a day, 2,500 in / 400 out at $1/$4", ["$615.00 vs per-call $3,000.00"]),
        # embeddings have no output: 800 × $0.02/M, crossover $0.00005 ÷ $0.02/M
        ("embeddings priced $0.00005 per call or $0.02 per M tokens; chunks ~800 tokens. which?",
         ["*$0.000016*", "*2,500 tokens per call*"]),
    ],
)
def test_per_call_fee_forms(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    assert router.answer(text, rate_cards={}).intent == "per_call"


def test_a_monthly_fee_is_not_a_per_call_fee() -> None:
    assert parse("the platform fee is $500/month and calls are 2k in / 300 out at $1/$4").fields.per_call_fee is None


# --- spend stated in words around "on-demand" and "direct" ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 8 × $4 × 730 h against $30,000
        ("the same traffic on-demand runs them about $30k/month; 8 PTUs at $4/PTU-hour. cheaper?",
         ["*$23,360.00*", "$6,640.00 a month less"]),
        # $20,000 × (1.18 × 0.90)
        ("direct, this workload costs $20k a month; Vertex lists it 18% higher and their EA knocks 10% off",
         ["*6.2%*", "*$21,240.00* a month"]),
    ],
)
def test_spend_in_words(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_grouped_amount_is_never_a_call_volume() -> None:
    f = parse("budget is $15,000/mo; 2k in / 300 out per call at $1/$4").fields
    assert f.calls_per_day is None


# Rates with the currency after them, with a decimal point or a decimal comma, read as written or are asked about.
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2), st.booleans(),
       st.sampled_from(["$/M", "USD/M", "$ per million", "dollars per million"]))
def test_a_rate_with_the_currency_after_it_reads_as_written(rate: Decimal, comma: bool, unit: str) -> None:
    written = str(rate).replace(".", ",") if comma else str(rate)
    ask = parse(f"{written} {unit} input and 4 {unit} output, 10M input and 1M output tokens a day")
    assert ask.fields.input_rate == rate or (ask.fields.input_rate is None and ask.ambiguities)
    assert ask.fields.output_rate == 4


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the period after the amount: $22,000 × 0.65 ÷ 0.75
        ("hey, customer's on-demand invoice was about 22k USD last month; vendor pitching PTUs at 35% off and they'd "
         "sit around 75% busy. what does the monthly look like?", ["*$19,066.67* a month"]),
        # an hourly count over a 9-hour business day: 108M × $1.10 + 27M × $4.40
        ("rate card: input $1.10/M, output $4.40/M. Workload: 12M input and 3M output tokens per hour during a "
         "9-hour business day. Daily and monthly?", ["(9 active hours)", "*$237.60*"]),
        # "10 hours x 6 days": 60 of 168 hours
        ("10 hours x 6 days a week at full tilt, reservation is round the clock, 45% discount. does it pay?",
         ["*35.71%*"]),
        # a handbook resent with every question: 30k × ($3 − $0.30) on sonnet 4, 15k questions a day
        ("Our RAG assistant resends the entire 30k-token handbook with every question, ~15k questions a day on "
         "sonnet 4. is caching the move?", ["*$0.081*", "If every call hits the cache (15,000 calls a day)"]),
    ],
)
def test_periods_and_volumes_in_other_words(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_discount_under_on_demand_and_a_peak_said_loosely() -> None:
    f = parse("peak maybe 1.2x average, provisioned quote came in 30% under on-demand. go or no-go?").fields
    assert (f.discount, f.peak_to_average) == (Decimal("0.3"), Decimal("1.2"))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # continental "Mio." with a decimal comma: 1.2M calls a month × (1,800 × $0.50 + 300 × $1.50)/1M
        ("Fintech in Frankfurt: 1,2 Mio. calls/month, each ~1800 tokens in, 300 out, 0,50 $/M in, 1,50 $/M out. "
         "monthly cost?", ["*$1,620.00*"]),
        # heads × calls each: 3 × 400 tickets a day × (2k × $0.25 + 500 × $1.25)/1M
        ("support team: 3 agents x 400 tickets/day each, ~2k tokens per ticket in, 500 out. $0.25/$1.25. daily?",
         ["*$1.35*"]),
        # the cost of a unit of calls
        ("cost per 1k calls at 900 in / 150 out, $0.80/$4?", ["Per 1,000 calls", "*$1.32*"]),
    ],
)
def test_volumes_as_reps_count_them(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    assert not parse(text).ambiguities


def test_a_cache_price_as_a_share_of_the_price_and_the_prefix_to_cache() -> None:
    text = ("cache a 1,200 token prompt, cached input at a tenth of the price, $1/M input, 5k calls/day on gpt-4.1 - "
            "saving?")
    f = parse(text).fields
    assert (f.prefix_tokens, f.input_rate, f.cache_read_rate) == (Decimal(1200), Decimal(1), Decimal("0.1"))
    assert_figures(text, ["*$0.00108*"])  # 1,200 × ($1 − $0.10)/M


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a volume and a request for figures: not a scenario, even around the clock
        ("claude sonnet 4: 3,000 in, 600 out, 20 calls per minute around the clock. daily and monthly spend", "quote"),
        # "break even at 75%": a utilization, not a second discount
        ("does a 25% discount really break even at 75%?", "break_even"),
    ],
)
def test_what_the_rep_asks_for_decides_the_reading(text: str, intent: str) -> None:
    ask = parse(text)
    assert ask.intent.value == intent
    assert not ask.ambiguities


def test_a_rate_question_about_a_model_shows_its_rates() -> None:
    reply = reply_text("price per million for llama 3.3 70b on bedrock?")
    assert "Rates for llama 3.3 70b: input $" in reply
    assert "the tokens, input and output" in reply  # and asks for the tokens of a quote


def test_a_utilization_forecast_as_a_fraction() -> None:
    assert parse("customer's utilisation forecast is 0.62 and the PTU discount is 0.4").fields.utilization == [
        Decimal("0.62")]


def test_a_hyperscaler_quote_applies_the_buyers_ea_discount() -> None:
    assert_figures("Client is a UK bank, 750k calls/month, ~2.5k in / 300 out, Azure OpenAI gpt-4o with 10% EA. "
                    "what's their monthly spend?", ["*$6,937.50*", "*$6,243.75* a month"])  # 750k × $0.00925, × 0.9


def test_the_capacity_form_with_its_labels_first() -> None:
    # 8 × 3,000 tokens/min × 60 × 730 h × 65%, 70% input
    assert_figures("reserved capacity: 8 PTU, $2/PTU-hr, util 65%, tokens/min per PTU 3000, mix 70/30, rates $2.5/$10",
                    ["683,280,000 (70% input)", "*$11,680.00*"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 6 turns × 2,000 tasks a day × (4k × $3 + 500 × $15)/M
        ("agent loop, 6 turns per task, each turn ~4k in / 500 out, 2,000 tasks a day, $3/$15",
         ["Per day (12,000 calls)", "*$234.00*"]),
        # a one-off job: 40,000 × (1.2k × $0.15 + 150 × $0.60)/M
        ("backlog of 40,000 tickets to summarise once, 1.2k in / 150 out each, $0.15/$0.60 — what does the run cost?",
         ["For 40,000 calls", "*$10.80*"]),
    ],
)
def test_calls_counted_per_task_and_per_job(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    assert not parse(text).ambiguities


def test_one_model_direct_or_on_a_hyperscaler_is_a_comparison() -> None:
    assert parse("what's cheaper for 50M in 10M out monthly - sonnet 4 direct or on bedrock?").intent.value == "compare"


@pytest.mark.parametrize(
    ("written", "fee"),
    [("1/4 cent", "0.0025"), ("3/4 of a cent", "0.0075"), ("1/2 a cent", "0.005"), ("¼ cent", "0.0025"),
     ("a quarter of a cent", "0.0025")],
)
def test_a_fraction_of_a_cent_is_never_a_whole_number_of_cents(written: str, fee: str) -> None:
    assert parse(f"{written} per request flat vs $0.40/$1.60, 800 in / 120 out").fields.per_call_fee == Decimal(fee)


def test_the_cost_for_a_number_of_calls_is_their_total() -> None:
    assert_figures("cost for a million calls at 2k in 500 out at $2.50/$10?", ["For 1,000,000 calls", "*$10,000.00*"])


def test_a_daily_figure_asked_for_without_a_volume_asks_for_the_volume() -> None:
    reply = router.answer("2k in/300 out per request at $3/$15 - how much per day?", rate_cards={})
    assert [m["field"] for m in reply.data["missing"]] == ["calls_per_day"]  # type: ignore[index]
    assert "*$0.0105*" in reply.text  # the call's cost is still shown: 2k × $3 + 300 × $15 per 1M


def test_two_scaled_counts_over_a_period_are_input_then_output() -> None:
    # 20M × $0.80 + 5M × $3.20 a day
    assert_figures("80c per million input, $3.20 per million output, 20M/5M daily", ["*$32.00*"])


def test_monthly_calls_stated_after_the_period_and_no_30_day_figure_for_a_monthly_volume() -> None:
    text = "we pay 1.2 cents per API call. avg 3000 tokens in, 250 out. sonnet would be $3/$15. monthly at 500k calls?"
    f = parse(text).fields
    assert (f.input_tokens_per_call, f.output_tokens_per_call) == (Decimal(3000), Decimal(250))  # per call, not a month
    assert f.calls_per_day == Decimal(500_000) * 24 / 730
    reply = reply_text(text)
    assert "$6,375.00 vs $6,000.00 a 730-hour month" in reply  # 500k × $0.01275 against 500k × $0.012
    assert "in 30 days" not in reply  # the volume is a month's: the 730-hour month is the one asked about


def test_a_daily_volume_has_one_month_the_730_hour_one() -> None:
    reply = reply_text("2M input + 500k output tokens/day at $5/$15 per million")
    assert "*$532.29*" in reply and "30-day" not in reply and "$525.00" not in reply  # $17.50 × 730 ÷ 24 only


def test_the_fixed_part_of_a_prompt_is_the_prefix() -> None:
    f = parse("the customer's prompt is 4,000 tokens, of which 3,500 is a fixed instruction block. 20k calls a day on "
              "gpt-4o. caching?").fields
    assert f.prefix_tokens == 3500


@pytest.mark.parametrize("days", ["9 days a week", "on a 10-day week"])
def test_more_days_a_week_than_a_week_has_is_refused_not_read_as_seven(days: str) -> None:
    reply = reply_text(f"agents run 10 hours a day, {days}, fully loaded in that window, on a 24/7 reservation at "
                   "50% off. what's the utilisation?")
    assert "out of range" in reply and "41.67%" not in reply
