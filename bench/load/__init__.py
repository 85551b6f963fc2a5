"""Helpers for bench/bench_load.py: the stub Web API and a bare Bolt app in their own processes, the load client."""
