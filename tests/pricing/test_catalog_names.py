"""Which catalog row a name as people type it reads: a display name several rows share, a catalog id spelt with
an underscore; the "did you mean" names for a misspelt one; the quote form's list for a query nothing holds."""

from __future__ import annotations

import pytest

from pricing import UnknownModelError, lookup_rates, model_refs


def test_a_display_name_several_rows_share_reads_the_shortest_id_and_names_the_others_in_that_order() -> None:
    # No Bedrock id holds "llama-3.1" (they read "meta.llama3-1-…"); the display names do ("Llama 3.1 8B Instruct").
    rates = lookup_rates("llama 3.1", "bedrock")
    assert (rates.provider, rates.model) == ("aws", "meta.llama3-1-8b-instruct-v1:0")
    assert rates.other_rows == ("meta.llama3-1-70b-instruct-v1:0",)
    assert rates.notes[0] == "other rows at aws: meta.llama3-1-70b-instruct-v1:0"
    four = lookup_rates("llama 3.2", "bedrock")
    assert four.model == "meta.llama3-2-1b-instruct-v1:0"
    assert four.other_rows == ("meta.llama3-2-3b-instruct-v1:0", "meta.llama3-2-11b-instruct-v1:0",
                               "meta.llama3-2-90b-instruct-v1:0")


def test_a_catalog_id_with_an_underscore_is_tried_as_typed_after_the_spaced_spelling() -> None:
    assert model_refs("deepseek/deepseek_v3") == ["deepseek/deepseek-v3", "deepseek/deepseek_v3"]
    assert model_refs("Meta-Llama-3_3-70B-Instruct") == ["meta-llama-3-3-70b-instruct", "meta-llama-3_3-70b-instruct"]
    assert model_refs("GPT-4o") == ["gpt-4o"]  # nothing to add when the typed name is the first spelling
    assert lookup_rates("Meta-Llama-3_3-70B-Instruct", "ovhcloud").model == "Meta-Llama-3_3-70B-Instruct"


def test_the_quote_forms_list_is_empty_for_a_query_no_id_or_display_name_holds() -> None:
    from pricing.catalog import model_choices

    assert model_choices("xxxx") == []  # rows without a display name are matched on their id alone
    assert model_choices("qqq") == []


def _suggestions(model: str, provider: str) -> tuple[str, ...]:
    with pytest.raises(UnknownModelError) as unknown:
        lookup_rates(model, provider)
    return unknown.value.suggestions


def test_a_misspelt_family_is_matched_against_the_names_without_the_labs_prefix() -> None:
    # "opsu-4" is far from "claude-opus-4-…" but close to "opus-4-…", the name a rep types.
    assert _suggestions("opsu 4", "anthropic") == (
        "claude-opus-4-8", "claude-opus-4-7", "claude-opus-4-6", "claude-opus-4-5", "claude-opus-4-1")
    assert _suggestions("snonet 4.5", "anthropic")[:2] == ("claude-sonnet-4-5", "claude-sonnet-5")
    assert _suggestions("r1x", "bedrock") == ("deepseek.r1-v1:0",)  # close to "r1", not to "deepseek.r1-v1:0"


def test_suggestions_are_the_rows_of_the_five_closest_names_of_each_spelling() -> None:
    # Five close names per spelling; several of them name one row (claude-haiku-4-5 is also "haiku-4-5"), which is
    # suggested once, and a sixth-closest name does not make up for it.
    assert _suggestions("haikuu 4.5", "anthropic") == (
        "claude-haiku-4-5", "claude-haiku-5-5", "claude-3-5-haiku-latest")
    assert _suggestions("claud sonnet", "anthropic") == (
        "claude-sonnet-5", "claude-sonnet-4-0", "claude-3-sonnet", "claude-sonnet-5-5")


def _versions(provider: str, shape: str) -> dict[str, tuple[int, ...]]:
    """The catalog's ids of one shape ("gemini-{}-flash") at a provider, with the version each holds."""
    import re

    from pricing.catalog import _provider

    rx = re.compile(re.escape(shape).replace(r"\{\}", r"(\d{1,2}(?:[.-]\d)?)"))
    found = {m.id: rx.fullmatch(m.id) for m in _provider(provider).models}
    return {i: tuple(int(p) for p in re.split("[.-]", f.group(1))) for i, f in found.items() if f}


@pytest.mark.parametrize(("typed", "provider", "shapes"), [
    ("gemini flash", "google", ["gemini-{}-flash", "gemini-flash-{}"]),
    ("Gemini Flash Lite", "google", ["gemini-{}-flash-lite", "gemini-flash-lite-{}"]),
    ("gpt mini", "openai", ["gpt-{}-mini", "gpt-mini-{}"]),
    ("claude opus", "anthropic", ["claude-{}-opus", "claude-opus-{}"]),
])
def test_a_family_named_without_a_version_is_priced_at_its_newest_row_and_the_reply_says_so(
        typed: str, provider: str, shapes: list[str]) -> None:
    versions = {i: v for shape in shapes for i, v in _versions(provider, shape).items()}
    assert len(versions) >= 2  # a real choice between versions
    newest = max(versions, key=lambda i: versions[i])
    rates = lookup_rates(typed)
    assert (rates.provider, rates.model) == (provider, newest)
    assert any(f"no version was named for {typed!r}" in n and newest in n for n in rates.notes)


def test_a_name_with_a_version_or_a_row_of_its_own_is_not_moved_to_the_newest() -> None:
    assert lookup_rates("gemini 2.5 flash").model == "gemini-2.5-flash"
    assert lookup_rates("mistral large").model == "mistral-large"  # the catalog's own row for the bare name
    assert not any("no version was named" in n for n in lookup_rates("gemini 2.5 flash").notes)


def test_a_date_after_a_family_name_is_not_read_as_its_version() -> None:
    # mistral-large-2512 is a release date, mistral-large-4 a version: "2512" must not outrank 4
    from pricing.catalog import _newest_of_family, _provider

    ids = {m.id for m in _provider("mistral").models}
    assert {"mistral-large-2512", "mistral-large-4"} <= ids
    newest = _newest_of_family(_provider("mistral"), ["mistral-large"])
    assert newest is not None and newest[0].id == "mistral-large-4"
