"""Figures multiply out: every arithmetic step of every reply over the ask corpus re-computes from the numbers
it displays, to the precision it displays (see tests/support/arithmetic.py for how a line is read)."""

from __future__ import annotations

import pytest

from bot import router
from tests.parse.test_asks import CASES
from tests.support.arithmetic import checks
from tests.test_templates import EXTRA_ASKS

ASKS = sorted({c["text"] for c in CASES} | set(EXTRA_ASKS))


def test_the_checker_catches_a_line_that_does_not_multiply_out() -> None:
    (bad,) = checks("• If all 5,000 calls a day hit the cache: $0.022 × 5,000 = *$108.00 a day*")
    assert not bad.ok
    (good,) = checks("• Net: 9,999 hits × $0.018 − 1 writes × $0.005 = *$179.98 a day*")
    assert good.ok
    # The month from the exact daily figure ($179.977), shown after the rounded day: a calculator gets $5,474.39.
    assert [s.ok for s in checks("= *$179.98 a day*; × 730 h ÷ 24 h = $5,474.30 a month")] == [False]
    assert [s.ok for s in checks("= *$179.977 a day*; × 730 h ÷ 24 h = $5,474.30 a month")] == [True]
    # A right side that is itself the sum of the displayed parts.
    assert checks("1,000 × $5.00/1M + 2,000 × $15.00/1M = $0.005 + $0.03 = *$0.035*")[0].ok
    assert checks("prefix × (input rate − cache-read price) = 4,000 × ($5.00/1M − $0.50/1M) = *$0.018*")[0].ok


def test_the_corpus_has_arithmetic_to_check() -> None:
    assert sum(len(checks(router.answer(text).text)) for text in ASKS) > 200


@pytest.mark.parametrize("text", ASKS)
def test_every_arithmetic_line_multiplies_out(text: str) -> None:
    reply = router.answer(text)
    wrong = [f"{c.expression} = {c.shown} (recomputed {c.computed:.6g})" for c in checks(reply.text) if not c.ok]
    assert not wrong, "\n".join(wrong)
