"""A wrong medical answer is worse than "please ask your doctor": questions the bank's words would send to a
wrong entry fall back or ask instead. Each test builds its own small bank, a bunion clinic's, in the way clinics
write them (a question and two alternates per entry), with phrasings of its own."""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

META = "meta: {title: Bunions, topic: bunions, short_name: bunion, source: tests, reviewed: 2024-01-01}\n"
ENTRIES = (
    (
        "what-is-a-bunion",
        "What is a bunion?",
        ["what are bunions", "explain what a bunion is"],
        "A bunion is a bony bump at the base of the big toe. The toe leans towards the others over the years.",
    ),
    (
        "symptoms",
        "What are the signs of a bunion?",
        ["how do bunions show", "what symptoms do bunions give"],
        "A bump on the side of the foot, a red and sore joint, and a big toe that points inwards. Shoes may rub.",
    ),
    (
        "treatment",
        "How are bunions treated?",
        ["what treatment is there for bunions", "what medicine helps bunions"],
        "Wide shoes, padding and painkillers help most people. Surgery is for pain that stays despite these.",
    ),
    (
        "surgery-recovery",
        "How long does recovery from bunion surgery take?",
        ["when can I walk after bunion surgery", "how long off work after a bunion operation"],
        "Most people wear a special shoe for about six weeks. Swelling can take months to settle fully.",
    ),
    (
        "shoes",
        "Which shoes are best with bunions?",
        ["what footwear helps bunions", "can I wear heels with a bunion"],
        "Shoes with a wide, deep toe box and a low heel. Soft leather stretches and rubs less.",
    ),
)


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize(
    "question",
    [
        "my toe joint has gone red and sticks out at the side, is that a bunion",
        "there's a hard knobbly bit by my big toe. Is this the bunions?",
        "my sister has a big lump by her toe now. could it be a bunion?",
    ],
)
def test_asking_whether_something_is_the_condition_is_not_answered_with_what_it_is(clinic, question):
    """ "Is that a bunion?" asks for a diagnosis, with or without an article before the name: never the
    what-is entry, whose words it shares."""
    reply = clinic.ask(question)
    assert reply.kind == "fallback"
    assert "personal medical advice" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "can you prescribe me something stronger for my bunion pain",
        "could you book me in for bunion surgery",
        "please send me a prescription for the bunion pads",
        "can you refer me to a foot surgeon about my bunions",
    ],
)
def test_asking_the_bot_to_act_is_never_answered_from_the_bank(clinic, question):
    """Booking, prescribing, referring: a task for the care team, not the treatment or surgery entry."""
    reply = clinic.ask(question)
    assert reply.kind == "fallback"
    assert reply.id is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is a bunion the same as arthritis in the toe", None),  # not asked what someone has: no advice refusal
        ("is surgery the only treatment for bunions", "treatment"),
        ("which shoes are good for bunions", "shoes"),
        ("what is a bunion", "what-is-a-bunion"),
    ],
)
def test_general_questions_with_the_same_words_are_still_answered(clinic, question, expected):
    reply = clinic.ask(question)
    assert "personal medical advice" not in reply.text
    if expected:
        assert (reply.kind, reply.id) == ("answer", expected)


@pytest.mark.parametrize(
    "question",
    [
        "My mum had her hip replaced last month. Could she get bunions?",
        "I work on my feet all day in tight boots. Could I get a bunion?",
    ],
)
def test_a_yes_or_no_question_about_the_topic_after_a_story_is_not_answered_with_what_it_is(clinic, question):
    """ "Could I get a bunion?" after a story asks whether the story leads to it: the entry that says what a
    bunion is would answer another question."""
    reply = clinic.ask(question)
    assert reply.id != "what-is-a-bunion"
    assert reply.kind != "answer"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("My dad has a bunion on his left foot. What is a bunion?", "what-is-a-bunion"),
        ("The doctor said my bunion is getting worse. What treatment is there?", "treatment"),
    ],
)
def test_a_story_around_a_question_of_its_own_is_still_answered(clinic, question, expected):
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


def test_the_packaged_bank_reads_could_she_get_ho_after_a_story_about_the_story(bot):
    """ "Could she get HO?" after a story asks whether what happened leads to it: the story's subject answers
    (a fall is an injury), and the what-is entry never does. A new knee is a joint replacement other than the hip:
    since round 20 the entry on those answers it (it says the article gives no figure for knees), never the
    what-is entry and never the hip's figures."""
    reply = bot.ask("my mum has had a bad fall down the stairs. could she get HO?")
    assert (reply.kind, reply.id) == ("answer", "injury-cause")
    reply = bot.ask("We are off to see the surgeon about my dad's new knee next week. Could he get HO?")
    assert reply.kind != "answer" or reply.id == "other-joint-replacement"


def test_the_packaged_bank_does_not_answer_a_story_question_with_no_word_of_its_own(bot):
    """ "Which are they?" has no word to check an answer against: the story's words alone would pick one."""
    reply = bot.ask("My surgeon told me there are a couple of sorts of this illness. Which are they?")
    assert reply.kind != "answer"


@pytest.mark.parametrize(
    "question", ["are bunions common", "should I be worried about bunions", "what can go wrong with a bunion"]
)
def test_the_what_is_entry_does_not_answer_a_question_that_asks_more(clinic, question):
    """The entry that says what a bunion is fits every question naming bunions; one that asks something more
    ("common", "worried", "go wrong") that none of its questions ask gets choices or the fallback."""
    reply = clinic.ask(question)
    assert reply.kind in ("clarify", "fallback")
    assert reply.id is None


@pytest.mark.parametrize("question", ["what does bunion mean", "bunions explained", "what is a bunion exactly"])
def test_the_what_is_entry_still_answers_ways_of_asking_what_it_is(clinic, question):
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", "what-is-a-bunion")


def test_only_the_entry_about_the_main_topic_itself_is_held_to_it(clinic):
    """ "How are bunions treated?" is one entry's own question; the rule is for the what-is entry alone."""
    matcher = clinic.matcher
    assert [matcher.entries[i].id for i in matcher._topic_entries] == ["what-is-a-bunion"]
    assert clinic.ask("how are bunions treated").id == "treatment"


def test_asking_how_many_grays_of_radiation_is_a_dose(bot):
    """A radiation dose is a dose: "how many grays" is never answered with the radiation entry's general facts."""
    reply = bot.ask("how many grays would they give my husband for his HO")
    assert reply.kind == "fallback" and "personal medical advice" in reply.text
    assert bot.ask("why is radiation used for HO").id == "radiation-therapy"


def test_a_word_only_the_what_is_answer_names_does_not_make_it_the_answer(clinic):
    """The what-is answer says the toe leans over the years; "do bunions lean over the years?" asks more than what
    a bunion is, and no question of that entry asks it."""
    reply = clinic.ask("do bunions lean over the years")
    assert reply.kind != "answer"
