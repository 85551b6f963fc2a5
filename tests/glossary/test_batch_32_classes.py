"""Blind batch 32's classes, in wordings written for these tests (not the batch's). Each class sits beside the near
misses that share its words.

- "CUD"/"CUDs", GCP's abbreviation of committed use, used as the name of a deal or a price (approved, signed, said to
  save money, on inference, priced, offered) is the term, as "committed use" is; a commitment on GCP's machines, a
  sentence that explains GCP's term and a CUD named without a deal stay quiet.
- Reps' short forms of "token" in the term ("tkn costs", "tok spend", "cost per-tkn") are the term; split into input
  and output ("per-tkn costs", "input tkn costs") or a count of tokens ("3k tok costs $0.009") they are not.
- A negative question that opens with "won't" or "can't" repeats the claim, as one with "wouldn't" does: "won't this
  save them 30-50%?"; a statement with a "?" after it does not ("it won't save them 30-50%?").
"""

from __future__ import annotations

import pytest

import glossary

CUD_AS_A_DEAL = [
    ("Good news: the CUD for Northwind's Gemini workload got approved this morning.", ["committed-use"]),
    ("CUDs signed on the Fabrikam deal, 12 months", ["committed-use"]),
    ("lead with the Vertex CUD, it's what their finance team knows", ["committed-use"]),
    ("CUD pricing came back 18% under list for the Litware renewal", ["committed-use"]),
    ("pitch Contoso the CUD and see if they bite", ["committed-use"]),
    ("the CUD'll cut their bill, no question", ["committed-use"]),
    ("CUD on the Claude deployment is cheaper for them", ["committed-use"]),
    # quiet: a commitment on GCP's machines, GCP's term explained, or a CUD the buyer holds named without a deal
    ("their CUDs on the GKE nodes got approved last week", []),
    ("CUD pricing on their n2 VMs is unrelated to this", []),
    ("Contoso's compute sits on 3-yr CUDs already", []),
    ("what Google calls a CUD is the same structure as provisioned throughput", []),
    ("check with their TAM whether the CUD covers Gemini at all", []),
    ("their CUD renews in March, good timing for a call", []),
    ("Coaching the team on the cud-chewing metaphor was a mistake", []),
]

TOKEN_SHORT_FORMS = [
    ("tkn costs are eating their margin", ["token-costs"]),
    ("tok costs went up 40% after the agent launch", ["token-costs"]),
    ("their tkn spend doubled in May", ["token-costs"]),
    ("price per-tkn on that model is ~$10/M", ["token-costs"]),
    ("Budget assumes flat tok costs through Q4.", ["token-costs"]),
    # quiet: split into input and output, or a count of tokens costing something
    ("per-tkn costs look fine for the pilot", []),
    ("input tkn costs are the big line; output tok costs are small", []),
    ("a 3k tok prompt costs about $0.009 on their model", []),
    ("4k tok costs roughly a cent at $3/M", []),
    ("the tok/day number is 18M", []),
]

NEGATIVE_QUESTIONS_WITH_WONT = [
    ("won't this save Litware 30-50%?", ["unconditional-savings"]),
    ("can't reserved capacity cut their bill by a third?", ["unconditional-savings"]),
    ("so won't PTUs knock 40% off what they pay now?", ["unconditional-savings"]),
    ("won't the vision endpoint charge per request?", ["charges-per-request"]),
    ("can't caching save them money here?", ["caching-saves-money"]),
    # quiet: the condition said, a statement with a "?", a saving that is not money, a reported question
    ("won't this save them 30-50% at 80% sustained utilization?", []),
    ("it won't save them 30-50%?", []),
    ("won't this save them time on the review?", []),
    ("they asked: won't this save us 30-50%?", []),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    CUD_AS_A_DEAL + TOKEN_SHORT_FORMS + NEGATIVE_QUESTIONS_WITH_WONT,
)
def test_batch_32_classes(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
