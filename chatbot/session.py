"""One conversation: its memory, and the one entry point every front end calls (`ask`).

Every message goes through the same steps: clean it, triage it (an
emergency or an urgent red flag is answered at once), then a numbered choice, small talk, "tell me more", a request for
personal advice, and last the bank itself. Nothing is kept but what the next
follow-up needs, and `reset` forgets that too. The steps live in `chatbot.conversation` (see its modules); this class
holds only what they share: `memory` (kept from one message to the next) and `current` (what is read of the message
being answered), both public (`chatbot.conversation.memory`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import memory, turn
from chatbot.conversation.memory import CurrentMessage, Memory
from chatbot.reply import Reply, Suggestion

if TYPE_CHECKING:  # a session belongs to a Bot, which opens it: no import at run time, so no import circle
    from chatbot.bot import Bot


class Session:
    """The state of one conversation with one person."""

    def __init__(self, bot: Bot):
        self.bot = bot
        self.reset()

    def reset(self) -> None:
        """Forget everything about this conversation (a kiosk's wipe): a new memory, so no field can be missed."""
        self.memory = Memory()  # what the conversation remembers from one message to the next
        self.current = CurrentMessage()  # what is read of the message being answered

    @property
    def offered(self) -> tuple[Suggestion, ...]:
        """The numbered questions on offer now: "2" asks the second."""
        return self.memory.offered

    def offer(self, entry_ids) -> tuple[Suggestion, ...]:
        """Put these entries on offer as numbered choices (a welcome screen's examples, say). One id alone is one
        choice; None, or anything but an id in the list, offers nothing (a caller's slip never raises here)."""
        if entry_ids is None or isinstance(entry_ids, str):
            entry_ids = () if entry_ids is None else (entry_ids,)
        try:
            ids = [entry_id for entry_id in entry_ids if isinstance(entry_id, str)]
        except TypeError:  # not a list at all: offer(5)
            ids = []
        self.memory.offered = self.bot.suggestions_for(ids)
        return self.memory.offered

    def ask(self, text: str) -> Reply:
        """Reply to one message. Never raises: an internal fault gives a safe fallback."""
        try:
            reply = turn.respond(self, text)
            if reply.kind != "smalltalk":  # "thanks" between an answer and "say that again" keeps the answer
                self.memory.last_reply = reply
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
