"""The "Show chart" button's value (Block Kit itself is built in :mod:`bot.present.blocks`)."""
