"""The words that name a period ("hrs", "daily", "qtr", "annum") and the period each names.

A leaf module (it imports nothing of the parser), so the table and form readers that numbers.py itself imports can
share the one map."""

from __future__ import annotations

PERIOD_WORDS = {
    "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour", "hourly": "hour",
    "day": "day", "days": "day", "daily": "day",
    # ("every night it's 2.5M tokens", "a nightly batch"): a night comes once a day
    "night": "day", "nightly": "day",
    "wk": "week", "week": "week", "weekly": "week",
    "mo": "month", "mth": "month", "month": "month", "months": "month", "monthly": "month",
    "qtr": "quarter", "quarter": "quarter", "quarters": "quarter", "quarterly": "quarter",
    "yr": "year", "annual": "year", "year": "year", "annually": "year", "yearly": "year", "annum": "year",
}
