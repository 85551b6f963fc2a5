"""Every Slack surface pricebot listens on, one module each (slack-samples style)."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import actions, assistant, clarify, commands, events, home, quote_form, shortcuts

#: The single registry the manifest test compares with manifest.yml.
SLASH_COMMANDS: tuple[str, ...] = commands.COMMANDS
SHORTCUT_CALLBACK_IDS: tuple[str, ...] = shortcuts.SHORTCUTS
BOT_EVENTS: tuple[str, ...] = events.EVENTS + home.EVENTS + assistant.EVENTS
ACTION_IDS: tuple[str, ...] = actions.ACTIONS + clarify.ACTIONS + quote_form.ACTIONS
#: Modal submissions and external-select option loads (the quote form).
VIEW_CALLBACK_IDS: tuple[str, ...] = quote_form.VIEWS
OPTIONS_ACTION_IDS: tuple[str, ...] = quote_form.OPTIONS


def register_listeners(app: App) -> None:
    events.register_deletions(app)  # middleware: before the assistant's, which swallows DM thread deletions
    assistant.register(app)  # middleware: before the message listener, which it takes assistant threads from
    commands.register(app)
    events.register(app)
    shortcuts.register(app)
    actions.register(app)
    clarify.register(app)
    quote_form.register(app)
    home.register(app)
