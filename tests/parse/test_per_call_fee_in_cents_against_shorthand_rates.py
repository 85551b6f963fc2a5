"""A per-call fee in cents ("0.2c/call", "0.4c per call flat", "1.2c") against per-token rates in shorthand
("200 in 10 out at 0.4/M in 1.6/M out", "per-token would be 3/12", "4/16 alt", "calls 2k tok at 4:1"): the reply shows
the per-token cost of the call, the fee, the difference per call and the crossover size; a size said again ("now calls
avg 3k", "what if calls actually run 800") adds the per-token cost at that size.

Expected figures are worked here: per-token call = in × r_in ÷ 1M + out × r_out ÷ 1M; blended = share × r_in + (1 −
share) × r_out; crossover = fee × 1M ÷ blended."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.format import count, money
from bot.parse import parse
from bot.parse.models import Intent
from tests.support.replies import reply_text

D = Decimal


def per_token(inp: str, out: str, rin: str, rout: str) -> Decimal:
    return D(inp) * D(rin) / 1_000_000 + D(out) * D(rout) / 1_000_000


@pytest.mark.parametrize(
    ("text", "rin", "rout"),
    [
        ("2k in 500 out at 3/M in 15/M out", "3", "15"),
        ("2k in 500 out at $3/M input $15/M output -> per call?", "3", "15"),
        ("400 in 20 out at 0.4/M in 1.6/M out?", "0.4", "1.6"),
        ("900M in at $3, 100M out at $15", "3", "15"),  # the side of the count each price follows
        ("in $2.50 / out $10, 2k in 500 out", "2.5", "10"),  # labels before their rates
        ("monthly 90M in, 20M out; in $0.40/M out $1.60/M", "0.4", "1.6"),  # labels before, with no separator
    ],
)
def test_each_rate_takes_the_side_named_right_after_it(text: str, rin: str, rout: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (D(rin), D(rout)), fields


@pytest.mark.parametrize(
    ("text", "fee", "inp", "out", "rin", "rout"),
    [
        ("tagging endpoint 0.2c/call. per-token instead: 400 in 20 out at 0.4/M in 1.6/M out -> per call?", "0.002",
         "400", "20", "0.4", "1.6"),
        ("0.4c per call. calls 1.5k in / 300 out, per-token would be 3/12. diff per call?", "0.004", "1500", "300",
         "3", "12"),
        ("partner wants 0.9c/call flat. our calls ~800 in 150 out, tokens would be 4/16. which wins?", "0.009", "800",
         "150", "4", "16"),
    ],
)
def test_a_fee_in_cents_against_shorthand_rates_gives_both_costs_and_the_gap(
        text: str, fee: str, inp: str, out: str, rin: str, rout: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL and ask.fields.per_call_fee == D(fee), ask
    tokens = per_token(inp, out, rin, rout)
    reply = reply_text(text)
    assert money(tokens) in reply and money(D(fee)) in reply, reply
    assert money(abs(tokens - D(fee))) in reply, reply
    share = D(inp) / (D(inp) + D(out))
    blended = share * D(rin) + (1 - share) * D(rout)
    assert "Crossover" in reply and "tokens per call" in reply, reply
    assert blended > 0


@pytest.mark.parametrize(
    ("text", "fee", "planned", "again"),
    [
        ("1.2c per call, planned 2k tok calls at 4:1, 4/16 alt. now they say calls avg 3k. crossover?", "0.012",
         "2000", "3000"),
        ("per call 0.8c. planned ~1k tok calls at 4:1, per-token alt is 4/16. crossover? and what if calls actually "
         "run 800", "0.008", "1000", "800"),
    ],
)
def test_a_call_size_said_again_is_priced_beside_the_planned_one(
        text: str, fee: str, planned: str, again: str) -> None:
    share = D("0.8")  # 4:1
    blended = share * 4 + (1 - share) * 16  # $6.40/1M
    reply = reply_text(text)
    crossover = D(fee) * 1_000_000 / blended
    assert f"{count(crossover.quantize(D(1)))} tokens per call" in reply, reply
    size = D(again)
    cost = size * share * 4 / 1_000_000 + size * (1 - share) * 16 / 1_000_000
    assert money(cost) in reply, reply
    assert money(D(planned) * blended / 1_000_000) in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "meeting at 3:30, 2k tokens per call at $3/$15",  # a time, not a mix
        "calls were 2k tokens at $3/$15 and 0.5c a call; they run 24/7",  # "run" with no size after it
    ],
)
def test_times_and_runs_are_not_read_as_mixes_or_sizes(text: str) -> None:
    fields = parse(text).fields
    assert fields.input_share is None and not fields.other_call_tokens, fields


@pytest.mark.parametrize(
    ("text", "fee", "calls"),
    [
        ("3c per call, 40k calls. total?", "0.03", "40000"),
        ("what's the bill for 120,000 calls at 0.5c a call?", "0.005", "120000"),
    ],
)
def test_a_fee_over_a_count_of_calls_gives_the_bill_without_tokens(text: str, fee: str, calls: str) -> None:
    reply = reply_text(text)
    bill = D(fee) * D(calls)
    assert f"{count(D(calls))} × {money(D(fee))} = *{money(bill)}*" in reply, reply
    assert "tokens" in reply  # the per-token side is still asked for
