"""A follow-up that only adds a circumstance ("what about at night", "and in winter") asks the last question again
in that circumstance; it is answered only by an entry read against that question (round 28, conv30)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.conversation import contrasts, message_readings
from chatbot.understanding.decision import SURE_SCORE, decide
from chatbot.understanding.message import is_question

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session

# Words that open a phrase of time, place or state after a follow-up opener: "what about at night", "and in
# winter", "what about during the day". English grammar, the same for every bank. Not "for" or "with", which name
# a thing ("what about for her temperature", "and with coffee?") that the follow-up reading may take as asked.
CIRCUMSTANCE_WORDS = frozenset("at in on during while when around throughout overnight".split())


def circumstance_named(session: Session, clean: str) -> list[str]:
    """The words a follow-up names after its opener and a word of circumstance ("what about at night" -> night),
    when that is all it says (no question of its own); else []."""
    bot = session.bot
    if not message_readings.names_after_follow_up_opener(bot, bot.analyzer.analyze(clean)):
        return []
    typed, rest = contrasts.first_clause_after_openers(bot, clean)
    if rest == typed or not rest or rest[0] not in CIRCUMSTANCE_WORDS or is_question(" ".join(rest)):
        return []
    return [word for word in rest[1:] if not contrasts.small_word(bot, word)]  # the circumstance, not its preposition


def weak_for_circumstance(session: Session, entry: FaqEntry, clean: str) -> bool:
    """True if the last subject's reading of a circumstance follow-up reached an entry that is not read against
    what was just answered: the entry's own question does not name the circumstance (fever's alternates say "at
    night", its question "Can HO cause a fever?" does not), and the last question asked again with the
    circumstance added does not reach it surely. "What about at night" after how HO is treated asks how it is
    treated at night, not whether HO gives a fever; the fallback, not a guess."""
    named = circumstance_named(session, clean)
    if not named or session.memory.last_entry is None:
        return False
    bot = session.bot
    if contrasts.titled_by(bot, entry, named):
        return False  # "what about on my scalp": scalp psoriasis' own question names the scalp
    last_asked = session.memory.last_asked or tuple(session.memory.last_entry.question.split())
    asked = bot.analyzer.analyze(" ".join((*last_asked, *named)))
    read = decide(bot.matcher.rank(asked.tokens, asked.concepts, lenient=False))
    sure = read.kind == "answer" and read.candidates[0].score >= SURE_SCORE
    return not (sure and read.candidates[0].entry.id == entry.id)
