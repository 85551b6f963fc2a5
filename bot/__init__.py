"""pricebot's talking layer: text parsing, reply templates, the Slack app, the store and the CLI."""
