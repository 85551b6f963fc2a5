"""Test support that benchmarks reuse: the stub Slack Web API (plain and with faults), request signing, Slack
payloads, pricebot served on 127.0.0.1, and the process and load harness.

bench/ imports this package; nothing here imports bench/.
"""
