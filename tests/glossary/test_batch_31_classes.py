"""Blind batch 31's classes, in wordings written for these tests (not the batch's). Each class sits beside the near
misses that share its words.

- A condition on something other than the prefix or the calls ("as long as the hit rate stays high") does not become
  caching's qualifier because a later clause, joined by ", and", names the system prompt as a fact.
- A question why typed without its "?" after a short lead that ends in a colon ("Ops pinged: why did ...") asks, as
  it does at the start of its sentence.
- What caching already saved one buyer, said with a time already past in its clause ("last quarter"), is a report,
  not a promise; a promise in another clause of the sentence is still one.
"""

from __future__ import annotations

import pytest

import glossary

HIT_RATE_IS_NO_QUALIFIER = [
    ("Caching will save Fabrikam money as long as the hit rate stays high, and their system prompt rarely changes.",
     ["caching-saves-money"]),
    ("prompt caching saves them real money provided the hit rate holds, and the preamble is pretty stable anyway",
     ["caching-saves-money"]),
    ("Caching will cut their bill if hits stay above 80%, and the system prompt is 6k tokens.",
     ["caching-saves-money"]),
    # quiet: the condition names the prefix or the calls itself
    ("Caching will save Fabrikam money as long as the system prompt stays the same, and call volume stays high.", []),
    ("Caching saves them money only on long repeated prefixes at high call volume, and theirs qualify.", []),
    ("Caching will save them money if the prefix repeats at volume, and theirs does.", []),
]

WHY_AFTER_A_LEAD = [
    ("Tailspin's architect pinged: why did the cache hit rate fall to 55% after the release", []),
    ("Good question from their FinOps lead: why does caching save money on one bot and not the other", []),
    ("Asked in the Contoso channel: why would provisioned be cheaper for a job that runs two hours a day", []),
    ("quick one from procurement: why are they paying extra for Azure when the model is the same", []),
    # flagged: the claim said after the lead, not asked why
    ("Tailspin's architect pinged: the cache hit rate will be 90%, promise", ["cache-hit-rate"]),
    ("Good question from their FinOps lead: caching saves money on both bots", ["caching-saves-money"]),
    ("Note for the Contoso channel: provisioned is cheaper for them", ["provisioned-is-cheaper"]),
]

PAST_CACHING_SAVINGS = [
    ("Last quarter, once Adatum moved the policy text to the top of the prompt, caching cut their input bill by "
     "$4k a month.", []),
    ("Two months ago caching took about a third off Litware's input spend.", []),
    ("In the pilot, caching cut the input side of their bill roughly in half.", []),
    # flagged: said now, or promised in another clause
    ("Caching cuts their input bill by $4k a month.", ["caching-saves-money"]),
    ("Caching cut Adatum's bill by $4k last quarter, and caching will save Litware money too.",
     ["caching-saves-money"]),
    ("Per last quarter's numbers, caching will cut their input bill by a third.", ["caching-saves-money"]),
    # an adverb, not a time: the claim stands
    ("Yes. Caching saves money by reusing previously processed prompt content.", ["caching-saves-money"]),
]


@pytest.mark.parametrize(("text", "rules"), HIT_RATE_IS_NO_QUALIFIER + WHY_AFTER_A_LEAD + PAST_CACHING_SAVINGS)
def test_batch_31_classes(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
