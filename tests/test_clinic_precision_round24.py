"""Round 24 of triage (clinicwrong22): false alarms on a clinic's patient questions fixed in the readers. Our own
wordings, on tests/data/croup-bank (a small bank of our own, two alternates an entry).

- a sign told as coming in episodes on a recurring occasion ("every time she runs her chest goes tight, why?") is
  the NHS's chest pain that comes and goes: same day, not the emergency screen (`safety.episodes`, the chest pain
  rule's `if_episodes`); with a word of the 999 list, of now, of a change or a long episode it still escalates;
- a crisis word in a claim about a medicine ("is it true that it makes kids suicidal?") is left at its tier, as
  round 23 chose: the claim reading was tried and taken back (docs/triage.md, round 24 clinic precision).
"""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.safety.episodes import as_episodes
from chatbot.safety.triage import Rule

WHEEZE = Path(__file__).parent / "data" / "croup-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(WHEEZE)


# --- a sign told as episodes on a recurring occasion ---------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "whenever my daughter runs about in the playground her chest goes tight, is that the wheeze?",
        "my chest feels tight for a couple of minutes after the blue inhaler, is that a side effect",
        "his chest gets tight most mornings and he coughs, why is that",
        "every time she goes out in cold air she says her chest feels tight",
    ],
)
def test_a_tight_chest_told_as_episodes_is_no_emergency(bot, message):
    assert bot.triage.assess(message).tier != "emergency"


def test_told_as_episodes_it_is_the_same_day_tier():
    assert Bot.load(WHEEZE).triage.assess("whenever she runs her chest goes tight").tier == "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "my chest is tight right now and it wont go",
        "every time she runs her chest goes tight but now her lips are blue",
        "whenever he coughs his chest is tight and he is grey and sweaty",
        "his chest has been tight for 20 minutes after the inhaler",
        "every morning my chest is tight but today its crushing and going down my arm",
        "chest tight every time i breathe in since the operation",
        "she suddenly has a tight chest every time she breathes",
    ],
)
def test_a_tight_chest_with_a_word_of_the_999_list_or_of_now_still_escalates(bot, message):
    assert bot.triage.assess(message).tier == "emergency"


def test_a_tight_chest_told_once_and_now_is_still_an_emergency(bot):
    assert bot.triage.assess("my little boys chest is tight and hes struggling").tier == "emergency"
    assert bot.triage.assess("chest feels tight").tier == "emergency"


def test_the_patient_question_gets_no_emergency_screen(bot):
    reply = bot.session().ask("every time my son plays football his chest feels tight, is that the wheeze?")
    assert reply.kind != "emergency"


def test_as_episodes_moves_only_a_rule_that_says_if_episodes():
    marked = Rule("chest", "emergency", ((((("chest",),),),)), if_episodes="urgent", never_episodes=(("now",),))
    plain = Rule("other", "emergency", ((((("other",),),),)))
    found = {("every", "morning"): [(0, 2)]}
    moved = as_episodes([marked, plain], [("every", "morning")], found, lambda items: False)
    assert [rule.tier for rule in moved] == ["urgent", "emergency"]
    kept = as_episodes([marked], [("every", "morning")], found, lambda items: True)
    assert kept[0].tier == "emergency"
    assert as_episodes([marked], [("every", "morning")], {}, lambda items: False)[0].tier == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "is it true that montelukast makes kids suicidal? our gp wants to start it",
        "since starting montelukast i feel suicidal",
    ],
)
def test_crisis_words_are_never_lowered_as_episodes_or_claims(bot, message):
    assessment = bot.triage.assess(message)
    assert assessment.tier == "emergency"
    assert assessment.crisis
