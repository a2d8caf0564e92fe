"""A follow-up that names a new thing ("what about the knee?"): the last question asked of it, and when no
reading answers clearly, what to pick from."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.conversation import answering, message_readings
from chatbot.reply import Reply, Suggestion
from chatbot.understanding.contrast import MAX_NEW_WORDS, new_words, substituted_questions
from chatbot.understanding.decision import CLARIFY_SCORE, Decision, decide
from chatbot.understanding.language import Analysis, stem
from chatbot.understanding.message import is_question
from chatbot.understanding.text import words

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# A message this short names at most its subject and what it asks ("any side effects?").
MAX_BARE_WORDS = 3
# "The knee", "in the spine", "those steroid injections": a follow-up that only names a thing is this short.
MAX_NAMING_WORDS = 4


def first_clause_after_openers(bot: Bot, clean: str) -> tuple[list[str], list[str]]:
    """The words of a message's first clause, and those after its follow-up openers ("what about the knee, mum
    is having hers done" -> the knee)."""
    typed = words(re.split(r"[,;.!?]", clean, maxsplit=1)[0])
    return typed, message_readings.words_after_openers(bot, typed)


def names_only_things(bot: Bot, rest: list[str]) -> bool:
    """True if what follows a follow-up's openers names things and asks nothing ("the knee", "adults" are
    things; "the symptoms", "how long" ask)."""
    analyzer = bot.analyzer
    asked = analyzer.analyze(" ".join(rest))
    return (
        bool(asked.tokens) and not is_question(" ".join(rest)) and not any(analyzer.is_aspect(t) for t in asked.tokens)
    )


def small_word(bot: Bot, word: str) -> bool:
    """A word that names nothing: a small word, a pointing word, or one the analyzer reads as nothing."""
    analyzer = bot.analyzer
    return (
        word in analyzer.stopwords
        or word in bot.bank.follow_up.pronouns
        or not analyzer.analyze(word, fix_typos=False).tokens
    )


def contrast_reading(session: Session, analysis: Analysis, clean: str):
    """The last question asked again of the new thing a follow-up names ("what about the knee?", "is it the
    same for the elbow?"), if that reading is a clear answer that speaks of the new thing (see
    `understanding.contrast`); else None."""
    if not message_readings.opens_as_follow_up(session.bot, analysis, alone_too=False):
        return None
    _, rest = first_clause_after_openers(session.bot, clean)
    if not rest or not names_only_things(session.bot, rest):
        return None
    analyzer, matcher = session.bot.analyzer, session.bot.matcher
    bases = [tuple(words(session.memory.last_entry.question))]
    if session.memory.last_asked:
        bases.insert(0, session.memory.last_asked)

    def replaceable(word: str) -> bool:
        if small_word(session.bot, word):
            return False
        return not any(analyzer.is_aspect(t) for t in analyzer.analyze(word, fix_typos=False).tokens)

    def kind(token: str) -> str:
        return "number" if token.isdigit() else "concept" if token in analyzer.concept_words else "word"

    best, session.current.contrast_asked, repeated = None, (), False
    unsure: list = []  # readings that are a choice: their entries that speak of the new thing
    for base in bases:
        new = new_words(rest, base, lambda word: small_word(session.bot, word), stem)
        if not analyzer.analyze(" ".join(new)).tokens:
            continue
        before = set(analyzer.analyze(" ".join(base)).tokens)
        for reading in substituted_questions(base, new, replaceable):
            other = analyzer.analyze(" ".join(reading))
            added, removed = set(other.tokens) - before, before - set(other.tokens)
            # A thing for a thing of its kind: a knee replacement for a hip replacement, grade 3 for grade 2, the
            # elbow for the knee; not the knee for radiation ("is it the same for a knee" after radiation asks of
            # radiation for a knee, not of the knee alone).
            if not added or not removed or not same_kind_or_named_thing(session.bot, added, removed, kind):
                continue
            if any(analyzer.is_aspect(t) and not analyzer.is_telling_aspect(t) for t in removed):
                # "Which spine of the body ...": the new thing put for a question word's concept ("which parts"
                # asks where), not for a thing.
                continue
            decision = decide(matcher.rank(other.tokens, other.concepts, lenient=False))
            if decision.kind == "clarify":
                unsure += [c for c in decision.candidates if speaks_of(session.bot, c.entry, added, new)]
            if decision.kind != "answer":
                continue
            top = decision.candidates[0]
            if top.entry.id == session.memory.last_entry.id and not phrasings_say(top.entry, new):
                # "What about playing again?" after "when can he go back to school?": "playing" put in for another
                # word than "school" keeps school, and reaches the school answer again because its answer says
                # children should not play sport yet. Only an entry whose own questions name the new thing
                # ("what about sunbeds" after "Does sunshine help psoriasis?", which asks of sunbeds) answers it
                # again (round 25, conv27). Nor is what the other readings left a choice to offer then: the message's
                # own reading decides, as when this reading answered ("and in pregnancy?" after fertility: pregnancy).
                repeated = True
                continue
            if speaks_of(session.bot, top.entry, added, new) and (best is None or top.score > best.score):
                best, session.current.contrast_asked = top, reading
    if best is None and not repeated:
        # No reading is a clear answer: the entries the readings left to choose from that speak of the new thing,
        # best first ("and omeprazole?" after the antacids' side effects: the tablets' side effects, the tablets).
        kept = {}
        for candidate in sorted(unsure, key=lambda c: -c.score):
            kept.setdefault(candidate.entry.id, candidate)
        session.current.contrast_choices = tuple(kept.values())
    return best


