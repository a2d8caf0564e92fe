"""The questions inside a story, each read with the story's subjects (`question_answers`), and the checks that keep
the reading to what the question asks. A question that points back at what the story tells (its signs, its claim,
a thing it names) is read in `story_references`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.conversation import message_readings
from chatbot.conversation.story_pronoun import (
    it_as_subject,
    only_anticipatory_it,
    pointing_words,
    story_names_topic,
    story_says_it_of_a_thing,
)
from chatbot.conversation.whole_message import PLURAL_PRONOUNS
from chatbot.understanding.decision import DECIDING_COVERAGE, decide
from chatbot.understanding.language import Analysis
from chatbot.understanding.message import is_question, without_denied

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# A story's first subjects are tried, one at a time, as the subject of a question that names none.
MAX_STORY_SUBJECTS = 2
# "That" and "this" point at what the story just said ("is that true?", "could this be it?").
CLAIM_POINTERS = frozenset(("that", "this"))
# "The symptoms of that", "worried about this": a preposition before a pointing pronoun at a question's end.
POINTING_PREPOSITIONS = frozenset(("of", "about", "for"))
# "Whether it's HO", "is that the bone thing": a form of "be" between a pronoun and, within this many words, the
# subject it is said to be (see `pronouns_identified`).
COPULAS = frozenset(("is", "be", "was", "s"))
IDENTIFIED_WITHIN = 4
IDENTIFYING_DETERMINERS = frozenset("the a an this that just really actually definitely".split())
CLAUSE_WORDS = frozenset("what whats how why where when which who to like".split())
# A question read on its own (with the main topic for "it") that reaches another entry this far ahead of the reading
# with a story's subject is what was asked (see `own_reading_if_clearer`).
OWN_READING_MARGIN = 7.0
# ... and explains this much more of the question than the story's reading does.
OWN_READING_GAIN = 0.03
# ... or this far ahead, where its entry's own question says what is asked and the story's entry's does not.
TITLED_READING_MARGIN = 12.0


def question_answers(
    session: Session,
    questions,
    story_subjects,
    skip_advice: bool = False,
    told=frozenset(),
    story_tokens=(),
    last_part="",
    story="",
) -> list:
    """The clear answer to each question of a message (with the story's subject where it names none).

    `told`: what the story tells (see `whole_message.story_tells`); a question that only asks of it must be answered
    by an
    entry about it (see `asks_only_of_story`)."""
    analyzer, matcher = session.bot.analyzer, session.bot.matcher
    found = []
    # "My dad has it in both hips and nobody can tell us why. What actually sets it off?": neither the story nor
    # the question names a subject, yet the story tells of health in the bank's own words ("hips"). In a bank
    # about one condition, "it" or "that" is then that condition: its main topic is tried as for a question
    # asked alone, and only a clear answer counts; only for a part asked as a question ("..., move it" is a
    # request, not one). Not where the story names a part of the body or a thing of
    # health the bank never speaks of ("a bone spur on my heel ... how do I get rid of it?": the heel's). Only
    # in a bank that lists its subjects: where they are derived, a story names too little to tell its topic.
    # "My son broke his elbow and it's in a cast, how long will it take?": the story says "it" of a thing it named,
    # and the question's "it" goes on with it, not with the main topic (see `story_pronoun`).
    it_told = bool(story) and story_says_it_of_a_thing(session.bot, story)
    topic_for_it = (
        not it_told
        and bool(session.bot.default_subject)
        and bool(session.bot.bank.follow_up.subjects)
        and any(analyzer.is_about_health(t) and matcher.knows(t) for t in story_tokens)
        and not any(analyzer.is_topic_word(t) and not matcher.knows(t) for t in story_tokens)
    )
    for question in questions:
        if skip_advice and session.bot.advice.asks_for_advice(question):
            continue
        analysis = analyzer.analyze(question)
        # "What actually is it?" after a story that names the subject: the pronoun is the story's subject.
        # A number alone ("in 4 days") names no subject. A question in everyday words only must ask what the
        # subject is ("what actually is it?"): "who actually gets it?" or "how can that be?" ask something
        # the words do not say, and the entry that is only the subject ("what is gout?") would answer wrongly.
        refers = any(not t.isdigit() for t in story_subjects) and any(
            word in session.bot.bank.follow_up.pronouns for word in analysis.words
        )
        # Read with the story's subject, the entry must also share something the question itself says
        # ("how long ... keep using them?" after "the drops"), or the question asks only what it is.
        own = frozenset(analysis.tokens) - session.bot.analyzer.framing
        # "What does it do?" asks what a thing the story names does ("gp gave me aciclovir"), not the topic.
        doing = any(not t.isdigit() and t not in session.bot.analyzer.main_topic for t in story_subjects)
        needs_own = (
            refers
            and not message_readings.bank_words_in(session.bot, analysis)
            and not message_readings.asks_what_subject_is(session.bot, analysis, doing)
        )
        if needs_own and not own:
            refers = False
        # "My dad's hip is now a 3 on the scale. What does a 3 mean?": a story that names one of the bank's
        # subjects or numbers says what the question is about, when the question asks in the bank's own words.
        # Not a question in English's commonest words alone ("what could go wrong?", "who do we call?").
        story_says_subject = (
            bool(story_subjects)
            and is_question(question)
            and bool(analysis.tokens)
            and all(matcher.knows(t) for t in analysis.tokens)
            and (message_readings.asks_in_own_words(session.bot, analysis) or any(t.isdigit() for t in analysis.tokens))
        )
        if not (
            refers
            or story_says_subject
            or message_readings.is_about_health(session.bot, analysis)
            or message_readings.points_back_at_topic(session, analysis)
        ):
            continue
        if not (
            story_subjects
            or message_readings.own_subjects(session.bot, analysis)
            or message_readings.names_bank_topic(session.bot, analysis)
        ):
            if not (topic_for_it and message_readings.pronouns_in(session.bot, analysis) and is_question(question)):
                continue  # neither the story nor the question names a subject of the bank
        pointers = pointing_words(analysis.words, message_readings.pronouns_in(session.bot, analysis))
        if (
            (it_told and it_as_subject(analysis.words) or (only_anticipatory_it(analysis.words) and not pointers))
            and not message_readings.own_subjects(session.bot, analysis)
            and not story_names_topic(session.bot, story, story_subjects)
        ):
            # "My son broke his elbow and it's in a cast, how long will it take?": "it" is the elbow the story said
            # "it" of; "I had my knee done and the exercises are hard work, is it normal to hurt this much?": "it"
            # stands for "to hurt this much", no thing. Neither the story nor the question names the topic: no entry
            # is about what is asked, and the main topic put in for "it" would answer another question.
            continue
        # Each subject the story names, alone (a long story names several), else none, else the
        # bank's main topic: the clearest answer among these readings wins.
        # A story's number qualifies its subject ("Brooker grade 3", "type 2"): then the subjects together
        # first, the most specific reading; else each alone (a long story names several), the question
        # alone, the main topic.
        together = story_subjects if any(t.isdigit() for t in story_subjects) else None
        named = [subject for subject in story_subjects if not subject.isdigit()]
        recent = refers and bool(PLURAL_PRONOUNS.intersection(analysis.words))
        # "... The specialist said it might be POH. What are the symptoms of that?": "of that" at the question's
        # end points at the thing the story named last, not at the signs it told before (round 19).
        last_named = last_named_subjects(session.bot, story_subjects, analysis, last_part) if refers else []
        if last_named:
            recent = True
            named = [s for s in named if s not in last_named] + last_named
        if recent:
            # "He's stubborn about the drops. How long does he need them?": a plural pronoun means the
            # subject the story named last; the first of those readings that answers is kept.
            # Not the main topic, which the story names as the condition ("... an anti-inflammatory to stop extra
            # bone. Do those tablets really prevent it?"): the pronoun points at a thing of the story; the main topic
            # is read after these, as for any question.
            pointed = [s for s in named if s not in set(session.bot.default_subject)] or named
            readings = [(subject,) for subject in reversed(pointed[-MAX_STORY_SUBJECTS:])]
        else:
            # The most specific subjects first ("Brooker" before "x-ray" and "surgery"): a long story names
            # several, and the rarest in the bank says most about what the question is about.
            specific = sorted(story_subjects, key=lambda subject: -matcher.weight(subject))
            readings = [(subject,) for subject in specific[:MAX_STORY_SUBJECTS]]
        # "Is this serious?" after a story that names subjects but not the main topic only judges what the
        # story told ("... he says his stomach aches. Is this serious?"): neither the question alone nor the
        # main topic is what it asks about.
        pronouns = message_readings.pronouns_in(session.bot, analysis)
        judges_story = bool(named) and pronouns and pronouns <= CLAIM_POINTERS and only_judges(session.bot, analysis)
        if message_readings.own_subjects(session.bot, analysis):
            readings += [()]
        elif not (judges_story and not set(session.bot.default_subject) <= set(story_subjects)):
            readings += [(), session.bot.default_subject]
        # A question that names its subject and points nowhere ("what kinds of HO exist?") is read on
        # its own first; "can he get HO?" or "can that cause HO?" leans on the story.
        pointing = session.bot.narrative_words | session.bot.bank.follow_up.pronouns
        identified = pronouns_identified(session.bot, analysis)
        if message_readings.own_subjects(session.bot, analysis) and not any(
            word in pointing and index not in identified for index, word in enumerate(analysis.words)
        ):
            readings = [(), *(extra for extra in readings if extra)]
        # A story that names the main topic itself ("... the x-ray shows extra bone. Is it serious?") lets "it"
        # mean the topic as much as the story's other subjects: that reading competes on its score, not after.
        # "That" and "this" too (round 11): "... after a fall, and now they have found bone in the muscle. How
        # serious is this?" asks how serious HO is; the fall's entry says "a bad injury" and must not win by it.
        topic = session.bot.default_subject
        topic_named = bool(topic) and set(topic) <= set(story_subjects)
        best = None
        by_story_subject = False  # the best reading so far took its subject from the story
        by_question_kind = False  # ... took none from it: the question bare, or with the main topic
        tried = set()
        whether_alone = message_readings.asks_whether_of_subject_alone(session.bot, analysis) and not identified
        if together is None and message_readings.asks_what_subject_is(session.bot, analysis, meaning=True):
            # "My surgeon said there's heterotopic ossification on my x-ray. What even is that?": what is asked
            # is what a subject of the story is. The most specific subject the bank defines (an entry that only
            # asks what it is) is the answer, not an entry about the x-ray.
            best = story_subject_defined(session.bot, analysis, story_subjects)
            if (
                best is not None
                and not message_readings.asks_what_subject_is(session.bot, analysis)
                and matcher.defines_topic(best.entry.id)
            ):
                # "What does that mean?" after "it's the acquired kind" asks what that kind is (round 18); after
                # "bits of bone under a centimetre apart" it asks what those signs mean, which the entry that
                # only says what the topic is does not answer: the other readings decide.
                best = None
            if best is not None:
                readings = []
        if together is not None and (readings[0] != () or message_readings.points_back_at_topic(session, analysis)):
            tried.add(tuple(dict.fromkeys((*analysis.tokens, *together))))
            decision = decide(
                matcher.rank(tuple(tried)[0], (*analysis.concepts, *together), min_coverage=DECIDING_COVERAGE)
            )
            if decision.kind == "answer":
                best = decision.candidates[0]
                readings = []
        for extra in readings:
            tokens = tuple(dict.fromkeys((*analysis.tokens, *extra)))
            # The question read bare yields to the story's subject unless it names its own and does not point
            # back at the story ("can you explain HO to me?" after "My mum had an operation ..." is about HO).
            yields = not extra and (
                not message_readings.own_subjects(session.bot, analysis)
                or bool(message_readings.pronouns_in(session.bot, analysis))
            )
            if tokens in tried or (best is not None and ((extra == topic and not topic_named) or yields)):
                # The story's subject is already in the question; or a reading with the story's own subject
                # answers, and neither the question bare nor with the main topic (any clinic question's frame)
                # must outscore it: "... diagnosed with FOP. What symptoms will she have?" asks about FOP.
                continue
            tried.add(tokens)
            if whether_alone and not set(extra) - set(session.bot.default_subject):
                continue  # "I'm having my knee replaced. Could I get HO?" asks about the story, not what HO is
            # The main topic added for a question that names no subject lends no leniency, unless the story
            # named it ("they want to cut the extra bone out. Can it grow back afterwards?").
            lenient = extra != session.bot.default_subject or set(extra) <= set(story_subjects)
            decision = decide(
                matcher.rank(tokens, (*analysis.concepts, *extra), lenient=lenient, min_coverage=DECIDING_COVERAGE)
            )
            if decision.kind == "answer" and needs_own and not matcher.overlap(decision.candidates[0].entry, own):
                continue  # only the story's subject reached it: "who actually gets it?" is not "what is gout?"
            if decision.kind == "answer" and (best is None or decision.candidates[0].score > best.score):
                best = decision.candidates[0]
                by_story_subject = bool(extra) and extra != topic
                by_question_kind = not extra or extra == topic
                if not extra and readings[0] == ():
                    break  # a complete question answered on its own
                if recent and extra and extra != session.bot.default_subject:
                    break  # the most recent subject that answers
        if by_story_subject:
            best = own_reading_if_clearer(session.bot, analysis, best)
        if by_question_kind and best and asks_only_of_story(session.bot, analysis, told, best.entry, topic_named):
            continue  # "... my thumb is still numb. Will it come back?": not whether carpal tunnel comes back
        if best is not None and not says_what_is_asked(session.bot, best.entry, analysis):
            continue  # "how to do this on your website?" after "burning mouth syndrome" is not about burns
        if best is not None and best.entry.id not in {c.entry.id for c in found}:
            found.append(best)
    return found


def says_what_is_asked(bot: Bot, entry: FaqEntry, analysis: Analysis) -> bool:
    """True unless a question names things of its own and the entry (its questions or its answer) says none.

    The words that count are the bank's, not English's commonest, nor what is asked or how: "how do you catch
    hepatitis?" read with a story's "health" reached the entry on infectious diseases, which says nothing of
    the liver; "how to do this on your website?" after "burning mouth syndrome" reached burns."""
    analyzer, matcher = bot.analyzer, bot.matcher
    own = frozenset(
        t
        for t in analysis.tokens
        if matcher.knows(t)
        and not analyzer.is_aspect(t)
        and not analyzer.is_everyday(t)
        and t not in analyzer.framing
        and t not in analyzer.stopwords
        and t not in bot.default_subject
        and not t.isdigit()
        and matcher.names_few(t)
    )
    return not own or matcher.says(entry, own)


def own_reading_if_clearer(bot: Bot, analysis: Analysis, best):
    """The question's own reading where it answers clearly ahead of the reading a story subject gave.

    A story's subject says what "it" is about, but a story also names what merely happened ("I had a simple op",
    "the physio comes twice a week"): read with that, "why did this happen?" reaches the entry about the
    operation, which leaves part of the question unexplained, though the question alone, with the main topic
    for "it", reaches the causes far ahead and explains all of it. An entry the story's subject reaches that
    explains the whole question ("... radiation to the hip. Why would they do that?") keeps it.
    """
    # An entry whose own question does not say what is asked ("... a calcium lump in my thigh. What could have
    # caused it?": the lump's entry) yields to one whose own question says it, far ahead (round 19).
    untitled = not title_says_asked(bot, analysis, best.entry)
    if best.coverage + OWN_READING_GAIN > 1.0 and not untitled:
        return best  # no reading explains more than all of the question: no need to rank again
    own = message_readings.own_subjects(bot, analysis)
    subject = () if own else bot.default_subject
    tokens = tuple(dict.fromkeys((*analysis.tokens, *subject)))
    if not tokens:
        return best
    # Only a reading that explains more can be taken: the ranking may stop early, as for any coverage it cannot
    # reach (its bound is exact, so the rankings that go on are the same).
    needed = max(DECIDING_COVERAGE, best.coverage + (0.0 if untitled else OWN_READING_GAIN))
    ranking = bot.matcher.rank(tokens, (*analysis.concepts, *subject), lenient=bool(own), min_coverage=needed)
    decision = decide(ranking)
    if decision.kind != "answer":
        return best
    top = decision.candidates[0]
    clearer = top.score >= best.score + OWN_READING_MARGIN and top.coverage >= best.coverage + OWN_READING_GAIN
    titled = (
        untitled
        and top.score >= best.score + TITLED_READING_MARGIN
        and top.coverage >= best.coverage
        and title_says_asked(bot, analysis, top.entry)
    )
    if top.entry.id != best.entry.id and (clearer or titled):
        return top
    return best


def only_judges(bot: Bot, analysis: Analysis) -> bool:
    """True for a question whose every word only judges ("is this serious?", "is that normal?", "is this something
    to worry about?": the general layer's `judging_words`, read as the bank reads them)."""
    asked = [t for t in analysis.tokens if t not in bot.analyzer.framing]
    return bool(asked) and all(t in bot.judging_tokens for t in asked)


def story_subject_defined(bot: Bot, analysis: Analysis, story_subjects):
    """The clear answer that says what one of the story's subjects is, the most specific first, or None."""
    matcher = bot.matcher
    for subject in sorted((s for s in story_subjects if not s.isdigit()), key=lambda s: -matcher.weight(s)):
        tokens = tuple(dict.fromkeys((*analysis.tokens, subject)))
        decision = decide(matcher.rank(tokens, (*analysis.concepts, subject), min_coverage=DECIDING_COVERAGE))
        if decision.kind == "answer" and matcher.defines(decision.candidates[0].entry, (subject,)):
            return decision.candidates[0]
    return None


def asks_only_of_story(
    bot: Bot, analysis: Analysis, told: frozenset[str], entry: FaqEntry, story_names_topic: bool
) -> bool:
    """True if a question asks only a kind of question ("why?", "will it come back?") of what its story tells,
    and the entry reached says nothing of that.

    The story may choose what a question is about, and a question that names nothing ("why is this?") is about
    what the story just told (a numb thumb), not the bank's main topic: "will it come back?" read with "carpal
    tunnel" reaches whether the condition comes back. Such a reading answers only with an entry whose questions
    or answer say something the story tells."""
    pronouns = message_readings.pronouns_in(bot, analysis)
    if not told or not pronouns or bot.bank.follow_up.subjects:
        return False  # a bank that lists its subjects knows which story words are what is asked about
    analyzer = bot.analyzer
    topic = set(bot.default_subject) | analyzer.main_topic
    if topic.intersection(analysis.tokens):
        return False  # "... or is that rare for gout?" names its subject
    if story_names_topic and ("it" in pronouns or bot.matcher.defines(entry, bot.default_subject)):
        # "GP thinks it was gout ... why would someone like me get it?", "gp said i have sciatica, whats that
        # mean?": "it", or what is defined, is the topic the story names.
        return False
    if any(
        not analyzer.is_aspect(t) and not analyzer.is_everyday(t)
        for t in analysis.tokens
        if t not in analyzer.framing and t not in topic
    ):
        return False  # the question names a thing of its own ("can they put his cream on at school?")
    return not bot.matcher.says(entry, told)


def pronouns_identified(bot: Bot, analysis: Analysis) -> set[int]:
    """Where a pronoun only stands for what the question names it as ("whether it's HO", "is that the bone
    thing?", "if it is the extra bone"): the pronoun and a form of "be" next to it, then within a few words a
    subject of the bank. Such a question names what it asks about; the pronoun leans on no subject of the story.
    """
    words, pronouns = analysis.words, bot.bank.follow_up.pronouns
    found = set()
    for index, word in enumerate(words):
        if word not in pronouns:
            continue
        after = words[index + 1 : index + 2]
        before = words[index - 1 : index] if index else ()
        if after and after[0] in COPULAS:
            rest = words[index + 2 : index + 2 + IDENTIFIED_WITHIN]
        elif before and before[0] in COPULAS:
            rest = words[index + 1 : index + 1 + IDENTIFIED_WITHIN]
        else:
            continue
        while rest and rest[0] in IDENTIFYING_DETERMINERS:
            rest = rest[1:]
        # The subject comes first ("the bone thing", "HO"): "is that what HO feels like?" (a lump may be), "is it
        # to stop the bone?" or "is that ok with epilepsy?" say no subject the pronoun is.
        if not rest or rest[0] in CLAUSE_WORDS:
            continue
        if set(bot.analyzer.analyze(" ".join(rest[:2])).tokens) & bot.analyzer.subjects:
            found.add(index)
    return found


def last_named_subjects(bot: Bot, story_subjects, analysis: Analysis, last_part: str) -> list[str]:
    """The story's subjects named in its last part, when the question ends on "of that", "of this" (or "about",
    "for"): the thing just named is what is asked about. Not the main topic, nor a number."""
    words = analysis.words
    if len(words) < 2 or words[-1] not in CLAIM_POINTERS or words[-2] not in POINTING_PREPOSITIONS or not last_part:
        return []
    topic = set(bot.default_subject)
    last = set(bot.analyzer.analyze(without_denied(last_part, bot.denials)).tokens)
    return [s for s in story_subjects if s in last and not s.isdigit() and s not in topic]


def title_says_asked(bot: Bot, analysis: Analysis, entry: FaqEntry) -> bool:
    """True if the entry's own question (its title) says every aspect the question asks ("cause", "serious"), or
    the question asks none."""
    analyzer = bot.analyzer
    aspects = {t for t in analysis.tokens if analyzer.is_aspect(t)}
    if not aspects:
        return True
    return aspects <= set(analyzer.analyze(entry.question, fix_typos=False).tokens)
