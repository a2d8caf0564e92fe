"""Follow-ups: a message that cannot stand alone read with the last answer's subject, the subjects a message
told for the next one, and the checks that keep a follow-up from repeating the last answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.model import FaqEntry
from chatbot.conversation import contrasts, leads, message_readings, whole_message
from chatbot.conversation.contrasts import MAX_NAMING_WORDS
from chatbot.conversation.message_readings import MAX_SLIP_READING_WORDS
from chatbot.lazy_pattern import lazy_compile
from chatbot.reply import Reply
from chatbot.understanding.decision import ANSWER_SCORE, CLEAR_LEAD_MARGIN, SURE_SCORE, Decision, decide
from chatbot.understanding.language import Analysis, stem
from chatbot.understanding.message import is_question
from chatbot.understanding.taken_pronoun import takes_a_pronoun
from chatbot.understanding.unsure_choice import entries_to_offer

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# A question in everyday words with "it" for the main topic is answered only if, so read, it scores this
# high: it is one of the bank's phrasings nearly word for word.
ECHO_SCORE = 95.0
# Where one clause of a message ends: what a clause names is what it asks of (`aspects_asked_of`).
CLAUSE_BREAK = lazy_compile(r"[,;:.!?]+")


def follow_up_reading(session: Session, analysis: Analysis):
    """The message read with the last topic's subject added, if that reading is itself a clear answer."""
    if takes_a_pronoun(analysis.words):
        # "how long do I take them for": what is taken is a medicine, never the last answer's subject (HO, a grade),
        # and no entry says how long a medicine is taken for (round 22).
        return None
    context = session.memory.told_subjects or session.memory.context
    # A number carries on only where the last answer speaks of it (grade 3): "my niece is 3" told an age.
    last = session.memory.last_entry
    context = frozenset(
        t for t in context if not t.isdigit() or (last is not None and session.bot.matcher.says(last, frozenset((t,))))
    )
    if any(t.isdigit() for t in analysis.tokens):  # "what about 4": the new grade replaces the old
        context = frozenset(t for t in context if not t.isdigit())
    listed = session.bot.bank.follow_up.subjects  # a derived subject may be compared with, not replace, the last
    if any(t in listed for t in analysis.tokens):  # "what about FOP"
        context = frozenset(t for t in context if t not in listed or t == "grade")
        # A new subject and nothing asked of it: what was asked of the last one ("what are the symptoms of
        # FOP?" ... "what about POH?" asks for POH's symptoms).
        analyzer = session.bot.analyzer
        if not any(analyzer.is_aspect(t) for t in analysis.tokens) and last is not None:
            asked = analyzer.analyze(last.question, fix_typos=False).tokens
            context |= frozenset(t for t in asked if analyzer.is_aspect(t))
        elif not any(analyzer.is_aspect(t) for t in analysis.tokens) and session.memory.told_subjects:
            # "What about POH?" after "what are the symptoms of FOP, my niece ...", which got no answer: what
            # that message's question asked of FOP, asked of POH (the usual bar below).
            context |= session.memory.told_aspects
    if not context:
        return None
    tokens = tuple(dict.fromkeys((*analysis.tokens, *sorted(context))))
    ranking = session.bot.matcher.rank(tokens, (*analysis.concepts, *sorted(context)), lenient=False)
    decision = decide(ranking)
    if decision.kind != "answer":
        return None
    top = decision.candidates[0]
    # The entry must explain what the message itself brings, not only the old topic.
    if not session.bot.matcher.entries_covering(
        message_readings.bank_words_in(session.bot, analysis)
    ) or top.entry.id not in {
        e.id for e in session.bot.matcher.entries_covering(message_readings.bank_words_in(session.bot, analysis))
    }:
        return None
    return top


