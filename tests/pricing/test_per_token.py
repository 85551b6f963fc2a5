"""Per-token quotes: input and output separately, per call, per day, per 730-hour month."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import (
    MONTH_HOURS,
    CostSplit,
    OutOfRangeError,
    PerTokenRequest,
    PricingError,
    Rates,
    per_token_cost,
    quote_per_token,
)
from pricing.per_token import PerTokenQuote, cost_of_calls, cost_over_days, tokens_at_rate

CENT = Decimal("0.01")
GPT4O_ILLUSTRATIVE = Rates(input=Decimal(5), output=Decimal(15), source="source document (illustrative)")


def test_daily_tokens_give_daily_and_730_hour_monthly_cost() -> None:
    quote = quote_per_token(
        PerTokenRequest(rates=GPT4O_ILLUSTRATIVE, input_tokens=2_000_000, output_tokens=500_000, tokens_per="day")
    )
    assert quote.per_day is not None and quote.per_month is not None
    assert quote.per_day.input == Decimal("10")
    assert quote.per_day.output == Decimal("7.5")
    assert quote.per_day.total == Decimal("17.50")
    assert quote.per_month.total.quantize(CENT) == Decimal("532.29")
    assert quote.month_hours == MONTH_HOURS == 730
    assert quote.per_call is None


def test_per_call_tokens_scale_by_calls_per_day() -> None:
    quote = quote_per_token(
        PerTokenRequest(rates=GPT4O_ILLUSTRATIVE, input_tokens=2_000, output_tokens=500, calls_per_day=1_000)
    )
    assert quote.per_call is not None and quote.per_day is not None
    assert quote.per_call.input == Decimal("0.01")
    assert quote.per_call.output == Decimal("0.0075")
    assert quote.per_day.total == Decimal("17.5")
    assert quote.input_tokens_per_day == 2_000_000


def test_daily_tokens_with_call_count_give_per_call_cost() -> None:
    quote = quote_per_token(
        PerTokenRequest(
            rates=GPT4O_ILLUSTRATIVE, input_tokens=2_000_000, output_tokens=500_000, calls_per_day=1_000,
            tokens_per="day",
        )
    )
    assert quote.per_call is not None
    assert quote.per_call.total == Decimal("0.0175")


def test_per_call_without_volume_has_no_daily_figures() -> None:
    quote = quote_per_token(PerTokenRequest(rates=GPT4O_ILLUSTRATIVE, input_tokens=1_000, output_tokens=1_000))
    assert quote.per_day is None and quote.per_month is None
    assert quote.per_call is not None and quote.per_call.total == Decimal("0.02")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("input_tokens", -5, "input tokens -5 is out of range: allowed 0 to 10,000,000"),
        ("output_tokens", 20_000_000, "output tokens 20,000,000 is out of range: allowed 0 to 10,000,000"),
    ],
)
def test_bad_token_counts_name_field_value_and_range(field: str, value: int, message: str) -> None:
    kwargs: dict[str, object] = {"input_tokens": 10, "output_tokens": 10, "calls_per_day": 1_000, field: value}
    with pytest.raises(OutOfRangeError) as info:
        PerTokenRequest(rates=GPT4O_ILLUSTRATIVE, **kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert info.value.field == field and info.value.value == value


def test_tokens_without_a_call_volume_are_priced_as_one_batch() -> None:
    # "20M in / 5M out": more than one call could hold, so a total, not a call
    quote = quote_per_token(PerTokenRequest(rates=GPT4O_ILLUSTRATIVE, input_tokens=20_000_000,
                                            output_tokens=5_000_000))
    assert quote.per_call is not None and quote.per_call.total == Decimal(20) * 5 + Decimal(5) * 15


def test_negative_rate_is_refused_as_domain_error() -> None:
    with pytest.raises(OutOfRangeError, match=r"input \$-1/MTok is out of range: allowed \$0/MTok to \$10,000/MTok"):
        Rates(input=Decimal(-1), output=Decimal(1), source="x")


def test_non_number_becomes_domain_error_not_validation_error() -> None:
    with pytest.raises(PricingError, match="input tokens 'lots'") as info:
        PerTokenRequest(rates=GPT4O_ILLUSTRATIVE, input_tokens="lots", output_tokens=1)  # type: ignore[arg-type]
    assert getattr(info.value, "field", None) == "input_tokens"


def test_per_token_cost_of_a_token_count() -> None:
    # 1M input at $5/M and 2,000 output at $15/M.
    cost = per_token_cost(GPT4O_ILLUSTRATIVE, Decimal(1_000_000), Decimal(2_000))
    assert (cost.input, cost.output, cost.total) == (Decimal(5), Decimal("0.03"), Decimal("5.03"))
    assert per_token_cost(GPT4O_ILLUSTRATIVE, Decimal(0), Decimal(0)).total == 0


@pytest.mark.parametrize("field", ["input_tokens", "output_tokens"])
def test_per_token_cost_refuses_negative_counts(field: str) -> None:
    counts = {"input_tokens": Decimal(10), "output_tokens": Decimal(10), field: Decimal(-1)}
    with pytest.raises(OutOfRangeError) as info:
        per_token_cost(GPT4O_ILLUSTRATIVE, **counts)
    assert info.value.field == field and info.value.value == -1


def test_cost_split_scales_both_sides() -> None:
    scaled = CostSplit(input=Decimal("0.5"), output=Decimal("1.5")).scaled(Decimal(3))
    assert (scaled.input, scaled.output) == (Decimal("1.5"), Decimal("4.5"))


@pytest.mark.parametrize(("field", "counts"), [("input", (-1_500, 10)), ("output", (10, -1_500))])
def test_per_token_cost_message_names_the_count_as_tokens(field: str, counts: tuple[int, int]) -> None:
    with pytest.raises(OutOfRangeError, match=(
            rf"^{field} tokens -1,500 is out of range: allowed 0 or more$")):
        per_token_cost(GPT4O_ILLUSTRATIVE, Decimal(counts[0]), Decimal(counts[1]))


def test_a_quote_carries_the_inputs_it_was_worked_from() -> None:
    # 2M in / 500k out a day over 1,000 calls is 2,000 in and 500 out per call.
    quote = quote_per_token(PerTokenRequest(
        rates=GPT4O_ILLUSTRATIVE, input_tokens=2_000_000, output_tokens=500_000, calls_per_day=1_000,
        tokens_per="day"))
    assert (quote.input_tokens_per_call, quote.output_tokens_per_call) == (2_000, 500)
    assert (quote.input_tokens_per_day, quote.output_tokens_per_day) == (2_000_000, 500_000)
    assert quote.calls_per_day == 1_000


def test_a_token_total_split_at_an_input_share() -> None:
    from pricing.per_token import split_tokens

    assert split_tokens(Decimal(500_000_000), Decimal("0.8")) == (400_000_000, 100_000_000)  # 4:1
    with pytest.raises(OutOfRangeError, match=r"^input share 150% is out of range: allowed 0% to 100%$"):
        split_tokens(Decimal(5), Decimal("1.5"))


def test_tokens_at_a_blended_rate() -> None:
    # 600M tokens a day at $4.50/M blended: $2,700
    day = tokens_at_rate(Decimal(600_000_000), Decimal("4.5"))
    assert (day.tokens, day.rate, day.cost) == (600_000_000, Decimal("4.5"), 2_700)
    assert tokens_at_rate(Decimal(250_000), Decimal(2)).cost == Decimal("0.5")
    assert tokens_at_rate(Decimal(0), Decimal(2)).cost == 0


@pytest.mark.parametrize(
    ("call", "message", "field"),
    [
        (lambda: tokens_at_rate(Decimal(-1), Decimal("4.5")),
         "tokens -1 is out of range: allowed 0 to 10,000,000,000,000", "tokens"),
        (lambda: cost_of_calls(
            CostSplit(input=Decimal(1), output=Decimal(1)), Decimal(-1)),
         "calls -1 is out of range: allowed 0 to 10,000,000,000", "calls"),
        (lambda: cost_over_days(
            CostSplit(input=Decimal(1), output=Decimal(1)), "week", -1),
         "days -1 is out of range: allowed 0 to 10,000,000,000", "days"),
    ],
)
def test_a_negative_count_is_refused_naming_what_it_counts(call: object, message: str, field: str) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        call()  # type: ignore[operator]
    assert (str(refused.value), refused.value.field) == (message, field)


def test_a_monthly_cost_over_a_contract_term_keeps_input_and_output_apart() -> None:
    from pricing import OutOfRangeError
    from pricing.per_token import CostSplit, cost_over_term

    term = cost_over_term(CostSplit(input=Decimal(1200), output=Decimal(300)), Decimal(12))
    assert term.months == Decimal(12)
    assert (term.cost.input, term.cost.output, term.cost.total) == (Decimal(14400), Decimal(3600), Decimal(18000))
    for months in (Decimal(0), Decimal(121)):
        with pytest.raises(OutOfRangeError) as refused:
            cost_over_term(CostSplit(input=Decimal(1), output=Decimal(1)), months)
        assert refused.value.field == "term_months"


def test_a_blended_rate_is_the_bill_over_the_tokens() -> None:
    from pricing.per_token import blended_rate

    rates = Rates(input=Decimal(3), output=Decimal(15), source="message")
    # 300M in, 100M out: 75% × $3 + 25% × $15 = $6.00 per 1M ($2,400 for 400M tokens).
    three_to_one = blended_rate(rates, Decimal(300_000_000), Decimal(100_000_000))
    assert three_to_one is not None
    assert three_to_one.input_share == Decimal("0.75") and three_to_one.output_share == Decimal("0.25")
    assert three_to_one.rate == Decimal(6)
    # 900 in, 100 out: 90% × $3 + 10% × $15 = $4.20.
    mostly_input = blended_rate(rates, Decimal(900), Decimal(100))
    assert mostly_input is not None and mostly_input.rate == Decimal("4.2")
    only_output = blended_rate(rates, Decimal(0), Decimal(50))
    assert only_output is not None and only_output.rate == 15 and only_output.input_share == 0
    assert blended_rate(rates, Decimal(0), Decimal(0)) is None


def test_a_quote_after_a_change_less_the_quote_before_it() -> None:
    from pricing.per_token import quote_change

    rates = Rates(input=Decimal(3), output=Decimal(15), source="message")

    def quote(output_tokens: int, calls: int | None = 10_000) -> PerTokenQuote:
        return quote_per_token(PerTokenRequest(rates=rates, input_tokens=Decimal(1_000),
                                               output_tokens=Decimal(output_tokens), calls_per_day=calls))

    # output goes from 300 to 900 tokens a call at 10,000 calls a day: input unchanged, output $45 → $135 a day
    change = quote_change(quote(300), quote(900))
    assert change.per_day is not None and change.per_month is not None
    assert (change.per_day.input, change.per_day.output) == (0, Decimal(90))
    assert (change.per_month.input, change.per_month.output) == (0, Decimal("2737.5"))  # × 730 ÷ 24
    fall = quote_change(quote(900), quote(300))  # the other way the bill falls
    assert fall.per_day is not None and fall.per_day.output == Decimal(-90)
    # a quote with no call volume has no day or month to compare
    assert quote_change(quote(300, None), quote(900)) == quote_change(quote(300), quote(900, None))
    assert quote_change(quote(300, None), quote(900)).per_day is None
    assert quote_change(quote(300), quote(900, None)).per_month is None


def test_a_change_of_both_sides_a_call_day_and_month() -> None:
    from pricing.per_token import quote_change

    rates = Rates(input=Decimal(2), output=Decimal(10), source="message")

    def quote(input_tokens: int, output_tokens: int) -> PerTokenQuote:
        return quote_per_token(PerTokenRequest(rates=rates, input_tokens=Decimal(input_tokens),
                                               output_tokens=Decimal(output_tokens), calls_per_day=Decimal(1_000)))

    # 4,000 in / 500 out → 1,000 in / 800 out: input falls $0.006 a call, output rises $0.003
    change = quote_change(quote(4_000, 500), quote(1_000, 800))
    assert change.per_call == CostSplit(input=Decimal("-0.006"), output=Decimal("0.003"))
    assert change.per_day == CostSplit(input=Decimal(-6), output=Decimal(3))
    assert change.per_month == CostSplit(input=Decimal("-182.5"), output=Decimal("91.25"))


def test_each_sides_share_of_a_cost() -> None:
    from pricing.per_token import side_shares

    shares = side_shares(CostSplit(input=Decimal(30), output=Decimal(45)))  # "what share of the bill is output?"
    assert shares is not None and (shares.input, shares.output) == (Decimal("0.4"), Decimal("0.6"))
    cents = side_shares(CostSplit(input=Decimal("0.003"), output=Decimal("0.001")))  # a call's cost, under $1
    assert cents is not None and (cents.input, cents.output) == (Decimal("0.75"), Decimal("0.25"))
    assert side_shares(CostSplit(input=Decimal(0), output=Decimal(0))) is None  # nothing to share


def test_a_cost_shared_by_seats_is_split_per_seat_with_input_and_output_kept_apart() -> None:
    from pricing.per_token import cost_per_head

    # 800 seats sharing $2,000 of input and $6,000 of output: $2.50 and $7.50 each, $10 a seat.
    shared = CostSplit(input=Decimal(2_000), output=Decimal(6_000))
    head = cost_per_head(shared, Decimal(800))
    assert head.heads == 800 and head.cost == shared
    assert (head.each.input, head.each.output, head.each.total) == (Decimal("2.5"), Decimal("7.5"), 10)
    for bad in (Decimal(0), Decimal(-3), Decimal(10) ** 9 + 1):
        with pytest.raises(OutOfRangeError) as refused:
            cost_per_head(shared, bad)
        assert refused.value.field == "heads" and refused.value.value == bad
    assert cost_per_head(shared, Decimal(10) ** 9).each.input == Decimal(2_000) / 10**9  # a billion is allowed
