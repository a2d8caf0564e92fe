"""Where a message goes after triage: a numbered choice, "topics", a request to act, small talk, "tell me
more", a request for personal advice, a number the bank does not count to, and last the bank itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatbot.bank.topics import cut_note, listed_ids, topics_listing, topics_words
from chatbot.conversation import (
    advice_requests,
    answer_checks,
    answering,
    matching,
    memory,
    message_readings,
    numbered_choices,
    stories,
    whole_message,
)
from chatbot.conversation.numbered_choices import CHOICE
from chatbot.reply import Reply
from chatbot.understanding import english
from chatbot.understanding.ask_first import offers_asking_first, with_taken_as_medicine
from chatbot.understanding.decision import DECIDING_COVERAGE, decide
from chatbot.understanding.message import AUXILIARIES, is_question, without_courtesies
from chatbot.understanding.numbered import UnlistedNumber
from chatbot.understanding.service_request import Found
from chatbot.understanding.taken_pronoun import taken_as_last_medicine
from chatbot.understanding.text import fold, words

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# The entries offered for a number the bank does not count to, when nothing says what the count means.
MAX_UNLISTED_CHOICES = 6
# ... and how many of the nearest numbers' entries are offered first under the answer that explains the count.
UNLISTED_NEAREST = 2
# Small talk followed by at most this many everyday words is small talk ("thanks, that's really helpful").
MAX_SMALL_TALK_REST_WORDS = 8
# How a reply to a request to act is marked (`Reply.via`).
REQUEST = "request"


def route(session: Session, clean: str, folded: str, prefix: str) -> Reply:
    """The reply to a message that triage let through, by the first step that takes it (see the module's docstring)."""
    choice = numbered_choices.choice(session.bot, clean, folded)
    if choice is not None:
        return numbered_choices.pick(session, choice)
    if CHOICE.match(folded):
        # "[2", "2]": only a number, with a mark cut off around it. No pick, and no question either ("2" read as a
        # follow-up answered grade 2): the list stays on offer to pick from.
        offered = [s.id for s in session.memory.offered] or session.bot.bank.example_ids
        return answering.fallback(session, session.bot.bank.messages["off_topic"], offered)

    listed = topics_words(clean)
    if listed is not None:  # the bank's help says: type "topics" to see them all (every front end)
        return listed_topics(session, listed)

    requested = session.bot.requests.find(clean)
    if requested is not None:
        return service_request(session, requested, clean, prefix)

    small = small_talk_of(session, clean)
    opened = session.bot.smalltalk.opening(clean) if small is None else None
    small = small or small_talk_opening(session.bot, opened)
    if small is not None and small.entry_first and an_entry_answers(session.bot, clean):
        small = None  # "where does this information come from?" in a bank with its own entry on its source
    if small is not None:
        examples = session.bot.suggestions_for(session.bot.bank.example_ids) if small.offer_examples else ()
        session.memory.offered = examples
        return Reply(kind="smalltalk", text=small.answer, suggestions=examples)
    if opened is not None and asks_after_small_talk(opened[1]):
        clean = opened[1]  # "ok and how do u get it", "ok what is it": what is asked, read as if alone

    if folded in session.bot.bank.follow_up.more:
        return numbered_choices.tell_more(session)

    # "Good evening. What is HO? Many thanks, Sue": the greeting and the sign-off ask nothing ("evening" would
    # be read as night, "for your time" as timing). The message is read without them.
    analyzer = session.bot.analyzer
    clean = without_courtesies(
        clean, analyzer.courtesy_openings, analyzer.courtesy_closings, analyzer.courtesy_introductions
    )
    last = session.memory.last_entry
    taken = taken_as_last_medicine(session.bot.advice, clean, last.question if last is not None else None)
    if taken is not None and not an_entry_answers(session.bot, clean):
        clean = taken  # "ok so can I just start taking them?" after the answer on ibuprofen: them is the medicine
    analysis = session.bot.analyzer.analyze(clean)
    if session.bot.advice.asks_for_advice(clean):
        mended = advice_requests.advice_slip_reading(session, analysis, prefix)
        if mended is not None:
            return mended
        # "Is that HO, and what tests will they do?": say why the personal part is not answered,
        # then answer the general question, if the message has one.
        advice = prefix + session.bot.bank.messages["personal_advice"] + "\n\n"
        if session.bot.advice.may_answer_in_general(clean):
            # "What can I take for a migraine?": an entry that clearly answers it is worded for everyone.
            general = advice_requests.general_answer(session, analysis, advice)
            if general is not None:
                return general
        if session.bot.advice.may_answer_as_its_entry(clean):
            # "Forgot my tablets again, what now?": the bank has an entry written for this very request.
            general = advice_requests.own_kind_answer(session, analysis, advice, clean)
            if general is not None:
                return general
        advice_rules = session.bot.advice
        if (
            offers_asking_first(clean, bool(advice_rules.treatments_named(clean)))
            and not advice_rules.names_a_dose_or_diagnosis(clean)
            and not advice_rules.names_a_decision(clean)
        ):
            # "Can I just buy some at the chemist, or do I need to check with the GP first?": what it weighs is
            # asking first, which an entry worded as that request answers for everyone (`understanding.ask_first`);
            # which medicine it names is detail.
            plain = with_taken_as_medicine(advice_rules.with_treatments_as_medicine(clean))
            general = advice_requests.own_kind_answer(session, session.bot.analyzer.analyze(plain), advice, plain)
            if general is not None:
                return general
        asked, treatment = advice_rules.object_while_on_treatment(clean)
        if asked:
            # "Can I have a pint on apixaban?": what may be had while on a treatment, a general fact of it.
            general = advice_requests.while_on_treatment_answer(session, analysis, advice, clean, asked, treatment)
            if general is not None:
                return general
        if session.bot.advice.may_answer_in_its_general_form(clean):
            # "Can I use a straw?": no dose, diagnosis or decision, and an entry clearly answers it for everyone.
            general = advice_requests.general_form_answer(session, analysis, advice, clean)
            if general is not None:
                return general
        kept = memory.keep(session)
        general = stories.story_reading(session, whole_message.split(session, clean), advice, skip_advice=True)
        if general is not None:
            # "my heel is agony in the morning, is that plantar fasciitis": checked as any story's answer is.
            general = answer_checks.checked(session, general, analysis, advice, clean, kept)
        return general if general is not None else advice_requests.personal_advice(session, analysis, prefix)

    unlisted = session.bot.numbered.unlisted(clean)
    if unlisted is not None:
        return unlisted_number(session, unlisted, prefix)
    return matching.match(session, analysis, prefix, clean)


def service_request(session: Session, found: Found, clean: str, prefix: str) -> Reply:
    """A request to act ("book me an appointment", "can I speak to a nurse?"): the general layer's line that the
    bot cannot do it and who can (see `understanding.service_request`). The bank's own entry instead when one is
    worded as this very request, or, for what the person wants to do ("can I get a sick note?"), when the entry
    the message reaches names the thing asked for. A question in the same message is answered, the line after.
    Nothing of the request is logged, and the conversation stays as it was."""
    requests = session.bot.requests
    line = requests.reply(found)
    kept = memory.keep(session)
    session.current.unlogged = True
    try:
        own = matching.match(session, session.bot.analyzer.analyze(clean), prefix, clean)
        if own.kind == "answer" and own.id is not None and answers_request(session.bot, own.id, found):
            return own
        memory.restore(session, kept)
        rest = found.rest.strip()
        if any(char.isalnum() for char in rest):
            answered = route(session, rest, fold(rest), prefix)
            if answered.kind == "answer":  # "Can I speak to a nurse? What is HO?"
                return answered._replace(text=f"{answered.text}\n\n{line}")
            memory.restore(session, kept)
    finally:
        session.current.unlogged = False
    return Reply(kind="fallback", text=prefix + line, via=REQUEST)


def answers_request(bot: Bot, entry_id: str, found: Found) -> bool:
    """Whether an entry answers a request itself. Its phrasings must name the thing asked for ("sick note" for
    "can I get a sick note for work?"); and one of them must be worded as a request of the same kind ("How do I
    order a repeat prescription?"), unless the person only said what they want to do of a kind a bank may answer
    (`bank_may_answer`): an entry that only names the thing ("talk to my doctor about a plan", "what happens at
    my appointment?") does not do it."""
    entry = bot.bank.by_id[entry_id]
    requests = bot.requests
    phrasings = (entry.question, *entry.alternates)
    worded_so = any((own := requests.read_clause(p)) is not None and own[0] in found.kinds for p in phrasings)
    if not found.asked and not worded_so and not requests.bank_may_answer(found):
        return False  # "how do I change my appointment?" at a clinic whose entry says what happens at one
    named = requests.content(found.thing)
    said = {stem for phrasing in phrasings for stem in english.stem_many(words(phrasing))}
    if not named:
        return False
    if not named <= said:
        # "sick note" for an entry that says "fit note": one thing by the lay-word lexicon's name for it (not a
        # broad concept: "nurse" is read as a doctor, and an entry on asking the doctor is no nurse to speak to).
        analyzer = bot.analyzer
        lay = bot.bank.lay_concepts
        asked = set(analyzer.analyze(" ".join(found.thing), fix_typos=False).tokens)
        own = {token for phrasing in phrasings for token in analyzer.analyze(phrasing, fix_typos=False).tokens}
        if not asked or not asked <= lay or not asked <= own:
            return False
    return worded_so or not found.asked


def unlisted_number(session: Session, unlisted: UnlistedNumber, prefix: str) -> Reply:
    """ "Grade 3.5", "grade 5": what the bank says of what it counts by in general, after a note that it has
    nothing on that number; else the entries it does count, to pick from. Never the nearest number's answer."""
    messages = session.bot.bank.messages
    note = prefix + messages.get("number_not_covered", "").replace("{asked}", unlisted.asked).strip()
    note = note + "\n\n" if note else ""
    # "What does grade 2.5 mean?" is asked as "what does grade mean?" about the main topic. Read as asked, on its
    # own: the conversation's last grade ("what about grade 5" after grade 4) must not lend its number back.
    analysis = session.bot.analyzer.analyze(unlisted.without)
    tokens = tuple(dict.fromkeys((*analysis.tokens, *session.bot.default_subject)))
    concepts = (*analysis.concepts, *session.bot.default_subject)
    decision = decide(session.bot.matcher.rank(tokens, concepts, min_coverage=DECIDING_COVERAGE))
    # The entries for the numbers nearest the one asked come first among the follow-ups (3 and 4 for "3.5").
    numbered = session.bot.numbered
    counted = {e.id: numbered.number_in(e.question, unlisted.word) for e in session.bot.bank.entries}
    counted = {entry_id: number for entry_id, number in counted.items() if number is not None}
    nearest = sorted(counted, key=lambda entry_id: (abs(counted[entry_id] - unlisted.value), counted[entry_id]))
    if decision.kind == "answer":
        top = decision.candidates[0]
        reply = answering.answer(
            session, top.entry, top.score, message_readings.context_of(session.bot, analysis, top.entry), note
        )
    else:
        # "My report says Brooker grade 3.5, is that bad?": read as any message (a story, a follow-up), but never
        # answered by an entry for one of the numbers.
        reply = matching.match(session, analysis, note, unlisted.without)
    if reply.kind == "answer" and reply.id not in counted:
        size = max(len(reply.suggestions), 1)
        first = session.bot.suggestions_for(nearest[:UNLISTED_NEAREST])
        rest = tuple(s for s in reply.suggestions if s.id not in {f.id for f in first})
        session.memory.offered = (*first, *rest)[:size]
        return reply._replace(suggestions=session.memory.offered)
    session.memory.offered = session.bot.suggestions_for(nearest[:MAX_UNLISTED_CHOICES])
    return Reply(kind="clarify", text=note + messages["clarify"], suggestions=session.memory.offered)


def listed_topics(session: Session, words: str) -> Reply:
    """The questions the bank answers (or those with `words`), offered as numbered choices.

    The terminal and the kiosk show their own grouped list before a message reaches the session; the web
    page and the JSON-lines protocol got "I can only answer questions about ..." for the very command the
    bank's help names.
    """
    heading, groups = topics_listing(session.bot.bank, words)
    ids, total = listed_ids(groups)
    session.memory.offered = session.bot.suggestions_for(ids)
    text = " ".join(part for part in (heading, cut_note(session.bot.bank, len(ids), total)) if part)
    return Reply(kind="smalltalk", text=text, suggestions=session.memory.offered)


def an_entry_answers(bot: Bot, clean: str) -> bool:
    """True if the message, read on its own, clearly reaches one of the bank's entries."""
    analysis = bot.analyzer.analyze(clean)
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts, min_coverage=DECIDING_COVERAGE)
    return decide(ranking).kind == "answer"


