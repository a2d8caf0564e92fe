"""Round 29 (falsealarm27): false alarms and over-triage fixed by reading, each beside the emergency case in near words
that must still escalate (docs/triage.md, "Round 29 (falsealarm27)")."""

import pytest

from chatbot.bot import Bot
from chatbot.safety.allergy_history import only_background, reaction_positions, told_as_usual_reaction


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _tier(bot, text: str) -> str:
    return bot.triage.assess(text).tier


# An allergy stated as background: the reaction's own clause gives its time.
@pytest.mark.parametrize(
    "text",
    [
        "I'm allergic to amoxicillin, came out in hives when I was little. will they use something else after my op?",
        "allergic to aspirin, it makes me wheezy. which painkillers are safe after the operation?",
        "my daughter is allergic to eggs, they bring her out in hives. what should I tell the surgeon?",
        "allergy to penicillin, got hives from it years ago. does that change the antibiotics they use?",
    ],
)
def test_an_allergy_told_as_background_raises_no_alarm(bot, text):
    assessment = bot.triage.assess(text)
    assert assessment.tier == "routine"
    assert assessment.informational


@pytest.mark.parametrize(
    "text",
    [
        # The reaction told now, whatever the background.
        "allergic to penicillin, had hives as a child. the GP gave me amoxicillin today, now my tongue is swelling",
        "im allergic to nuts and now my lips are swelling up",
        "I'm allergic to peanuts and I ate one by mistake, I'm wheezing",
        "allergic to penicillin, they gave me some at the hospital and I have hives",
        # The usual reaction with an exposure told beside it: the reaction to expect now.
        "I'm allergic to aspirin, it makes me wheezy and I took two an hour ago",
        "allergic to aspirin, it makes me wheezy, took one by mistake",
        "allergic to penicillin, had hives as a kid, took amoxicillin by mistake",
        # The allergy and the reaction in one clause, told now.
        "allergic to penicillin, hives",
    ],
)
def test_a_reaction_told_now_stays_an_emergency(bot, text):
    assert _tier(bot, text) == "emergency"


def test_the_reader_keeps_to_clauses_it_is_given():
    # "allergic to penicillin , had hives": clause 0 states the allergy, clause 1 is the reaction.
    found = {("allergic", "to"): [(0, 2)], ("hives",): [(4, 5)]}
    clause = [0, 0, 0, 1, 1]
    sentence = [0, 0, 0, 0, 0]
    assert reaction_positions({0, 4}, found, clause, [("allergic", "to")]) == {4}
    assert reaction_positions({0, 4}, found, clause, [("allergy", "to")]) == set()
    assert only_background({4}, {0}, clause, sentence, asking=set())
    assert not only_background({4}, {0}, [0, 0, 0, 1, 2], sentence, asking=set())
    usual = {("makes", "me"): [(3, 5)]}
    assert told_as_usual_reaction({5}, usual, [0, 0, 0, 1, 1, 1], [("makes", "me")], told_now=set())
    assert not told_as_usual_reaction({5}, usual, [0, 0, 0, 1, 1, 1], [("makes", "me")], told_now={1})


# Legs weakening over days: the same-day line of the sudden-loss rule.
@pytest.mark.parametrize(
    "text",
    [
        "both my legs have been getting weaker bit by bit over 5 days, bladder and bowels normal",
        "tingling started in my toes and has crept up both legs over the last few days, a little weaker each day",
        "my legs feel weaker every day this week after my back op, still walking with the frame",
    ],
)
def test_legs_weakening_over_days_are_urgent_not_999(bot, text):
    assert _tier(bot, text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my legs have been getting weaker over 3 days and now I cant walk at all",
        "legs weaker every day this week and now I cant pee",
        "numbness creeping up both legs over 2 days and now I'm struggling to breathe",
        "both my legs suddenly went weak this morning",
        "legs gave way this afternoon, they have been weaker each day",
    ],
)
def test_a_sudden_or_severe_loss_stays_an_emergency(bot, text):
    assert _tier(bot, text) == "emergency"


# The name of the signs asked for.
@pytest.mark.parametrize(
    "text",
    [
        "I only want to know what the cauda equina warning signs are",
        "could you tell me what the sepsis symptoms are",
        "what are the stroke warning signs?",
    ],
)
def test_the_name_of_a_list_of_signs_asked_for_is_no_report(bot, text):
    assessment = bot.triage.assess(text)
    assert assessment.tier == "routine"
    assert assessment.informational


@pytest.mark.parametrize(
    "text",
    [
        "she is showing stroke signs, her face has dropped on one side",
        "he has all the sepsis symptoms, temp 39.5 and shivering and confused",
        "what are the signs, my face has dropped on one side and my arm is weak",
    ],
)
def test_signs_shown_now_stay_emergencies(bot, text):
    assert _tier(bot, text) == "emergency"


# A "since" that ends its clause, after an event dated long ago: long-standing.
@pytest.mark.parametrize(
    "text",
    [
        "stroke in 2017, right arm a little weak since, nothing different. when can I drive after my knee op?",
        "had my knee replaced in 2015 and the skin beside the scar has been numb since. can HO form there?",
    ],
)
def test_since_after_a_date_long_ago_is_long_standing(bot, text):
    assert _tier(bot, text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "had my knee replaced on monday and my foot has been numb since",
        "had my hip replaced, my leg has been numb since",
        "hip replaced in 2019 and my leg has been numb since, but today my foot is cold and white",
        "stroke in 2017, right arm a little weak since. tonight his face has dropped and his speech is slurred",
    ],
)
def test_since_after_a_recent_or_undated_event_or_with_news_still_escalates(bot, text):
    assert _tier(bot, text) in ("urgent", "emergency")
