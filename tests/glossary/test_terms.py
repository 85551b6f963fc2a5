"""The glossary a rep reads: lookups by alias, did-you-mean, and entries that obey the guide."""

from __future__ import annotations

from pathlib import Path

import pytest

import glossary


@pytest.mark.parametrize(
    ("query", "term_id"),
    [
        ("okta", "okta-concurrent-sessions"),
        ("IDAM", "okta-concurrent-sessions"),
        ("concurrent session", "okta-concurrent-sessions"),
        ("Concurrent-Sessions", "okta-concurrent-sessions"),
        ("PTU", "ptu"),
        ("PTUs", "ptu"),
        ("committed use", "provisioned-throughput"),
        ("break-even", "break-even"),
        ("cache write", "cache-write"),
        ("cache hit", "cache-hit"),
        ("cache hit rate", "cache-hit-rate"),
        ("hit ratio", "cache-hit-rate"),
        ("VNet", "private-networking"),
        ("private endpoints", "private-networking"),
        ("TTL", "ttl"),
        ("FedRAMP", "fedramp"),
        ("data residency", "data-residency"),
        ("EA discount", "ea-discount"),
        ("on-demand", "on-demand"),
        ("per token", "per-token"),
        ("per-call", "per-call"),
        ("prompt caching", "prompt-caching"),
    ],
)
def test_lookup_by_id_title_or_alias(query: str, term_id: str) -> None:
    assert glossary.lookup(query).id == term_id


def test_near_miss_suggests_the_close_entries() -> None:
    with pytest.raises(glossary.UnknownTerm) as caught:
        glossary.lookup("breakevn")
    assert caught.value.suggestions[0] == glossary.lookup("break-even").title
    assert "Did you mean" in str(caught.value)
    # every suggestion can itself be looked up
    with pytest.raises(glossary.UnknownTerm) as again:
        glossary.lookup("fedrmp")
    for title in again.value.suggestions:
        glossary.lookup(title)


def test_nonsense_gets_no_suggestions() -> None:
    with pytest.raises(glossary.UnknownTerm) as caught:
        glossary.lookup("zzqx")
    assert caught.value.suggestions == []


def test_the_glossary_covers_the_structures_scenarios_and_okta_mapping() -> None:
    kinds = [t.kind for t in glossary.terms()]
    assert kinds.count("structure") == 4 and kinds.count("scenario") == 4
    for term in (t for t in glossary.terms() if t.kind == "structure"):
        assert term.what_it_is and term.what_it_does and term.who_offers_it and term.what_sets_it_apart
    okta = glossary.lookup("okta")
    assert okta.analogy and okta.where_it_holds and okta.where_it_breaks
    assert okta.discovery_question == "What does your peak-to-average inference ratio look like?"


@pytest.mark.parametrize("term", glossary.terms(), ids=lambda t: t.id)
def test_every_entry_lints_clean_and_is_mrkdwn_safe(term: glossary.Term) -> None:
    for text in term.prose():
        assert glossary.lint(text) == [], f"{term.id}: {text!r}"
        assert not set("<>&") & set(text), f"{term.id} has a character Slack would treat as markup"


def test_scenario_caching_figures_use_the_corrected_arithmetic() -> None:
    body = glossary.lookup("rag").body
    assert "$0.018" in body and "$180" in body
    assert "0.0175" not in body and "$175" not in body


def test_a_malformed_terms_file_names_the_term_and_field(tmp_path: Path) -> None:
    import yaml

    from glossary.terms import DEFAULT_TERMS_PATH

    data = yaml.safe_load(DEFAULT_TERMS_PATH.read_text(encoding="utf-8"))
    data["terms"][3]["kind"] = "gadget"
    data["terms"][5]["see_also"] = ["nowhere"]
    path = tmp_path / "terms.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(glossary.TermsFileError) as caught:
        glossary.load_terms(path)
    assert (caught.value.term, caught.value.field) == ("prompt-caching", "kind")
    data["terms"][3]["kind"] = "structure"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(glossary.TermsFileError, match="term 'scenario-sustained-volume', field 'see_also'"):
        glossary.load_terms(path)
