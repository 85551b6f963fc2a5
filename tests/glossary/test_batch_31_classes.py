"""Blind batch 31's classes, in wordings written for these tests (not the batch's). Each class sits beside the near
misses that share its words.

- A condition on something other than the prefix or the calls ("as long as the hit rate stays high") does not become
  caching's qualifier because a later clause, joined by ", and", names the system prompt as a fact.
- A question why typed without its "?" after a short lead that ends in a colon ("Ops pinged: why did ...") asks, as
  it does at the start of its sentence.
- What caching already saved one buyer, said with a time already past in its clause ("last quarter"), is a report,
  not a promise; a promise in another clause of the sentence is still one.
- Wording the author proposes in quotation marks is the author's prose: a title the author will give their own
  material ("I'm going to title our response '...'"), and options listed under a heading that introduces them as the
  author's ("Subject line options for the Q3 sequence:" over '1. "..."'); someone else's proposal stays quoted. A
  savings figure said of the buyer's fees ("cut your AI usage fees by 30-50%") is a savings claim.
- Someone else's belief reported alone ("their finance team thinks this will save them 30-50%") is left as the
  author's claim; it is theirs only when the author rejects it right after, in its sentence or at the start of the
  next ("He's wrong", "which it won't", "I'll walk them through the break-even").
- A longer heading that ends in a colon and holds the guide's condition ("Why PTUs, at the ~80% sustained utilization
  their profile shows:") qualifies the list items under it, as a short heading does; one without it qualifies nothing.
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


PROPOSED_IN_QUOTES = [
    ("For the Litware RFP I'm going to title our response 'AI API pricing at a glance' so procurement recognises it.",
     ["ai-api-pricing"]),
    ('We\'ll title the reply "Your AI usage fees, explained" and attach the calculator.', ["ai-usage-fees"]),
    ("Headline options for the Fabrikam landing page (need one by Thursday):\n\n1. \"Inference pricing without the "
     "guesswork\"\n2. \"Slash your AI usage fees by 40%\"\n\nI like 2.", ["ai-usage-fees", "unconditional-savings"]),
    ('Draft subject lines for the Adatum follow-up:\n- "Token costs, demystified"\n- "Inference pricing in one page"',
     ["token-costs"]),
    ("Title ideas for the webinar:\n\n- 'AI API pricing 101'\n\n- 'Reading your inference bill'", ["ai-api-pricing"]),
    # quiet: someone else's proposal, or a list of what buyers say
    ("Their marketing team is going to title their response 'AI API pricing at a glance'.", []),
    ('Legal wants to title the reply "Your AI usage fees, explained".', []),
    ('Subject line options from their agency:\n1. "Slash your AI usage fees by 40%"\n2. "Token costs, demystified"',
     []),
    ('Phrases their buyers use:\n- "AI usage fees"\n- "token costs"', []),
    ('Fabrikam\'s headline options:\n1. "Slash your AI usage fees by 40%"', []),
]


BELIEFS_REPORTED_ALONE = [
    ("Contoso update: their platform team thinks reserved capacity is cheaper for everything, and they want it in Q3.",
     ["provisioned-is-cheaper"]),
    ("Litware's CFO is convinced this will save them 40% from day one, it's already in the plan.",
     ["unconditional-savings"]),
    ("fyi procurement believes caching saves money on every bot they run", ["caching-saves-money"]),
    # quiet: the author rejects it right after
    ("Contoso's platform team thinks reserved capacity is cheaper for everything. They're wrong at 30% util.", []),
    ("Litware's CFO is convinced this will save them 40% from day one, which it won't at their load.", []),
    ("their architect thinks PTUs are cheaper across the board, I'll walk him through the break-even tomorrow", []),
    ("procurement believes caching saves money on every bot, need to reset that before the QBR", []),
    # flagged: agreeing is no rejection, and a plan a paragraph later is not right after
    ("Their CTO thinks PTUs are cheaper for this load, and honestly she's right.", ["provisioned-is-cheaper"]),
    ("Contoso's platform team thinks reserved capacity is cheaper for every workload, and they have already told "
     "their board.\n\nI'll set up time to go over the break-even with them.", ["provisioned-is-cheaper"]),
]

CONDITION_IN_A_LONG_HEADING = [
    ("Why reserved capacity for Adatum, at the ~85% sustained utilization their nightly batch profile shows:\n"
     "- it comes in cheaper than on-demand\n- roughly 30-50% lower per-token costs versus on-demand", []),
    ("Caching case for Litware, with their 9k-token system prompt at about 20k calls a day:\n"
     "- caching saves them real money\n- turn it on before the pilot", []),
    # flagged: a long heading without the condition qualifies nothing
    ("Why reserved capacity for Adatum, given what their nightly batch profile shows this month:\n"
     "- roughly 30-50% lower per-token costs versus on-demand", ["unconditional-savings"]),
    ("Caching case for Litware, with their very chatty support assistant and its growing user base:\n"
     "- caching saves them real money", ["caching-saves-money"]),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    HIT_RATE_IS_NO_QUALIFIER
    + WHY_AFTER_A_LEAD
    + PAST_CACHING_SAVINGS
    + PROPOSED_IN_QUOTES
    + BELIEFS_REPORTED_ALONE
    + CONDITION_IN_A_LONG_HEADING,
)
def test_batch_31_classes(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
