"""Round 17 (clinicwrong19): a clinic's story answer far behind the whole message's leader becomes a choice, and the
entry that says what the topic is keeps a story's answer only when the question asks what something is. Our own
wordings, on tests/data/cast-bank (a small bank of our own, two or three phrasings an entry)."""

from pathlib import Path

import pytest
from ranking_support import candidate

from chatbot.bot import Bot
from chatbot.conversation import matching
from chatbot.reply import Reply
from chatbot.understanding.matcher import Candidate
from chatbot.understanding.story_check import STORY_GAP, SWITCH_COVERAGE, second_look
from chatbot.understanding.what_is_check import asks_something_else, asks_what_it_is

CAST = Path(__file__).parent / "data" / "cast-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(CAST)


def _ranking(gap: float, leader_coverage: float = 0.6) -> list[Candidate]:
    # The leader is close to the next entry (no switch); the story's answer is third, `gap` points behind it.
    return [
        candidate("swelling", 50, leader_coverage),
        candidate("itching", 49, 0.55),
        candidate("driving", 50 - gap, 0.4),
    ]


def test_a_story_answer_far_behind_the_whole_message_leader_becomes_a_choice():
    look = second_look(_ranking(STORY_GAP), "driving", defines_topic=False)
    assert (look.verdict, look.leader.entry.id) == ("choice", "swelling")


def test_a_story_answer_close_behind_the_leader_is_kept():
    assert second_look(_ranking(STORY_GAP - 1), "driving", defines_topic=False).verdict == "keep"


def test_a_thin_leader_never_turns_the_answer_into_a_choice():
    thin = _ranking(STORY_GAP + 10, leader_coverage=SWITCH_COVERAGE - 0.1)
    assert second_look(thin, "driving", defines_topic=False).verdict == "keep"


def test_the_what_is_entry_asked_what_it_is_is_kept_however_far_behind():
    assert second_look(_ranking(STORY_GAP + 20), "driving", defines_topic=True).verdict == "keep"


@pytest.mark.parametrize(
    "question, asks",
    [
        ("what exactly is that", True),
        ("what are they", True),
        ("what does that word mean", True),
        ("is it an illness or what", True),
        ("is that a cast", False),
        ("could the itch be from the cast", False),
        ("what do they put on for a broken wrist", False),
    ],
)
def test_a_question_asks_what_something_is_only_with_what_and_be_or_a_word_of_meaning(bot, question, asks):
    analysis = bot.analyzer.analyze(question)
    assert asks_what_it_is(analysis.concepts, analysis.words, bot.matcher.meaning_tokens) is asks


def _session_answering(bot, monkeypatch, entry_id, via="story", score=80):
    """A session whose readings answer `entry_id` by the path `via` ("story", "direct"), whatever the message."""
    session = bot.session()
    entry = bot.bank.by_id[entry_id]

    def answer(analysis, prefix, clean):
        session.memory.last_entry = entry
        session.memory.answered.append(entry_id)
        return Reply(kind="answer", text=entry.answer, id=entry_id, question=entry.question, score=score, via=via)

    monkeypatch.setattr(matching, "match_readings", lambda _session, *read: answer(*read))
    return session


def test_in_a_session_the_what_is_entry_yields_to_a_story_that_asks_something_else(bot, monkeypatch):
    # The story tells of a cracked cast; "is that the cast" does not ask what a cast is.
    assert bot.matcher.defines_topic("what-is-a-cast")
    session = _session_answering(bot, monkeypatch, "what-is-a-cast")
    reply = session.ask("My cast is cracked and loose after a fall at school. Does it need to be redone?")
    assert reply.kind in ("answer", "clarify")
    assert reply.id != "what-is-a-cast"


def test_in_a_session_the_what_is_entry_keeps_a_story_that_asks_what_it_is(bot, monkeypatch):
    session = _session_answering(bot, monkeypatch, "what-is-a-cast")
    reply = session.ask("The nurse at the fracture clinic says my son needs a cast. What actually is that?")
    assert (reply.kind, reply.id) == ("answer", "what-is-a-cast")


def test_a_word_that_frames_a_question_does_not_make_it_ask_what_something_is(bot):
    analysis = bot.analyzer.analyze("what do they give you for it then")
    assert not asks_what_it_is(analysis.concepts, analysis.words, bot.matcher.meaning_tokens)


@pytest.mark.parametrize(
    "question, other",
    [
        ("how do they take a cast off", True),
        ("what can i do about a cast that smells", True),
        ("when do kids usually get one", True),
        ("what is a cast", False),
        ("what does cast mean", False),
        ("can a cast be waterproof", False),
        ("why do they use plaster", False),
        ("plaster casts", False),
    ],
)
def test_a_question_asks_something_else_when_it_asks_how_when_or_what_without_be(bot, question, other):
    analysis = bot.analyzer.analyze(question)
    assert asks_something_else(analysis.concepts, analysis.words, bot.matcher.meaning_tokens) is other


def test_the_what_is_entry_asked_how_becomes_a_choice_with_the_next_entry(bot, monkeypatch):
    session = _session_answering(bot, monkeypatch, "what-is-a-cast", via="direct", score=90)
    before = (session.memory.last_entry, list(session.memory.answered))
    reply = session.ask("how do they get a plaster cast off at the end")
    assert reply.kind == "clarify"
    ids = [s.id for s in reply.suggestions]
    assert ids[0] == "what-is-a-cast" and len(ids) == 2
    assert (session.memory.last_entry, list(session.memory.answered)) == before


def test_the_what_is_entry_asked_what_it_is_is_answered(bot, monkeypatch):
    session = _session_answering(bot, monkeypatch, "what-is-a-cast", via="direct", score=90)
    reply = session.ask("what exactly is a plaster cast")
    assert (reply.kind, reply.id) == ("answer", "what-is-a-cast")
