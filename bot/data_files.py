"""The data files every answer depends on: field-language rules, glossary terms and phrases."""

from __future__ import annotations


def check_data() -> None:
    """Load and validate the rules, terms and phrases, so a broken file stops start-up with a message naming the
    file, the entry and the field (a ``GlossaryError`` or ``PhrasesFileError``). Loads neither the parser, the
    engine nor the templates: `pricebot serve` checks its data before it listens, and answers load later."""
    import glossary
    from bot.phrases import phrases

    glossary.rule_set()
    glossary.terms()
    phrases()
