"""Words reps type in a hurry (our own sentences, not a scored batch's): "brek even", "four PTU's", "twenty four
seven", a doer before the verb of a unit's calls, counts "on a typical day", "all but 5%" of calls, accents, items one
call each reads counted as calls, a fee after a possessive, and an EA named by its cloud."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_a_typo_of_break_still_asks_the_break_even_discount() -> None:
    reply = reply_text("they think 60% util. what discount do we need to brek even at that? and w the 30% off offered?")
    assert "1 − 60% = *40%*" in reply


def test_units_counted_in_words_with_an_apostrophe_and_said_around_the_clock() -> None:
    # 3 × $2.00 × 730 = $4,380.00 against $5,000.00: $620.00 less
    reply = reply_text("they want three PTU's at $2 per unit hour running twenty four seven for a month. on demand "
                       "for the same traffic is 5,000 a month. ahead or behind?")
    assert "3 × $2.00 × 730 h = *$4,380.00*" in reply and "*$620.00 a month less*" in reply


def test_a_units_calls_said_with_its_doer_multiply_the_units() -> None:
    # 4 calls × 10,000 workflows = 40,000 calls; 1,000 × $2/1M + 100 × $8/1M = $0.0028; × 40,000 = $112.00
    reply = reply_text("for each workflow it makes four model calls of 1,000 input and 100 output tokens. 10k "
                       "workflows a month at $2/M in and $8/M out. monthly bill?")
    assert "*$112.00*" in reply


def test_counts_on_a_typical_day_are_a_days() -> None:
    # 2,000 × ($2 − $0.20)/1M = $0.0036 a hit; 10,000 × $0.0036 − 100 × 2,000 × $0.50/1M = $36.00 − $0.10 = $35.90
    reply = reply_text("2,000-token prefix, input $2/MTok, cache reads $0.20, writes $2.50. we see about 10,000 cache "
                       "hits and 100 cache writes on a typical day. net daily saving?")
    assert "*$35.90 a day*" in reply


def test_all_but_a_share_is_the_rest() -> None:
    reply = reply_text("1,500-token system prompt on openai, $2/M input, cached half that. 70k requests a week, all "
                       "but 10% of them hit the cache. weekly saving?")
    # hits 63,000 × 1,500 × $1/1M = $94.50
    assert "*$94.50*" in reply and "63,000 hits" in reply


def test_items_each_sized_in_tokens_are_calls() -> None:
    # 4,000 × $1/1M + 500 × $4/1M = $0.006 a call; 5,000 a business day × 20 = 100,000: $600.00 vs $500.00 at $0.005
    reply = reply_text("a vendor charges half a cent per call to read a deed. per-token, each deed is about "
                       "4,000 tokens in and 500 out at $1/$4 per million. they read 5,000 deeds every business "
                       "day, 20 business days a month. which is cheaper for the month?")
    assert "$600.00 vs $500.00 a month" in reply


def test_accented_item_names_are_read() -> None:
    reply = reply_text("each résumé is about 2,000 tokens in and 200 out at $1/$5 per million; 3,000 résumés a day. "
                       "monthly cost?")
    assert "3,000 calls" in reply or "(3,000 calls)" in reply


def test_a_fee_after_a_possessive_is_the_fee() -> None:
    reply = reply_text("the vendor's $0.01 per-call fee vs per-token at $1/$4 per million, 3:1 mix. crossover?")
    # blended (3 × $1 + $4) ÷ 4 = $1.75; $0.01 × 1M ÷ $1.75 = 5,714 tokens
    assert "*5,714 tokens per call*" in reply


def test_an_agreement_named_by_its_cloud_is_the_ea() -> None:
    reply = reply_text("Bedrock lists 30% over direct and their AWS agreement gives them 20% off; Vertex lists 10% "
                       "over direct with a 5% EA discount. effective markup on each?")
    # 1.3 × 0.8 − 1 = 4%; 1.1 × 0.95 − 1 = 4.5%
    assert "*4%*" in reply and "*4.5%*" in reply
