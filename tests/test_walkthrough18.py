"""Walkthrough 18: what a patient met using the product, each as a test in our own wordings."""

import pytest

from chatbot import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _second_reply(bot, first, second):
    session = bot.session()
    assert session.ask(first).kind == "answer"
    return session.ask(second)


@pytest.mark.parametrize("follow_up", ["how should they be taken?", "how do I take them?", "how is it given?"])
def test_a_follow_up_pointing_back_at_a_medicine_is_not_called_off_topic(bot, follow_up):
    # No entry says how to take NSAIDs: the honest reply is "my information does not cover that", never "I did not
    # find a question about HO in that" right after the answer it points back at.
    reply = _second_reply(bot, "do NSAIDs help", follow_up)
    assert reply.kind == "fallback"
    assert reply.text == bot.bank.messages["not_covered"].strip() or "does not cover" in reply.text


@pytest.mark.parametrize("follow_up", ["what time is it?", "is it raining?", "can you spell it", "who are they"])
def test_everyday_questions_with_a_pronoun_stay_off_topic(bot, follow_up):
    reply = _second_reply(bot, "do NSAIDs help", follow_up)
    assert reply.kind == "fallback"
    assert "does not cover" not in reply.text


def test_pointing_back_needs_the_answer_just_given(bot):
    session = bot.session()
    session.ask("do NSAIDs help")
    session.ask("what is the capital of peru")
    assert "does not cover" not in session.ask("how should they be taken?").text


_NAIL_BANK = """
meta:
  title: Nail care
  topic: ingrown toenails
  source: "Nail care, a test bank written for the chatbot's own tests"
  reviewed: 2026-11-01

entries:
  - id: what-is-it
    question: What is an ingrown toenail?
    alternates: [what does ingrown toenail mean, nail edge growing into the skin]
    answer: A test answer on what an ingrown toenail is.
  - id: cutting
    question: How should I cut my toenails?
    alternates: [how to trim nails so they avoid ingrowing, right way to trim toenails]
    answer: A test answer on cutting nails.
  - id: shoes
    question: Can tight shoes cause problems with nails?
    alternates: [are narrow shoes bad for toenails]
    answer: A test answer on shoes.
"""


def test_ingrowing_is_read_as_ingrown(tmp_path):
    # "ingrowing" and "ingrown" are one word the stemmer leaves apart ("ingrow", "ingrown"): a patient's
    # "ingrowing" met the cutting entry's alternate, not the entry that says what the condition is.
    (tmp_path / "entries.yaml").write_text(_NAIL_BANK, encoding="utf-8")
    (tmp_path / "topics.yaml").write_text("topic_words: [toenail, toenails, nail, nails, ingrown, toe]\n")
    nails = Bot.load(str(tmp_path))
    for message in ("what is an ingrowing toenail", "what's an ingrowing toenail?", "ingrown toenail meaning"):
        assert nails.session().ask(message).id == "what-is-it", message


@pytest.mark.parametrize(
    "message",
    [
        "my little toe has gone black",
        "dad is diabetic and his heel is turning black",
        "two fingertips went black overnight",
    ],
)
def test_a_toe_or_finger_gone_black_is_same_day(bot, message):
    # Skin of a toe, heel or finger turned black may be losing its blood supply (NHS, gangrene: urgent GP or 111).
    assert bot.ask(message).kind == "urgent", message


@pytest.mark.parametrize(
    "message",
    [
        "my toenail went black after the long run",
        "my toe is black and blue where I stubbed it",
        "my feet are black from the mud",
    ],
)
def test_a_black_toenail_or_bruise_or_dirt_is_not(bot, message):
    assert bot.ask(message).kind not in ("urgent", "emergency"), message
