"""Numbered choices: the number a message picks ("2", "(2)", "the second one"), its answer, and "tell me
more" (the next of the last answer's follow-ups)."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from chatbot.conversation import answering
from chatbot.reply import Reply

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# A pick may be asked for ("i'd like the second one", "can i have number two", "the last one please", "2 thanks"):
# only these few words of wanting and politeness around a number or an ordinal, the whole message; anything more
# ("the second one was about what?", "two types of HO?") is a message to read; "no one" is no pick.
CHOICE = re.compile(
    r"^(?!no one$)(?:(?:i want|i would like|id like|can i have|could i have|can i see|give me|show me|lets go with"
    r"|ill go with|ill take|i will take|go with|lets have|the|number|option|choice|no|num|question|pick|i pick"
    r"|i choose)\s+)*"
    r"(\d{1,3}|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|one|two|three|four|five|last)"
    r"(?:\s+(?:one|please|pls|plz|question|option|thanks|thank you|ta|then))*$"
)
_SIGNED_OR_DECIMAL = re.compile(r"\s*(?:[-+]\s*\d+(?:[.,]\d*)?|\d+[.,]\d+)\s*")
# The marks a clean choice may have besides its words: a "#" before the number, a ")" or "." after it as the lists
# show it, "?", "!", ",", ":" ("option: 2?"), "(2)" whole. Any other ("[2", "2]", "{2}", "2~", "<2>"), or a bracket
# left open, is the rest of a cut-off terminal code or of a marker, never a pick (see `choice`).
# An apostrophe is a word's ("i'd like the second one").
_CHOICE_MARKS = frozenset("#.)(!,?:'")


def _clean_choice_marks(clean: str) -> bool:
    """Whether a message's marks are those of a clean choice. An emoji beside it ("2 👍") is no mark."""
    marks = [char for char in clean if not char.isalnum() and not char.isspace() and not _is_emoji_part(char)]
    if not marks:
        return True
    if not _CHOICE_MARKS.issuperset(marks):
        return False
    opened, closed = clean.count("("), clean.count(")")
    if opened:
        return opened == closed == 1 and clean.index("(") < clean.index(")")
    return closed <= 1 and (not closed or clean.rstrip(" .!?").endswith(")"))


def _is_emoji_part(char: str) -> bool:
    """A pictograph, a skin tone, a variation selector or a joiner: never ASCII, never a bracket or a code's tail."""
    return not char.isascii() and (char == "\u200d" or unicodedata.category(char) in ("So", "Sk", "Mn", "Me"))


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "one": 1,
    "second": 2,
    "2nd": 2,
    "two": 2,
    "third": 3,
    "3rd": 3,
    "three": 3,
    "fourth": 4,
    "4th": 4,
    "four": 4,
    "fifth": 5,
    "5th": 5,
    "five": 5,
}
# "The last one": the last of those on offer, however many there are (`pick` counts them).
LAST = -1


def choice(bot: Bot, clean: str, folded: str) -> int | None:
    """The number a message picks from the list; 0 (no such choice) for "-1" or "2.5", whose sign or
    point folding drops; None if it picks nothing. A choice is typed clean ("2", "2.", "2)", "(2)", "option 2",
    "the second one"): a bracket left open or a mark cut off ("[2", "2]", "(2", "2~") is no choice."""
    if _SIGNED_OR_DECIMAL.fullmatch(clean):
        return 0
    # The pattern first: it fails at once on anything but a choice's few words, where the marks' check read every
    # character of a message (about 0.1 ms of a 60-word story); either failing gives None (speed24).
    found = CHOICE.match(folded)
    if not found or not _clean_choice_marks(clean):
        return None
    value = found.group(1)
    if value == "last":
        return LAST
    return _ORDINALS.get(value) or int(value)


def pick(session: Session, number: int) -> Reply:
    """The answer of the entry a number picks from those on offer, or the note that there is no such choice."""
    if number == LAST:
        number = len(session.memory.offered)  # none on offer: 0, no such choice
    if 1 <= number <= len(session.memory.offered):
        entry = session.bot.bank.by_id[session.memory.offered[number - 1].id]
        return answering.answer(session, entry, 100.0, frozenset())
    return answering.fallback(
        session, session.bot.bank.messages["no_such_choice"], [s.id for s in session.memory.offered]
    )


def tell_more(session: Session) -> Reply:
    """ "Tell me more": the first of the last answer's follow-ups not answered yet."""
    if session.memory.last_entry is None:
        return answering.fallback(session, session.bot.bank.messages["empty"], session.bot.bank.example_ids)
    follow_ups = session.bot.bank.follow_up_ids(session.memory.last_entry)
    for entry_id in follow_ups:
        if entry_id not in session.memory.answered and entry_id in session.bot.bank.by_id:
            return answering.answer(session, session.bot.bank.by_id[entry_id], 100.0, session.memory.context)
    return answering.fallback(session, session.bot.bank.messages["nothing_more"], follow_ups)
