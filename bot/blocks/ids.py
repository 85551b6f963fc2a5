"""The ids of pricebot's buttons, selects and forms, and the quote id a button carries, read the one way every
button reads it. Here, not beside the Block Kit that uses them, so registering a listener loads no templates."""

from __future__ import annotations

import re

SHOW_CHART_ACTION_ID = "show_chart"
#: What the Show chart button becomes once its chart is in the thread: a click on it does nothing.
CHART_POSTED_ACTION_ID = "chart_posted"
MUTE_ACTION_ID = "mute_rule"
#: Clarifying buttons: ``choose:QUESTION:OPTION`` (unique in a message, as Slack requires); the value names the
#: stored quote that asked and the option (:mod:`bot.clarify`).
CHOOSE_ACTION_ID = "choose"
#: The feedback pair on every quote reply: ``feedback:right`` / ``feedback:wrong``, the value the stored quote's id.
FEEDBACK_ACTION_ID = "feedback"
#: "Copy for proposal" on a quote reply with figures; the value is the stored quote's id.
PROPOSAL_ACTION_ID = "copy_proposal"

#: The quote form: its callback id, the structure select, the Home tab's button, the model select's options.
QUOTE_FORM_CALLBACK_ID = "quote_form"
FORM_STRUCTURE_ACTION_ID = "form_structure"
BUILD_QUOTE_ACTION_ID = "open_quote_form"
FORM_MODEL_ACTION_ID = "form_model"

#: A quote id as a button carries it: ASCII digits, at most 18 (the store's ids are 64-bit integers).
_ID = re.compile(r"[0-9]{1,18}")


def quote_id_of(value: object) -> int | None:
    """The quote id in a button's value (text such as ``"42"``, or the number in a JSON value), or None when it is
    not one: other characters ("²" passes ``str.isdigit`` and fails ``int``), a sign, or more digits than a
    stored id can have."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or not _ID.fullmatch(value):
        return None
    return int(value)
