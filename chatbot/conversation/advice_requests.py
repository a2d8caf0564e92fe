"""A request for personal advice: refused, with the bank's clear answer to its general form when one entry
is written for everyone ("what can I take for a migraine?"), and a real-word slip ("what dose HO look like")
read as the question it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.conversation import answering, matching, message_readings
from chatbot.conversation.message_readings import MAX_SLIP_READING_WORDS
from chatbot.conversation.stories import offered_ids
from chatbot.reply import Reply
from chatbot.understanding.decision import DECIDING_COVERAGE, decide
from chatbot.understanding.language import Analysis

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# A request for advice answered by the entry for its general form ("can I use a straw?") needs a clear match: a
# score at least this (the answer line is lower), since a near miss would answer a request no entry was written for.
GENERAL_FORM_MIN_SCORE = 65.0
# Someone other than the writer: with a treatment named, the request is about their treatment (or giving it).
_OTHER_PERSONS = frozenset("he hes him his she shes her hers".split())


def advice_slip_reading(session: Session, analysis: Analysis, prefix: str) -> Reply | None:
    """The answer to a question whose advice words were a real-word slip: "what dose HO look like".

    "Dose" for "does" is read so only as a question's auxiliary: the word after it is a pronoun for a thing
    or the bank's main topic, and a verb follows ("what dose it look like"). "What dose of ibuprofen" and
    "what dose ibuprofen" keep their dose reading and get the refusal. The mended message must ask for
    no advice itself.
    """
    typed = analysis.words
    if len(typed) > MAX_SLIP_READING_WORDS:
        return None
    for reading in session.bot.analyzer.real_word_readings(typed):
        if not message_readings.auxiliary_slip(session.bot, typed, reading):
            continue
        text = " ".join(reading)
        if session.bot.advice.asks_for_advice(text):
            continue
        # An auxiliary, its subject and a verb: the slip is plain, and the mended question is read as any
        # other (answered, a choice, or the fallback), never refused as a dose request.
        return matching.match(session, session.bot.analyzer.analyze(text), prefix, text)
    return None


def general_answer(session: Session, analysis: Analysis, advice: str) -> Reply | None:
    """The bank's clear answer to a request for advice that only asks what can be taken or done ("what can I
    take for a migraine?", "shingles when pregnant, what do I do?"), after the personal-advice note.

    The message read whole must name the bank's own subject ("migraine", "piles"), have no number ("can I
    take 2 now?"; a digit read as a word, "4 a migraine", is none), and reach one entry clearly: "my baby
    has nappy rash, what cream can I use?" is no question about piles. Otherwise None: it is refused.
    """
    analyzer = session.bot.analyzer
    if any(word.isdigit() for word in analysis.words):
        return None
    if not any(
        t in analyzer.main_topic or analyzer.is_topic_word(t)
        for t in message_readings.own_subjects(session.bot, analysis)
    ):
        return None
    decision = decide(session.bot.matcher.rank(analysis.tokens, analysis.concepts, min_coverage=DECIDING_COVERAGE))
    if decision.kind != "answer":
        return None
    return answering.answer_decided(session, analysis, decision, advice)


def own_kind_answer(session: Session, analysis: Analysis, advice: str, clean: str) -> Reply | None:
    """The answer, after the personal-advice note, of the entry that clearly answers a request and is itself
    worded as one ("What should I do if someone has a seizure?"); None when no such entry answers it."""
    if any(word.isdigit() for word in analysis.words):
        return None
    # "Forgot tablets again whoops": a word the bank does not know and no health word ("whoops") tells nothing.
    matcher = session.bot.matcher
    known = tuple(t for t in analysis.tokens if matcher.knows(t) or session.bot.analyzer.is_topic_word(t))
    decision = decide(matcher.rank(known, analysis.concepts, min_coverage=DECIDING_COVERAGE))
    if decision.kind == "answer" and is_its_own_kind(session.bot, analysis, decision.candidates[0].entry):
        return answering.answer_decided(session, analysis, decision, advice)
    # The whole reading of a message (a story, a slip, the bank's topic for "it") may find it too.
    reply = matching.match(session, analysis, advice, clean)
    if reply.kind == "answer" and is_its_own_kind(session.bot, analysis, session.bot.bank.by_id[reply.id]):
        return reply
    return None


def general_form_answer(session: Session, analysis: Analysis, advice: str, clean: str) -> Reply | None:
    """The answer, after the personal-advice note, of the entry that clearly answers a request's general form
    ("can I use a straw?"), read as any question on its own (never as a follow-up of the last answer); None
    when no entry clearly answers it, or the message names a health matter the entry does not ("breastfeeding,
    can I use a nose spray?" is no question for the entry on using sprays)."""
    if any(word.isdigit() for word in analysis.words):
        return None
    told = list(analysis.words)  # "pls" is read as "please" already
    while told and told[0] in session.bot.request_markers:
        del told[0]
    if len(told) > 1 and told[1] in session.bot.command_objects:
        return None  # "please send me a prescription", "book me in": the bot asked to act, no general question
    if session.bot.advice.treatments_named(clean) and any(
        word in session.bot.analyzer.person_nouns or word in _OTHER_PERSONS for word in analysis.words
    ):
        return None  # "can I take my mum's tramadol?", "can I give him the cream?": someone else's treatment
    reply = matching.match(session, analysis, advice, clean)
    if reply.kind != "answer" or reply.via in ("follow-up", "circumstance"):
        return None
    if reply.score is None or reply.score < GENERAL_FORM_MIN_SCORE:
        return None  # clearly, not just over the answer line: the request itself goes unanswered otherwise
    return reply if names_nothing_else(session.bot, analysis, session.bot.bank.by_id[reply.id]) else None


def while_on_treatment_answer(
    session: Session, analysis: Analysis, advice: str, clean: str, asked: tuple[str, ...], treatment: str
) -> Reply | None:
    """The answer, after the personal-advice note, of the entry that clearly answers what a person asks to have or
    do while on a treatment ("can I have a pint on apixaban?": the entry on alcohol with the medicine), read as any
    question on its own. The entry's own wording must name what is asked (`asked`: "pint" is alcohol), and it must
    speak, in its wording or its answer, of every health matter the message names, and of the treatment by one of its
    names (an entry on "a blood thinner" speaks of apixaban, which is read as a blood thinner and a DOAC); None
    otherwise: the request is refused as before."""
    if any(word.isdigit() for word in analysis.words):
        return None
    reply = matching.match(session, analysis, advice, clean)
    if reply.kind != "answer" or reply.via in ("follow-up", "circumstance"):
        return None
    if reply.score is None or reply.score < GENERAL_FORM_MIN_SCORE:
        return None
    entry = session.bot.bank.by_id[reply.id]
    analyzer = session.bot.analyzer
    own = _tokens_of(session.bot, (entry.question, *entry.alternates))
    if not set(analyzer.analyze(" ".join(asked)).tokens) <= own:
        return None  # "can I have a pint ...?" answered by an entry that never speaks of drink
    spoken = own | _tokens_of(session.bot, (entry.answer,))
    named = set(analyzer.analyze(treatment).tokens)
    if named and named.isdisjoint(spoken):
        return None
    rest = (t for t in analysis.tokens if t not in named and analyzer.is_topic_word(t))
    return reply if all(t in spoken or t in analyzer.main_topic for t in rest) else None


def _tokens_of(bot: Bot, texts) -> set[str]:
    return {t for text in texts for t in bot.analyzer.analyze(text).tokens}


def names_nothing_else(bot: Bot, analysis: Analysis, entry: FaqEntry) -> bool:
    """Every health word of the message (beyond the bank's main topic) is in the entry's own wording."""
    analyzer = bot.analyzer
    own = {t for phrasing in (entry.question, *entry.alternates) for t in analyzer.analyze(phrasing).tokens}
    return all(t in own or t in analyzer.main_topic for t in analysis.tokens if analyzer.is_topic_word(t))


def is_its_own_kind(bot: Bot, analysis: Analysis, entry: FaqEntry) -> bool:
    """The entry is worded as a request itself, and the message names no health matter the entry does not
    ("what pain relief can I take for my sore knee" is not the cystoscopy bank's question on pain relief)."""
    if not bot.advice.entry_answers_requests(entry):
        return False
    analyzer = bot.analyzer
    own = {t for phrasing in (entry.question, *entry.alternates) for t in analyzer.analyze(phrasing).tokens}
    if not all(t in own or t in analyzer.main_topic for t in analysis.tokens if analyzer.is_topic_word(t)):
        return False
    # Beyond the words that ask ("what do I need to buy": "need", "buy"), the message must name a health matter
    # or share a word of the bank's own with the entry ("if my son has a fit").
    if message_readings.is_about_health(bot, analysis):
        return True
    asking = set(analyzer.analyze(" ".join(bot.advice.request_words(" ".join(analysis.words)))).tokens)
    return any(t in own and not analyzer.is_everyday(t) for t in set(analysis.tokens) - asking)


def personal_advice(session: Session, analysis: Analysis, prefix: str) -> Reply:
    """The refusal of a request for personal advice, with the general questions that share enough of it to pick from."""
    ranking = session.bot.matcher.rank(analysis.tokens, analysis.concepts)
    return answering.fallback(session, prefix + session.bot.bank.messages["personal_advice"], offered_ids(ranking))
