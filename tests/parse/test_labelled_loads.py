"""A peak and an average load are told apart only where each is labelled, an average request rate runs over the
stated active hours, and a span of months said in passing is not a contract term."""

from __future__ import annotations

import pytest

from bot import router


def _reply(ask: str) -> router.Reply:
    return router.answer(ask, rate_cards={})


@pytest.mark.parametrize(("ask", "calls"), [
    ("peak 90 req/min, avg 30 req/min, 10 hours a day. 2k in 300 out per request at $2/$8. monthly?", "18,000 calls"),
    ("busiest is ~50 rpm at peak; typical 20 rpm over a 6-hour window. 800 in / 100 out, $3/$15, per month?",
     "7,200 calls"),
])
def test_an_average_request_rate_runs_over_the_stated_active_hours(ask: str, calls: str) -> None:
    text = _reply(ask).text
    assert calls in text


@pytest.mark.parametrize("ask", [
    "3k calls a day now, 9k a day by Q3. average prompt 1.5k in / 300 out, usage peaks around Black Friday. "
    "$2/$8 per M, monthly cost?",
    "they run 500 calls/hr in staging and 4,000 calls/hr in prod; mean response 250 tokens, 1k in; peak season is "
    "summer. $1/$4 per M - monthly?",
])
def test_two_volumes_are_asked_about_when_peak_and_average_label_no_volume(ask: str) -> None:
    reply = _reply(ask)
    assert any(a.get("field") == "calls_per_day" for a in reply.data.get("ambiguities") or [])


@pytest.mark.parametrize(("ask", "calls"), [
    ("2,400 calls/hr at peak, 600/hr average. 1k in 250 out, $3/$15. what's the monthly bill?", "14,400 calls"),
    ("avg 200 calls/hr, peak 900 calls/hr. 3k in / 400 out at $2/$8 per M. monthly?", "4,800 calls"),
])
def test_a_labelled_peak_and_average_bill_at_the_average(ask: str, calls: str) -> None:
    assert calls in _reply(ask).text


@pytest.mark.parametrize(("ask", "term"), [
    ("spend has been steady over 12 months: 40M input and 8M output tokens a month at $3/$15. monthly cost?", False),
    ("we piloted across 6 months; now 20M in / 5M out a month at $2/$8, what's that a month?", False),
    ("40M input and 8M output tokens a month at $3/$15. total cost over 24 months?", True),
    ("20M in / 5M out a month at $2/$8 - cost over the next 2 years?", True),
])
def test_a_span_said_in_passing_is_not_a_contract_term(ask: str, term: bool) -> None:
    assert ("-month term" in _reply(ask).text) is term
