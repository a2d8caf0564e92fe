"""One message, step by step: clean it, triage it (an emergency or an urgent red flag is answered at once),
"say that again", then the route to a reply; a red flag only mentioned adds one safety line, and a message
mostly not in English gets the line that says so."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chatbot.conversation import answering, follow_ups, memory, routing
from chatbot.conversation.routing import REQUEST
from chatbot.reply import Reply
from chatbot.safety.backwards import read_backwards
from chatbot.safety.disguises import undisguised_readings
from chatbot.safety.emoji_readings import emoji_removed, pictures_as_words
from chatbot.safety.triage import TIERS, Assessment
from chatbot.safety.upside_down import turned_back, turned_letters_read
from chatbot.understanding.after_red_flag import asks_what_to_do
from chatbot.understanding.message import with_headings_ended
from chatbot.understanding.numbered_list import with_list_numbers_ended
from chatbot.understanding.other_language import foreign_punctuation, marked_words, mostly_not_english
from chatbot.understanding.text import (
    MAX_QUESTION_CHARS,
    beginning_and_end,
    clean_message,
    escapes_as_spaces,
    fold,
    in_latin_letters,
    invisible_as_spaces,
    invisible_removed,
    read_part,
)
from chatbot.understanding.topic_name import read_as_topic

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.bot import Bot
    from chatbot.session import Session

# The rule an ambulance asked for is escalated by ("can you call an ambulance?").
ASKS_FOR_AN_AMBULANCE = "asks-for-an-ambulance"
# The small-talk item (general layer, conversation.yaml) of a message asking for the last reply again.
SAY_AGAIN = "say-again"
# ... and of a message that says the last reply was not followed ("what?", "huh?").
NOT_CLEAR = "not-clear"
# ... and of a message that asks for a new conversation ("restart", "start again").
START_AGAIN = "start-again"
# How the reply to it is marked (`Reply.via`): a front end that keeps more than the session (the terminal's history,
# the kiosk's screen) forgets that too.
RESTART = "restart"


def respond(session: Session, text: str) -> Reply:
    """The reply to one message, every step in order (`Session.ask` adds only the fault guard and the forgetting)."""
    messages = session.bot.bank.messages
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text).decode("utf-8", errors="replace")
    whole, cut = clean_message(text if isinstance(text, str) else "")
    # A subject line ("Jock Itch") is read as a sentence of its own, not run into the message after it; triage
    # reads the message as typed.
    # A numbered list of questions ("1) what causes it 2) how is it treated") is read a question a line, its numbers
    # not read ("2." would be grade 2).
    headed = with_headings_ended(with_list_numbers_ended(text)) if isinstance(text, str) and not cut else text
    clean, shortened = beginning_and_end(clean_message(headed)[0] if headed is not text else whole)
    # {limit}: kept for banks whose own wording still names it.
    prefix = messages["too_long"].replace("{limit}", str(MAX_QUESTION_CHARS)) + " " if cut or shortened else ""
    # The last message's readings are forgotten first, so this message's folded text is kept for its readers.
    memory.forget_reading(session)
    folded = fold(clean)
    if not folded:
        # Letters or digits that all fold away (another script: "что такое ...") were typed, not nothing.
        typed = any(char.isalnum() for char in clean)
        if any(char.isalpha() for char in clean):
            return Reply(kind="fallback", text=messages["not_english"])
        return answering.fallback(session, messages["off_topic" if typed else "empty"], session.bot.bank.example_ids)

    # Triage comes first, on the whole message: a red flag happening now beats everything, personal-advice
    # words included, even at the end of a long story.
    assessment = session.bot.triage.assess(whole)
    # "kill\u200bmyself": an invisible character typed in place of a space must not join the words;
    # "ki\x00ll myself": one typed inside a word must not split it.
    # "I want to кіӏӏ myself": a word all in Cyrillic look-alikes is read in Latin letters too.
    # "kill\x1b[31mmyself": an escape code typed in place of a space is read as one.
    # "ǝɥʇɐǝɹq ʇ,uɐɔ I", "I want to ʞıll ɯʎsǝlɟ": text written upside down, turned back and read as written.
    # "k🔪i🔪l🔪l myself", "I want to 🔫 myself": emoji between letters taken out, or a picture read as its word.
    # "flesym llik ot tnaw I": text written backwards, read from its end when only so is it English.
    raw_readings = (
        invisible_as_spaces,
        invisible_removed,
        in_latin_letters,
        escapes_as_spaces,
        turned_back,
        turned_letters_read,
        emoji_removed,
        pictures_as_words,
        read_backwards,
    )
    raw = read_part(text) if isinstance(text, str) else ""
    for reading in raw_readings if isinstance(text, str) else ():
        other_text = reading(raw) if assessment.tier != "emergency" else None
        if other_text is not None:
            other = session.bot.triage.assess(clean_message(other_text)[0])
            if TIERS.index(other.tier) < TIERS.index(assessment.tier):
                assessment = other
    # "k1ll mys3lf", "kiiill myself", "k i l l myself", "iwanttodie", "k*ll myself": disguised words read undone
    # (safety only).
    disguised = undisguised_readings(
        whole, lambda word: not session.bot.analyzer.knows(word), session.bot.triage.knows_word
    )
    for other_text in disguised if assessment.tier != "emergency" else ():
        other = session.bot.triage.assess(other_text)
        if TIERS.index(other.tier) < TIERS.index(assessment.tier):
            assessment = other
            if assessment.tier == "emergency":
                break
    red_flag_last, session.memory.red_flag_last = session.memory.red_flag_last, False
    requested = session.bot.requests.find(whole) if assessment.tier == "routine" else None
    if session.bot.requests.is_emergency(requested):
        # "Can you call an ambulance?", "please send an ambulance": someone needs one now (general/requests.yaml).
        assessment = Assessment("emergency", rule=ASKS_FOR_AN_AMBULANCE)
    if assessment.tier != "routine":
        text = session.bot.triage.reply_text(
            assessment, session.bot.emergency_number, session.bot.contact, session.bot.services
        )
        session.memory.red_flag, session.memory.red_flag_last = Reply(kind=assessment.tier, text=text), True
        session.memory.answered_just_now = False
        return session.memory.red_flag
    small = routing.small_talk_of(session, clean)
    if small is not None and small.id == START_AGAIN:
        # "Restart" typed on the web page, over JSON lines or to `chatbot ask`: the same as the terminal's command,
        # never the off-topic line. Nothing of the conversation is kept (a new memory), and the examples are offered
        # as in a fresh session.
        session.reset()
        examples = session.bot.suggestions_for(session.bot.bank.example_ids)
        session.memory.offered = examples
        return Reply(kind="smalltalk", text=small.answer, suggestions=examples, via=RESTART)
    if session.memory.last_reply is not None and asks_to_hear_it_again(session, clean):
        session.memory.offered = (
            session.memory.last_reply.suggestions or session.memory.offered
        )  # "2" then picks from what is shown again
        return session.memory.last_reply
    if says_answer_unclear(session, clean):
        # "What?" right after an answer: which part was unclear, with the same follow-ups on offer, not "I can
        # only answer questions about ..." (the general layer's wording, conversation.yaml's which_part).
        return Reply(kind="smalltalk", text=messages["which_part"], suggestions=session.memory.offered)
    bot, bank = session.bot, session.bot.bank
    as_topic = read_as_topic(bot.analyzer, bot.matcher, clean, bank.topic, bank.short_name or bank.topic)
    if as_topic is not None:
        # "the ossification thing", "ossifying": a word of the topic's name said alone is the topic, as the
        # whole name is (see `understanding.topic_name`); triage has read the message as typed.
        clean, folded = as_topic, fold(as_topic)
    reply = routing.route(session, clean, folded, prefix)
    if reply.via == REQUEST:
        # "Can I speak to a nurse?": no answer and no new topic; the conversation stays as it was.
        return with_safety_line(session.bot, reply, assessment)
    if reply.kind != "smalltalk":
        session.memory.answered_just_now = reply.kind == "answer"
    told = follow_ups.told_subjects_of(session, clean, reply)
    if told != session.memory.told_subjects:
        session.memory.told_aspects = follow_ups.aspects_asked_of(session, clean, told)
    session.memory.told_subjects = told
    # "Should we go to A&E?" after a red flag asks what its reply says; right after it, "is it serious?" asks of
    # the red flag, not of the bank's topic ("How serious is HO?" was the answer).
    what_now = reply.kind == "fallback" and asks_what_to_do(clean)
    if red_flag_last and (what_now or reply.via == "default subject"):
        session.memory.red_flag_last = True
        return session.memory.red_flag
    if reply.kind in ("fallback", "clarify", "answer") and in_other_language(session.bot, clean, folded):
        # "ayuda, mi madre no respira": the English fallback would leave them without the number to call.
        reply = Reply(kind="fallback", text=messages["not_english"])
    return with_safety_line(session.bot, reply, assessment)


def asks_to_hear_it_again(session: Session, clean: str) -> bool:
    """Whether the whole message asks for the last reply again ("say that again", "pardon?", "repeat that")."""
    small = routing.small_talk_of(session, clean)
    return small is not None and small.id == SAY_AGAIN


def says_answer_unclear(session: Session, clean: str) -> bool:
    """Whether the whole message says the answer just given was not followed ("what?", "huh?", "i dont get it")."""
    last = session.memory.last_reply
    if last is None or last.kind != "answer" or not session.memory.answered_just_now:
        return False
    small = routing.small_talk_of(session, clean)
    return small is not None and small.id == NOT_CLEAR


def in_other_language(bot: Bot, clean: str, folded: str) -> bool:
    """Whether a message is mostly not English, by the English word list, the bank's words and their slips."""
    analyzer = bot.analyzer

    def bank_slip(word: str) -> bool:
        fixed = analyzer.correct(word, common_english=False)
        return fixed != word and analyzer.knows(fixed)

    return mostly_not_english(folded, analyzer.knows, bank_slip, marked_words(clean), foreign_punctuation(clean))


def with_safety_line(bot: Bot, reply: Reply, assessment: Assessment) -> Reply:
    """A red flag only mentioned (past, or a general question) gets the answer plus one safety line."""
    line = bot.triage.safety_line(assessment, bot.emergency_number, bot.contact, bot.services)
    if line and reply.kind == "answer" and bot.triage.only_asks_a_check(assessment):
        # "A new or growing lump can have other causes, so have your doctor or care team check it. ...": the
        # answer opens with the same advice; said twice, the reply only grows longer.
        opening = re.split(r"(?<=[.!?])\s", reply.text.strip(), maxsplit=1)[0].lower()
        if any(phrase in opening for phrase in bot.safety_netting):
            return reply
    return reply._replace(text=f"{reply.text}\n\n{line}") if line else reply
