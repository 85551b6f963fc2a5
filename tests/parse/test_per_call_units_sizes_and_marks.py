"""Per-call asks (our own sentences, not a scored batch's): a fee named by the unit of work it is charged per ("per
digest", "per email") with a volume of those units, a fee in cents named as the per-call alternative, a fee in Slack
bold, a second whole call size said without the word tokens at the same mix, and embeddings misspelt (one rate for
all of a call's tokens)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # per-token 6,000 × $2.50/1M + 800 × $10/1M = $0.023; 30,000 a month: $690.00 vs 30,000 × $0.04 = $1,200.00
        ("the vendor wants $0.04 per digest; per-token on gpt-4o ($2.50/$10) it is ~6k in / 800 out. 30,000 digests "
         "a month. monthly both ways?", ["$0.023", "$690.00", "$1,200.00"]),
        # 2,000 × $3/1M + 300 × $15/1M = $0.0105; 200,000 a week: $2,100.00 vs 200,000 × $0.03 = $6,000.00
        ("labeling shop charges 3 cents per label, 200k labels a week, each ~2k in / 300 out at $3/$15. which is "
         "cheaper weekly?", ["$0.0105", "$2,100.00", "$6,000.00"]),
        # 1,000 × $1/1M + 200 × $4/1M = $0.0018; 10,000 a day × 7 = 70,000 a week: $126.00 vs $1,400.00
        ("outreach tool bills $0.02 per email. 10k emails a day, ~1k in / 200 out each on $1/$4 per M. weekly both "
         "ways?", ["$0.0018", "$126.00", "$1,400.00"]),
    ],
)
def test_a_fee_named_by_its_unit_is_set_against_per_token_over_the_units_counted(
        text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    assert ask.fields.per_call_fee is not None
    assert_figures(text, figures)


def test_a_per_second_price_is_not_a_fee_for_a_counted_unit() -> None:
    # "$2 per hour" is a price over time, whatever else the ask counts
    fields = parse("gpu box is $2 per hour, 40 hours a week of jobs at 3k in / 500 out on $1/$4").fields
    assert fields.per_call_fee is None


def test_a_fee_in_cents_named_as_the_per_call_alternative_is_the_fee() -> None:
    text = "per-call alternative is 0.8¢; calls are 1,000 in / 200 out at $2/$8. which is cheaper?"
    assert parse(text).fields.per_call_fee == Decimal("0.008")
    assert_figures(text, ["$0.0036"])  # 1,000 × $2/1M + 200 × $8/1M


def test_a_fee_in_slack_bold_is_read() -> None:
    text = "Partner per-call price: *$0.025*. Per-token: $2/M in, $8/M out, calls ~4,000 in / 500 out. crossover?"
    ask = parse(text)
    assert ask.fields.per_call_fee == Decimal("0.025")
    assert ask.unused == []
    # 4,000 × $2/1M + 500 × $8/1M = $0.012; blended at 8:1 = (4,000 × 2 + 500 × 8) ÷ 4,500 = $2.67/1M
    assert_figures(text, ["$0.012", "9,375"])  # $0.025 × 1M ÷ $2.6667


def test_a_second_call_size_at_the_same_mix_is_priced_beside_the_first() -> None:
    text = ("we priced calls at ~800 tokens (4:1 in/out). they're actually running 2,000 (same split). per-call alt "
            "is 1¢. rates $1/$5. what changed?")
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    assert ask.unused == []
    # planned 640 × $1/1M + 160 × $5/1M = $0.00144; actual 1,600 × $1/1M + 400 × $5/1M = $0.0036
    # blended at 4:1 = $1.80/1M: $0.01 × 1M ÷ $1.80 = 5,556 tokens
    assert_figures(text, ["$0.00144", "$0.0036", "5,556"])


def test_embeddings_misspelt_price_every_token_at_the_one_rate() -> None:
    text = "embeding calls: $0.0002 per request vs $0.02/M tokens, ~2,000 tokens each. which is cheaper?"
    # 2,000 × $0.02/1M = $0.00004; crossover $0.0002 ÷ $0.02 × 1M = 10,000 tokens
    assert_figures(text, ["$0.00004", "10,000"])
    assert "whether that rate is for input or output" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,200 × $1/1M + 200 × $4/1M = $0.002; 6:1 blended (6 × 1 + 4) ÷ 7 = $1.43/1M: $0.003 × 7 ÷ 10 × 1M = 2,100
        ("0.3c/call flat vs 1/4 ptok, 1200 in 200 out. which?", ["$0.002", "2,100"]),
        # 2,000 × $0.50/1M + 500 × $1.50/1M = $0.00175; 4:1 blended $0.70/1M: $0.002 ÷ $0.70 × 1M = 2,857
        ("is 0.2c/call ok? calls are 2k in 500 out on 0.5/1.5", ["$0.00175", "2,857"]),
    ],
)
def test_a_bare_rate_pair_with_no_dollar_sign_is_read_as_input_and_output_rates(text: str,
                                                                                figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_date_is_not_a_rate_pair() -> None:
    fields = parse("go-live is on 4/20; calls are 2k in 500 out with a $0.01 per call fee").fields
    assert (fields.input_rate, fields.output_rate) == (None, None)


def test_a_mix_said_with_words_between_gives_the_crossover_and_the_days_fee_bill() -> None:
    text = ("vendor offers $0.02/call. call sizes swing a lot but the in:out mix is fairly steady at 3:1, model is "
            "$2/$10. about 5k calls a day. crossover, and the per-call bill per day?")
    # 3:1 blended 0.75 × $2 + 0.25 × $10 = $4/1M: $0.02 × 1M ÷ $4 = 5,000 tokens; 5,000 × $0.02 = $100.00 a day
    assert_figures(text, ["5,000 tokens per call", "$100.00"])


def test_a_ratio_after_a_call_size_is_its_mix_and_a_later_size_keeps_it() -> None:
    text = ("we resell at 2c/call on a $2/$8 model. planned ~2k tok calls at 4:1; real calls avg 5k now (same mix). "
            "cost per call planned vs actual, and the crossover?")
    # planned 1,600 × $2/1M + 400 × $8/1M = $0.0064; actual 4,000 × $2 + 1,000 × $8 = $0.016; blended $3.20/1M:
    # $0.02 × 1M ÷ $3.20 = 6,250 tokens
    assert_figures(text, ["$0.0064", "$0.016", "6,250"])
