"""Sheets whose rows are named by a channel ("direct_api", "azure_openai_std"), by a part of the deal ("| line item |
qty | unit price | hours |"), or whose columns name cache prices and an explicit cache's hours and storage; a bill's
share said in an aside ("(that's 90% of their bill)"), "discount=40 pct", and what "comes back around 450"."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_rows_named_by_their_channel_give_the_list_markup() -> None:
    text = reply("invoice lines, input rate only (that's 85% of their bill):\n"
                 "source               model     usd_per_mtok_in\n"
                 "direct_api           model-x   2.00\n"
                 "vertex_ai_std        model-x   2.40\n"
                 "their EA takes 10% off. list markup, effective markup, and what does $100k a quarter at direct "
                 "rates become on Vertex?")
    # list 2.40 ÷ 2.00 − 1 = 20%; (1.2 × 0.9) − 1 = 8%; $100,000 × 1.08 = $108,000; the 85% is no markup
    assert "*20%*" in text
    assert "*8%*" in text
    assert "*$108,000.00* a quarter" in text
    assert "85%" not in text


def test_a_part_table_of_units_and_the_on_demand_line() -> None:
    text = reply("from the console:\n| line item | qty | unit price | hours |\n|---|---|---|---|\n"
                 "| provisioned model units (24x7) | 3 | $10.00 / unit-hour | 730 |\n"
                 "| on-demand equivalent of tokens served | - | - | $20,000.00 for the month |\n"
                 "monthly commit, and how far over or under on-demand?")
    # 3 × $10 × 730 = $21,900 against $20,000: $1,900 more
    assert "*$21,900.00* a month" in text
    assert "*$1,900.00 a month more*" in text


def test_cache_price_columns_in_a_metric_value_sheet() -> None:
    text = reply("cost model tab, 5-min cache:\nmetric,value\nsystem_prompt_tokens,5000\ninput_rate_per_mtok,2.00\n"
                 "cache_write_rate_per_mtok,2.50\ncache_read_rate_per_mtok,0.20\ncalls_per_business_day,10000\n"
                 "observed_hit_rate,90%\nevery miss writes. net saving per business day?")
    # 9,000 × 5,000 × $1.80/1M = $81; 1,000 × 5,000 × $0.50/1M = $2.50; net $78.50
    assert "*$78.50 a day*" in text


def test_an_explicit_caches_hours_alive_and_storage_columns() -> None:
    text = reply("explicit context cache, tab export:\n"
                 "cache_name\tcached_tokens\tttl\thours_alive_per_day\tstorage_usd_per_mtok_hour\n"
                 "corpus_v1\t20,000\t1h (recreated hourly)\t10\t1.00\n"
                 "input is $2.00/M, cached reads $0.50/M, creation at the plain input rate. 1,000 cache hits a day. "
                 "storage per day and net per day?")
    # storage 20,000 × $1/1M × 10 h = $0.20 a day; hits 1,000 × 20,000 × $1.50/1M = $30; net $29.80
    assert "$0.20 a day" in text
    assert "*$29.80 a day*" in text


def test_a_discount_keyed_in_pct() -> None:
    text = reply("peak_tpm=900k\navg_tpm=300k\ndiscount=30 pct off paygo\nsized for peak: utilization and cost vs "
                 "on-demand?")
    # PAR 3: 33.33%; (1 − 30%) × 3 = 2.1×
    assert "2.1×" in text


def test_what_comes_back_is_the_output() -> None:
    text = reply("each ticket goes in at ~2,000 tokens and the summary comes back around 300. 10,000 tickets a day. "
                 "$1/M input and $5/M output. per day?")
    # 2,000 × $1/1M + 300 × $5/1M = $0.0035; × 10,000 = $35
    assert "*$35.00*" in text
