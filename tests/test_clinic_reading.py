"""How the engine reads a clinic's questions in general (not per bank): a phrase of time is no request for
advice, and the procedure a clinic's bank is about is what "the op" or "the procedure" means.

The bank is written here as a clinic writes one (meta, a question and two alternates each, no word lists).
"""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

ENTRIES = (
    (
        "what-is-it",
        "What is a bunion operation?",
        ["what does bunion surgery involve", "how is a bunion corrected"],
        "The surgeon straightens the big toe joint by cutting and fixing the bone, under a local or general "
        "anaesthetic.",
    ),
    (
        "flying",
        "When can I fly after bunion surgery?",
        ["how soon can I go on a plane after bunion surgery", "is it ok to fly after a bunion operation"],
        "Short flights are usually fine after two weeks; long-haul flights raise the risk of a clot for about six "
        "weeks, so ask the clinic first.",
    ),
    (
        "shoes",
        "When can I wear normal shoes after bunion surgery?",
        ["how long do I wear the special shoe after bunion surgery", "when will my shoes fit again"],
        "Most people wear the post-operative shoe for six weeks, then a wide trainer until the swelling settles.",
    ),
    (
        "driving",
        "When can I drive after bunion surgery?",
        ["how long before I can drive after a bunion operation", "can I drive with the special shoe"],
        "Most people can drive about six weeks after surgery on the right foot, once they can stamp on the brake.",
    ),
    (
        "risks",
        "What are the risks of bunion surgery?",
        ["is bunion surgery dangerous", "what can go wrong with a bunion operation"],
        "Infection, stiffness of the joint, a bunion coming back and slow healing of the bone are the main risks.",
    ),
)

META = (
    "meta:\n  title: Bunion surgery\n  topic: bunion surgery and recovery\n  short_name: bunion surgery\n"
    "  source: tests\n  reviewed: 2025-01-01\n"
)


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize(
    "message",
    [
        "when is it safe to fly after my bunion surgery",  # "safe" is about flying; the surgery tells when
        "is it safe to go on a plane since the operation",
        "do I need special shoes after the operation",  # "do i need" + "operation": no decision on the operation
    ],
)
def test_a_phrase_of_time_is_no_request_for_advice(clinic, message):
    assert not clinic.advice.asks_for_advice(message)


@pytest.mark.parametrize(
    "message",
    [
        "is bunion surgery safe",  # the operation's safety for this person: still refused
        "after that should we cancel the surgery",  # a new clause ends the phrase of time
        "is it safe to take ibuprofen after surgery",  # a phrase reads the whole message
        "do I need an operation after my fall",  # the decision is asked before the phrase of time
    ],
)
def test_requests_for_advice_around_a_phrase_of_time_are_still_refused(clinic, message):
    assert clinic.advice.asks_for_advice(message)


def test_a_question_about_an_activity_after_the_operation_is_answered(clinic):
    reply = clinic.ask("when is it safe to fly after my bunion surgery?")
    assert (reply.kind, reply.id) == ("answer", "flying")


# Entries whose questions ask "when", and one that asks how long something lasts.
TIMING_ENTRIES = (
    (
        "driving",
        "When can I drive after a bunion operation?",
        ["when am I allowed to drive after bunion surgery", "when is driving ok after my bunion op"],
        "Most people can drive once they can stamp hard on the brake; the surgeon checks this at follow-up.",
    ),
    (
        "swelling",
        "Is swelling normal after bunion surgery?",
        ["why is my foot swollen after the bunion op", "is a puffy foot normal after bunion surgery"],
        "Swelling is normal; keeping the foot raised helps it settle.",
    ),
    (
        "coming-back",
        "Can a bunion come back after surgery?",
        ["will my bunion return after the operation", "can the bunion grow back"],
        "A bunion can return, but it is uncommon after a well healed correction.",
    ),
)


def test_a_near_concept_explains_a_question_in_part(make_bank):
    bot = Bot.load(make_bank({"bank.yaml": META + entries_yaml(TIMING_ENTRIES)}))
    asked = bot.analyzer.analyze("how long till I can drive")
    assert "timing" in asked.tokens and "when" not in asked.tokens  # "how long till" is read as timing
    driving = bot.bank.by_id["driving"]
    # The entry's questions ask "when", which the general layer's near_concepts pairs with timing.
    assert bot.matcher.says(driving, frozenset({"timing"}))
    assert not bot.matcher.says(bot.bank.by_id["swelling"], frozenset({"timing"}))
    top = bot.matcher.rank(asked.tokens, asked.concepts)[0]
    assert top.entry.id == "driving" and top.coverage > 0.65


@pytest.mark.parametrize(("typed", "meant"), [("arthritus", "arthritis"), ("disolve", "dissolve")])
def test_a_long_typo_is_read_as_a_less_common_english_word(typed, meant):
    from chatbot.understanding import english

    assert english.zipf(meant) < english.CORRECTION_ZIPF  # too rare to be a short word's correction
    assert english.correction(typed) == meant


@pytest.mark.parametrize("typed", ["ulcr", "nausia"])
def test_a_short_typo_needs_a_common_english_word(typed):
    from chatbot.understanding import english

    assert english.correction(typed) is None


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("can she fly a week after her bunion surgery", False),  # the span tells when she would fly
        ("can I drive 2 days post op", False),
        ("how many weeks after bunion surgery can I fly", True),  # the span is what is asked
        ("is swelling normal 3 to 12 weeks after surgery", True),  # a range stays as written
        ("can swelling start a few days after surgery", True),  # a rough span may be what is asked
    ],
)
def test_a_counted_span_before_after_tells_when(clinic, message, kept):
    analysis = clinic.analyzer.analyze(message)
    assert ("timing" in analysis.tokens) is kept


def test_a_question_with_a_span_after_the_operation_is_answered(clinic):
    reply = clinic.ask("can my mum fly to Spain a week after her bunion surgery?")
    assert (reply.kind, reply.id) == ("answer", "flying")
