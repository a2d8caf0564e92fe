"""The message split into its questions and story, and read whole: every word as asked, with the guards that
keep a story's words from picking the entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import message_readings
from chatbot.understanding.decision import (
    CLEAR_MARGIN,
    DECIDING_COVERAGE,
    SURE_COVERAGE,
    SURE_SCORE,
    Decision,
    decide,
    sparse_lead,
)
from chatbot.understanding.language import Analysis
from chatbot.understanding.message import Message, is_question, split_message, with_diary_as_story, without_denied
from chatbot.understanding.own_phrasing import echoed_leader
from chatbot.understanding.story_lead import story_tells_one_entry
from chatbot.understanding.text import words

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# A short question with no subject, made only of words the bank uses ("can I fly?"), is answered with the
# main topic as subject only if, so read, it scores this high.
BANK_WORDS_SCORE = 70.0
# "Them", "they": after a story, the subject named last ("the drops ... how long does he need them?").
PLURAL_PRONOUNS = frozenset(("them", "they", "these", "those"))
# Words that may deny what a story names ("it is not HO", "they ruled it out", "isnt HO").
NEGATIONS = frozenset("not no never isnt wasnt arent nothing ruled cant dont doesnt didnt".split())
# A story word that more than one in this many of a bank's entries use is the clinic's frame, not what the story
# tells (see `story_tells`).
FRAME_SHARE = 3


def split(session: Session, clean: str) -> Message:
    """The message's questions and story. In a bank whose subjects are derived from its words, a sentence told
    without its "I" ("Had my gallbladder out on Monday.") is story: read as a question, its words pick the entry
    about the gallbladder itself. A bank that lists its subjects reads its stories by them (`stories.story_reading`).

    Split once a message: a clinic's answer is split again to find the words asked (`matching.match`); the split is kept
    until the message is answered (`memory.forget_reading`)."""
    found = session.current.splits.get(clean)
    if found is None:
        found = session.current.splits[clean] = split_once(session.bot, clean)
    return found


def split_once(bot: Bot, clean: str) -> Message:
    """The message split into questions and story (see `split`), without a subject line the questions say again."""
    message = split_message(clean)
    if message.story and message.questions:
        # "Shingles. / How do I prevent a shingles outbreak?": a subject line the questions say again tells nothing.
        analyze = bot.analyzer.analyze
        asked = {t for question in message.questions for t in analyze(question).tokens}
        told = tuple(part for part in message.story if not asked.issuperset(analyze(part).tokens or ("",)))
        if len(told) < len(message.story):
            message = message._replace(story=told)
    return message if bot.bank.follow_up.subjects else with_diary_as_story(message)


def whole_message_decision(bot: Bot, analysis: Analysis, message):
    """The message read whole, every word as asked. Only the question's own words count for less because
    the topic is named: a story's words tell what happened ("last month")."""
    if not message_readings.is_about_health(bot, analysis) and not bot.analyzer.name_parts.intersection(
        analysis.tokens
    ):
        # "How long till I feel better?" at an anaemia clinic: everyday words only, but one of a clinic entry's own
        # questions in the patient's words, its leader clear (see `understanding.own_phrasing`). One question only,
        # naming its own thing: in "how do I use it properly" the "it" may be the eye drops just asked about, while
        # the phrasing it echoes ("How do I use a nasal spray properly?") names a spray the patient never typed.
        echoed = (
            echoed_leader(bot.matcher, bot.analyzer, analysis)
            if not message.story and len(message.questions) == 1 and not message_readings.pronouns_in(bot, analysis)
            else None
        )
        return Decision("answer", (echoed,)) if echoed is not None else decide([])
    lenient = True
    guarded = False
    if message.story and message.questions:
        analyzer = bot.analyzer
        asked = [analyzer.analyze(question) for question in message.questions]
        if all(
            message_readings.asks_what_subject_is(bot, part) and not PLURAL_PRONOUNS.intersection(part.words)
            for part in asked
        ):
            # "GP says I have shingles, what is it?": the question asks what the story's subject is. Read whole,
            # the story's other words ("GP") would pick the entry; the story reading gives the subject. Not
            # "... little lumps on his ears from gout, what are they?": "they" are the lumps, read whole.
            return decide([])
        echo = plain_question_of_told_topic(bot, message, asked)
        if echo is not None:
            return Decision("answer", (echo,))
        guarded = not bot.bank.follow_up.subjects and not any(
            message_readings.bank_words_in(bot, part) or message_readings.asks_what_subject_is(bot, part)
            for part in asked
        )
        lenient = frozenset(t for part in asked for t in part.tokens)
    matcher = bot.matcher
    # "Is this advice from a nurse?": a question with no story that names the main topic or points at it with
    # "it", "this" or "that", in a bank that lists its subjects, may be answered by any entry's clear lead that
    # leaves only words the bank never writes, as a clinic's sparse entry may (see `sparse_lead`). Not with a
    # story: its words would decide ("I cut myself shaving, could that cause HO?").
    any_lead = (
        bool(bot.bank.follow_up.subjects)
        and not message.story
        and (bool(message_readings.pronouns_in(bot, analysis)) or set(bot.default_subject) <= set(analysis.tokens))
    )
    ranking = matcher.rank(
        analysis.tokens, analysis.concepts, lenient=lenient, min_coverage=DECIDING_COVERAGE, lead_any_entry=any_lead
    )
    decision = decide(ranking)
    if decision.kind != "answer" and len(message.questions) <= 1 and sparse_lead(ranking):
        # A clinic's entry far ahead, leaving only words no entry uses: answered (one question; a story's words
        # only where no entry uses them, see `Matcher._leaves_only_unwritten`).
        decision = Decision("answer", (ranking[0],))
    if (
        decision.kind != "answer"
        and len(message.questions) == 1
        and message.story
        and story_tells_one_entry(
            bot.analyzer,
            matcher,
            " ".join(message.story),
            message.questions[0],
            ranking,
            bot.judging_tokens,
        )
    ):
        # "Kids at school keep teasing her about her eczema. How can the teachers help?": the story's telling word
        # is one entry's alone, and the question asks what that entry says (see `story_lead`).
        decision = Decision("answer", (ranking[0],))
    if guarded and not (decision.kind == "answer" and story_sets_the_question(bot, message, lenient, decision)):
        # "My nan had her tooth out. Who actually gets it?": read whole, the story's words would be the
        # question. On a bank whose subjects are derived, the story reading decides (see `stories.story_reading`).
        return decide([])
    if decision.kind == "answer" and message.story and len(message.questions) == 1:
        own = question_sure_alone(bot, message, decision.candidates[0])
        if own is not None:
            return Decision("answer", (own,))
    return decision


