"""A story's question that points back at what the story tells: read with the whole story (`questions_in_story`),
with the signs it tells ("... a hard lump by his scar. Is that HO?"), with the claim it makes ("... it grows three
times faster than bone. Is that true?") or with a thing it names ("... a lemon juice flush. Does that work?").

Each takes the `Bot` and a message split into its questions and story (`whole_message.split`). `stories.story_reading`
tries them around `story_questions.question_answers`, which reads a question with the story's subjects: a question
that names only the topic with the story's signs first, the others after it, in the order above."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.conversation import message_readings, whole_message
from chatbot.conversation.story_questions import CLAIM_POINTERS
from chatbot.understanding.decision import DECIDING_COVERAGE, decide, leads_far
from chatbot.understanding.matcher import CONTEXT_SHARE
from chatbot.understanding.message import AUXILIARIES, without_denied
from chatbot.understanding.story_referent import entry_pointed_at, things_told

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot


def questions_in_story(bot: Bot, message, skip_advice: bool = False) -> list:
    """Each question read with the whole story as context: "Does that happen to a lot of people?" after
    "I had my hip replaced and the x-ray shows extra bone" asks about bone after a hip replacement.

    Only a story about the bank's topic lends its words, and the reading must clear the same
    thresholds as any answer.
    """
    analyzer, matcher = bot.analyzer, bot.matcher
    story = analyzer.analyze(" ".join(message.story))
    asked = [analyzer.analyze(question) for question in message.questions]
    # Only a story that names one of the bank's subjects, or around a question that names the bank's own
    # rare topic words, lends its words ("move it" after a song's title is no question about stiffness).
    if not (
        any(analyzer.is_topic_word(t) for t in message_readings.own_subjects(bot, story))
        or any(matcher.names_topic(t) for part in asked for t in part.tokens)
    ):
        return []
    # The story says what the question is about, not what is asked: "last month" is no question of timing.
    context = tuple(dict.fromkeys(t for t in story.tokens if not analyzer.is_aspect(t) and not analyzer.is_everyday(t)))
    # A question that points back at the story ("can that cause HO?") takes its words in full; "they" is
    # more often the doctors than the story's subject.
    pronouns = frozenset(bot.bank.follow_up.pronouns) - bot.narrative_words
    guessed = not bot.bank.follow_up.subjects
    found = []
    for question, analysis in zip(message.questions, asked, strict=True):
        if skip_advice and bot.advice.asks_for_advice(question):
            continue
        if not analysis.tokens:
            continue  # "... which are they?": a question with no word of its own would be the story's words alone
        if (
            guessed
            and not message_readings.bank_words_in(bot, analysis)
            and not message_readings.asks_what_subject_is(bot, analysis)
        ):
            # "How can that be?", "who actually gets it?": the question's own words say nothing the bank
            # knows, so the story's words alone would pick the entry. A bank that lists its subjects knows
            # which story words are what the question is about ("Is that true?" after "... HO after my
            # hip replacement"); one whose subjects are derived from its words does not.
            continue
        share = 1.0 if any(word in pronouns for word in analysis.words) else CONTEXT_SHARE
        decision = decide(
            matcher.rank(
                analysis.tokens,
                analysis.concepts,
                context=context,
                context_share=share,
                min_coverage=DECIDING_COVERAGE,
            )
        )
        if (
            decision.kind == "answer"
            and message_readings.asks_whether_of_subject_alone(bot, analysis)
            and not matcher.overlap(decision.candidates[0].entry, frozenset(context))
        ):
            continue  # "could I get HO?" after a story is answered only by an entry about what the story says
        if decision.kind == "answer" and decision.candidates[0].entry.id not in {c.entry.id for c in found}:
            found.append(decision.candidates[0])
    return found


def signs_asked_about(bot: Bot, message, skip_advice: bool = False, bare: bool = False) -> list:
    """A yes-or-no question whether what the story tells is the topic: "my dad has a hard lump by his scar. Is that
    HO?", "the side of my hip is tender and puffy. Could this be the start of it?".

    What is asked is whether those signs are the condition: the question is read with the story's signs (the
    general layer's `symptom_concepts`: a lump, pain, swelling, a fever) and not the story's other words (the
    thigh, the fall, last month), which only tell where and when. The question must name one of the bank's own
    topic subjects, or mean the main topic by "it", "this" or "that"; the entry reached must speak of a sign.
    """
    if not message.story:
        return []
    analyzer, matcher = bot.analyzer, bot.matcher
    denials = bot.denials
    # A question naming only the topic ("can the bone thing do that?") reads the story's other signs too (a
    # joint gone stiff: the general layer's `told_signs`).
    known_signs = bot.told_signs if bare else bot.symptom_concepts
    signs = tuple(
        dict.fromkeys(
            t
            for part in message.story
            for t in analyzer.analyze(without_denied(part, denials)).tokens
            if t in known_signs and matcher.knows(t)
        )
    )
    if not signs:
        return []
    # The tokens of "cause", and whether the whole story names the topic (`_names_topic`): read only for a
    # yes-or-no question that needs them (speed32: most stories ask none, and the whole story read again was about a
    # tenth of a story's time).
    causing = None
    found = []
    for question in message.questions:
        analysis = analyzer.analyze(question)
        if not analysis.words or analysis.words[0] not in AUXILIARIES:
            continue  # "what is HO?" after a story asks what it is, not whether the signs are it
        if causing is None:
            # "Is that from HO?" asks as "is that HO?" does (round 18: "is that from" reads as a cause).
            causing = set(analyzer.analyze("cause", fix_typos=False).tokens)
        own = {t for t in message_readings.own_subjects(bot, analysis) if analyzer.is_topic_word(t)}
        subject = () if own else bot.default_subject
        if skip_advice and set(analysis.tokens) - analyzer.framing - own - set(subject) - causing:
            # With a request for advice, only a message that asks nothing but "is that HO?": what the signs are
            # in general. "... is it sciatica? is it safe for the baby?" asks the advice.
            return []
        if not own and not (
            message_readings.pronouns_in(bot, analysis) & CLAIM_POINTERS and _names_topic(bot, message.story)
        ):
            continue  # "... growing pains at night. Is that normal?" asks nothing of the topic
        if set(analysis.tokens) & set(signs) or any(t in known_signs for t in analysis.tokens):
            continue  # a question that names a sign itself is read by the other readings
        # Only "can HO do that?" or "is that from HO?", naming nothing but the topic (and that it causes), is read
        # with the signs first.
        asked = set(analysis.tokens) - analyzer.framing - analyzer.main_topic - causing
        if bare and asked - set(bot.default_subject):
            continue
        tokens = tuple(dict.fromkeys((*analysis.tokens, *subject, *signs)))
        ranking = matcher.rank(
            tokens, (*analysis.concepts, *subject, *signs), lenient=False, min_coverage=DECIDING_COVERAGE
        )
        decision = decide(ranking)
        if decision.kind != "answer":
            continue
        top = decision.candidates[0]
        if matcher.overlap(top.entry, frozenset(signs)) and top.entry.id not in {c.entry.id for c in found}:
            found.append(top)
    return found


def _names_topic(bot: Bot, story: tuple[str, ...]) -> bool:
    """True if the story, read whole, names one of the bank's topic subjects."""
    analyzer = bot.analyzer
    return any(
        analyzer.is_topic_word(t) for t in message_readings.own_subjects(bot, analyzer.analyze(" ".join(story)))
    )


