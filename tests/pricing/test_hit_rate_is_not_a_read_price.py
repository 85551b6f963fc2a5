"""A hit rate is never read as what a cache hit costs: hits to pay back a write need the cache-read price, so without
one (and without a model to take it from) the reply asks for it rather than pricing a hit at the hit rate."""

from __future__ import annotations

from tests.support.replies import assert_figures, reply_text


def test_a_hit_rate_beside_a_write_share_asks_for_the_read_price() -> None:
    reply = reply_text("writes run 130% of the input rate and we're hoping for an 85% hit rate; after how many hits "
                       "does a write pay for itself?")
    assert "1 − 85%" not in reply and "15%" not in reply
    assert "cache-read" in reply


def test_a_hit_rate_with_a_model_named_uses_the_models_read_price() -> None:
    # sonnet 5's row: reads 10% of input, writes 125%: 25% ÷ 90% = 0.2778 hits, whatever the 45% hit rate
    reply = reply_text("on sonnet 5 with a 45% hit rate, how many hits does one cache write take to pay back?")
    assert "1 − 45%" not in reply
    assert "0.2778" in reply


def test_what_hits_cost_beside_a_write_share_is_still_the_read_price() -> None:
    # a hit saves 1 − 20% = 80%; a write costs 150% − 100% = 50% more: 50% ÷ 80% = 0.625 hits
    assert_figures("if cache writes are 150% of input and hits cost 20%, how many hits pay back a write?",
                   ["1 − 20% = 80%", "0.625"])
