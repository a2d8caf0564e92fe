"""A clinic's answer checked against the message read whole, once a reading has reached it: a story's answer (see
`understanding.story_check`), any answer against the words its question asks with (`understanding.asked_word`),
an answer only the topic put in for "it" decided (`understanding.subject_tipped`), and the entry that only says what
the topic is against the way the question asks (`understanding.what_is_check`) (`checked`); and a story's answer
against the kind of question asked (`asked_kind_checked`, `understanding.asked_kind`); and, in any bank, an answer of
the bank's own grades to a message that grades another condition (`grade_checked`, `understanding.graded_other`). A
check that fails undoes the reading: the conversation is as it was before the message, and the reply is another
answer, a choice or the fallback. `matching.match` checks every answer with all three, and a request for personal
advice its general answer with `checked`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import answering, memory, whole_message
from chatbot.reply import Reply
from chatbot.understanding.asked_kind import entry_of_asked_kind
from chatbot.understanding.asked_word import RIVALS_SEEN as ASKED_RIVALS_SEEN
from chatbot.understanding.asked_word import asked_stems, phrasing_stems, rival_saying_asked_words
from chatbot.understanding.decision import Decision
from chatbot.understanding.language import Analysis, stem
from chatbot.understanding.own_phrasing import entry_asks
from chatbot.understanding.story_check import RIVALS_SEEN, second_look
from chatbot.understanding.story_subject import subject_told
from chatbot.understanding.subject_tipped import tipped_by_topic
from chatbot.understanding.text import words
from chatbot.understanding.what_is_check import asks_something_else, asks_what_it_is

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session


def checked(session: Session, reply: Reply, analysis: Analysis, prefix: str, clean: str, kept: tuple) -> Reply:
    """A clinic's answer checked against the message read whole: a story's answer (see
    `understanding.story_check`), any answer against the words its question asks with (see
    `understanding.asked_word`), and the entry that only says what the topic is against the way the question asks
    (see `understanding.what_is_check`). `kept`: the conversation as it was before the message."""
    matcher = session.bot.matcher
    if reply.kind != "answer" or session.current.quiet or not matcher.lists_sparse_entries:
        return reply
    whole = matcher.rank(analysis.tokens, analysis.concepts, limit=max(RIVALS_SEEN, ASKED_RIVALS_SEEN) + 1)
    message = whole_message.split(session, clean)
    asked_alone = session.bot.analyzer.analyze(message.questions[-1]) if message.questions else analysis
    if reply.via == "story":
        # The entry that says what the topic is keeps a story's answer only when its question asks just that.
        defines = matcher.defines_topic(reply.id) and asks_what_it_is(
            asked_alone.concepts, asked_alone.words, matcher.meaning_tokens
        )
        look = second_look(whole, reply.id, defines)
        if look.verdict != "keep":
            # The story's reading is undone: what the conversation was about stays as it was before this message.
            memory.restore(session, kept)
            leader = look.leader
            if look.verdict == "fallback":
                return answering.not_answered(session, analysis, prefix, clean)
            if look.verdict == "choice":
                options = session.bot.suggestions_for(dict.fromkeys((reply.id, leader.entry.id)))
                session.memory.offered = options
                text = prefix + session.bot.bank.messages["clarify"]
                return Reply(kind="clarify", text=text, score=leader.score, suggestions=options)
            reply = answering.answer_decided(
                session, analysis, Decision("answer", (leader,)), prefix, via="whole message"
            )
    # "what triggers a migraine": a close rival whose phrasings say the word asked with ("triggers") is what was
    # asked, not the causes entry that won by a few points of fit (see `understanding.asked_word`).
    asked = asked_stems(
        words(message.questions[-1] if message.questions else clean), session.bot.analyzer.stopwords, stem
    )
    rival = rival_saying_asked_words(
        whole, session.bot.bank.by_id[reply.id], asked, phrasing_stems, story=reply.via == "story"
    )
    if rival is not None:
        memory.restore(session, kept)
        return answering.answer_decided(session, analysis, Decision("answer", (rival,)), prefix, via="asked word")
    # round 23 clinic precision: an answer only the topic put in for "it" decided, nearly level with the message's
    # own leader, is offered beside it (see `understanding.subject_tipped`).
    if reply.via == "default subject" and (leader := tipped_by_topic(whole, reply.id)) is not None:
        memory.restore(session, kept)
        options = session.bot.suggestions_for(dict.fromkeys((leader.entry.id, reply.id)))
        session.memory.offered = options
        return Reply(
            kind="clarify", text=prefix + session.bot.bank.messages["clarify"], score=reply.score, suggestions=options
        )
    if (
        reply.via not in ("story", "whole message")
        and matcher.defines_topic(reply.id)
        and asks_something_else(asked_alone.concepts, asked_alone.words, matcher.meaning_tokens)
        and not entry_asks(matcher, session.bot.analyzer, session.bot.bank.by_id[reply.id], asked_alone.concepts)
    ):
        # "how do they actually get the cataract out": the entry that only says what the topic is does not answer
        # it; it and the next entry of the message read whole are offered (see `understanding.what_is_check`). Not
        # "what causes chickenpox" where the overview's own phrasing asks just that.
        memory.restore(session, kept)
        others = [c.entry.id for c in whole if c.entry.id != reply.id][:1]
        if not others:
            return answering.not_answered(session, analysis, prefix, clean)
        options = session.bot.suggestions_for(dict.fromkeys((reply.id, *others)))
        session.memory.offered = options
        return Reply(
            kind="clarify", text=prefix + session.bot.bank.messages["clarify"], score=reply.score, suggestions=options
        )
    return reply


def asked_kind_checked(session: Session, reply: Reply, analysis: Analysis, prefix: str, clean: str, kept) -> Reply:
    """A story's answer whose entry answers another kind of question than the one asked yields to the entry the
    question reaches on its own (see `understanding.asked_kind`, round 21)."""
    if reply.kind != "answer" or session.current.quiet or reply.id not in session.bot.bank.by_id:
        return reply
    message = whole_message.split(session, clean)
    # One question only: "who is most likely to get it and why" asks two kinds, and its last part ("why") alone is
    # no evidence against the entry the whole question reached.
    if not (message.story and len(message.questions) == 1):
        return reply
    bot = session.bot
    found = entry_of_asked_kind(
        bot.analyzer, bot.matcher, message.questions[-1], message.story, bot.bank.by_id[reply.id], bot.default_subject
    )
    if found is None:
        return reply
    memory.restore(session, kept)
    return answering.answer_decided(session, analysis, Decision("answer", (found,)), prefix, via="asked kind")


def grade_checked(session: Session, reply: Reply, analysis: Analysis, prefix: str, clean: str, kept) -> Reply:
    """An answer from one of the bank's numbered entries ("Brooker grade 3") to a message that grades another condition
    ("grade 3 cancer", "a grade 2 tear") is undone for the fallback: the bank's grade would mislead (round 26, see
    `understanding.graded_other`)."""
    graded = session.bot.graded_other
    if reply.kind != "answer" or reply.id not in graded.numbered_ids or not graded.grades_other(clean):
        return reply
    memory.restore(session, kept)
    return answering.not_answered(session, analysis, prefix, clean)


def story_subject_checked(session: Session, reply: Reply, analysis: Analysis, prefix: str, clean: str, kept) -> Reply:
    """An answer to a question that names no subject, beside a story whose subject is another (an animal, a
    condition or everyday complaint the bank does not know, a part of the body and its ordinary complaint), is undone
    for the fallback: "my dog has a lump on his leg. how is it treated?" does not ask how the topic is treated (round
    28, see `understanding.story_subject`). Any path's answer: the whole message, the story, the topic for "it", a
    follow-up of the last answer, so the reply is the same fresh and mid-conversation."""
    if reply.kind != "answer":
        return reply
    message = whole_message.split(session, clean)
    if not message.story or not message.questions:
        return reply
    if subject_told(session.bot, message.story, message.questions) is None:
        return reply
    memory.restore(session, kept)
    return answering.not_answered(session, analysis, prefix, clean)
