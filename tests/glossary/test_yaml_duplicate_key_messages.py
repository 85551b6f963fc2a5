"""What the YAML reader says of a key given twice, word for word: where the mapping is (keys and list indices from
the top, through lists), the id of the rule around it (carried down through its lists), the key and both lines; a
key given twice at the top level; complex keys; an empty file; a path that is not a regular file."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import yamlfile
from glossary.checked import CACHE_ENV

_KEEP_ONE = "the second would silently replace the first; keep one"


@pytest.fixture(autouse=True)
def _no_kept_copies(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))  # every text parsed afresh, nothing read back


def _refused(text: str) -> yamlfile.DuplicateKey:
    with pytest.raises(yamlfile.DuplicateKey) as caught:
        yamlfile.parse(text.encode())
    return caught.value


def test_a_key_twice_deep_in_a_rule_names_the_path_through_its_lists_and_the_rules_id() -> None:
    refused = _refused("rules:\n  - id: r1\n    examples:\n      - x: 1\n      - y: 1\n        y: 2\n")
    assert str(refused) == f"in rules[0].examples[1] (id 'r1'): the key 'y' is given twice (lines 5 and 6): {_KEEP_ONE}"
    assert (refused.key, refused.where, refused.owner, refused.lines) == ("y", ("rules", 0, "examples", 1), "r1",
                                                                           (5, 6))


def test_a_key_twice_in_a_rules_own_mapping_names_its_id() -> None:
    refused = _refused("rules:\n  - id: r2\n    fine_when: [a]\n    fine_when: [b]\n")
    assert str(refused) == f"in rules[0] (id 'r2'): the key 'fine_when' is given twice (lines 3 and 4): {_KEEP_ONE}"


def test_a_key_twice_at_the_top_level_names_no_id() -> None:
    said = str(_refused("a: 1\nb: 2\na: 3\n"))
    assert said == f"in the top level: the key 'a' is given twice (lines 1 and 3): {_KEEP_ONE}"


def test_a_key_twice_under_a_complex_key_is_placed_at_the_top_level() -> None:
    # a mapping whose key is a list: the duplicate inside its value has no key name to add to the path
    refused = _refused("? [a, b]\n: {c: 1, c: 2}\n")
    assert refused.where == () and str(refused).startswith("in the top level: the key 'c'")


def test_a_complex_key_alone_is_a_syntax_error_not_a_crash() -> None:
    with pytest.raises(yamlfile.YamlSyntaxError):
        yamlfile.parse(b"? [a, b]\n: 1\n")  # a list cannot key a Python dict


def test_an_empty_file_holds_nothing() -> None:
    assert yamlfile.parse(b"") is None
    assert yamlfile.parse(b"# only a comment\n") is None


def test_a_directory_is_refused_as_no_regular_file(tmp_path: Path) -> None:
    with pytest.raises(yamlfile.YamlFileProblem) as caught:
        yamlfile.load(tmp_path)
    assert str(caught.value) == "is not a regular file (a device, pipe or directory cannot hold rules)"


def test_a_path_keeps_every_letter_of_its_first_key() -> None:
    # only the dot before the first key is dropped ("XL_tier", not "L_tier")
    assert str(_refused("XL_tier:\n  b: 1\n  b: 2\n")).startswith("in XL_tier: the key 'b' is given twice")
