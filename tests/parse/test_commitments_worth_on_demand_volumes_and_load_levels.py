"""Provisioned asks stated by what the commitment is worth on-demand, by the tokens that break a unit bill even, and by
a load profile priced per unit-hour: the on-demand value of the full commitment with a discount gives the commitment's
price; a commitment "worth $50k on-demand" is the whole capacity's worth, so the saving is on the share used (and per
year when asked); a unit bill over a blended rate gives the break-even volume; a load profile names the share of hours
at or above the commitment and, priced per PTU-equivalent hour, the day in dollars. Every figure is worked by hand in
the comment beside it."""

from __future__ import annotations

import pytest

from bot.router import answer


def _reply(text: str) -> tuple[str, str]:
    reply = answer(text, rate_cards={})
    return reply.intent, reply.text


# The on-demand value of the full commitment, with a discount: the commitment costs value × (1 − d).
@pytest.mark.parametrize(("text", "figures"), [
    # 120,000 × (1 − 0.38) = 74,400; break-even 62%; at 80%: 0.62 ÷ 0.8 = 77.5%
    ("deal sheet:\n| item | value |\n|---|---|\n| on-demand value of full commit | $120,000 / month |\n"
     "| provisioned discount | 38% |\n| expected utilization | 80% |\ncommit cost and cost vs OD?",
     ["$74,400.00", "62%", "77.5%"]),
    # 80,000 × 0.7 = 56,000 a month; at 70%: 80,000 × 0.7 = 56,000 on-demand, the same
    ("the on-demand value of the full commitment is $80k a month, PT discount 30%, we expect 70% utilisation. "
     "whats the monthly commit?", ["$56,000.00", "70%"]),
    # 200,000 × (1 − 0.45) = 110,000; at 90% on-demand of use = 180,000; 180,000 − 110,000 = 70,000 a month less
    ("OD value of the whole commitment: $200,000/mo, they get 45% off, usage about ninety percent. monthly saving?",
     ["$110,000.00", "$180,000.00", "$70,000.00"]),
])
def test_the_full_commitments_worth_on_demand_gives_its_price(text: str, figures: list[str]) -> None:
    intent, body = _reply(text)
    assert intent == "break_even"
    for figure in figures:
        assert figure in body, figure


def test_a_commitment_stated_as_its_price_is_not_read_as_its_worth() -> None:
    # $120,000 is what they pay: the capacity is worth 120,000 ÷ 0.62 = 193,548.39 on-demand, never 120,000 × 0.62
    intent, body = _reply("PT commitment: $120,000/month, 38% discount, 80% utilization")
    assert intent == "break_even"
    assert "$193,548.39" in body
    assert "$74,400.00" not in body


# A commitment's price beside what it is worth on-demand fully used: the saving is on the share used.
@pytest.mark.parametrize(("text", "figures"), [
    # break-even 30 ÷ 50 = 60%; at 75%: 50,000 × 0.75 = 37,500 − 30,000 = 7,500 a month ahead
    ("commit $30k a month worth $50k on-demand at 75% utilisation: are they ahead?",
     ["60%", "$37,500.00", "$7,500.00"]),
    # 12,000 vs 20,000: break-even 60%; at 2/3: 13,333.33 − 12,000 = 1,333.33 a month; × 12 = 16,000 a year
    ("they're committing $12,000 a month, worth $20,000 a month on demand at full use; running about two thirds "
     "full. saving per year?", ["60%", "$1,333.33", "$16,000.00"]),
    # 24,000 vs 40,000 at 80%: 32,000 − 24,000 = 8,000 a month; × 12 = 96,000 a year
    ("They'd pay $24,000 a month for PTUs that would run $40,000 a month on demand if fully used. at 80% utilization "
     "what's the saving per year?", ["$8,000.00", "$384,000.00", "$96,000.00"]),
    # 18,000 vs 30,000 at 2/3: 20,000 − 18,000 = 2,000 a month; 24,000 a year
    ("reservation is $18k/mo flat, same capacity fully used would cost $30k/mo on-demand, they'll sit at 2/3 "
     "utilisation. annual saving?", ["$2,000.00", "$24,000.00"]),
])
def test_a_commitment_worth_more_on_demand_saves_on_the_share_used(text: str, figures: list[str]) -> None:
    intent, body = _reply(text)
    assert intent == "break_even"
    for figure in figures:
        assert figure in body, figure