def small_talk_opening(bot: Bot, opened):
    """Small talk followed only by everyday words: "thanks, that's really helpful", "good morning, hope you're
    well". Anything more ("thanks, and how is it treated?") is a message to answer. `opened`: the small talk a
    message opens with and the words after it (`SmalltalkMatcher.opening`), or None."""
    if opened is None:
        return None
    entry, rest = opened
    if len(rest.split()) > MAX_SMALL_TALK_REST_WORDS:
        return None  # a story after a greeting is a message to read, not small talk
    # "Ok, bye for now", "ok cheers bye x": small talk after small talk; the last thing said is what to answer
    # (each opening is at least a word shorter, so this ends).
    later = bot.smalltalk.match(rest) or small_talk_opening(bot, bot.smalltalk.opening(rest))
    if later is not None:
        return later
    if asks_after_small_talk(rest):
        return None
    analyzer = bot.analyzer
    said = analyzer.analyze(rest)
    if message_readings.is_about_health(bot, said) or not all(analyzer.is_everyday(t) for t in said.tokens):
        return None
    return entry


def asks_after_small_talk(rest: str) -> bool:
    """ "ok and how do u get it", "thanks, is it catching": a question after the small talk, in everyday words,
    got "Okay. You can ask me another question" and was never read. "Thanks, what a help!" asks nothing."""
    return is_question(rest) and not AUXILIARIES.isdisjoint(rest.split())


def small_talk_of(session: Session, clean: str):
    """`smalltalk.match(clean)`, worked out once for a message (round 19: "say that again?" and the route asked it
    of the same text one after the other); forgotten with the message's other readings (`memory.forget_reading`)."""
    kept = session.current.small_talk
    if kept is not None and kept[0] == clean:
        return kept[1]
    small = session.bot.smalltalk.match(clean)
    session.current.small_talk = (clean, small)
    return small
