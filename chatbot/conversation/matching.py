"""Matching a message against the bank: the readings tried in order (a follow-up, the whole message, the
bank's topic for "it", a slip, a story, the question alone). What none answers goes to `last_resort` (a clinic's
leads, a choice or the fallback), and an answer is checked against the message read whole (`answer_checks`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import (
    answer_checks,
    answering,
    circumstance_follow_up,
    contrasts,
    first_asked,
    follow_ups,
    last_resort,
    memory,
    message_readings,
    pointed_echo,
    stories,
    whole_message,
)
from chatbot.conversation.follow_ups import ECHO_SCORE
from chatbot.conversation.message_readings import MAX_SLIP_READING_WORDS
from chatbot.conversation.whole_message import BANK_WORDS_SCORE
from chatbot.reply import Reply
from chatbot.understanding.circumstance import circumstance_answer
from chatbot.understanding.decision import DECIDING_COVERAGE, SURE_SCORE, Decision, decide
from chatbot.understanding.defined_subject import RIVALS_SEEN as RIVALS_SEEN_DEFINED
from chatbot.understanding.defined_subject import asked_beyond_definition, may_ask_beyond_definition
from chatbot.understanding.joint_reading import joint_reading
from chatbot.understanding.language import Analysis
from chatbot.understanding.matcher import UNSEEN_COMMON_ZIPF
from chatbot.understanding.message import Message, is_question, split_message
from chatbot.understanding.scale_step import stepped_lead
from chatbot.understanding.text import words

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session

PLAIN_BANK_WORDS_SCORE = 85.0
# A reading with a real-word slip mended is answered only at this score or more.
SLIP_SCORE = 75.0
# A follow-up reading yields to the message's own reading (or the main topic's for "it") scoring this much more.
FOLLOW_UP_YIELD_MARGIN = 25.0
# Words that point back at what an earlier question of the same message named: a later question with one is not
# read alone (see `question_alone`).
POINTING_BACK = frozenset("it its this that they them these those hers theirs".split())
# A follow-up naming a new thing that no reading answers clearly: at most this many entries to pick from.
MAX_CONTRAST_CHOICES = 3


def match(session: Session, analysis: Analysis, prefix: str, clean: str) -> Reply:
    """Match a message (see `match_readings`); a clinic's answer reached by reading a story's question is then
    checked against the message read whole (see `understanding.story_check`), any answer to a question with no subject
    against a story about another subject (`answer_checks.story_subject_checked`), and any bank's grade answer against
    another condition's grade (`answer_checks.grade_checked`)."""
    kept = memory.keep(session)
    reply = match_readings(session, analysis, prefix, clean)
    reply = answer_checks.checked(session, reply, analysis, prefix, clean, kept)
    reply = answer_checks.asked_kind_checked(session, reply, analysis, prefix, clean, kept)
    reply = answer_checks.story_subject_checked(session, reply, analysis, prefix, clean, kept)
    return answer_checks.grade_checked(session, reply, analysis, prefix, clean, kept)


