"""Round 21 (horeading23): HO questions as other people write them, in our own wordings (docs/how-it-decides.md)."""

from __future__ import annotations

import pytest
from conversation_support import last_reply

from chatbot.bot import Bot


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


def ask(bot: Bot, *turns: str):
    return last_reply(bot, *turns)


# An entry that only defines the subject a question names yields to the close entry about that subject when the
# question asks something else of it (`understanding.defined_subject`).
@pytest.mark.parametrize("question", ["what does POH actually do", "what does FOP do"])
def test_what_a_named_subject_does_is_not_its_definition(bot, question):
    reply = ask(bot, question)
    assert reply.kind == "answer"
    assert reply.id in {"poh-symptoms", "fop-symptoms"}


@pytest.mark.parametrize("question", ["What is POH?", "How rare is POH?", "what is fop"])
def test_what_the_definition_asks_keeps_it(bot, question):
    # "what is" asks the definition; "how rare" is a word the defining entry's own questions say.
    assert ask(bot, question).id == "genetic-ho"


def test_the_main_topic_is_left_to_its_own_check(bot):
    # The main topic is never such a subject here: "how is HO treated" is the treatment entry, as before.
    assert ask(bot, "how is HO treated").id == "treatment"


# A typo is never read as one of the bank's short forms shorter than it ("ther" is not "thr", total hip replacement).
def test_a_letter_more_on_a_short_form_is_no_slip_of_it(bot):
    reply = ask(bot, "how many kinds are ther of HO")
    assert reply.kind == "answer" and reply.id == "types-of-ho"
    assert "thr" not in bot.analyzer.analyze("how many kinds are ther").tokens


def test_the_short_form_typed_is_still_read(bot):
    assert ask(bot, "is the thr the cause").id == "hip-replacement"


# A pronoun after an act of taking, right after an answer about a medicine, is that medicine
# (`understanding.taken_pronoun`): the request is refused as personal advice, with the ask-first entry.
def test_starting_them_after_a_medicine_answer_is_a_request_about_it(bot):
    reply = ask(bot, "Can naproxen prevent HO?", "right, can i start using them myself")
    assert reply.kind == "answer" and reply.id == "ask-before-medicine"
    assert "personal medical advice" in reply.text


def test_trying_them_after_a_medicine_answer_gets_the_advice_reply(bot):
    reply = ask(bot, "Can naproxen prevent HO?", "fine, can i just try them myself?")
    assert "personal medical advice" in reply.text


def test_no_medicine_answered_no_medicine_read(bot):
    reply = ask(bot, "What causes HO?", "right, can i start using them myself")
    assert "personal medical advice" not in reply.text


def test_taking_it_out_is_no_medicine(bot):
    assert ask(bot, "Can naproxen prevent HO?", "can they take them out").id == "surgery"


def test_a_count_of_the_scale_is_not_one_point_of_it(bot):
    # The runner-up's title names a narrower thing (a grade's number): the scale's own entry keeps the question.
    assert ask(bot, "how many grades has the brooker system got").id == "brooker-scale"

