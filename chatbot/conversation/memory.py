"""What a conversation remembers: `Memory` lives from one message to the next, `CurrentMessage` only while one
message is read. Also what is kept before a reading that may be undone and restored after it, and the message's
readings forgotten once it is answered.

A kiosk's wipe (`Session.reset`) makes a new `Memory`, so no field can be missed; `CurrentMessage` is made new
before every message and after its reply, so a complete question never reads another question's leftovers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bank.model import FaqEntry
    from chatbot.reply import Reply, Suggestion
    from chatbot.session import Session
    from chatbot.understanding.message import Message


class _Fields:
    """What `dataclass(slots=True)` gave these classes and no more: fields in slots, made afresh by `__init__`, and
    compared field by field (a wiped session's memory equals a new one). Not the dataclass itself: importing
    dataclasses imports inspect, ast, dis and tokenize, about a tenth of a `chatbot ask` start's CPU (speed24)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # as a dataclass with eq: a memory changes, so it is no dictionary key

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Memory(_Fields):
    """What a conversation keeps from one message to the next; nothing the person typed but what a follow-up needs."""

    __slots__ = (
        "last_entry",
        "context",
        "offered",
        "answered",
        "told_of_person",
        "last_asked",
        "answered_just_now",
        "told_subjects",
        "told_aspects",
        "red_flag",
        "red_flag_last",
        "last_reply",
    )

    # The entry last answered: a message that cannot stand alone ("and its symptoms?") is read with its subject.
    last_entry: FaqEntry | None
    # The subject words of that answer (`message_readings.context_of`): what "it" means in the next message.
    context: frozenset[str]
    # The numbered questions on offer: "2" asks the second.
    offered: tuple[Suggestion, ...]
    # The ids answered so far (the last 21): "tell me more" skips a follow-up already given.
    answered: list[str]
    # The last message answered told of someone ("my granddaughter has FOP"): a follow-up asks of them too.
    told_of_person: bool
    # The words of the last question answered on its own, not as a follow-up: "what about the knee?" asks it again.
    last_asked: tuple[str, ...]
    # The reply just given was an answer (small talk between keeps it): only then may a follow-up repeat its subject.
    answered_just_now: bool
    # The subjects (FOP, POH ...) a message with no answer named, for the follow-up after it
    # (`follow_ups.told_subjects_of`).
    told_subjects: frozenset[str]
    # ... and what its question asked of them ("what are the symptoms of FOP, ..."), for "what about POH?" after it.
    told_aspects: frozenset[str]
    # The last urgent or emergency reply: "should we go to A&E?" right after it is given it again
    # (see `understanding.after_red_flag`).
    red_flag: Reply | None
    # ... and whether it was the reply just given: only then is it asked about.
    red_flag_last: bool
    # The last reply that was not small talk: "say that again" gives it again (the bot's words, never the person's).
    last_reply: Reply | None

    def __init__(self) -> None:
        self.last_entry = None
        self.context = frozenset()
        self.offered = ()
        self.answered = []
        self.told_of_person = False
        self.last_asked = ()
        self.answered_just_now = False
        self.told_subjects = frozenset()
        self.told_aspects = frozenset()
        self.red_flag = None
        self.red_flag_last = False
        self.last_reply = None


class CurrentMessage(_Fields):
    """What is read of the message being answered, forgotten once it is answered (`forget_reading`)."""

    __slots__ = ("asked", "contrast_asked", "contrast_choices", "splits", "small_talk", "quiet", "unlogged")

    # The words of the message as asked (`contrasts.contrast_reading`), or of the question a new thing's follow-up was
    # read as; `answering.remember` keeps them as `Memory.last_asked`.
    asked: tuple[str, ...]
    # The question a follow-up naming a new thing was read as ("what about the knee?": the last question, of the knee).
    contrast_asked: tuple[str, ...]
    # ... and what that reading left to choose from, when it answered nothing clearly.
    contrast_choices: tuple
    # The message's parts, split once while read (`whole_message.split`).
    splits: dict[str, Message]
    # The small talk the message was last looked up as, (text, item), so it is looked up once (`routing.small_talk_of`).
    small_talk: tuple | None
    # True while one part of a message is tried alone: its fallback is not logged.
    quiet: bool
    # True while a request to act is read: nothing of it is logged.
    unlogged: bool

    def __init__(self) -> None:
        self.asked = ()
        self.contrast_asked = ()
        self.contrast_choices = ()
        self.splits = {}
        self.small_talk = None
        self.quiet = False
        self.unlogged = False


def forget_reading(session: Session) -> None:
    """Drop what was read of one message: the session's (`CurrentMessage`) and what the shared analyzer and matcher
    kept (its analyses, its rankings)."""
    session.current = CurrentMessage()
    session.bot.analyzer.start_message()
    session.bot.matcher.start_message()


def keep(session: Session) -> tuple:
    """What the conversation is about now, to restore if a reading is undone (see `restore`)."""
    kept = session.memory
    return (kept.last_entry, kept.context, kept.offered, list(kept.answered), kept.told_of_person, kept.last_asked)


def restore(session: Session, kept: tuple) -> None:
    """What the conversation was about, as kept before a message whose reading is undone."""
    now = session.memory
    now.last_entry, now.context, now.offered, answered, now.told_of_person, now.last_asked = kept
    now.answered = list(answered)
