"""What a conversation keeps between messages: kept before a reading that may be undone, restored after it,
and what was read of one message forgotten once it is answered."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session


def forget_reading(session: Session) -> None:
    """Drop what the shared analyzer and matcher kept while reading one message (its analyses, its rankings)."""
    session._splits = {}
    session._small_talk = None
    session.bot.analyzer.start_message()
    session.bot.matcher.start_message()


def keep(session: Session) -> tuple:
    """What the conversation is about now, to restore if a reading is undone (see `restore`)."""
    return (
        session._last_entry,
        session._context,
        session._offered,
        list(session._answered),
        session._told_of_person,
        session._last_asked,
    )


def restore(session: Session, kept: tuple) -> None:
    """What the conversation was about, as kept before a message whose reading is undone."""
    last_entry, session._context, session._offered, answered, session._told_of_person, session._last_asked = kept
    session._last_entry, session._answered = last_entry, list(answered)
