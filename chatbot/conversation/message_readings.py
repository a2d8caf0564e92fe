"""Small readings of a message's words: whether it is about health, what it names, whether it points back,
asks the bot, or asks in the bank's own words; the reading with the bank's main topic for "it"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.understanding import english
from chatbot.understanding.bot_request import is_request_to_bot
from chatbot.understanding.decision import DECIDING_COVERAGE, decide
from chatbot.understanding.having_it import someone_has_it
from chatbot.understanding.language import TELLING_ASPECT_ZIPF, Analysis, stem
from chatbot.understanding.message import AUXILIARIES, SUBJECT_PRONOUNS, Message, is_question, without_denied
from chatbot.understanding.taken_pronoun import takes_a_pronoun
from chatbot.understanding.text import words

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# Real-word slips ("how dose HO start") are looked for in messages up to this long.
MAX_SLIP_READING_WORDS = 12
# ... if it uses a word the bank uses far more often than English that is rarer than this ("fly", not "after");
# with only words the bank happens to use ("can I wash my hair?"), at this score or more.
BANK_WORD_ZIPF = 5.0
# A typed word names a thing or an act only if it is rarer than this; commoner words ("time", "place", "name",
# "stop") are the ways everyday requests ask (the Zipf of `TELLING_ASPECT_ZIPF`).
THING_WORD_ZIPF = 5.5
# ... and it is answered from the answer bar of a word the bank makes its own when the entry so reached itself
# says a thing the question names that is rarer than this (the Zipf of a clinic's derived subjects).
ENTRY_THING_ZIPF = 4.5
# English's second-person possessives: "your name" is the bot's, not the topic's.
ADDRESSEE_POSSESSIVES = frozenset(("your", "ur", "yr"))
# The words of "what is it?" ("what actually is that?" adds only framing words).
WHAT_WORDS = frozenset(("what", "whats", "is", "are"))
# ... and of "what does it do?", which asks what the subject is for (see `asks_what_subject_is`).
DOING_WORDS = frozenset(("does", "do"))
# ... and of "what does that mean?", which asks what a thing is as much as "what is that?" does (round 18).
MEANING_WORDS = frozenset(("mean", "means"))
# "What does that mean for her?": who it means something for asks nothing more.
MEANING_FOR = frozenset("for me him her us them you".split())
# Subject pronouns that name people: after a slipped "dose" they ask what someone takes.
PERSONAL_SUBJECTS = frozenset("i you he she we they".split())
# The words for one other person: "what symptoms will she get?" after "my granddaughter has FOP" asks of FOP.
THIRD_PERSONS = frozenset("he she him her his".split())
# A question that points back at a story's claim ("is that true or was she exaggerating?") asks nothing of its
# own if its words are everyday or at least this common in English.
CLAIM_WORD_ZIPF = 2.5
# A question that ends on "after" or "before" and names nothing it is after ("what can he eat after?", "how long
# would he be off work after?") leans on the last answer up to this many words (see `ends_leaning_back`).
MAX_LEANING_WORDS = 8


def asks_whether_of_subject_alone(bot: Bot, analysis: Analysis) -> bool:
    """ "I'm having my knee replaced next month. Could I get HO?": a yes-or-no question whose only word the
    bank knows is a subject asks about the story (will *this* lead to it), not what the subject is: the entry
    about the subject in general would answer another question."""
    words = analysis.words
    if not words or words[0] not in AUXILIARIES:
        return False
    asked = set(analysis.tokens) - bot.analyzer.framing
    return bool(asked) and asked <= set(bot.default_subject)


def says_something_of_its_own(bot: Bot, analysis: Analysis) -> bool:
    """A word that asks something: one of the bank's (not everyday), a health word, or a rare word."""
    analyzer = bot.analyzer
    return bool(bank_words_in(bot, analysis)) or any(
        analyzer.is_topic_word(t) or (not analyzer.is_everyday(t) and analyzer.zipf(t) < CLAIM_WORD_ZIPF)
        for t in analysis.tokens
        if t not in analyzer.framing
    )


