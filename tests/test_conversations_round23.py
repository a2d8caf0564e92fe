"""Round 23 (conv25): a short question read as one of the follow-ups the bank ties to the last answer, and "what?"
right after an answer (docs/how-it-decides.md, "Round 23: ... (conv25)")."""

from __future__ import annotations

import pytest
import yaml
from conftest import DATA

from chatbot.bot import Bot
from chatbot.conversation.turn import NOT_CLEAR

MIGRAINE = DATA / "tuning" / "migraine-bank"
GENERAL = DATA.parent.parent / "chatbot" / "general" / "conversation.yaml"


@pytest.fixture(scope="module")
def migraine():
    return Bot.load(MIGRAINE)


@pytest.fixture(scope="module")
def ho():
    return Bot.load()


def _after(bot, earlier, question):
    session = bot.session()
    for asked in earlier:
        session.ask(asked)
    return session.ask(question)


# --- a follow-up the bank ties to the last answer -------------------------------------------------------------


def test_a_pronoun_after_taking_a_medicine_reaches_the_entry_tied_to_its_side_effects(migraine):
    # work-and-driving lists side-effects as related: the editors tied them; "it" is the medicine, not migraine.
    reply = _after(migraine, ["what are triptans", "any side effects"], "can i drive after taking it?")
    assert (reply.kind, reply.id, reply.via) == ("answer", "work-and-driving", "follow-up")
    assert reply.score is not None and reply.score >= 60


def test_the_same_words_fresh_are_not_answered(migraine):
    # Alone nothing says what "it" is: a question that cannot stand alone is not answered from the bank.
    assert migraine.ask("can i drive after taking it?").kind != "answer"


def test_after_an_answer_the_bank_does_not_tie_to_driving_it_is_not_answered(migraine):
    # How long an attack lasts is tied to symptoms, treatment and when to get help, not to driving.
    reply = _after(migraine, ["how long does a migraine attack last"], "can i drive after taking it?")
    assert reply.kind != "answer"


@pytest.mark.parametrize("question", ["what time is it", "where do you live", "what is your name again"])
def test_an_everyday_question_after_the_answer_is_not_read_as_a_follow_up(migraine, question):
    assert _after(migraine, ["what are triptans", "any side effects"], question).kind != "answer"


def test_a_complete_question_gets_the_same_answer_fresh_and_after_the_side_effects(migraine):
    asked = "Can I work and drive with migraine?"
    fresh = migraine.ask(asked)
    later = _after(migraine, ["what are triptans", "any side effects"], asked)
    assert (later.kind, later.id) == (fresh.kind, fresh.id) == ("answer", "work-and-driving")


@pytest.mark.parametrize("question", ["how do i get better at go", "is there a holiday this month"])
def test_an_everyday_or_unknown_word_with_nothing_pointing_back_is_not_a_tied_follow_up(question):
    # Off-topic lines (CLINC150) the first forms answered after the carpal and tonsillectomy answers.
    carpal = Bot.load(DATA / "heldout" / "carpal-bank")
    assert _after(carpal, ["is carpal tunnel common in pregnancy"], question).kind != "answer"
    tonsils = Bot.load(DATA / "tuning" / "tonsillitis-bank")
    pain = "had my tonsillectomy 3 days ago, how long is this pain going to last"
    assert _after(tonsils, [pain], question).kind != "answer"


def test_another_condition_named_after_the_answer_is_not_folded_in(migraine):
    assert _after(migraine, ["what are triptans", "any side effects"], "what about gout").kind != "answer"


# --- "what?" right after an answer ----------------------------------------------------------------------------


def _which_part() -> str:
    return " ".join(yaml.safe_load(GENERAL.read_text())["messages"]["which_part"].split())


@pytest.mark.parametrize("unclear", ["what?", "huh?", "Eh?", "i don't get it", "what do you mean?"])
def test_what_right_after_an_answer_asks_which_part_with_the_same_follow_ups(ho, unclear):
    session = ho.session()
    answer = session.ask("What is HO?")
    assert answer.kind == "answer" and answer.suggestions
    reply = session.ask(unclear)
    assert reply.kind == "smalltalk"
    assert " ".join(reply.text.split()) == _which_part()
    assert reply.suggestions == answer.suggestions
    picked = session.ask("1")  # the numbered follow-ups stay on offer
    assert (picked.kind, picked.id) == ("answer", answer.suggestions[0].id)


@pytest.mark.parametrize("followed", ["that makes sense", "thanks, that makes sense", "i understand", "i get it"])
def test_saying_it_was_followed_is_not_read_as_unclear(ho, followed):
    reply = _after(ho, ["What is HO?"], followed)
    assert " ".join(reply.text.split()) != _which_part()
    assert ho.smalltalk.match(followed) is None or ho.smalltalk.match(followed).id != NOT_CLEAR


def test_what_with_nothing_answered_yet_gets_the_items_own_line_not_which_part(ho):
    reply = ho.session().ask("what?")
    assert reply.kind == "smalltalk"
    assert " ".join(reply.text.split()) != _which_part()
    assert "not sure what you are asking" in reply.text
    item = next(item for item in ho.bank.smalltalk if item.id == NOT_CLEAR)
    assert not item.match_words  # only the whole message: "what is it?" is a question


def test_what_after_a_fallback_is_not_which_part(ho):
    session = ho.session()
    assert session.ask("what is the capital of france").kind == "fallback"
    assert " ".join(session.ask("huh?").text.split()) != _which_part()


@pytest.mark.parametrize("question", ["what do you mean by grade 3?", "what does HO mean?", "what is it?"])
def test_a_question_that_opens_with_what_is_read_the_same_fresh_and_after_an_answer(ho, question):
    fresh = ho.ask(question)
    later = _after(ho, ["how is HO treated?"], question)
    assert " ".join(later.text.split()) != _which_part()
    if fresh.kind == "answer":
        assert (later.kind, later.id) == (fresh.kind, fresh.id)


def test_the_which_part_wording_lives_in_the_general_layer(ho):
    assert " ".join(ho.bank.messages["which_part"].split()) == _which_part()


# --- a bare question word is small talk only as the whole message ---------------------------------------------


def test_a_question_that_opens_with_what_is_not_split_after_the_small_talk_word(ho):
    # "what" is a pattern of its own ("what?"), but in front of more words it opens the question.
    assert ho.smalltalk.opening("what should i eat") is None
    assert ho.smalltalk.match("what should i eat") is None


def test_small_talk_before_a_question_still_opens_it(ho):
    opened = ho.smalltalk.opening("thanks what is HO")
    assert opened is not None and opened[0].id == "thanks" and opened[1] == "what is ho"


def test_what_should_i_eat_after_the_pain_answer_is_the_eating_after_surgery_entry():
    # The tonsillitis bank: pain after surgery lists eating after surgery among its follow-ups (and eating before
    # the operation, which round 22's whole-bank reading reached, is not tied to it).
    tonsils = Bot.load(DATA / "tuning" / "tonsillitis-bank")
    pain = "had my tonsillectomy 3 days ago, how long is this pain going to last"
    reply = _after(tonsils, [pain], "what should i eat")
    assert (reply.kind, reply.id) == ("answer", "eating-after-surgery")
    assert tonsils.ask("what should i eat").kind != "answer"
