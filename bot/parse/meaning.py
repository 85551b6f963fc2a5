"""A meaning asked beside figures: "what's a PTU? at $3 an hour, what's one a month?".

A rep who asks what a term means often asks for a worked figure in the same message. :func:`meaning_asked` names
the glossary entry such a message asks the meaning of; the parser then answers the entry and the figures together.
A message that only uses the term in its computation ("what's the break-even at 40% off?", "what's a PTU cost at
$2 an hour?") asks no meaning. Patterns read :func:`glossary.name_key` text (lower case, words split by single
spaces: "what's" is "what s").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import glossary
from bot.parse.prescreen import screened

if TYPE_CHECKING:
    from glossary import Term

#: Entries whose name after "the" is a figure asked for ("what's the break-even?", "what's the markup?"), not a
#: meaning; "what's a break-even?" or "what exactly is the markup?" still ask the meaning.
COMPUTED = frozenset({"break-even", "hyperscaler-markup", "effective-markup", "ea-discount"})
# With figures in the message, these names after "what's" ask for the figure ("what's break-even and what do they
# pay at 80%?", "what's the PAR?") unless "a"/"an" comes first ("what's a PAR?") or the meaning is asked in words;
# "what's the write premium?" asks its cost, "what is the cache write premium exactly?" its meaning.
_FIGURES = COMPUTED | {"peak-to-average", "cache-hit-rate", "cache-write"}
_COSTS = frozenset({"cache-write"})
_MEANING_ASIDE = screened(r"^ (?:exactly|actually|even|precisely|really)\b")
# "identity-verification customer", "ID checks": checking a person's documents is a workload, not identity and access
# management.
NOT_IAM = screened(r"\bidentity[- ](?:verification|check|document|proofing)|\bverif(?:y|ying) (?:an? )?identit")

# Clauses: a meaning is asked in one, its figures in another ("what's a PTU? if one costs $3 an hour ...").
# ("glossary: X" keeps its colon: the entry asked is named after it.)
_CLAUSE_END = screened(r"[?!;\n]|(?<!glossary)(?<!glossary pls)(?<!glossary please):|\.(?=\s|$)|\s[—–-]{1,2}\s|[—–]")
# A message that asks no meaning has none of these words; it is not searched further.
_SCREEN = screened(r"\b(?:what|wat|wot|whats|wats|wtf|wth|define|defn|def|definition|glossary|explain|eli ?5|"
                   r"walk|talk|"
                   r"remind|meaning|how|no idea|guarantee)")
_ARTICLE = r"(?: (?:a|an|the|our|their|this|that|these|those|so called|whole))*"
# "define X", "explain X", "ELI5 X", "walk me through X", "what actually is X": a meaning asked in so many words; the
# figures may follow in the same clause ("walk me through per-token pricing with 2M in at $3").
_ASKED_BEFORE = screened(
    # "quick def of per-token pricing?", "glossary: hyperscaler markup", "/glossary prompt caching": an entry asked for
    r"(?:^|(?<=[.?!;:] ))(?:quick )?(?:glossary|def(?:inition)?)(?: (?:for|of|on))?(?: pls| please)?" + _ARTICLE
    + r" $|"
    # ("quick explainer on TTL?": an explainer of it asked for)
    r"\b(?:def of|define|definition of|defn of|meaning of|explain(?: to (?:me|us|them))?(?: what| how)?|eli ?5|"
    r"explainer (?:on|of|for|about)|"
    r"explain like i m (?:5|five)|walk (?:me|us|them|him|her) through(?: what| how)?|talk (?:me|us) through|"
    r"remind me what|what do (?:you|we|they|people|folks) mean by|what (?:s|is) meant by|"
    r"what (?:even|exactly|actually|really) (?:is|are|s)|(?:wtf|wth|what the (?:heck|hell|fuck|eff)) (?:is|are|s))"
    + _ARTICLE + r" $")
# "what's a PTU", "what is cache hit rate and is it guaranteed": the name asked about ends its question.
# "what's this per-token thing?": the name asked about as a thing, not a cost said per it
_THING_AFTER = screened(r"^ (?:thing|concept|stuff|business|idea|model|pricing|structure|deal|setup)\b")
_WHAT_IS = screened(r"\b(?:(?:what|wat|wot) (?:s|is|are)|whats|wats)" + _ARTICLE + r" $")
# "what is break-even utilization? their offer is 35% off", "what's peak-to-average ratio and why ...": a name that can
# be a figure, asked with no article and its question closed before any figure, asks what it means (the figures
# after it are worked out beside the entry); "what's the break-even? 35% off" asks the figure.
_WHAT_IS_BARE = screened(r"\b(?:(?:what|wat|wot) (?:s|is|are)|whats|wats) $")
# ... closed right after the name, or followed by why it matters ("what's break-even and what do they save?" asks both
# figures)
_ASIDES = r"exactly|actually|even|again|anyway|really|then|though|btw|lol|tbh|pls|please"
_IN_PLAIN_WORDS = r"(?: in (?:plain|simple|layman s|laymans|lay) (?:english|terms)| in a nutshell)?"
_BARE_ENDS = screened(rf"^(?: (?:{_ASIDES}))*{_IN_PLAIN_WORDS}(?:$| (?:and|or|but) why\b)")
# "TTL in prompt caching", "TTL in the caching context", "TTL for the cache": the field a name is asked about in
_FIELD_CONTEXT = (r"(?: (?:in|for) (?:the )?(?:prompt )?(?:caching|cache|provisioning|provisioned(?: throughput)?|ptu?)"
                  r"(?: context| sense| world| terms| setting)?)?")
_ENDS_QUESTION = screened(
    rf"^(?: (?:{_ASIDES}|thing|concept|stuff|business|idea|here|there))*{_IN_PLAIN_WORDS}{_FIELD_CONTEXT}"
    r"(?:$| (?:and|or|but|so|because|since|as|like|if|when) )")
# "what's per-call pricing vs per-token?": an entry named in full set beside another name, not a cost of either
# ("what's provisioned vs on-demand?" with figures asks for both costs).
_SET_AGAINST = screened(
    r"^ (?:vs|versus|or|compared (?:to|with)|against)(?: (?!(?:costs?|price|prices|bill|spend|rates?|savings?|fees?|"
    r"totals?)\b)[a-z]+){1,3}(?:$| (?:and|or|but|so|if|when) )")
# "explain caching per call to a buyer", "walk me through the break-even maths": a figure to explain, not a meaning.
_FIGURE_NOUN = screened(r"^ (?:per|costs?|savings?|maths?|numbers?|figures?|economics|bills?|spend|prices?|"
                        r"calculation|arithmetic|sums?)\b")
# "what is the hyperscaler markup people keep mentioning": a name others use, asked about.
_NAME_USED = screened(
    r"^ (?:that |which )?(?:people|everyone|everybody|folks|they|he|she|you|my \w+|the \w+|our \w+|their \w+)"
    r"(?: \w+)? (?:keep|keeps|kept|always|mentioned|mention|mentions|talk|talks|talked|said|say|says|use|uses|used|"
    r"brought|bring|throw|throws|refer|refers)\b")
# "what does PTU mean", "how does the Okta analogy map", "how is per-token pricing billed"
# ("what's TTL mean?": "what's" said for "what does")
_WHAT_DOES = screened(r"\b(?:what|wat) (?:does|do|did|s)" + _ARTICLE + r" $")
# ("what does the TTL actually do here?": what it does is what it means; "what does the markup do to the bill?" asks
# the figure)
# ("what does the TTL on that mean": the thing it is set on, named between)
_MEANS = screened(r"^(?: (?:on|in|of) (?:that|this|it|there|them)| \w+)?(?: even| actually| really| exactly)? "
                  r"(?:mean|means|stand for|stands for|"
                  r"refer to|refers to|do(?: here| there| exactly| in practice)?,?(?: for (?:us|them|you|me|"
                  r"the (?:customer|buyer|client)))?(?=,|$| (?:and|or|but|so|in)\b))\b")
# ("what does the TTL actually do to our bill?": of a name that is no figure, its effect on the bill is its meaning)
_DOES_TO_BILL = screened(r"^(?: even| actually| really| exactly)? do (?:to|for) (?:our|their|the|your|my|a) "
                         r"(?:bill|costs?|pricing|spend|invoice)\b")
_HOW = screened(r"\bhow (?:does|do|would|did|is|are)" + _ARTICLE + r" $")
# ("how does caching work out at 10k calls a day?" asks for the figures)
_WORKS = screened(r"^(?: (?:analogy|comparison|thing|idea|concept|model))? (?:maps?|works?(?! out)|apply|applies|"
                  r"translates?|fits?|billed|charged|priced|calculated|measured)\b")
# "no idea what a PTU is", "PTU meaning?"
_WHAT = screened(r"\bwhat" + _ARTICLE + r" $")
# ("what the TTL actually means for their bill", "... for the cost model": what it means to the buyer is its meaning)
# ("what TTL means here": where it is used; "what the TTL line actually means for their bill": its line in a config;
# "what the TTL actually does to cost": its effect on the bill; "what a PTU is, in plain English, before I join", "...
# vs the Standard row": how it is to be put, or what it is set beside)
# ("what the TTL on the cache actually means": where the name is set, between it and its verb)
# ("what the ttl bit means", "what the TTL on this response means": the part of a paste it is, or the paste named)
_IS_AFTER = screened(r"^(?: (?:line|setting|field|value|entry|parameter|param|bit|part|key|column|row))?"
                     r"(?: (?:on|in|of|for) (?:the |their |our |your |this |that )?"
                     r"(?:cache|caching|prompt cache|config|configuration|response|request|call|usage|export|"
                     r"console|output|payload|json|log|dashboard|invoice|bill))?"
                     # ("what the ttl in there actually controls": where it was pasted, and what it governs)
                     r"(?: in there| in here| here| there)?"
                     r"(?: actually| really| exactly| even)? "
                     r"(?P<verb>is|are|means|mean|does(?= to\b)|do(?= to\b)|controls|governs|sets|decides)"
                     r"(?: to (?:the |their |our |your )?(?:cost|costs|bill|pricing|spend))?(?: here| there)?"
                     # ("what TTL means on this response": where it was read)
                     r"(?: (?:on|in) (?:this|that|the|their|our|your) (?:response|request|call|usage|export|"
                     r"dashboard|invoice|bill|config|configuration|screen|page|line|quote|proposal|offer|contract|"
                     r"sheet|email|console))?"
                     + _IN_PLAIN_WORDS + _FIELD_CONTEXT
                     # ("for their cache bill": a word about the bill before it)
                     + r"(?: for (?:us|them|you|me|the customer|the buyer|(?:their|our|the|your|this|a) "
                       r"(?:(?:cache|caching|inference|api|ai|llm|monthly|cloud|model) )?(?:bill|"
                       r"cost model|costs?|pricing(?: model)?|spend|invoice|(?:unit )?economics|budget|deal|quote)))?"
                       # ("asked what PTU actually means in plain English, what do I tell her": a question of its own
                       # after it)
                       r"(?:$| (?:and|or|but|so|though|vs|versus|compared|against|before|because|since|quick|pls|"
                       r"please)\b| (?=(?:what|how) (?:do|should|would|can) (?:i|we)\b)"
                       # ("what a PTU is in plain english, can someone explain": who is to answer, after a comma)
                       r"|,? (?:can|could|would) (?:someone|anyone|somebody|you|u) (?:explain|help)\b)")
# "what is the peak-to-average ratio exactly, and why do we need it": a name that can be a figure, asked with why it
# matters, asks its meaning
_WHY_AFTER = screened(rf"^(?: (?:{_ASIDES}))*,? (?:and|or|but|so) why\b")
_MEANING_AFTER = screened(r"^ (?:meaning|definition|defn|def|explained)(?: pls| please| plz)?"
                          r"(?: (?:and|or|but|so)\b.*)?$")
# "what does it mean?", "is it a fee?", "how does it map?": the meaning of a term named just before.
_PRONOUN_MEANING = screened(
    r"\bwhat (?:does|do|did) (?:it|that|this|they|those|that term|that word|that phrase|the term|the phrase) "
    r"(?:even |actually |really |exactly )?(?:mean|stand for)\b"
    # (not "what does it mean for their cost compared with staying on-demand?": the cost against on-demand, asked)
    r"(?! for (?:us|them|their|the|our|its|your|his|her)\b[^.?!\n]{0,20}?\b(?:costs?|bills?|spend|budget|pricing)\b"
    r"[^.?!\n]{0,15}?\b(?:compared|vs\.?|versus|against|relative)\b)|"
    r"\bwhat (?:is|s|are) (?:it|that|this|they|that term|that thing)(?: even| exactly| actually| really| precisely)?$|"
    # "I keep hearing X - what's the idea?"
    r"\bwhat (?:is|s) the (?:idea|concept|gist|point of it|thinking)(?: there| here| behind (?:it|that|this))?$|"
    r"\bwhat (?:even|exactly|actually|really) (?:is|are) (?:it|that|this|they)\b|"
    r"\b(?:no idea|not sure|don t know|dont know|do not know|didn t know|unsure) what (?:it|that|this|they) "
    r"(?:is|are|means|mean)\b|"
    # ("the architect asked what that means": a meaning someone else asked)
    r"\b(?:asked|asks|asking|wondered|wondering|wants to know|wanted to know) (?:me |us )?what (?:it|that|this) "
    r"(?:means|stands for)\b|"
    # ("how does that work out vs on-demand?" asks for the figures)
    r"\bhow (?:does|do|would) (?:it|that|this|the analogy|the comparison) (?:map|work(?! out)|apply|translate|hold)\b|"
    r"\bwhere (?:does|do) (?:it|that|this|the analogy|the comparison) break\b(?! ?even)|"
    r"\bis (?:it|that|this) (?:a |an |just a |just an |some kind of |some sort of )?(?:fee|tax|charge|surcharge|"
    r"real thing|thing|guarantee|guaranteed|contractual)\b|"
    # "google keeps saying 'committed use' - is that the same as provisioned throughput?"
    r"\bis (?:it|that|this) (?:just |really |basically )?(?:the same|the same thing) as\b|"
    # ("need to explain it to the contracting officer", "the per-hit saving too, so the AE can explain it": a figure
    # asked for, to put to someone else; "can you explain it?" still asks)
    r"(?<!\bcan )(?<!\bcould )\b(?:explain|define) (?:it|that|this|them)\b"
    r"(?! to (?:the|a|an|our|my|their|his|her|your|procurement|finance|legal)\b)")
# "what's the effective markup and how do I explain it?": a figure asked for, then how to put it to the buyer (the
# figure's answer says what it pays for); of an entry whose name asks a figure (COMPUTED) that asks no meaning.
_FIGURE_EXPLAINED = screened(r"\bhow (?:do|should|would|can|could|to)(?: i| we| you)? $")
_DIGIT = screened(r"\d")
# "wants the effective number", "the real figure", "needs the net rate": a figure the clause asks for
_FIGURE_WANTED = screened(r"\b(?:want|wants|wanted|need|needs|needed|asking for|asks for|after|give me|get)\b"
                          r"[^.?!\n]{0,30}?\b(?:effective|actual|real|net|final|true|blended|landed) "
                          r"(?:number|figure|rate|markup|premium|uplift|price|cost|percentage)\b")
# "what's the difference between input token costs and output token costs?": the first entry's meaning, set against
# the other's (a clause with figures in it asks the difference in money instead)
_DIFFERENCE = screened(r"\b(?:the|a) (?:difference|diff|distinction) between" + _ARTICLE + r" $")
# "PAR = ?", "TTL=?": a name set equal to a question mark, its meaning asked (the clause as written).
_NAME_EQUALS = screened(r"^\s*[a-z][\w /-]{0,40}?\s?=\s?\?\s*$")


@dataclass(frozen=True)
class Meaning:
    """The entry whose meaning a message asks (``term``: its id), the name it was asked by as written ("peak to
    average ratio") and where in the message the question about it ends."""

    term: str
    name: str
    end: int


def meaning_asked(text: str) -> Meaning | None:
    """The glossary entry whose meaning ``text`` (a normalized message with figures in it) asks, or None. An entry
    named in a clause that asks for a meaning counts; so does one named in a clause without figures just before
    "what does it mean?" or "is it a fee?". Identity, SSO and concurrent licensing named in that clause ask for the
    Okta analogy."""
    if not _SCREEN.search(text):
        return None
    earlier: list[tuple[str, list[tuple[int, int, Term]]]] = []  # figure-free clauses naming entries, in order
    last_named: tuple[str, list[tuple[int, int, Term]]] | None = None  # the last clause naming entries, figures or not
    start = 0
    first_figure = _DIGIT.search(text)
    for end in [m.end() for m in _CLAUSE_END.finditer(text)] + [len(text)]:
        figures_before = first_figure is not None and first_figure.start() < start
        clause, start = text[start:end], end
        key, named = glossary.name_key(clause), glossary.named(clause)
        asked = _asked_in(key, named, figures_before=figures_before)
        if asked is None and named and _NAME_EQUALS.match(clause):
            asked = named[0]  # "PAR = ?": the name alone, its meaning asked
        if asked is not None:
            return _meaning(key, named, asked, end)
        pronoun = _PRONOUN_MEANING.search(key)
        if pronoun is not None:
            # "my manager keeps saying 'break-even' - what does it mean?": the entry named just before
            here = [span for span in named if span[1] <= pronoun.start()]
            # ("cache TTL is 5 minutes, what does that mean for us?": the figures said of the name, before the
            # question what it means, are the name's own; "25% list and 18% EA, what is it really?" asks the figure)
            means = pronoun.group(0).endswith(("mean", "means", "stand for", "stands for"))
            sources = ([*earlier, (key, here)] if here and not _DIGIT.search(key, pronoun.start() if means else 0)
                       else earlier)
            if (means and not sources and last_named is not None and not _DIGIT.search(key)
                    and all(span[2].id not in COMPUTED for span in last_named[1])):
                # "their cache has a five-minute TTL. What does that actually mean for their bill?": with no name said
                # without figures before, the name just before, its own figure said with it (a figure's name, "the
                # effective markup is 12%", asks no meaning)
                sources = [last_named]
            # (of an entry whose name asks a figure, a bare "what is it?" after it asks the figure: "the effective
            # markup after the EA. what is it?"; "what does it mean?", "what is it exactly?" and "is it a fee?" still
            # ask its meaning)
            bare = _WHAT_IS_IT.fullmatch(pronoun.group(0)) is not None  # (not "what is it exactly?", "is it a fee?")
            # ("finance wants the effective number after their enterprise discount, not list - what is it?": a
            # figure wanted in the clause, which a bare "what is it?" asks whatever entry was named last)
            figure_wanted = bare and _FIGURE_WANTED.search(text, max(0, end - 200), end) is not None
            if sources and not figure_wanted and not (sources[-1][1][-1][2].id in COMPUTED and (
                    bare or _FIGURE_EXPLAINED.search(key, max(0, pronoun.start() - 30), pronoun.start()))):
                source_key, source = sources[-1]
                return _meaning(source_key, source, source[-1], end)
        if named and not _DIGIT.search(key):
            earlier.append((key, named))
        last_named = (key, named) if named else last_named
    return None


_WHAT_IS_IT = screened(r"what (?:is|s) (?:it|that|this)")
# "if it's 2", "say that is 30%": a figure given for the term whose meaning was just asked.
# ("if a customer tells us theirs is 4": the customer's own figure for it)
_PRONOUN_FIGURE = screened(r"\b(?P<lead>if|say|suppose|assuming|assume|when)(?: (?:a |the )?(?:customer|buyer|client|"
                           r"prospect)s? (?:tells? us|says?|said|reports?|quotes?))? (?:it|that|this|theirs|ours|"
                           r"their ratio|their number)(?:'s|’s| is| were| was| are)(?= ~?\$?\d)")
# How far before and after a name the words that ask its meaning are looked for (a clause can be long).
_WINDOW = 80


# "if one costs $3/hour", "4 of them at $2 an hour": units counted by a pronoun, after the unit's meaning was asked.
_UNIT_PRONOUN = screened(
    r"(?:(?<=\bif )|(?<=\bsay )|(?<=\bwhen )|(?<=\bsuppose )|(?<=\band )|(?<=[,?.!:;] )|(?<=^))"
    r"(?:(?P<each>each one|each)|a single one|one)(?= (?:costs?|is|were|was|runs?|goes for|at|@)\b)|"
    r"\b(?P<n>\d+) of (?:them|those|these)\b")
# The entries counted in units, and the word the units are read by.
_UNITS = {"ptu": "ptu"}


def name_pronouns(text: str) -> str:
    """``text`` with a pronoun that stands for the entry asked about, after the question about it, replaced by the
    name it was asked by: "what does PAR mean? if it's 2, ..." reads "... if par is 2, ..."; "what's a PTU? if one
    costs $3 an hour ..." reads "... if 1 ptu costs ..."."""
    figure, unit = _PRONOUN_FIGURE.search(text), _UNIT_PRONOUN.search(text)
    if not (figure or unit):
        return text
    meaning = meaning_asked(text)
    if meaning is None:
        return text
    if meaning.term in _FIGURES | {"ttl"}:
        text = _PRONOUN_FIGURE.sub(lambda m: f"{m.group('lead')} {meaning.name} is" if m.start() >= meaning.end
                                   else m.group(0), text)
    word = _UNITS.get(meaning.term)
    if word is not None:
        # "each one" is a unit's price; "one" is one unit, unless the units are counted elsewhere ("they have 5")
        counted = screened(rf"\b\d[\d,.]*\s?{word}s?\b").search(text) is not None
        text = _UNIT_PRONOUN.sub(lambda m: m.group(0) if m.start() < meaning.end else f"{m.group('n')} {word}s"
                                 if m.group("n") else f"each {word}" if m.group("each") or counted else f"1 {word}",
                                 text)
    return text


def _meaning(key: str, named: list[tuple[int, int, Term]], span: tuple[int, int, Term], end: int) -> Meaning:
    """The Meaning of the entry named at ``span`` (the analogy instead when the clause names identity or SSO)."""
    if not NOT_IAM.search(key):
        span = next((s for s in named if s[2].kind == "analogy"), span)
    return Meaning(term=span[2].id, name=key[span[0]:span[1]], end=end)


def _asked_in(key: str, named: list[tuple[int, int, Term]], *, figures_before: bool = False
              ) -> tuple[int, int, Term] | None:
    """The entry this clause asks the meaning of (where it is named, and the entry), by the words around its name;
    ``figures_before``: the message states figures before this clause (a closing "what's break-even?" asks the
    figure of the deal stated)."""
    digit = _DIGIT.search(key)
    first_digit = digit.start() if digit else len(key)
    for start, end, term in named:
        before, after = key[max(0, start - _WINDOW):start], key[end:end + _WINDOW]
        figure = (term.id in _FIGURES and not before.endswith((" a ", " an "))
                  and not (term.id in _COSTS and _MEANING_ASIDE.match(after)))
        in_full = key[start:end] == glossary.name_key(term.title)
        # ("what that TTL actually means for their bill" asks the meaning: the name said with "means")
        means = _MEANS.match(after) or ((said := _IS_AFTER.match(after)) and said.group("verb").startswith("mean"))
        if not in_full and before.endswith((" that ", " this ")) and not _THING_AFTER.match(after) and not means:
            continue  # "800 in / 200 out. what's that per-token?": the cost of the call said, per token
        if ((_ASKED_BEFORE.search(before) and not _FIGURE_NOUN.match(after))
                or (_WHAT_IS.search(before) and first_digit > start and (_NAME_USED.match(after) or (
                    not figure and (_ENDS_QUESTION.match(after) or (in_full and _SET_AGAINST.match(after))))))
                or (figure and digit is None and not figures_before and _WHAT_IS_BARE.search(before)
                    and _BARE_ENDS.match(after))
                or (figure and digit is None and _WHAT_IS.search(before) and _WHY_AFTER.match(after))
                or (digit is None and _DIFFERENCE.search(before))
                or (_WHAT_DOES.search(before) and (_MEANS.match(after)
                                                   or (term.id not in COMPUTED and _DOES_TO_BILL.match(after))))
                or (_HOW.search(before) and _WORKS.match(after))
                or (_WHAT.search(before) and (is_after := _IS_AFTER.match(after))
                    and (not figure or is_after.group("verb").startswith("mean")))  # "what PAR means": its meaning
                or _MEANING_AFTER.match(after)):
            return start, end, term
    return None
