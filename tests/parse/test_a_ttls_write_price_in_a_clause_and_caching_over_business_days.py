"""A write price said in a clause hung on its lifetime ("the 1-hour TTL, whose writes cost $6/M") belongs to that
lifetime, which is then the one in play (the other TTL priced at its own default), and a creation "billed like a
normal uncached prompt" adds no premium; a caching net asked "over 22 business days" is the net over those days."""

from __future__ import annotations

from bot import router

ASK = ("Support bot: 60 calls a day, one every 10 minutes through a 10-hour business day, 4,000-token system prompt. "
       "Input $3/M, cache read $0.30/M. The 5-min cache would lapse between calls, so we'd pick the 1-hour TTL, "
       "whose writes cost $6/M. Net over 21 business days?")


def test_a_write_price_said_of_the_one_hour_ttl_is_its_write_price() -> None:
    text = router.answer(ASK, rate_cards={}).text
    assert "4,000 × $6.00/1M = $0.024 per write" in text
    assert "within the 60-minute TTL" in text  # the TTL chosen leads the reply
    assert "*1 write*; hits = 60 − 1 = 59" in text
    # the 5-minute option at its own write price (1.25 × input), never at the 1-hour one
    assert "(write at $3.75/1M)" in text
    assert "Caching loses money here" not in text


def test_a_caching_net_over_business_days_is_the_days_net() -> None:
    text = router.answer(ASK, rate_cards={}).text
    # a day: 59 × 4,000 × $2.70/1M − 1 × 4,000 × $3.00/1M = $0.6372 − $0.012 = $0.6252; over 21 days $13.13
    assert "$0.6252 × 21 = *$13.13*" in text
    assert "Not used" not in text


def test_over_a_few_business_days_is_not_read_as_a_month() -> None:
    text = router.answer(ASK.replace("21 business days", "3 business days"), rate_cards={}).text
    assert "Per month of 3 days" not in text


def test_a_creation_billed_like_a_normal_prompt_adds_no_premium() -> None:
    text = router.answer(
        "Explicit cache on Gemini for a 100,000-token manual, recreated every hour over a 10-hour day; the create is "
        "billed like a normal uncached prompt. Storage $4.50 per million tokens per hour, input $1.25/M, cached "
        "$0.25/M, 200 calls an hour. Net a day?", rate_cards={}).text
    assert "($0.00 more than sending the prefix uncached)" in text
    assert "created by the first call of each TTL window" in text
