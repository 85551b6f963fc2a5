"""Figures said beside a call, a column or a period that are not what they sit next to: an average call's cost or
latency is not its tokens, a latency or a ratio "per request" is not a fee, a cost per call or a monthly fee is not
the vendor's fee for a call, "2 in 5 writes" is a ratio and not two prices, "we report usage weekly" is not the
period of a count, and "direct users monthly" is not money. Each is left out (and the reply says so, or asks), never
a guessed number; the readings next to them still work. Our own sentences and sheets, not a scored batch's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def _sheet(rows: list[tuple[str, str]], question: str) -> str:
    return "| metric | value |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in rows) + "\n" + question


# --- an average call's column: tokens only when it names nothing else ------------------------------------------


@pytest.mark.parametrize(("key", "value"), [("avg input cost", "0.006"), ("avg input latency ms", "800"),
                                            ("mean prompt $", "0.2"), ("average input chars", "8000"),
                                            ("avg prompt ratio", "0.3"), ("median input words", "600")])
def test_an_average_call_column_naming_something_else_is_not_its_tokens(key: str, value: str) -> None:
    text = _sheet([(key, value), ("avg output tokens", "300"), ("calls per day", "10000")], "cost at $3/$15 per M?")
    ask = parse(text)
    assert ask.fields.input_tokens_per_call is None
    reply = reply_text(text)
    assert "input tokens" in reply.lower() or "the tokens" in reply.lower(), reply  # asked for, never priced
    assert f"{value} tokens ×" not in reply and f"{value} input tokens" not in reply


def test_an_average_cost_column_in_a_csv_sheet_is_not_tokens() -> None:
    fields = parse("calls_per_day,avg_in_cost,avg_out_tok\n5000,0.004,400\ndaily cost at $3/$15 per M?").fields
    assert fields.input_tokens_per_call is None and fields.output_tokens_per_call == Decimal(400)


@pytest.mark.parametrize(("key_in", "key_out"), [("avg input tokens", "avg output tokens"),
                                                 ("mean prompt", "mean completion"),
                                                 ("typical in tok", "typical out tok"), ("avg input", "avg output")])
def test_an_average_call_column_of_tokens_is_still_read(key_in: str, key_out: str) -> None:
    # 10,000 x 2,000 = 20M x $3/M = $60.00; 10,000 x 300 = 3M x $15/M = $45.00; $105.00 a day
    text = _sheet([(key_in, "2000"), (key_out, "300"), ("calls per day", "10000")], "daily cost at $3/$15 per M?")
    assert (parse(text).fields.input_tokens_per_call, parse(text).fields.output_tokens_per_call) == (2000, 300)
    assert_figures(text, ["$60.00", "$45.00", "$105.00"])


def test_an_average_call_column_counted_in_thousands_keeps_its_scale() -> None:
    text = _sheet([("avg in tok (k)", "2"), ("avg out tok", "300"), ("calls per day", "10000")],
                  "daily cost at $3/$15 per M?")
    assert parse(text).fields.input_tokens_per_call == Decimal(2000)


# --- a decimal "per request": a fee only when it is money ---------------------------------------------------------

_PER_CALL_ASK = "50k calls a day, 3k in 500 out, $3/$15 per M, {said}. Vendor offers per-call pricing, is it worth it?"


@pytest.mark.parametrize("said", ["p50 latency per request 0.8s", "p95 latency per call 0.8",
                                  "hit ratio per request .85", "retries per call 0.3",
                                  "time per request .6 seconds", "cache hits/call .4"])
def test_a_decimal_per_request_that_is_not_money_is_not_a_fee(said: str) -> None:
    text = _PER_CALL_ASK.format(said=said)
    assert parse(text).fields.per_call_fee is None
    reply = reply_text(text)
    assert "the fee per call" in reply, reply  # asked for, never taken from the latency or the ratio
    assert "Per-call fee:" not in reply


@pytest.mark.parametrize("said", ["current cost per call 0.0105", "our cost per request is .012"])
def test_what_a_call_costs_now_is_not_the_vendors_fee(said: str) -> None:
    text = _PER_CALL_ASK.format(said=said)
    assert parse(text).fields.per_call_fee is None
    reply = reply_text(text)
    assert "Per-call fee:" not in reply and "Not used in these figures" in reply, reply


@pytest.mark.parametrize(("said", "fee"), [("per call .006", "0.006"), ("they charge per call .01", "0.01"),
                                           ("fee per request 0.004", "0.004"), ("flat fee/call: 0.0125", "0.0125"),
                                           ("per request fee .003", "0.003"), ("price per query .02", "0.02")])
def test_a_decimal_fee_per_request_is_still_the_fee(said: str, fee: str) -> None:
    text = _PER_CALL_ASK.format(said=said)
    assert parse(text).fields.per_call_fee == Decimal(fee)


@pytest.mark.parametrize("said", ["fee per request 0.8s", "price per call .5 ms"])
def test_a_fee_word_before_a_time_is_still_not_a_fee(said: str) -> None:
    assert parse(_PER_CALL_ASK.format(said=said)).fields.per_call_fee is None


# --- a sheet's fee column: the vendor's fee for a call, and a plausible one ----------------------------------------

_FEE_QUESTION = "per-call vs per-token at 3k in 500 out, $3/$15 per M?"


@pytest.mark.parametrize(("key", "value"), [("current cost per call", "0.0105"), ("cost/request", "0.0105"),
                                            ("fee", "500"), ("fee per call", "25"), ("monthly fee", "0.5"),
                                            ("setup fee", "0.2")])
def test_a_cost_or_an_implausible_fee_in_a_sheet_is_not_the_fee_for_a_call(key: str, value: str) -> None:
    text = _sheet([(key, value), ("calls per day", "20000")], _FEE_QUESTION)
    assert parse(text).fields.per_call_fee is None
    reply = reply_text(text)
    assert f"Per-call fee: ${value}" not in reply and "Per-call fee:" not in reply, reply
    assert "Not used in these figures" in reply, reply  # the figure is left out, and the reply says so


@pytest.mark.parametrize(("key", "value"), [("fee", "0.004"), ("per-call price", "0.004"), ("call fee", "0.004"),
                                            ("fee per call", "0.004"), ("flat fee", "0.004"),
                                            ("price per task", "$0.004")])
def test_a_fee_column_in_a_sheet_is_still_the_fee_for_a_call(key: str, value: str) -> None:
    # 3,000 x $3/1M + 500 x $15/1M = $0.0165 a call per-token, against the $0.004 fee
    text = _sheet([(key, value), ("calls per day", "20000")], _FEE_QUESTION)
    assert parse(text).fields.per_call_fee == Decimal("0.004")
    assert_figures(text, ["$0.0165", "$0.004"])


# --- "2 in 5 writes": a ratio, not two prices --------------------------------------------------------------------


@pytest.mark.parametrize("said", ["2 in 5 writes fail", "1 in 4 reads is stale", "3 in 10 cache writes time out"])
def test_whole_numbers_joined_by_a_space_before_a_cache_label_are_not_prices(said: str) -> None:
    text = f"4k prefix, 10k calls a day on sonnet; {said}, is caching worth it?"
    ask = parse(text)
    assert ask.fields.cache_write_rate is None and ask.fields.cache_read_rate is None
    assert ask.fields.input_rate is None
    assert "from message" not in reply_text(text)  # the catalog's cache prices, not a ratio's figures


@pytest.mark.parametrize(("said", "rates"), [
    ("15 in 1.50 cache read", {"input_rate": 15, "cache_read_rate": Decimal("1.5")}),
    ("3 in 0.30 read", {"input_rate": 3, "cache_read_rate": Decimal("0.3")}),
    ("5 in 6.25 write 0.50 read",
     {"input_rate": 5, "cache_write_rate": Decimal("6.25"), "cache_read_rate": Decimal("0.5")}),
    ("3 in, 3.75 write", {"input_rate": 3, "cache_write_rate": Decimal("3.75")}),
])
def test_bare_cache_prices_side_by_side_are_still_read(said: str, rates: dict[str, Decimal]) -> None:
    fields = parse(f"8k prefix on opus, {said}, 500 calls/hr - savings per hr?").fields
    assert {k: getattr(fields, k) for k in rates} == rates


# --- a period closing the message: the count's only right after a rate or a token figure ---------------------------


@pytest.mark.parametrize("closing", ["we report usage weekly", "invoiced monthly", "billed weekly",
                                     "the team syncs daily", "what does it cost? finance reviews it monthly"])
def test_a_period_said_of_something_else_is_not_the_counts(closing: str) -> None:
    ask = parse(f"50k calls, 2k in / 400 out at $3/$15 per M, {closing}")
    assert ask.fields.calls_per_day is None
    assert any(a.field == "calls_per_day" for a in ask.ambiguities)


@pytest.mark.parametrize(("text", "days"), [
    ("50k calls, 2k in / 400 out, gpt-4o-mini 0.15/0.60 weekly", 7),
    ("50k calls, 2k in / 400 out at $3/$15 per M, weekly.", 7),
    ("50k calls, $3/$15 per M, 2k in / 400 out tokens daily", 1),
    ("50k calls, $3/$15 per mtok, 2k in / 400 out monthly", Decimal(730) / 24),
])
def test_a_period_right_after_a_rate_or_tokens_is_still_the_counts(text: str, days: Decimal) -> None:
    fields = parse(text).fields
    assert fields.calls_per_day is not None and abs(fields.calls_per_day * days - 50_000) < 1


# --- a sheet's column of money over a period, and the columns with a period that are not money ---------------------


@pytest.mark.parametrize("key", ["direct users monthly", "direct seats (annual)", "direct hours weekly",
                                 "cost per call monthly", "direct licences (monthly)"])
def test_a_column_with_a_period_that_counts_something_else_is_not_a_spend(key: str) -> None:
    text = _sheet([(key, "12000"), ("azure list markup", "20%"), ("EA discount", "10%")], "monthly on azure?")
    assert parse(text).fields.direct_spend is None
    reply = reply_text(text)
    assert "$12,000" not in reply and "$12,960" not in reply, reply
    assert "Not used in these figures" in reply and "12000" in reply, reply  # left out, and named as left out


def test_a_count_of_direct_calls_with_a_period_is_a_count_not_money() -> None:
    text = _sheet([("direct calls per day", "12000"), ("azure list markup", "20%"), ("EA discount", "10%")],
                  "monthly on azure?")
    fields = parse(text).fields
    assert (fields.direct_spend, fields.calls_per_day) == (None, Decimal(12000))


@pytest.mark.parametrize(("key", "period"), [("direct monthly", "month"), ("direct cost monthly", "month"),
                                             ("direct spend (annual)", "year"), ("monthly direct spend", "month"),
                                             ("direct per wk", "week"), ("weekly direct bill", "week")])
def test_a_column_of_direct_money_with_a_period_is_still_a_spend(key: str, period: str) -> None:
    # (1 + 20%) x (1 - 10%) - 1 = 8%; $12,000 x 1.08 = $12,960.00
    text = _sheet([(key, "12000"), ("azure list markup", "20%"), ("EA discount", "10%")], "what do they pay on azure?")
    fields = parse(text).fields
    assert (fields.direct_spend, fields.spend_period) == (Decimal(12000), period)
    assert_figures(text, ["8%", "$12,960.00"])