def last_question_reading(session: Session, analysis: Analysis, clean: str, decision: Decision):
    """The one entry, other than the one just given, that the last question reaches with what this message asks
    put in for one of its words: "how should they be taken?" after "when are antibiotics needed for
    tonsillitis?" asks how antibiotics are taken. Only right after an answer, for a short message that points
    back ("it", "they", "them") and names no subject of its own, that no reading above answered and that asks
    nothing of the bot; each reading must be an answer at the usual bar, its entry's questions must say every
    word the message brings, and the readings must agree on one entry, or one of them be sure and far ahead of
    every other (else None). A message that got a choice
    gets this entry only if it is one of its choices: a complete question is never turned into another answer.
    """
    last = session.memory.last_entry
    if last is None or not session.memory.answered_just_now or not analysis.tokens:
        return None
    if len(analysis.words) > MAX_SLIP_READING_WORDS or not message_readings.pronouns_in(session.bot, analysis):
        return None
    if (
        message_readings.own_subjects(session.bot, analysis)
        or message_readings.requests_of_bot(session.bot, analysis, clean)
        or message_readings.addresses_bot(session.bot, analysis)
    ):
        return None
    matcher, analyzer = session.bot.matcher, session.bot.analyzer
    if not all(matcher.knows(t) for t in analysis.tokens):
        return None  # "are they safe for a toddler": a word the bank never says may be what is asked
    if all(analyzer.is_aspect(t) for t in analysis.tokens) and not message_readings.is_elliptical(session, analysis):
        return None  # "what time is it?", "what is this place?": only a way of asking, and no follow-up opener
    covering = {entry.id for entry in matcher.entries_covering(set(analysis.tokens))}
    if decision.kind == "clarify":
        covering &= {candidate.entry.id for candidate in decision.candidates}
    covering.discard(last.id)
    if not covering:
        return None
    asked = analyzer.analyze(last.question, fix_typos=False)
    own = [t for t in asked.tokens if t not in analysis.tokens]
    found: dict[str, object] = {}
    for index in range(len(own) + 1):
        kept = [t for place, t in enumerate(own) if place != index]
        tokens = tuple(dict.fromkeys((*analysis.tokens, *kept)))
        read = decide(matcher.rank(tokens, (*analysis.concepts, *kept), lenient=False))
        if read.kind != "answer" or read.candidates[0].entry.id == last.id:
            continue
        top = read.candidates[0]
        if top.entry.id not in covering:
            return None  # a reading reaches an entry that does not say what the message asks: no guess
        if top.entry.id not in found or top.score > found[top.entry.id].score:
            found[top.entry.id] = top
    ranked = sorted(found.values(), key=lambda candidate: -candidate.score)
    if len(ranked) == 1:
        return ranked[0]
    # "How should they be taken?": with "when" put aside, how antibiotics are taken (91); with "antibiotics" put
    # aside, when tonsils are taken out (74). One reading sure and far ahead of every other is what is asked.
    sure = ranked and ranked[0].score >= SURE_SCORE and ranked[0].score - ranked[1].score >= CLEAR_LEAD_MARGIN
    return ranked[0] if sure else None


def choice_both_readings_hold(session: Session, analysis: Analysis, decision: Decision):
    """The one entry that is both among a follow-up's own choices and among those of its reading with the last
    subject added, when that reading scores it at the answer bar and ahead of the other choices it holds in
    common with the message; else None."""
    context = frozenset(t for t in session.memory.context if not t.isdigit())
    if not context or not analysis.tokens:
        return None
    tokens = tuple(dict.fromkeys((*analysis.tokens, *sorted(context))))
    read = decide(session.bot.matcher.rank(tokens, (*analysis.concepts, *sorted(context)), lenient=False))
    if read.kind != "clarify":
        return None
    offered = decision.candidates
    if decision.kind == "fallback":  # the close entries it would be offered (see `understanding.unsure_choice`)
        offered = entries_to_offer(
            session.bot.analyzer,
            leads.last_resort_ranking(session.bot, analysis),
            analysis.tokens,
            session.bot.default_subject,
        )
    own = {candidate.entry.id for candidate in offered}
    common = [candidate for candidate in read.candidates if candidate.entry.id in own]
    if len(common) != 1 or common[0].score < ANSWER_SCORE:
        return None
    return common[0]


def told_subjects_of(session: Session, clean: str, reply: Reply) -> frozenset[str]:
    """The subjects the bank lists (FOP, POH, a grade ...), not its main topic, that a message which got no answer
    named: the next follow-up leans on them ("is POH something to worry about?" ... "and its symptoms?"). An
    answer carries its own subject on (`_context`); small talk leaves what was told as it was."""
    if reply.kind == "answer":
        return frozenset()
    if reply.kind not in ("fallback", "clarify"):
        return session.memory.told_subjects
    listed = session.bot.bank.follow_up.subjects
    if not listed:  # a clinic's bank lists none: nothing to look for, so the message is not analyzed again
        return session.memory.told_subjects
    main = set(session.bot.default_subject or ())
    told = frozenset(t for t in session.bot.analyzer.analyze(clean).tokens if t in listed and t not in main)
    return told or session.memory.told_subjects


