"""When no reading of a message answered: a clinic's leads tried in order (one question sure on its own, a rare
word of its own, no subject, a late lead, the last question asked again, a choice's first entry, a trusted, agreeing,
named or close leader, the packaged bank's dense lead, story agreement and first alternative), then the close
entries to pick from, or the fallback.

`matching.match_readings` ends here, once every reading of the message (a follow-up, the whole message, the topic for
"it", a slip, a story, each question alone) has left it unanswered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import (
    answering,
    circumstance_follow_up,
    follow_ups,
    leads,
    message_readings,
    stories,
    told_statement,
)
from chatbot.conversation.offered_choice import offered_choice_taken
from chatbot.conversation.offered_follow_up import offered_follow_up
from chatbot.reply import Reply, Suggestion
from chatbot.understanding.decision import ANSWER_SCORE, Decision
from chatbot.understanding.dense_lead import dense_lead_of_message
from chatbot.understanding.first_alternative import first_alternative_lead
from chatbot.understanding.late_lead import late_lead
from chatbot.understanding.no_subject import dense_no_subject_lead, no_subject_lead
from chatbot.understanding.own_word import own_word_lead
from chatbot.understanding.story_agreement import story_agreement_lead
from chatbot.understanding.subject_choice import choices_about_the_subject
from chatbot.understanding.unsure_choice import entries_to_offer

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session
    from chatbot.understanding.language import Analysis
    from chatbot.understanding.message import Message


def unanswered_reply(
    session: Session,
    analysis: Analysis,
    message: Message,
    decision: Decision,
    prefix: str,
    clean: str,
    reads_last_question: bool,
) -> Reply:
    """The reply to a message no reading answered (`decision`: the message read whole, a choice or the fallback).

    `reads_last_question`: no follow-up reading found another entry than the last answer, and the message compares
    nothing, so a message that cannot stand alone may still ask the last question again of what was just answered
    (see `follow_ups.last_question_reading`)."""
    sure = leads.sure_question_of_message(session.bot, analysis, message)
    if sure is not None:
        # "... I keep imagining the blade. Do they knock you out for it?": one question sure on its own, and the
        # whole message agrees (see `understanding.sure_question`).
        return answering.answer_decided(session, analysis, Decision("answer", (sure,)), prefix, via="question alone")
    ranking = leads.last_resort_ranking(session.bot, analysis)
    if ranking and all(session.bot.analyzer.analyze(q).tokens for q in message.questions):
        # "... hamstring or the tendon under the kneecap. Which is better?": a rare word only one clinic entry uses,
        # that entry clearly ahead (see `understanding.own_word`). Not when a question asks in no word the bot
        # reads ("... my GP keeps giving me antibiotics. Can I get mine out?"): the story's word would decide.
        if own_word_lead(session.bot.analyzer, session.bot.matcher, ranking, analysis.tokens):
            return answering.answer_decided(
                session, analysis, Decision("answer", (ranking[0],)), prefix, via="own word"
            )
    bot = session.bot
    asked = [bot.analyzer.analyze(question).tokens for question in message.questions] if message.story else None
    # "... ear plugs for bath time. Will you order them for me?" asks the bot to act: no question for the bank.
    about_health = message_readings.is_about_health(session.bot, analysis) and not message_readings.addresses_bot(
        session.bot, analysis
    )
    if message_readings.asks_with_no_subject(session.bot, analysis, message):
        # "why did i get it", "how long till i can drive": at a clinic, read bare and with its topic for "it" the
        # question leads to one entry clearly (see `understanding.no_subject`).
        pointed = message_readings.pointing_phrase_as_it(session.bot, analysis)
        pronoun, only_asks = (
            bool(message_readings.pronouns_in(session.bot, analysis)),
            message_readings.only_asks(session.bot, pointed),
        )
        subject = bot.default_subject
        lead = no_subject_lead(bot.matcher, bot.analyzer, subject, pointed.tokens, pointed.concepts, pronoun, only_asks)
        if lead is not None:
            return answering.answer_decided(session, analysis, Decision("answer", (lead,)), prefix, via="no subject")
        # The packaged bank, by its own bars: "will it stop me moving my arm" (see `dense_no_subject_lead`).
        about = message_readings.is_about_health(bot, pointed) or message_readings.points_back_at_topic(
            session, pointed, fresh=True
        )
        lead = dense_no_subject_lead(
            bot.matcher, bot.analyzer, subject, pointed.tokens, pointed.concepts, pronoun, about, only_asks,
            bot.bank.subject_names,
        )  # fmt: skip
        if lead is not None:
            return answering.answer_decided(session, analysis, Decision("answer", (lead,)), prefix, via="no subject")
    told = leads.story_tokens(session.bot, message, asked)
    late = late_lead(bot.matcher, bot.analyzer, analysis.tokens, analysis.concepts, about_health, asked, told)
    if late is not None:
        # A clinic's entry far ahead of every other, half the message explained, at most one word left that another
        # entry's questions use: what no reading above answered (see `understanding.late_lead`).
        return answering.answer_decided(session, analysis, Decision("answer", (late,)), prefix, via="late lead")
    if reads_last_question and not message.story and len(message.questions) <= 1:
        # "How should they be taken?" after when antibiotics are needed, "and how long will I be on them?" after
        # the iron tablets' side effects: nothing else answered it, and "they" is the thing just answered of.
        found = follow_ups.last_question_reading(session, analysis, clean, decision)
        if found is not None:
            return answering.answer(session, found.entry, found.score, session.memory.context, prefix, via="follow-up")
    if decision.kind == "clarify":
        # A big bank's choices keep to what the question names (see `understanding.subject_choice`).
        kept = choices_about_the_subject(session.bot.analyzer, session.bot.matcher, analysis, decision.candidates)
        if len(kept) == 1 and kept[0].score >= ANSWER_SCORE:
            return answering.answer_decided(session, analysis, Decision("answer", kept), prefix)
        decision = Decision("clarify" if kept else "fallback", kept)
    if decision.kind == "clarify" and stories.titled_by_question(session.bot, analysis, decision):
        # The close rivals stay one choice away: offered first among the follow-ups.
        return answering.answer_decided(session, analysis, decision, prefix)
    if decision.kind == "clarify" and leads.choice_lead_holds(
        session.bot, analysis, message, ranking, decision.candidates
    ):
        # A clinic's choice whose first entry is far ahead of every other (see `understanding.choice_lead`).
        lead = Decision("answer", (ranking[0], *decision.candidates[1:]))
        return answering.answer_decided(session, analysis, lead, prefix, via="choice lead")
    trusted = leads.trusted_lead_of_message(session.bot, analysis, message, about_health, asked, told)
    if trusted is not None:
        # A clinic's leader whose own words and way of asking speak for it (see `understanding.leader_evidence`).
        return answering.answer_decided(session, analysis, Decision("answer", (trusted,)), prefix, via="trusted lead")
    agreed = leads.agreeing_lead_of_message(session.bot, analysis, message, about_health, asked)
    if agreed is not None:
        # A clinic's leader that a second reading, of each entry's questions, answer and title at once, chooses
        # too, clearly (see `understanding.second_reading`).
        return answering.answer_decided(session, analysis, Decision("answer", (agreed,)), prefix, via="second reading")
    named = leads.named_lead_of_message(session.bot, analysis, message, about_health, asked)
    if named is not None:
        # The same agreement by a wider gate, open only to a message that names health itself, not only a word
        # with an everyday sense ("flight", "appointment"; see `understanding.health_evidence`).
        return answering.answer_decided(session, analysis, Decision("answer", (named,)), prefix, via="named lead")
    close = leads.close_lead_of_message(session.bot, analysis, message, about_health)
    if close is not None:
        # A clinic's leader only the ordinary margin ahead, when the second reading, its own words and the naming
        # of health agree on it (see `understanding.close_lead`).
        return answering.answer_decided(session, analysis, Decision("answer", (close,)), prefix, via="close lead")
    dense = dense_lead_of_message(bot.matcher, bot.analyzer, analysis, message, about_health, bot.bank.topic)
    if dense is not None:
        # A leader of the packaged bank that a second reading agrees on (see `understanding.dense_lead`).
        return answering.answer_decided(session, analysis, Decision("answer", (dense,)), prefix, via="dense lead")
    agreed_story = story_agreement_lead(
        bot.matcher, bot.analyzer, analysis, message, about_health, bot.bank.topic, bot.bank.subject_names
    )
    if agreed_story is not None:
        # A story's one question whose leader, read alone, the story read alone and the second reading of the whole
        # message agree on (see `understanding.story_agreement`).
        return answering.answer_decided(
            session, analysis, Decision("answer", (agreed_story,)), prefix, via="story agreement"
        )
    if not message.story and len(message.questions) == 1:
        # "are there different kinds of it or just the one": the first alternative asks it in the bank's words, and
        # the whole question agrees (see `understanding.first_alternative`). About the topic: about health, or a
        # pronoun for it ("are there different kinds of it or just the one") in a message that asks nothing of the bot.
        about = about_health or (
            bool(message_readings.pronouns_in(bot, analysis)) and not message_readings.addresses_bot(bot, analysis)
        )
        first = first_alternative_lead(
            bot.matcher, bot.analyzer, message.questions[0], bot.default_subject, about, bot.bank.topic
        )
        if first is not None:
            return answering.answer_decided(session, analysis, Decision("answer", (first,)), prefix, via="alternative")
    if not message.story and len(message.questions) <= 1:
        # "Would a brace help?" right after an answer: no subject of its own, so one of the follow-ups shown under
        # that answer, asked in other words (see `offered_follow_up`).
        found = offered_follow_up(session, analysis, clean, decision)
        if found is not None and circumstance_follow_up.weak_for_circumstance(session, found.entry, clean):
            # "What about at night" after the symptoms answer: fever is tied to it and its alternates say "at
            # night", but the symptoms asked again at night do not reach it surely (round 28).
            found = None
        if found is not None:
            return answering.answer(session, found.entry, found.score, session.memory.context, prefix, via="follow-up")
        # "Is there anything that helps it?" right after a choice of tinnitus entries: one of the entries on offer,
        # asked in words instead of by its number (see `offered_choice`).
        found = offered_choice_taken(session, analysis, clean, decision)
        if found is not None:
            return answering.answer(session, found.entry, found.score, session.memory.context, prefix, via="follow-up")
    if decision.kind == "clarify":
        options = tuple(Suggestion(c.entry.id, c.entry.question) for c in decision.candidates)
        session.memory.offered = options
        return Reply(
            kind="clarify",
            text=prefix + session.bot.bank.messages["clarify"],
            score=decision.candidates[0].score,
            suggestions=options,
        )
    offered = entries_to_offer(session.bot.analyzer, ranking, analysis.tokens, session.bot.default_subject)
    offered = choices_about_the_subject(session.bot.analyzer, session.bot.matcher, analysis, offered)
    if offered and leads.choice_lead_holds(session.bot, analysis, message, ranking, offered):
        # The first of them far ahead of every other: nothing to choose between (see `understanding.choice_lead`).
        lead = Decision("answer", (ranking[0], *offered[1:]))
        return answering.answer_decided(session, analysis, lead, prefix, via="choice lead")
    if offered:
        # A message about the clinic's topic that no reading answers: its closest entries, to pick from (see
        # `understanding.unsure_choice`), rather than the bare fallback.
        options = tuple(Suggestion(c.entry.id, c.entry.question) for c in offered)
        session.memory.offered = options
        text = prefix + session.bot.bank.messages["clarify"]
        return Reply(kind="clarify", text=text, score=offered[0].score, suggestions=options)
    told = told_statement.statement_ranking(session.bot, analysis, message)
    if told:
        # "my mask keeps leaking and hissing": told, not asked; the entries that fit it, kindly (`told_statement`).
        return stories.story_only(session, analysis, prefix, told)
    return answering.not_answered(session, analysis, prefix, clean)
