"""A rare word that only one clinic entry uses, that entry clearly ahead, is answered below the answer score
(see `understanding.own_word`).

The bank (tests/data/ligament-bank) and the questions are our own, written as a clinic and its patients write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import chatbot.understanding.own_word as own_word
from chatbot import Bot
from chatbot.conversation import last_resort, leads

BANK = Path(__file__).parent / "data" / "ligament-bank"


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(BANK)


@pytest.mark.parametrize(
    "message",
    [
        # "tendon" is said only by the graft entry's answer; "surgeon asked", "better" the clinic never wrote so.
        "surgeon asked if I wanted the tendon by the kneecap or not, which is better",
        "my mate had a hamstring one, is that better",
        "My surgeon wants to use the tendon from below my kneecap. Is that the best one?",
    ],
)
def test_a_rare_word_of_one_entry_answers_with_it(clinic, monkeypatch, message):
    reply = clinic.ask(message)
    assert (reply.kind, reply.id, reply.via) == ("answer", "graft-choice", "own word")
    assert reply.score < 60  # under the answer score: the usual bars alone would not answer it
    monkeypatch.setattr(own_word, "OWN_WORD_SCORE", 1000.0)
    # The graft entry leads these far enough for a clinic's late lead too (`late_lead`, round 14): left out here.
    monkeypatch.setattr(last_resort, "late_lead", lambda *args: None)
    # And trusted on its evidence (`trusted_lead`, round 16): the graft entry, alone in the ranking, says every one of
    # the message's own words: left out too.
    monkeypatch.setattr(leads, "trusted_lead", lambda *args: None)
    # And a second reading of the entries' answers agreeing with it (`second_reading`, round 17): left out too.
    monkeypatch.setattr(leads, "agreeing_lead", lambda *args: None)
    # And the wider gate of a message that names health (`named_lead`, round 18): left out too.
    monkeypatch.setattr(leads, "named_lead", lambda *args: None)
    assert clinic.ask(message).kind == "fallback"


def test_a_word_two_entries_use_is_no_entrys_own(clinic):
    # "kneecap": the graft entry's answer and the swelling entry's both say it.
    assert clinic.ask("my mate said the kneecap one is better, is it").kind == "fallback"


def test_an_everyday_concept_or_word_names_no_matter(clinic):
    analyzer = clinic.analyzer
    assert own_word._names_a_matter(analyzer, analyzer.analyze("my hamstring").tokens[0])
    assert not own_word._names_a_matter(analyzer, "tv")  # a concept of everyday life ("turn the tv on")
    assert not own_word._names_a_matter(analyzer, "dad")


def test_only_a_clinics_sparse_entry_is_read_so(clinic):
    message = "my mate had a hamstring one, is that better"
    analysis = clinic.analyzer.analyze(message)
    ranking = clinic.matcher.rank(analysis.tokens, analysis.concepts)
    assert own_word.own_word_lead(clinic.analyzer, clinic.matcher, ranking, analysis.tokens)
    many = [ranking[0]._replace(phrasings=12), *ranking[1:]]  # an entry that lists a dozen ways of asking
    assert not own_word.own_word_lead(clinic.analyzer, clinic.matcher, many, analysis.tokens)
