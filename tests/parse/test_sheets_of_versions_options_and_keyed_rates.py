"""Sheets reps paste: a call's size planned and actual in two columns is two versions of the deal set against each
other; rows of models that only price, under a volume said once, are options for that workload (the cheaper one's
saving shown over each period asked, never the rows added up); "input usd per 1m: 2.00" keys a rate."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_a_calls_size_planned_and_actual_are_versions_set_against_each_other() -> None:
    text = reply("budget vs reality, $1/M input and $4/M output, 1M calls a month either way\n\n"
                 "field | budget | reality\nin_tokens_per_call | 1,000 | 1,500\nout_tokens_per_call | 100 | 150\n\n"
                 "what does reality cost a month and how much over budget is it?")
    # budget: 1,000M × $1 + 100M × $4 = $1,400; reality: 1,500M × $1 + 150M × $4 = $2,100
    assert "$1,400.00" in text and "$2,100.00" in text
    assert "$700.00 a month more" in text
    assert "Which input tokens per call" not in text


def test_model_rows_that_only_price_are_options_for_one_workload() -> None:
    text = reply("monthly volume 2B input tokens and 400M output tokens.\n"
                 "| model | input $/M | output $/M |\n|---|---|---|\n| large | 2.00 | 8.00 |\n| mini | 0.40 | 1.60 |\n"
                 "monthly cost on each, and what mini saves over a year?")
    # large: $4,000 + $3,200 = $7,200 a month; mini: $800 + $640 = $1,440
    assert "$7,200.00" in text and "$1,440.00" in text
    assert "$5,760.00 a month less" in text
    assert "Both rows, a month" not in text  # two options are never added up
    # a year (365 days) at 730-hour months: $5,760 × 12 = $69,120
    assert "Over a year (365 days)" in text and "$69,120.00 less" in text


def test_rows_with_their_own_volumes_are_still_added_up() -> None:
    text = reply("| team | input tokens/month | output tokens/month |\n|---|---|---|\n| support | 100M | 10M |\n"
                 "| sales | 50M | 5M |\n$2/M in, $8/M out. monthly cost?")
    assert "$420.00" in text  # support $280 + sales $140


def test_a_rate_keyed_per_million_in_its_name_is_read() -> None:
    text = reply("console export:\nprice_per_call_usd: 0.01\ninput_usd_per_1m: 3.00\noutput_usd_per_1m: 12.00\n"
                 "p50_tokens_in: 2000\np50_tokens_out: 250\nis the flat fee cheaper at p50?")
    # per-token: 2,000 × $3 / 1M + 250 × $12 / 1M = $0.006 + $0.003
    assert "$0.009" in text
    assert "tell me" not in text


def test_a_quarters_utilization_by_month_is_averaged() -> None:
    text = reply("reserved pool utilization by month:\nmonth | utilization\nApr | 50%\nMay | 60%\nJun | 70%\n"
                 "on the quarter's average, what discount just breaks even?")
    assert "60%" in text  # (50 + 60 + 70) ÷ 3 = 60% utilization → a 40% discount breaks even
    assert "40%" in text
    assert "Apr" not in text.split("\n")[1]  # one answer on the average, not a row per month


def test_month_rows_of_calls_and_hit_rates_add_up_over_the_months() -> None:
    text = reply("2k prefix, input $3/M, cache read $0.30/M, write $3.75/M, every miss writes.\n"
                 "month | calls | hit rate\nMar | 100,000 | 80%\nApr | 200,000 | 90%\nnet saving over both months?")
    # Mar: 80,000 × $0.0054 − 20,000 × $0.0015 = $432 − $30 = $402; Apr: 180,000 × $0.0054 − 20,000 × $0.0015 = $942
    assert "$402.00" in text and "$942.00" in text
    assert "$1,344.00" in text
    assert "a day, an hour or a month" not in text


def test_months_utilization_without_an_average_asked_is_answered_month_by_month() -> None:
    text = reply("PT util by month, 25% discount:\nmonth | util\nApr | 70%\nMay | 80%\nJun | 90%\n"
                 "which months beat on-demand?")
    assert "Apr" in text and "Jun" in text  # each month answered
    assert "(1 − 25%) ÷ 70%" in text


def test_a_calls_column_shared_by_every_option_is_the_volume() -> None:
    text = reply("options,structure,price,requests_per_day\nA,flat,$0.02 per request,10000\n"
                 "B,metered,$2/m in + $10/m out,10000\nrequests run 3k tokens in and 800 out. cheaper per day?")
    # metered: 3,000 × $2 / 1M + 800 × $10 / 1M = $0.014 a request → $140 a day against $200 flat
    assert "$140.00" in text and "$200.00" in text
    assert "the call volume" not in text
    assert "Not used" not in text  # the column's cells are the volume said once


def test_one_row_under_a_sheets_column_names_keeps_each_cell_with_its_column() -> None:
    text = reply("account,shape,peak_to_avg,pt_discount\nledger-bot,steady 24/7 + nightly batch,1.25,30%\n"
                 "move them to provisioned, sized for peak?")
    # sized for peak: (1 − 30%) × 1.25 = 0.875× on-demand
    assert "0.88× on-demand" in text or "0.875× on-demand" in text
    assert "Not used" not in text


def test_a_calls_size_keyed_planned_and_observed_is_never_a_count_of_calls() -> None:
    text = reply("fee=$0.01/call\nrates: in=$2/MTok out=$8/MTok\nplanned_call=1,000 in / 200 out\n"
                 "observed_call=3,000 in / 600 out\nper-token cost of a call at plan and as observed?")
    assert "$0.0036" in text  # 1,000 × $2 / 1M + 200 × $8 / 1M
    assert "$0.0108" in text  # 3,000 × $2 / 1M + 600 × $8 / 1M
    assert "For 1,000 calls" not in text


def test_a_month_named_by_its_date_in_a_usage_export_is_the_months_traffic() -> None:
    text = reply("usage export:\nperiod,calls,prefix_tokens\n2025-03,600000,2000\ninput $1/M, cached input $0.10/M, "
                 "every miss writes at $1.25/M, 80% of calls hit. net for the month?")
    # 480,000 hits × 2,000 × $0.90 / 1M = $864; 120,000 writes × 2,000 × $0.25 / 1M = $60
    assert "$804.00" in text
    assert "a day, an hour or a month" not in text


def test_option_rows_with_a_notes_column_are_options_never_added_up() -> None:
    text = reply("option | cached_prefix | notes\nA | 4,000 tok | manual only\nB | 6,000 tok | manual + examples\n"
                 "input $2/MTok, cache reads $0.20/MTok, 10k calls a day, all hits. daily saving for A vs B?")
    assert "$72.00" in text and "$108.00" in text  # 10,000 × 4,000 × $1.80 / 1M; × 6,000
    assert "Both rows" not in text


def test_a_price_and_its_unit_in_separate_csv_cells_are_one_price() -> None:
    text = reply("option,pricing,unit\nocr_api,$2.00,per 1k pages\nllm,$1 in / $4 out,per MTok\navg page 1,500 in / "
                 "200 out. per-page cost on the llm vs the api?")
    assert "$0.0023" in text  # 1,500 × $1 / 1M + 200 × $4 / 1M
    assert "$0.002" in text  # the API's $2.00 per 1,000 pages


def test_a_rough_amount_then_the_exact_one_is_the_exact_one() -> None:
    text = reply("they pay just under two cents -- $0.019 -- per call. per-token is $1/M in, $3/M out, calls 5,000 in "
                 "/ 1,000 out. which is cheaper?")
    assert "$0.019 ÷ $0.008" in text  # the fee is the exact $0.019, against $0.005 + $0.003
