"""Round 29 (hostory31): a story's question whose "it" points into the story, not at the bank's topic, and "were"
typed for "we're". Our own sentences, not the tuning sets'."""

import pytest

from chatbot.conversation import story_questions
from chatbot.conversation.story_pronoun import (
    it_as_subject,
    only_anticipatory_it,
    pointing_words,
    story_says_it_of_a_thing,
)
from chatbot.understanding import message as message_module
from chatbot.understanding.message import is_question, split_message
from chatbot.understanding.we_are import is_verb_form, tells_as_we_are

# The story says "it" of a thing it named, or the question's "it" stands first for its own later subject; neither
# names the topic: no entry answers, and the main topic put in for "it" answered another question.
POINTS_INTO_STORY = [
    "my son broke his elbow and it's in a cast, how long will it take?",
    "my son broke his arm and now it's in plaster. how long does it take?",
    "I had my knee done last month and the exercises are tough, is it normal to ache this much?",
    "my mum had her knee replaced and the physio is hard work. is it normal to hurt so much?",
]

# The topic named by the story or the question, an "it" with nothing before it to stand for, or "this" pointing at
# the story: answered as before.
STILL_ANSWERED = [
    ("my mum had her hip replaced and now they found extra bone and it is stiff. how long will it take to treat?",
     "treatment"),
    ("My dad has it in both hips. What actually sets it off?", "causes"),
    ("is it normal for HO to come back after surgery?", "regrowth"),
    ("my husband had his hip replaced. is it normal for extra bone to form?", "hip-replacement"),
    ("They first thought it was a sprain, turned out it was bone forming. Is it common for this to be mistaken for "
     "other things?", "mistaken-symptoms"),
]  # fmt: skip

OPENINGS = ("What is HO?", "How is HO treated?", "Can children get HO?")


def _off(monkeypatch):
    monkeypatch.setattr(story_questions, "story_says_it_of_a_thing", lambda *args: False)
    monkeypatch.setattr(story_questions, "only_anticipatory_it", lambda *args: False)


@pytest.mark.parametrize("text", POINTS_INTO_STORY)
def test_a_pronoun_into_the_story_gets_no_answer_of_the_topic(bot, text):
    assert bot.session().ask(text).kind == "fallback"
    for opening in OPENINGS:
        session = bot.session()
        session.ask(opening)
        assert session.ask(text).kind != "answer"


@pytest.mark.parametrize("text", POINTS_INTO_STORY)
def test_without_the_reading_the_topic_was_put_in(bot, monkeypatch, text):
    _off(monkeypatch)
    assert bot.session().ask(text).kind == "answer"


@pytest.mark.parametrize(("text", "entry"), STILL_ANSWERED)
def test_the_topic_named_or_an_unbound_it_is_still_answered(bot, text, entry):
    reply = bot.session().ask(text)
    assert (reply.kind, reply.id) == ("answer", entry)


@pytest.mark.parametrize(
    ("story", "told"),
    [
        ("my son broke his elbow and it's in a cast", True),
        ("she sprained her wrist but now it is swollen", True),
        ("My dad has it in both hips", False),  # "it" before any thing: the topic not named
        ("my gran is worried about getting it after her op", False),  # an object "it"
        ("my leg swelled and it turned out to be FOP", False),  # what "it" is, the story names
        ("we went on holiday", False),
    ],
)
def test_the_story_says_it_of_a_thing(bot, story, told):
    assert story_says_it_of_a_thing(bot, story) is told


@pytest.mark.parametrize(
    ("question", "anticipatory"),
    [
        ("is it normal to hurt this much", True),
        ("it is ok for me to drive", True),
        ("is it normal for it to come back", False),  # the second "it" stands for a thing
        ("what does it do to the body", False),
        ("how long will it take", False),
    ],
)
def test_only_anticipatory_it(question, anticipatory):
    assert only_anticipatory_it(question.split()) is anticipatory


def test_a_subject_it_goes_on_with_the_story_an_object_it_does_not():
    assert it_as_subject("how long will it take".split())
    assert it_as_subject("it still hurts".split())
    assert not it_as_subject("how do they diagnose it then".split())


def test_this_of_degree_points_at_nothing():
    pronouns = {"it", "this", "that"}
    assert pointing_words("is it normal to hurt this much".split(), pronouns) == set()
    assert pointing_words("is it common for this to be missed".split(), pronouns) == {"this"}


@pytest.mark.parametrize(
    ("words", "we_are"),
    [
        ("were waiting for the test", True),
        ("were going to see the surgeon", True),
        ("were worried its ho", True),
        ("were not sure", True),
        ("were so scared", True),
        ("were they worried", False),
        ("were the scans clear", False),
        ("were stitches used", False),
        ("were both hips done", False),
        ("were things ok", False),
        ("was waiting", False),
    ],
)
def test_were_read_as_we_are_by_what_follows(words, we_are):
    assert tells_as_we_are(words.split()) is we_are


@pytest.mark.parametrize(
    ("word", "form"),
    [("waiting", True), ("hoping", True), ("worried", True), ("stopped", True), ("thing", False),
     ("something", False), ("bed", False), ("hundred", False)],
)  # fmt: skip
def test_a_verb_form_is_a_form_of_an_english_word(word, form):
    assert is_verb_form(word) is form


def test_were_for_we_are_tells_and_does_not_ask():
    assert not is_question("were waiting for the scan results.")
    assert not is_question("we're waiting for the scan results.")
    assert is_question("were they waiting for the results")
    assert is_question("were waiting for the results?")  # asked with its mark, it asks
    split = split_message("were waiting for the scan results. what are the signs of FOP?")
    assert split.questions == ("what are the signs of FOP?",)


def test_were_for_we_are_no_longer_chooses_the_answer(bot, monkeypatch):
    text = "were waiting for the scan results. what are the signs of FOP?"
    reply = bot.session().ask(text)
    assert (reply.kind, reply.id) == ("answer", "fop-symptoms")
    monkeypatch.setattr(message_module, "tells_as_we_are", lambda words: False)
    assert bot.session().ask(text).id != "fop-symptoms"  # read as a question, "scan" chose the answer
