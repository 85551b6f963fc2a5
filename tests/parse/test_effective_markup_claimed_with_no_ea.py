"""An effective markup claimed beside a list markup with no EA discount named anywhere ("25% list, so 15% effective,
right?") is a claim checked against no EA discount: the rep hears "No" and the real figure, never an EA discount the
bot made up to fit the claim. Where the message does say the figure is paid after an EA, the EA it implies is worked
out (our own sentences)."""

from __future__ import annotations

import pytest

from bot import router


def _text(ask: str) -> str:
    return router.answer(ask, rate_cards={}).text


@pytest.mark.parametrize(
    ("ask", "effective", "claimed"),
    [
        ("list markup 25% so effective markup is 15%, right?", "25%", "15%"),
        ("Azure list markup is 30%, which gives a 20% net markup. correct?", "30%", "20%"),
        ("bedrock uplift of 18%, effective markup is 10%? sanity check pls", "18%", "10%"),
    ],
)
def test_a_claimed_effective_markup_with_no_ea_named_is_checked_not_explained_away(
        ask: str, effective: str, claimed: str) -> None:
    reply = _text(ask)
    assert f"No: the effective markup is *{effective}*, not {claimed}" in reply
    assert "EA discount that makes the effective markup" not in reply
    assert "That assumes no EA discount" in reply


@pytest.mark.parametrize(
    ("ask", "implied"),
    [
        ("list markup 25%, they end up paying 15% over direct after their EA. what EA is that?", "*8%*"),
        ("effective markup is 5% on a 40% list premium; what EDP discount gets them there?", "*25%*"),
    ],
)
def test_an_effective_markup_said_with_an_ea_still_implies_the_ea(ask: str, implied: str) -> None:
    reply = _text(ask)
    assert "EA discount that makes the effective markup" in reply
    assert f"= {implied}" in reply
