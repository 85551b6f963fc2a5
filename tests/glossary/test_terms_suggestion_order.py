"""Which entries a rep is offered for a term the glossary does not hold: the entries whose names are closest come
first, and a third comes from those names (the eight closest spellings weighed), not from a ninth, farther one."""

from __future__ import annotations

import pytest

import glossary


@pytest.mark.parametrize("query", ["cache hit rate x", "cache hit rates x"])
def test_a_mistyped_hit_rate_is_offered_the_hit_rate_the_hit_and_prompt_caching(query: str) -> None:
    with pytest.raises(glossary.UnknownTerm) as caught:
        glossary.lookup(query)
    assert caught.value.suggestions == ["Cache hit rate (it varies)", "Cache hit (cache read)", "Prompt caching"]
