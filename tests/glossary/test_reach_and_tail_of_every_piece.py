"""How far back a pattern's look-behinds read, and how wide a match anchored at the end is, for every kind of piece
the interpreter's regex parser gives: a look-behind nested in a group, an atomic group, an alternative, each kind of
repeat, a conditional group and a look-ahead is found; the pieces that hold none read nothing before the match."""

from __future__ import annotations

import re

import pytest

from glossary.prefilter import reach_before, tail_width


@pytest.mark.parametrize(
    ("regex", "reach"),
    [
        ("((?<=abc)d)", 3),  # a capturing group
        ("(?:x(?<=abc)d)", 3),  # a group with more than one piece
        ("(?>(?<=abcd)e)", 4),  # an atomic group
        ("(?:xx|(?<=ab)yy)z", 2),  # one alternative of several
        ("(?:(?<=abc)d)+", 3),  # a greedy repeat
        ("(?:(?<=abc)d)+?", 3),  # a lazy one
        ("(?:(?<=abcde)d)++", 5),  # a possessive one
        ("(a)?(?(1)(?<=ab)c|(?<=xyz)d)", 3),  # either branch of a conditional group, the furthest
        ("(a)?(?(1)(?<=abcd)c)", 4),  # a conditional group with one branch
        ("(?=(?<=abc)d)d", 3),  # a look-behind inside a look-ahead
        ("(?<!(?<=ab)cd)e", 4),  # inside a look-behind: its own width and the nested one's before it
    ],
)
def test_a_look_behind_inside_any_piece_is_found(regex: str, reach: int) -> None:
    assert reach_before(regex) == reach


@pytest.mark.parametrize(
    ("regex", "flags"),
    [
        ("[ab]c[^d].^$\\d\\w+?", re.IGNORECASE),  # classes, literals, anchors, any character, categories
        ("(x)\\1", re.IGNORECASE),  # a back-reference, read ignoring case
        ("(x)\\1", 0),  # and as it is
        ("[a-f]", 0),  # a range
    ],
)
def test_pieces_without_a_look_behind_read_nothing_before(regex: str, flags: int) -> None:
    assert reach_before(regex, flags) == 0


@pytest.mark.parametrize(
    ("regex", "width"),
    [
        ("(ab$)", 2),  # the anchor inside a group
        ("(?:x|(yy$))$", 2),
        ("ab\\Z", 2),
        ("", None),  # nothing to anchor
        ("ab\\A", None),  # the start of the text is no end
        ("(?:ab)", None),
        ("x$|y$|zz$", 2),  # every alternative anchored
        ("x$|y$|zz", None),  # the last not
        ("xy$|z", None),  # the last anchored, an earlier one not
    ],
)
def test_the_width_of_a_match_anchored_at_the_end(regex: str, width: int | None) -> None:
    assert tail_width(regex) == width
