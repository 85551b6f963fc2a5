"""Per-call fee against per-token cost: crossover at the mix, and calls larger than planned."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import OutOfRangeError, PerCallRequest, Rates, compare_per_call
from pricing.per_call import call_at_size, crossover

RATES = Rates(input=Decimal(5), output=Decimal(15), source="illustrative")


def test_crossover_at_three_to_one_mix() -> None:
    # 1,500 in + 500 out: blended $7.50/MTok; per-token $0.015 per call; a $0.02 fee crosses at 2,666.67 tokens
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.02"), input_tokens=1_500, output_tokens=500)
    )
    assert result.planned.per_token.input == Decimal("0.0075")
    assert result.planned.per_token.output == Decimal("0.0075")
    assert result.blended_rate == Decimal("7.5")
    assert result.crossover_tokens is not None
    assert result.crossover_tokens * Decimal("7.5") / 1_000_000 == pytest.approx(Decimal("0.02"))
    assert result.crossover_input_tokens == result.crossover_tokens * Decimal("0.75")
    assert result.planned.cheaper == "per_token"


def test_calls_twice_as_large_flip_the_winner() -> None:
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.02"), input_tokens=1_500, output_tokens=500,
                       calls_per_day=10_000)
    )
    assert result.grown.per_token.total == Decimal("0.030")
    assert result.grown.cheaper == "per_call" and result.winner_flips
    assert result.planned.per_day_per_token == Decimal("150")
    assert result.planned.per_day_per_call == Decimal("200")
    assert result.headroom is not None and result.headroom.quantize(Decimal("0.001")) == Decimal("1.333")


def test_cheap_fee_stays_ahead_when_calls_grow() -> None:
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.01"), input_tokens=1_500, output_tokens=500,
                       growth=Decimal(3))
    )
    assert result.planned.cheaper == "per_call" and result.grown.cheaper == "per_call"
    assert not result.winner_flips


def test_negative_fee_is_refused() -> None:
    with pytest.raises(OutOfRangeError, match=r"fee per call \$-0.01 is out of range: allowed \$0 to \$10,000"):
        PerCallRequest(rates=RATES, fee_per_call=Decimal("-0.01"), input_tokens=1, output_tokens=1)


def test_zero_token_call_has_no_mix_and_no_crossover() -> None:
    request = PerCallRequest(rates=RATES, fee_per_call=Decimal("0.01"), input_tokens=0, output_tokens=0)
    result = compare_per_call(request)
    assert result.crossover_tokens is None and result.input_share is None
    assert result.planned.cheaper == "per_token"


def test_free_model_has_no_crossover() -> None:
    free = Rates(input=Decimal(0), output=Decimal(0), source="x")
    request = PerCallRequest(rates=free, fee_per_call=Decimal("0.01"), input_tokens=10, output_tokens=10)
    result = compare_per_call(request)
    assert result.crossover_tokens is None and result.headroom is None


def test_fee_equal_to_the_per_token_cost_is_a_tie() -> None:
    # 1,500 × $5/M + 500 × $15/M = $0.015, exactly the fee; at twice the size per-token costs $0.03.
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.015"), input_tokens=1_500, output_tokens=500)
    )
    assert result.planned.cheaper == "equal"
    assert result.grown.cheaper == "per_call" and result.winner_flips
    assert result.crossover_tokens == 2_000 and result.headroom == 1


def test_daily_and_730_hour_monthly_figures_for_both_structures() -> None:
    # 10,000 calls a day: per-token $0.015 a call = $150 a day = $150 × 730 / 24 = $4,562.50 a month;
    # the $0.02 fee = $200 a day = $6,083.33 a month. Twice the size: $300 a day, $9,125 a month.
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.02"), input_tokens=1_500, output_tokens=500,
                       calls_per_day=10_000)
    )
    planned, grown = result.planned, result.grown
    assert planned.per_month_per_token == Decimal("4562.5")
    assert planned.per_month_per_call is not None
    assert planned.per_month_per_call.quantize(Decimal("0.01")) == Decimal("6083.33")
    assert (grown.input_tokens, grown.output_tokens) == (Decimal(3_000), Decimal(1_000))
    assert (grown.per_day_per_token, grown.per_month_per_token) == (Decimal(300), Decimal(9125))
    assert grown.per_day_per_call == Decimal(200) and grown.fee == Decimal("0.02")
    assert result.calls_per_day == 10_000 and result.growth == 2 and result.month_hours == 730
    assert result.fee_per_call == Decimal("0.02") and result.source == "illustrative"


def test_crossover_splits_at_the_planned_mix() -> None:
    # $0.02 × 1M / $7.50 = 2,666.67 tokens: three quarters (2,000) input, 666.67 output.
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.02"), input_tokens=1_500, output_tokens=500)
    )
    assert result.input_share == Decimal("0.75")
    assert result.crossover_input_tokens == 2_000
    assert result.crossover_output_tokens is not None
    assert result.crossover_output_tokens.quantize(Decimal("0.01")) == Decimal("666.67")
    assert result.planned.per_day_per_token is None and result.planned.per_month_per_call is None


def test_the_cheaper_structure_saves_the_difference_per_call() -> None:
    # per-token $0.015 against a $0.02 fee: per-token saves half a cent a call; at twice the size ($0.03) the fee
    # saves a cent.
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.02"), input_tokens=1_500, output_tokens=500)
    )
    assert result.planned.difference == Decimal("0.005") and result.grown.difference == Decimal("0.01")


def test_a_one_token_call_still_has_a_mix_and_a_crossover() -> None:
    # One input token: the mix is all input, blended $5/MTok, and a $0.02 fee crosses at 0.02 × 1M / 5 = 4,000.
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.02"), input_tokens=1, output_tokens=0))
    assert (result.input_share, result.blended_rate) == (1, 5)
    assert (result.crossover_tokens, result.crossover_input_tokens, result.crossover_output_tokens) == (4_000, 4_000, 0)
    assert result.headroom == 4_000


def test_crossover_at_a_mix_reports_both_shares() -> None:
    # 40% input: blended 0.4 × $5 + 0.6 × $15 = $11/MTok; a $0.011 fee crosses at 1,000 tokens (400 in, 600 out).
    result = crossover(RATES, Decimal("0.011"), Decimal("0.4"))
    assert (result.input_share, result.output_share, result.blended_rate) == (Decimal("0.4"), Decimal("0.6"), 11)
    assert (result.crossover_tokens, result.crossover_input_tokens, result.crossover_output_tokens) == (1_000, 400, 600)


@pytest.mark.parametrize(
    ("fee", "share", "message"),
    [("-1", "0.5", "fee per call $-1 is out of range: allowed $0 to $10,000"),
     ("0.02", "1.5", "input share 150% is out of range: allowed 0% to 100%")],
)
def test_crossover_refuses_a_bad_fee_or_share_by_name(fee: str, share: str, message: str) -> None:
    with pytest.raises(OutOfRangeError) as info:
        crossover(RATES, Decimal(fee), Decimal(share))
    assert str(info.value) == message


def test_crossover_input_with_the_output_held() -> None:
    from pricing.per_call import crossover_input

    # 500 output tokens at $15/MTok cost $0.0075; the rest of a $0.02 fee buys 0.0125 × 1M / $5 = 2,500 input tokens
    assert crossover_input(RATES, Decimal("0.02"), Decimal(500)) == 2_500
    # a $0.005 fee is less than the output alone: negative, per-call is cheaper at any prompt size
    assert crossover_input(RATES, Decimal("0.005"), Decimal(500)) == -500
    assert crossover_input(Rates(input=Decimal(0), output=Decimal(15), source="free input"),
                           Decimal("0.02"), Decimal(500)) is None
    with pytest.raises(OutOfRangeError, match=r"^fee per call \$-1 is out of range"):
        crossover_input(RATES, Decimal(-1), Decimal(500))
    with pytest.raises(OutOfRangeError, match=r"^output tokens -1 is out of range: allowed 0 to 10,000,000$"):
        crossover_input(RATES, Decimal("0.02"), Decimal(-1))


def test_crossover_input_at_a_rate_under_a_dollar() -> None:
    from pricing.per_call import crossover_input

    # $0.50/$1.50 per MTok: 500 output tokens cost $0.00075; (0.02 − 0.00075) × 1M / 0.50 = 38,500 input tokens
    cheap = Rates(input=Decimal("0.5"), output=Decimal("1.5"), source="illustrative")
    assert crossover_input(cheap, Decimal("0.02"), Decimal(500)) == 38_500


def test_a_per_call_bill_gives_the_calls_it_pays_for() -> None:
    from pricing.per_call import calls_from_bill

    paid = calls_from_bill(Decimal(15_000), Decimal("0.006"))  # "we pay $15k/mo at $0.006/call"
    assert (paid.bill, paid.fee_per_call, paid.calls) == (Decimal(15_000), Decimal("0.006"), Decimal(2_500_000))
    with pytest.raises(OutOfRangeError) as free:
        calls_from_bill(Decimal(15_000), Decimal(0))
    assert (free.value.field, free.value.value, free.value.unit) == ("per_call_fee", Decimal(0), "usd")
    assert str(free.value).endswith("allowed more than $0")
    with pytest.raises(OutOfRangeError) as negative:
        calls_from_bill(Decimal(-1), Decimal("0.006"))
    assert negative.value.field == "fee_spend"
    with pytest.raises(OutOfRangeError) as dear:
        calls_from_bill(Decimal(15_000), Decimal(20_000))
    assert dear.value.field == "per_call_fee"


def test_the_cheaper_structure_saves_the_difference_a_day_and_a_month() -> None:
    # 20,000 calls a day: per-token $0.0075 a call = $150 a day, the 1.2-cent fee $240 a day; $90 a day apart,
    # $90 × 730 / 24 = $2,737.50 a month. Twice the size ($0.015 a call, $300 a day) the fee saves $60 a day.
    result = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.012"), input_tokens=900, output_tokens=200,
                       calls_per_day=20_000)
    )
    assert result.planned.per_day_difference == Decimal(90)
    assert result.planned.per_month_difference == Decimal("2737.5")
    assert result.grown.per_day_difference == Decimal(60)
    assert result.grown.per_month_difference == Decimal(1825)
    without_volume = compare_per_call(
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.012"), input_tokens=900, output_tokens=200)
    )
    assert without_volume.planned.per_day_difference is None
    assert without_volume.planned.per_month_difference is None


def test_the_fee_against_the_per_token_cost_as_a_share() -> None:
    # 1,500 × $3/1M + 300 × $15/1M = $0.009 a call: a 1.2-cent fee is 0.012 ÷ 0.009 − 1 = a third more; a 0.6-cent
    # fee is a third less; a free call has no share.
    rates = Rates(input=Decimal(3), output=Decimal(15), source="message")
    dear = compare_per_call(PerCallRequest(rates=rates, fee_per_call=Decimal("0.012"), input_tokens=1_500,
                                           output_tokens=300))
    assert dear.planned.fee_against_per_token == Decimal("0.012") / Decimal("0.009") - 1
    cheap = compare_per_call(PerCallRequest(rates=rates, fee_per_call=Decimal("0.006"), input_tokens=1_500,
                                            output_tokens=300))
    assert cheap.planned.fee_against_per_token == Decimal("0.006") / Decimal("0.009") - 1
    free = compare_per_call(PerCallRequest(rates=rates, fee_per_call=Decimal("0.006"), input_tokens=0,
                                           output_tokens=0))
    assert free.planned.fee_against_per_token is None


def test_the_fee_against_a_call_of_the_size_calls_really_run_at() -> None:
    from pricing.per_call import call_at_size

    # planned at 900 in / 200 out, but prod averages 6k in / 1.2k out: 6,000 × $5 + 1,200 × $15 per 1M = $0.048
    # a call per token against the 1.2-cent fee, so the fee is cheaper: $960 against $240 a day at 20,000 calls
    planned = PerCallRequest(rates=RATES, fee_per_call=Decimal("0.012"), input_tokens=900, output_tokens=200,
                             calls_per_day=20_000)
    real = call_at_size(planned, Decimal(6_000), Decimal(1_200))
    assert (real.input_tokens, real.output_tokens) == (6_000, 1_200)  # the size given, never grown
    assert (real.per_token.input, real.per_token.output, real.fee) == (
        Decimal("0.03"), Decimal("0.018"), Decimal("0.012"))
    assert real.cheaper == "per_call" and real.difference == Decimal("0.036")
    assert (real.per_day_per_token, real.per_day_per_call) == (Decimal(960), Decimal(240))
    assert (real.per_month_per_token, real.per_month_per_call) == (Decimal(29_200), Decimal(7_300))
    # a smaller real call: 400 in / 100 out is $0.0035 per token, cheaper than the fee
    small = call_at_size(planned, Decimal(400), Decimal(100))
    assert small.per_token.total == Decimal("0.0035") and small.cheaper == "per_token"
    # without a volume there is no day or month
    no_volume = call_at_size(planned.model_copy(update={"calls_per_day": None}), Decimal(6_000), Decimal(1_200))
    assert (no_volume.per_day_per_token, no_volume.per_month_per_call) == (None, None)
    # a month of 22 business days stays 22 days at the real size: $960 and $240 a day over 22 days
    business = call_at_size(planned.model_copy(update={"month_hours": 22 * 24}), Decimal(6_000), Decimal(1_200))
    assert (business.per_month_per_token, business.per_month_per_call) == (Decimal(21_120), Decimal(5_280))
    with pytest.raises(OutOfRangeError) as refused:
        call_at_size(planned, Decimal(-1), Decimal(1_200))
    assert refused.value.field == "input_tokens"


def test_a_month_of_calls_on_fewer_days_a_week_is_that_share_of_the_month() -> None:
    # 10,000 calls a business day, 5 days a week: a 730-hour month holds 10,000 × 730 / 24 × 5 / 7 calls
    # = 217,261.9; per-token $0.015 a call = $3,258.93 a month, the $0.02 fee $4,345.24 (the day's figures unchanged)
    request = PerCallRequest(rates=RATES, fee_per_call=Decimal("0.02"), input_tokens=1_500, output_tokens=500,
                             calls_per_day=10_000, days_a_week=Decimal(5))
    result = compare_per_call(request)
    assert result.calls_per_month is not None and result.calls_per_month.quantize(Decimal("0.1")) == Decimal(
        "217261.9")
    assert result.planned.per_day_per_token == Decimal(150)
    assert result.planned.per_month_per_token is not None
    assert result.planned.per_month_per_token.quantize(Decimal("0.01")) == Decimal("3258.93")
    assert result.planned.per_month_per_call is not None
    assert result.planned.per_month_per_call.quantize(Decimal("0.01")) == Decimal("4345.24")
    assert result.days_a_week == 5
    assert call_at_size(request, Decimal(3_000), Decimal(1_000)).per_month_per_token == (
        result.grown.per_month_per_token)


@pytest.mark.parametrize("days", [Decimal(0), Decimal(8)])
def test_days_a_week_out_of_range_are_refused_by_name(days: Decimal) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        PerCallRequest(rates=RATES, fee_per_call=Decimal("0.02"), input_tokens=1_500, output_tokens=500,
                       calls_per_day=10_000, days_a_week=days)
    assert refused.value.field == "days_a_week"
