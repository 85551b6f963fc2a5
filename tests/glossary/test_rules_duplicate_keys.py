"""A key given twice in the rules file is refused with the rule and the key named: YAML readers keep the second value
and drop the first without a word, so a second ``fine_when`` or a vocabulary entry named twice silently lost a rule's
wording. The terms and phrases files, read by the same reader, refuse it too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import glossary
from glossary import yamlfile
from glossary.errors import RulesFileError, TermsFileError
from glossary.rules import DEFAULT_RULES_PATH
from glossary.terms import load_terms

BUNDLED = DEFAULT_RULES_PATH.read_text(encoding="utf-8")


def test_a_rule_that_gives_a_key_twice_is_refused_naming_the_rule_and_the_key(tmp_path: Path) -> None:
    start = BUNDLED.index("- id: token-costs\n")
    anchor = BUNDLED[start:].index("    fine_when:") + start
    path = tmp_path / "rules.yaml"
    path.write_text(BUNDLED[:anchor] + '    fine_when: ["\\\\bnever\\\\b"]\n' + BUNDLED[anchor:], encoding="utf-8")
    with pytest.raises(RulesFileError) as raised:
        glossary.load_rules(path)
    assert raised.value.rule == "token-costs"
    assert raised.value.field == "fine_when"
    assert "given twice" in str(raised.value) and "token-costs" in str(raised.value)
    assert raised.value.path == str(path) and str(raised.value).startswith(f"rules file {path}: ")


@pytest.mark.parametrize("where", ["top", "asserting_negations"])
def test_a_key_given_twice_outside_the_rules_is_refused_naming_the_file_and_the_key(tmp_path: Path, where: str) -> None:
    """What an enablement lead reads names the file they edited, as every other mistake in it does."""
    path = tmp_path / "edited-rules.yaml"
    if where == "top":
        text = BUNDLED + '\nclause_breaks: ["; "]\n'  # the file's own list given a second time at the end
        field = "clause_breaks"
    else:
        at = BUNDLED.index("\nasserting_negations:\n") + len("\nasserting_negations:\n")
        text = BUNDLED[:at] + '  triggers: ["only"]\n' + BUNDLED[at:]
        field = "asserting_negations.triggers"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesFileError) as raised:
        glossary.load_rules(path)
    assert raised.value.path == str(path) and raised.value.rule is None and raised.value.field == field
    assert str(raised.value).startswith(f"rules file {path}: field '{field}': ")
    assert "given twice" in str(raised.value)


def test_a_vocabulary_entry_named_twice_is_refused(tmp_path: Path) -> None:
    at = BUNDLED.index("\nvocabulary:\n") + len("\nvocabulary:\n")
    first = re.match(r"  ([a-z_]+): ", BUNDLED[at:])
    assert first is not None
    name = first.group(1)
    path = tmp_path / "rules.yaml"
    path.write_text(BUNDLED[:at] + f'  {name}: "(?:x)"\n' + BUNDLED[at:], encoding="utf-8")
    with pytest.raises(RulesFileError) as raised:
        glossary.load_rules(path)
    assert raised.value.rule is None
    assert raised.value.field == f"vocabulary.{name}"
    assert re.search(r"lines \d+ and \d+", str(raised.value))


def test_the_same_key_in_two_different_rules_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(BUNDLED, encoding="utf-8")
    assert [rule.id for rule in glossary.load_rules(path).rules] == [rule.id for rule in glossary.rules()]


def test_the_reader_names_where_the_key_is_given_twice() -> None:
    text = b"terms:\n  - name: caching\n    body: one\n    body: two\n"
    with pytest.raises(yamlfile.DuplicateKey) as raised:
        yamlfile.parse(text)
    assert raised.value.key == "body"
    assert raised.value.where == ("terms", 0)
    assert raised.value.lines == (3, 4)
    assert "terms[0]" in str(raised.value)
    assert yamlfile.parse(b"a: 1\nb: {a: 2}\n") == {"a": 1, "b": {"a": 2}}  # one key in each mapping


def test_a_terms_file_that_gives_a_key_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text("terms:\n  - title: Caching\n    title: Caching again\n", encoding="utf-8")
    with pytest.raises(TermsFileError, match="given twice"):
        load_terms(path)
