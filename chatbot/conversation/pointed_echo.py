"""A question in everyday words with a pronoun, right after an answer, that asks an entry's own phrasing with the
pronoun standing for the very thing that phrasing names, and the answer just given is about that thing.

Read alone, "how do I use it properly?" is not taken as the hay fever bank's "How do I use a nasal spray properly?":
the "it" may be the eye drops just asked about, and the phrasing names a spray the patient never typed (the own
phrasing guard, `whole_message.whole_message_decision`). Right after the answer on steroid nasal sprays, the "it"
points at a spray: the thing the phrasing names is one the last answer's own questions name, so the phrasing is what
is asked (round 25, conv27; docs/how-it-decides.md). A message with a pronoun is no complete question, so a fresh
session's reply (the fallback) may differ; a complete question never reaches this reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import message_readings
from chatbot.understanding.language import Analysis
from chatbot.understanding.message import Message
from chatbot.understanding.own_phrasing import echoed_leader

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session


def echo_of_thing_pointed_at(session: Session, analysis: Analysis, message: Message):
    """The leader a pronoun's message echoes (`own_phrasing.echoed_leader`) when the thing its phrasings name and
    the message does not (its subject words) is named by the questions of the answer just given; else None.

    Only where the own-phrasing reading would have run but for the pronoun: one question, no story, in everyday
    words (`whole_message.whole_message_decision`); and never the answer just given again."""
    bot = session.bot
    last = session.memory.last_entry
    if last is None or not session.memory.answered_just_now:
        return None
    if message.story or len(message.questions) != 1 or not message_readings.pronouns_in(bot, analysis):
        return None
    if message_readings.is_about_health(bot, analysis) or bot.analyzer.name_parts.intersection(analysis.tokens):
        return None
    echoed = echoed_leader(bot.matcher, bot.analyzer, analysis)
    if echoed is None or echoed.entry.id == last.id:
        return None
    # What the echoed phrasing names that the patient did not type: what the pronoun must stand for.
    thing = bot.matcher.subject_words(echoed.entry) - set(analysis.tokens)
    named_before = frozenset().union(*bot.matcher.phrasing_concepts(last))
    return echoed if thing and thing <= named_before else None