def says_it_plainly(bot: Bot, analysis: Analysis, known_only: bool = True) -> bool:
    """A short question with "it" for its subject, or none and no "I" ("what can go wrong?"), that names no
    subject, asks nothing of the bot ("can you fix it?") and, with `known_only`, uses no word the bank does not
    know."""
    typed = set(analysis.words)
    return (
        len(analysis.words) <= MAX_SLIP_READING_WORDS
        and (bool(pronouns_in(bot, analysis)) or "i" not in typed)
        and not addresses_bot(bot, analysis)
        and not own_subjects(bot, analysis)
        and bool(analysis.tokens)
        and (not known_only or all(bot.matcher.knows(t) for t in analysis.tokens))
        and not only_asks(bot, analysis)
    )


def only_asks(bot: Bot, analysis: Analysis) -> bool:
    """True for a question whose every token is a concept one of English's commonest words brings ("what
    time is it?": timing, from "time"): every everyday request says as much. "How long does it last", "is
    it serious", "when does it start" ask more."""
    common = common_word_tokens(bot, analysis) & bot.analyzer.concept_words
    return all(t in common for t in analysis.tokens)


def common_word_tokens(bot: Bot, analysis: Analysis) -> set[str]:
    """The tokens that one of English's commonest typed words brings alone ("time" brings timing)."""
    analyzer = bot.analyzer
    return {
        t
        for word in analysis.words
        if english.zipf(word) >= TELLING_ASPECT_ZIPF
        for t in analyzer.common_word_tokens(word)
    }


def pronouns_in(bot: Bot, analysis: Analysis) -> set[str]:
    """The pronouns of a message, less a determiner of time ("this month", "that day" point at no subject)."""
    words, pronouns, units = analysis.words, bot.bank.follow_up.pronouns, bot.analyzer.time_units
    return {
        word
        for index, word in enumerate(words)
        if word in pronouns and not (index + 1 < len(words) and words[index + 1] in units)
    }


def asks_in_bank_words(bot: Bot, analysis: Analysis) -> bool:
    """A short question that names no subject, asks nothing of the bot, and uses only words the bank uses,
    at least one of them more than an everyday word ("can I fly?", "can I wash my hair?")."""
    analyzer = bot.analyzer
    return (
        len(analysis.words) <= MAX_SLIP_READING_WORDS
        and bool(analysis.tokens)
        and not addresses_bot(bot, analysis)
        # A subject derived from the bank's words that is no topic word ("wash" at an eye clinic) still
        # leaves the question without one: "can I wash my hair?" asks about the main topic.
        and not any(analyzer.is_topic_word(t) for t in own_subjects(bot, analysis))
        and all(bot.matcher.knows(t) or analyzer.is_everyday(t) for t in analysis.tokens)
        and bool(thing_words(bot, analysis))
        and not asks_about_addressee(bot, analysis)
    )


def asks_with_no_subject(bot: Bot, analysis: Analysis, message: Message) -> bool:
    """One short question, no story, that names no subject and asks nothing of the bot ("why did i get it",
    "what foods should i cut out"): one `understanding.no_subject` may read with the bank's topic for "it"."""
    if message.story or len(message.questions) != 1 or not is_question(message.questions[0]):
        return False
    if len(analysis.words) > MAX_SLIP_READING_WORDS or not analysis.tokens:
        return False
    analyzer = bot.analyzer
    return (
        not own_subjects(bot, analysis)
        and not any(t in analyzer.main_topic for t in analysis.tokens)
        and not addresses_bot(bot, analysis)
        and not asks_about_addressee(bot, analysis)
    )


def asks_only_an_aspect(bot: Bot, analysis: Analysis) -> bool:
    """A telling aspect ("risk", "drive") and otherwise only aspects and everyday words ("which people are most at
    risk?", "when can I drive?")."""
    analyzer = bot.analyzer
    tokens = analysis.tokens
    telling = any(analyzer.is_telling_aspect(t) for t in tokens)
    return telling and all(analyzer.is_aspect(t) or analyzer.is_everyday(t) for t in tokens)


