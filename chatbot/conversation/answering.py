"""Building replies: an entry's answer (remembered as the conversation's subject), the fallback, and the
fallback worded for the case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.conversation import message_readings
from chatbot.conversation.message_readings import MAX_SLIP_READING_WORDS, THIRD_PERSONS
from chatbot.reply import Reply
from chatbot.understanding.decision import Decision
from chatbot.understanding.language import Analysis
from chatbot.understanding.message import is_question

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session

# A message this short that opens with a follow-up word ("and for kids?") goes on with the last answer's topic.
SHORT_FOLLOW_UP_WORDS = 4


def answer_decided(
    session: Session, analysis: Analysis, decision: Decision, prefix: str = "", via: str = "direct"
) -> Reply:
    """The answer of a decision's leader, read in the message's context; the other candidates it kept come
    first among the follow-ups."""
    top, *rivals = decision.candidates
    context = message_readings.context_of(session.bot, analysis, top.entry)
    return answer(session, top.entry, top.score, context, prefix, via=via, first=tuple(c.entry.id for c in rivals))


def answer(
    session: Session,
    entry: FaqEntry,
    score: float,
    context: frozenset[str],
    prefix: str = "",
    via: str = "direct",
    first: tuple[str, ...] = (),
) -> Reply:
    """An entry's answer; the entry becomes what the conversation is about (its subject, the follow-ups on offer)."""
    reply = session.bot.answer_reply(entry, score, prefix=prefix, first=first)._replace(via=via)
    session.memory.told_of_person = any(
        word in THIRD_PERSONS or word in session.bot.analyzer.person_nouns for word in session.current.asked
    )
    short = len(session.current.asked) <= MAX_SLIP_READING_WORDS
    asked_whole = via != "follow-up" or (
        bool(session.current.contrast_asked) and session.current.asked == session.current.contrast_asked
    )
    session.memory.last_asked = session.current.asked if asked_whole and short else ()
    if not context:  # picked by number: the entry's own question is the topic
        context = message_readings.context_of(session.bot, session.bot.analyzer.analyze(entry.question), entry)
    session.memory.last_entry = entry
    session.memory.context = frozenset(context)
    session.memory.offered = reply.suggestions
    # Only the recent answers matter for "tell me more"; keep the list short.
    session.memory.answered = [*session.memory.answered[-20:], entry.id]
    return reply


def fallback(session: Session, text: str, suggestion_ids) -> Reply:
    """A reply that answers nothing, with these entries on offer (the offer stays as it was when there are none)."""
    suggestions = session.bot.suggestions_for(suggestion_ids)
    if suggestions:
        session.memory.offered = suggestions
    return Reply(kind="fallback", text=text, suggestions=suggestions)


def not_answered(session: Session, analysis: Analysis, prefix: str, clean: str) -> Reply:
    """Fallback worded for the case: not about HO at all, or medical but not in the article."""
    messages = session.bot.bank.messages
    if session.bot.unanswered_log is not None and not session.current.quiet and not session.current.unlogged:
        session.bot.unanswered_log.record(clean)
    # "Can kids get it?", "will it go away by itself?" ask about the topic in words the bank does not have: it
    # is not covered, not off the topic ("I did not find a question about HO in that" would be untrue). Read
    # from the message alone, so a question gets the same fallback fresh and mid-conversation.
    about_the_topic = message_readings.asks_about_the_topic(session.bot, analysis)
    # "and for kids?", "what about grade 5?" right after an answer go on with its topic, as short as they are
    # ("and the weather?" too then gets the true "my information does not cover that"), and so does one that
    # opens so and points back ("what about kids, can they get it"). Only these lean on the turn: they say so.
    about_the_topic = about_the_topic or (
        session.memory.last_entry is not None
        and (len(analysis.words) <= SHORT_FOLLOW_UP_WORDS or bool(message_readings.pronouns_in(session.bot, analysis)))
        and message_readings.opens_as_follow_up(session.bot, analysis, alone_too=False)
        and not message_readings.addresses_bot(session.bot, analysis)
    )
    # "how should they be taken?" right after the answer on a medicine points back at it in the bank's own
    # words: no entry says how, but it is not off the topic (walkthrough 18).
    about_the_topic = about_the_topic or message_readings.points_back_in_bank_words(session, analysis)
    if message_readings.is_about_health(session.bot, analysis) or (about_the_topic and is_question(clean)):
        return fallback(session, prefix + messages["not_covered"], ())
    return fallback(session, prefix + messages["off_topic"], session.bot.bank.example_ids)
