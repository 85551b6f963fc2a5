"""Pure pricing engine: typed requests in, Decimal results out. No Slack, no templates, no I/O."""