def questions_about_the_claim(bot: Bot, message, skip_advice: bool = False) -> list:
    """A question that only points back at what the story just said asks that: "My physio said it grows
    three times faster than bone. Is that true?", "... they think it's the extra bone. Is that a known thing?".

    The story's last sentence (the claim) and the question are read together, the claim's words as asked,
    and must clear the same thresholds as any answer. Only a claim about the bank's topic, and only a
    question that says nothing of its own (no word of the bank, no health or rare word).
    """
    if not message.story:
        return []
    # A bank whose subjects are derived from its words cannot tell what a story is about from what happened
    # ("I had my wisdom tooth removal last week. How can that be?"): see `questions_in_story`. Only a question
    # that asks whether the claim is normal ("... flashing lights before my migraines, is that normal?") is
    # read so there: it asks about the claim itself.
    judging = bot.judging_words
    derived = not bot.bank.follow_up.subjects
    analyzer, matcher = bot.analyzer, bot.matcher
    claim = analyzer.analyze(message.story[-1])
    if not (
        any(analyzer.is_topic_word(t) for t in message_readings.own_subjects(bot, claim))
        or any(matcher.names_topic(t) for t in claim.tokens)
    ):
        return []
    # What the claim says: its words the bank knows and its health words ("a clot" counts against every
    # entry); its common words the bank never uses ("nearly everyone", "I read") only tell how it was heard.
    # A thing of the general lay-word lexicon that the bank never names ("for clots") is the claim's detail.
    said = [t for t in claim.tokens if matcher.knows(t) or (analyzer.is_topic_word(t) and t not in analyzer.things)]
    found = []
    for question in message.questions:
        if skip_advice and bot.advice.asks_for_advice(question):
            continue
        analysis = analyzer.analyze(question)
        # "That" and "this" point at what was said; "it" more often at a thing ("is it ok to start it?").
        pointing = message_readings.pronouns_in(bot, analysis) & CLAIM_POINTERS
        if not pointing or message_readings.says_something_of_its_own(bot, analysis):
            continue
        if derived and not judging.intersection(analysis.words):
            continue
        tokens = tuple(dict.fromkeys((*said, *analysis.tokens)))
        ranking = matcher.rank(tokens, (*claim.concepts, *analysis.concepts), min_coverage=DECIDING_COVERAGE)
        decision = decide(ranking)
        if decision.kind == "answer":
            top = decision.candidates[0]
        elif ranking and leads_far(ranking):
            # The question adds nothing, so every word is the claim's own detail ("for clots", "on a forum"):
            # an entry far ahead of every other is what the claim is about.
            top = ranking[0]
        else:
            continue
        if top.entry.id not in {c.entry.id for c in found}:
            found.append(top)
    return found


