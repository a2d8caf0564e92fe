"""Round 26 (conv28): "how would they check" asks how the condition is found, and "that makes sense" says an
answer was followed (docs/how-it-decides.md, "Round 26: ... (conv28)")."""

from __future__ import annotations

import pytest
import yaml
from conftest import DATA
from conversation_support import last_reply

from chatbot.bot import Bot
from chatbot.conversation.turn import NOT_CLEAR
from chatbot.understanding.text import fold

STONES = DATA / "heldout" / "stones-bank"  # retired to tuning (tools/measure.py RETIRED)
GENERAL = DATA.parent.parent / "chatbot" / "general" / "conversation.yaml"


@pytest.fixture(scope="module")
def ho():
    return Bot.load()


@pytest.fixture(scope="module")
def stones():
    return Bot.load(STONES)


# --- "how would they check": the care team finding it out -----------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "what is HO?",
        "can an injury cause HO",
        "my son broke his thigh bone playing rugby and now theres a hard lump, can an injury cause HO",
    ],
)
def test_how_would_they_check_after_an_answer_asks_how_it_is_found(ho, opening):
    reply = last_reply(ho, opening, "how would they check")
    assert (reply.kind, reply.id) == ("answer", "diagnosis")


@pytest.mark.parametrize(
    "question",
    [
        "how will they check if my dad has it",
        "my sons thigh went hard after a football injury, how would they check if its HO? thanks",
        "how do they check for HO",
    ],
)
def test_how_they_check_is_the_same_fresh_and_after_an_answer(ho, question):
    fresh = ho.ask(question)
    assert (fresh.kind, fresh.id) == ("answer", "diagnosis")
    later = last_reply(ho, "how is HO treated?", question)
    assert (later.kind, later.id) == (fresh.kind, fresh.id)


def test_the_phrase_is_read_as_diagnosing_only_with_how_and_they(ho):
    diagnose = set(ho.analyzer.analyze("how is it diagnosed", fix_typos=False).tokens)
    assert diagnose <= set(ho.analyzer.analyze("how would they check", fix_typos=False).tokens)
    # "Check with" asks someone; "when will they check" asks when the care team sees you again.
    for other in ("should i check with my doctor", "when will they check if the treatment is working"):
        assert not diagnose & set(ho.analyzer.analyze(other, fix_typos=False).tokens), other


def test_a_clinics_tests_are_reached_by_how_they_check(stones):
    reply = stones.ask("how do they check if its a stone or not")
    assert (reply.kind, reply.id) == ("answer", "tests")


# --- "that makes sense": followed, not unclear ---------------------------------------------------------------


def _which_part() -> str:
    return " ".join(yaml.safe_load(GENERAL.read_text())["messages"]["which_part"].split())


@pytest.mark.parametrize(
    "followed",
    ["that makes sense", "thanks, that makes sense", "ok that makes sense, thank you so much", "makes sense"],
)
def test_saying_it_makes_sense_is_thanks(ho, followed):
    assert ho.smalltalk.match(followed).id == "thanks"
    reply = last_reply(ho, "What is HO?", followed)
    assert reply.kind == "smalltalk" and " ".join(reply.text.split()) != _which_part()


@pytest.mark.parametrize("unclear", ["that makes no sense", "that doesnt make sense", "that makes no sence"])
def test_saying_it_makes_no_sense_is_not_clear_never_thanks(ho, unclear):
    assert ho.smalltalk.match(unclear).id == NOT_CLEAR
    reply = last_reply(ho, "What is HO?", unclear)
    assert (reply.kind, " ".join(reply.text.split())) == ("smalltalk", _which_part())


def test_a_near_pattern_must_hold_the_same_negation(ho):
    # One slip from a pattern is forgiven ("that makes sence"), a "no" or "not" put in or left out is not.
    assert ho.smalltalk.match("that makes sence").id == "thanks"
    item = next(item for item in ho.bank.smalltalk if item.id == "thanks")
    assert not any(word in ("no", "not") for pattern in item.patterns for word in fold(pattern).split())
    found = ho.smalltalk.match("that makes not sense")
    assert found is None or found.id != "thanks"