def addresses_bot(bot: Bot, analysis: Analysis) -> bool:
    """True if "you" is who is asked to act: the subject, first or after an auxiliary ("can you fix it?", "do
    you know ..."). "You" after a verb or "if" is anyone ("can it kill you?", "how do they know if you have
    it?"): the question is about the topic."""
    words, addressee, generic = analysis.words, bot.addressee_words, bot.generic_you_verbs
    # "Can you be born with it?", "can you feel it?": a verb of what happens to a body makes "you" anyone.
    return any(
        word in addressee
        and (index == 0 or words[index - 1] in AUXILIARIES)
        and not (index + 1 < len(words) and words[index + 1] in generic)
        for index, word in enumerate(words)
    )


def asks_about_addressee(bot: Bot, analysis: Analysis) -> bool:
    """ "What is your name by chance?": "your" before a word that names nothing the bank speaks of gives the
    question a subject of its own, the bot's; "does it affect your driving?" still asks about the topic."""
    words, things = analysis.words, thing_words(bot, analysis)
    analyzer = bot.analyzer
    for index, word in enumerate(words[:-1]):
        if word in ADDRESSEE_POSSESSIVES:
            owned = analyzer.analyze(words[index + 1], fix_typos=False).tokens
            if owned and not set(owned) & things:
                return True
    return False


def thing_words(bot: Bot, analysis: Analysis) -> set[str]:
    """The typed words that name a thing or an act the bank speaks of ("wash", "swim", "ice"), not only what
    is asked ("time", "where", "how long") or a common word ("stop", "name"): those are everyday requests.

    The typed word decides, not the concept it is read as: "swim" is a concept of the general layer
    (so "a dip" is read as it), yet it names an act; "time" is read as the concept of timing. A typo of a
    bank word names what the word names ("when can I dirve?").
    """
    analyzer = bot.analyzer
    bank_words = bank_words_in(bot, analysis)
    found: set[str] = set()
    for word in analysis.words:
        if word in analyzer.stopwords or not word.isalpha() or english.zipf(word) >= THING_WORD_ZIPF:
            continue
        tokens = analyzer.analyze(word).tokens
        # A concept counts where the bank makes it its own ("swim" at an eye clinic) or where the word typed
        # is the concept's own name ("risk", "drive"), never where a word is only read as one, which may be
        # an idiom's way of asking ("chance" read as risk, in "what is your name by chance").
        if not tokens or set(tokens) <= analyzer.person_concepts:
            continue  # "what is your age?": age tells who someone is, not a thing the topic has
        if set(tokens) <= bank_words and all(
            t not in analyzer.concept_words or analyzer.is_bank_specific(t) or (t,) == (stem(word),) for t in tokens
        ):
            found.update(tokens)
    return found


def entry_says(bot: Bot, entry: FaqEntry, things: set[str]) -> bool:
    """True if an entry's own question, alternates or answer name one of the things asked about that is not
    common in English ("overnight" in "does someone need to stay with me overnight after?"); a commoner word
    ("grade", "appear", "ice") is as often an everyday request's ("what grade is my son in")."""
    analyzer = bot.analyzer
    said = {t for text in (entry.question, *entry.alternates, entry.answer) for t in analyzer.analyze(text).tokens}
    return any(analyzer.zipf(t) < ENTRY_THING_ZIPF for t in things & said)


def uses_bank_specific_word(bot: Bot, analysis: Analysis) -> bool:
    """A word the bank makes its own ("fly", "swim" in a bank that says them in many answers), not only
    common ones it happens to use ("time", "holiday", "name"), which everyday requests use too."""
    analyzer = bot.analyzer
    return any(
        analyzer.is_bank_specific(t) and analyzer.zipf(t) < BANK_WORD_ZIPF and not t.isdigit()
        for t in bank_words_in(bot, analysis)
    )