def questions_about_a_told_thing(bot: Bot, message, skip_advice: bool = False) -> list:
    """A question that points back with "it", "that" or "them" and names nothing of its own, read with a thing its
    story names for the pronoun ("... a lemon juice flush to pass them. Does that work?": see `story_referent`).

    Only in a bank whose subjects are derived from its words; one that lists its subjects reads its stories by
    them. A question that asks what something is goes to the entry that defines it (`story_subject_defined`)."""
    if bot.bank.follow_up.subjects:
        return []
    analyzer, matcher = bot.analyzer, bot.matcher
    things = things_told(analyzer, matcher, sorted(whole_message.story_tells(bot, message)))
    if not things:
        return []
    found = []
    for question in message.questions:
        if skip_advice and bot.advice.asks_for_advice(question):
            continue
        analysis = analyzer.analyze(question)
        if (
            not message_readings.pronouns_in(bot, analysis)
            or message_readings.asks_what_subject_is(bot, analysis)
            or message_readings.addresses_bot(bot, analysis)
        ):
            continue  # "... will you put that on my list?" asks the bot to act, not about the thing
        if any(analyzer.is_topic_word(t) for t in message_readings.own_subjects(bot, analysis)):
            continue  # "... could it be shingles?" names what it asks about
        top = entry_pointed_at(matcher, analysis, things)
        if top is not None and top.entry.id not in {c.entry.id for c in found}:
            found.append(top)
    return found
