"""Which catalog row a name as people type it reads: a display name several rows share, a catalog id spelt with
an underscore, and the quote form's list for a query nothing in the catalog holds."""

from __future__ import annotations

from pricing import lookup_rates, model_refs


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
