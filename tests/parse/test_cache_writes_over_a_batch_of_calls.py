"""Calls arriving at random at a stated pace, with the writes asked over a count of calls ("over a batch of 400
calls"): the share of calls that write at that pace, times the calls asked over; never a volume a day."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_writes_over_a_batch_with_no_prices() -> None:
    text = reply("requests come in randomly, about 6 an hour, 10-minute TTL that each hit resets. how many cache "
                 "writes across a run of 1,000 requests?")
    # λ·TTL = 6/h × 10 min = 1, so e^-1 = 36.79% of calls write: 1,000 × 0.36788 = 368
    assert "\n• Over 1,000 calls at this pace: 1,000 × 36.79% = *368 writes*, the other 632 calls hit." in text


def test_writes_over_a_batch_beside_the_full_caching_figures() -> None:
    text = reply("calls arrive at random, ~30 an hour, 5 min ttl refreshed on hits. 4k-token prefix, $3/M input, "
                 "$0.30/M cached. cache writes over a batch of 500 calls?")
    # λ·TTL = 30/h × 5 min = 2.5, e^-2.5 = 8.21%: 500 × 0.082085 = 41
    assert "\n• Over 500 calls at this pace: 500 × 8.21% = *41 writes*" in text
    assert "Saving per cache hit" in text


def test_calls_a_day_are_the_volume_not_a_batch() -> None:
    text = reply("calls arrive at random, over 400 calls a day, 5 min ttl refreshed on hits. how many cache writes?")
    assert "Over 400 calls at this pace" not in text