def test_the_yearly_saving_is_only_added_when_a_year_is_asked() -> None:
    _, body = _reply("commit $30k a month worth $50k on-demand at 75% utilisation: are they ahead?")
    assert "$90,000.00" not in body


def test_a_commitment_against_the_traffic_it_carries_is_not_a_full_use_worth() -> None:
    # "$50k a month on-demand for the same traffic": the traffic, not the capacity; 50,000 − 30,000 = 20,000 less
    _, body = _reply("PT commit $30k a month vs $50k a month on-demand for the same traffic. worth it?")
    assert "$20,000.00" in body
    assert "$37,500.00" not in body


# Units billed by the hour over a blended on-demand rate: the tokens that cost the bill on-demand.
@pytest.mark.parametrize(("text", "figures"), [
    # 1 × 12 × 720 = 8,640; 8,640 ÷ $4 × 1M = 2,160,000,000
    ("1 provisioned unit at $12/hr, 30-day month (720 hrs). OD blended rate on their mix is $4 per 1M tokens. "
     "how many tokens a month before PT breaks even?", ["$8,640.00", "2,160,000,000 tokens"]),
    # 2 × 9 × 730 = 13,140; ÷ $3 × 1M = 4,380,000,000
    ("2 PTUs at $9/hr, 730h month, blended on-demand rate for their mix is $3 per 1M. how many tokens a month to "
     "break even?", ["$13,140.00", "4,380,000,000 tokens"]),
    # 1 × 20 × 730 = 14,600; ÷ $5 × 1M = 2,920,000,000
    ("one unit @ $20 an hour, 24/7 (730 hrs), OD blended rate $5/M. break-even tokens per month?",
     ["$14,600.00", "2,920,000,000 tokens"]),
])
def test_a_unit_bill_over_a_blended_rate_gives_the_break_even_volume(text: str, figures: list[str]) -> None:
    intent, body = _reply(text)
    assert intent == "break_even"
    for figure in figures:
        assert figure in body, figure
    assert "none needed" not in body  # the blended rate entered the figures


def test_a_unit_bill_with_input_and_output_rates_has_no_single_break_even_volume() -> None:
    _, body = _reply("1 unit at $12/hr, $3 in / $15 out per 1M. how many tokens a month to break even?")
    assert "Break-even volume" not in body


# A load profile: the commitment's share of hours at or above it, and priced per unit-hour, the day in dollars.
@pytest.mark.parametrize(("text", "figures"), [
    # commit 300: 300 × 24 × 1.20 = 8,640 + (500 − 300) × 6 × 2 = 2,400 → 11,040; load ≥ 300 in 18 of 24 = 75%
    ("Hourly load for a typical day, in PTU-equivalents:\n00:00-06:00  100\n06:00-18:00  300\n18:00-24:00  500\n"
     "Provisioned is 40% below on-demand; on-demand works out to $2.00 per PTU-equivalent-hour. commitment level and "
     "daily cost?", ["300 PTUs", "$11,040.00", "75%"]),
    # commit 120 (≥ 120 in 16 of 24 = 66.67% ≥ 65%): 24 × 0.65 × 120 × 1.5 = 2,808 + 80 × 8 × 1.5 = 960 → 3,768
    ("load by hour in PTUs: 8h at 50, 8h at 120, 8h at 200. 35% discount vs on-demand, on-demand is $1.50 per "
     "PTU-equivalent hour. what commitment level?", ["120 PTUs", "$3,768.00", "66.67%"]),
    # commit 60k (≥ 60k in 18 of 24 = 75% ≥ 70%; ≥ 90k in 12 of 24 = 50%)
    ("TPM profile (weekday):\n- 00-06: 20k TPM\n- 06-12: 120k TPM\n- 12-18: 90k TPM\n- 18-24: 60k TPM\n"
     "PTU discount is 30% vs pay-go, overflow to pay-go. what TPM should we commit at?", ["60,000 TPM", "75%"]),
])
def test_a_load_profile_names_the_hours_at_the_commitment_and_its_day(text: str, figures: list[str]) -> None:
    intent, body = _reply(text)
    assert intent == "break_even"
    for figure in figures:
        assert figure in body, figure


