"""What the coach reads of a Slack message: which words, split into which sentences, and where each word was
typed (a flag's offsets point into the message as sent)."""

from __future__ import annotations

import re

import glossary
from glossary.prose import SEPARATOR, Prose, normalise

DRAFT = re.compile(r"\bmy draft\b")


def sentences(prose: Prose) -> list[str]:
    return [prose.text[slice(*prose.sentence(start))] for start in prose.sentence_starts]


def typed(prose: Prose) -> str:
    """The character of the message each character of the coach's text came from."""
    return "".join(prose.original[at] for at in prose.origin)


# --- sentences: blank lines, closing emphasis before a capital, sentence ends ---


def test_a_blank_line_ends_a_sentence_even_after_an_emoji() -> None:
    assert sentences(normalise("Token costs are flat\n\nPTUs are cheaper")) == [
        "Token costs are flat\n",
        "PTUs are cheaper",
    ]
    assert sentences(normalise("Token costs 🎉\n\nPTUs are cheaper")) == ["Token costs\n", "PTUs are cheaper"]


def test_a_closed_emphasis_span_before_a_capitalised_word_ends_the_sentence() -> None:
    assert sentences(normalise("Use *PTUs* Token costs rose")) == ["Use PTUs\n", "Token costs rose"]
    assert sentences(normalise("Use _PTUs_  Token costs rose")) == ["Use PTUs\n", "Token costs rose"]
    assert sentences(normalise("Use *PTUs* token costs rose")) == ["Use PTUs token costs rose"]


def test_a_marker_that_closes_nothing_does_not_end_a_sentence() -> None:
    assert sentences(normalise("Token costs ~ PTU costs")) == ["Token costs PTU costs"]  # "~" for "about"
    assert sentences(normalise("priced per PTU*Hour here")) == ["priced per PTUHour here"]


def test_a_full_stop_at_the_end_opens_no_empty_last_sentence() -> None:
    prose = normalise("Token costs are flat. PTUs are cheaper.")
    assert sentences(prose) == ["Token costs are flat.", " PTUs are cheaper."]


# --- characters: snake_case, entities, apostrophes and hyphens ---


def test_underscores_inside_a_word_are_kept_and_emphasis_underscores_dropped() -> None:
    assert normalise("n_ctx is 8k").text == "n_ctx is 8k"
    assert normalise("use plan_b").text == "use plan_b"
    assert normalise("_PTUs_ are cheaper").text == "PTUs are cheaper"


def test_entities_apostrophes_and_hyphens_read_as_typed_without_eating_a_letter() -> None:
    assert normalise("R&D costs &amp; fees").text == "R&D costs & fees"
    assert normalise("PTU’s price").text == "PTU's price"
    assert normalise("pay‐as‐you‐go").text == "pay-as-you-go"


def test_every_character_the_coach_reads_points_at_what_was_typed() -> None:
    prose = normalise("my_var &amp; it’s‐ok *done* Then Token🎉costs\nrose")
    assert prose.text == "my_var & it's-ok done\nThen Token costs rose"
    assert typed(prose) == "my_var & it’s‐ok done*Then Token🎉costs\nrose"


# --- what is hidden: quotes, code, links, emoji next to them ---


def test_a_quote_is_hidden_without_a_draft_pattern() -> None:
    assert normalise("> Token costs are flat\nmine").text == f"{SEPARATOR} mine"


def test_a_code_span_before_a_labelled_link_stays_hidden() -> None:
    assert (
        normalise("`PTUs are cheaper` see <https://x.io|the note>").text
        == f"{SEPARATOR} see {SEPARATOR}the note{SEPARATOR}"
    )


def test_quoted_speech_after_a_code_span_is_hidden_where_it_was_typed() -> None:
    assert normalise('see `x` then "PTUs are cheaper" ok').text == f"see {SEPARATOR} then {SEPARATOR} ok"


def test_quoted_speech_holding_an_emoji_is_still_someone_elses_words() -> None:
    assert normalise('customer said "PTUs 🎉 are cheaper" today').text == f"customer said {SEPARATOR} today"
    assert glossary.lint('customer said "PTUs 🎉 are cheaper" today') == []


def test_emoji_side_by_side_read_as_one_space_between_words() -> None:
    text = "PTUs are 🎉:tada: cheaper"
    assert normalise(text).text == "PTUs are cheaper"
    (flag,) = glossary.lint(text)
    assert text[flag.start : flag.end] == "PTUs are 🎉:tada: cheaper"


def test_a_code_span_glued_to_an_emoji_still_keeps_the_words_around_it_apart() -> None:
    assert normalise("Provisioned 🎉`x` is cheaper").text == f"Provisioned {SEPARATOR} is cheaper"
    assert glossary.lint("Provisioned 🎉`x` is cheaper") == []


# --- the author's own draft in a block quote ---


