"""One call per business item reads as a fixed-size transaction, and finance asking a cost per item as a fixed unit
cost; an agent session that makes one call and then more, or a cost per person of long, variable conversations,
does not. Our own sentences."""

from __future__ import annotations

import pytest

from bot.parse.numbers import normalize
from bot.parse.traits import read_traits
from tests.support.replies import reply_text

_ITEM_TRAITS = {"transactional", "fixed_unit_cost"}


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's two
        "Each agent session makes one planning call and then up to 30 tool calls of varying size",
        "long, variable conversations; finance wants a cost per employee",
        # near-misses of our own
        "each onboarding run makes one call, followed by up to 5 retry calls",
        "every chat thread sends one summary request, plus up to 12 follow-up calls",
        "open-ended chats with the help desk; finance wants a cost per user",
        "the CFO needs a price per seat for the assistant",
    ],
)
def test_sessions_and_people_are_not_fixed_items(text: str) -> None:
    assert not _ITEM_TRAITS & set(read_traits(normalize(text)))


def test_the_reviewers_session_no_longer_gets_per_call_viable() -> None:
    reply = reply_text("Each agent session makes one planning call and then up to 30 tool calls of varying size. "
                       "per-call pricing or per-token?")
    assert "Per-call: viable" not in reply


@pytest.mark.parametrize(
    ("text", "trait"),
    [
        ("every parcel label triggers exactly one address-check call", "transactional"),
        ("each claim form makes one extraction call, then we store it", "transactional"),
        ("Finance wants a cost per parcel", "fixed_unit_cost"),
        ("the CFO needs a price per shipment", "fixed_unit_cost"),
        ("CFO wants a fixed cost per query", "fixed_unit_cost"),
        ("procurement asks for a price per contract", "fixed_unit_cost"),
    ],
)
def test_one_call_per_item_still_reads(text: str, trait: str) -> None:
    assert trait in read_traits(normalize(text))
