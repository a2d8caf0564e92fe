"""A story's asking clause read alone, the story lending only its subject: the entry that explains the whole clause.

A long story before a short question drowns the question when the message is read whole: "I'm already on Coumadin for
my heart. Someone at the clinic said it might stop the extra bone forming too. Is that true?" leads the right entry
at 44 points, under the bar. The story path reads the clause with each of the story's subjects and keeps only an
answer that clears the ordinary bars. This reading is the last resort's: one reading a clause, chosen by what the
clause says (its own subject if it names one, else the story's most specific subject, else the main topic), answered
only when one entry explains all of the clause, clearly ahead, and the whole message's own leader is no weak guess.
Only in a bank of many phrasings an entry (the packaged one): a clinic's few phrasings are explained by too little.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import message_readings
from chatbot.understanding.decision import CLEAR_LEAD_SCORE, CLEAR_MARGIN, SURE_COVERAGE
from chatbot.understanding.message import without_denied
from chatbot.understanding.other_subject import RARE_ZIPF
from chatbot.understanding.text import fold, words

# A clause with one of these points at something the story named: read alone with a subject of its own, it loses it.
POINTING_BACK = frozenset("it its this that these those they them".split())

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.understanding.language import Analysis
    from chatbot.understanding.matcher import Candidate
    from chatbot.understanding.message import Message


def story_subject(bot: Bot, message: Message) -> tuple[str, ...]:
    """The story's most specific subject of the bank (what it denies left out), as a reading's extra subject."""
    analyzer = bot.analyzer
    named = {
        t
        for part in message.story
        for t in analyzer.analyze(without_denied(part, bot.denials)).tokens
        if t in analyzer.subjects and not t.isdigit()
    }
    return (max(sorted(named), key=bot.matcher.weight),) if named else ()


def story_names_other(bot: Bot, message: Message) -> bool:
    """Whether the story names a thing the bank never asks about: a word neither everyday nor common in English that
    none of the entries' questions says ("my mum has shingles"). What it denies is left out."""
    analyzer, asked = bot.analyzer, bot.matcher.question_tokens()
    return any(
        t not in asked and not analyzer.is_everyday(t) and analyzer.zipf(t) < RARE_ZIPF
        for part in message.story
        for t in analyzer.analyze(without_denied(part, bot.denials)).tokens
        if not t.isdigit()
    )


def clause_reading(bot: Bot, question: str, subject: tuple[str, ...], story_other: bool = False) -> list[Candidate]:
    """The ranking of one asking clause: with its own subject if it names one, else the story's, else the topic.
    `story_other`: the story names a thing the bank does not know (`story_names_other`)."""
    analysis = bot.analyzer.analyze(question)
    own = message_readings.own_subjects(bot, analysis)
    if (own or (not subject and story_other)) and not POINTING_BACK.isdisjoint(words(fold(question))):
        # "I'm booked in for a knee replacement. Could that give me HO?": "that" is the story's knee replacement,
        # which a reading of the clause alone with its own subject ("HO") leaves out: it would answer what HO is.
        # "how is it treated? my mum has shingles": with no subject of the bank in the story, "it" is the thing the
        # story names that the bank does not know; the main topic put in its place would answer how HO is treated.
        return []
    extra = () if own else subject or tuple(bot.default_subject)
    tokens = tuple(dict.fromkeys((*analysis.tokens, *extra)))
    return bot.matcher.rank(tokens, (*analysis.concepts, *extra)) if tokens else []


def asking_clause_lead(bot: Bot, analysis: Analysis, message: Message, about_health: bool) -> Candidate | None:
    """The entry that explains all of a story's asking clause (SURE_COVERAGE), CLEAR_MARGIN ahead there, when the
    message read whole leads at CLEAR_LEAD_SCORE or more. Of a message that asks several, the clause led highest.
    `about_health`: the message has a word of health and asks nothing of the bot ("location currently, where" asks a
    bare "where" that the topic's reading explains whole: not a question for the bank)."""
    if bot.matcher.lists_sparse_entries or not about_health or not message.story or not message.questions:
        # A clinic's entry of two or three phrasings explains a short clause on one shared word ("... months after the
        # sprain, why": how sprains happen): all of a clause is evidence only among many phrasings an entry.
        return None
    subject = story_subject(bot, message)
    # The clause whose reading leads highest is what is asked; only its leader is weighed.
    other = story_names_other(bot, message)
    rankings = [
        ranking for question in message.questions if (ranking := clause_reading(bot, question, subject, other))
    ]
    if not rankings:
        return None
    ranking = max(rankings, key=lambda found: found[0].score)
    top = ranking[0]
    margin = top.score - (ranking[1].score if len(ranking) > 1 else 0.0)
    if top.asks_more or top.score < CLEAR_LEAD_SCORE or top.coverage < SURE_COVERAGE or margin < CLEAR_MARGIN:
        return None
    # The message read whole last: few clauses get this far, and a long story's ranking costs most.
    whole = bot.matcher.rank(analysis.tokens, analysis.concepts, limit=1)
    return top if whole and whole[0].score >= CLEAR_LEAD_SCORE else None