def asks_what_subject_is(bot: Bot, analysis: Analysis, doing: bool = False, meaning: bool = False) -> bool:
    """ "What is it?", "what actually is that?": a question that asks only what its subject is; with `doing`,
    also what it does ("gp gave me aciclovir, what does it actually do?"); with `meaning`, also what it means
    ("what does that mean for her?")."""
    words = set(analysis.words)
    pronouns = bot.bank.follow_up.pronouns
    asks_what = bool(words & {"what", "whats"}) and bool(words & pronouns)
    # "What does that mean?" asks what it is: "does" then frames the question, as "is" does.
    also = DOING_WORDS if doing else set()
    if meaning and words & MEANING_WORDS:
        also = also | MEANING_WORDS | DOING_WORDS | MEANING_FOR
    return asks_what and words <= WHAT_WORDS | pronouns | bot.framing | also


def names_bank_topic(bot: Bot, analysis: Analysis) -> bool:
    """True if a question uses one of the bank's own topic words ("heel", "plantar"), in a bank whose
    subject list does not name them."""
    analyzer, matcher = bot.analyzer, bot.matcher
    # A concept names a subject too where the bank makes it its own ("makeup" at an eye clinic): a thing or
    # an act the bank speaks of far more than English does, not a way of asking ("causes", "when").
    return any(
        analyzer.is_topic_word(t)
        and matcher.knows(t)
        and t not in analyzer.health
        and (not analyzer.is_aspect(t) or analyzer.is_bank_specific(t))
        for t in analysis.tokens
    )


def own_subjects(bot: Bot, analysis: Analysis) -> set[str]:
    """The subjects of the bank (FOP, grade 2 ...) a message names itself."""
    subjects = bot.analyzer.subjects
    return {t for t in analysis.tokens if t in subjects}


def is_elliptical(session: Session, analysis: Analysis) -> bool:
    """True for a message that leans on what came before: "and grade 3?", "what are its symptoms?".

    It opens with a follow-up word ("and", "what about"), or it names no
    subject of its own and either points back ("it", "that") or is a bare
    aspect ("symptoms?").
    """
    if opens_as_follow_up(session.bot, analysis):
        # "So what is HO anyway?", "and how is FOP treated?": after its opener a whole question that names its
        # own subject and points at nothing is asked as in a fresh session ("and grade 3?" is no question).
        return not complete_after_opener(session.bot, analysis)
    bare = len(analysis.words) <= 3  # "symptoms?", "how long?": a whole question is never this short
    return (
        points_back_at_topic(session, analysis)
        or (bare and asks_without_subject(session.bot, analysis))
        or (len(analysis.words) <= MAX_LEANING_WORDS and ends_leaning_back(session.bot, analysis))
        or asks_of_told_person(session, analysis)
    )


def ends_leaning_back(bot: Bot, analysis: Analysis) -> bool:
    """True for "how soon after?", "how long before": a question with no subject of its own whose last word
    (the general layer's `follow_up: closers`) is after or before something it does not name."""
    typed = analysis.words
    return (
        len(typed) > 1
        and typed[-1] in bot.bank.follow_up.closers
        and is_question(" ".join(typed))
        and not own_subjects(bot, analysis)
    )


def asks_of_told_person(session: Session, analysis: Analysis) -> bool:
    """True for "what symptoms will she get?" right after "my granddaughter has FOP ...": "she" is the person
    the last message told of, and what she has is the subject, when the question names none of its own and the
    last answer's subject is more than the main topic."""
    if not session.memory.told_of_person or own_subjects(session.bot, analysis):
        return False
    if not any(word in THIRD_PERSONS for word in analysis.words):
        return False
    main = set(session.bot.default_subject or ())
    return any(t in session.bot.bank.follow_up.subjects and t not in main for t in session.memory.context)


def requests_of_bot(bot: Bot, analysis: Analysis, clean: str) -> bool:
    """ "Please talk faster", "stop it": a request to the bot, no follow-up (see `understanding.bot_request`)."""
    if opens_as_follow_up(bot, analysis):
        return False  # "and in children": an opener carries the conversation on
    about_health = is_about_health(bot, analysis)
    return is_request_to_bot(
        analysis.words,
        is_question(clean),
        about_health,
        bot.request_markers,
        bot.bank.follow_up.pronouns,
        bot.particles,
        bot.command_openers,
        bot.command_objects,
    )