def question_sure_alone(bot: Bot, message: Message, whole):
    """The entry a message's one question reaches surely on its own, where the message read whole answers
    another entry (`whole`) only through its story's words; else None.

    "What causes bone to grow in muscle?? My son has it in his leg": read whole, the story's "son" and "leg" pick
    the entry on stiff joints; the question alone names the condition and asks its causes, nearly word for word
    one of the bank's questions. Only a question that names a subject of the bank itself and points at nothing
    the story told ("what are the signs of it?" after "my dad has FOP" is the story's to decide), read alone as
    sure as SURE_SCORE and SURE_COVERAGE with a clear lead; and never when the whole message's entry is about a
    subject the story names and the question does not, nor when the story names any concept of the bank (a
    synonym's concept: an operation, an injury) the question does not ("I'm having a hip replacement. What is the
    risk of HO?": the risk after a hip replacement; "I'm having my shoulder replaced. Could I get HO as people do
    after hip ops?": not the hip's figures)."""
    analyzer, matcher = bot.analyzer, bot.matcher
    question = analyzer.analyze(message.questions[0])
    if (
        not is_question(message.questions[0])
        or message_readings.pronouns_in(bot, question)
        or not message_readings.own_subjects(bot, question)
    ):
        return None
    ranking = matcher.rank(question.tokens, question.concepts, min_coverage=DECIDING_COVERAGE)
    decision = decide(ranking)
    if decision.kind != "answer" or len(decision.candidates) != 1:
        return None
    top = decision.candidates[0]
    if top.entry.id == whole.entry.id or top.score < SURE_SCORE or top.coverage < SURE_COVERAGE:
        return None
    if len(ranking) > 1 and top.score - ranking[1].score < CLEAR_MARGIN:
        return None
    told = {t for part in message.story for t in analyzer.analyze(part).tokens} - set(question.tokens)
    # A story that only tells who spoke of it ("the doc mentioned it": a general health word that says what is
    # asked, and everyday words) gives the question no subject (round 19); anything else it names may ("my
    # knee replaced", an operation, a fever).
    only_who_said = all(
        (analyzer.is_aspect(t) and t in analyzer.health) if t in analyzer.concept_words else analyzer.is_everyday(t)
        for t in told
    )
    if (told & analyzer.concept_words and not only_who_said) or matcher.subject_words(whole.entry) & told:
        return None  # "I'm having my shoulder replaced. Could I get HO like people do after hip ops?"
    return top