def test_a_flat_profile_adds_no_share_of_hours_reached() -> None:
    # 40 units reached in all 24 hours and exceeded in 12: the share is said; a commitment exceeded exactly as often as
    # reached says nothing more
    _, body = _reply("loads: 12 hrs @ 40 units, 12 hrs @ 80 units; PT is 45% off OD; $3 per unit-hour on demand. "
                     "commit how many units, daily cost?")
    assert "reached in 24 of 24" in body
    # 24 × 0.55 × 40 × 3 = 1,584 + 40 × 12 × 3 = 1,440 → 3,024
    assert "$3,024.00" in body


def test_a_unit_hour_price_from_a_monthly_price_prints_as_money() -> None:
    # 10,000 ÷ 730 = 13.69863…: shown in cents, and the bill line says the cents move the product
    _, body = _reply("3 PTUs at $10,000 per PTU per month, 2,500 tokens per minute per PTU, $5/$15 per 1M, 80% input, "
                     "70% utilization")
    assert "$13.70" in body
    assert "$13.6986" not in body
    assert "3 × $13.70 × 730 ≈ *$30,000.00*" in body


def test_a_load_priced_per_unit_hour_names_the_message_as_its_rate_source() -> None:
    _, body = _reply("load by hour in PTUs: 8h at 50, 8h at 120, 8h at 200. 35% discount, on-demand is $1.50 per "
                     "PTU-hour. commitment level?")
    assert "none needed" not in body
    _, plain = _reply("40% discount on PTUs, 80% utilization")
    assert "none needed" in plain


# An on-demand bill with its period after on-demand ("on-demand monthly: $64,000"): the new bill and the net.
@pytest.mark.parametrize(("text", "figures"), [
    # 64,000 × 0.55 ÷ 0.88 = 40,000; 64,000 − 40,000 = 24,000
    ("pasting from the deal sheet:\n| on-demand monthly | $64,000 |\n| PT discount       | 45%     |\n"
     "| expected util     | 88%     |\nwhat's the net?", ["$40,000.00", "$24,000.00"]),
    # 64,000 × 0.55 ÷ 0.88 = 40,000 (the same figures said in a line, the scale a k)
    ("OD monthly spend $64k, 45% off PT, 88% util", ["$40,000.00", "$24,000.00"]),
    # 5,000 × 0.7 ÷ (2/3) = 5,250: 250 a week more than on-demand
    ("payg weekly is about $5,000; provisioned 30% off; runs two thirds full. new weekly bill?",
     ["$5,250.00", "$250.00"]),
])
def test_an_on_demand_bill_with_its_period_after_on_demand_is_the_spend(text: str, figures: list[str]) -> None:
    intent, body = _reply(text)
    assert intent == "break_even"
    for figure in figures:
        assert figure in body, figure


def test_on_demand_tokens_a_month_are_no_spend() -> None:
    _, body = _reply("on-demand monthly tokens: 500M, 40% off, 80% util")
    assert "$500" not in body


# A load said as "N units of throughput for H hours": the commitment, the day's bill and its saving in dollars.
@pytest.mark.parametrize(("text", "figures"), [
    # commit 40 (100 only 8 of 24 h < 60%): 40 × 24 × 6 = 5,760 + 60 × 8 × 10 = 4,800 → 10,560; all OD
    # (800 + 640) × 10 = 14,400; saving 3,840
    ("Hourly load: 100 units of throughput for 8 hours a day, 40 units for the other 16 hours. On-demand works out "
     "to $10 per unit-hour, and provisioned is 40% off. commit level and daily bill?",
     ["40 units", "$10,560.00", "$14,400.00", "$3,840.00"]),
    # commit 30 (≥ 30 in 24 h; 90 only 6 of 24 = 25% < 70%): 24 × 0.7 × 30 × 4 = 2,016 + 60 × 6 × 4 = 1,440 → 3,456;
    # all OD (540 + 540) × 4 = 4,320; saving 864
    ("load is 90 units of capacity for 6 hours, 30 units for the remaining 18. OD $4 per unit-hour, PT thirty "
     "percent off. what do we commit?", ["30 units", "$3,456.00", "$4,320.00", "$864.00"]),
])
def test_a_load_said_of_throughput_gets_its_commitment_and_day(text: str, figures: list[str]) -> None:
    intent, body = _reply(text)
    assert intent == "break_even"
    for figure in figures:
        assert figure in body, figure
