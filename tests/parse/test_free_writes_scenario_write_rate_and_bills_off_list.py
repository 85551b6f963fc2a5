"""Asks a new user writes (our own sentences): cache writes said to be free ("writes are free", "writes cost nothing",
"no charge for writes") are writes at the input rate; a recommendation's caching net says which write rate it used; a
bill with a discount off the list rates shows the bill after it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import reply_text

_CACHE = "4k prefix, 20k calls a day, 80% hits"


@pytest.mark.parametrize(
    "said",
    ["cache writes are free", "writes cost nothing", "no charge for writes", "free cache writes",
     "writing to the cache is free"],
)
@pytest.mark.parametrize("rate", ["$2/M input", "$2/M in"])
def test_free_writes_are_writes_at_the_input_rate(said: str, rate: str) -> None:
    fields = parse(f"{rate}, $0.20/M cache reads, {said}. {_CACHE}").fields
    assert fields.cache_write_rate == Decimal(2)


def test_free_writes_answered_with_no_write_premium() -> None:
    # 16,000 hits x 4,000 x $1.80/1M = $115.20 a day; writes add nothing over the input rate
    reply = reply_text(f"$2/M input, $0.20/M cache reads, cache writes are free. {_CACHE}. net per day?")
    assert "$115.20 a day" in reply and "assumed 1.25×" not in reply


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a write price said, or something else said to be free
        f"$2/M input, $0.20/M cache reads, $2.50/M cache writes, reads are cheap. {_CACHE}",
        f"$2/M input, $0.20/M cache reads, $2.50/M cache writes, storage is free. {_CACHE}",
    ],
)
def test_a_write_price_said_stays(text: str) -> None:
    assert parse(text).fields.cache_write_rate == Decimal("2.5")


def test_nothing_said_of_writes_leaves_the_write_rate_unset() -> None:
    assert parse(f"$2/M input, $0.20/M cache reads, storage is free. {_CACHE}").fields.cache_write_rate is None


def test_a_recommendation_says_which_write_rate_its_caching_net_used() -> None:
    reply = router.answer("Support bot: every call sends the same 8,000-token policy prefix, 15,000 calls a day, "
                          "peak-to-average about 4. $3/M input, $0.30/M cache reads, 90% hits. Which pricing "
                          "structure fits and what does caching net a day?", rate_cards={})
    assert reply.intent == "scenario", reply.text
    assert "Write rate: assumed 1.25× the input rate" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a quarter off list, $4/$16 per million, 25M in 5M out a month: what's the bill?",
         "$180.00 × (1 − 25%) = *$135.00* a month"),
        ("they get 10% off, $2/$8 per million, 40M in 5M out a month. monthly bill?",
         "$120.00 × (1 − 10%) = *$108.00* a month"),
    ],
)
def test_a_bill_with_a_discount_off_list_shows_the_bill_after_it(text: str, line: str) -> None:
    reply = router.answer(text, rate_cards={}).text
    assert line in reply, reply


def test_a_bill_with_no_discount_has_no_discount_line() -> None:
    reply = router.answer("$4/$16 per million, 25M in 5M out a month: what's the bill?", rate_cards={}).text
    assert "off the list rates" not in reply and "$180.00" in reply
