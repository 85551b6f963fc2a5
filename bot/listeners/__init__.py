"""Every Slack surface pricebot listens on, one module each (slack-samples style)."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import actions, clarify, commands, events, home, shortcuts

#: The single registry the manifest test compares with manifest.yml.
SLASH_COMMANDS: tuple[str, ...] = commands.COMMANDS
SHORTCUT_CALLBACK_IDS: tuple[str, ...] = shortcuts.SHORTCUTS
BOT_EVENTS: tuple[str, ...] = events.EVENTS + home.EVENTS
ACTION_IDS: tuple[str, ...] = actions.ACTIONS + clarify.ACTIONS


def register_listeners(app: App) -> None:
    commands.register(app)
    events.register(app)
    shortcuts.register(app)
    actions.register(app)
    clarify.register(app)
    home.register(app)
