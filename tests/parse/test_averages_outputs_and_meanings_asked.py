"""Figures and meanings said around the question (our own sentences, not a scored batch's): an average of the rows'
utilizations is no discount, the output said by what the model sends back, a period named before its count ("a quarter
in which we produce ..."), and a meaning asked of a config line, of what it does to cost, or "in plain English"."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_an_average_of_the_rows_utilization_is_no_discount() -> None:
    reply = reply_text("util by shift, normalized to the quoted PTUs:\n\nshift\tavg_util\nday\t80%\nnight\t40%\n\n"
                       "avg works out to 60%. would a provisioned commit break even at that?")
    assert "1 − 60% = *40%*" in reply and "the provisioned discount versus on-demand" in reply
    assert "1 − discount = 1 − 60%" not in reply


def test_the_output_said_by_what_the_model_sends_back() -> None:
    # 2,000 × $1/1M + 300 × $4/1M = $0.0032; 10,000 a day: $20.00 + $12.00 = $32.00
    for said in ("the model answers with roughly 300 tokens", "the JSON coming back is around 300 tokens"):
        reply = reply_text(f"each request carries about 2,000 input tokens, and {said}. 10,000 requests a day at $1/M "
                           "input and $4/M output. daily cost, split in and out?")
        assert "$20.00 + $12.00 = *$32.00*" in reply, said


def test_a_period_named_before_its_count() -> None:
    # 1,000 × $2/1M + 200 × $10/1M = $0.004 a summary; 30,000 a quarter: $120.00
    reply = reply_text("each summary sends 1,000 tokens in and gets 200 back, at $2/M in and $10/M out. what's the "
                       "bill for a quarter in which we produce 30,000 summaries?")
    assert "*$120.00*" in reply


def test_a_meaning_asked_of_a_config_line_or_of_its_effect_on_cost() -> None:
    for ask in ('config: {"cache_control": {"type": "ephemeral"}}\nttl: 300s\n\nwhat the TTL line actually means for '
                "their bill? plain-English version pls",
                'request config: {"ttl": "5m"}. what the TTL actually does to cost, quick explainer?'):
        assert reply_text(ask).startswith("*TTL (cache lifetime)*"), ask


def test_a_meaning_asked_in_plain_english() -> None:
    reply = reply_text('their quote says "120 PTUs". could someone tell me what a PTU is, in plain English, before the '
                       "call at 3?")
    assert reply.startswith("*PTU (Provisioned Throughput Unit)*")


def test_a_daily_on_demand_spend_over_the_stated_month() -> None:
    # units: 2 × $10 × 720 = $14,400.00; on-demand $1,200 a day × 30 days = $36,000.00: $21,600.00 less
    reply = reply_text("2 units @ $10/hr each, 30 day month. on demand for the same tokens is runnin ~1.2k a day. "
                       "ahead or behind?")
    assert "against $36,000.00 a month on-demand" in reply and "*$21,600.00 a month less*" in reply


def test_an_amount_and_its_period_before_who_spends_it_on_demand() -> None:
    # 2 × $10 × 720 = $14,400.00 against $20,000.00: $5,600.00 less, 28% less
    reply = reply_text("2 ptus at $10/hr each, 30 day month. how much do they save vs the 20k/mo theyd spend on "
                       "demand for the same tokens? and as a %?")
    assert "*$5,600.00 a month less*" in reply and "28% less" in reply
