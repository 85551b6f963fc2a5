"""Fuzz: whatever is typed, ``answer`` returns a Reply and never raises.

The router turns domain errors into replies and, as a last line of defence, logs anything unexpected and
returns an apology with ``data["internal_error"]``. These tests fail on that flag too, so a bug found by
fuzzing gets fixed rather than hidden behind the apology.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot import router
from bot.reply import Reply

VOCAB = [
    "$", "$5/1M", "$0.50/MTok", "$3/$15 per 1M", "$0.02 a call", "per call", "2 cents per request", "4k", "4,000-token",
    "2M", "1.5B", "500k", "-3", "0", "0.0", "1e9", "99999999999999999999", "%", "40%", "140%", "-20%", "0%", "100%",
    "80% utilization", "0% utilization", "250% utilization", "discount", "EA discount", "above direct", "markup",
    "peak-to-average", "3:1 peak to average", "peak to average 0", "peak to average 5000", "calls/day", "calls a day",
    "per hour", "per minute", "per month", "per second", "tokens", "in", "out", "input", "output", "system prompt",
    "prefix", "cache hits", "cache write", "caching", "worth it", "PTU", "provisioned", "break-even", "gpt-4o",
    "sonnet 4.5", "via openai", "on bedrock", "azure", "vertex", "RAG", "agent", "pilot", "production", "spiky",
    "federal", "what's", "what is", "check:", "can I say", "help", "?", "/", "-", ",", "and", "or", "okta",
    "<!channel>", "&amp;", "*", "_", "`", "\n", "🙂", "\u200b", "\x00", "\x1b[2J", "🔥🔥", "writes a day", "hit rate",
]

asks = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), max_size=25).map(" ".join)
huge = st.text(min_size=1, max_size=40).map(lambda s: (s * (40_000 // len(s) + 1))[:40_000])


def _check(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    assert "internal_error" not in reply.data, reply
    assert reply.text.strip() and reply.summary.strip()
    assert "<!" not in reply.text and "<!" not in reply.summary


@given(st.text())
def test_any_text_gets_a_reply(text: str) -> None:
    _check(router.answer(text))


@given(asks)
def test_ask_shaped_noise_gets_a_reply(text: str) -> None:
    _check(router.answer(text))


@given(huge)
def test_forty_thousand_characters_get_a_reply(text: str) -> None:
    _check(router.answer(text))


@given(st.text())
def test_other_surfaces_never_raise(text: str) -> None:
    _check(router.glossary_reply(text))
    _check(router.fieldcheck_reply(text))
    coached = router.coaching_reply(text)
    if coached is not None:
        _check(coached)


def test_forty_thousand_characters_of_a_real_ask() -> None:
    text = ("40% discount on PTUs, 80% utilization. " * 1100)[:40_000]
    reply = router.answer(text)
    _check(reply)
    assert "first 4,000 characters" in reply.text