def complete_after_opener(bot: Bot, analysis: Analysis) -> bool:
    """True if what follows a message's follow-up openers ("so", "and", "what about") is a question of its own:
    a question word or auxiliary first, a subject it names, and no word pointing back."""
    asked = " ".join(words_after_openers(bot, list(analysis.words)))
    return (
        asked != " ".join(analysis.words)
        and is_question(asked)
        and bool(own_subjects(bot, analysis))
        and not pronouns_in(bot, analysis)
    )


def opens_as_follow_up(bot: Bot, analysis: Analysis, alone_too: bool = True) -> bool:
    """True for a message that opens with a follow-up word of the bank ("and for kids?", "what about FOP?"), or
    with `alone_too`, that is only one ("and?")."""
    typed = " ".join(analysis.words)
    openers = bot.bank.follow_up.openers
    # One `startswith` over every opener and a space: the same test as one opener at a time, in C.
    return (alone_too and typed in openers) or typed.startswith(tuple(opener + " " for opener in openers))


def names_after_follow_up_opener(bot: Bot, analysis: Analysis) -> bool:
    """True for a follow-up opener and then only a name or a circumstance, no question ("what about at night",
    "and in winter"): what it asks is the last question's, which a fresh session does not have."""
    if not opens_as_follow_up(bot, analysis, alone_too=False):
        return False
    rest = words_after_openers(bot, list(analysis.words))
    return bool(rest) and not is_question(" ".join(rest))


def asks_in_own_words(bot: Bot, analysis: Analysis) -> bool:
    """True if a bank word of the message comes from more than one of English's commonest words alone: "how
    soon", "serious", "how many people" ask something; "days", "where", "fast" are as much an everyday
    request's ("in 4 days, what date will it be", "where you from", "talk faster")."""
    return bool(bank_words_in(bot, analysis) - common_word_tokens(bot, analysis))


def asks_without_subject(bot: Bot, analysis: Analysis) -> bool:
    """True if a message names no subject but asks something the bank knows ("causes", "hereditary")."""
    if own_subjects(bot, analysis) or not asks_in_own_words(bot, analysis):
        return False
    # "What time is it?" brings only everyday words: it asks nothing of the bank.
    analyzer = bot.analyzer
    return not all(word in analyzer.stopwords or analyzer.is_everyday(stem(word)) for word in analysis.words)


def points_back_at_topic(session: Session, analysis: Analysis, fresh: bool = False) -> bool:
    """True for "is it hereditary?", "how is it graded?": a pronoun for the subject, and no topic named.

    Every word it brings must be one the bank knows ("how long does it take to the airport?" is not
    about HO), and a request to the bot itself ("can you fix it?") is not a question about the topic.
    """
    if not pronouns_in(session.bot, analysis):
        return False
    analyzer = session.bot.analyzer
    # "Is FOP serious?" names its subject. Only a subject the bank lists counts here: one derived from a
    # clinic bank's words may be what "it" is compared with ("is it the same as plantar fasciitis?").
    listed = session.bot.bank.follow_up.subjects
    if any(analyzer.is_topic_word(t) and t in listed for t in analysis.tokens):
        return False
    if not bank_words_in(session.bot, analysis) or not all(session.bot.matcher.knows(t) for t in analysis.tokens):
        return False
    # An aspect the bank defines ("serious", "risk", "who gets") asks about its topic as much as its own
    # words do; not a question word's concept ("when", "where"), nor one a common word alone brings ("day").
    common = common_word_tokens(session.bot, analysis)
    telling = any(analyzer.is_telling_aspect(t) and t not in common for t in analysis.tokens)
    everyday = all(word in analyzer.stopwords or analyzer.is_everyday(stem(word)) for word in analysis.words)
    if everyday and not telling:
        return False  # "what time is it?"
    if session.memory.last_entry is not None and not fresh:
        # In a conversation "it" may be the last answer's subject; a question whose bank words all come from
        # English's commonest words ("what date will it be in 3 days?": "days") asks nothing of it.
        return asks_in_own_words(session.bot, analysis)
    # Outside a conversation (or `fresh`: read as in a fresh session) it must ask something the bank makes its
    # own ("how is it graded?"), and not be a request to the bot ("can you fix it?").
    specific = telling or any(analyzer.is_bank_specific(t) or analyzer.is_topic_word(t) for t in analysis.tokens)
    return specific and not addresses_bot(session.bot, analysis) and not only_asks(session.bot, analysis)


