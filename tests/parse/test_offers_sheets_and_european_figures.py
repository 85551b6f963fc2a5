"""An options sheet whose on-demand row is the baseline ("A,on-demand per-token,0,n/a"), invoice lines whose values
carry a sign ("uplift over direct ....... +25%"), a month's usage row with a scaled count ("over the month, 1.2m
requests"), thousands written with full stops where decimals take a comma ("$12,50" beside "$45.625 a month"), what
the same traffic "would come to" or "they'd be at" on-demand, peaks that "hit 4x that", and a load that "gets
hammered" sized "to cover the flash-sale peak"."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_an_options_sheet_with_the_on_demand_baseline_row() -> None:
    text = reply("option,pricing,discount_vs_ondemand,forecast_util\nA,on-demand per-token,0,n/a\n"
                 "B,provisioned 12mo,0.25,60%\nwhere does B break even, and what does it cost vs on-demand at 60%?")
    # break-even 1 − 25% = 75%; (1 − 25%) ÷ 60% = 1.25×
    assert "*75%*" in text
    assert "1.25×" in text
    assert "1 − 0%" not in text


def test_invoice_lines_whose_value_carries_a_plus_sign() -> None:
    text = reply("```\nDirect API equivalent (same model) ....... $10,000.00 / mo\n"
                 "Azure OpenAI list uplift over direct ...... +20%\n"
                 "Enterprise Agreement discount ............. 10%\n```\n"
                 "effective markup after the EA, and the monthly bill on Azure?")
    # (1.2 × 0.9) − 1 = 8%; $10,000 × 1.08 = $10,800
    assert "*8%*" in text
    assert "*$10,800.00* a month" in text


def test_a_months_usage_row_with_a_scaled_count_of_requests() -> None:
    text = reply("May usage export (automatic caching, no write surcharge):\n"
                 "month,requests,shared_prefix_tokens,requests_hitting_cache\n2024-05,2.5M,4096,60%\n"
                 "input is $2/MTok, cached input half that. saving over the month?")
    # a hit saves 4,096 × $1/1M = $0.004096; 1.5M hits: $6,144
    assert "*$6,144.00* net" in text
    assert "calls a day, an hour or a month" not in text


def test_thousands_with_full_stops_where_decimals_take_a_comma() -> None:
    text = reply("Offer A: three units at $10,00 per unit-hour for a 730-hour month. Offer B: stay on-demand; the same "
                 "tokens would come to $27.375 a month. Which is cheaper, and by what share?")
    # A: 3 × $10 × 730 = $21,900; B: $27,375; A is $5,475 (20%) less
    assert "*$21,900.00* a month" in text
    assert "$27,375.00" in text
    assert "*$5,475.00 a month less*" in text


def test_what_they_would_be_at_on_demand_for_the_same_tokens() -> None:
    text = reply("3 units reserved 24/7 at $4 per unit-hr, 30 day month. on demand for the same tokens those units "
                 "would serve theyd be at 10k/mo. what does the commit cost n how much do they save")
    # 3 × $4 × 720 = $8,640 against $10,000: $1,360 less
    assert "*$8,640.00* a month" in text
    assert "*$1,360.00 a month less*" in text


def test_peaks_that_hit_a_multiple_of_the_average() -> None:
    text = reply("avg is around 30k tokens a min and peaks hit 3x that, each ptu does 10k tpm. how many units for the "
                 "peaks and what's their avg utilization")
    # 30k × 3 = 90k ÷ 10k = 9 units at 33.33%
    assert "*9 units*" in text
    assert "*33.33%*" in text
    assert "cache" not in text.lower()


def test_a_hammered_load_sized_for_its_named_peak_asks_for_the_ratio() -> None:
    text = reply("Order-routing workload, about 50k tokens a minute on average, but it gets hammered on flash-sale "
                 "days. The offer is provisioned at 30% under on-demand if they size it to cover the flash-sale "
                 "peak. Does that beat on-demand?")
    assert "peak-to-average" in text.split("tell me:")[-1]
