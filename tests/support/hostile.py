"""Messages built to cost the parser and the linter as much as possible, as Hypothesis strategies.

Slack keeps up to 40,000 characters of a message. The strategies build such messages from the shapes that make
regular expressions backtrack or a scanner go quadratic: long runs of digits, digits between separators, the same
unit or label thousands of times, nested markup. tests/parse/test_adversarial.py checks what a user sees for them;
bench/bench_parse_adversarial.py times them (target < 200 ms per parse).
"""

from __future__ import annotations

from hypothesis import strategies as st

SLACK_MAX = 40_000

digits = st.text(alphabet="0123456789", min_size=1, max_size=12)
separators = st.sampled_from([",", ".", " ", "\u00a0", "-", "/", "e", "e-", "x", ":", "$", "%", "\n", ", "])
units = st.sampled_from([
    "k", "m", "tokens", "calls a day", "per 1M", "/1M", "% utilization", "% off", "cents", "c ", "x peak",
    "ptus", "per call", "input", "output", "in", "out", "system prompt", "percent", "a day", "/day",
])
markup = st.sampled_from(["*", "_", "~", "`", "```", ">", "<", "<@U1|", "&lt;", "&amp;", '"', "'", "(", ")", "“"])
piece = st.one_of(
    st.builds(lambda d, s: d + s, digits, separators),
    st.builds(lambda d, u: d + u, digits, units),
    units.map(lambda u: u + " "),
    markup,
)
# A short pattern repeated up to Slack's limit: the repetition is what finds a super-linear path.
repeated = st.lists(piece, min_size=1, max_size=6).map("".join).map(
    lambda unit: (unit * (SLACK_MAX // len(unit) + 1))[:SLACK_MAX]
)
# One very long token (a digit run, or digits joined by one separator) inside an ordinary ask.
long_token = st.builds(
    lambda sep, n, before, after: before + sep.join(["1"] * n) + after,
    st.sampled_from(["", ",", ".", " ", "e", ",000", "0"]),
    st.integers(min_value=1_000, max_value=20_000),
    st.sampled_from(["", "$", "40% discount, ", "10 users doing "]),
    st.sampled_from(["", "%", " calls a day", "k tokens", "x peak to average", " ptus", " cents per call"]),
)
hostile_messages = st.one_of(repeated, long_token)
