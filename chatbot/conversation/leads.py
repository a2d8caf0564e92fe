"""A clinic's leader of the message read whole, answered when other evidence speaks for it (trusted,
agreeing, named, close, a choice's first entry, one sure question): the session's side of
`understanding.leader_evidence`, `second_reading`, `close_lead`, `choice_lead` and `sure_question`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import message_readings
from chatbot.understanding.choice_lead import choice_lead
from chatbot.understanding.close_lead import close_lead
from chatbot.understanding.decision import DECIDING_COVERAGE
from chatbot.understanding.health_evidence import names_health
from chatbot.understanding.language import Analysis
from chatbot.understanding.leader_evidence import trusted_lead
from chatbot.understanding.message import Message, is_question
from chatbot.understanding.own_word import OWN_WORD_COVERAGE, may_have_own_word
from chatbot.understanding.second_reading import agreeing_lead, named_lead
from chatbot.understanding.sure_question import points_back, says_own_thing, sure_clinic_lead
from chatbot.understanding.unsure_choice import CHOICE_COVERAGE, names_topic_rarely

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot


def trusted_lead_of_message(bot: Bot, analysis: Analysis, message: Message, about_health: bool, asked, told=None):
    """The clinic's leader of the message read whole, trusted on its evidence (`understanding.leader_evidence`)."""
    question = bot.analyzer.analyze(message.questions[-1]) if message.questions else analysis
    return trusted_lead(
        bot.matcher, bot.analyzer, analysis.tokens, analysis.concepts, question.concepts, about_health, asked, told
    )


def agreeing_lead_of_message(bot: Bot, analysis: Analysis, message: Message, about_health: bool, asked):
    """The clinic's leader of the message read whole, when the second reading agrees (`second_reading`). After a
    story, never when a question asks in no word the bot reads (the story's words alone would decide)."""
    if asked is not None and not all(asked):
        return None
    if not about_health or not bot.matcher.lists_sparse_entries:
        # The first bars of `agreeing_lead` (`late_lead.sparse_leader_is_clear`), met by no ranking: checked before
        # one is made, as `leader_evidence.trusted_lead` does (every question of the packaged bank ranked for none).
        return None
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    told = story_tokens(bot, message, asked)
    return agreeing_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, about_health, asked, told)


def named_lead_of_message(bot: Bot, analysis: Analysis, message: Message, about_health: bool, asked):
    """The clinic's leader of the message read whole by the second reading's wider gate, for a message that
    names health itself (`second_reading.named_lead`). After a story, as `agreeing_lead_of_message`."""
    if asked is not None and not all(asked):
        return None
    named = names_health(bot.analyzer, analysis.words, analysis.tokens)
    if not named or not about_health or not bot.matcher.lists_sparse_entries:
        # The first bars of `named_lead` (and of `late_lead.sparse_leader_is_clear`), met by no ranking: checked
        # before one is made, as `agreeing_lead_of_message` does (round 25, speed27: every fallback of the packaged
        # bank ranked for none). The story is still read as it was, so the readings after it see the same.
        story_tokens(bot, message, asked)
        return None
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    told = story_tokens(bot, message, asked)
    return named_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, about_health, named, asked, told)


def close_lead_of_message(bot: Bot, analysis: Analysis, message: Message, about_health: bool):
    """The clinic's leader of a one-question message with no story, only the ordinary margin ahead, when several
    kinds of evidence agree on it (`understanding.close_lead`)."""
    if message.story or len(message.questions) > 1 or not about_health or not bot.matcher.lists_sparse_entries:
        return None
    named = names_health(bot.analyzer, analysis.words, analysis.tokens)
    if not named:
        return None
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    return close_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, analysis.concepts, about_health, named)


def story_tokens(bot: Bot, message: Message, asked):
    """The tokens of each story sentence around a message's questions (`asked`: theirs), for the guards that count
    only what the question asks (`late_lead.words_left_asked`); None without a story."""
    if asked is None or not message.story or not bot.matcher.lists_sparse_entries:
        return None  # no story, or a bank no clinic lead answers (the packaged bank): nothing to read
    return [bot.analyzer.analyze(part).tokens for part in message.story]


def choice_lead_holds(bot: Bot, analysis: Analysis, message: Message, ranking, offered) -> bool:
    """True if a clinic's choice is better answered by its first entry (see `understanding.choice_lead`)."""
    analyze = bot.analyzer.analyze
    questions = [analyze(question).tokens for question in message.questions] if message.story else []
    judging = bot.judging_tokens | bot.matcher.definition_tokens
    found = choice_lead(bot.analyzer, bot.matcher, ranking, offered, analysis.tokens, questions, judging)
    return found is not None


def sure_question_of_message(bot: Bot, analysis: Analysis, message: Message):
    """The clinic's entry that one question of a message of several parts reaches surely on its own (or with the
    clinic's topic for "it", when the question names a thing of its own), when the whole message (`analysis`)
    read at once leads with that entry too; else None (see `understanding.sure_question`)."""
    if not bot.matcher.lists_sparse_entries or len(message.questions) + len(message.story) < 2:
        return None
    if not message_readings.is_about_health(bot, analysis):
        return None
    analyzer = bot.analyzer
    subject = bot.default_subject
    found = []
    for question in message.questions:
        if not is_question(question):
            continue
        asked = analyzer.analyze(question)
        if not asked.tokens or points_back(asked.words):
            continue
        readings = [(asked.tokens, asked.concepts, True)]
        if (
            subject
            and says_own_thing(analyzer, asked.tokens)
            and not any(analyzer.is_topic_word(t) for t in message_readings.own_subjects(bot, asked))
        ):
            readings.append((tuple(dict.fromkeys((*asked.tokens, *subject))), (*asked.concepts, *subject), False))
        for tokens, concepts, lenient in readings:
            ranking = bot.matcher.rank(tokens, concepts, lenient=lenient, min_coverage=DECIDING_COVERAGE)
            if sure_clinic_lead(ranking):
                found.append(ranking[0])
    if not found or len({c.entry.id for c in found}) > 1:
        return None  # two questions that reach two entries: the second is no less asked than the first
    leader = bot.matcher.rank(analysis.tokens, analysis.concepts, limit=1)
    if not leader or leader[0].entry.id != found[0].entry.id:
        return None  # the story tells more than circumstances: it points elsewhere
    if message.story:
        # "... my son has asthma. Can I go back to football?": a health matter the clinic never names may be what
        # the question is about.
        told = analyzer.analyze(" ".join(message.story)).tokens
        if any(analyzer.is_about_health(t) and not bot.matcher.knows(t) for t in told):
            return None
    return max(found, key=lambda c: c.score)


def last_resort_ranking(bot: Bot, analysis: Analysis) -> list:
    """The message read whole, for the readings tried when nothing else answers (a clinic entry's own rare word, a
    choice of close entries): only for a message about health that holds such a word or names the clinic's topic,
    and only entries that explain enough of it to be answered or offered."""
    tokens = analysis.tokens
    if not bot.matcher.lists_sparse_entries:
        return []  # both readings answer or offer only a clinic's entries (a few phrasings each)
    if not message_readings.is_about_health(bot, analysis) or not (
        may_have_own_word(bot.analyzer, bot.matcher, tokens)
        or names_topic_rarely(bot.analyzer, tokens, bot.default_subject)
    ):
        return []
    return bot.matcher.rank(tokens, analysis.concepts, min_coverage=min(OWN_WORD_COVERAGE, CHOICE_COVERAGE))
