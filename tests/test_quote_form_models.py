"""The quote form's model select prices the catalog row that was picked: the (model, provider) pair is passed to
the engine as the request's fields, never as words for the parser to read (which priced claude-3-opus as a newer
Opus, and asked for the rates of gemini-2.5-pro)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import quote_form
from pricing.catalog import model_choices


def _every_choice() -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    for query in "abcdefghijklmnopqrstuvwxyz0123456789":
        seen.update(model_choices(query, limit=10_000))
    return sorted(seen)


#: Every 60th model the select offers (a spread over all providers), and the ones that were priced wrongly.
NAMED = {("claude-3-opus-latest", "anthropic"), ("claude-3-opus", "google"), ("anthropic/claude-3-opus", "openrouter"),
         ("gemini-2.5-pro", "google"), ("gpt-4o", "openai"), ("claude-3-5-haiku", "google")}
SAMPLE = sorted({*_every_choice()[::60], *NAMED})


def test_the_sample_is_wide_and_offered_by_the_select() -> None:
    assert len(SAMPLE) >= 30 and len({provider for _, provider in SAMPLE}) >= 10
    assert set(_every_choice()) >= NAMED


@pytest.mark.parametrize(("model", "provider"), SAMPLE)
def test_a_per_token_quote_prices_the_picked_row(model: str, provider: str) -> None:
    values: quote_form.Values = {"model": f"{model} via {provider}", "input_tokens_per_day": Decimal(2_000_000),
                                 "output_tokens_per_day": Decimal(500_000)}
    reply = quote_form.answer("quote", values, rate_cards={})
    assert reply.answer is not None and reply.answer.rates is not None, reply.text
    assert (reply.answer.rates.model, reply.answer.rates.provider) == (model, provider)
    assert reply.data["result"] is not None  # priced, not asked for rates


@pytest.mark.parametrize(("structure", "values"), [
    ("per_call", {"per_call_fee": Decimal("0.002"), "input_tokens_per_call": Decimal(1200),
                  "output_tokens_per_call": Decimal(300)}),
    ("caching", {"prefix_tokens": Decimal(4000), "calls_per_day": Decimal(10_000)}),
])
def test_per_call_and_caching_price_the_picked_row(structure: str, values: quote_form.Values) -> None:
    picked = {**values, "model": "claude-3-opus-latest via anthropic"}
    reply = quote_form.answer(structure, picked, rate_cards={})
    assert reply.answer is not None and reply.answer.rates is not None, reply.text
    assert (reply.answer.rates.model, reply.answer.rates.provider) == ("claude-3-opus-latest", "anthropic")


def test_the_echoed_ask_names_the_picked_model() -> None:
    values: quote_form.Values = {"model": "claude-3-opus-latest via anthropic", "input_tokens_per_day": Decimal(1000),
                                 "output_tokens_per_day": Decimal(10)}
    expected = "1000 input + 10 output tokens a day on claude-3-opus-latest (anthropic)"
    assert quote_form.ask_text("quote", values) == expected


def test_a_value_that_names_no_catalog_row_is_a_field_error() -> None:
    _, errors = quote_form.read("quote", {"model": "no-such-model via nowhere", "input_tokens_per_day": "10",
                                          "output_tokens_per_day": "10"})
    assert set(errors) == {"model"}
