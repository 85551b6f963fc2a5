"""`Linter.may_flag`, the cheap test a server uses to pass over plain channel messages, never says "nothing to
flag" about a message the full matcher flags (however it is marked up or misspelt), and passes over plain talk."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

import glossary
from glossary.prose import ZERO_WIDTH_CHARS
from tests.glossary.test_corpus import load_corpus

LINTER = glossary.linter()

#: Pieces flagged messages are made of, plus everything normalise() treats specially (markup, quotes, entities,
#: emphasis and underscores between or inside words, zero-width characters, line breaks).
_PIECES = [
    "provisioned", "is", "are", "cheaper", "PTUs", "token", "costs", "caching", "saves", "money", "AI", "usage",
    "fees", "committed", "use", "you're", "paying", "extra", "for", "Azure", "the", "cache", "hit", "rate", "API",
    "pricing", "model", "charges", "per", "request", "save", "30-50%", "not", "true", "that", "to", "ken", "che",
    "aper", "chaper", "provisioend", "chaching", "cheapr", " ", " ", " ", "\n", "\n\n", "*", "_", "__", "~", "`",
    "```", ">", "&gt;", "&amp;", '"', "“", "”", "'",
    "’", "<@U123>", "<https://x.y|link>", "#deal", ",", ".", "?", "-", *ZERO_WIDTH_CHARS,
]
messages = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@given(messages)
def test_whatever_the_matcher_flags_may_flag_admits(text: str) -> None:
    assert LINTER.may_flag(text) or not LINTER.lint(text)


def test_every_flagged_message_in_the_corpus_is_admitted() -> None:
    flagged = [(name, text) for name, text, _ in load_corpus() if LINTER.lint(text)]
    assert flagged
    assert [name for name, text in flagged if not LINTER.may_flag(text)] == []


def test_plain_talk_is_passed_over() -> None:
    plain = ["thanks, talk tomorrow", "lunch at 12?", "Can you send the SOW to legal before Friday",
             "<@U123> joined the call", "the renewal is on track :tada:", "pushed the deck to the shared drive"]
    assert [text for text in plain if LINTER.may_flag(text)] == []


def test_underscores_are_read_both_as_word_breaks_and_as_dropped_emphasis() -> None:
    assert LINTER.may_flag("the provisioned_is_cheaper flag")  # snake_case: "cheaper" is a word of its own
    assert LINTER.may_flag("che_aper")  # emphasis dropped: "cheaper"


def test_only_letters_are_read_as_misspellings_and_only_of_trigger_words() -> None:
    assert not LINTER.may_flag("the cach1ng layer")  # a digit inside: no word the matcher would correct
    # "throughput" is corrected for the patterns' sake, but no rule starts from it: nothing to flag on its own
    assert not LINTER.may_flag("they asked about througput")


def test_a_five_letter_misspelling_of_a_six_letter_trigger_counts(tmp_path: Path) -> None:
    rule = {"id": "paying-extra", "dont_say": "x", "do_say": "y", "why": "z", "triggers": ["paying"],
            "patterns": ["paying extra"], "examples": {"flag": ["paying extra"], "quiet": ["paying"]}}
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "rules": [rule], "spelling": ["paying"]}), encoding="utf-8")
    lint = glossary.Linter(glossary.load_rules(path))
    assert lint.may_flag("you are payng extra")  # one letter dropped
    assert [f.rule for f in lint.lint("you are payng extra")] == ["paying-extra"]


def test_a_misspelt_short_trigger_word_is_admitted() -> None:
    # four letters one edit from a five-letter trigger ("tokn", "usge") are read as it, by lint and by may_flag
    assert LINTER.lint("tokn costs are up") and LINTER.may_flag("tokn costs are up")
    assert LINTER.lint("ai usge fees") and LINTER.may_flag("ai usge fees")
