"""The answer to a table of separate items: each row answered on its own, labelled by its name, and a total where
adding the rows means something (costs over the same period, savings a day)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.answer import AnswerBase
from bot.parse.models import new_list
from pricing.per_token import CostSplit
from pricing.totals import VersionChange


class RowAnswer(BaseModel):
    """One row of the table: its name and the answer to the message with only that row in it."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    label: str
    answer: AnswerBase


class RowsAnswer(AnswerBase):
    kind: Literal["rows"] = "rows"
    items: list[RowAnswer] = Field(default_factory=new_list)
    #: Quotes over the same period: (period, the rows' costs added), input and output apart.
    cost_total: tuple[str, CostSplit] | None = None
    #: Each row's cost over that period, the addends of the total.
    cost_parts: list[Decimal] = Field(default_factory=new_list)
    #: Beside a month's total, the rows' costs a day added, when every row has a day ("per flow per day, total per
    #: day, and per month?").
    day_total: CostSplit | None = None
    #: Quotes with the same further period asked (a week, a quarter of days): (period, days, each row's cost over it,
    #: their total).
    asked_total: tuple[str, int, list[Decimal], CostSplit] | None = None
    #: Caching: the rows' savings a day added, if every call hits and net of writes.
    all_hits_total: Decimal | None = None
    net_saving_total: Decimal | None = None
    #: Rows that are months: each month's caching net, and those added up.
    month_nets: list[Decimal] = Field(default_factory=new_list)
    months_net_total: Decimal | None = None
    #: Each row's net over the week asked for, and their total.
    week_nets: list[Decimal] = Field(default_factory=new_list)
    weeks_net_total: Decimal | None = None
    #: Not separate items but one deal worked out twice: as stated and with a number changed ("what_if"), or as
    #: first stated and as corrected ("correction"); nothing is added up.
    variant_of: Literal["what_if", "correction"] | None = None
    #: Versions of one deal (planned and actual volumes): the last version's cost against the first's; nothing is added.
    version_change: VersionChange | None = None
    #: The same over each further period asked ("what they'd save over a year (52 weeks)"): (period, days, change).
    asked_changes: list[tuple[str, int, VersionChange]] = Field(default_factory=new_list)
    #: Offers of capacity side by side: the last one's bill for the period less the first one's.
    bill_change: Decimal | None = None

    def data(self) -> dict[str, Any]:
        """As any answer's, with what the rows ask for (each field once) among what is missing and ambiguous: a reply
        that asks in any row asks (``pricebot ask`` exits 1)."""
        data = super().data()
        rows = [item.answer.data() for item in self.items]  # each row's data built once
        for key in ("missing", "ambiguities"):
            said = {entry["field"] for entry in data[key]}
            for row in rows:
                for entry in row[key]:
                    if entry["field"] not in said:
                        said.add(entry["field"])
                        data[key].append(entry)
        return data

    def result(self) -> Any:
        return {"rows": [{"label": item.label, "result": item.answer.result()} for item in self.items],
                "cost_total": self.cost_total, "asked_total": self.asked_total, "day_total": self.day_total,
                "all_hits_total": self.all_hits_total,
                "net_saving_total": self.net_saving_total,
                "months_net_total": self.months_net_total, "weeks_net_total": self.weeks_net_total,
                "version_change": self.version_change,
                "asked_changes": self.asked_changes,
                "bill_change": self.bill_change}
