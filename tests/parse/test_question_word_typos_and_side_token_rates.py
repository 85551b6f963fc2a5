"""A misspelt question word is read as the word meant, and tokens a minute named by their side ("20k input TPM")
over hours a day are priced per day."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("wht's a TTL?", "TTL"),
        ("waht is an EA discount", "EA discount"),
        ("whta's the peak-to-average ratio?", "Peak-to-average ratio"),
        ("quick q: wha is a cache write", "Cache write"),
    ],
)
def test_a_misspelt_what_still_gets_the_entry(text: str, title: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary", reply.text
    assert f"*{title}" in reply.text


@pytest.mark.parametrize("text", ["that's a PTU deal, right?", "who's a PTU buyer here", "when is a TTL reset"])
def test_real_words_near_a_question_word_are_left_alone(text: str) -> None:
    from bot.parse.question_words import read_question_words

    assert read_question_words(text.lower()) == text.lower()


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("20k input TPM and 4k output TPM for 8 hours a day at $3/M in and $15/M out, daily cost?",
         ["$28.80", "$57.60"]),
        ("30k input tokens/min, 6k output tokens per minute, 12 hrs a day, $1.25/M in $10/M out: what's that per day?",
         ["$27.00", "$43.20", "$70.20"]),
        ("they push 10k input tpm + 2k output tpm, 6 hours a day; $2/M input, $8/M output. cost per day",
         ["$7.20", "$5.76", "$12.96"]),
    ],
)
def test_tokens_a_minute_named_by_side_over_hours_a_day_are_priced_per_day(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "quote", reply.text
    assert "Per day (" in reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("PT bill is $6,000 a month; those tokens on-demand at full utilisation would run $10,000 a month. "
         "implied discount and break-even?", ["40%", "60%"]),
        ("commit costs $9k/week vs $12k/week on demand for the same tokens at full use - discount? break-even?",
         ["25%", "75%"]),
    ],
)
def test_a_spend_against_its_on_demand_worth_at_full_use_gives_the_discount(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "break_even", reply.text
    assert "Break-even utilization" in reply.text
    for figure in figures:
        assert f"*{figure}*" in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("2k token prefix, $3/M input, $0.30/M cached; 9k cache hits a day - daily saving?", ["$0.0054", "$48.60"]),
        ("prefix 5k, input $2/M, reads $0.20/M: saving per hit, and per day at 4k hits?", ["$0.009", "$36.00"]),
    ],
)
def test_hits_counted_over_a_day_price_the_daily_saving(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("Defence supplier on GCP, Assured Workloads everywhere, VPC Service Controls perimeter, a contractual "
         "SLA, and they want it on the existing Google bill. Vertex or direct Gemini?",
         ["data kept in-region", "private networking", "existing cloud agreement", "SLA"]),
        ("bank on google cloud, Assured Workloads for EU data, VPC-SC, wants it on their GCP invoice. "
         "Vertex or direct?",
         ["data kept in-region", "private networking", "existing cloud agreement"]),
    ],
)
def test_google_clouds_compliance_and_billing_traits_point_to_the_hyperscaler_tier(text: str, needs: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario", reply.text
    line = next(line for line in reply.text.splitlines() if "Hyperscaler tier:" in line)
    assert "recommended" in line
    for need in needs:
        assert need in line, (need, line)


def test_a_contractual_requirement_is_not_a_meaning_asked() -> None:
    assert router.answer("is the cache hit rate contractual?", rate_cards={}).intent == "glossary"
    reply = router.answer("they need a contractual SLA and private networking on Azure; which structure?",
                          rate_cards={})
    assert reply.intent == "scenario", reply.text
