"""What a rep gets from the glossary for what they type, and what an enablement lead reads when terms.yaml is broken:
plural and singular forms, did-you-mean suggestions, the entries a question names, and errors naming the file, the
term and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import glossary
from glossary.terms import DEFAULT_TERMS_PATH


def suggestions_for(query: str) -> list[str]:
    with pytest.raises(glossary.UnknownTerm) as caught:
        glossary.lookup(query)
    return caught.value.suggestions


def test_a_plural_finds_the_entry_named_in_the_singular() -> None:
    assert glossary.lookup("TTLs").id == "ttl"
    assert glossary.lookup("break-evens").id == "break-even"


def test_a_singular_finds_the_entry_named_in_the_plural() -> None:
    # the on-demand entry lists "list rates" only
    assert glossary.lookup("list rate").id == "on-demand"
    assert glossary.lookup("concurrent seat").id == "okta-concurrent-sessions"


def test_only_a_word_ending_in_s_is_read_as_a_plural() -> None:
    # "part" is not "PAR" with a letter more
    assert suggestions_for("part") == ["Peak-to-average ratio"]


def test_a_near_miss_offers_the_three_closest_entries_closest_first() -> None:
    found = suggestions_for("cache hit rat")
    assert found[:2] == ["Cache hit rate (it varies)", "Cache hit (cache read)"]
    assert len(found) == 3


def test_at_most_three_suggestions() -> None:
    assert len(suggestions_for("cache pricing")) == 3


def test_a_short_word_of_the_query_finds_the_entry_it_names() -> None:
    assert suggestions_for("ttl setting") == ["TTL (cache lifetime)"]
    assert suggestions_for("vpc peering") == ["Private networking"]


def test_a_fragment_finds_the_entries_whose_names_hold_it() -> None:
    assert "Per-token pricing" in suggestions_for("tok")


def test_the_unknown_term_is_named_in_the_answer() -> None:
    with pytest.raises(glossary.UnknownTerm) as caught:
        glossary.lookup("ttl setting")
    assert caught.value.term == "ttl setting"
    assert str(caught.value) == "no glossary entry for 'ttl setting'. Did you mean: TTL (cache lifetime)?"


def test_mentions_lists_the_entries_a_question_names_in_order() -> None:
    found = glossary.mentions("Is a PTU cheaper than on-demand for RAG?")
    assert [term.id for _, term in found] == ["ptu", "on-demand", "scenario-rag-agent"]
    positions = [at for at, _ in found]
    assert positions == sorted(positions) and positions[0] > 0
    assert glossary.mentions("nothing to see here") == []


def test_the_okta_entry_shows_its_parts_in_reading_order() -> None:
    labels = [label for label, _ in glossary.lookup("okta").parts()]
    assert labels[-2:] == ["Ask", "Why ask"]
    assert labels[0] == "The analogy"


# --- a broken terms.yaml: the message names the file, the term and the field ------------------------------------


def bundled() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(DEFAULT_TERMS_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "terms.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def refusal(path: Path) -> glossary.TermsFileError:
    with pytest.raises(glossary.TermsFileError) as caught:
        glossary.load_terms(path)
    return caught.value


def test_a_name_used_by_two_terms_is_refused_naming_both(tmp_path: Path) -> None:
    data = bundled()
    data["terms"][1]["aliases"].append("Pay per token")  # already an alias of per-token, the first term
    path = write(tmp_path, data)
    error = refusal(path)
    assert (error.term, error.field) == ("per-call", "aliases")
    assert str(error) == (f"terms file {path}: term 'per-call', field 'aliases': "
                          "'Pay per token' already names term 'per-token'")


def test_an_unknown_see_also_is_refused_naming_it(tmp_path: Path) -> None:
    data = bundled()
    data["terms"][0]["see_also"] = ["on-demand", "nowhere"]
    path = write(tmp_path, data)
    assert str(refusal(path)) == (f"terms file {path}: term 'per-token', field 'see_also': "
                                  "refers to unknown term 'nowhere'")


def test_a_term_without_an_id_is_named_by_its_place(tmp_path: Path) -> None:
    data = bundled()
    del data["terms"][3]["id"]
    error = refusal(write(tmp_path, data))
    assert (error.term, error.field) == ("#4", "id")
    assert error.problem == "Field required"


def test_an_entry_that_is_not_a_term_is_named_by_its_place(tmp_path: Path) -> None:
    data = bundled()
    data["terms"][2] = "provisioned throughput"
    path = write(tmp_path, data)
    error = refusal(path)
    assert (error.term, error.field) == ("#3", None)
    assert str(error).startswith(f"terms file {path}: term '#3': Input should be a valid dictionary")


def test_a_field_inside_a_list_is_named_with_its_index(tmp_path: Path) -> None:
    data = bundled()
    data["terms"][0]["aliases"][1] = ["pay", "per", "token"]
    error = refusal(write(tmp_path, data))
    assert (error.term, error.field) == ("per-token", "aliases.1")


def test_a_file_level_mistake_names_no_term(tmp_path: Path) -> None:
    data = bundled()
    data["version"] = 2
    path = write(tmp_path, data)
    error = refusal(path)
    assert (error.term, error.field) == (None, "version")
    assert str(error).startswith(f"terms file {path}: field 'version': Input should be less than or equal to 1")


@pytest.mark.parametrize("content", ["", "- just\n- a list\n"])
def test_a_file_that_is_not_a_mapping_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text(content, encoding="utf-8")
    error = refusal(path)
    assert (error.term, error.field) == (None, None)
    assert str(error).startswith(f"terms file {path}: Input should be a valid dictionary")


def test_a_file_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    assert str(refusal(missing)) == f"terms file {missing}: cannot be read (No such file or directory)"
    assert str(refusal(tmp_path)) == (f"terms file {tmp_path}: is not a regular file (a device, pipe or directory "
                                      "cannot hold rules)")


def test_a_file_that_is_not_yaml_is_named(tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text("terms: [unclosed\n", encoding="utf-8")
    assert str(refusal(path)).startswith(f"terms file {path}: is not valid YAML: ")


@pytest.mark.parametrize(
    ("written", "entry"),
    [
        ("the Okta analogy", "okta-concurrent-sessions"),
        ("a PTU", "ptu"),
        ("PTU's", "ptu"),
        ("PTUs", "ptu"),
        ("break-even utilisation", "break-even"),
        ("peak-to-average inference ratio", "peak-to-average"),
        ("our per-token pricing", "per-token"),
        ("the cache hit rate", "cache-hit-rate"),
    ],
)
def test_a_term_is_found_as_written_in_a_sentence(written: str, entry: str) -> None:
    # an article, a possessive or a British spelling around the name does not hide the entry
    assert glossary.lookup(written).id == entry


def test_british_spelling_is_named_where_it_is_written() -> None:
    text = "what does utilisation mean here?"
    ((start, end, term),) = glossary.named(text)
    assert term.id == "break-even"
    assert text[start:end] == "utilisation"
