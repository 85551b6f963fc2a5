"""Units set against traffic are compared in the traffic's own period unless the ask asks for another ("what's that a
week?", "weekly bill?"); a period word that describes the traffic ("weekly traffic is steady", "we report usage
weekly") does not change the answer's period. Our own sentences."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures, reply_text

_UNITS = "3 PT units at $30/hr vs 18B tokens a month at $4.50/M blended"


@pytest.mark.parametrize(
    "said",
    [
        ", weekly traffic is steady",  # the reviewer's
        ", traffic per week is flat",
        "; we report usage weekly",
        ". volume is reviewed every week and barely moves",
        ". which is cheaper? weekly load is steady",
    ],
)
def test_a_period_said_of_the_traffic_keeps_its_own(said: str) -> None:
    # 18B × $4.50/M = $81,000 a month; 3 × $30 × 730 = $65,700
    text = _UNITS + said
    assert_figures(text, ["18,000,000,000 tokens a month", "$81,000.00", "$65,700.00"])
    assert "a week" not in reply_text(text)


@pytest.mark.parametrize(
    "said",
    [". what's that a week?", "; weekly bill?", ". compare the cost per week", ". which is cheaper weekly?"],
)
def test_a_period_asked_for_is_still_the_answers(said: str) -> None:
    # 18B tokens a month × 7 ÷ (730 ÷ 24) days = 4,142,465,753.42 a week; 3 × $30 × 168 h = $15,120
    text = _UNITS + said
    assert_figures(text, ["4,142,465,753.42 tokens a week", "$15,120.00"])
    assert "a month" not in reply_text(text).split("Assumptions")[0].replace("tokens a month", "")
