"""A clinic's story answer checked against the message read whole (`understanding.story_check`), on a small bank of
our own (tests/data/cast-bank: two or three phrasings an entry, as clinics write) with our own wordings."""

from pathlib import Path

import pytest
from ranking_support import candidate

from chatbot.bot import Bot
from chatbot.conversation import matching
from chatbot.reply import Reply
from chatbot.understanding.story_check import RIVALS_SEEN, SWITCH_MARGIN, second_look

CAST = Path(__file__).parent / "data" / "cast-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(CAST)


def test_the_answer_the_whole_message_also_leads_with_is_kept():
    whole = [candidate("swelling", 40, 0.5), candidate("itching", 20, 0.3)]
    assert second_look(whole, "swelling", defines_topic=False).verdict == "keep"
    assert second_look([], "swelling", defines_topic=False).verdict == "keep"


def test_a_clear_whole_message_leader_elsewhere_is_answered_instead():
    whole = [candidate("swelling", 45, 0.55), candidate("itching", 45 - SWITCH_MARGIN, 0.5)]
    look = second_look(whole, "itching", defines_topic=False)
    assert (look.verdict, look.leader.entry.id) == ("switch", "swelling")


def test_a_close_or_thin_whole_message_leader_does_not_take_over():
    close = [candidate("swelling", 45, 0.55), candidate("itching", 44, 0.5)]
    assert second_look(close, "itching", defines_topic=False).verdict == "keep"
    thin = [candidate("swelling", 45, 0.2), candidate("driving", 10, 0.1), candidate("itching", 9, 0.1)]
    assert second_look(thin, "itching", defines_topic=False).verdict == "keep"


def test_an_answer_the_whole_message_does_not_rank_becomes_a_choice():
    whole = [candidate(f"entry-{n}", 30 - n, 0.3) for n in range(RIVALS_SEEN + 1)]
    look = second_look(whole, "removal", defines_topic=False)
    assert (look.verdict, look.leader.entry.id) == ("choice", "entry-0")


def test_the_entry_that_says_what_the_topic_is_is_never_switched_away_from():
    # "The nurse said I need a cast, what actually is that?": the story's words may lead elsewhere.
    whole = [candidate("how-long", 60, 0.9), candidate("what-is-a-cast", 40, 0.8)]
    assert second_look(whole, "what-is-a-cast", defines_topic=True).verdict == "keep"


def _session_answering(bot, monkeypatch, entry_id):
    """A session whose readings answer `entry_id` by the story path, whatever the message."""
    session = bot.session()
    entry = bot.bank.by_id[entry_id]

    def story_answer(analysis, prefix, clean):
        session.memory.last_entry = entry
        session.memory.answered.append(entry_id)
        return Reply(kind="answer", text=entry.answer, id=entry_id, question=entry.question, score=70, via="story")

    monkeypatch.setattr(matching, "match_readings", lambda _session, *read: story_answer(*read))
    return session


def test_in_a_session_the_whole_message_leader_is_answered(bot, monkeypatch):
    session = _session_answering(bot, monkeypatch, "driving")
    reply = session.ask("My cast is cracked and loose. Does it need to be redone?")
    assert (reply.kind, reply.id, reply.via) == ("answer", "damaged-cast", "whole message")


def test_in_a_session_a_choice_undoes_the_story_reading(bot, monkeypatch):
    session = _session_answering(bot, monkeypatch, "skin-after")
    before = (session.memory.last_entry, list(session.memory.answered))
    reply = session.ask("the cast got wet in the bath last night. is it ruined?")
    assert reply.kind == "clarify"
    assert [s.id for s in reply.suggestions] == ["skin-after", "getting-it-wet"]
    # The conversation is as it was: no answer was given.
    assert (session.memory.last_entry, list(session.memory.answered)) == before


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Had my cast put on yesterday and my fingers look fat and purple. Is that normal?", "swelling"),
        ("The cast is coming off on friday and my daughter is terrified of the saw. Will it hurt her?", "removal"),
    ],
)
def test_story_answers_the_whole_message_agrees_with_are_unchanged(bot, text, entry_id):
    reply = bot.session().ask(text)
    assert (reply.kind, reply.id, reply.via) == ("answer", entry_id, "story")


def test_the_packaged_bank_is_not_checked():
    # A bank that lists its subjects reads its stories by them: the check would cost it right answers.
    bot = Bot.load()
    assert not bot.matcher.lists_sparse_entries
