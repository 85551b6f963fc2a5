"""The start-up check every answering command makes: rules, terms and phrases load, or the command stops."""

from __future__ import annotations

import sys


def data_ok(command: str) -> bool:
    """True when the data files load; otherwise prints what is wrong with which file (the caller exits 2)."""
    from bot.data_files import check_data
    from bot.phrases import PhrasesFileError
    from glossary import GlossaryError

    try:
        check_data()
    except (GlossaryError, PhrasesFileError) as error:
        print(f"pricebot {command}: {error}", file=sys.stderr)
        return False
    return True
