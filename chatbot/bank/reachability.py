"""`chatbot check`'s reachability pass: is every entry answered when its own question is asked?

Each entry's question goes through the whole bot, as a patient's would, so a
gap anywhere (the topic-word gate, a safety rule, a rival entry) shows. The
matcher scores only the entries that share the question's rarer words, so the
pass grows with the size of the bank, not with its square: about a millisecond
an entry on a bank of 14,000.
"""

from __future__ import annotations

from chatbot.bot import Bot


def unreachable_entries(bot: Bot) -> list[str]:
    """One warning per entry whose own question does not get it: what it gets instead, why, and the fix."""
    from chatbot.bank.hints import why_unreached

    warnings = []
    for entry in bot.bank.entries:
        reply = bot.ask(entry.question)
        if reply.id != entry.id:
            warnings.append(f"{entry.file}:{entry.line} [{entry.id}]: {why_unreached(bot, entry, reply)}")
    return warnings
