"""Cache prices as a price sheet states them (our own sentences, not a scored batch's): a sheet said to be per 1K
tokens ("price sheet is per 1K: input $0.0025, cached read $0.00025") prices every rate under it per million (× 1,000);
a write price said first ("writes at $6/MTok, input $3, reads $0.30") is the write's, never an input/output pair, and
beside a 1-hour TTL it is the hour-long write's price."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 10,000 × ($3 − $0.30)/1M = $0.027 a hit; × 20,000 = $540 a day
        ("price sheet is per 1K: input $0.003, cached read $0.0003. 10k-token prefix, 20k calls a day, all hits. "
         "saving per hit and per day?", ["$0.027", "$540.00", "$0.003 per 1K tokens is $3.00/1M"]),
        # 5,000 × ($1 − $0.10)/1M = $0.0045; × 8,000 = $36
        ("Our rate card says per 1k tokens: input $0.001, cache read $0.0001. 5k prefix, 8,000 calls/day, every "
         "call hits", ["$0.0045", "$36.00", "$1.00/1M"]),
        # 6,000 × ($2.50 − $1.25)/1M = $0.0075; × 10,000 = $75
        ("pricing page lists everything per thousand tokens — input $0.0025, cached $0.00125; 6,000-token prefix, "
         "10k calls a day, assume all hits", ["$0.0075", "$75.00"]),
        # 8,000 × ($2 − $0.20)/1M = $0.0144; × 5,000 = $72
        ("the price list is per 1k: $0.002 input, $0.0002 cache read. prefix 8k tokens, 5,000 calls a day, every "
         "call hits. daily saving?", ["$0.0144", "$72.00"]),
    ],
)
def test_a_price_sheet_per_1k_prices_the_cache_per_million(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        # a fee per 1K requests is no note about token prices
        "the price sheet is per 1k requests: $2 per 1k requests, 50k requests a day, 2k in 300 out",
        # rates said per million stay per million
        "price sheet: input $3/M, cached read $0.30/M. 10k prefix, 20k calls a day, all hits",
    ],
)
def test_no_per_1k_note_where_the_sheet_is_not_per_1k_tokens(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert "per 1K tokens is" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1-hour write $6: hits 1,800 × 5,000 × $2.70/1M = $24.30; writes 200 × 5,000 × ($6 − $3)/1M = $3.00
        ("1h cache, writes at $6/MTok, input $3, reads $0.30; 5k prefix, 2,000 calls a day, 90% hits",
         ["$6.00/1M", "$24.30", "$3.00", "$21.30"]),
        # 4,000 hits × $0.027 = $108; 1,000 writes × $0.0075 = $7.50
        ("cache writes at $3.75 per million, input $3, cache reads $0.30. 10k prefix, 5k calls/day with 80% hits",
         ["$0.027", "$108.00", "$7.50", "$100.50"]),
        # 950 × $0.0072 = $6.84; 50 × 8,000 × $0.25/1M = $0.10
        ("write $1.25/M, input $1, read $0.10 — 8k-token prefix, 1,000 calls a day, 95% hit rate",
         ["$0.0072", "$6.84", "$6.74"]),
        # 15,000 × $0.0072 = $108; 5,000 × 4,000 × $0.50/1M = $10
        ("writes @ $2.50/MTok, input $2/MTok, reads $0.20/MTok, 4k prefix, 20k calls/day, 75% hits",
         ["$108.00", "$10.00", "$98.00"]),
        # random arrivals, 1-hour TTL: 54 calls, one write (the floor); 53 × $0.0162 − ($6 − $3) × 6,000/1M = $0.8406
        ("about 6 calls an hour over 9 active hours, at random. 1-hour TTL (writes at $6/MTok, input $3, reads $0.30). "
         "6k prefix. net a day?", ["$0.0162", "$0.018", "$0.8406"]),
    ],
)
def test_a_write_price_said_first_is_the_writes(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    assert "assumed" not in reply.text.split("*Assumptions:*")[-1].split("write rate:")[-1].split("\n")[0], reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a pair with its sides after it stays input and output
        ("$3, $15 in/out, 2k in 300 out, 10k calls a day", ["$60.00", "$45.00"]),
        ("$2.50 / $10 input and output, 3k in 500 out, 10k calls a day", ["$75.00", "$50.00"]),
    ],
)
def test_a_rate_pair_with_its_sides_after_it_is_still_a_pair(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1-hour: 39 hits × $0.0216 − 1 write × 8,000 × ($5 − $3)/1M = $0.8424 − $0.016
        ("40 calls over an 8-hour day at random, 8k prefix, $3 input, $0.30 cache read. 5-min cache writes cost $3.75, "
         "the 1-hour cache $5. which TTL nets more?", ["$5.00/1M", "$0.8264"]),
        # 1-hour: 99 hits × $0.0135 − 1 × 5,000 × ($6 − $3)/1M = $1.3365 − $0.015 = $1.32
        ("100 calls a day at random over 10 hours; 5k prefix; input $3, reads $0.30; the 5-minute cache writes at "
         "$3.75 and the 1h cache at $6. compare the TTLs", ["$6.00/1M", "$1.32"]),
        # 1-hour: 59 hits × $0.027 − 1 × 10,000 × ($7 − $3)/1M = $1.593 − $0.04 = $1.55
        ("60 calls over a 6-hour day, random, 10k prefix, $3 input, $0.30 cache read. five-minute cache writes are "
         "$3.75, the one-hour cache is $7. which TTL nets more a day?", ["$7.00/1M", "$1.55"]),
    ],
)
def test_a_second_lifetimes_price_after_the_first_writes_is_its_write_price(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert "60-minute TTL" in reply.text, reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


def test_a_lifetimes_price_with_no_write_said_before_it_is_not_a_write_price() -> None:
    # "$5 per hour storage" after the 1-hour cache, the write word after it: not the 1-hour write's price
    reply = router.answer("the 1-hour cache at $5 per hour storage, 5k prefix, writes at $3.75, 100 calls a day, $3 in "
                          "$0.30 read", rate_cards={})
    assert "$5.00/1M" not in reply.text, reply.text
