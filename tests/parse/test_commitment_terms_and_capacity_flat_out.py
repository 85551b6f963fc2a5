"""A commitment's term said in words or as a compound ("for three months", "a 6-month reservation"): provisioned
units are billed over the whole term, and a monthly spend is totalled over it. What a capacity serves flat out, set
against the average load in the same unit, is its utilization."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 4 × $12 × 730 h = $35,040 a month; × 3 months (2,190 h) = $105,120
        ("they want 4 units at $12/unit-hour committed for three months. what's the commitment worth?",
         ["$35,040.00", "$105,120.00"]),
        # 2 × $20 × 730 = $29,200; a 3-month term: 2,190 h → $87,600
        ("2 PTUs at $20 an hour, 3-month term, total?", ["$29,200.00", "$87,600.00"]),
        # 5 × $8 × 4,380 h (six months) = $175,200
        ("5 units at $8/hr on a six-month reservation, what's the total?", ["$175,200.00"]),
    ],
)
def test_units_are_billed_over_the_term(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_monthly_spend_is_totalled_over_a_term_in_words() -> None:
    # $20k × 3 = $60k on-demand; × (1 − 30%) ÷ 80% = $52,500; saving $7,500
    assert_figures("$20k a month on-demand, 30% off if they commit for three months, 80% util. what do they save "
                   "over the commitment?", ["$52,500.00", "$7,500.00"])


def test_a_year_asked_by_name_is_not_restated_as_a_term() -> None:
    # "one-year commitment ... annual": the yearly line says it once
    reply = reply_text("a one-year commitment of 4 units at $9.60/hr: annual and monthly?")
    assert "$336,384.00" in reply and "committed:" not in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 30M ÷ 50M = 60%; (1 − 35%) ÷ 60% = 1.0833× on-demand
        ("the reserved capacity handles 50M tokens an hour flat out, their average is 30M an hour. at 35% off, does "
         "it pay?", ["60%", "1.0833"]),
        # 1,200 ÷ 2,000 = 60% = the break-even at 40% off
        ("capacity maxes out at 2,000 RPS; they average 1,200 RPS. 40% discount, cost vs on-demand?", ["60%", "1×"]),
        # 90k ÷ 120k = 75%; 0.7 ÷ 0.75 = 0.9333×
        ("the units can push 120k TPM at full tilt and the customer averages 90k TPM; 30% off - worth it?",
         ["75%", "0.9333"]),
    ],
)
def test_the_average_load_out_of_what_the_capacity_serves_flat_out_is_the_utilization(
        text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_traffic_that_maxes_out_is_a_peak() -> None:
    # 900 ÷ 300 = a peak-to-average ratio of 3, not a utilization
    assert "ratio = peak load ÷ average load = 900 requests/s ÷ 300 requests/s = *3*" in reply_text(
        "their traffic maxes out at 900 RPS and averages 300 RPS; 40% off, sized for peak?")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2 h ÷ 24 h = 8.33%; (1 − 40%) ÷ 8.33% = 7.2× on-demand
        ("their nightly batch runs for 2 hours and the capacity would sit reserved 24/7. what utilisation is that, and "
         "at 40% off is it worth it?", ["8.33%", "7.2×"]),
        # 6 ÷ 24 = 25%; 0.7 ÷ 0.25 = 2.8×
        ("the job runs 6 hours a day, capacity billed around the clock, 30% off. worth it?", ["25%", "2.8×"]),
    ],
)
def test_a_job_of_some_hours_on_a_reservation_billed_around_the_clock_is_its_duty_cycle(
        text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "discount"),
    [
        # 1 − 70% × (1 − 20%) = 44%
        ("they'll run at about 70% util; what discount gets them 20% under on-demand?", "44%"),
        # 1 − 65% × (1 − 15%) = 44.75%
        ("to come in 15% below on-demand at sixty-five percent utilization, how deep does the discount need to be?",
         "44.75%"),
    ],
)
def test_a_share_below_on_demand_asked_for_is_a_target_not_the_discount(text: str, discount: str) -> None:
    assert f"= *{discount}*" in reply_text(text)


def test_a_price_said_below_on_demand_is_still_the_discount() -> None:
    assert "1 − 20% = *80%*" in reply_text("provisioned is priced 20% below on-demand; at 70% util is it cheaper?")


def test_a_saving_asked_with_so_its_is_the_target() -> None:
    # break even 1 − 75% = 25%; 20% cheaper: 1 − 75% × 80% = 40%
    reply = reply_text("they'll sustain ~75% utilization. minimum discount to break even at 75%? and what discount do "
                       "we need so it's a full 20% cheaper than on-demand at that level?")
    assert "= *25%*" in reply and "= *40%*" in reply