def pointing_phrase_as_it(bot: Bot, analysis: Analysis) -> Analysis:
    """ "How is the condition treated?" read as "how is it treated?": the phrase names no condition."""
    typed = " ".join(analysis.words)
    for phrase in bot.pointing_phrases:
        if f" {phrase} " in f" {typed} ":
            return bot.analyzer.analyze(f" {typed} ".replace(f" {phrase} ", " it ").strip())
    return analysis


def question_with_pointing_phrase_as_it(bot: Bot, question: str, story: str, denials=()) -> str:
    """A story's question with the phrase that points at a condition read as "it": "My son has HO in both hips. How
    serious is this condition?" asks as "how serious is it?" does. Read whole, "condition" would pick the entry on
    other conditions. The question keeps its mark, so it still asks.

    Only where the condition can be no other than the main topic: the story names it, or the question names a
    subject of its own ("does physio help with this condition?"). After "she had a hip replacement ... calcium in her
    muscle", "what is this condition?" is no question about the operation, which "it" there would mean."""
    subject = bot.default_subject
    typed = " ".join(words(question))
    for phrase in bot.pointing_phrases:
        if f" {phrase} " in f" {typed} ":
            asked = f" {typed} ".replace(f" {phrase} ", " it ").strip()
            # What the story says did not happen names nothing ("it is not HO").
            told = bool(subject) and set(subject) <= set(bot.analyzer.analyze(without_denied(story, denials)).tokens)
            if not told and not own_subjects(bot, bot.analyzer.analyze(asked)):
                return question
            return asked + "?" if question.rstrip().endswith("?") else asked
    return question


def default_subject_reading(bot: Bot, analysis: Analysis):
    """For a question with no subject of its own, the reading with the bank's main topic as subject."""
    subject = bot.default_subject
    if not subject or any(bot.analyzer.is_topic_word(t) for t in own_subjects(bot, analysis)):
        return None  # "is FOP serious?" names its subject; "how is it graded?" does not
    if takes_a_pronoun(analysis.words):
        return None  # "how long do I take them for": what is taken is a medicine, not the condition
    tokens = tuple(dict.fromkeys((*analysis.tokens, *subject)))
    decision = decide(
        bot.matcher.rank(tokens, (*analysis.concepts, *subject), lenient=False, min_coverage=DECIDING_COVERAGE)
    )
    return decision if decision.kind != "fallback" else None


def bank_words_in(bot: Bot, analysis: Analysis) -> set[str]:
    """What a message itself brings: bank words, not everyday ones ("what time is it?" brings nothing)."""
    analyzer = bot.analyzer
    return {
        t
        for t in analysis.tokens
        if bot.matcher.knows(t) and (not analyzer.is_everyday(t) or t in analyzer.everyday_by_stem_only)
    }


def is_about_health(bot: Bot, analysis: Analysis) -> bool:
    """True if a message has a health or topic word: only then is it answered from the bank on its own.

    "Please talk faster" or "how old are you" share words with the bank
    ("fast", "age") but are not about health, and must not be answered.
    """
    analyzer = bot.analyzer
    return any(analyzer.is_about_health(token) for token in (*analysis.words, *analysis.tokens))