def plain_question_of_told_topic(bot: Bot, message: Message, asked: list[Analysis]):
    """The bank's own question that a short question in everyday words asks of the main topic its story names.

    "The doctor said it might be HO. What can be done?": read whole, the story's words ("doctor") pick the entry
    on tests; the question asks what can be done about HO, one of the bank's questions clearly (BANK_WORDS_SCORE,
    as for "can I fly?" asked alone at a clinic about one operation). One question, no subject of its own (its
    words need not be the bank's); the story must name the main topic (not only deny it) and no other subject of
    the bank ("my hip replacement", "non-genetic HO": the story reading weighs those). None otherwise.
    """
    topic = bot.default_subject
    if not topic or len(asked) != 1 or not is_question(message.questions[0]):
        return None
    question = asked[0]
    # Its words need not be the bank's own: read about the topic ("what can be done about it"), they may be.
    if not message_readings.says_it_plainly(bot, question, known_only=False) or message_readings.pronouns_in(
        bot, question
    ):
        return None  # "... ear sore since the grommets went in. what does it mean?": "it" is what the story told
    if not bot.bank.follow_up.subjects and story_tells(bot, message):
        # A bank whose subjects are derived cannot tell a story's subjects from its other words: only a story that
        # tells nothing but its topic ("the chemist said it might be a verruca") lends it ("... the ears?" after
        # "grommets and a plane to spain" is the story reading's to answer).
        return None
    analyzer, denials = bot.analyzer, bot.denials
    if any(NEGATIONS.intersection(words(part)) for part in message.story):
        return None  # "the doctor said it is not HO", "they ruled out HO": the story may deny the topic
    told = {t for part in message.story for t in analyzer.analyze(without_denied(part, denials)).tokens}
    if not set(topic) <= told or (told & analyzer.subjects) - set(topic):
        return None  # "non genetic HO, what is it?": the story names a subject of its own, the story reading's
    # Asked of what the story told: "what can be done?" is "what can be done about HO?" ("done about": treated).
    name = bot.bank.short_name or bot.bank.topic
    question = analyzer.analyze(f"{message.questions[0].rstrip(' ?!.')} about {name}")
    tokens = tuple(dict.fromkeys((*question.tokens, *topic)))
    decision = decide(bot.matcher.rank(tokens, (*question.concepts, *topic), min_coverage=DECIDING_COVERAGE))
    if decision.kind == "answer" and decision.candidates[0].score >= BANK_WORDS_SCORE:
        return decision.candidates[0]
    return None


def story_sets_the_question(bot: Bot, message: Message, asked: frozenset[str], decision) -> bool:
    """True if a question in everyday words ("what helps?", "is that normal?", "which is better?") asks about
    what its story, naming the bank's topic, tells ("crampy and swollen belly after colonoscopy"), and the entry
    the whole message reaches says a word the question asks with (in its questions or its answer).

    A question that only asks whether what the story tells is as it should be ("is that normal?", "is that
    ok?": the general layer's `judging_words`) asks about the story itself, whatever the entry's words.

    "Who actually gets it?" after "I had my wisdom tooth removal" asks something the entry does not say
    ("who", "gets"), and "how can that be?" asks with no word at all: the story alone would pick the entry.
    """
    analyzer, matcher = bot.analyzer, bot.matcher
    story = analyzer.analyze(" ".join(message.story))
    if not any(analyzer.is_topic_word(t) and matcher.knows(t) for t in story.tokens):
        return False
    judging = bot.judging_words
    if any(word in judging for question in message.questions for word in analyzer.analyze(question).words):
        return True
    own = frozenset(t for t in asked if not t.isdigit()) - analyzer.framing
    return matcher.says(decision.candidates[0].entry, own)


def story_tells(bot: Bot, message: Message) -> frozenset[str]:
    """What a story tells that the bank knows: its things and signs, not the main topic, everyday words, ways of
    asking or what it says did not happen ("my thumb is still numb": the thumb, numbness)."""
    analyzer, matcher = bot.analyzer, bot.matcher
    topic = set(bot.default_subject) | analyzer.main_topic
    return frozenset(
        t
        for part in message.story
        for t in analyzer.analyze(without_denied(part, bot.denials)).tokens
        if matcher.knows(t)
        and t not in topic
        and t not in analyzer.framing
        and not t.isdigit()
        and not analyzer.is_everyday(t)
        and (not analyzer.is_aspect(t) or analyzer.is_telling_aspect(t))
        # A word many entries use is the clinic's frame ("the op", "my hand" at a hand clinic), not what it tells.
        and len(matcher.entries_covering({t})) * FRAME_SHARE <= len(matcher.entries)
    )
