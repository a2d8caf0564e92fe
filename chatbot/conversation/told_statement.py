"""A message that only tells and asks nothing, about something the bank holds, gets a kind reply and the entries that
fit it to pick from, not the fallback (round 29, clinicstory31).

People often write what is happening and leave the question unsaid: "my mask keeps leaking and hissing", "cough worse
lying down at night", "white patches in my mouth after using my preventer". No question was split out, so no reading
may answer it (what they want to know is a guess), but "my information does not cover that" is untrue when the
bank's entries share much of what was told. `stories.story_only` already gave such a reply to a story that names one
of the bank's own subjects; this reading gives it to any told message about health that the bank's entries reach.

Not to a story about something else (an animal, a condition the bank does not know, in a bank of many phrasings an
entry a part of the body and its ordinary complaint: `story_subject.story_owns_subject`): the bank's entries would
suggest its topic where the message never named it, and the fallback is right. Nor to a message that tells of no one
("symptoms of a heart attack in women", "book me a taxi to the hospital for 3pm"): a search-box string or a request is
no story, and entries offered after it pointed at the wrong topic (the lead, round 29); nor to a request, whatever it
asks for ("I need to know the credit limit", "show me a hotel with good reviews", `ServiceRequests.opens_as_a_request`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import message_readings
from chatbot.conversation.stories import offered_ids
from chatbot.understanding.message import names_a_teller
from chatbot.understanding.story_subject import story_owns_subject

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.understanding.language import Analysis
    from chatbot.understanding.message import Message


def statement_ranking(bot: Bot, analysis: Analysis, message: Message) -> list | None:
    """The bank's ranking of a message that only tells (see the module's note), when entries share enough of it to
    offer; None when it asks something, tells of no one, is a request, is not about health, speaks to the bot, tells
    of another subject, or no entry shares enough of it (the share and number `stories.story_only` offers by)."""
    if message.questions or not message.story:
        return None
    if not names_a_teller(message.story):
        return None  # a search-box string, not a story: the fallback, not "thank you for telling me"
    if any(bot.requests.opens_as_a_request(part) for part in message.story):
        return None  # "I need to know my credit limit", "show me a hotel": a request, not a telling
    if not message_readings.is_about_health(bot, analysis) or message_readings.addresses_bot(bot, analysis):
        return None
    if story_owns_subject(bot, message.story) is not None:
        return None
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    return ranking if offered_ids(ranking) else None


def entries_for_statement(bot: Bot, analysis: Analysis, message: Message) -> list[str]:
    """The ids of the entries offered after a message that only tells; [] when `statement_ranking` offers none."""
    ranking = statement_ranking(bot, analysis, message)
    return offered_ids(ranking) if ranking else []
