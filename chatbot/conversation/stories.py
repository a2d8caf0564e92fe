"""A story around a question: the reading by the story's subjects (and its guards against a thing the bank
does not know), a story with no question, the other questions of a message offered after one is answered, and
the entry whose own question says what is asked, among close ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.conversation import answering, message_readings, story_questions, story_references, whole_message
from chatbot.lazy_pattern import lazy_compile
from chatbot.reply import Reply
from chatbot.understanding.decision import ANSWER_SCORE, Decision
from chatbot.understanding.language import Analysis, stem
from chatbot.understanding.message import AUXILIARIES, Message, without_denied

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

ADVICE_OPTIONS = 3
# A choice between close entries is settled by the one whose own question says what is asked: at least this share of
# its title said, and this many times the weight the message shares with each rival's title (see `titled_by_question`).
TITLE_SAID_SHARE = 0.5
TITLE_LEAD_RATIO = 2.0
# A runner-up this close to the leader, whose own question says all that is asked, answers (see `title_echo`).
TITLE_ECHO_MARGIN = 8.0
# A message's phrases, for what stands next to what (see `names_a_longer_thing`).
PHRASE_BREAKS = lazy_compile(r"[,;:()\[\]/?!.\"]+")
# A word of at least this many letters that neither the bank nor English knows names a thing ("ciprofaxin").
UNKNOWN_THING_LETTERS = 4
# A number of at most this many digits after a word may be part of its name ("trisomy 7"); a longer one is a year.
NAME_NUMBER_DIGITS = 3
# General questions offered after a personal-advice request must share this much of it.
ADVICE_RELATED_COVERAGE = 0.3


def is_story(bot: Bot, analysis: Analysis) -> bool:
    """A message that tells what happened to someone ("my mum has HO after her hip op") about health."""
    narrative = bot.narrative_words
    if not any(word in narrative for word in analysis.words):
        return False
    # It must name the bank's own subject ("HO", "hip op"), not only general health ("my tooth hurts").
    analyzer = bot.analyzer
    return any(
        analyzer.is_topic_word(t) and t not in analyzer.health and stem(t) not in analyzer.health
        for t in message_readings.own_subjects(bot, analysis)
    )


def offered_ids(ranking) -> list[str]:
    """The ids of the entries that share enough of a message to be offered after it, best first."""
    return [c.entry.id for c in ranking if c.coverage >= ADVICE_RELATED_COVERAGE][:ADVICE_OPTIONS]


def story_only(session: Session, analysis: Analysis, prefix: str, ranking=None) -> Reply:
    """A kind reply to a story with no question, and the entries that fit it best to pick from (those sharing enough
    of it, else the bank's examples). `ranking`: the bank's ranking of the message, when the caller already has it."""
    if ranking is None:
        ranking = session.bot.matcher.rank(analysis.tokens, analysis.concepts)
    ids = offered_ids(ranking)
    suggestions = session.bot.suggestions_for(ids or session.bot.bank.example_ids)
    session.memory.offered = suggestions
    text = prefix + (session.bot.bank.understanding or {}).get("story_only", session.bot.bank.messages["clarify"])
    return Reply(kind="clarify", text=text, score=ranking[0].score if ranking else None, suggestions=suggestions)


def offer_other_questions(session: Session, reply: Reply, message, subjects: tuple[str, ...]) -> Reply:
    """After answering one question of a message that asked several, offer the others first.

    The message's subjects stand in for a part that names none ("what causes HO and how is it treated?").
    """
    found = story_questions.question_answers(session, message.questions, subjects)
    others = [c.entry.id for c in found if c.entry.id != reply.id]
    if not others:
        return reply
    suggestions = session.bot.suggestions_for(others)
    rest = tuple(s for s in reply.suggestions if s.id not in set(others))
    reply = reply._replace(suggestions=(*suggestions, *rest)[: max(len(reply.suggestions), len(suggestions))])
    session.memory.offered = reply.suggestions
    return reply


def titled_by_question(bot: Bot, analysis: Analysis, decision: Decision) -> bool:
    """True if the leader of close entries is the one whose own question (its title, not its alternates) says
    what the message asks: every word of what is asked ("when", "ask") is in its title, at least half the title
    is said (TITLE_SAID_SHARE, by the bank's weights), and what the message shares with it beyond the main topic
    weighs at least TITLE_LEAD_RATIO times what it shares with each rival's title.

    "Wen do they do the op to take it out": "When is surgery used for HO?" against "How soon after an injury or
    surgery does HO form?"; "should I check with my doctor before taking anything ...": "Should I talk to my
    doctor before taking medicine for HO?" against "Can HO be prevented?". Not "how common is HO after elbow
    surgery" (how common is asked: no title says it).
    """
    analyzer, matcher = bot.analyzer, bot.matcher
    topic = set(bot.default_subject)
    asked = set(analysis.tokens) - topic
    aspects = {t for t in asked if analyzer.is_aspect(t)}
    if not aspects:
        return False

    def title(candidate) -> set[str]:
        return set(analyzer.analyze(candidate.entry.question, fix_typos=False).tokens)

    top, *rivals = decision.candidates
    own = title(top)
    shared = sum(matcher.weight(t) for t in asked & own)
    said = shared + sum(matcher.weight(t) for t in own & topic & set(analysis.tokens))
    if not aspects <= own or shared <= 0 or said < TITLE_SAID_SHARE * sum(matcher.weight(t) for t in own):
        return False
    return all(shared >= TITLE_LEAD_RATIO * sum(matcher.weight(t) for t in asked & title(c)) for c in rivals)


def title_echo(bot: Bot, analysis: Analysis, decision: Decision) -> Decision:
    """The runner-up instead of a close leader when the runner-up's own question (its title) says every concept
    the question asks with and the leader's does not: "what is genetic HO?" is the title "What is genetic HO,
    and how rare is it?", not "What are the types of HO?"."""
    analyzer, matcher = bot.analyzer, bot.matcher
    if not analysis.words or analysis.words[0] in AUXILIARIES:
        return decision  # "is HO genetic or not?": the leader's yes or no answers a whether-question too
    asked = {t for t in analysis.tokens if t not in analyzer.framing and analyzer.misses_in_full(t)}
    if not asked:
        return decision
    top = decision.candidates[0]

    def title(entry: FaqEntry) -> set[str]:
        return set(analyzer.analyze(entry.question, fix_typos=False).tokens)

    named = tuple(sorted(asked - set(bot.default_subject)))
    if asked <= title(top.entry) or (named and matcher.defines(top.entry, named)):
        return decision  # "tell me about FOP": the leader says what FOP is ("what is fop")
    ranking = matcher.rank(analysis.tokens, analysis.concepts, limit=3)
    for candidate in ranking[1:]:
        if candidate.score < top.score - TITLE_ECHO_MARGIN or candidate.score < ANSWER_SCORE:
            break
        if candidate.coverage >= top.coverage and asked <= title(candidate.entry):
            return Decision("answer", (candidate, top))
    return decision


def conversation_subject_defined(session: Session, analysis: Analysis):
    """After an answer, "what is it?" or "what's that?" (only asking what a pronoun is, naming nothing) asks what
    the conversation is about: the entry that defines its most specific subject, else the bank's main topic.
    Not in a fresh session: "what is it?" there points at nothing said."""
    if (
        session.memory.last_entry is None
        or message_readings.own_subjects(session.bot, analysis)
        or not message_readings.asks_what_subject_is(session.bot, analysis)
    ):
        return None
    return story_questions.story_subject_defined(
        session.bot, analysis, (*sorted(session.memory.context), *session.bot.default_subject)
    )


def story_reading(
    session: Session, message: Message, prefix: str, skip_advice: bool = False, text: str = ""
) -> Reply | None:
    """A longer message read as its questions, with the story around them giving the subject.

    "My dad had his hip replaced in March and now there is a hard lump by
    the scar. Is that HO?" is answered as "is that HO?" about a hip
    replacement. Each question must clear the same thresholds as any
    answer; a second answerable question is offered as the first choice.
    """
    if not message.questions or (len(message.questions) == 1 and not message.story):
        return None
    if points_past_other_condition(session.bot, message, text):
        return None  # "is it hereditary? my grandson has eczema": "it" is eczema, not the bank's topic
    asked_whole = message
    if skip_advice:
        # "My wife takes indometacina and has stomach pain. She can stop it?": a question that asks for advice
        # only with the story it follows is the advice asked, never answered.
        story = "\n".join(message.story)
        asks = session.bot.advice.ask_with_their_story(story, message.questions)
        asked = [q for q, asking in zip(message.questions, asks, strict=True) if not asking]
        message = message._replace(questions=tuple(asked))
    analyzer = session.bot.analyzer
    subjects = session.bot.analyzer.subjects
    # The story's subjects, and its numbers ("grade 3") where the bank uses them.
    # What the story says did not happen ("he never had surgery on them") is no subject of the question.
    denials = session.bot.denials
    story_subjects = tuple(
        dict.fromkeys(
            t
            for part in message.story
            for t in analyzer.analyze(without_denied(part, denials)).tokens
            if t in subjects or (t.isdigit() and session.bot.matcher.knows(t))
        )
    )
    # What the story tells matters only where subjects are derived (see `story_questions.asks_only_of_story`): read
    # only there.
    told = frozenset() if session.bot.bank.follow_up.subjects else whole_message.story_tells(session.bot, message)
    # A story told before the question, naming no subject, may still say that "it" is the main topic; told after,
    # it may be what "it" is ("how is it treated? my mum keeps getting pain in her shoulder"), so it lends no
    # main topic (see `story_questions.question_answers`). Read only then: most stories name a subject.
    story_tokens = ()
    if not story_subjects and text and not asked_first(message, text):
        story_tokens = analyzer.analyze(without_denied(" ".join(message.story), denials)).tokens
    read: list = []  # the message's phrases, read once a candidate is to be checked (most messages find none)

    def named(found: list) -> list:
        if not found:
            return found
        if not read:
            # Phrases: what lies between punctuation marks, so "fibromyalgia (sp?)" puts no word after it.
            written = (*asked_whole.questions, *asked_whole.story)
            phrases = [analyzer.analyze(p).tokens for part in written for p in PHRASE_BREAKS.split(part)]
            said = frozenset(t for tokens in phrases for t in tokens)
            read.extend((phrases, said, unknown_numbered_names(session.bot, phrases)))
        phrases, said, unknown_numbered = read
        return [
            candidate
            for candidate in found
            if not unknown_numbered
            and names_its_subject(session.bot, candidate.entry, said)
            and not names_a_longer_thing(session.bot, candidate.entry, phrases)
            and not general_entry_for_unknown_thing(session.bot, candidate.entry, said)
        ]

    # "Mum's knee got stiffer since her op. Can the bone thing do that?": a question that names nothing but the
    # topic and points back asks whether the story's signs are the topic's, not about the operation (round 18).
    found = named(story_references.signs_asked_about(session.bot, asked_whole, skip_advice, bare=True))
    if not found:
        last_part = message.story[-1] if message.story and not asked_first(message, text) else ""
        # "... How serious is this condition?": the phrase points at what the story told, as "it" does.
        as_it = message_readings.question_with_pointing_phrase_as_it
        story = " ".join(message.story)  # read only for a question with such a phrase (few are)
        questions = tuple(as_it(session.bot, question, story, denials) for question in message.questions)
        found = named(
            story_questions.question_answers(
                session, questions, story_subjects, skip_advice, told, story_tokens, last_part, story
            )
        )
    if not found:
        # "... a hard lump by his scar. Is that HO?" asks for a diagnosis (refused, in the note before), and what
        # the bank can say in general: what those signs are in HO.
        found = named(story_references.signs_asked_about(session.bot, asked_whole, skip_advice))
    if not found:
        found = named(story_references.questions_in_story(session.bot, message, skip_advice))
    if not found:
        found = named(story_references.questions_about_the_claim(session.bot, message, skip_advice))
    if not found:
        found = named(story_references.questions_about_a_told_thing(session.bot, message, skip_advice))
    if not found:
        return None
    top = found[0]
    reply = answering.answer(session, top.entry, top.score, frozenset(story_subjects), prefix, via="story")
    if len(found) > 1:
        others = session.bot.suggestions_for([c.entry.id for c in found[1:]])
        suggestions = (*others, *(s for s in reply.suggestions if s.id not in {o.id for o in others}))
        reply = reply._replace(suggestions=suggestions[: max(len(reply.suggestions), len(others))])
        session.memory.offered = reply.suggestions
    return reply


def unknown_numbered_names(bot: Bot, parts) -> bool:
    """True if a message names a thing by a word and a number ("trisomy 7") where the bank names that word with
    other numbers only ("trisomy 13", "trisomy 18"): the message is about a thing the bank has no entry on, and
    an entry about another thing it tells ("4 miscarriages") does not answer it. A number before a word
    counts ("4 miscarriages"); a word's own number follows it."""
    matcher = bot.matcher
    for tokens in parts:
        for word, number in zip(tokens, tokens[1:], strict=False):
            # A name's number is short ("trisomy 7", "type 13"); "early AMD in 1982" names a year.
            if number.isdigit() and len(number) <= NAME_NUMBER_DIGITS and not word.isdigit():
                numbers = matcher.numbers_named_with(word)
                if numbers and number not in numbers:
                    return True
    return False


def general_entry_for_unknown_thing(bot: Bot, entry: FaqEntry, said: frozenset[str]) -> bool:
    """True if, in a big bank, an entry about no one thing ("Medicines", "Pain": no word of its subject names few
    entries) would answer a message that names a thing the bank does not know at all ("Citrobacter freundii
    ... Does ciprofloxacin work well? Is there a better drug?"): the question is about that thing."""
    matcher, analyzer = bot.matcher, bot.analyzer
    if not matcher.tells_few or any(map(matcher.names_few, matcher.subject_words(entry))):
        return False
    return any(
        t.isalpha() and len(t) >= UNKNOWN_THING_LETTERS and not matcher.knows(t) and not analyzer.is_everyday(t)
        for t in said
    )


def names_a_longer_thing(bot: Bot, entry: FaqEntry, parts) -> bool:
    """True if each time a message says a word of what an entry is about, a word next to it that the entry never
    says makes it a longer name: "Jock itch" is not itching, "burning mouth syndrome" not burns. Only the words
    that name few of a big bank's entries (`Matcher.names_few`) count, and only next words that tell something
    (no everyday word, way of asking or number: "my itch", "itch again" stay itch), and rarer in the bank's
    questions than the word itself: a word the bank names many things with ("acute", "chronic") qualifies a
    name, "jock" makes another."""
    matcher, analyzer = bot.matcher, bot.analyzer
    subject = matcher.subject_words(entry)
    specific = [word for word in subject if matcher.names_few(word)]
    if not specific:
        return False

    def qualifies(token: str, word: str) -> bool:
        return not (
            token in subject
            or matcher.question_count(token) >= matcher.question_count(word)
            or token.isdigit()
            or analyzer.is_everyday(token)
            or analyzer.is_aspect(token)
            or token in analyzer.framing
            or token in analyzer.stopwords
            or matcher.says(entry, frozenset((token,)))
        )

    for word in specific:
        places = [(tokens, index) for tokens in parts for index, token in enumerate(tokens) if token == word]
        if places and all(
            any(qualifies(tokens[near], word) for near in (index - 1, index + 1) if 0 <= near < len(tokens))
            for tokens, index in places
        ):
            return True
    return False


def names_its_subject(bot: Bot, entry: FaqEntry, said: frozenset[str]) -> bool:
    """True if a message says all of what an entry is about (`Matcher.subject_words`).

    A message read part by part may reach an entry through one word of its subject: "trisomy 13" reached
    "glycogen storage disease type 13" by its number, "are they gluten free?" "gluten sensitivity",
    "what a bundle blockage is" "His bundle tachycardia". Such an entry is about something else."""
    matcher = bot.matcher
    # The bank's own topic ("gout" at a gout clinic) goes without saying: every entry is about it.
    said = said | frozenset(bot.default_subject)
    subject = matcher.subject_words(entry)
    # Only where a word of the subject names few of the bank's entries is it what the entry is about: the words
    # a clinic's few phrasings happen to share ("after" of "... after cataract surgery?") are not.
    if any(map(matcher.names_few, subject)) and not subject <= said:
        return False
    # "... treated for otitis media. Pains started the previous night ... Is that normal?": the message names
    # a thing the bank has an entry about, whole; an entry about only a part of it ("pain", or "burns" where
    # "burning mouth syndrome" is named) is not what it is about.
    topic = frozenset(bot.default_subject)
    return not any(subject - topic < other - topic for other in matcher.subjects_said(said))


def names_unknown_condition(bot: Bot, parts) -> bool:
    """True if the parts (a story's sentences) name a condition the bank does not know: a health word of the general
    layer that is no part of the body ("lupus", "shingles"), or a word the general layer knows as a condition's name
    ("psoriasis", "sarcoidosis", "MS" typed in capitals: see `Analyzer.names_condition`)."""
    analyzer, matcher = bot.analyzer, bot.matcher
    for part in parts:
        for word in analyzer.analyze(part).words:
            tokens = analyzer.analyze(word).tokens
            if not tokens or any(matcher.knows(token) for token in tokens):
                continue
            if analyzer.names_condition(word) or any(
                token in analyzer.health and token not in analyzer.body for token in tokens
            ):
                return True
    return False


def points_past_other_condition(bot: Bot, message: Message, text: str) -> bool:
    """True if a message asks first, about "it" and nothing of the bank's own, and then names a condition the bank
    does not know: "can it be cured? my husband has psoriasis", "is it hereditary? my grandson has eczema". The
    story told after the question says what "it" is (see `asked_first`), and it is not the bank's topic."""
    if not asked_first(message, text) or not names_unknown_condition(bot, message.story):
        return False
    topic = set(bot.default_subject) | bot.analyzer.main_topic
    for question in message.questions:
        analysis = bot.analyzer.analyze(question)
        if not message_readings.pronouns_in(bot, analysis) or topic.intersection(analysis.tokens):
            return False
    return True


def asked_first(message: Message, text: str) -> bool:
    """True if every question of a message comes before its story: the story only says why it was asked."""
    if not text or not message.questions or not message.story:
        return False
    last_question = max(text.find(question) for question in message.questions)
    return 0 <= last_question < min(text.find(part) for part in message.story)