def match_readings(session: Session, analysis: Analysis, prefix: str, clean: str) -> Reply:
    """Match a message; the conversation is consulted only for a message that cannot stand alone.

    A complete question is matched on its own, exactly as in a fresh
    session, so an earlier topic can never turn it into another answer. An
    elliptical one ("and grade 3?", "what are its symptoms?") is read with
    the last topic's subject first, and that reading must clear the same
    thresholds as any answer. Then, while nothing is clearly answered: the
    bank's main topic for "it" or no subject, a real-word slip, the
    questions inside a longer message, a story with no question, and last
    a choice of close entries or the fallback.
    """
    message = whole_message.split(session, clean)
    if len(message.questions) > 1:
        # "Hello, could you please tell me: when can I swim?": a part that only asks to be told is no question.
        kept = tuple(question for question in message.questions if session.bot.analyzer.analyze(question).tokens)
        if kept:
            message = message._replace(questions=kept)
    follow_up = contrast = None
    session.current.contrast_choices = ()
    session.current.asked = tuple(words(clean))
    bot = session.bot
    stepped = stepped_lead(bot.matcher, bot.analyzer, bot.bank.entries, session.memory.last_entry, analysis.words)
    if stepped is not None:
        # "And the worst one?" after grade 2: another point of the same scale (see `understanding.scale_step`).
        return answering.answer(session, stepped.entry, stepped.score, session.memory.context, prefix, via="follow-up")
    elliptical = (
        session.memory.last_entry is not None or bool(session.memory.told_subjects)
    ) and message_readings.is_elliptical(session, analysis)
    compares = elliptical and contrasts.compares(session.bot, analysis)
    if elliptical and session.memory.last_entry is None:
        # "And its symptoms?" after "is POH something to worry about", which got no answer: POH's (the subject it
        # told), and the usual bar; nothing else was asked that a follow-up could be compared with.
        compares = False
        follow_up = (
            None
            if message_readings.requests_of_bot(session.bot, analysis, clean)
            else follow_ups.follow_up_reading(session, analysis)
        )
    elif elliptical and not message_readings.requests_of_bot(session.bot, analysis, clean):
        # "What about the knee?" after "can a hip replacement cause HO?": the last question asked of the knee.
        # "Is it the same for the elbow?" asks only that: the last subject and the elbow read together would
        # answer where HO grows.
        follow_up = None if compares else follow_ups.follow_up_reading(session, analysis)
        if follow_up is not None and circumstance_follow_up.weak_for_circumstance(session, follow_up.entry, clean):
            # "What about at night" after the treatment answer: the last subject with "night" is HO's fever entry,
            # which is not what was asked (round 28, see `circumstance_follow_up`).
            follow_up = None
        contrast = contrasts.contrast_reading(session, analysis, clean)
        if contrast is not None and (follow_up is None or contrast.score >= follow_up.score):
            follow_up = contrast
        if follow_up is not None and follow_ups.repeats_without_naming(session, follow_up.entry, clean):
            follow_up = None  # "what about adults?" after the children's answer: it does not speak of adults
    decision = whole_message.whole_message_decision(session.bot, analysis, message)
    via = "direct"
    if decision.kind == "fallback":
        # "How do I use it properly?" right after the answer on steroid nasal sprays: "it" is the spray the
        # bank's own phrasing names (see `pointed_echo`).
        echoed = pointed_echo.echo_of_thing_pointed_at(session, analysis, message)
        if echoed is not None:
            decision, via = Decision("answer", (echoed,)), "follow-up"
    if len(analysis.words) <= MAX_SLIP_READING_WORDS and not message.story:
        # A typo as near one bank word as another ("tipes": "types" or "times"): the question decides, the
        # reading the bank answers best wins.
        for reading in session.bot.analyzer.typo_readings(analysis.words):
            other = session.bot.analyzer.analyze(" ".join(reading))
            alternative = whole_message.whole_message_decision(session.bot, other, message)
            if alternative.kind == "answer" and (
                decision.kind != "answer" or alternative.candidates[0].score > decision.candidates[0].score
            ):
                decision, via, analysis = alternative, "spelling", other
    # In a conversation about the topic, "what causes it?" may mean the main topic too.
    pointed = message_readings.pointing_phrase_as_it(session.bot, analysis)
    # As in a fresh session: the last answer lends "it" a subject only through the follow-up reading above,
    # never the main topic to a question that is about something else ("what date will it be in 3 days").
    in_topic = message_readings.is_about_health(session.bot, analysis) or message_readings.points_back_at_topic(
        session, pointed, fresh=True
    )
    if decision.kind == "answer" and pointed is not analysis and in_topic:
        # "What types of this condition are there?": "this condition" points at the main topic as "it" does;
        # read as a condition ("is HO a kind of disease?") it would only answer what the topic is. The reading
        # with the main topic wins when the bank answers it better, or when the message read as it is only reaches
        # the entry that says what the topic is ("what are the main forms of this disease?": the word of condition
        # drew that entry, and the main topic read for it asks of the forms).
        alternative = message_readings.default_subject_reading(session.bot, pointed)
        defines = session.bot.matcher.defines_topic(decision.candidates[0].entry.id)
        if (
            alternative is not None
            and alternative.kind == "answer"
            and (alternative.candidates[0].score > decision.candidates[0].score or defines)
        ):
            decision, via = alternative, "default subject"
    if decision.kind != "answer" and in_topic:
        # No subject of its own ("is it hereditary?", "does it hurt?"): the bank's main topic.
        alternative = message_readings.default_subject_reading(session.bot, pointed)
        if alternative is not None and (alternative.kind == "answer" or decision.kind == "fallback"):
            decision, via = alternative, "default subject"
    elif decision.kind == "fallback" and message_readings.says_it_plainly(session.bot, pointed):
        # "When does it start?", "what can be done about it?": in everyday words, but with the main topic
        # for "it" the question is one of the bank's own, nearly word for word.
        alternative = message_readings.default_subject_reading(session.bot, pointed)
        answered = alternative is not None and alternative.kind == "answer"
        if answered and alternative.candidates[0].score >= ECHO_SCORE:
            decision, via = alternative, "default subject"
    # "Stop it" or "stop please" is no question at all, whatever the bank says of stopping.
    asks = any(is_question(part) for part in message.questions)
    if (
        decision.kind == "fallback"
        and via == "direct"
        and asks
        and message_readings.asks_in_bank_words(session.bot, pointed)
        # "what about at night" asks nothing of its own: only a follow-up of an answer gives it a question, and
        # that reading is tried on its own path. With the main topic lent it answered HO's fever, fresh too;
        # "and when can I drive?" asks a question of its own after the opener and stays.
        and not message_readings.names_after_follow_up_opener(session.bot, pointed)
    ):
        # "Can I fly?", "can I wash my hair?" at a clinic about one operation: no subject, every word one the
        # bank uses. With the main topic as subject it must be a clear answer, well above the answer bar,
        # and nearly one of the bank's own questions unless a word of it is the bank's own ("fly", "swim").
        alternative = message_readings.default_subject_reading(session.bot, pointed)
        answered = alternative is not None and alternative.kind == "answer"
        # ... or it asks a telling aspect (risk, prevention, driving) in nothing but everyday words besides: "which
        # people are most at risk?" asks the main topic's risk. Not "what fuel is best for city driving": a thing
        # of its own ("fuel") says what it is about.
        specific = (
            message_readings.uses_bank_specific_word(session.bot, pointed)
            or message_readings.asks_only_an_aspect(session.bot, pointed)
            or (
                answered
                and message_readings.entry_says(
                    session.bot, alternative.candidates[0].entry, message_readings.thing_words(session.bot, pointed)
                )
            )
        )
        bar = BANK_WORDS_SCORE if specific else PLAIN_BANK_WORDS_SCORE
        if answered and alternative.candidates[0].score >= bar:
            decision, via = alternative, "default subject"
    if decision.kind == "answer" and not message.story and len(message.questions) <= 1:
        # "What is genetic HO?": the types entry leads by a little, but the next entry's own question says all
        # that is asked and the leader's does not (round 19).
        decision = stories.title_echo(session.bot, analysis, decision)
    if (
        decision.kind in ("answer", "clarify")
        and via == "direct"
        and len(message.questions) <= 1
        and may_ask_beyond_definition(bot.matcher, bot.analyzer, analysis, bot.default_subject)
    ):
        # "POH, what does it do?": the leader only defines POH; the close entry on what POH does answers (round 21).
        ranking = bot.matcher.rank(analysis.tokens, analysis.concepts, limit=RIVALS_SEEN_DEFINED)
        if ranking and ranking[0].entry.id == decision.candidates[0].entry.id:
            beyond = asked_beyond_definition(bot.matcher, bot.analyzer, analysis, ranking, bot.default_subject)
            if beyond is not None:
                decision = Decision("answer", (beyond, ranking[0]))
    # A longer message, or a story around a question, is read part by part instead.
    short = len(analysis.words) <= MAX_SLIP_READING_WORDS and not (message.story and message.questions)
    if (
        decision.kind != "answer"
        and follow_up is None
        and short
        and message_readings.is_about_health(session.bot, analysis)
    ):
        # "How dose HO start": a real word that may be a slip for a bank word. The reading the bank
        # answers clearly wins. Only a message already about health is re-read: a slip may fix
        # how a question is asked, never make an everyday request medical.
        for reading in session.bot.analyzer.real_word_readings(analysis.words):
            other = session.bot.analyzer.analyze(" ".join(reading))
            if set(other.tokens) <= message_readings.own_subjects(session.bot, other) and set(other.tokens) < set(
                analysis.tokens
            ):
                # "Can HO kill you" read as "can HO will you" asks only what HO is: a slip mends how a
                # question is asked ("planter" for "plantar"), never takes away what it asks.
                continue
            if message_readings.is_about_health(session.bot, other):
                alternative = decide(
                    session.bot.matcher.rank(other.tokens, other.concepts, min_coverage=DECIDING_COVERAGE)
                )
                # A guessed word must make the question one the bank clearly knows: "the bus stop" read
                # as "the but stop" must not turn into a question about how long something lasts.
                # A mended auxiliary ("which joints dose it go for") is a plain slip: an answer at the usual
                # bar is enough, as if it were typed right.
                if alternative.kind == "answer" and (
                    alternative.candidates[0].score >= SLIP_SCORE
                    or message_readings.auxiliary_slip(session.bot, analysis.words, reading)
                ):
                    decision, via, analysis = alternative, "spelling", other
                    break
    if (
        decision.kind != "answer"
        and follow_up is None
        and not message.story
        and message_readings.is_about_health(session.bot, analysis)
    ):
        # "Can't bend my elbow, could the extra bone be doing that?": the elbow read as a joint, where the bank
        # speaks of joints in general; never as another joint (see `understanding.joint_reading`).
        subject = frozenset(session.bot.default_subject)
        found = joint_reading(session.bot.analyzer, session.bot.matcher, analysis.words, subject)
        if found is not None:
            decision, via = Decision("answer", (found,)), "joint"
    # A follow-up reading that lands on the answer just given ("what causes it?" after "can a hip
    # replacement cause HO?", "is that bad?" after grade 3) would only repeat it: it yields to a clear
    # answer of the message's own.
    # Nor does it override the message's own clarifying choice, unless it is one of the choices and a sure
    # reading ("how many people get it?" after "what is FOP?"): "how long will it hurt for?" after "how soon can
    # I drive and work?" is not asked of work.
    # Not a reading of the last question asked of a new thing it speaks of: "is it the same for the elbow?" after
    # the knee's answer is answered by the same entry, and rightly.
    if follow_up is None and elliptical and not compares and decision.kind != "answer":
        # "And how long would I be on it?" after the allopurinol answer: alone it may ask how long a flare lasts
        # or how long the medicine is taken; with allopurinol, which medicine or how long. The one entry both
        # choices hold is what is asked.
        follow_up = follow_ups.choice_both_readings_hold(session, analysis, decision)
    last_id = session.memory.last_entry.id if session.memory.last_entry is not None else None
    repeats = follow_up is not None and follow_up is not contrast and follow_up.entry.id == last_id
    if follow_up is not None and follow_up.entry.id == last_id and follow_ups.own_entry_named(session, decision, clean):
        # "And in pregnancy?" after periods and fertility: pregnancy's own entry, not the last answer again.
        follow_up, repeats = None, False
    if repeats and follow_ups.names_what_it_repeats(session, follow_up.entry, clean):
        # "What about lansoprazole?" after omeprazole's side effects: the same medicine kind, so the same entry,
        # which names lansoprazole; that is what is asked, not what lansoprazole is.
        repeats = False
    if repeats and decision.kind == "clarify":
        chosen = follow_up.entry.id in {candidate.entry.id for candidate in decision.candidates}
        repeats = not (chosen and follow_up.score >= SURE_SCORE)
    # "What causes it?" after a story that told of a flare: read with the main topic for "it" the bank answers
    # it nearly word for word, far better than the barely clear follow-up reading: that is what is asked.
    outshone = (
        follow_up is not None
        and decision.kind == "answer"
        and decision.candidates[0].score >= follow_up.score + FOLLOW_UP_YIELD_MARGIN
    )
    # "Is it serious?" after "can an injury like that cause HO?": what the message asks ("serious") is the title of
    # the entry it reaches alone, nearly word for word, and not of the entry the injury added to it reaches.
    outshone = outshone or (
        follow_up is not None
        and follow_up is not contrast
        and follow_ups.asks_what_own_title_says(session.bot, analysis, decision, follow_up)
    )
    if follow_up is not None and not (repeats and decision.kind != "fallback") and not outshone:
        context = session.memory.context
        if follow_up is contrast:
            # "... and the elbow?" next asks again what this reading asked ("can a new knee give you HO"), and "what
            # are its symptoms?" after "and POH?" asks of POH.
            session.current.asked = session.current.contrast_asked
            context = message_readings.context_of(
                session.bot, session.bot.analyzer.analyze(" ".join(session.current.contrast_asked)), follow_up.entry
            )
        return answering.answer(session, follow_up.entry, follow_up.score, context, prefix, via="follow-up")
    if compares and follow_up is None:
        # The bank does not answer the last question of the new thing: what the message says alone is offered
        # to pick from, never given as if it were the answer.
        return contrasts.compared_unanswered(session, decision, analysis, prefix, clean)
    unsure = session.current.contrast_choices
    reached_id = decision.candidates[0].entry.id if decision.kind == "answer" else None
    led_elsewhere = bool(unsure) and reached_id is not None and reached_id != unsure[0].entry.id
    if follow_up is None and led_elsewhere:
        # "And omeprazole?" after "do antacids have side effects": asked of omeprazole, the last question leaves a
        # choice that holds the tablets' side effects; the tablets' own entry alone would answer another question.
        reached = decision.candidates[0]
        kept = (*unsure, *((reached,) if reached.entry.id not in {c.entry.id for c in unsure} else ()))
        choices = Decision("clarify", kept[:MAX_CONTRAST_CHOICES])
        return contrasts.compared_unanswered(session, choices, analysis, prefix, clean)
    if (
        follow_up is None
        and decision.kind == "answer"
        and contrasts.names_a_thing_untitled(session.bot, decision, clean)
    ):
        # "And in the spine?" after where HO grows: no reading asks the last question of the spine, and the
        # entry the spine alone reaches (FOP's symptoms) is not about it. Which question is meant is a guess:
        # offered to pick from, never answered (see `contrasts.names_a_thing_untitled`).
        return contrasts.compared_unanswered(
            session, contrasts.with_entries_naming(session.bot, decision, analysis), analysis, prefix, clean
        )
    if decision.kind == "answer" and follow_up is None and via == "direct":
        other = contrasts.entry_of_the_thing_talked_of(session, analysis, decision)
        if other is not None:
            # "Any side effects?" after the allopurinol answer: the side effects of flare medicines are another
            # medicine's. The message does not say which thing it asks of; the conversation's thing comes first.
            both = Decision("clarify", (other, decision.candidates[0]))
            return contrasts.compared_unanswered(session, both, analysis, prefix, clean)
    if decision.kind == "answer" and follow_up is None and via == "direct" and len(message.questions) > 1:
        # "how is it diagnosed and does it show up on xray": the whole message's leader answers only the question
        # asked second; each clear alone, the first asked is answered and the other offered (`first_asked`).
        first = first_asked.first_asked_reply(session, message, clean, decision.candidates[0].entry.id, _read_alone)
        if first is not None:
            reply = _answer_as_asked(session, first, message.questions[0], prefix, "first asked")
            subjects = tuple(sorted(message_readings.own_subjects(session.bot, analysis)))
            return stories.offer_other_questions(session, reply, message, subjects)
    if decision.kind == "answer":
        reply = answering.answer_decided(session, analysis, decision, prefix, via=via)
        if len(message.questions) > 1:
            return stories.offer_other_questions(
                session, reply, message, tuple(sorted(message_readings.own_subjects(session.bot, analysis)))
            )
        return reply
    one_question = not message.story and len(message.questions) == 1 and is_question(message.questions[0])
    if (
        decision.kind != "answer"
        and follow_up is None
        and one_question
        and message_readings.is_about_health(session.bot, analysis)
    ):
        # "When can I get new specs after the lens replacement?": the clinic's own occasion, in words its entries
        # never wrote, tells when; it counts as a story's words do (see `understanding.circumstance`).
        bot = session.bot
        question = message.questions[0]
        openers = bot.circumstance_openers
        found = circumstance_answer(bot.analyzer, bot.matcher, question, bot.default_subject, openers)
        if found is not None:
            context = message_readings.context_of(session.bot, analysis, found.entry)
            return answering.answer(session, found.entry, found.score, context, prefix, via="circumstance")
    if decision.kind != "answer" and follow_up is None and not message.story:
        # "My dad has HO." ... "what is it?": what the conversation is about, defined.
        defined = stories.conversation_subject_defined(session, analysis)
        if defined is not None:
            return answering.answer(
                session, defined.entry, defined.score, session.memory.context, prefix, via="follow-up"
            )
    story = stories.story_reading(session, message, prefix, text=clean)
    if story is not None:
        return story
    alone = question_alone(session, message, prefix, clean)
    if alone is not None:
        return alone
    if not message.questions and stories.is_story(session.bot, analysis):
        return stories.story_only(session, analysis, prefix)  # a story with no question: not a refusal
    # Only a message whose follow-up reading found nothing, or only the last answer again, may ask the last question.
    repeated = follow_up is None or follow_up.entry.id == last_id  # a follow-up reading that only repeats
    reads_last_question = repeated and not compares
    return last_resort.unanswered_reply(session, analysis, message, decision, prefix, clean, reads_last_question)


