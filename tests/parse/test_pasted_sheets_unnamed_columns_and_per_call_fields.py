"""Pasted sheets whose header names no columns ("| | |", "| | Bedrock |"), columns and keys of one call's tokens
("avg_input_tokens", "| average prompt | 900 |") or its fee ("fee_per_call"), rate columns priced per thousand
tokens, a key's period word ("monthly direct spend"), and a deal's term said as a field ("| term | 14 days |").
Our own sheets, not a scored batch's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.tables import item_rows
from tests.support.replies import assert_figures, reply_text

# --- a header that names no columns: the rows are one item's fields ---------------------------------------------


@pytest.mark.parametrize("header", ["| | |", "|  |  |", "| |"])
def test_rows_under_a_blank_header_are_one_items_fields(header: str) -> None:
    # 2,000 x ($1.00 - $0.10)/1M = $0.0018 a hit; 60% of 25,000 = 15,000 hits x $0.0018 = $27.00 a day
    text = (f"{header}\n|---|---|\n| model | gpt-4.1-mini |\n| system prompt | 2,000 tokens |\n| input | $1.00 / 1M |\n"
            "| cached input | $0.10 / 1M |\n| requests/day | 25,000 |\n| cache hit rate | 60% |\n\n"
            "daily saving from caching?")
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.calls_per_day, fields.hit_ratio) == (Decimal(2000), Decimal(25000),
                                                                              Decimal("0.6"))
    assert item_rows(text) is None  # one item's fields, never a table of separate items
    reply = reply_text(text)
    assert "row by row" not in reply
    assert "$27.00 a day" in reply


def test_a_blank_first_header_cell_before_a_hyperscaler_names_the_item() -> None:
    # (1 + 15%) x (1 - 5%) - 1 = 9.25%; $10,000 a month x 1.0925 = $10,925.00 a month
    text = ("| | Vertex |\n|---|---|\n| list uplift over direct | 15% |\n| EA discount | 5% |\n"
            "| monthly direct spend | $10,000 |\n\nwhat do they pay a month on Vertex?")
    fields = parse(text).fields
    assert (fields.direct_spend, fields.spend_period) == (Decimal(10000), "month")
    assert_figures(text, ["9.25%", "$10,925.00"])


def test_a_named_two_column_table_of_items_is_still_answered_row_by_row() -> None:
    text = ("| bot | calls/day |\n|---|---|\n| support | 4,000 |\n| sales | 1,000 |\n\n"
            "each at 1,500 in / 300 out on gpt-4o, daily cost?")
    rows = item_rows(text)
    assert rows is not None and [r.label for r in rows] == ["support", "sales"]


# --- a key's period word goes with its value -------------------------------------------------------------------


@pytest.mark.parametrize(("key", "period"), [("annual direct spend", "year"),
                                             ("monthly direct-equivalent spend", "month"),
                                             ("weekly direct bill", "week")])
def test_a_period_word_in_a_key_is_said_of_its_money(key: str, period: str) -> None:
    text = (f"| metric | value |\n|---|---|\n| {key} | $52,000 |\n| Bedrock list markup | 25% |\n"
            "| EA discount | 0% |\n\nwhat's that on Bedrock?")
    fields = parse(text).fields
    assert (fields.direct_spend, fields.spend_period) == (Decimal(52000), period)


# --- columns and keys of one call: its tokens and its fee -------------------------------------------------------


def test_average_token_columns_are_each_calls_tokens() -> None:
    # 2,000 x $3/1M = $0.006 + 400 x $15/1M = $0.006 → $0.012 a call; x 5,000 calls = $60.00 a day
    text = ("calls_per_day,avg_in_tok,avg_out_tok,price_in_per_m,price_out_per_m\n5000,2000,400,3,15\n"
            "what does this run per day?")
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(2000), Decimal(400))
    assert_figures(text, ["$0.012", "$60.00"])


@pytest.mark.parametrize(("key_in", "key_out"), [("avg input", "avg output"), ("average prompt", "average completion"),
                                                 ("mean input tokens", "mean output tokens")])
def test_average_keys_in_a_sheet_are_each_calls_tokens(key_in: str, key_out: str) -> None:
    text = (f"| field | value |\n|---|---|\n| rates | $1 in / $4 out per 1M |\n| requests per day | 8,000 |\n"
            f"| {key_in} | 900 |\n| {key_out} | 150 |\n\ndaily cost?")
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(900), Decimal(150))
    # 8,000 x 900 = 7.2M x $1/M = $7.20; 8,000 x 150 = 1.2M x $4/M = $4.80; $12.00 a day
    assert_figures(text, ["$7.20", "$4.80", "$12.00"])


def test_an_average_with_a_period_is_not_one_calls_tokens() -> None:
    text = "| field | value |\n|---|---|\n| avg daily input tokens | 3,000,000 |\n| rates | $2 in / $8 out per 1M |\n"
    fields = parse(text + "\ncost?").fields
    assert fields.input_tokens_per_call is None


@pytest.mark.parametrize("head", ["fee_per_call", "price per request", "per-call fee"])
def test_a_fee_column_without_a_dollar_sign_is_the_fee_for_a_call(head: str) -> None:
    # 1,000 x $0.50/1M + 250 x $2/1M = $0.001 a call per-token; 50,000 a day: $50.00 against $0.004 x 50,000 = $200.00
    text = (f"{head},calls_per_day,avg_input_tokens,avg_output_tokens,input_rate_per_m,output_rate_per_m\n"
            "0.004,50000,1000,250,0.50,2\nflat fee or per token, per day?")
    fields = parse(text).fields
    assert fields.per_call_fee == Decimal("0.004")
    assert_figures(text, ["$0.001", "$50.00", "$200.00"])


# --- rates priced per thousand tokens beside a usage table's totals ----------------------------------------------


@pytest.mark.parametrize(("rate_in", "rate_out"), [("rate_in_per_1k", "rate_out_per_1k"),
                                                   ("input price / 1K tokens", "output price / 1K tokens")])
def test_per_thousand_rate_columns_are_kept_beside_the_totals(rate_in: str, rate_out: str) -> None:
    # $0.0005/1k = $0.50/M x 80M = $40.00; $0.0015/1k = $1.50/M x 10M = $15.00; $55.00
    text = f"{rate_in},{rate_out},input_tokens,output_tokens\n0.0005,0.0015,80000000,10000000\ntotal please"
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal("0.5"), Decimal("1.5"))
    assert_figures(text, ["$40.00", "$15.00", "$55.00"])


# --- the deal's term, said as a field ---------------------------------------------------------------------------


@pytest.mark.parametrize("term", ["| term | 14 days |", "| pilot length | 14 days |", "term: 14 days"])
def test_a_term_in_days_gives_the_total_over_it(term: str) -> None:
    # 2,000 calls x (1,000 x $2/1M + 200 x $8/1M) = 2,000 x $0.0036 = $7.20 a day; x 14 = $100.80
    text = (f"| metric | value |\n|---|---|\n| model | gpt-4.1 |\n| calls/day | 2,000 |\n| avg input | 1,000 |\n"
            f"| avg output | 200 |\n\n{term}\nrates $2 in / $8 out per 1M. daily and total for the term?")
    assert_figures(text, ["$7.20", "$100.80"])


def test_n_day_totals_in_the_plural_are_answered() -> None:
    # 1M x $2/M + 250k x $8/M = $2 + $2 = $4.00 a day; x 21 = $84.00
    assert_figures("1M input and 250k output tokens a day at $2/$8 per 1M. need the daily and 21-day totals",
                   ["$4.00", "$84.00"])


def test_a_term_in_months_is_not_read_as_days() -> None:
    reply = reply_text("2M input + 500k output tokens a day at $2/$8 per 1M, term: 12 months. monthly cost?")
    assert "Over 12 days" not in reply
