"""Round 26 (horeading28): a story's asking clause read alone, the story lending only its subject.

A short question after a story fell back when the message read whole led the right entry under the bar. The last
resort now reads the clause that asks (with its own subject, else the story's most specific one, else the topic)
and answers when one entry explains all of it, clearly ahead, and the whole message's leader scores 40 or more
(`conversation.asking_clause`). Our own paraphrases; each asked fresh and after four other questions (a complete
question gets the same reply). Also the split tool's halves and clause readings (`tools/story_clause_split.py`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import kind_and_id

from chatbot.conversation import last_resort
from chatbot.conversation.asking_clause import asking_clause_lead
from chatbot.understanding.message import split_message

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import story_clause_split  # noqa: E402

ANSWERED = [
    ("my dad is booked for one session of radiotherapy before they remove his HO. why?", "radiation-therapy"),
    (
        "my mum has been on warfarin since her hip op and someone told her it helps with the bone thing too. is that "
        "right?",
        "warfarin",
    ),
    ("my mate reckons ibuprofen after a hip operation stops the extra bone. is he right?", "nsaids"),
    (
        "my sister wants to try some tablets she found online for her bone growth. should she check with her doctor "
        "first?",
        "ask-before-medicine",
    ),
]
EARLIER = ("What is HO?", "can a hip replacement cause HO?", "what are the early signs?", "how is it treated?")


@pytest.mark.parametrize(("question", "entry"), ANSWERED)
def test_the_asking_clause_answers_after_a_story(bot, question, entry):
    assert kind_and_id(bot, question) == ("answer", entry)
    assert bot.session().ask(question).via == "asking clause"


@pytest.mark.parametrize(("question", "entry"), ANSWERED)
def test_the_same_reply_mid_conversation(bot, question, entry):
    session = bot.session()
    for earlier in EARLIER:
        session.ask(earlier)
    reply = session.ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


def test_without_the_lead_these_fell_back(bot, monkeypatch):
    # The lead is what answers them: with it turned off, none is answered (so the tests above can fail).
    monkeypatch.setattr(last_resort, "asking_clause_lead", lambda *args: None)
    for question, _ in ANSWERED:
        assert kind_and_id(bot, question)[0] != "answer"


@pytest.mark.parametrize(
    "question",
    [
        "I have a bone spur on my heel. How do I get rid of it?",
        "my wrist healed last year but it aches in the cold, why?",
    ],
)
def test_another_condition_told_in_a_story_is_not_answered(bot, question):
    assert kind_and_id(bot, question)[0] == "fallback"


def test_a_question_with_no_story_is_left_to_the_other_readings(bot):
    text = "does radiotherapy help with the bone?"
    message = split_message(text)
    assert not message.story
    assert asking_clause_lead(bot, bot.analyzer.analyze(text), message, True) is None


@pytest.mark.parametrize("line", ["location currently, where", "i'm out of apples, add that to my list"])
def test_a_line_not_about_health_gets_no_clause_reading(bot, line):
    # Off-topic lines (CLINC150's kind, our own wording) whose bare asking word the topic's reading explains whole.
    message = split_message(line)
    assert asking_clause_lead(bot, bot.analyzer.analyze(line), message, False) is None
    for earlier in ((), ("What is HO?",)):
        session = bot.session()
        for text in earlier:
            session.ask(text)
        assert session.ask(line).via != "asking clause"


def test_the_split_is_by_the_question_text():
    assert story_clause_split.half("what is HO") == story_clause_split.half("what is HO")
    halves = {story_clause_split.half(f"question {n}") for n in range(20)}
    assert halves == {"a", "b"}


def test_clause_readings_place_the_whole_leader(bot):
    message = split_message("My father is eighty one. Does being older make a difference?")
    rows = story_clause_split.clause_readings(bot, message, (), "who-is-at-risk")  # no word of health: not answered
    assert {row["reading"] for row in rows} >= {"bare", "topic"}
    topic = next(row for row in rows if row["reading"] == "topic")
    assert topic["top"] == "who-is-at-risk" and topic["leader_at"] == 0


@pytest.mark.parametrize(
    "message",
    [
        "My wife is waiting for an elbow replacement this winter. Could that give her HO?",
        "Booked for a new knee in June. Might that give me HO?",
    ],
)
def test_a_clause_pointing_back_at_the_story_is_not_read_alone(bot, message):
    # "that" is the story's operation; the clause alone, with its own subject (HO), answered what HO is (round 26,
    # seen on the held-apart part 24 after the merge; these wordings are our own).
    fresh = bot.session().ask(message)
    later = bot.session()
    for earlier in EARLIER:
        later.ask(earlier)
    for reply in (fresh, later.ask(message)):
        assert reply.id != "what-is-ho" and reply.via != "asking clause"
