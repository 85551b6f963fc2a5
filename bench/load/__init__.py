"""The bare Bolt app that bench/bench_load.py compares pricebot with.

The stub Web API and the load client are in tests/support."""
