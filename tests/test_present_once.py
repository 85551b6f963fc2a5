"""What the presentation layer renders from one answer (its context, parts and proposal) is rendered once and kept
on that answer, and goes with it: a long-running server must not keep every answer it has presented."""

from __future__ import annotations

import gc
import weakref

import pytest

from bot import router
from bot.present import parts, proposal
from bot.slack.post_answer import blocks_for

ASKS = [
    "quote 2k in / 400 out per call, 10k calls a day on gpt-4o",
    "caching: 4k prefix, 10k calls/day, $3/M input, $0.30/M cached",
    "PTU 35% off at 80% utilization, worth it?",
    "what's the Okta analogy for provisioned throughput?",
]


@pytest.mark.parametrize("text", ASKS)
def test_a_presented_answer_is_freed_once_nothing_refers_to_it(text: str) -> None:
    reply = router.answer(text)
    assert reply.answer is not None
    blocks_for(reply, ask=text, quote_id=None)  # the text, the blocks and the proposal all render from it
    proposal(reply.answer)
    gone = weakref.ref(reply.answer)
    del reply
    gc.collect()
    assert gone() is None, "a presented answer outlived its reply: the presentation layer keeps it"


def test_the_parts_of_one_answer_are_rendered_once_and_a_copy_renders_its_own() -> None:
    answer = router.answer(ASKS[0]).answer
    assert answer is not None
    first = parts(answer)
    assert parts(answer) is first  # the text, blocks and metadata share one rendering
    copy = answer.model_copy(update={"suggestions": ["try a 1,000-call day"]})
    assert parts(copy) is not first  # a copy shares the kept dict but never its original's renders
