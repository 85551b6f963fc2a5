"""Load profiles pasted as tables (our own sheets): hours a day beside each load, inclusive clock ranges ("00-05",
"06-07"), one row per hour of the day, and a profile of tokens an hour priced at a per-million on-demand rate. Each
gives the commitment level, the day's cost with spill-over on-demand, and the all-on-demand day."""

from __future__ import annotations

from decimal import Decimal

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_hours_a_day_beside_each_load() -> None:
    text = ("Their daily shape (PTUs needed):\n\n| hrs per day | PTUs |\n|---|---|\n| 10 | 40 |\n| 8 | 25 |\n"
            "| 6 | 10 |\n\nOn-demand is $5 per PTU-hour, reserved is 30% off ($3.50). What should they commit to, and "
            "the daily bill vs all on-demand?")
    reply = _reply(text)
    # 1 − d = 70%: 25 is met in 18/24 = 75% of hours, 40 in 10/24: commit 25. 24 × 25 × $3.50 = $2,100 + spill
    # 10 × 15 × $5 = $750 = $2,850; all on-demand (400 + 200 + 60) × $5 = $3,300
    assert "*25 PTUs*" in reply
    assert "= *$2,850.00*, against $3,300.00 all on-demand" in reply


def test_inclusive_clock_ranges() -> None:
    text = ("Load by hour band (units of capacity):\n\n| hours | load |\n|---|---|\n| 00-07 | 2 |\n| 08-19 | 12 |\n"
            "| 20-23 | 4 |\n\n$9 per unit-hour on-demand, 20% discount reserved, overflow on-demand. commit level and "
            "cost per day?")
    fields = parse(text).fields
    assert fields.load_profile == [(Decimal(2), Decimal(8)), (Decimal(12), Decimal(12)), (Decimal(4), Decimal(4))]
    reply = _reply(text)
    # 1 − d = 80%: 4 is met in 16/24 = 66.7% < 80%, 2 in all: commit 2. 24 × 2 × $7.20 = $345.60 + spill
    # 12 × 10 × $9 + 4 × 2 × $9 = $1,080 + $72 = $1,152 → $1,497.60; all on-demand (16 + 144 + 16) × $9 = $1,584
    assert "= *$1,497.60*, against $1,584.00 all on-demand" in reply


def test_one_row_per_hour_of_the_day() -> None:
    rows = "".join(f"| {h:02d} | {9 if 8 <= h < 20 else 3} |\n" for h in range(24))
    text = ("hourly load in PTUs, 25% discount, on-demand $8 per PTU-hour, overflow on-demand. best commitment and "
            "daily cost?\n\n| hour | load |\n|---|---|\n" + rows)
    fields = parse(text).fields
    assert sorted(fields.load_profile) == [(Decimal(3), Decimal(12)), (Decimal(9), Decimal(12))]
    reply = _reply(text)
    # 1 − d = 75%: 9 is met in 12/24 = 50%: commit 3. 24 × 3 × $6 = $432 + spill 12 × 6 × $8 = $576 → $1,008;
    # all on-demand (36 + 108) × $8 = $1,152
    assert "= *$1,008.00*, against $1,152.00 all on-demand" in reply


def test_a_profile_in_tokens_an_hour_priced_per_million() -> None:
    text = ("typical day, tokens per hour:\n- 12 hrs @ 20M\n- 6 hrs @ 10M\n- 6 hrs @ 2M\nOn-demand blended $6/M, "
            "provisioned 30% cheaper ($4.20/M). commit how many tokens/hr and what's the daily bill vs all on-demand?")
    reply = _reply(text)
    # 1 − d = 70%: 10M is met in 18/24 = 75%, 20M in 12/24: commit 10M. 24 × 10M × $4.20/M = $1,008 + spill
    # 12 × 10M × $6/M = $720 → $1,728; all on-demand (240M + 60M + 12M) × $6/M = $1,872
    assert "*10,000,000 tokens/hour*" in reply
    assert "× 10,000,000 tokens × $6.00/1M = $1,008.00 + spill-over $720.00 = *$1,728.00*, against $1,872.00" in reply


def test_rows_that_do_not_make_a_day_are_not_a_profile() -> None:
    text = ("| hours | load |\n|---|---|\n| 6 | 10 |\n| 6 | 20 |\n\n30% discount, $5 per unit-hour on-demand. commit?")
    assert parse(text).fields.load_profile == []


def test_the_committed_parts_utilization_and_the_spill_over_share() -> None:
    reply = _reply("Hours at each load (PTUs), per day: 6h @ 50, 12h @ 20, 6h @ 5. $4/PTU-hr on demand, 30% off "
                   "committed. commit level, utilization of the committed part, and how much spills to on-demand?")
    # 1 − d = 70%: 20 is met in 18/24 = 75%: commit 20. Load = 300 + 240 + 30 = 570 PTU-hours; above 20: 6 × 30 = 180.
    # Served from the commitment 570 − 180 = 390 of 20 × 24 = 480: 81.25%; spill 180 ÷ 570 = 31.58%
    assert "*20 PTUs*" in reply
    assert "= (570 − 180) ÷ (20 × 24) = *81.25%*" in reply
    assert "spill-over to on-demand = 180 of 570 PTU-hours = *31.58%* of the load" in reply