def context_of(bot: Bot, analysis: Analysis, entry: FaqEntry | None = None) -> frozenset[str]:
    """What a follow-up can lean on: the subjects the person asked about (FOP, grade 2 ...),
    else those of the entry answered, else every topic word they used."""
    subjects = bot.analyzer.subjects
    asked = frozenset(t for t in analysis.tokens if t in subjects or t.isdigit())
    if not asked - {t for t in asked if t.isdigit()} and entry is not None:
        asked |= frozenset(t for t in bot.analyzer.analyze(entry.question).tokens if t in subjects)
    if asked:
        return asked
    return frozenset(t for t in analysis.tokens if not bot.analyzer.is_everyday(t))


def points_back_in_bank_words(session: Session, analysis: Analysis) -> bool:
    """A short message right after an answer that points back ("they", "it"), names no subject of its own,
    asks nothing of the bot and says only words the bank says, not all of them ways of asking ("what time is
    it?" is not one)."""
    if session.memory.last_entry is None or not session.memory.answered_just_now or not analysis.tokens:
        return False
    if len(analysis.words) > MAX_SLIP_READING_WORDS or not pronouns_in(session.bot, analysis):
        return False
    if own_subjects(session.bot, analysis) or addresses_bot(session.bot, analysis):
        return False
    matcher, analyzer = session.bot.matcher, session.bot.analyzer
    tokens = analysis.tokens
    return all(matcher.knows(t) for t in tokens) and not all(analyzer.is_aspect(t) for t in tokens)


def asks_about_the_topic(bot: Bot, analysis: Analysis) -> bool:
    """True for a question whose subject is "it"/"this" (in a bot about one topic: the topic, issue 9 part 3)
    and that asks something of a body or the bank: a word the bank knows more than everyday English, or an
    aspect ("go away by itself", "cause"). "What time is it?" (a common word's aspect), "is it raining?" and
    "can you book it?" (a request to the bot) ask nothing of the topic."""
    if not pronouns_in(bot, analysis) or addresses_bot(bot, analysis):
        return False
    analyzer, common = bot.analyzer, common_word_tokens(bot, analysis)
    return (
        # "can kids get it?": a person who gets it asks whether people get the topic (`understanding.having_it`)
        someone_has_it(analysis.words, analyzer.person_nouns)
        or asks_in_own_words(bot, analysis)
        or is_about_health(bot, analysis)
        or any(analyzer.is_telling_aspect(t) and t not in common for t in analysis.tokens)
    )


def auxiliary_slip(bot: Bot, typed: tuple[str, ...], reading: tuple[str, ...]) -> bool:
    """True if a real-word reading mends a question's auxiliary: the slipped word becomes one ("dose" for "does"),
    a pronoun for a thing or the bank's main topic follows it, and then a verb ("which joints dose it go for").
    A person after it is no slip: "what dose he take" or "what dose my son take" is a dose asked in few words;
    "what dose my grade 2 mean" is not."""
    # A reading changes one word in place.
    slip = next(index for index, (was, now) in enumerate(zip(typed, reading, strict=True)) if was != now)
    subject = reading[slip + 1 : slip + 2]
    if reading[slip] not in AUXILIARIES or len(reading) < slip + 3 or not subject:
        return False
    own = bot.analyzer.analyze(subject[0]).tokens
    person = subject[0] in PERSONAL_SUBJECTS or reading[slip + 2] in bot.analyzer.person_nouns
    thing = subject[0] in SUBJECT_PRONOUNS and not person
    # "what dose brooker grade 2 mean": "what does ... mean" asks what a thing means, never for a dose (round 18).
    meaning = reading[slip] in DOING_WORDS and not person and bool(MEANING_WORDS.intersection(reading[slip + 2 :]))
    return thing or meaning or bool(own and set(own) <= set(bot.default_subject))


def words_after_openers(bot: Bot, typed: list[str]) -> list[str]:
    """A message's words after its follow-up openers ("and what about the knee" -> "the knee")."""
    rest = list(typed)
    openers = sorted((opener.split() for opener in bot.bank.follow_up.openers), key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for opener in openers:
            if len(rest) > len(opener) and rest[: len(opener)] == opener:
                rest, stripped = rest[len(opener) :], True
                break
    return rest
