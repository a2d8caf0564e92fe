"""Stories, lay wording and carers' messages, read by general mechanisms (issue 9, round 8), in our own phrasings.

- "You" before a verb of what happens to a body ("be born", "feel", "catch") is anyone, not the bot.
- A story that names one of the bank's subjects or numbers says what a question in the bank's own words is
  about, even when that question alone names nothing of health ("... a 2 on that scale. What does a 2 mean?").
"""

from __future__ import annotations

import pytest

from chatbot import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


@pytest.mark.parametrize(
    ("question", "entry"),
    [("can you feel it under the skin?", "lump"), ("can u feel it?", "lump")],
)
def test_you_before_a_verb_of_the_body_is_anyone(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry), question


@pytest.mark.parametrize("request_", ["can you tell me about it?", "can you get it for me?", "can you send it?"])
def test_you_asked_to_do_something_is_still_the_bot(bot, request_):
    assert bot.session().ask(request_).kind != "answer"


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("The report gave my wife's hip a 2 on that scale. What does a 2 mean?", "grade-2"),
        ("I saw the consultant today and she said the grading on my scan was low. How does the grading work?",
         "brooker-scale"),
    ],
)
def test_a_story_naming_a_subject_lends_it_to_a_question_in_bank_words(bot, message, entry):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", entry), message


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # Quick-message spellings (the general layer's `spellings`): "rly" is "really", not "ray"; "diff" is
        # "different", "wich" "which".
        ("is HO rly serious", "how-serious"),
        ("how bad is it rly", "how-serious"),
        ("r there diff kinds of HO", "types-of-ho"),
        # Lay words of the general layer's synonyms: a "temp" is a fever, "what's behind it" asks the cause, a
        # "nasty break" is an injury.
        ("does HO give you a high temp?", "fever"),
        ("what is behind HO, do they know?", "causes"),
        ("whats behind it", "causes"),
        ("can a nasty break lead to extra bone?", "injury-cause"),
    ],
)
def test_lay_words_and_quick_spellings(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry), question


@pytest.mark.parametrize(
    "message",
    [
        "my mum has a hard patch near her hip scar now. is that the bone you can feel?",
        "there's a hard bit on the side of my thigh after the op. is that what extra bone feels like from outside?",
    ],
)
def test_a_hard_bit_or_ridge_is_a_lump(bot, message):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", "lump"), message


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # What is asked is what the story's subject is: the entry that defines it, not one about the x-ray or physio.
        ("the x-ray report from my knee op says heterotopic ossification. what is that exactly?", "what-is-ho"),
        ("my physio keeps saying HO after looking at my x-ray. whats that?", "what-is-ho"),
        ("the consultant looked at my scan and wrote 'FOP?' in the notes. what is it?", "genetic-ho"),
        # A number in the story still qualifies its subject.
        ("mine has been called a grade two. what is that", "grade-2"),
    ],
)
def test_what_is_that_after_a_story_asks_what_its_subject_is(bot, message, entry):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", entry), message


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # Everyday ways of saying prevention and removal (the general layer's synonyms), with no subject named.
        ("could it be stopped before it starts?", "prevention"),
        ("can a surgeon cut them out?", "surgery"),
        ("can the surgeon cut it out?", "surgery"),
    ],
)
def test_everyday_words_for_prevention_and_removal(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry), question


def test_a_question_asked_first_then_why_is_read_alone(bot):
    # Asked first, then who it is for: the reasons after it are everyday words, so the question stands alone.
    reply = bot.session().ask("how is it treated? asking for my mum, she is 80 and lives alone")
    assert (reply.kind, reply.id) == ("answer", "treatment")


@pytest.mark.parametrize(
    "message",
    [
        # A symptom or a condition the bank does not know, told after the question, may be what "it" means.
        "how is it treated? my mum keeps getting pain in her shoulder",
        "how is it treated? my mum has shingles",
    ],
)
def test_a_symptom_or_another_condition_after_the_question_keeps_it_from_standing_alone(bot, message):
    assert bot.session().ask(message).id != "treatment", message


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # A plea for help that opens a message asks for nothing: "help" is not treatment (courtesy_openings).
        ("please help, what is extra bone growth?", "what-is-ho"),
        ("please help me, what are the first signs of HO?", "early-symptoms"),
        # Asked how to be told, not what: "in plain words" is an idiom.
        ("Nobody explained it properly. Can you tell me in plain words what extra bone growth is?", "what-is-ho"),
    ],
)
def test_pleas_and_idioms_ask_nothing(bot, message, entry):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", entry), message


def test_a_story_lends_its_subject_only_to_a_part_asked_as_a_question(bot):
    # The last part here tells, it does not ask: the story's surgery must not turn it into a surgery question.
    message = "just tell me if i should get the second op, i cant decide and my family all say different things"
    reply = bot.session().ask(message)
    assert reply.kind != "answer"
