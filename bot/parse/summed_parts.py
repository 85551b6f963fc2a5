"""A call's input described part by part, then its total said after the parts.

"retrieval pulls 5 chunks of ~800 tokens, plus a 1,200-token system prompt and roughly 300 tokens of question, so
call it 5,500 input tokens per call": when the parts before the total add up to it (within 3%), the total is the
call's input and the parts' figures are taken out of the sentence, so they are not read as other counts of one call.
A part that is the prompt's fixed front (a system prompt, instructions, a prefix) keeps its figure: a cache reuses
it. Parts that do not add up to the total are left as they were (the reply then asks which figure was meant).
"""

from __future__ import annotations

from decimal import Decimal

from bot.parse.numbers import to_decimal
from glossary.regex_cache import compile_regex

_N = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ABOUT = r"(?:~\s?|about |around |roughly |approx\.? |approximately |maybe |some )?"
# ", so call it 5,500 input tokens per call", "which comes to ~4k tokens a call", "for a total of 6,000 input tokens"
_TOTAL = compile_regex(
    r"(?:,|;|\s-|\s—)?\s(?:so\s(?:call it\s|that's\s|that is\s|roughly\s|about\s|around\s)?|call it\s|"
    r"(?:which|that)(?:'s| is| comes to| makes| adds up to| totals)\s|for a total of\s|totall?ing\s|adding up to\s|"
    r"(?:in total|all in|all told|altogether),?\s)" + _ABOUT
    + r"(?P<n>" + _N + r")\s?(?P<k>k\b)?\s?(?:input |prompt |in )?tokens?\b"
    r"(?=\s?(?:(?:per|a|an|each|every|/)\s?(?:call|request|question|query|turn|ticket)\b|in\b|of input\b|[,.;)]|$))"
)
# "5 chunks of ~800 tokens", "three passages at 600 tokens", "a 1,200-token system prompt", "300 tokens of question"
_PART = compile_regex(
    r"(?:(?P<count>\d{1,3})\s(?:[a-z-]+\s){0,2}?(?:chunks?|passages?|docs?|documents?|snippets?|results?|examples?|"
    r"shots?|pages?|turns?|messages?|records?|articles?)\s(?:of|at|x|×|@)\s)?" + _ABOUT
    + r"(?P<n>" + _N + r")\s?(?P<k>k\b)?(?:[- ]?tokens?\b|[- ]?toks?\b)"
    # ("an 8,000-token fixed preamble": what keeps the figure may be said with a word for how it stays the same)
    r"(?P<fixed>[- ](?:(?:token\s)?(?:(?:fixed|static|shared|common|standard|reused|repeated|cached|constant)\s)?"
    r"(?:system prompt|sys prompt|instructions?|prefix|preamble|policy|manual)))?"
)
_SENTENCE_END = compile_regex(r"[.?!\n](?:\s|$)")
_TOLERANCE = Decimal("0.03")
_MAX_SENTENCE = 400


def _value(n: str, k: str | None) -> Decimal:
    return to_decimal(n, k) or Decimal(0)  # (the patterns hold figures only)


def read_summed_parts(text: str) -> str:
    """``text`` with the figures of a call's input parts taken out where a total said after them adds them up."""
    if "token" not in text:
        return text
    out: list[str] = []
    done = 0
    for total in _TOTAL.finditer(text):
        if total.start() < done:
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(done, total.start() - _MAX_SENTENCE), total.start())]
        start = ends[-1] if ends else max(done, total.start() - _MAX_SENTENCE)
        before = text[start:total.start()]
        parts = list(_PART.finditer(before))
        whole = _value(total.group("n"), total.group("k"))
        summed = sum((_value(p.group("n"), p.group("k")) * int(p.group("count") or 1) for p in parts), Decimal(0))
        if len(parts) < 2 or whole <= 0 or abs(summed - whole) > whole * _TOLERANCE:
            continue
        kept, at = [], 0
        for p in parts:
            if p.group("fixed"):
                continue  # the prompt's fixed front keeps its figure
            kept.append(before[at:p.start()])
            kept.append("some" if p.group("count") is None else "several")
            at = p.end()
        kept.append(before[at:])
        out.append(text[done:start] + "".join(kept))
        done = total.start()
    return "".join(out) + text[done:] if out else text
