"""The usage export answer."""

from __future__ import annotations

from typing import Any, Literal

from bot.answer import AnswerBase
from bot.usage.analyse import Unpriced, UsageResult
from pricing.usage import UsageAnalysis


class UsageAnswer(AnswerBase):
    """A usage export repriced at list with its load profile and commitment plans (:mod:`bot.usage`). The ask
    is the message the file came with; the file's contents are data, never coached."""

    kind: Literal["usage"] = "usage"
    usage: UsageResult

    @property
    def analysis(self) -> UsageAnalysis:
        return self.usage.analysis

    @property
    def unpriced(self) -> tuple[Unpriced, ...]:
        return self.usage.unpriced

    @property
    def other_tiers(self) -> list[str]:
        """Service tiers priced at standard rates without being standard (batch is reported as batch traffic)."""
        return [tier for tier in self.usage.service_tiers if tier not in ROUTINE_TIERS]

    def result(self) -> Any:
        return self.usage.to_json()


ROUTINE_TIERS = frozenset({"standard", "default", "auto", "batch"})
