"""The wording of quote blocks: Jinja2 templates beside this module, with the reply templates' number filters."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from bot import format as fmt


def _dec(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _number(formatter: Any) -> Any:
    def apply(value: Any, *args: Any) -> str:
        return str(formatter(_dec(value), *args))

    return apply


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("bot.blocks", "templates"),
        autoescape=False,
        finalize=lambda v: fmt.escape_mrkdwn(v) if isinstance(v, str) else ("" if v is None else v),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        dec=_dec, money=_number(fmt.money), percent=_number(fmt.percent), ratio=_number(fmt.ratio),
        count=_number(fmt.count),
    )
    return env


def render(name: str, **values: Any) -> str:
    """`templates/<name>.j2` rendered (values escaped for Slack), stripped."""
    return environment().get_template(f"{name}.j2").render(**values).strip()


def template_names() -> list[str]:
    return sorted(n.removesuffix(".j2") for n in environment().list_templates(extensions=["j2"]))
