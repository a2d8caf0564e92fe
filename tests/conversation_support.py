"""Asking a scripted conversation, shared by the conversation tests of each round."""

from __future__ import annotations

FRESH = "fresh"  # a turn that stands on its own: the same reply as in a fresh session
# Questions that open other conversations, asked before the one under test (fresh against mid-conversation).
PRIMERS = ("what is HO", "can ibuprofen help", "how is it treated", "what does Brooker grade 3 mean")


def expected(reply, want) -> bool:
    """`want` is an entry id, a reply kind, or a tuple of kinds any of which will do."""
    if isinstance(want, tuple):
        return reply.kind in want
    if want in ("smalltalk", "fallback", "clarify", "emergency", "urgent"):
        return reply.kind == want
    return reply.kind == "answer" and reply.id == want


def last_reply(bot, *turns: str):
    """The reply to the last of these messages, each asked in turn in one session."""
    session = bot.session()
    reply = None
    for turn in turns:
        reply = session.ask(turn)
    return reply


def same_reply(first, second) -> bool:
    """Whether two replies are the same reply: kind, entry and every word."""
    return (first.kind, first.id, first.text) == (second.kind, second.id, second.text)


def reply_in_every_turn(bot, question: str):
    """The reply to `question` asked fresh, after asserting it is the same after each of the PRIMERS."""
    fresh = last_reply(bot, question)
    for primer in PRIMERS:
        assert same_reply(last_reply(bot, primer, question), fresh), primer
    return fresh


def talk(bot, turns) -> list[str]:
    """Ask each (message, want, *marks) turn in one session; what went wrong, one line each.

    A turn marked FRESH must also get the same reply from a fresh session.
    """
    wrong = []
    session = bot.session()
    for message, want, *marks in turns:
        reply = session.ask(message)
        got = f"{reply.kind} {reply.id or ''}".strip()
        if not expected(reply, want):
            wrong.append(f"{message!r}: expected {want}, got {got}")
        if FRESH in marks:
            fresh = bot.ask(message)
            if (fresh.kind, fresh.id) != (reply.kind, reply.id):
                wrong.append(f"{message!r}: {got} in the conversation, {fresh.kind} {fresh.id or ''} fresh")
    return wrong
