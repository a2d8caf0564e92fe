"""A short question right after a choice, read as one of the entries the choice offered.

When the bot is not sure what a message asks, it offers a few close entries to pick by number. People often do not
type the number: they ask again in a few words ("is there anything that helps it?" under a choice of what tinnitus
is and what helps it). Alone such a question names nothing, so it falls back or gets a choice of its own; right
after the choice, the list the person is looking at says what it is about.

Only the entries just offered compete, as for the follow-ups shown under an answer (`offered_follow_up`), and only
when every other reading has failed, so a message answered fresh is answered the same mid-conversation. A message
that gets a choice alone is answered only with one of its own choices: the conversation narrows that choice, it
never turns the question into another answer (docs/how-it-decides.md, round 24, conv26).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import message_readings
from chatbot.conversation.offered_follow_up import speaks_of_something_else
from chatbot.understanding.decision import Decision, decide
from chatbot.understanding.message import is_question

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session
    from chatbot.understanding.language import Analysis


def offered_choice_taken(session: Session, analysis: Analysis, clean: str, decision: Decision):
    """The one entry of the choice just shown that this short question asks for in words, or None when the last
    reply was no choice, the message could be about something else, or no offered entry clearly leads.

    `decision`: the message read alone (a choice or the fallback)."""
    offered = just_offered(session)
    if not offered or not analysis.tokens:
        return None
    if len(analysis.words) > message_readings.MAX_LEANING_WORDS or not is_question(clean):
        return None
    if speaks_of_something_else(session, analysis):
        return None
    if decision.kind == "clarify":
        # Its own choices, narrowed by the conversation to the one the bot offered too: never another entry.
        offered &= {candidate.entry.id for candidate in decision.candidates}
        if not offered:
            return None
    elif decision.kind != "fallback":
        return None
    bot = session.bot
    context = shared_words(session, offered)
    if not all(bot.matcher.knows(token) for token in analysis.tokens):
        # `choice_says_what_is_asked` says no to a word the bank never uses whatever entry leads: asked first, it
        # spares a ranking of the whole bank; it only reads the bank's index (round 25, speed27).
        return None
    ranking = bot.matcher.rank(
        analysis.tokens, analysis.concepts, limit=len(bot.bank.entries), context=context, lenient=False
    )
    read = decide([candidate for candidate in ranking if candidate.entry.id in offered])
    if read.kind != "answer":
        return None
    found = read.candidates[0]
    if not choice_says_what_is_asked(session, analysis, found.entry, offered):
        return None
    return found


def choice_says_what_is_asked(session: Session, analysis: Analysis, entry, offered: set[str]) -> bool:
    """True if the bank knows every word the message asks with, and the message says a word the entry's questions
    say and no other offered entry's does: "is there anything that helps it" says helping, which only the entry on
    what helps tinnitus asks of. The choice says what it is about, so that word need not be the bank's own; but an
    everyday word in a question that does not point back ("is walking ok") may be what it is about, and is left to
    the fresh reading."""
    bot = session.bot
    if not all(bot.matcher.knows(token) for token in analysis.tokens):
        return False
    bank_words = message_readings.bank_words_in(bot, analysis)
    everyday = {t for t in analysis.tokens if bot.analyzer.is_everyday(t)} - bank_words
    if everyday and not message_readings.pronouns_in(bot, analysis):
        return False
    others = offered - {entry.id}

    def sets_apart(token: str) -> bool:
        saying = {covering.id for covering in bot.matcher.entries_covering({token})}
        return entry.id in saying and not saying & others

    return any(sets_apart(token) for token in analysis.tokens)


def just_offered(session: Session) -> set[str]:
    """The entries of the choice the bot gave as its last reply and still has on offer; empty after anything else
    (an answer's follow-ups are `offered_follow_up`'s, a fallback's examples say nothing of the message)."""
    last = session.memory.last_reply
    if last is None or last.kind != "clarify" or not last.suggestions:
        return set()
    if tuple(suggestion.id for suggestion in session.memory.offered) != tuple(s.id for s in last.suggestions):
        return set()
    return {suggestion.id for suggestion in last.suggestions}


def shared_words(session: Session, offered: set[str]) -> tuple[str, ...]:
    """The words every offered entry's question says that are not everyday English ("tinnitus" for what tinnitus
    is and what helps it): what the choice was about, taken from the bank, not from what the person typed."""
    analyzer = session.bot.analyzer
    by_id = session.bot.bank.by_id
    said = [set(analyzer.analyze(by_id[entry_id].question, fix_typos=False).tokens) for entry_id in offered]
    common = set.intersection(*said) if said else set()
    return tuple(
        sorted(t for t in common if not analyzer.is_everyday(t) and not analyzer.is_aspect(t) and not t.isdigit())
    )
