"""Scenario asks that give a workload's traits and its figures get the verdict the traits call for and the figures
worked out beside it: a cache-read price said as a share of "base" prices the saving per hit, a yes/no on provisioned
for a described load with a known utilization gets the break-even beside the verdict, a per-token quote is kept
beside a prefix too short to cache, "txns" are calls, and a fixed run of bounded transactions described with nothing
asked is mapped across the structures. Our own sentences; each figure is worked in the comment above it."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse
from tests.support.replies import assert_figures


def _scenario(text: str) -> str:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario", reply.text
    return reply.text


def _line(reply: str, name: str) -> str:
    return next(ln for ln in reply.splitlines() if ln.lstrip("•* ").startswith(name))


def _recommended(reply: str, name: str) -> bool:
    line = _line(reply, name)
    return "recommended" in line and "not recommended" not in line


@pytest.mark.parametrize(
    ("text", "saving"),
    [
        # 12,000 × ($3 − 10% × $3)/1M = 12,000 × $2.70/1M = $0.0324
        ("claims bot: every call carries the same 12,000-token policy preamble, 30k calls a day, input $3 per 1M, "
         "cache reads at 10% of base. volume swings month to month. what's the main lever?", "$0.0324"),
        # 20,000 × ($1 − 25% × $1)/1M = 20,000 × $0.75/1M = $0.015
        ("every request includes the same 20k-token product catalogue; 5k requests a day; $1/M input, cached reads at "
         "25% of base. which structure leads?", "$0.015"),
    ],
)
def test_a_read_price_said_as_a_share_of_base_prices_the_saving_per_hit(text: str, saving: str) -> None:
    reply = _scenario(text)
    assert _recommended(reply, "Prompt caching")
    assert saving in reply


def test_a_share_of_base_in_a_caching_sum_is_the_read_price_not_a_hit_ratio() -> None:
    ask = parse("8k prefix, input $3 per 1M, cache reads at 10% of base, 20k calls a day. net saving a day?")
    assert ask.intent is Intent.CACHING
    assert ask.fields.cache_read_rate is not None and float(ask.fields.cache_read_rate) == pytest.approx(0.3)
    assert ask.fields.hit_ratio is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1 − 50% = 50% break-even; (1 − 50%) ÷ 80% = 0.625 → 37.5% below on-demand
        ("steady high-volume production search, peak:avg 1.25 (~80% util sized to peak), provisioned at half off. "
         "PT or not?", ["50%", "37.5%"]),
        # 1 − 40% = 60%; (1 − 40%) × 1.2 = 0.72 → 28% below on-demand
        ("steady production chatbot, 24/7, PAR 1.2, 40% off provisioned. commit or not?", ["60%", "28%"]),
    ],
)
def test_a_yes_no_on_provisioned_for_a_known_steady_load_recommends_it(text: str, figures: list[str]) -> None:
    reply = _scenario(text)
    assert _recommended(reply, "Provisioned throughput")
    assert all(f in reply for f in figures), reply


def test_a_yes_no_on_provisioned_for_a_bursty_load_does_not_recommend_it() -> None:
    # sized for a peak 3× the average: 1 ÷ 3 = 33.3% utilization, below the 60% break-even at 40% off
    reply = _scenario("steady production chatbot, 24/7, PAR 3, 40% off provisioned. commit or not?")
    assert not _recommended(reply, "Provisioned throughput")


@pytest.mark.parametrize(
    "text",
    [
        "PTUs at 30% off, 80% utilized: worth it vs on-demand?",
        "par 1.25 so ~80% util, 35% off ptus. break-even?",
    ],
)
def test_the_same_figures_without_a_described_workload_stay_the_break_even(text: str) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN


def test_a_per_token_quote_stays_beside_a_prefix_too_short_to_cache() -> None:
    # per call 400 × $2/1M + 100 × $8/1M = $0.0008 + $0.0008 = $0.0016; × 2,000 calls = $3.20 a day
    text = ("pilot, 200-token system prompt, volume all over the place, ~2k calls/day, 400 in 100 out at 2/M in 8/M "
            "out. structure + daily cost?")
    reply = _scenario(text)
    assert _recommended(reply, "Per-token")
    assert_figures(text, ["$0.0016", "$3.20"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 20,000 × $0.002 = $40.00 a day per-call; 20,000 × (600 × $1/1M + 50 × $4/1M) = 20,000 × $0.0008 = $16.00
        ("invoice extraction, fixed 20k txns/day, bounded ~600 in / 50 out. per-call $0.002 vs per-token $1/$4. "
         "best fit?", ["$40.00", "$16.00"]),
        # 8,000 × $0.001 = $8.00; 8,000 × (500 × $2.50/1M + 10 × $10/1M) = 8,000 × $0.00135 = $10.80
        ("kyc checks, 8k trxs a day, steady, prompts bounded 500 in / 10 out; vendor per-call $0.001 vs $2.50/$10 "
         "per-token. structure?", ["$8.00", "$10.80"]),
    ],
)
def test_transactions_said_as_txns_are_the_calls_a_day(text: str, figures: list[str]) -> None:
    _scenario(text)
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        # 500,000 × $0.001 = $500.00; 500,000 × (900 × $1/1M + 20 × $4/1M) = 500,000 × $0.00098 = $490.00
        "receipt ocr, steady 500k receipts/mo, bounded input. $0.001/receipt flat vs per-token ~900 tok in @ $1/M + "
        "20 out @ $4/M",
        "document classification, predictable 500k docs/mo, bounded prompts. $0.001 per doc flat vs per-token 900 in "
        "@ $1/M and 20 out @ $4/M",
    ],
)
def test_a_fixed_run_of_bounded_transactions_with_nothing_asked_is_mapped(text: str) -> None:
    reply = _scenario(text)
    assert "$500.00" in reply and "$490.00" in reply


def test_the_same_offer_with_a_figure_asked_stays_the_per_call_comparison() -> None:
    text = ("receipt ocr, steady 500k receipts/mo, bounded input. $0.001/receipt flat vs per-token ~900 tok in @ $1/M "
            "+ 20 out @ $4/M. where's the crossover?")
    assert parse(text).intent is Intent.PER_CALL
