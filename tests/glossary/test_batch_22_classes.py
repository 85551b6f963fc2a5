"""Blind batch 22's classes, in wordings written for these tests (not the batch's): someone else's belief or words
reported in its own clause, a pointer under a block quote that names whose words it holds, a negation typed without
its apostrophe, a question answered no after an answer label, one pricing structure on a cloud compared with another,
a table row of its own (its first cell the subject of the rest), and a pronoun that takes its subject from the label
(colon or dash) its paragraph opens with. Each class sits beside the near misses that share its words: the author's own
belief, a pointer that endorses, the answer yes, the cloud against going direct, a row that names input or output, a
sentence that names its own subject."""

from __future__ import annotations

import pytest

import glossary

REPORTED_BELIEFS = [
    # someone else's belief, in its own clause: not the author's claim
    ("ugh, their CFO is convinced reserved capacity is cheaper for every workload. I'll bring the 65% chart.", []),
    ("Marisol thinks caching saves money whatever the prompt looks like, so expect pushback.", []),
    ("The buyer assumed this will save them 40% on day one; walking it back Thursday.", []),
    ("fwiw the controller keeps saying reserved capacity is cheaper, need to reset that", []),
    ("client's convinced caching'll save them a fortune. it won't on 300-token prompts", []),
    # flagged: a belief reported alone, with nothing that rejects it (the labelling principles; blind batch 31)
    ("heads up, procurement thinks PTUs r cheaper full stop", ["provisioned-is-cheaper"]),
    # flagged: the author's own belief, the author's side, or the author's claim in the next clause
    ("I'm convinced reserved capacity is cheaper for Orrin.", ["provisioned-is-cheaper"]),
    ("we think PT is cheaper for the claims bot, sending the sheet", ["provisioned-is-cheaper"]),
    ("our SE thinks caching saves money on every call", ["caching-saves-money"]),
    ("Their CTO thinks PTUs are cheaper, and PTUs are cheaper for a load this flat.", ["provisioned-is-cheaper"]),
    # ... or the author agreeing with it
    ("The customer thinks caching will save them money, and honestly they're right.", ["caching-saves-money"]),
    ("Their buyer said PTUs are cheaper and I didn't argue.", ["provisioned-is-cheaper"]),
    # a document of the author's side says it: the author's claim
    ("Proposal says reserved capacity is cheaper for Orrin, sending today.", ["provisioned-is-cheaper"]),
    # a term is the author's word whoever holds the belief
    ("Their controller thinks the token costs are too high.", ["token-costs"]),
]

POINTERS_THAT_NAME_THE_SOURCE = [
    # a pointer under a quote that says whose words they are: the quote stays someone else's
    ("> Provisioned throughput is cheaper than on-demand for any serious workload.\n^ from Tamsin's procurement "
     "deck, slide 3. Replying with the break-even.", []),
    ("> This will save you 30-50%.\n☝️ their words, not ours — the analyst report they forwarded", []),
    ("> caching saves money, period\n^ copied from the buyer's email", []),
    ("> reserved capacity is cheaper for them\n^ Orrin's finance lead, verbatim", []),
    ("> reserved capacity is cheaper for anyone our size\n^^ that's what Halden's CTO sent over", []),
    # flagged: a pointer that endorses, or one that says the words are the author's
    ("> caching saves money, period\n^ this", ["caching-saves-money"]),
    ("> PTUs are cheaper for them.\n+1 from me", ["provisioned-is-cheaper"]),
    ("> reserved capacity is cheaper for them\n^ Ines's point exactly", ["provisioned-is-cheaper"]),
    ("> caching saves money, period\n^ what Ines said", ["caching-saves-money"]),
    ("> caching saves money, period\n^ this. what I said yesterday", ["caching-saves-money"]),
]

NEGATIONS_WITHOUT_APOSTROPHES = [
    ("reserved capacity isnt cheaper at 30% util, stay on OD", []),
    ("caching wont save them money below the 1,024-token minimum", []),
    ("they dont pay extra for Azure, their EA eats the markup", []),
    ("PTUs arent always the cheaper option", []),
    # flagged: a negation that asserts, or a negative question
    ("caching doesnt just save money, it cuts latency", ["caching-saves-money"]),
    ("Doesnt caching save money on a prompt this long?", ["caching-saves-money"]),
]

