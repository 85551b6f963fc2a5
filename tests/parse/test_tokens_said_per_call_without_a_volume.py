"""Tokens said of one call, with no call volume (our own sentences, not a scored batch's): the reply prices the call
as a call and asks only for the volume; tokens said of nothing keep the question whether they are one call or a day.
"What's the split?" gives each side's share of the cost."""

from __future__ import annotations

from tests.support.replies import reply_text


def test_tokens_said_per_call_are_priced_as_one_call() -> None:
    reply = reply_text("each request is 2,000 in / 400 out on $2/$8 per M. cost?")
    assert "*Per-token quote*\nPer call:" in reply and "Add the call volume" in reply
    assert "If that is one call" not in reply


def test_tokens_said_of_nothing_keep_the_question() -> None:
    reply = reply_text("2,000 in / 400 out on $2/$8 per M. cost?")
    assert "For these tokens:" in reply and "If that is one call" in reply


def test_the_split_asked_gives_each_sides_share() -> None:
    # 2,000 × $2/1M = $0.004; 400 × $8/1M = $0.0032; output 0.0032 ÷ 0.0072 = 44.44%, input 55.56%
    reply = reply_text("our calls are 2,000 input / 400 output at $2/M in and $8/M out. what's the real split?")
    assert "*44.44%*" in reply and "55.56%" in reply