def same_kind_or_named_thing(bot: Bot, added: set[str], removed: set[str], kind) -> bool:
    """Whether what a follow-up names may stand for what it replaces in the last question: a thing of the same
    kind (a concept for a concept, a number for a number, a plain word for a plain word), or a concept the bank
    knows put for a thing the last question named in a plain word of its own ("and swimming?" after "can my
    child go to nursery with eczema", "what about exercise" after "do probiotics help IBS"): never a plain word
    for a concept ("the knee" for radiation), never an everyday word replaced."""
    added_kinds, removed_kinds = {kind(t) for t in added}, {kind(t) for t in removed}
    if added_kinds <= removed_kinds:
        return True
    analyzer = bot.analyzer
    return (
        added_kinds == {"concept"}
        and removed_kinds == {"word"}
        and not any(analyzer.is_everyday(t) or t in analyzer.main_topic for t in removed)
    )


def speaks_of(bot: Bot, entry: FaqEntry, tokens: set[str], typed: tuple[str, ...]) -> bool:
    """True if an entry speaks of these tokens, or says the typed words themselves ("an elbow replacement" is
    one concept; "elbow" is in it)."""
    if all(bot.matcher.says(entry, frozenset((t,))) for t in tokens):
        return True
    said = stems_said(entry)
    return all(stem(word) in said for word in typed)


def phrasings_say(entry: FaqEntry, typed: tuple[str, ...]) -> bool:
    """True if an entry's own questions (its question and alternates, not its answer) say every typed word."""
    said = {stem(word) for text in (entry.question, *entry.alternates) for word in words(text)}
    return all(stem(word) in said for word in typed)


def stems_said(entry: FaqEntry) -> set[str]:
    """The stems of every word an entry says: its question, its alternates and its answer."""
    return {stem(word) for text in (entry.question, *entry.alternates, entry.answer) for word in words(text)}


def compares(bot: Bot, analysis: Analysis) -> bool:
    """True for a message that opens by asking the last question again of something ("is it the same for ...")."""
    typed = " ".join(analysis.words)
    return any(typed.startswith(phrase + " ") for phrase in bot.bank.follow_up.comparisons)


def compared_unanswered(session: Session, decision: Decision, analysis: Analysis, prefix: str, clean: str) -> Reply:
    """A comparison the bank cannot answer: the entries the message reaches on its own, as a choice, else the
    fallback."""
    if decision.kind == "fallback":
        return answering.not_answered(session, analysis, prefix, clean)
    options = tuple(Suggestion(c.entry.id, c.entry.question) for c in decision.candidates)
    session.memory.offered = options
    text = prefix + session.bot.bank.messages["clarify"]
    return Reply(kind="clarify", text=text, score=decision.candidates[0].score, suggestions=options)


