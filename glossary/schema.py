"""The shape of the rules file, validated by pydantic; regex checks live in :mod:`glossary.rules`."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

RULE_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SPELLING_MIN = 5  # shorter words have too many real words one edit away (and messages are read in words of 5+)


def _spelling_word(word: str) -> str:
    if not (word.isalpha() and word.isascii() and word == word.lower() and len(word) >= SPELLING_MIN):
        raise ValueError(f"spelling word {word!r} must be one lower-case word of {SPELLING_MIN} or more letters")
    return word


SpellingWord = Annotated[str, AfterValidator(_spelling_word)]


def _trigger_words(value: tuple[str, ...]) -> tuple[str, ...]:
    for word in value:
        if not word.isalnum() or word != word.lower():
            raise ValueError(f"trigger {word!r} must be one lower-case word of letters or digits")
    return value


class Examples(BaseModel):
    """Fixtures kept beside a rule: texts it must flag and texts it must leave alone."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    flag: tuple[str, ...] = Field(min_length=1)
    quiet: tuple[str, ...] = Field(min_length=1)


class Rule(BaseModel):
    """One row of the field-language guide plus what the matcher needs to find it.

    ``qualifier`` is the part of ``do_say`` that qualifies the claim (the only qualifier that counts); ``term`` marks
    a rule about a word rather than a claim, so a reported question ("they asked whether AI API pricing includes
    support") still uses the word; ``gate`` holds cheap patterns one of which a sentence must match before the rule's
    patterns are tried (speed only: every claim the patterns find must pass it);
    ``fine_when`` excuses a claim anywhere in its sentence, ``fine_in_clause`` only in the claim's own clause;
    ``denied`` holds the claim said with a negation ("provisioned isn't always cheaper"), flagged only when a
    reassertion follows it ("But for Marlow it definitely is").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=RULE_ID)
    dont_say: str = Field(min_length=1)
    do_say: str = Field(min_length=1)
    why: str = Field(min_length=1)
    triggers: tuple[str, ...] = Field(min_length=1)
    patterns: tuple[str, ...] = Field(min_length=1)
    qualifier: str | None = None
    term: bool = False
    fine_when: tuple[str, ...] = ()
    fine_in_clause: tuple[str, ...] = ()
    fine_before: tuple[str, ...] = ()
    fine_after: tuple[str, ...] = ()
    gate: tuple[str, ...] = ()
    denied: tuple[str, ...] = ()
    examples: Examples

    @field_validator("triggers")
    @classmethod
    def _one_lowercase_word_each(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _trigger_words(value)

    @field_validator("qualifier")
    @classmethod
    def _qualifier_is_part_of_do_say(cls, value: str | None, info: ValidationInfo) -> str | None:
        do_say = info.data.get("do_say")
        if value is not None and do_say is not None and value not in do_say:
            raise ValueError(f"qualifier {value!r} must be words of do_say, as the guide writes them")
        return value


class AssertingNegations(BaseModel):
    """Negations that assert what follows ("doesn't just", "not only"), read as absent for every rule; looked for
    only in sentences holding one of ``triggers`` (as rules are)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    triggers: tuple[str, ...] = Field(min_length=1)
    patterns: tuple[str, ...] = Field(min_length=1)

    @field_validator("triggers")
    @classmethod
    def _one_lowercase_word_each(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _trigger_words(value)


class RulesFile(BaseModel):
    """The whole YAML document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = Field(ge=1, le=1)
    vocabulary: dict[str, str] = Field(default_factory=dict)
    rules: tuple[Rule, ...] = Field(min_length=1)
    negations: tuple[str, ...] = ()
    asserting_negations: AssertingNegations | None = None
    clause_breaks: tuple[str, ...] = ()
    reported_questions: tuple[str, ...] = ()
    reported_beliefs: tuple[str, ...] = ()
    belief_rejections: tuple[str, ...] = ()
    heading_conditions: tuple[str, ...] = ()
    reported_question_leads: tuple[str, ...] = ()
    unmarked_questions: tuple[str, ...] = ()
    term_denials: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    own_drafts: tuple[str, ...] = ()
    own_quotes: tuple[str, ...] = ()
    own_quotes_after: tuple[str, ...] = ()
    reassertions: tuple[str, ...] = ()
    endorsements: tuple[str, ...] = ()
    negative_questions: tuple[str, ...] = ()
    said_to_avoid: tuple[str, ...] = ()
    outside_scope: tuple[str, ...] = ()
    inside_scope: tuple[str, ...] = ()
    scope_breaks: tuple[str, ...] = ()
    spelling: tuple[SpellingWord, ...] = ()

    @field_validator("vocabulary", mode="before")
    @classmethod
    def _lists_are_alternatives(cls, value: object) -> object:
        """A vocabulary entry may be a list of patterns, read as any one of them."""
        if not isinstance(value, dict):
            return value
        return {
            name: "(?:" + "|".join(f"(?:{p})" for p in entry) + ")"
            if isinstance(entry, list) and entry and all(isinstance(p, str) for p in entry)
            else entry
            for name, entry in value.items()
        }
