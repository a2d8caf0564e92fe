"""A clinic's answer checked against the words its question asks with (`understanding.asked_word`), and a story's
answer that no entry explains (`story_check.LEAST_COVERAGE`), on a small bank of our own (tests/data/chilblain-bank:
two phrasings an entry, as clinics write) with our own wordings (round 16, clinicwrong18)."""

from pathlib import Path

import pytest

from chatbot.bank.model import FaqEntry
from chatbot.bot import Bot
from chatbot.conversation import matching
from chatbot.reply import Reply
from chatbot.understanding.asked_word import (
    RIVAL_COVERAGE,
    RIVAL_GAP,
    STORY_RIVAL_COVERAGE,
    asked_stems,
    phrasing_stems,
    rival_saying_asked_words,
)
from chatbot.understanding.language import stem
from chatbot.understanding.matcher import Candidate
from chatbot.understanding.story_check import LEAST_COVERAGE, second_look

CHILBLAINS = Path(__file__).parent / "data" / "chilblain-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(CHILBLAINS)


def _entry(entry_id: str, *phrasings: str) -> FaqEntry:
    return FaqEntry(entry_id, phrasings[0], tuple(phrasings[1:]), "an answer", "", ())


def _candidate(entry: FaqEntry, score: float, coverage: float) -> Candidate:
    return Candidate(entry, score, coverage, coverage, phrasings=len(entry.alternates) + 1)


CAUSES = _entry("causes", "What causes gum disease?", "Why do people get gum disease?")
TRIGGERS = _entry("triggers", "What can trigger a flare of gum disease?", "What sets off gum disease?")
ASKED = asked_stems("what triggers gum disease".split(), frozenset({"what"}), stem)


def test_asked_stems_leave_out_stopwords_and_the_shortest_words():
    assert asked_stems(["what", "is", "it", "triggering", "the", "flare"], frozenset({"what", "the"}), stem) == {
        stem("triggering"),
        stem("flare"),
    }


def test_a_close_rival_that_says_the_asked_word_wins():
    whole = [_candidate(CAUSES, 95, 1.0), _candidate(TRIGGERS, 95 - RIVAL_GAP + 1, RIVAL_COVERAGE)]
    rival = rival_saying_asked_words(whole, CAUSES, ASKED, phrasing_stems)
    assert rival is not None and rival.entry.id == "triggers"


def test_a_far_or_thin_rival_does_not():
    far = [_candidate(CAUSES, 95, 1.0), _candidate(TRIGGERS, 95 - RIVAL_GAP - 1, 1.0)]
    assert rival_saying_asked_words(far, CAUSES, ASKED, phrasing_stems) is None
    thin = [_candidate(CAUSES, 95, 1.0), _candidate(TRIGGERS, 94, RIVAL_COVERAGE - 0.1)]
    assert rival_saying_asked_words(thin, CAUSES, ASKED, phrasing_stems) is None


def test_an_answer_that_says_a_word_the_rival_lacks_is_kept():
    # "why do people get gum disease": the answer says "people" and "get"; the rival says none of them.
    asked = asked_stems("why do people get gum disease".split(), frozenset({"why", "do"}), stem)
    whole = [_candidate(CAUSES, 95, 1.0), _candidate(TRIGGERS, 94, 1.0)]
    assert rival_saying_asked_words(whole, CAUSES, asked, phrasing_stems) is None
    # Both say the same asked words: nothing tells them apart, the answer stands.
    same = asked_stems(["gum", "disease"], frozenset(), stem)
    assert rival_saying_asked_words(whole, CAUSES, same, phrasing_stems) is None


def test_a_story_answer_yields_to_the_whole_messages_leader_only_when_it_says_the_asked_word():
    whole = [_candidate(TRIGGERS, 40, STORY_RIVAL_COVERAGE), _candidate(CAUSES, 20, 0.2)]
    assert rival_saying_asked_words(whole, CAUSES, ASKED, phrasing_stems) is None  # far ahead: not a close rival
    rival = rival_saying_asked_words(whole, CAUSES, ASKED, phrasing_stems, story=True)
    assert rival is not None and rival.entry.id == "triggers"
    thin = [_candidate(TRIGGERS, 40, STORY_RIVAL_COVERAGE - 0.05), _candidate(CAUSES, 20, 0.2)]
    assert rival_saying_asked_words(thin, CAUSES, ASKED, phrasing_stems, story=True) is None


@pytest.mark.parametrize(
    "question, entry_id, via",
    [
        # Round 18 (clinicwrong20): warning signs are a concept of their own, not the symptoms concept, so the entry
        # that says them is reached directly; before, this rule switched to it from the symptoms entry.
        ("what are the warning signs of chilblains", "when-to-get-help", "direct"),
        ("warning signs with chilblains?", "when-to-get-help", "direct"),
        ("what are the symptoms of chilblains", "symptoms", "direct"),
        ("what do chilblains feel like", "symptoms", "direct"),
        ("how are chilblains treated", "treatment", "direct"),
    ],
)
def test_in_a_session_the_entry_that_says_the_asked_word_answers(bot, question, entry_id, via):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id, reply.via) == ("answer", entry_id, via)


@pytest.mark.parametrize(
    "question", ["what are the warning signs of chilblains", "what are the symptoms of chilblains"]
)
def test_the_same_answer_fresh_and_after_other_questions(bot, question):
    fresh = bot.session().ask(question)
    session = bot.session()
    for before in ("how are chilblains treated", "how can i stop getting chilblains", "what are chilblains?"):
        session.ask(before)
    later = session.ask(question)
    assert (later.kind, later.id) == (fresh.kind, fresh.id)


def test_a_switch_leaves_the_conversation_on_the_entry_answered(bot):
    session = bot.session()
    reply = session.ask("what are the warning signs of chilblains")
    assert session.memory.last_entry.id == reply.id == "when-to-get-help"
    assert session.memory.answered[-1] == "when-to-get-help"
    assert "symptoms" not in session.memory.answered


def test_the_packaged_bank_is_not_checked():
    assert not Bot.load().matcher.lists_sparse_entries


# --- a story answer no entry explains -------------------------------------------------------------------------------


def test_a_whole_message_no_entry_explains_falls_back():
    whole = [_candidate(CAUSES, 18, LEAST_COVERAGE - 0.02), _candidate(TRIGGERS, 15, 0.1)]
    assert second_look(whole, "triggers", defines_topic=False).verdict == "fallback"
    enough = [_candidate(CAUSES, 18, LEAST_COVERAGE + 0.02), _candidate(TRIGGERS, 15, 0.1)]
    assert second_look(enough, "causes", defines_topic=False).verdict == "keep"


def test_in_a_session_a_story_answer_no_entry_explains_falls_back(bot, monkeypatch):
    session = bot.session()
    entry = bot.bank.by_id["triggers"]

    def story_answer(analysis, prefix, clean):
        session.memory.last_entry = entry
        session.memory.answered.append(entry.id)
        return Reply(kind="answer", text=entry.answer, id=entry.id, question=entry.question, score=70, via="story")

    monkeypatch.setattr(matching, "match_readings", lambda _session, *read: story_answer(*read))
    reply = session.ask(
        "Our landlord never fixes the gutter, the hallway is cold and the carpets are old. "
        "We have rented there since 2019 and the rent keeps going up. The window frames are draughty and the "
        "neighbours upstairs play loud music every night. My sister says we "
        "should complain to the council. Is that part of why my chilblains are so bad?"
    )
    assert reply.kind == "fallback"
    assert session.memory.last_entry is None and session.memory.answered == []