QUESTIONS_ANSWERED_NO = [
    ("Q: is reserved capacity cheaper for their night batch?\nA: not unless it runs flat out all night, which it "
     "doesn't.", []),
    ("*Q:* will caching save them money?\n*A:* no — the prefix is under the minimum.", []),
    ("Q. are PTUs cheaper at 35% utilisation? Answer: nope.", []),
    # flagged: answered yes
    ("Q: is PT cheaper for Halden?\nA: yes, no question.", ["provisioned-is-cheaper"]),
    ("Q: does caching save money here? A: definitely", ["caching-saves-money"]),
]

STRUCTURES_COMPARED_ON_A_CLOUD = [
    ("Vertex provisioned throughput is pricier than pay-as-you-go below 50% util.", []),
    ("Azure PTUs are more expensive than on-demand at their load, park it", []),
    ("Bedrock batch is pricier than we modelled", []),
    # flagged: the cloud set against going direct
    ("Bedrock is pricier than going direct, that's the deal", ["paying-extra-for-azure"]),
    ("Azure OpenAI is more expensive than OpenAI direct for them", ["paying-extra-for-azure"]),
]

TABLE_ROWS = [
    # a row is its own line: input and output in the rows above do not split the total
    ("| item | per month |\n| input tokens | $9,100 |\n| output tokens | $12,400 |\n| token costs | $21,500 |",
     ["token-costs"]),
    ("item | per month\ninput tokens | $9,100\noutput tokens | $12,400\nall token costs | $21,500",
     ["token-costs"]),
    # ... and a row's first cell is the subject of the cells beside it
    ("| option | verdict |\n| PTUs | cheaper for Orrin |\n| on-demand | the baseline |", ["provisioned-is-cheaper"]),
    # quiet: each row names input or output
    ("| item | per month |\n| input token costs | $9,100 |\n| output token costs | $12,400 |", []),
    ("| option | verdict |\n| PTUs | cheaper above 70% sustained utilization |", []),
]

LABELLED_PARAGRAPHS = [
    # the label supplies the subject of "It" / "They" later in its paragraph
    ("Recommendations for Tarn:\n\nPrompt caching: enable it on the intake bot. It'll cut their bill from the first "
     "week.", ["caching-saves-money"]),
    ("PTUs: sized off the peak we saw in March. They're cheaper than pay-as-you-go for Tarn.",
     ["provisioned-is-cheaper"]),
    # ... or a dash
    ("Caching — worth enabling for Tarn. It'll save them money on every call.", ["caching-saves-money"]),
    # quiet: a pronoun that makes no claim, a qualified claim, a sentence naming its own subject, another paragraph
    ("Prompt caching: enable it on the intake bot. It needs a stable prefix first.", []),
    ("PTUs: sized off the March peak. They're cheaper once utilization holds above 70%.", []),
    ("Prompt caching: on for the intake bot. Batch mode saves money too.", []),
    ("Prompt caching: on for the intake bot.\n\nIt will save them money to move the reports to batch.", []),
    ("Tarn — good call today. It'll save them money to move the reports to batch.", []),
    ("Caching — worth enabling for Tarn. It needs a stable prefix first.", []),
]


@pytest.mark.parametrize(
    ("text", "rules"),
    REPORTED_BELIEFS
    + POINTERS_THAT_NAME_THE_SOURCE
    + NEGATIONS_WITHOUT_APOSTROPHES
    + QUESTIONS_ANSWERED_NO
    + STRUCTURES_COMPARED_ON_A_CLOUD
    + TABLE_ROWS
    + LABELLED_PARAGRAPHS,
)
def test_batch_22_classes_in_new_wordings(text: str, rules: list[str]) -> None:
    assert sorted({flag.rule for flag in glossary.lint(text)}) == sorted(rules)
