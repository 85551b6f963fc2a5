"""Block Kit layouts for quote replies, and the "Show chart" button that rebuilds a quote's chart on a click.

Nothing here imports matplotlib: the button only says whether a chart exists (:mod:`bot.charts.select`
builds its data, cheaply); drawing happens after Slack has been acknowledged.
"""
