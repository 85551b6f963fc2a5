"""Keys a console or sheet writes: a count over a span ("requests_24h", "calls (7d)"), a value after "~" or "≈",
the hours a business day is active ("active_hours_per_business_day: 9"), calls "per business day" as a column, a
unit's throughput and the blended on-demand price as columns, and figures "for March"."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_a_count_keyed_over_the_last_24_hours() -> None:
    text = reply("console, last 24h:\ninput_rate_per_mtok: 2.00\ncache_read_rate_per_mtok: 0.20\n"
                 "cache_write_rate_per_mtok: 2.50\ncached_prefix_tokens: 10000\nrequests_24h: 4000\n"
                 "cache_hit_ratio: 0.9\nnet per day after write premiums? every miss wrote the prefix.")
    # 3,600 hits × 10,000 × $1.80/1M = $64.80; 400 writes × 10,000 × $0.50/1M = $2.00; net $62.80
    assert "*$62.80 a day*" in text


def test_a_key_and_its_value_about_it() -> None:
    text = reply("avg_prompt_tokens=1000\navg_completion_tokens=200\nrequests/day ≈ 5k\n"
                 "rates: $2 per million in, $8 per million out. daily cost?")
    # a request: $0.002 + $0.0016 = $0.0036; 5,000 a day: $18
    assert "*$18.00*" in text


def test_active_hours_keyed_per_business_day() -> None:
    text = reply("prefix_tokens: 5000\ninput_rate: $2/MTok\ncache_read_rate: $0.20/MTok\ncache_write_rate: $2.50/MTok\n"
                 "ttl_minutes: 5\narrivals: random, avg 12 calls/hour\nactive_hours_per_business_day: 10\n"
                 "net saving per business day?")
    # 12 an hour over 10 hours: 120 calls a day, not 288 round the clock
    assert "120 × 5 ÷ 600" in text


def test_calls_per_business_day_as_a_column() -> None:
    text = reply("usage export (automatic caching, cached input at half price):\n"
                 "model,input_per_mtok,cached_input_per_mtok,shared_prefix_tokens,calls_per_business_day\n"
                 "gpt-4o,2.00,1.00,2000,10000\nevery call hits once warm. saving over a 20-business-day month?")
    # a hit saves 2,000 × $1/1M = $0.002; 10,000 × 20 = 200,000 calls: $400
    assert "*$400.00*" in text
    assert "calls a day, an hour or a month" not in text


def test_a_units_throughput_and_the_blended_on_demand_price_as_columns() -> None:
    text = reply("from the console:\nmodel_units,price_per_unit_hour,tokens_per_unit_hour_at_full_load,"
                 "ondemand_blended_per_mtok\n10,$3.00,500000,$10.00\nbreak-even utilization vs on-demand?")
    # a unit-hour at full load is worth 500,000 × $10/1M = $5 on-demand; $3 ÷ $5 = 60%
    assert "*60%*" in text
    assert "$10.00 a month on-demand" not in text


def test_figures_for_a_named_month() -> None:
    text = reply("caching, planned vs actual for March. 2,000-token prefix; input $4/M, cache reads $0.40/M, cache "
                 "writes $5/M. every miss = a write.\nmetric\tplanned\tactual\ncalls\t100,000\t100,000\n"
                 "hit_rate\t90%\t70%\nnet caching savings vs plan?")
    # a hit saves 2,000 × $3.60/1M = $0.0072, a write costs $0.002 more; planned 90,000 × $0.0072 − 10,000 × $0.002
    # = $628; actual 70,000 × $0.0072 − 30,000 × $0.002 = $444
    assert "$628.00" in text
    assert "$444.00" in text
    assert "calls a day, an hour or a month" not in text


def test_keyed_invoice_lines_under_a_heading_of_their_period() -> None:
    text = reply("invoice_line_items (per business day, avg over the billing period):\n"
                 "  calls: 10k (incl. the misses)\n  cache_misses_written: 200\n  shared_prefix: 8,000 tokens\n"
                 "  base_input: $2/MTok\n  cache_read: $0.20/MTok\n  cache_write: $2.50/MTok\n"
                 "net caching savings per business day?")
    # 9,800 hits × 8,000 × $1.80/1M = $141.12; 200 writes × 8,000 × $0.50/1M = $0.80; net $140.32
    assert "9,800 hits" in text
    assert "200 writes" in text
    assert "*$140.32 a day*" in text


def test_the_writes_of_a_month_of_business_days_are_counted() -> None:
    text = reply("every call carries a 10,000-token manifest. calls arrive at random, 20 an hour, only in business "
                 "hours: 8 hours a day, 20 business days a month. 5-minute TTL that resets on a hit. $2/M input, "
                 "$0.20/M read, $2.50/M write. how many cache writes a month?")
    # λ·TTL = 20/60 × 5 = 1.667; e^−1.667 = 0.1889; 160 calls a day × 0.1889 = 30.2 writes; 20 days: 604
    assert "604 writes" in text


def test_requests_counted_by_what_they_did_to_the_cache_on_one_typical_day() -> None:
    text = reply("usage export, one typical day, summarized:\nrequests_cache_hit        10,000\n"
                 "requests_cache_write          50\ncached_prefix_tokens       2,000\n"
                 "base_input $/MTok           2.00\n"
                 "cache_read $/MTok           0.20\ncache_write $/MTok          2.50\nnet savings per day?")
    # 10,000 × 2,000 × $1.80/1M = $36.00; 50 × 2,000 × $0.50/1M = $0.05; net $35.95
    assert "10,000 hits" in text
    assert "50 writes" in text
    assert "*$35.95 a day*" in text


def test_which_way_to_steer_a_federal_buyer_is_the_channel() -> None:
    answer = router.answer("account notes:\ncustomer: US federal agency\ncloud: Azure Government, existing MACC\n"
                           "compliance: FedRAMP High required\nobjection: procurement asks why Azure OpenAI runs ~15% "
                           "over going direct\nwhich way do we steer this one?", rate_cards={})
    assert answer.intent == "scenario"
    assert "*Hyperscaler tier: recommended.*" in answer.text
