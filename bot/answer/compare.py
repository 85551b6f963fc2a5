"""The side-by-side comparison answer."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from bot.answer import AnswerBase
from bot.parse.models import new_list
from pricing.compare import Comparison


class CompareAnswer(AnswerBase):
    """One workload on several models or providers, cheapest first; ``unpriced`` names rows the catalog cannot
    price (a tier or region it has no row for), ``too_many`` the rows asked for when more than a table holds."""

    kind: Literal["compare"] = "compare"
    comparison: Comparison | None = None
    #: (label, why) for each row the catalog cannot price.
    unpriced: list[tuple[str, str]] = Field(default_factory=new_list)
    too_many: list[str] = Field(default_factory=new_list)

    def result(self) -> Any:
        if self.too_many:
            return {"too_many": self.too_many}
        return self.comparison
