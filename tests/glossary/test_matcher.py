"""What a rep notices about the matcher: it catches real variants, stays quiet on the rest, and its
offsets point at the phrase in the text they typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import glossary

FLAGGED = {
    "Provisioned is cheaper": "provisioned-is-cheaper",
    "provisioned's cheaper": "provisioned-is-cheaper",
    "Provisioned throughput will be cheaper for them": "provisioned-is-cheaper",
    "PTUs are cheaper": "provisioned-is-cheaper",
    "committed-use pricing": "committed-use",
    "their token cost": "token-costs",
    "Caching saves money": "caching-saves-money",
    "AI usage fees": "ai-usage-fees",
    "The model charges per request": "charges-per-request",
    "You're paying extra for Azure": "paying-extra-for-azure",
    "This will save you 30–50%": "unconditional-savings",
    "The cache hit rate": "cache-hit-rate",
    "AI API pricing": "ai-api-pricing",
    "Committed use": "committed-use",
    "Token costs": "token-costs",
}


@pytest.mark.parametrize(("text", "rule"), FLAGGED.items())
def test_guide_phrases_are_flagged_with_the_verbatim_suggestion(text: str, rule: str) -> None:
    flags = glossary.lint(text)
    assert [f.rule for f in flags] == [rule]
    expected = next(r.do_say for r in glossary.rules() if r.id == rule)
    assert flags[0].suggestion == expected
    assert flags[0].why


@pytest.mark.parametrize(
    "wrapped",
    ["*{}*", "_{}_", "*{}* — thoughts?", "> fine\n{}", "{}\n", "  {}  ", "<https://example.com|{}>"],
)
def test_slack_emphasis_and_layout_do_not_hide_a_phrase(wrapped: str) -> None:
    text = wrapped.format("provisioned is cheaper")
    flags = glossary.lint(text)
    assert [f.rule for f in flags] == ["provisioned-is-cheaper"]
    assert flags[0].matched == "provisioned is cheaper"
    assert text[flags[0].start : flags[0].end] == "provisioned is cheaper"


def test_phrase_split_by_a_line_break_is_caught_and_offsets_span_it() -> None:
    text = "Quick take: provisioned\nis cheaper here"
    (flag,) = glossary.lint(text)
    assert flag.matched == "provisioned\nis cheaper"
    assert (flag.start, flag.end) == (12, 34)


@pytest.mark.parametrize(
    "text",
    [
        'customer said "provisioned is cheaper"',
        "customer said “provisioned is cheaper”",
        "customer said ‘provisioned is cheaper’",
        "`provisioned is cheaper`",
        "```\nprovisioned is cheaper\n```",
        "> provisioned is cheaper",
        "&gt; provisioned is cheaper",
        "<https://example.com/provisioned-is-cheaper|the break-even note>",
        "~provisioned is cheaper~",
        "~provisioned is cheaper~ it breaks even at sustained utilization above roughly 65%",
        "It's not true that provisioned is always cheaper",
        "Provisioned is cheaper only when sustained utilization stays above 65%",
        "This will save you 30-50% if utilization stays above 65%",
        "input token costs and output token costs and per-token costs",
        "the cache hit rate, which depends on provider infrastructure and prompt structure",
        "pull request #12 fixes the HTTP request retry; the auth token expired",
    ],
)
def test_quoted_code_negated_and_qualified_text_stays_quiet(text: str) -> None:
    assert glossary.lint(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("They didn't sign because token costs were too high", "token-costs"),
        ("Don't forget to bring the slide where we list all the token costs by team", "token-costs"),
        ("We never got a straight answer, and honestly provisioned is cheaper for them", "provisioned-is-cheaper"),
        ("No, PTUs are cheaper", "provisioned-is-cheaper"),
    ],
)
def test_a_negation_elsewhere_in_the_sentence_does_not_excuse_the_phrase(text: str, rule: str) -> None:
    assert [f.rule for f in glossary.lint(text)] == [rule]


def test_several_rules_in_one_message_are_reported_in_order() -> None:
    text = "Token costs are up. PTUs are cheaper, and caching saves money."
    flags = glossary.lint(text)
    assert [(f.rule, f.matched) for f in flags] == [
        ("token-costs", "Token costs"),
        ("provisioned-is-cheaper", "PTUs are cheaper"),
        ("caching-saves-money", "caching saves money"),
    ]


def test_the_same_phrase_twice_is_flagged_twice() -> None:
    flags = glossary.lint("Token costs here. Token costs there.")
    assert [f.start for f in flags] == [0, 18]


INVISIBLE = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
ODD_SPACE = st.sampled_from(["\u00a0", "\u2009", "\u202f", "\u3000", "\u2002", " \n", "\t"])


@given(data=st.data())
def test_invisible_characters_and_odd_spaces_do_not_hide_a_phrase(data: st.DataObject) -> None:
    words = ["provisioned", "is", "cheaper"]
    pieces = []
    for i, word in enumerate(words):
        cut = data.draw(st.integers(0, len(word)))
        junk = data.draw(st.lists(INVISIBLE, max_size=2))
        pieces.append(word[:cut] + "".join(junk) + word[cut:])
        if i < len(words) - 1:
            pieces.append(data.draw(ODD_SPACE))
    prefix = data.draw(st.sampled_from(["", "Honestly ", "fyi: "]))
    text = prefix + "".join(pieces) + " for them"
    flags = glossary.lint(text)
    assert [f.rule for f in flags] == ["provisioned-is-cheaper"]
    assert text[flags[0].start : flags[0].end] == flags[0].matched
    assert flags[0].matched.startswith("provisioned"[0]) and flags[0].matched.endswith("cheaper"[-1])


@given(st.text(max_size=300))
def test_any_text_lints_without_error_and_offsets_are_consistent(text: str) -> None:
    for flag in glossary.lint(text):
        assert 0 <= flag.start < flag.end <= len(text)
        assert text[flag.start : flag.end] == flag.matched


def test_flags_are_frozen() -> None:
    (flag,) = glossary.lint("Token costs")
    with pytest.raises(ValueError):
        flag.rule = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Honestly provisioend is cheaper for them.", "provisioend is cheaper"),
        ("chaching saves money on this one", "chaching saves money"),
        ("We should offer commited use on the renewal.", "commited use"),
    ],
)
def test_a_misspelt_key_word_is_read_as_meant_and_the_flag_points_at_what_was_typed(text: str, typed: str) -> None:
    (flag,) = glossary.lint(text)
    assert flag.matched == typed
    assert text[flag.start : flag.end] == typed


@pytest.mark.parametrize(
    "text",
    [
        "Coaching saves money in the long run.",  # a real word one letter from "caching"
        "The committee use the shared drive.",  # "committee" is a word, not a typo of "committed"
        "Catching saves money on returns.",
    ],
)
def test_real_words_near_a_key_word_are_not_taken_for_typos(text: str) -> None:
    assert glossary.lint(text) == []


def test_a_link_label_is_flagged_at_the_label_and_the_url_is_not_read() -> None:
    text = "Read <https://example.com/token-costs|why PTUs are cheaper> first"
    (flag,) = glossary.lint(text)
    assert flag.rule == "provisioned-is-cheaper"
    assert text[flag.start : flag.end] == "PTUs are cheaper"


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Caching will save them 40% on that prompt.", ["caching-saves-money"]),
        ("Context caching halves the bill for this bot.", ["caching-saves-money"]),
        ("PTUs will save them 40% on that workload.", ["unconditional-savings"]),
        # the cheaper claim and its figure, both about provisioned capacity (blind batches 6-8 label it so)
        ("Provisioned is 40% cheaper than on-demand.", ["provisioned-is-cheaper", "unconditional-savings"]),
        ("PTUs halve the bill.", ["unconditional-savings"]),
    ],
)
def test_the_suggestion_fits_the_claim(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Would provisioned be cheaper for them?", ["provisioned-is-cheaper"]),
        ("Does caching save them money?", ["caching-saves-money"]),
        ("What cache hit rate can we promise?", ["cache-hit-rate"]),
        ("They asked if provisioned is cheaper.", []),  # someone else's question, reported
        ("Buyer wants to know whether caching saves money.", []),
    ],
)
def test_a_question_repeating_the_claim_is_flagged_a_reported_one_is_not(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("PTUs aren't just cheaper, they're steadier.", ["provisioned-is-cheaper"]),
        ("Provisioned is not only cheaper but faster.", ["provisioned-is-cheaper"]),
        ("I don't doubt provisioned is cheaper here.", ["provisioned-is-cheaper"]),
        ("We never tell buyers provisioned is cheaper.", []),
        ("PTUs aren't cheaper for bursty traffic.", []),
        ("Don't promise that caching saves money.", []),
    ],
)
def test_negation_counts_only_when_it_denies_the_claim(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Provisioned is cheaper, I'll send the utilization dashboard later.", ["provisioned-is-cheaper"]),
        ("PTUs save them 35%, and I'll ask about utilization next week.", ["unconditional-savings"]),
        ("Provisioned is cheaper at 75% utilization.", []),
        ("PTUs save them 35% when utilization stays above 70%.", []),
        ("Provisioned is cheaper if they keep sustained utilization high.", []),
    ],
)
def test_a_condition_counts_only_when_it_qualifies_the_claim(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # excused by a negation before the first, then asserted in a new clause
        ("We never say provisioned is cheaper, but honestly provisioned is cheaper for them", "provisioned is cheaper"),
        # excused by what follows the first (a price: fine_after), bare the second time
        ("The cache hit rate of $0.50/M applies to reads and the cache hit rate will be 95%", "cache hit rate"),
        # excused by the machines named just after the first (fine_after), our own offer the second time
        ("Committed use discounts on their n2 VMs renew and we will pitch our own committed use tier to Acme",
         "committed use"),
    ],
)
def test_a_rule_matching_twice_in_one_sentence_flags_only_the_occurrence_not_excused(text: str, second: str) -> None:
    (flag,) = glossary.lint(text)
    assert flag.matched == second
    assert flag.start == text.rindex(second)


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # the author answers the reported question yes: the claim is theirs, wherever the promise is
        ("Initech asked whether the hit rate on the cache is guaranteed? yes, an 85% minimum.", ["cache-hit-rate"]),
        ("The CFO wondered if provisioned would be cheaper. I told her yes on the call.", ["provisioned-is-cheaper"]),
        ("They asked if caching saves money, and we said yes.", ["caching-saves-money"]),
        # the answer carries the rule's condition, denies, or is no answer at all
        ("They asked whether PTUs are cheaper. Yes, above 70% sustained utilization.", []),
        ("They asked whether PTUs are cheaper. No, not at 30% utilization.", []),
        ("They asked whether PTUs are cheaper. Yes or no by Friday, they said.", []),
        ("They asked whether PTUs are cheaper. I'll send the break-even chart.", []),
    ],
)
def test_a_reported_question_the_author_answers_yes_is_the_authors_claim(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


def test_the_flag_for_an_answered_question_points_at_the_phrase_in_the_question() -> None:
    text = "Marlow asked whether we'd commit to the cache hit rate. I told them yes, 90%."
    (flag,) = glossary.lint(text)
    assert flag.matched == "cache hit rate"
    assert text[flag.start : flag.end] == "cache hit rate"


# Product decision: a block quote normally holds someone else's words (a customer email, procurement's clause) and
# is not coached. When the line introducing it says it is the author's own draft ("my draft:", "about to send
# this:"), the rep is asking for a review of words that will reach a buyer: exactly what the coach is for (its notes
# are private to the author by default), so the draft is read as the author's prose. A reply to the author's draft
# ("Legal's comments on my draft:") or someone else's draft stays a quote.
@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Our reply to Contoso, draft 3:\n> Caching will halve your bill.\nShip it?", ["caching-saves-money"]),
        ("Going to send this to the CFO tonight:\n&gt; Token costs are flat.\n&gt; PTUs are cheaper.",
         ["provisioned-is-cheaper", "token-costs"]),
        ("My email to Globex:\n\n> The cache hit rate will stay above 90%.", ["cache-hit-rate"]),
        ("Their CFO wrote:\n> Token costs are flat.\nAnswering in thread.", []),
        ("Procurement's draft:\n> AI usage fees are capped.", []),
        ("Customer reply to my draft:\n> PTUs are cheaper for us anyway.", []),
        ("Draft for Contoso:\n> See `provisioned is cheaper` in the old deck.", []),  # code inside the draft
    ],
)
def test_a_block_quote_introduced_as_the_authors_draft_is_coached(text: str, rules: list[str]) -> None:
    assert sorted(f.rule for f in glossary.lint(text)) == rules


def test_a_flag_in_a_quoted_draft_points_at_the_phrase_not_the_quote_marker() -> None:
    text = "my draft:\n> PTUs are cheaper for you."
    (flag,) = glossary.lint(text)
    assert text[flag.start : flag.end] == "PTUs are cheaper"


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("PTUs are :100: cheaper for Halden", "PTUs are :100: cheaper"),
        ("Provisioned 🎉 is cheaper", "Provisioned 🎉 is cheaper"),
        ("Token costs :chart_with_upwards_trend::skin-tone-2: doubled", "Token costs"),
        ("the A.I. usage fees are itemised", "A.I. usage fees"),
    ],
)
def test_emoji_between_words_and_abbreviations_do_not_hide_a_phrase(text: str, matched: str) -> None:
    (flag,) = glossary.lint(text)
    assert flag.matched == matched
    assert text[flag.start : flag.end] == matched


def test_a_money_emoji_reads_as_money_and_times_are_not_emoji() -> None:
    assert [f.rule for f in glossary.lint("Caching saves :moneybag: on the agent loop")] == ["caching-saves-money"]
    assert [f.rule for f in glossary.lint("Caching saves 💰 on the agent loop")] == ["caching-saves-money"]
    assert glossary.lint("Caching saves 10:30:45 of latency") == []


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # a clause with caching and a savings predicate, whatever the words between
        ("Turning caching on and the invoice basically vanishes.", ["caching-saves-money"]),
        ("Prompt caching on their 9k preamble: saves them cash every call.", ["caching-saves-money"]),
        ("Caching is the biggest cost saver in this deal.", ["caching-saves-money"]),
        # a negation, a subordinate clause or another subject in between keeps it apart
        ("Caching will never cut their bill with prompts this short.", []),
        ("Caching was off, so we cut their bill by trimming prompts instead.", []),
        ("Before caching went live we cut costs by a third with batching.", []),
    ],
)
def test_a_caching_savings_claim_is_read_within_its_clause(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # a negative question or a denied denial asserts the claim
        ("Isn't reserved capacity cheaper for Globex?", ["provisioned-is-cheaper"]),
        ("Won't caching save them a bundle here?", ["caching-saves-money"]),
        ("No one doubts provisioned is cheaper for the batch tier.", ["provisioned-is-cheaper"]),
        ("It's no secret that PTUs are cheaper for them.", ["provisioned-is-cheaper"]),
        # a subject's own negation, or nobody saying it, still denies
        ("They don't pay extra for Bedrock under the EDP.", []),
        ("Don't bill per request in the SOW; write per-call pricing.", []),
        ("No one should say caching saves money without the math.", []),
    ],
)
def test_a_negative_question_asserts_the_claim_and_a_denial_denies_it(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("quick one: reserved capacity cheaper for Globex?", ["provisioned-is-cheaper"]),
        ("How much will prompt caching save on the support bot?", ["caching-saves-money"]),
        ("So $1.2k a month saved with context caching, nice.", ["caching-saves-money"]),
        ("The rerank endpoint: per request, flat.", ["charges-per-request"]),
        ("Do they pay extra for going through Vertex?", ["paying-extra-for-azure"]),
        # the same words as a plain fact or a sizing question
        ("Reserved capacity: 4 units from March.", []),
        ("How much will prompt caching cost to set up?", []),
        ("Rate limits: per request and per minute.", []),
    ],
)
def test_short_replies_in_a_thread_make_the_claim_without_a_verb(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # slide titles and one-liners: the claim without a full sentence
        ("Slide 2 — *Context Caching: Save Up To 75%*", ["caching-saves-money"]),
        ("Pitch: reserved capacity = steadier *and* cheaper.", ["provisioned-is-cheaper"]),
        ("PTUs > pay-as-you-go on price for Globex.", ["provisioned-is-cheaper"]),
        ("Committed capacity lowers their bill, simple.", ["provisioned-is-cheaper"]),
        ("Committed capacity lowers their bill by 30%.", ["unconditional-savings"]),
        ("A smaller invoice with prompt caching, every month.", ["caching-saves-money"]),
        ("They pay ~15% more through Vertex.", ["paying-extra-for-azure"]),
        # the same shapes, qualified or about something else
        ("Slide 2 — *Context Caching: savings depend on prefix length and call volume*", []),
        ("PTUs > on-demand on latency for Globex.", []),
        ("Committed capacity lowers their bill once utilization stays above 70%.", []),
    ],
)
def test_titles_and_one_liners_make_the_claim(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Reserved capacity is the most cost-effective route for Globex.", ["provisioned-is-cheaper"]),
        ("PTUs are much more affordable for them.", ["provisioned-is-cheaper"]),
        ("Committed capacity pays for itself in a month.", ["provisioned-is-cheaper"]),
        ("Context caching is the lowest-cost option here.", ["caching-saves-money"]),
        ("PTUs will save them somewhere around 35%.", ["unconditional-savings"]),
        ("PTUs are affordable for a company their size.", []),
        ("Reserved capacity pays for itself only above 65% sustained utilization.", []),
    ],
)
def test_sales_comparatives_make_the_claim(text: str, rules: list[str]) -> None:
    assert [f.rule for f in glossary.lint(text)] == rules
