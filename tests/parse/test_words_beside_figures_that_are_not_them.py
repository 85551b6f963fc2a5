"""Words that sit near a figure without naming it: "on par with 3 vendors" is not a peak-to-average ratio, a
percentage said of traffic is not the EA discount because the EA is named elsewhere, and "at 3/15" in a message with
no price in it is a date, not input and output rates (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize("text", [
    "latency is on par with the 4 other providers we benchmarked; 35% off reserved, worth it?",
    "their uptime is par for the course, 2 incidents a quarter, 40% discount on PTUs",
    "quality's on par, maybe 3 of the 5 evals match; provisioned at 30% off?",
])
def test_par_as_an_ordinary_word_sets_no_peak_to_average(text: str) -> None:
    assert parse(text).fields.peak_to_average is None


@pytest.mark.parametrize(("text", "par"), [
    ("our PAR is 2.5, provisioned 30% off, worth it?", "2.5"),
    ("peak to average is roughly 3x; 25% off reserved?", "3"),
    ("peak vs average at the logistics client is about 2; 40% off PTUs?", "2"),
])
def test_the_ratio_named_is_still_read(text: str, par: str) -> None:
    assert parse(text).fields.peak_to_average == Decimal(par)


@pytest.mark.parametrize("text", [
    "Bedrock is 12% over direct; their EDP is still being negotiated and 30% of requests are retries",
    "azure lists 11% above direct; EA terms are with procurement, and 40% of traffic is overnight batch",
])
def test_a_percentage_said_of_something_else_is_not_the_ea_discount(text: str) -> None:
    ask = parse(text)
    assert ask.fields.ea_discount is None
    assert "the buyer's EA discount" in reply_text(text)


@pytest.mark.parametrize(("text", "ea"), [
    ("azure is 10% over direct, and they have a 22% EDP", "0.22"),
    ("bedrock marks up 14%; their EA: 18%", "0.18"),
])
def test_a_percentage_beside_the_ea_is_its_discount(text: str, ea: str) -> None:
    assert parse(text).fields.ea_discount == Decimal(ea)


@pytest.mark.parametrize("text", [
    "steerco at 2/9, 12k calls a day, 600 tokens in, 150 out",
    "offsite @ 3/12, 5k calls a day, 2k tokens in and 400 out",
    "board review at 1/8, 20k calls a day, 1k tokens in and 300 out",
])
def test_a_pair_in_a_message_without_a_price_is_not_rates(text: str) -> None:
    fields = parse(text).fields
    assert fields.input_rate is None and fields.output_rate is None


def test_a_pair_does_not_replace_a_named_models_rates() -> None:
    text = "deal closes at 1/6, 15k calls a day on gpt-4o, 800 tokens in and 200 out"
    fields = parse(text).fields
    assert fields.model == "gpt-4o"
    assert fields.input_rate is None and fields.output_rate is None


@pytest.mark.parametrize(("text", "rates"), [
    ("pricing 2/8, 4k calls a day, 1k tokens in and 250 out", ("2", "8")),
    ("at 0.5/2 with a $300 budget, 6k calls a day", ("0.5", "2")),
    ("12M in and 3M out on 1/4 per month", ("1", "4")),
])
def test_a_pair_with_a_price_cue_is_still_the_rates(text: str, rates: tuple[str, str]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))


@pytest.mark.parametrize("text", [
    "$120 per workshop for training, the rest is per token, 2k calls a day",
    "onboarding is $300 per analyst, then per token pricing; 5k calls a day",
    "$35 per engineer onboarding, then we bill by the token",
])
def test_a_one_off_fee_per_named_thing_with_no_count_of_them_is_not_a_per_call_fee(text: str) -> None:
    assert parse(text).fields.per_call_fee is None


@pytest.mark.parametrize(("text", "fee", "calls"), [
    ("$0.03 per claim, 4,000 claims a day", "0.03", "4000"),
    ("we'd price at $0.08 per itinerary, about 1,500 itineraries a day", "0.08", "1500"),
])
def test_a_fee_per_named_thing_with_a_count_of_them_is_the_per_call_fee(text: str, fee: str, calls: str) -> None:
    fields = parse(text).fields
    assert (fields.per_call_fee, fields.calls_per_day) == (Decimal(fee), Decimal(calls))


@pytest.mark.parametrize("text", [
    "bigger model, 40% provisioned discount, 80% busy (730 hrs)",
    "is the more expensive model worth it at 35% off and 70% busy? (730 hrs)",
])
def test_a_months_hours_with_no_month_named_is_left_out_and_said(text: str) -> None:
    assert "Not used in these figures: “730 hrs”" in reply_text(text)


def test_a_months_hours_beside_a_month_named_confirms_it() -> None:
    text = "bigger model, 40% provisioned discount, 80% busy, monthly figures please (730 hrs)"
    assert "730 hrs" not in reply_text(text)


@pytest.mark.parametrize("text", [
    "ptu load: 9-5 120, 5-9 40, is a commit worth it",
    "load profile 7-7 is wrong, try 10-4 200 ptus and 4-10 60 ptus; provisioned?",
])
def test_a_clock_range_without_am_or_pm_that_wraps_is_not_read_as_a_24_hour_span(text: str) -> None:
    assert not parse(text).fields.load_profile
    assert "Not used in these figures" in reply_text(text)


def test_a_24_hour_clock_range_that_wraps_is_still_read() -> None:
    assert parse("load profile 22-06 20, 06-22 90 ptus").fields.load_profile == [
        (Decimal(20), Decimal(8)), (Decimal(90), Decimal(16))]
