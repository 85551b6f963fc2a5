"""Volumes as reps state them: per seat, user, agent or stream times the heads; tokens a second over the hours they
run; a shift's volume; a set of documents priced once; and the days of traffic after its hours a day."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


def _fields(text: str) -> dict[str, object]:
    return {k: v for k, v in parse(text).fields.model_dump().items() if v not in (None, [])}


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("500 seats, 30 requests/seat/day, 1k in / 250 out per request, $2/$8. daily?", 15_000),
        ("we have 1,200 users, each user sends about 25 queries a day; 600 in / 150 out, $1/$4", 30_000),
        ("the rollout covers 300 agents. per agent: 80 calls a day at 2k in / 300 out, $3/$15", 24_000),
        ("deal is 90 seats and each seat makes 50 requests per day, 1k in / 100 out at $1/$5", 4_500),
    ],
)
def test_calls_stated_per_head_are_multiplied_by_the_heads(text: str, calls: int) -> None:
    fields = _fields(text)
    assert fields["calls_per_day"] == calls
    assert fields["heads"] > 0


def test_a_volume_not_said_per_head_is_the_whole_volume() -> None:
    fields = _fields("1,000 users in total; traffic is 40k calls a day, 1k in / 200 out at $1/$4")
    assert fields["calls_per_day"] == 40_000
    assert "heads" not in fields


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 400 x 2M = 800M in x $3 = $2,400; 400 x 300k = 120M out x $15 = $1,800; per analyst $4,200 / 400
        ("400 analysts each burn about 2M input and 300k output tokens a month at $3/$15 - monthly total and per "
         "analyst?", ["$2,400.00", "$1,800.00", "$4,200.00", "$10.50"]),
        # 45 x 20 x 86,400 = 77.76M out a day; x 730/24 = 2,365.2M x $8
        ("each stream generates ~45 tok/s of output, 20 parallel streams around the clock, $8/M out - monthly "
         "output cost?", ["$18,921.60"]),
    ],
)
def test_tokens_stated_per_head_are_every_heads(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3,000 x 3,600 x 730 = 7,884M in x $1; 600 x 2,628,000 = 1,576.8M out x $4
        ("constant 3,000 tokens/s input and 600 tokens/s output, 24/7, $1/$4 - monthly?",
         ["$7,884.00", "$6,307.20", "$14,191.20"]),
        # a bare "/sec" count beside a token count per second is tokens too
        ("1,000 tok/s in and 250/sec out around the clock at $2/$8, monthly?", ["$5,256.00", "$10,512.00"]),
        # "tok/mo": a month's tokens; the year is twelve 730-hour months
        ("900M input tok/mo and 150M out tok/mo, $3/$15, annual?", ["$2,700.00", "$2,250.00", "$4,950.00",
                                                                    "$59,400.00"]),
        # 35 x 40 x 3,600 x 8 = 40.32M a day x $12 = $483.84; x 21 days
        ("35 tok/s of output per stream, 40 streams, 8 hrs/day, 21 days, $12/M output, output only", ["$483.84",
                                                                                           "$10,160.64"]),
    ],
)
def test_tokens_a_second_run_over_the_hours_and_days_said(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_shifts_volume_is_a_days_when_one_shift_a_day_is_said() -> None:
    text = "200 agents, 90 calls each per shift, one shift a day, 20 shifts a month; 1k in / 100 out, $2/$10 - monthly?"
    fields = _fields(text)
    assert fields["calls_per_day"] == 18_000
    assert fields["days_per_month"] == 20
    assert_figures(text, ["$54.00", "$1,080.00"])


def test_a_shift_is_not_a_day_when_there_are_more_shifts_a_day() -> None:
    fields = _fields("150 agents, 60 calls each per shift, 2 shifts/day, 1k in / 100 out, $2/$10")
    assert "calls_per_day" not in fields


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 800 x (3,000 x $0.50 + 200 x $1.50)/1M = 800 x $0.0018
        ("price 800 invoices at about 3k tokens each in and 200 out, $0.50/$1.50", ["$1.44"]),
        # the document's tokens beside its summary's are its input: 5,000 x (12k x $1 + 500 x $5)/1M
        ("5,000 policy documents, avg 20 pages, ~12k tokens each, 500-token summary, $1/$5", ["$72.50"]),
    ],
)
def test_a_set_of_documents_with_no_period_is_priced_as_one_job(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_documents_with_a_period_are_a_daily_volume() -> None:
    fields = _fields("5,000 documents a day, 2k in / 100 out, $1/$5")
    assert fields["calls_per_day"] == 5_000
    assert "calls_total" not in fields


def test_days_after_hours_a_day_are_the_months_days() -> None:
    text = "2k calls an hour, 9 hrs/day, 21 days, 1k in / 200 out, $1/$4"
    fields = _fields(text)
    assert fields["days_per_month"] == Decimal(21)
    assert_figures(text, ["$32.40", "$680.40"])