def _answer_as_asked(session: Session, found: Reply, question: str, prefix: str, via: str) -> Reply:
    """The answer a question of the message got read alone (`_read_alone`), given as the message's reply: the
    conversation is then about what that question asked."""
    entry = session.bot.bank.by_id[found.id]
    context = message_readings.context_of(session.bot, session.bot.analyzer.analyze(question), entry)
    return answering.answer(session, entry, found.score, context, prefix, via=via)


def _read_alone(session: Session, question: str) -> Reply:
    """One question of a message read as if it were the whole message, quietly: the conversation and what is read of
    the message are as before it, so the message's own reply is then given as usual."""
    kept = memory.keep(session)
    current = session.current
    asked, contrast_asked, contrast_choices = current.asked, current.contrast_asked, current.contrast_choices
    current.quiet = True
    try:
        return match(session, session.bot.analyzer.analyze(question), "", question)
    finally:
        current.quiet = False
        current.asked, current.contrast_asked, current.contrast_choices = asked, contrast_asked, contrast_choices
        memory.restore(session, kept)


def question_alone(session: Session, message: Message, prefix: str, text: str = "") -> Reply | None:
    """The questions of a message that the story reading did not answer, each read as if asked alone (also two or
    more questions with no story that were not answered read together).

    "Sorry to bother you, can I fly?", "We are all a bit worried. Does it hurt?": the opening says nothing
    the question needs, and must not keep a question with no subject of its own from meaning the main
    topic. Only an opening of everyday words (greetings, feelings, people, days, "in hospital") is left aside,
    and only a clear answer counts; anything else leaves the message to the steps after.
    """
    if len(message.questions) < (1 if message.story else 2):
        # "What sort of people get this? Is it mostly older folks?": two questions and no story, neither answered
        # read together, are read one by one as well.
        return None
    analyzer = session.bot.analyzer
    if not message.story and any(
        not session.bot.matcher.knows(token)
        and (analyzer.is_about_health(token) or analyzer.zipf(token) < UNSEEN_COMMON_ZIPF)
        for question in message.questions
        for token in analyzer.analyze(question).tokens
    ):
        # "what is a bunion? what's the treatment?": a thing the bank does not know (a health word or a rare one) is
        # what is asked.
        return None
    story = analyzer.analyze(" ".join(message.story))
    symptoms = session.bot.symptom_concepts
    # "Is it contagious? My son has it and his little sister shares his room.": asked first, then why. What
    # follows gives reasons, in words the bank knows or everyday ones; a condition the bank does not know
    # ("... my son has shingles", "... my husband has psoriasis": a health word, or a word the general layer
    # knows as a condition's name, see `Analyzer.names_condition`) or a symptom ("... he keeps getting pain in
    # his shoulder") may be what "it" means, and keeps the question from being read alone.
    reasons_after = (
        stories.asked_first(message, text)
        and not any(
            token in symptoms or (analyzer.is_about_health(token) and not session.bot.matcher.knows(token))
            for token in story.tokens
        )
        and not stories.names_unknown_condition(session.bot, message.story)
    )
    if not reasons_after and not all(
        analyzer.is_everyday(token) or token in session.bot.care_places for token in story.tokens
    ):
        # The opening tells something ("cool song, what is it?", "my card was rejected, tell me why",
        # "bits of bone around my hip, what does that mean?"): the question is about that, not asked alone.
        return None
    # Each question alone, in the order asked ("ok so I understand what it is now, but who is most likely to
    # get it and why"): the first answered is the reply.
    for index, question in enumerate(message.questions):
        if split_message(question) != Message((question,), ()):
            continue
        if index and not message.story and not POINTING_BACK.isdisjoint(words(question)):
            continue  # "what is a heel spur and how do u treat it": "it" is what the question before asked about
        offered, session.current.quiet = session.memory.offered, True
        try:
            reply = match(session, analyzer.analyze(question), prefix, question)
        finally:
            session.current.quiet = False
        if reply.kind == "answer":
            return reply
        session.memory.offered = offered
    return None
