"""A model family named without a version with its provider named too: priced at the family's newest row there, the
note naming the name as typed and the row used, and at most three other rows of the family named, newest first; a
hyperscaler without its own row for a model names the lab whose list price is used."""

from __future__ import annotations

from pricing import lookup_rates
from pricing.catalog import _provider


def test_a_family_at_its_provider_is_priced_at_the_newest_row_and_the_note_says_which() -> None:
    rates = lookup_rates("Gemini Flash ", "google")
    assert rates.model == "gemini-3.8-flash"
    assert ("no version was named for 'Gemini Flash': the newest such row in the catalog, gemini-3.8-flash, is used; "
            "name the version to price another") in rates.notes


def test_a_family_with_many_rows_names_only_the_next_three_newest() -> None:
    # the bundled catalog holds eight Gemini Flash rows at google (3.8, 3.7, 3.6, 3.5, 2.5, 2.0, 1.5 and flash-1.5)
    ids = {m.id for m in _provider("google").models}
    assert {"gemini-3.8-flash", "gemini-3.7-flash", "gemini-3.6-flash", "gemini-3.5-flash", "gemini-2.5-flash"} <= ids
    rates = lookup_rates("gemini flash", "google")
    assert rates.model == "gemini-3.8-flash"
    assert rates.other_rows == ("gemini-3.7-flash", "gemini-3.6-flash", "gemini-3.5-flash")


def test_a_hyperscaler_without_its_own_row_names_the_lab_whose_list_price_is_used() -> None:
    rates = lookup_rates("claude-sonnet-4-5", "azure")
    assert rates.provider == "anthropic"
    assert rates.notes[0] == "the catalog has no separate azure row for this model; anthropic's list price is used"


def test_a_name_with_a_version_number_or_a_single_word_gets_no_unversioned_note() -> None:
    # "claude haiku 4" names version 4 (its row is found as it is); "claude" alone is no family-and-variant name
    for typed in ("claude haiku 4", "claude", "claude sonnet 4"):
        assert not any("no version was named" in n for n in lookup_rates(typed).notes), typed
