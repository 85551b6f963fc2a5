"""Counts logged "yesterday" are one day's; "each business day is N tokens" after a joining word is a day's volume; a
figure said again in brackets ("8.000 tokens (eight thousand)") is the same figure, not a second one; a cache price
said as "half that" beside its price is that price."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_yesterdays_hits_and_writes_are_a_days() -> None:
    text = reply("4k prefix, base $5/M, cache write $6.25/M, cache read 50c/M. yesterday saw 2,000 hits and 100 "
                 "writes. what did caching net?")
    # 2,000 × 4,000 × $4.50 / 1M = $36; 100 × 4,000 × $1.25 / 1M = $0.50
    assert "$35.50 a day" in text
    assert "a day, an hour or a month" not in text


def test_each_business_day_after_a_joining_word_is_a_days_volume() -> None:
    text = reply("they only work weekdays, and the ops lead says each business day is about 500M input tokens and "
                 "50M output. $1/M in, $5/M out, 21 business days a month: monthly bill?")
    # a day: $500 + $250 = $750; 21 days: $15,750
    assert "$15,750.00" in text
    assert "If that is one call" not in text


def test_a_figure_said_again_in_words_in_brackets_is_one_figure() -> None:
    text = reply("each request is 8.000 tokens in (eight thousand) and 500 out (five hundred). $2 per million in, "
                 "$6 per million out. cost of one request?")
    # 8,000 × $2 / 1M + 500 × $6 / 1M = $0.016 + $0.003
    assert "$0.019" in text
    assert "Not used" not in text


def test_a_different_figure_in_brackets_is_kept() -> None:
    text = reply("1,000 calls (about 40 an hour) at 2k in / 200 out, $1/$4 per M: daily cost?")
    assert "Per hour of traffic (40 calls)" in text  # the bracketed figure is a second one, still read


def test_half_that_beside_the_price_is_that_price() -> None:
    text = reply("2,000-token prefix, input $4 per million, cached input is half that at $2 per million, 10,000 "
                 "calls a day all hitting. saving per hit?")
    assert "$0.004" in text  # 2,000 × ($4 − $2) / 1M
    assert "Which input rate" not in text


def test_a_month_of_business_days_replaces_the_730_hour_month() -> None:
    reply_ = router.answer("400M input tokens and 40M output per working day, $2/M in, $10/M out, 20 working days a "
                           "month. monthly cost?", rate_cards={})
    # a day: $800 + $400 = $1,200; 20 days: $24,000
    assert "$24,000.00 a month" in reply_.summary
    assert "730 h" not in reply_.text and "a month is the 20 days given" in reply_.text


def test_a_write_price_as_a_multiple_in_words_is_of_the_input_rate() -> None:
    text = reply("5,000-token prompt, input $2/M, cache reads a tenth of input, writes at one and a quarter times "
                 "input. 10,000 calls a day at a 90% hit rate. net a day?")
    assert "5,000 × $2.50/1M" in text  # the write rate is 1.25 × $2, never $1.25
    # 9,000 hits × 5,000 × $1.80 / 1M = $81; 1,000 writes × 5,000 × $0.50 / 1M = $2.50
    assert "$78.50 a day" in text
    assert "quarter" not in text.lower()  # "and a quarter times" is no period


def test_a_bare_count_of_days_beside_a_business_days_traffic_is_the_months() -> None:
    text = reply("$0.02 flat per call vs $2/$8 per M; each call 5,000 in / 500 out; 1,000 calls per business day, "
                 "21 days.")
    # per-token: 5,000 × $2 / 1M + 500 × $8 / 1M = $0.014 a call; 21,000 calls: $294 against $420 flat
    assert "$294.00" in text and "$420.00" in text


def test_rows_added_up_over_the_month_stated_use_that_month() -> None:
    text = reply("two flows at $1/M in, $4/M out, 30-day month:\n1) chat: 10k calls/day, 1,000 in / 250 out\n"
                 "2) batch: 1k docs/day, 10,000 in / 1,000 out\ntotal monthly?")
    # chat: $0.002 × 10,000 = $20 a day, $600 over 30 days; batch: $0.014 × 1,000 = $14 a day, $420
    assert "$600.00 + $420.00 = *$1,020.00*" in text


def test_tokens_said_by_where_they_flow_are_each_sides() -> None:
    text = reply("weekly batch: about 300M tokens going in and 20M coming back. $1/M in, $5/M out. weekly bill, input "
                 "and output?")
    # input 300M × $1 = $300; output 20M × $5 = $100
    assert "= *$400.00* (input $300.00, output $100.00)" in text
