"""A short question with no subject of its own, right after an answer, read as one of the follow-ups shown under it.

Under every answer the bot lists a few related questions to pick by number (the entry's own `related` in the bank's
data). A person often asks one of them in their own words instead: "would a brace help?" under the carpal tunnel
answer on pregnancy, "does it mess with your mood?" under the isotretinoin answer. Alone such a question names
nothing, so fresh it falls back (an everyday question is never answered from the bank on its own); right after the
answer, the list the person is looking at says what it is about.

Round 22 (conv24) tried the same reading against the whole bank and dropped it: "what should i eat" after the
tonsillectomy pain answer reached eating before the operation. Here only the entries just offered compete, so the
reading can only land where the bank's editors said the conversation goes next. It still has to clear the usual bar
(`decide` over those entries, with the last answer's subject added), and it runs only once every other reading has
failed, so a message answered fresh is answered the same mid-conversation (docs/how-it-decides.md, round 23, conv25).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import message_readings
from chatbot.understanding.decision import Decision, decide
from chatbot.understanding.message import is_question

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session
    from chatbot.understanding.language import Analysis


def offered_follow_up(session: Session, analysis: Analysis, clean: str, decision: Decision):
    """The one follow-up shown under the last answer that this short, subject-less question asks, read with that
    answer's subject; None when the message could be about something else or no offered entry clearly leads.

    `decision`: the message read alone; only a message that falls back alone is read so."""
    last = session.memory.last_entry
    if decision.kind != "fallback":
        # A message that gets a choice alone gets the same choice mid-conversation ("which meds work 4 it" after
        # the source answer; tests/test_conversation_invariance.py).
        return None
    if last is None or not session.memory.answered_just_now or not analysis.tokens:
        return None
    offered = related_to(session, last)
    if not offered:
        return None
    if len(analysis.words) > message_readings.MAX_LEANING_WORDS or not is_question(clean):
        return None
    bot = session.bot
    if speaks_of_something_else(session, analysis):
        return None
    if not all(bot.matcher.knows(token) for token in analysis.tokens):
        # `says_what_is_asked` says no to a word the bank never uses whatever entry leads: asked first, it spares a
        # ranking of the whole bank ("what is lupus?" after an answer). It only reads the bank's index, so the
        # reading is the same (round 25, speed27).
        return None
    context = tuple(sorted(t for t in session.memory.context if not t.isdigit()))
    ranking = bot.matcher.rank(
        analysis.tokens, analysis.concepts, limit=len(bot.bank.entries), context=context, lenient=False
    )
    # Only what was just offered competes: a rival elsewhere in the bank is not what the person is looking at.
    read = decide([candidate for candidate in ranking if candidate.entry.id in offered])
    if read.kind != "answer":
        return None
    found = read.candidates[0]
    if not says_what_is_asked(session, analysis, found.entry):
        return None
    return found


def related_to(session: Session, last) -> set[str]:
    """The entries the bank's data ties to the last answer: those shown under it, its own related ones, and those
    that list it as related."""
    tied = {suggestion.id for suggestion in session.memory.offered} | set(last.related)
    tied |= {entry.id for entry in session.bot.bank.entries if last.id in entry.related}
    tied.discard(last.id)
    return tied


def speaks_of_something_else(session: Session, analysis: Analysis) -> bool:
    """True if the message names a subject of its own or asks of the bot ("what is your age again"): then it is
    not one of the follow-ups asked in other words."""
    bot = session.bot
    return bool(
        message_readings.requests_of_bot(bot, analysis, " ".join(analysis.words))
        or message_readings.addresses_bot(bot, analysis)
        or message_readings.asks_about_addressee(bot, analysis)
        or any(word in message_readings.ADDRESSEE_POSSESSIVES or word in bot.addressee_words for word in analysis.words)
    )


def says_what_is_asked(session: Session, analysis: Analysis, entry) -> bool:
    """True if the bank knows every word the message asks with, and the entry's questions use each bank word it
    brings (not only what one of English's commonest words brings): "is there a holiday this month" asks with a word
    the bank never says, which may be what is asked; "what time is it?" brings nothing of the bank."""
    bot = session.bot
    if not all(bot.matcher.knows(token) for token in analysis.tokens):
        return False
    bank_words = message_readings.bank_words_in(bot, analysis)  # once: the set is the same for every token
    brought = {t for t in analysis.tokens if t in bank_words or bot.analyzer.is_aspect(t)} - (
        message_readings.common_word_tokens(bot, analysis)
    )
    if not brought:
        return False
    everyday = {t for t in analysis.tokens if bot.analyzer.is_everyday(t)} - bank_words
    if everyday and not message_readings.pronouns_in(bot, analysis):
        # "how do i get better at go" (CLINC150, after the carpal tunnel answer on pregnancy): an everyday word in a
        # question that does not point back may be what it is about; "can i drive after taking it?" points back.
        return False
    return entry.id in {covering.id for covering in bot.matcher.entries_covering(brought)}