def aspects_asked_of(session: Session, clean: str, told: frozenset[str]) -> frozenset[str]:
    """What the questions of a message with no answer asked of the subjects it told (`told_subjects_of`): the
    aspects the bank defines ("symptoms", "treated") in the clauses that name them, never the story's around them
    ("diagnosed" in "..., my niece has just been diagnosed")."""
    if not told:
        return frozenset()
    analyzer = session.bot.analyzer
    asked: set[str] = set()
    for question in whole_message.split(session, clean).questions:
        for clause in CLAUSE_BREAK.split(question):
            tokens = analyzer.analyze(clause).tokens
            if told & set(tokens):
                asked |= {t for t in tokens if analyzer.is_aspect(t)}
    return frozenset(asked)


def own_entry_named(session: Session, decision: Decision, clean: str) -> bool:
    """True if a follow-up that only names a thing ("and in pregnancy?" after periods and fertility) reaches alone
    an entry whose own question names that thing, while the entry just given does not: the thing's own entry is
    what is asked, not the last answer again because its words mention the thing."""
    if decision.kind != "answer" or session.memory.last_entry is None:
        return False
    own = decision.candidates[0].entry
    if own.id == session.memory.last_entry.id:
        return False
    typed, rest = contrasts.first_clause_after_openers(session.bot, clean)
    if rest == typed or is_question(" ".join(rest)):
        return False  # no follow-up opener, or a question of its own after it
    named = [word for word in rest if not contrasts.small_word(session.bot, word)]
    if not named:
        return False
    # "What about lansoprazole?" after omeprazole's side effects names a thing of the kind talked of: the same
    # question asked of it, which the same entry answers (see `names_what_it_repeats`).
    if set(session.bot.analyzer.analyze(" ".join(named)).tokens) & session.memory.context:
        return False
    return contrasts.titled_by(session.bot, own, named) and not contrasts.titled_by(
        session.bot, session.memory.last_entry, named
    )


def asks_what_own_title_says(bot: Bot, analysis: Analysis, decision: Decision, follow_up) -> bool:
    """True if the message alone is nearly one of the bank's questions (ECHO_SCORE) and another entry than the
    follow-up reading's, and what it asks (its aspects: "serious", "risk") is in that entry's own question but
    not in the follow-up entry's: the last subject added turned the question into another one."""
    if decision.kind != "answer" or decision.candidates[0].score < ECHO_SCORE:
        return False
    own = decision.candidates[0].entry
    if own.id == follow_up.entry.id:
        return False
    analyzer = bot.analyzer
    aspects = {t for t in analysis.tokens if analyzer.is_aspect(t)}
    if not aspects:
        return False

    def title(entry: FaqEntry) -> set[str]:
        return set(analyzer.analyze(entry.question, fix_typos=False).tokens)

    # Only where the last subject is what brings the topic on ("can an injury cause HO?"): then "it" is the topic
    # itself. After "what is FOP?", "is it serious?" asks of FOP, and the follow-up reading stands.
    causing = set(analyzer.analyze("cause", fix_typos=False).tokens)
    leads_to = bool(causing & title(follow_up.entry)) and not causing & set(analysis.tokens)
    return leads_to and aspects <= title(own) and not aspects <= title(follow_up.entry)


def repeats_without_naming(session: Session, entry: FaqEntry, clean: str) -> bool:
    """True if a follow-up that only names things ("what about adults?") lands on the answer just given and that
    answer does not itself say the thing named: a concept may hold several ("adults", "teenagers" are ages),
    and the last answer holding one of them says nothing of the other."""
    if session.memory.last_entry is None or entry.id != session.memory.last_entry.id:
        return False
    typed, rest = contrasts.first_clause_after_openers(session.bot, clean)
    if rest == typed or not rest or is_question(" ".join(rest)):
        return False  # "and how rare is it?" asks again of the same thing
    said = contrasts.stems_said(entry)
    named = [word for word in rest if not contrasts.small_word(session.bot, word)]
    return any(stem(word) not in said for word in named)


def names_what_it_repeats(session: Session, entry: FaqEntry, clean: str) -> bool:
    """True for a follow-up that only names things ("what about lansoprazole") that the entry just given names
    in its own words: the last question asked again of a thing of the same kind, answered by the same entry."""
    analysis = session.bot.analyzer.analyze(clean)
    if not message_readings.opens_as_follow_up(session.bot, analysis, alone_too=False) or repeats_without_naming(
        session, entry, clean
    ):
        return False
    typed, rest = contrasts.first_clause_after_openers(session.bot, clean)
    if rest == typed or not rest or len(rest) > MAX_NAMING_WORDS or not contrasts.names_only_things(session.bot, rest):
        return False
    named = [word for word in rest if not contrasts.small_word(session.bot, word)]
    said = contrasts.stems_said(entry)
    return bool(named) and all(stem(word) in said for word in named)
