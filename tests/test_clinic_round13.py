"""Round 13 readings for a clinic's own bank (a few phrasings an entry): a choice whose first entry is far ahead is
answered; a lay thing only one entry speaks of answers without the topic named; being intimate is sex.

The bank (tests/data/toenail-bank, ingrown toenails) and every message are our own, written as a clinic and its
patients write; none is taken from a tuning or held-apart set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import chatbot.understanding.own_word as own_word
from chatbot import Bot
from chatbot.understanding.choice_lead import choice_lead
from chatbot.understanding.matcher import Candidate

BANK = Path(__file__).parent / "data" / "toenail-bank"


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(BANK)


def _ranking(bot, *scores):
    """A ranking of the bank's first entries with these (score, coverage) pairs, best first, as a clinic's (three
    phrasings each)."""
    return [
        Candidate(entry, score, coverage, 0.5, phrasings=3)
        for entry, (score, coverage) in zip(bot.bank.entries, scores, strict=False)
    ]


def test_a_choice_with_one_entry_far_ahead_is_answered(clinic):
    analyzer, matcher = clinic.analyzer, clinic.matcher
    asked = analyzer.analyze("is my ingrown toenail a serious thing at 14").tokens
    far = _ranking(clinic, (54.0, 0.73), (34.0, 0.3))
    assert choice_lead(analyzer, matcher, far, far[:1], asked, []) is far[0]
    close = _ranking(clinic, (54.0, 0.73), (44.0, 0.6))
    assert choice_lead(analyzer, matcher, close, close[:2], asked, []) is None  # close entries: the person chooses
    thin = _ranking(clinic, (54.0, 0.4), (30.0, 0.3))
    assert choice_lead(analyzer, matcher, thin, thin[:1], asked, []) is None  # less than half of it explained
    many = [c._replace(phrasings=12) for c in far]
    assert choice_lead(analyzer, matcher, many, many[:1], asked, []) is None  # a bank of many phrasings: never


def test_close_entries_stay_a_choice(clinic):
    # Three entries within a few points of each other: the person chooses.
    reply = clinic.ask("my toenail is sore and red, could ballet flats be to blame")
    assert reply.kind == "clarify"
    assert len(reply.suggestions) > 1


def test_a_choice_lead_never_answers_the_packaged_bank():
    # The packaged bank lists a dozen phrasings an entry: its choices are its own close calls, offered as before.
    reply = Bot.load().ask("is HO the same as arthritis or osteoporosis")
    assert reply.via != "choice lead"


def test_a_lay_thing_one_entry_speaks_of_answers_without_the_topic(clinic, monkeypatch):
    # "Numbing jab" is the lay lexicon's local anaesthetic; only the operation entry's answer says it.
    reply = clinic.ask("do they use a numbing jab")
    assert (reply.kind, reply.id, reply.via) == ("answer", "surgery", "own word")
    monkeypatch.setattr(own_word, "OWN_THING_COVERAGE", 2.0)
    assert clinic.ask("do they use a numbing jab").kind == "fallback"


@pytest.mark.parametrize(
    "message",
    [
        "can I book a table for two tonight",  # an everyday request shares no lay thing with the bank
        "what time does the airport shuttle leave",
        "do they sell trainers in the shop downstairs",
    ],
)
def test_everyday_requests_are_not_answered(clinic, message):
    assert clinic.ask(message).kind != "answer"


@pytest.mark.parametrize(
    "message",
    [
        "when can me and my husband sleep together after his toe op",
        "can I get intimate after the toe op",
        "is being intimate ok after the nail surgery",
    ],
)
def test_being_intimate_is_sex(clinic, message):
    reply = clinic.ask(message)
    assert (reply.kind, reply.id) == ("answer", "sex")


def test_sleeping_alone_is_no_sex(clinic):
    analyzer = clinic.analyzer
    assert "intercourse" not in analyzer.analyze("how should I sleep after the op").tokens
    assert "intercourse" in analyzer.analyze("can we sleep together after the op").tokens


@pytest.mark.parametrize(
    "message",
    [
        # Another health matter, or a rare word that may name one, is another question however far the entry leads.
        "my ingrown toenail is red and sore, can tight trainers set it off with my asthma",
        "my ingrown toenail is red and sore, can tight trainers set it off with sarcoidosis",
    ],
)
def test_a_choice_lead_leaves_no_other_health_matter_unexplained(clinic, message):
    reply = clinic.ask(message)
    assert reply.kind == "clarify"
    assert reply.via != "choice lead"


def test_an_age_is_detail_for_a_choice_lead(clinic):
    # "14" is a number the bank never counts by: an age, no other question.
    analyzer, matcher = clinic.analyzer, clinic.matcher
    far = _ranking(clinic, (54.0, 0.73), (34.0, 0.3))
    assert choice_lead(analyzer, matcher, far, far[:1], analyzer.analyze("is it serious at 14").tokens, [])
    assert not choice_lead(analyzer, matcher, far, far[:1], analyzer.analyze("is it serious with asthma").tokens, [])


def test_a_story_never_picks_the_choice_lead_alone():
    # "Anything to know?" asks nothing the leading entry says: the story's words alone would pick it.
    bot = Bot.load(BANK)
    analyzer, matcher = bot.analyzer, bot.matcher
    text = "my ingrown toenail is red and sore when I wear tight trainers and pointed shoes. anything to know?"
    analysis = analyzer.analyze(text)
    ranking = matcher.rank(analysis.tokens, analysis.concepts)
    asked = [analyzer.analyze("anything to know?").tokens]
    if ranking:
        assert choice_lead(analyzer, matcher, ranking, ranking[:1], analysis.tokens, asked) is None
