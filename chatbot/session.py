"""One conversation: its memory, and the one entry point every front end calls (`ask`).

Every message goes through the same steps: clean it, triage it (an
emergency or an urgent red flag is answered at once), then a numbered choice, small talk, "tell me more", a request for
personal advice, and last the bank itself. Nothing is kept but what the next
follow-up needs, and `reset` forgets that too. The steps live in `chatbot.conversation` (see its modules); this class
holds only what they share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.conversation import memory, turn
from chatbot.reply import Reply, Suggestion
from chatbot.understanding.message import Message

if TYPE_CHECKING:  # a session belongs to a Bot, which opens it: no import at run time, so no import circle
    from chatbot.bot import Bot


class Session:
    """The state of one conversation with one person."""

    def __init__(self, bot: Bot):
        self.bot = bot
        self.reset()

    def reset(self) -> None:
        """Forget everything about this conversation."""
        self._last_entry: FaqEntry | None = None
        self._context: frozenset[str] = frozenset()
        self._offered: tuple[Suggestion, ...] = ()
        self._answered: list[str] = []
        self._quiet = False  # True while one part of a message is tried alone: its fallback is not logged
        self._unlogged = False  # True while a request to act is read: nothing of it is logged
        self._red_flag: Reply | None = None  # the last urgent or emergency reply (see `understanding.after_red_flag`)
        self._red_flag_last = False  # ... and whether it was the reply just given: only then is it asked about
        self._asked_now: tuple[str, ...] = ()  # the words of the message being read (`contrasts.contrast_reading`)
        self._last_asked: tuple[str, ...] = ()  # ... and of the last one answered on its own, not as a follow-up
        self._contrast_asked: tuple[str, ...] = ()  # the question a follow-up naming a new thing was read as
        self._contrast_choices: tuple = ()  # what that reading left to choose from, when it answered nothing clearly
        self._told_of_person = False  # the last message answered told of someone ("my granddaughter has FOP")
        self._answered_just_now = False  # the reply just given was an answer (small talk between keeps it)
        # The subjects (FOP, POH ...) a message with no answer named, for the follow-up after it
        # (`follow_ups.told_subjects_of`).
        self._told_subjects: frozenset[str] = frozenset()
        # ... and what its question asked of them ("what are the symptoms of FOP, ..."), for "what about POH?" after it.
        self._told_aspects: frozenset[str] = frozenset()
        self._splits: dict[str, Message] = {}  # the message's parts, split once while read (`whole_message.split`)
        # The last reply that was not small talk: "say that again" gives it again (the bot's words, never the person's).
        self._last_reply: Reply | None = None

    @property
    def offered(self) -> tuple[Suggestion, ...]:
        """The numbered questions on offer now: "2" asks the second."""
        return self._offered

    def offer(self, entry_ids) -> tuple[Suggestion, ...]:
        """Put these entries on offer as numbered choices (a welcome screen's examples, say). One id alone is one
        choice; None, or anything but an id in the list, offers nothing (a caller's slip never raises here)."""
        if entry_ids is None or isinstance(entry_ids, str):
            entry_ids = () if entry_ids is None else (entry_ids,)
        try:
            ids = [entry_id for entry_id in entry_ids if isinstance(entry_id, str)]
        except TypeError:  # not a list at all: offer(5)
            ids = []
        self._offered = self.bot.suggestions_for(ids)
        return self._offered

    def ask(self, text: str) -> Reply:
        """Reply to one message. Never raises: an internal fault gives a safe fallback."""
        try:
            reply = turn.respond(self, text)
            if reply.kind != "smalltalk":  # "thanks" between an answer and "say that again" keeps the answer
                self._last_reply = reply
            return reply
        except Exception as error:  # noqa: BLE001 - one bad question must not end the conversation
            # The log names the fault, never the question: what a patient types stays private.
            import logging  # here, not at the top: logging adds ~10 ms to every start

            logging.getLogger("chatbot").error("chatbot: could not answer a question (%s)", type(error).__name__)
            return Reply(kind="fallback", text=self.bot.bank.messages["internal_error"])
        finally:
            # What was read of this message is forgotten once it is answered: the bot is shared by every session
            # of a process, and the next person must find none of it.
            memory.forget_reading(self)
