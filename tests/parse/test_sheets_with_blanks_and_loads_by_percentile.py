"""Sheets, consoles and invoices read as reps paste them (our own sentences, not a scored batch's): a CSV row with an
empty cell and a term, a load's p100 beside its average, a unit price said price-first, a heading naming the period
of the amounts under it, yesterday's invoice as a day of tokens, and the week asked of every row added up."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_a_sheet_row_with_an_empty_cell_keeps_its_columns() -> None:
    # 1 − 40% = 60%; at 48%: 0.6 ÷ 0.48 = 1.25×
    reply = reply_text("sku,tier,price_per_mtok,discount_vs_ondemand,term\nmini-ptu,provisioned,,40%,1yr\n"
                       "mini,on-demand,2.00,,none\n\nbreak-even utilization? and at 48% what's the cost vs on-demand?")
    assert "*60%*" in reply and "1.25× on-demand" in reply


def test_a_loads_p100_is_its_peak() -> None:
    # 90,000 ÷ 30,000 = 3; sized for peak at 25% off: 1 ÷ 3 = 33.33%, 0.75 × 3 = 2.25×
    reply = reply_text("metric\tvalue\navg_tpm\t30,000\np100_tpm\t90,000\n\n25% off for reserved capacity sized to "
                       "the peak: what utilization and what cost vs on-demand?")
    assert "*3*" in reply and "2.25× on-demand" in reply


def test_a_unit_price_said_price_first_is_the_unit_hour_price() -> None:
    # 3 × $8 × 730 = $17,520.00 against 2B × $3/1M + 0.5B × $12/1M = $12,000.00: $5,520.00 more
    reply = reply_text("Model units: 3\nPrice per model unit per hour: $8.00\n\nlast month's usage report, on-demand:\n"
                       "input tokens    2.0B   @ $3.00/MTok\noutput tokens   0.5B   @ $12.00/MTok\n\n"
                       "does the commitment beat on-demand? both monthly numbers please")
    assert "*$17,520.00* a month" in reply and "*$12,000.00* a month" in reply
    assert "*$5,520.00 a month more*" in reply


def test_a_headings_period_is_its_amounts_period() -> None:
    # 1.25 × 0.9 − 1 = 12.5%; $8,000 × 1.125 = $9,000.00 a month
    reply = reply_text("cost comparison, monthly:\n\nDirect API (list) ........ $8,000.00\n"
                       "Vertex list uplift ..... 25%\nEA discount on GCP spend ..... 10%\n\n"
                       "effective markup and the Vertex bill?")
    assert "*12.5%*" in reply and "*$9,000.00* a month" in reply


def test_yesterdays_invoice_is_a_days_tokens() -> None:
    # 20M × $1/1M + 5M × $4/1M = $40.00 a day; 20 days: $800.00 (input $400.00, output $400.00)
    reply = reply_text("from yesterday's invoice, one business day of the pilot:\n"
                       "  Line 1   Input tokens    20M   @ $1.00 / 1M\n"
                       "  Line 2   Output tokens    5M   @ $4.00 / 1M\n\n"
                       "flat usage: what over 20 business days, in and out separately?")
    assert "*$800.00* (input $400.00, output $400.00)" in reply


def test_every_rows_asked_week_is_added_up() -> None:
    # a: 100M × $1 + 10M × $4 = $140.00; b: 50M × $2 + 5M × $8 = $140.00; both $280.00 a week
    reply = reply_text("last week's usage from the console\n| model | input tok | output tok | $/M in | $/M out |\n"
                       "|---|---|---|---|---|\n| a | 100M | 10M | 1.00 | 4.00 |\n| b | 50M | 5M | 2.00 | 8.00 |\n\n"
                       "week cost per model and in total?")
    assert "*Both rows, a week:* $140.00 + $140.00 = *$280.00*" in reply
