"""Of several glossary terms in a message, the one asked about is the last named before the question that asks for a
meaning ("terms so far: per-token, per-call ... next one: TTL. what's the one-line definition?"), not the first."""

from __future__ import annotations

import pytest

from bot.parse import parse


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("slide of terms, done so far: per-token, per-call, caching. next one: TTL. what's the one-line definition?",
         "ttl"),
        ("the RFP says \"quote pricing in PTUs\" and legal asked me what that even is. PTU = ?", "ptu"),
        # the first question names its term; a later "definition" asks for that one again
        ("CFO asked what \"break-even utilization\" means on the PTU offer. they want a definition for the board",
         "break-even"),
    ],
)
def test_the_term_before_the_question_is_the_one_asked(text: str, term: str) -> None:
    ask = parse(text)
    assert ask.intent.value == "glossary" and ask.fields.term == term
