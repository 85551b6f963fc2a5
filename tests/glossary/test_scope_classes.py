"""Blind batches 14 and 15's classes, in wordings written for these tests (not the batches'): the guide's words said
about something that is not a model's or an inference provider's price (food and places, an office lease, storage or
a cache on anyone's bill, other software sold by the seat, our own infrastructure) stay quiet; the same words about
inference, with one of those subjects nearby, are still flagged."""

from __future__ import annotations

import pytest

import glossary

OUTSIDE_THE_GUIDE = [
    # food, drink and places
    ("the food truck outside charges per request for extra toppings, wild", []),
    ("FYI the hotel bar charges per request for the late checkout, so book early", []),
    ("bowling night recap: token costs were $3 a lane and Priya won", []),
    ("The café downstairs will save you 20% if you bring your own cup.", []),
    # an office lease
    ("Regus sent the committed use terms for the Austin office, legal has them.", []),
    ("facilities says the landlord wants a committed-use clause for the 5th floor", []),
    # storage and caches on anyone's bill, our own infrastructure
    ("We're paying extra for Azure archive storage on the compliance backups, can ops review?", []),
    ("heads up, the cache hit rate on our Varnish layer fell to 40% after the config push", []),
    ("Our own AWS bill: we're paying extra for Azure too because of the sandbox tenant, not a customer thing", []),
    # other software sold by the seat or by the call
    ("Their HubSpot rep says switching to annual will save them 25%, unrelated to us.", []),
    ("Mapbox charges per request for geocoding, keep it out of the inference TCO.", []),
    ("Notion has no separate AI usage fees anymore, it's all in the business plan.", []),
]

STILL_INFERENCE = [
    # the same words about inference, with one of those subjects nearby
    ("Their Azure OpenAI deployment and the Blob storage sit in one subscription; they're paying extra for Azure.",
     ["paying-extra-for-azure"]),
    ("Between Azure Blob and Azure OpenAI they're paying extra for Azure on the model side.",
     ["paying-extra-for-azure"]),
    ("Over lunch I told their CTO provisioned is cheaper for them.", ["provisioned-is-cheaper"]),
    ("Moved the Redis cluster last week, but the vision model charges per request.", ["charges-per-request"]),
    ("The caterer aside, PTUs will save Initech 40% on the claims bot.", ["unconditional-savings"]),
    ("Their Salesforce renewal is done; token costs are the next fight.", ["token-costs"]),
    ("Their Datadog usage fees went up, so they hate AI usage fees too.", ["ai-usage-fees"]),
    ("The cache hit rate on the Claude endpoint will be 90% for them.", ["cache-hit-rate"]),
    ("Send them the committed use sheet after lunch.", ["committed-use"]),
    ("Their token costs doubled after Snowflake went live.", ["token-costs"]),
    ("Caching saves money on the RAG agent, and the WeWork lease is separate.", ["caching-saves-money"]),
]


@pytest.mark.parametrize(("text", "rules"), OUTSIDE_THE_GUIDE + STILL_INFERENCE)
def test_the_guides_words_about_something_else(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
