"""Blind coach batch 33's classes, in wordings written for these tests (not the batch's), beside the near misses
that share their words.

- Sustained use is the guide's utilization condition, as sustained utilization is: "with sustained use above 70%,
  PTUs typically cut per-token costs 30-50%" is qualified; "sustained use" naming no level of the reservation's use
  ("their sustained use of the API") qualifies nothing.
- A sentence that says committed use is the name Google Cloud gives its offer explains GCP's term ("committed use is
  the name Vertex gives its reservations"); used as the name of a deal it is still the term.
"""

from __future__ import annotations

import pytest

import glossary

SUSTAINED_USE = [
    ("With sustained use above 70%, PTUs typically cut per-token costs 30-50% versus on-demand.", []),
    ("At sustained use over 65% of the reservation, provisioned throughput usually lands 30-50% under on-demand.", []),
    ("Provisioned is cheaper for them given sustained use at their 80% weekday load.", []),
    ("PTUs will save them 30-50%, their sustained use of the API keeps growing.", ["unconditional-savings"]),
    ("This will save you 30-50%; we can talk about sustained use later", ["unconditional-savings"]),
    ("Provisioned is cheaper, they use it a lot.", ["provisioned-is-cheaper"]),
]

GCP_NAMES_IT = [
    ("Committed use is the name Google Cloud gives its reservation offer; ours is provisioned throughput.", []),
    ("Heads up: committed use is just the term Vertex uses for the same thing.", []),
    ("Google Cloud uses the term committed use for capacity reservations.", []),
    ("Let's sign them on committed use, Google gives better terms anyway.", ["committed-use"]),
    ("Committed use pricing approved for Q3, same name as last year.", ["committed-use"]),
]


@pytest.mark.parametrize(("text", "rules"), SUSTAINED_USE + GCP_NAMES_IT)
def test_batch_33_classes(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
