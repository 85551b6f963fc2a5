"""Caching what-ifs on the same deal (our own sentences, not a scored batch's): a new prefix length or a multiple of
the calls is worked out beside the base figures, each labelled.

Base: 4,000-token prefix, $2 input, $0.20 read: a hit saves 4,000 × $1.80/1M = $0.0072; 10,000 calls a day all hitting
save $72.00 a day. A 9,000-token prefix saves $0.0162 a hit, $162.00 a day; twice the calls save $144.00 a day.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import reply_text

_DEAL = "4k-token prefix, $2 in / $0.20 cache read, 10k calls a day. daily saving?"


@pytest.mark.parametrize(
    ("what_if", "figures"),
    [
        ("What if the prefix grows to 9k?", ["$0.0162", "$162.00"]),
        ("and if they increase the prefix to 9,000 tokens?", ["$0.0162", "$162.00"]),
        ("what if calls double?", ["20,000", "$144.00"]),
        ("what if traffic triples?", ["30,000", "$216.00"]),
    ],
)
def test_a_what_if_is_shown_beside_the_base(what_if: str, figures: list[str]) -> None:
    reply = router.answer(f"{_DEAL} {what_if}", rate_cards={})
    assert reply.intent == "caching", reply.text
    assert "$72.00 a day" in reply.text, reply.text  # the base stays
    assert "What if" in reply.text, reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


def test_both_what_ifs_are_shown_apart() -> None:
    reply = router.answer(f"{_DEAL} What if the prefix goes to 9k? And separately, what if hits double with the 4k "
                          "prefix?", rate_cards={})
    for figure in ("$72.00", "$162.00", "$144.00"):
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        _DEAL,  # no what-if
        "4k-token prefix of a 9k prompt, $2 in / $0.20 cache read, 10k calls a day",  # the prompt, not a new prefix
    ],
)
def test_no_what_if_without_one(text: str) -> None:
    fields = parse(text).fields
    assert fields.what_if_prefix is None and fields.volume_factor is None, fields
    assert "What if" not in router.answer(text, rate_cards={}).text


def test_the_what_if_prefix_is_read_apart_from_the_prefix() -> None:
    fields = parse(f"{_DEAL} What if the prefix grows to 9k?").fields
    assert (fields.prefix_tokens, fields.what_if_prefix) == (Decimal(4000), Decimal(9000))


@pytest.mark.parametrize(
    "text",
    [
        "10k prefix, $2 in / $0.20 read / $2.50 write, 2,000 calls a day at 80% hits. what if volume triples and the "
        "hit rate goes to 90%?",
        "10k-token prefix at $2 input, $0.20 cached, $2.50 writes; 2k calls/day, 80% hit rate. what if calls triple "
        "and hit rate rises to 90%?",
    ],
)
def test_volume_and_hit_rate_changed_together(text: str) -> None:
    # a hit saves 10,000 × $1.80/1M = $0.018, a write adds 10,000 × $0.50/1M = $0.005; both at once: 6,000 calls at
    # 90%: 5,400 × $0.018 − 600 × $0.005 = $97.20 − $3.00 = $94.20 a day (each alone: $80.40 and $31.40)
    reply = reply_text(text)
    for figure in ("$94.20 a day", "$80.40 a day", "$31.40 a day", "$26.80"):
        assert figure in reply, (figure, reply)


def test_volume_alone_is_not_combined() -> None:
    # near miss: no second hit rate, so no combined line
    reply = reply_text("10k prefix, $2 in / $0.20 read / $2.50 write, 2,000 calls a day at 80% hits. what if volume "
                       "triples?")
    assert "$80.40 a day" in reply and "Both at once" not in reply, reply
