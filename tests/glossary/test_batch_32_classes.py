"""Blind batch 32's classes, in wordings written for these tests (not the batch's). Each class sits beside the near
misses that share its words.

- "CUD"/"CUDs", GCP's abbreviation of committed use, used as the name of a deal or a price (approved, signed, said to
  save money, on inference, priced, offered) is the term, as "committed use" is; a commitment on GCP's machines, a
  sentence that explains GCP's term and a CUD named without a deal stay quiet.
- Reps' short forms of "token" in the term ("tkn costs", "tok spend", "cost per-tkn") are the term; split into input
  and output ("per-tkn costs", "input tkn costs") or a count of tokens ("3k tok costs $0.009") they are not.
- A negative question that opens with "won't" or "can't" repeats the claim, as one with "wouldn't" does: "won't this
  save them 30-50%?"; a statement with a "?" after it does not ("it won't save them 30-50%?").
- A caching claim whose only condition is that the prefix stays as it is ("as long as the system prompt doesn't change
  much") is the bare claim: that is neither prefix length nor call volume. A condition on the calls still qualifies.
- A commitment to capacity named with "commit" as what makes it cheaper ("it's cheaper once they commit") is the
  provisioned claim; a commitment of spend, an EA or code is not, and the utilization condition qualifies it.
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


PREFIX_STABILITY_IS_NO_QUALIFIER = [
    (
        "Prompt caching will save Litware money as long as their system prompt doesn't change much.",
        ["caching-saves-money"],
    ),
    ("caching cuts their bill if the preamble stays the same", ["caching-saves-money"]),
    ("context caching saves them a ton provided the prefix is stable", ["caching-saves-money"]),
    (
        "Caching will slash the input bill as long as the system prompt isn't edited every release.",
        ["caching-saves-money"],
    ),
    ("caching saves money when the prefix stays identical between deploys", ["caching-saves-money"]),
    # quiet: the condition names the calls or the prefix's length, or the dependence itself
    ("Caching saves them money as long as the system prompt stays the same, and call volume stays high.", []),
    ("caching saves money if the 6k prefix repeats on thousands of calls a day", []),
    ("Caching saves money when the same prefix repeats across calls.", []),
    (
        "caching saves money as long as the prefix is stable; the savings depend on prefix length and call volume",
        [],
    ),
]

COMMIT_MAKES_IT_CHEAPER = [
    ("Told Fabrikam it's cheaper once they commit.", ["provisioned-is-cheaper"]),
    ("way cheaper for Contoso if they commit to a 12-month term", ["provisioned-is-cheaper"]),
    ("commit to a year and it's cheaper, simple as that", ["provisioned-is-cheaper"]),
    ("committing works out cheaper for the claims bot", ["provisioned-is-cheaper"]),
    ("a 12-month commit is cheaper than staying on-demand", ["provisioned-is-cheaper"]),
    ("it's cheaper with a 1-year commit, lead with that", ["provisioned-is-cheaper"]),
    # quiet: the condition, a negation, a reported question, a commitment of spend or code
    ("it's cheaper once they commit, at 80% sustained utilization", []),
    ("it's not cheaper once they commit, their traffic is too spiky", []),
    ("they asked if it's cheaper once they commit", []),
    ("their Azure rate is cheaper once they commit $2M to the MACC", []),
    ("Committing to a 3-year EA is cheaper for them overall", []),
    ("the hotfix is cheaper once they commit the config change", []),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    CUD_AS_A_DEAL
    + TOKEN_SHORT_FORMS
    + NEGATIVE_QUESTIONS_WITH_WONT
    + PREFIX_STABILITY_IS_NO_QUALIFIER
    + COMMIT_MAKES_IT_CHEAPER,
)
def test_batch_32_classes(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
