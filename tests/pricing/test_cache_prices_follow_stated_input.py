"""A stated input rate beside a model: the cache prices the message leaves out follow it at the catalog row's own
multiples, so a write is never priced below the input rate the rep gave (and the reply says where they came from)."""

from __future__ import annotations

from decimal import Decimal

from pricing import lookup_rates, resolve_rates
from pricing.catalog import RateOverrides
from pricing.rates import Rates
from tests.support.replies import assert_figures, reply_text

CARD = Rates(input=Decimal(2), output=Decimal(10), cache_read=Decimal("0.2"), cache_write=Decimal("2.5"),
             cache_write_1h=Decimal(4), source="workspace rate card")


def test_cache_prices_left_out_follow_the_stated_input_rate_at_the_rows_multiples() -> None:
    rates = resolve_rates(RateOverrides(input=Decimal(6)), {"acme-large": CARD}, "acme-large")
    assert (rates.input, rates.cache_read, rates.cache_write, rates.cache_write_1h) == (
        Decimal(6), Decimal("0.6"), Decimal("7.5"), Decimal(12))
    assert rates.scaled == ("cache_read", "cache_write", "cache_write_1h")
    assert rates.scaled_from_input == Decimal(2)


def test_a_cache_price_stated_is_kept_and_only_the_others_follow() -> None:
    rates = resolve_rates(RateOverrides(input=Decimal(6), cache_read=Decimal("0.5")), {"acme-large": CARD},
                          "acme-large")
    assert (rates.cache_read, rates.cache_write) == (Decimal("0.5"), Decimal("7.5"))


def test_the_rows_own_input_rate_changes_nothing() -> None:
    rates = resolve_rates(RateOverrides(input=Decimal(2)), {"acme-large": CARD}, "acme-large")
    assert rates.cache_write == Decimal("2.5")
    assert rates.scaled == ()


def test_a_caching_ask_with_a_stated_input_rate_never_prices_a_write_below_it() -> None:
    row = lookup_rates("sonnet")
    assert row.cache_write is not None and row.cache_read is not None
    said = row.input * 3  # a stated rate other than the catalog's
    text = f"sonnet at ${said}/M input, 4k-token prefix, 1,000 calls a day, 90% hits. worth caching?"
    reply = reply_text(text)
    write = row.cache_write * 3
    premium = Decimal(4000) * (write - said) / 1_000_000  # sonnet's row, 3× its input: 4,000 × ($7.50 − $6)/1M
    assert premium > 0
    assert f"4,000 × ${write:.2f}/1M" in reply
    assert f"(${premium.normalize()} more than sending the prefix uncached)" in reply
    assert "-$" not in reply
    assert "1.25× the stated input rate: the catalog row's multiple of its own" in reply


def test_a_hit_calls_input_cut_is_shown_as_a_share() -> None:
    # uncached 8,000 × $2/1M = $0.016; hit 2,000 × $2/1M + 6,000 × $0.20/1M = $0.0052; $0.0108 off = 67.5%
    assert_figures("prompt is 8k, 6k of it a cached prefix; $2/M input, cached $0.20/M; every call hits. how much "
                   "does caching cut the input cost per call?", ["$0.0052", "$0.016", "$0.0108", "67.5%"])
