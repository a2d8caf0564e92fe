"""Round 33 (falsealarm31): false alarms on settled history fixed as classes, each beside the case in near words that
must still escalate (docs/triage.md, "Round 33 (falsealarm31)"). Our own sentences, not the tuning sets'."""

import pytest


def _tier(bot, text: str) -> str:
    return bot.triage.assess(text).tier


# "now" closing the clause of a word that something is over says when it was over, as "fine now" does.
@pytest.mark.parametrize(
    "text",
    [
        "the wound was oozing, it has healed up now",
        "my scar leaked a bit last week but it has healed up now, when can I swim?",
        "the wound was open and weeping, the GP gave me antibiotics and it has cleared up now",
    ],
)
def test_now_closing_a_resolution_dates_it(bot, text):
    assert _tier(bot, text) == "routine"


# ... but "now" that opens something new in its clause still tells of now, and an episode of a 999 sign told as over
# keeps its own same-day tier.
@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("the wound was oozing, it healed up now its red and oozing again", "urgent"),
        ("the wound healed up now it is oozing again", "urgent"),
        ("the swelling went down now my calf is hot and red", "urgent"),
        ("had chest pain, it settled now", "urgent"),
        ("my face drooped, it went away now", "urgent"),
        ("my face drooped and it went away, now my arm is weak", "emergency"),
        ("my wound was oozing, it has cleared up now. my chest hurts and I cant breathe", "emergency"),
    ],
)
def test_now_opening_something_new_still_escalates(bot, text, tier):
    assert _tier(bot, text) == tier


# "wee" as Scots and Irish English say small, before a word of amount, time or a child, is no pee.
@pytest.mark.parametrize(
    "text",
    [
        "had a wee bit of blood on the tissue when i blew my nose, on apixaban, none since",
        "a wee drop of blood when I brushed my teeth this morning, I'm on warfarin, is that normal?",
    ],
)
def test_wee_meaning_small_is_no_pee(bot, text):
    assert _tier(bot, text) == "routine"


# ... but blood in the wee itself still escalates, whatever "wee" said before it.
@pytest.mark.parametrize(
    "text",
    [
        "blood in my wee, on apixaban",
        "a wee bit of blood in my wee, on apixaban",
        "my wee one has blood in her wee",
        "my wee boy is weeing blood",
    ],
)
def test_blood_in_the_wee_still_escalates(bot, text):
    assert _tier(bot, text) == "urgent"
