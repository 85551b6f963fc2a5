"""App Home: how to use pricebot, the rate source, the user's own coaching history and the channel settings."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.context import store
from bot.slack.errors import ack_now, in_background

EVENTS = ("app_home_opened",)
HISTORY_DAYS = 30
STALE_CHECKED = 200  # latest stored quotes checked against the catalog for the Home tab
WRONG_SHOWN = 5  # answers marked wrong listed on the Home tab (the viewer's own: asked or marked by them)


def catalog_version() -> str:
    """The version of the bundled price catalog package (without importing it)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("genai-prices")
    except PackageNotFoundError:
        return "(not installed)"


def register(app: App) -> None:
    app.event("app_home_opened")(ack=ack_now, lazy=[in_background(publish_home)])


def publish_home(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    if event.get("tab", "home") != "home":
        return
    from bot.present.blocks import home_view  # the templates and the catalog load with the first Home tab
    from bot.stale import stale_quotes

    user = event["user"]
    db = store(context)
    view = home_view(
        bot_user=context.bot_user_id or "pricebot",
        cards=list(db.rate_cards()),
        catalog_version=catalog_version(),
        counts=db.flag_counts(user, days=HISTORY_DAYS),
        muted=sorted(db.muted_rules(user)),
        modes=db.channel_modes(),
        days=HISTORY_DAYS,
        stale=stale_quotes(db, limit=STALE_CHECKED, user=user),  # a DM's quote is not another viewer's to see
        wrong=db.marked_wrong(limit=WRONG_SHOWN, viewer=user),
        wrong_total=db.count_marked_wrong(viewer=user),
    )
    client.views_publish(user_id=user, view=view)
