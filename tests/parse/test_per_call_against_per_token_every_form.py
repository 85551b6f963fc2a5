"""Per-call fees set against per-token cost in the forms reps use (our own sentences, not a scored batch's): a month
counted in days, calls growing past the plan with the month's bill both ways, a fee exactly equal to per-token, the
difference per 1M calls, a monthly difference asked without the volume, "all input" crossovers, "2:1 i/o" shorthand,
only the input rate known, an offer's crossover asked without its fee, notes in brackets beside a call's tokens, an
image's tokens plus its prompt, and a mix of call sizes averaged. Each class has near-misses that must keep their
meaning."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from bot import router
from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text

# --- a month counted in days ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 × $2/1M + 500 × $8/1M = $0.008; 10,000 a day × 30 = 300,000 calls: $2,400.00 vs × $0.01 = $3,000.00
        ("flat $0.01 a call vs $2/$8 per 1M, calls of 2,000 in / 500 out, 10,000 calls a day, 30-day month. "
         "monthly both ways?", ["$2,400.00", "$3,000.00", "300,000 calls"]),
        # 31 days × 4,000 = 124,000 calls; 1,000 × $3/1M + 200 × $15/1M = $0.006: $744.00 vs 124,000 × $0.005 = $620.00
        ("vendor wants half a cent per request. ours are 1k in / 200 out at $3/$15; 4k requests/day. "
         "assume 31-day months - monthly cost each way?", ["$744.00", "$620.00", "124,000 calls"]),
        # 30 × 20,000 = 600,000; $0.0045 × 600,000 = $2,700.00; 1,500 × $1/1M + 300 × $5/1M = $0.003 → $1,800.00
        ("per-call at $0.0045 against per-token $1 in / $5 out; 1,500 in and 300 out per call, 20k calls daily, "
         "a month of 30 days (720 hours). monthly comparison", ["$1,800.00", "$2,700.00"]),
    ],
)
def test_a_month_counted_in_days_prices_both_structures_over_those_days(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, figures)


def test_without_days_said_the_month_stays_730_hours() -> None:
    # 10,000 a day × 730 ÷ 24 = 304,166.67 calls: × $0.008 = $2,433.33 per-token, × $0.01 = $3,041.67 per-call
    text = "flat $0.01 a call vs $2/$8 per 1M, calls of 2,000 in / 500 out, 10,000 calls a day. monthly both ways?"
    reply = reply_text(text)
    assert "$2,433.33" in reply and "$3,041.67" in reply and "730-hour month" in reply


def test_a_volume_stated_a_month_is_that_months_calls_whatever_its_days() -> None:
    # 300k calls a month are the month's calls: 300,000 × $0.008 = $2,400.00 (the 30 days change nothing)
    text = "flat $0.01 a call vs $2/$8 per 1M, calls of 2,000 in / 500 out, 300k calls a month, 30-day month."
    assert_figures(text, ["$2,400.00", "$3,000.00"])


# --- calls growing past the plan, and a fee equal to per-token ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # grown 2×: 4,000 × $3/1M + 800 × $15/1M = $0.024; 100k a month × $0.024 = $2,400.00 vs $0.02 × 100k = $2,000.00
        ("platform charges 2 cents per step; steps are 2,000 in / 400 out on $3/$15, 100k steps a month. what if "
         "steps double to 4,000 in / 800 out?", ["$0.024", "$2,400.00", "$2,000.00"]),
        # 1.5×: 3,000 × $1/1M + 750 × $4/1M = $0.006; 500,000 a month × $0.006 = $3,000.00
        ("$0.005/call vs $1/$4 per M; 2k in / 500 out today, 500k calls/mo, and we expect calls to grow to 3k in / "
         "750 out", ["$0.006", "$3,000.00", "$2,500.00"]),
        # 3×: 1,500 × $2/1M + 300 × $10/1M = $0.006; 200,000 × $0.006 = $1,200.00 vs 200,000 × $0.004 = $800.00
        ("per-request fee $0.004. current requests 500 in / 100 out at $2/$10, 200,000 a month. if requests get 3x "
         "bigger?", ["$0.006", "$1,200.00", "$800.00"]),
    ],
)
def test_grown_calls_get_the_months_bill_both_ways(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        # 5,000 × $3/1M + 1,000 × $15/1M = $0.03, the fee exactly
        "agent step fee $0.03; steps 5,000 in / 1,000 out on $3/$15; 200k steps a month. what if steps grow 1.6x?",
        # 2,000 × $1/1M + 500 × $4/1M = $0.004 = the fee
        "$0.004 per call vs $1/$4 per 1M, calls are 2k in / 500 out, 50k calls a day",
        # 1,000 × $2.50/1M + 250 × $10/1M = $0.005 = half a cent
        "half a cent per request or $2.50 in / $10 out, 1,000 in and 250 out, 1M requests a month: which is cheaper?",
    ],
)
def test_a_fee_equal_to_per_token_is_said_to_be_equal(text: str) -> None:
    reply = reply_text(text)
    assert "equal" in reply
    assert not re.search(r"cheaper by \*?\$0\.00(?!\d)", reply)  # no "cheaper by nothing"
    assert "the cheaper structure flips" not in reply  # equal at plan is not a flip


def test_a_fee_below_per_token_that_larger_calls_overturn_still_flips() -> None:
    # planned 500 in / 100 out at $3/$15 = $0.003 < $0.004; at 2× it is $0.006 > $0.004: the winner changes
    reply = reply_text("$0.004 per call, calls 500 in / 100 out at $3/$15, 10k calls a day")
    assert "the cheaper structure flips" in reply


# --- the difference per 1M calls ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,500 × 2.5 + 500 × 10 = $0.00875 a call; per 1M: $8,750.00 vs $5,000.00, difference $3,750.00
        ("reseller charges $0.005/call. our calls are ~1,500 in, 500 out. direct per-token would be $2.50 in $10 out. "
         "diff per 1M calls?", ["$8,750.00", "$5,000.00", "$3,750.00"]),
        # 800 × $1/1M + 200 × $4/1M = $0.0016; per million requests: $1,600.00 vs $2,000.00: $400.00
        ("$0.002 a request or $1/$4 per M at 800 in / 200 out - what's the gap per million requests?",
         ["$1,600.00", "$2,000.00", "$400.00"]),
        # 3,000 × $0.15/1M + 300 × $0.60/1M = $0.00063; per 1,000 calls: $0.63 vs $1.00: $0.37
        ("0.1 cents per call vs $0.15/$0.60 per 1M tokens; calls average 3k in and 300 out. cost per 1,000 calls "
         "each way?", ["$0.63", "$1.00", "$0.37"]),
    ],
)
def test_the_difference_is_given_per_n_calls_asked(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, figures)


# --- a monthly difference asked without the volume -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 × $1/1M + 150 × $4/1M = $0.0026 against $0.003: $0.0004 a call
        ("Per-call vs per-token for the summariser: flat 0.3 cents per call, or $1/M in and $4/M out with calls of "
         "~2,000 in / 150 out. What's the monthly difference?", ["$0.0026", "$0.0004"]),
        # 4,000 × $0.5/1M + 400 × $1.5/1M = $0.0026 against $0.002
        ("what would we save monthly going per-call at $0.002 vs $0.50/$1.50 per 1M? calls are 4k in / 400 out",
         ["$0.0026", "$0.0006"]),
        # 1,000 × $3/1M + 100 × $15/1M = $0.0045 against $0.01
        ("1 cent a call or $3/$15 for 1,000 in / 100 out calls. monthly bill difference?", ["$0.0045", "$0.0055"]),
    ],
)
def test_a_monthly_difference_without_calls_compares_the_call_and_asks_the_volume(
        text: str, figures: list[str]) -> None:
    answer = router.understand(text, rate_cards={})
    assert any(m.key == "calls_per_day" for m in answer.missing)
    assert getattr(answer, "comparison", None) is not None
    assert_figures(text, figures)


# --- every token input -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $0.0075 × 1M ÷ $3 = 2,500 tokens
        ("whats the tokens per call where $0.0075/call = per token if its all input at $3/M", ["2,500 tokens"]),
        # $0.002 × 1M ÷ $0.50 = 4,000 tokens
        ("embedding endpoint at $0.002 per request vs $0.50/M input (no output tokens). crossover?",
         ["4,000 tokens"]),
        # $0.01 × 1M ÷ $1.25 = 8,000 tokens
        ("input-only calls: flat $0.01 per call or $1.25 per 1M input. at what call size are they the same?",
         ["8,000 tokens"]),
    ],
)
def test_all_input_calls_cross_over_at_the_fee_over_the_input_rate(text: str, figures: list[str]) -> None:
    answer = router.understand(text, rate_cards={})
    assert not any(m.key in ("output_rate", "rates") for m in answer.missing)
    assert_figures(text, figures)


def test_all_input_tokens_cached_is_not_every_token_input() -> None:
    # "all input tokens are cached" says nothing about output: the output rate is still asked for
    answer = router.understand("$0.01 per call vs $3/M input; all input tokens are cached. crossover at 4:1?",
                               rate_cards={})
    assert not getattr(answer, "all_input", False)


# --- "2:1 i/o" shorthand ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # blended (2 × 0.25 + 2)/3 = $0.8333/1M; $0.0025 ÷ that = 3,000 tokens
        ("PC fee $0.0025; 2:1 i/o; $0.25/$2 ptok -> XO tokens/call?", ["3,000 tokens"]),
        # (3 × 1 + 5)/4 = $2/1M; $0.01 ÷ $2/1M = 5,000
        ("fee $0.01/call, 3:1 i/o, $1/$5 per M - crossover?", ["5,000 tokens"]),
        # (4 × 0.5 + 2)/5 = $0.80/1M; $0.004 ÷ $0.80/1M = 5,000
        ("per call 0.4c vs $0.50/$2 per mtok at 4:1 i:o. xover size?", ["5,000 tokens"]),
    ],
)
def test_an_io_ratio_shorthand_is_the_mix(text: str, figures: list[str]) -> None:
    assert parse(text).fields.input_share is not None
    assert_figures(text, figures)


# --- only the input rate known ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 600 × $1/1M = $0.0006; ($0.0025 − $0.0006) × 1M ÷ 150 = $12.67/1M
        ("per-call quote is 0.25c per call. our calls are 600 input, 150 output, input is $1/M. which is cheaper?",
         ["$0.0006", "$12.67/1M"]),
        # 2,000 × $0.50/1M = $0.001; ($0.003 − $0.001) × 1M ÷ 500 = $4.00/1M
        ("$0.003 a request flat vs per-token with input at $0.50/M; requests are 2k in / 500 out",
         ["$0.001", "$4.00/1M"]),
        # 10,000 × $3/1M = $0.03 > $0.02: the fee is cheaper whatever the output costs
        ("2 cents a call, calls of 10k in / 300 out, input priced $3/M - better?", ["$0.03"]),
    ],
)
def test_only_the_input_rate_gives_the_input_side_and_asks_the_output_rate(text: str, figures: list[str]) -> None:
    answer = router.understand(text, rate_cards={})
    assert any(m.key == "output_rate" for m in answer.missing)
    assert_figures(text, figures)


# --- an offer's crossover asked without its fee -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("customer's agent platform quotes per call at the orchestration layer. they run 2k in / 800 out on a model "
         "at $2.50/$10. where's the crossover vs going per-token direct?", "$0.013"),
        ("the partner bills per request; requests are 1,000 in / 200 out at $3/$15. crossover?", "$0.006"),
        ("their gateway charges per call instead of per token. our calls: 4k in, 1k out, $1/$4. where is the "
         "crossover?", "$0.008"),
    ],
)
def test_an_offers_crossover_without_its_fee_is_per_call_and_asks_the_fee(text: str, figure: str) -> None:
    assert parse(text).intent is Intent.PER_CALL
    answer = router.understand(text, rate_cards={})
    assert any(m.key == "per_call_fee" for m in answer.missing)
    assert_figures(text, [figure])


def test_the_per_token_cost_of_a_call_alone_stays_a_quote() -> None:
    assert parse("per call at 2k in / 800 out on $2.50/$10?").intent is Intent.QUOTE


# --- notes in brackets beside a call's tokens, an item's tokens plus its prompt ---------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("vision endpoint quote is $0.0009 per image. per-token: ~1,150 in (image+prompt) / 50 out at $0.50/$2. "
         "crossover?", (1150, 50)),
        ("$0.002 per call; calls are 900 in (system plus user) / 100 out on $1/$4", (900, 100)),
        ("competitor quoted $0.0025 per call. inputs are ~600 tokens and the output is a single label (~5 tokens). "
         "$0.15/M in, $0.60/M out", (600, 5)),
        ("fee of $0.01 a page; each page is ~1,000 tokens plus a 200-token prompt, ~100 output tokens, $2.50/$10",
         (1200, 100)),
        ("flat $0.004/image. each image is 800 tokens + a 150 token text prompt, 60 out, at $1/$4 per M", (950, 60)),
    ],
)
def test_a_calls_tokens_read_past_notes_and_added_parts(text: str, tokens: tuple[int, int]) -> None:
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == tuple(Decimal(t) for t in tokens)


def test_a_bracketed_count_after_a_prefix_is_not_moved() -> None:
    # the system prompt's size in brackets stays the prefix's, never an output count
    fields = parse("system prompt (4k tokens) cached, 10k calls a day at $3/$15 with $0.30 reads").fields
    assert fields.output_tokens_per_call is None


# --- a mix of call sizes averaged -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 0.9 × 1,000 + 0.1 × 20,000 = 2,900 tokens × $1.60/1M = $0.00464; crossover $0.005 ÷ $1.60/1M = 3,125
        ("Per-call fee is $0.005. Mix is 4:1 input:output at $1/M in and $4/M out. 90% of calls are ~1,000 tokens, "
         "but 10% are 20,000-token documents. Average per-token cost per call vs the fee? Crossover?",
         ["2,900 tokens", "$0.00464", "3,125 tokens"]),
        # 0.8 × 500 + 0.2 × 5,000 = 1,400 tokens; 3:1 on $2/$6: blended $3/1M → $0.0042
        ("$0.004 per request, 3:1 in:out at $2/$6. 80% of requests are 500 tokens and 20% are 5,000 tokens. "
         "average cost per request per-token?", ["1,400 tokens", "$0.0042"]),
        # 0.75 × 2,000 + 0.25 × 10,000 = 4,000 tokens; 4:1 on $1/$4 ($1.60/1M) → $0.0064
        ("flat 0.5 cents a call. 75% of calls run 2k tokens, 25% run 10k tokens, mix 4:1, $1/$4. which wins on "
         "average?", ["4,000 tokens", "$0.0064"]),
    ],
)
def test_a_mix_of_call_sizes_prices_the_average_call(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, figures)


def test_shares_that_do_not_make_up_all_calls_are_no_size_mix() -> None:
    # 90% and 20% are not one mix of the calls: neither is read as a share of the call sizes
    fields = parse("$0.005 per call, 4:1, $1/$4. 90% of calls are 1,000 tokens, 20% are 5,000 tokens").fields
    assert fields.call_size_mix == []


# --- a table of call sizes whose first column names each row -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # planned 800 × 1.10 + 200 × 4.40 = $0.00176; actual 2,400 × 1.10 + 600 × 4.40 = $0.00528; blended at 4:1
        # $1.76/1M: $0.0044 ÷ that = 2,500 tokens
        ("Pilot vs reality ($1.10/M in, $4.40/M out; vendor wants $0.0044 per call flat):\n\n"
         "| | input tokens/call | output tokens/call |\n|---|---|---|\n| planned | 800 | 200 |\n"
         "| actual, last 30 days | 2,400 | 600 |\n\nWas per-call the right call? Where's the crossover?",
         ["$0.00176", "$0.00528", "2,500 tokens"]),
        # plan 1,000 × 2 + 250 × 8 = $0.004; now 2,000 × 2 + 500 × 8 = $0.008 against $0.006
        ("fee $0.006/call vs $2/$8 per M\n\n| | input tokens/call | output tokens/call |\n| plan | 1,000 | 250 |\n"
         "| now | 2,000 | 500 |", ["$0.004", "$0.008"]),
        # 500 × 3 + 100 × 15 = $0.003; 1,500 × 3 + 300 × 15 = $0.009 against 0.5 cents
        ("per-call at half a cent vs $3/$15:\n| | input tokens/call | output tokens/call |\n|---|---|---|\n"
         "| forecast | 500 | 100 |\n| observed | 1,500 | 300 |", ["$0.003", "$0.009"]),
    ],
)
def test_a_table_of_planned_and_actual_call_sizes_prices_both(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, figures)


def test_a_blank_first_header_cell_over_rows_of_the_same_width_adds_no_column() -> None:
    from bot.parse.tables import read_tables

    table = "| | input tokens/call | output tokens/call |\n|---|---|---|\n| 800 | 200 |"
    # the row fills the two named columns: its figures stay under them, no label column is put in front
    assert read_tables(table).strip() == "800 input tokens/call, 200 output tokens/call."


# --- output said to be tiny or negligible, only the input rate given ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 × $1/1M = $0.002 against $0.003: per-token cheaper by $0.001
        ("fee 0.3c per call, calls are 2,000 tokens, output is tiny, input $1/M. which is cheaper?",
         ["$0.002", "$0.001"]),
        # 1,500 × $1/1M = $0.0015 against $0.002
        ("per-call $0.002 vs $1/M input; calls are ~1,500 tokens and output is negligible. which is cheaper?",
         ["$0.0015", "$0.0005"]),
        # 4,000 × $0.50/1M = $0.002 against $0.0015: the fee cheaper by $0.0005
        ("classifier with minimal output: flat $0.0015 per request or $0.50 per 1M input; requests are ~4k tokens",
         ["$0.002", "$0.0005"]),
    ],
)
def test_tiny_output_with_the_input_rate_alone_compares_the_input(text: str, figures: list[str]) -> None:
    answer = router.understand(text, rate_cards={})
    assert not any(m.key in ("output_rate", "rates") for m in answer.missing)
    assert_figures(text, figures)


def test_a_small_output_count_is_priced_and_its_rate_asked() -> None:
    # "150 output" is a count to price, not "tiny": the output rate is still asked for
    answer = router.understand("0.25c per call; calls are 600 input, 150 output, input is $1/M. which is cheaper?",
                               rate_cards={})
    assert any(m.key == "output_rate" for m in answer.missing)