def test_each_line_of_a_quoted_draft_is_its_own_sentence() -> None:
    prose = normalise("my draft:\n> Token costs are flat\n> PTUs are cheaper", DRAFT)
    assert sentences(prose) == ["my draft:\n", "Token costs are flat\n", "PTUs are cheaper"]


def test_only_the_line_right_before_a_quote_introduces_it() -> None:
    prose = normalise("Notes\nmy draft:\nCustomer replied:\n> Token costs are flat.", DRAFT)
    assert prose.text == f"Notes my draft: Customer replied: {SEPARATOR}"


def test_one_blank_line_may_come_between_the_introduction_and_the_draft_but_not_two() -> None:
    assert normalise("my draft:\n\n> PTUs are cheaper", DRAFT).text == "my draft:\nPTUs are cheaper"
    assert normalise("my draft:\n\n\n> PTUs are cheaper", DRAFT).text == f"my draft:\n{SEPARATOR}"


def test_a_draft_split_by_a_blank_line_is_still_the_authors_draft() -> None:
    prose = normalise("my draft:\n> Token costs\n\n> PTUs are cheaper", DRAFT)
    assert prose.text == "my draft:\nToken costs\nPTUs are cheaper"


def test_a_quote_after_the_draft_introduced_by_someone_else_stays_hidden() -> None:
    prose = normalise("my draft:\n> PTUs are cheaper\n\nTheir CFO wrote:\n&gt; Token costs are flat.", DRAFT)
    assert prose.text == f"my draft:\nPTUs are cheaper\nTheir CFO wrote: {SEPARATOR}"


def test_a_quote_before_the_draft_introduced_by_someone_else_stays_hidden() -> None:
    prose = normalise("Their CFO wrote:\n> Token costs are flat.\n\nmy draft:\n> PTUs are cheaper", DRAFT)
    assert prose.text == f"Their CFO wrote: {SEPARATOR}\nmy draft:\nPTUs are cheaper"


def test_a_quote_with_no_line_before_it_is_not_a_draft() -> None:
    assert normalise("> my draft is fine\nmine", DRAFT).text == f"{SEPARATOR} mine"
    assert normalise("\n> Token costs\n\n> PTUs are cheaper", DRAFT).text == f"{SEPARATOR}\n{SEPARATOR}"


# --- words read as spelt right: offsets and sentences follow ---


def test_a_word_read_as_spelt_right_still_points_at_what_was_typed_and_sentences_move_with_it() -> None:
    message = "The cahe hit rate fell. PTUs are cheeeper than that. Token costs rose."
    prose = normalise(message)
    cahe, cheeeper = prose.text.index("cahe"), prose.text.index("cheeeper")
    fixed = prose.replaced([(cahe, cahe + 4, "cache"), (cheeeper, cheeeper + 8, "cheaper")])
    assert fixed.text == "The cache hit rate fell. PTUs are cheaper than that. Token costs rose."
    assert sentences(fixed) == ["The cache hit rate fell.", " PTUs are cheaper than that.", " Token costs rose."]
    first, last = fixed.span(fixed.text.index("cache"), fixed.text.index("cache") + 5)
    assert message[first:last] == "cahe"
    first, last = fixed.span(fixed.text.index("cheaper"), fixed.text.index("cheaper") + 7)
    assert message[first:last] == "cheeeper"
    first, last = fixed.span(fixed.text.index("cache hit"), fixed.text.index("cache hit") + 9)
    assert message[first:last] == "cahe hit"
    assert typed(fixed) == "The cahee hit rate fell. PTUs are cheeepr than that. Token costs rose."


def test_a_flag_on_a_misspelt_word_covers_the_whole_word_typed() -> None:
    text = "PTUs are cheapper for Acme"
    (flag,) = glossary.lint(text)
    assert flag.matched == "PTUs are cheapper"


# --- spaces: one space between words is read as typed, however the words around it are read ---


def test_one_space_between_words_is_kept_once_whatever_stands_beside_it() -> None:
    cases = {
        " PTUs are cheaper": "PTUs are cheaper",  # a space at the start adds nothing
        "ok :tada: PTUs are cheaper": "ok PTUs are cheaper",  # nor one after an emoji read as a space
        "ok ~no~ PTUs are cheaper": "ok PTUs are cheaper",  # nor one after a retraction
        "PTUs are cheaper\n\n:tada: caching saves money": "PTUs are cheaper\ncaching saves money",  # nor after a break
        "per ticket ~ $0.004 a call": "per ticket $0.004 a call",  # a dropped marker between two spaces
        "a * b": "a b",
        "see <@U1> now": f"see {SEPARATOR} now",  # a space beside a masked region is kept
        "it’s done": "it's done",
    }
    for message, read in cases.items():
        prose = normalise(message)
        assert prose.text == read, message
        # each letter and space points at one typed as it is read
        pairs = zip(prose.text, prose.origin, strict=True)
        assert all(message[at] == ch for ch, at in pairs if ch.isalnum() or ch == " ")