def entry_of_the_thing_talked_of(session: Session, analysis: Analysis, decision: Decision):
    """For a bare message that names no thing of its own ("any side effects?", "how long for?"), right after an
    answer about a thing (allopurinol): the one entry that says everything the message brings and speaks of
    that thing, when the entry the message reaches alone does not. Its candidate (scored on the message with
    the thing added), else None. Only a message that cannot tell the two apart: both say all it brings."""
    if session.memory.last_entry is None or len(analysis.words) > MAX_BARE_WORDS:
        return None
    if message_readings.own_subjects(session.bot, analysis) & (
        session.bot.bank.follow_up.subjects | set(session.bot.default_subject or ())
    ):
        return None  # "fop symptoms", "gout diet": it names its subject
    main = set(session.bot.default_subject or ())
    thing = frozenset(t for t in session.memory.context if not t.isdigit() and t not in main)
    reached = decision.candidates[0].entry
    matcher = session.bot.matcher
    if not thing or matcher.says(reached, thing):
        return None
    named = message_readings.thing_words(session.bot, analysis)
    if named and named <= set(session.bot.analyzer.analyze(reached.question, fix_typos=False).tokens):
        return None  # "does fibre help" after the low FODMAP answer: it names its own thing, its entry's title
    covering = matcher.entries_covering(message_readings.bank_words_in(session.bot, analysis))
    if reached.id not in {entry.id for entry in covering}:
        return None
    speaking = {entry.id for entry in covering if matcher.says(entry, thing)}
    if len(speaking) != 1:
        return None
    tokens = tuple(dict.fromkeys((*analysis.tokens, *sorted(thing))))
    ranking = matcher.rank(tokens, (*analysis.concepts, *sorted(thing)), lenient=False)
    found = next((c for c in ranking if c.entry.id in speaking), None)
    return found if found is not None and found.score >= CLARIFY_SCORE else None  # offered, never answered


def names_a_thing_untitled(bot: Bot, decision: Decision, clean: str) -> bool:
    """True for a follow-up that only names a thing ("and the knee?", "what about the cream", "and in the
    spine?") when the entry it reaches alone is not about that thing: its own question does not name it.
    Such a message asks something of the thing that it does not say; "and grade 3?" (the grade-3 entry) and
    "what about those injections" (the injections entry) name what their entry is about."""
    analysis = bot.analyzer.analyze(clean)
    if not message_readings.opens_as_follow_up(bot, analysis, alone_too=False) or compares(bot, analysis):
        return False
    _, rest = first_clause_after_openers(bot, clean)
    if not rest or len(rest) > MAX_NAMING_WORDS or not names_only_things(bot, rest):
        return False  # "so if it's not in your genes how do you get it": a sentence of its own, not a name
    later = re.split(r"[,;.!?]", clean, maxsplit=1)[1:]
    if later and is_question(later[0].strip()):
        return False  # "so exhausted every summer. could hay fever be the reason?": it asks after all
    named = [word for word in rest if not small_word(bot, word)]
    if not named or len(named) > MAX_NEW_WORDS:
        return False
    return not titled_by(bot, decision.candidates[0].entry, named)


def titled_by(bot: Bot, entry: FaqEntry, named) -> bool:
    """True if an entry is about the named words: its own question names them ("What does Brooker grade 3
    mean?" for "grade 3"), or one of its phrasings asks only what they are ("what is fop")."""
    titled = bot.analyzer.analyze(entry.question, fix_typos=False).tokens
    thing = tuple(bot.analyzer.analyze(" ".join(named)).tokens)
    if set(thing) <= set(titled) or (thing and bot.matcher.defines(entry, thing)):
        return True
    said = {stem(word) for word in words(entry.question)}
    return all(stem(word) in said for word in named)


def with_entries_naming(bot: Bot, decision: Decision, analysis: Analysis) -> Decision:
    """The decision's candidates, then the entries whose questions say every word the message brings (at most
    three in all): what a person who named only a thing may have meant."""
    kept = list(decision.candidates)
    seen = {candidate.entry.id for candidate in kept}
    covering = bot.matcher.entries_covering(message_readings.bank_words_in(bot, analysis))
    if covering:
        ranking = bot.matcher.rank(analysis.tokens, analysis.concepts, lenient=False)
        ids = {entry.id for entry in covering}
        kept += [c for c in ranking if c.entry.id in ids and c.entry.id not in seen]
    return Decision("clarify", tuple(kept[:3]))
