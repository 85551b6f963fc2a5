"""Reading the lines above a block quote (to find what introduces it) gives exactly the lines splitlines() gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from glossary import lint
from glossary.prose import _lines_above

PIECES = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "> ", "&gt; ", "my draft:", "a", " ", ""])


@given(st.lists(PIECES, max_size=30).map("".join), st.data())
def test_the_lines_above_a_point_are_splitlines_read_upwards(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    assert list(_lines_above(text, start)) == list(reversed(text[:start].splitlines()))


def test_every_draft_of_many_is_still_coached_and_a_quote_that_is_not_a_draft_is_not() -> None:
    drafts = "my draft:\n> caching saves money\n" * 200
    assert len(lint(drafts)) == 200
    assert lint("Legal said:\n> caching saves money\n" * 50) == []
