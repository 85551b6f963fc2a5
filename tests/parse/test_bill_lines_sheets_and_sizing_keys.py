"""Bills, sheets and sizing keys as teams paste them (our own sentences, not a scored batch's): cache lines named in a
snake-case key, an invoice line's quantity of calls, a part's unit of measure beside its price, a keyed line whose
value is words, one unit's throughput keyed by its unit, hits counted over the writes' period, a month's length that
is no date, a discount asked before the deal stops being a loss, calls spread over the active hours said, and an
on-demand spend said with whom it costs."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_cache_lines_under_snake_case_names_are_one_bill() -> None:
    # reads 100M × ($2 − $0.20)/1M = $180.00; writes 2M × ($2.50 − $2)/1M = $1.00; net $179.00
    reply = reply_text("billing export, one week, caching lines:\n\nline_item            tokens         usd_per_mtok\n"
                       "cache_write_input    2,000,000      2.50\ncache_read_input     100,000,000    0.20\n\n"
                       "input is $2/MTok. net caching saving this week?")
    assert "*$180.00*" in reply and "*$1.00*" in reply and "*$179.00* a week" in reply


def test_an_invoice_lines_quantity_is_its_calls() -> None:
    # 2,000 × $1/1M + 200 × $4/1M = $0.0028 a call; 50,000 × $0.0028 = $140.00 against 50,000 × $0.005 = $250.00
    reply = reply_text("INV-118 | summarize | per-call | $0.005 / call | qty 50,000 | $250.00\n\ncalls are 2,000 in / "
                       "200 out. per-token at $1 / $4 per MTok: one call, and what would those calls have cost?")
    assert "*$140.00*" in reply and "*$250.00*" in reply


def test_a_parts_unit_of_measure_goes_with_its_price() -> None:
    # 2 × $10 × 730 = $14,600.00; 3bn × $2/1M + 0.5bn × $8/1M = $10,000.00 on-demand
    reply = reply_text("| line | qty | unit | rate |\n|---|---|---|---|\n| model units | 2 | unit-hour | $10.00 |\n"
                       "| expected input tokens (monthly) | 3bn | MTok | $2.00 on-demand |\n"
                       "| expected output tokens (monthly) | 0.5bn | MTok | $8.00 on-demand |\n\n"
                       "24/7 for the month: does the commitment beat on-demand?")
    assert "*$14,600.00* a month" in reply and "*$10,000.00* a month" in reply


def test_a_keyed_line_whose_value_is_words_is_read() -> None:
    # 1,000 × ($0.20 − $0.10)/1M = $0.0001 a hit; 50,000 × 80% = 40,000 hits = $4.00; writes at the input rate: $0
    reply = reply_text("prefix_tokens\t1,000\ninput_rate\t$0.20/MTok\ncached_input_rate\t$0.10/MTok\n"
                       "cache_write\tbilled at the normal input rate (automatic, no surcharge)\n"
                       "calls_per_day\t50k\nhit_rate\t80%\n\ndaily saving?")
    assert "*$4.00 a day*" in reply


def test_one_units_throughput_keyed_by_its_unit_sizes_the_load() -> None:
    reply = reply_text("avg_tpm: 600k\nthroughput_per_unit_tpm: 40k\npattern: spiky, end-of-quarter surges\n"
                       "how many units for the peak?")
    # 600,000 ÷ 40,000 = 15 units for the average, the peak-to-average ratio asked
    assert "= 15" in reply and "peak-to-average" in reply


def test_hits_take_the_period_of_the_writes_beside_them() -> None:
    # 3,000 × ($2 − $0.20)/1M = $0.0054 a hit; 10,000 × $0.0054 − 50 × 3,000 × $0.50/1M = $54.00 − $0.075 = $53.925
    reply = reply_text("3,000-token prefix, input $2/MTok, reads $0.20, writes $2.50. about 10k cache hits and 50 "
                       "cache writes per business day. net per business day, and for a month of 20 business days?")
    assert "10,000 hits" in reply and "$53.93" in reply and "$1,078.50" in reply


def test_the_discount_before_it_stops_being_a_loss() -> None:
    reply = reply_text("their load keeps reserved capacity busy about 80% of the time. what's the minimum discount a "
                       "provisioned deal needs before it stops being a loss, and with 25% offered where do they land?")
    assert "1 − 80% = *20%*" in reply


def test_calls_over_the_active_hours_said_are_a_days() -> None:
    reply = reply_text("copilot is live eight hours a day. calls arrive at random, about 2,400 over those eight hours, "
                       "each with a 5,000-token prefix. 5-minute cache; input $3/M, reads $0.30/M, writes $3.75/M. "
                       "writes a day and net saving per day?")
    assert "(2,400 calls a day)" in reply


def test_an_on_demand_spend_said_with_whom_it_costs() -> None:
    # 5 × $2 × 730 = $7,300.00 against $9,000.00: $1,700.00 less
    reply = reply_text("5 units @ $2/unit hr 24/7. same tokens on demand run them 9k/mo. ahead or behind?")
    assert "*$1,700.00 a month less*" in reply


def test_a_usage_tables_heading_period_is_its_rows_period() -> None:
    # a day: 10M × $1/1M + 1M × $4/1M = $14.00 for a; 20M × $1 + 2M × $4 = $28.00 for b; $42.00 a day × 730 ÷ 24
    reply = reply_text("rates: $1 per 1M input / $4 per 1M output. console export (per day):\n\n"
                       "workload,input_tokens,output_tokens\nbot_a,10M,1M\nbot_b,20M,2M\n\nmonthly number please")
    assert "By row of the table (a day):" in reply and "*$1,277.50*" in reply
