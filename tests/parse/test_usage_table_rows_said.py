"""A pasted usage table (columns such as month, model, input_tokens, output_tokens, or a workload's calls and its
tokens per call): its totals are quoted and each row is priced at the same rates (our own tables, not a scored
batch's). Rows on different models are not priced at one rate card."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text

_EXPORT = """usage export from their console:
```
month     model         input_tokens    output_tokens
2025-01   gpt-4o-mini   600,000,000     80,000,000
```
rate card $0.15/1M input, $0.60/1M output - what did January cost?"""

_WORKLOADS = """two workloads on the same model, $1 in / $5 out per MTok:

| workload | requests/day | input tok/request | output tok/request |
|----------|--------------|-------------------|--------------------|
| triage   | 40,000       | 1,000             | 100                |
| drafting | 5,000        | 4,000             | 800                |

daily and monthly?"""

_MONTHS = """month    input tokens    output tokens
march    100,000,000     20,000,000
april    150,000,000     30,000,000
at $2 in and $8 out per million, what did each month cost and the total?"""


def test_an_export_row_with_underscored_columns_is_priced() -> None:
    # 600M × $0.15 = $90.00; 80M × $0.60 = $48.00; $138.00 for the month
    reply = reply_text(_EXPORT)
    assert "$90.00" in reply and "$48.00" in reply and "$138.00" in reply, reply
    assert "Not used" not in reply  # the month's date is a label, not a figure left over


def test_workload_rows_are_summed_and_each_priced() -> None:
    fields = parse(_WORKLOADS).fields
    assert fields.calls_per_day == 45_000
    assert (fields.input_tokens_per_day, fields.output_tokens_per_day) == (Decimal(60_000_000), Decimal(8_000_000))
    # triage 40M × $1 + 4M × $5 = $40 + $20 = $60; drafting 20M × $1 + 4M × $5 = $20 + $20 = $40; $100 a day
    assert_figures(_WORKLOADS, ["triage (40,000 calls)", "*$60.00*", "drafting (5,000 calls)", "*$40.00*",
                                "*$100.00*", "*$3,041.67*"])


def test_rows_of_months_are_each_priced_and_totalled() -> None:
    # march 100M × $2 + 20M × $8 = $200 + $160 = $360; april $300 + $240 = $540; total $900
    assert_figures(_MONTHS, ["march", "*$360.00*", "april", "*$540.00*", "*$900.00*"])


def test_rows_on_different_models_are_not_priced_at_one_rate() -> None:
    text = """month   model        input_tokens   output_tokens
2025-02 gpt-4o       10,000,000     2,000,000
2025-02 gpt-4o-mini  90,000,000     9,000,000
rates $2.50/$10 - cost?"""
    fields = parse(text).fields
    assert fields.usage_rows == []
    assert fields.input_tokens_per_call != 100_000_000  # the two models' tokens are not added up
