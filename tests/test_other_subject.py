"""Which left-over words of a clinic message name another subject (`understanding.other_subject`, round 19): a word
the story around the question only tells, or a word of care itself ("doctor", "heal"), no longer stops a clinic lead;
a condition, a body part or a medicine in the question itself still does. On small banks of our own
(tests/data/boot-bank, a walking-boot clinic, and tests/data/crutch-bank: two phrasings an entry) with our own
wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding.late_lead import words_left, words_left_asked
from chatbot.understanding.other_subject import care_words, told_only

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def boot():
    return Bot.load(DATA / "boot-bank")


@pytest.fixture(scope="module")
def crutch():
    return Bot.load(DATA / "crutch-bank")


def _entry(bot, entry_id):
    return next(entry for entry in bot.matcher.entries if entry.id == entry_id)


def _parts(bot, story, question):
    analyze = bot.analyzer.analyze
    told, asked = analyze(story).tokens, analyze(question).tokens
    whole = analyze(f"{story}. {question}").tokens
    return whole, [asked], [told]


def test_a_condition_told_only_in_the_story_is_context(boot):
    entry = _entry(boot, "straps")
    whole, asked, told = _parts(boot, "I have got diabetes", "how tight should the velcro straps on the boot be")
    assert "diabetes" in told_only(boot.matcher, boot.analyzer, entry, whole, asked, told)
    assert words_left(boot.matcher, boot.analyzer, entry, whole)["left_health"] == 1
    assert words_left_asked(boot.matcher, boot.analyzer, entry, whole, asked, told)["left_health"] == 0


def test_a_condition_in_the_question_itself_stays_a_guard(boot):
    entry = _entry(boot, "straps")
    # Asked as the subject, or as the question's own condition: either way the question asks about it.
    for story, question in (
        ("the velcro straps on the boot are tight", "can I get diabetes from them"),
        ("the velcro straps on the boot are tight", "how tight should they be if I have diabetes"),
    ):
        whole, asked, told = _parts(boot, story, question)
        assert words_left_asked(boot.matcher, boot.analyzer, entry, whole, asked, told)["left_health"] == 1


def test_the_story_is_no_context_when_the_question_says_nothing_of_the_entry(boot):
    # "Is that related?" asks in no word of the entry: the story's words alone would choose it, so they still count.
    entry = _entry(boot, "straps")
    whole, asked, told = _parts(boot, "I have diabetes and the velcro straps on my boot slip", "is that related")
    assert not told_only(boot.matcher, boot.analyzer, entry, whole, asked, told)
    assert words_left_asked(boot.matcher, boot.analyzer, entry, whole, asked, told)["left_health"] == 1


def test_without_a_story_nothing_is_context(boot):
    entry = _entry(boot, "straps")
    tokens = boot.analyzer.analyze("how tight should the velcro straps be with diabetes").tokens
    assert not told_only(boot.matcher, boot.analyzer, entry, tokens, None, None)
    assert words_left_asked(boot.matcher, boot.analyzer, entry, tokens)["left_health"] == 1


def test_numbers_and_rare_words_of_the_story_are_context_too(boot):
    entry = _entry(boot, "air-pump")
    whole, asked, told = _parts(boot, "I slipped on 3 stairs playing badminton", "how much air goes in the boot pump")
    left = words_left_asked(boot.matcher, boot.analyzer, entry, whole, asked, told)
    assert left["left_number"] == 0
    assert words_left(boot.matcher, boot.analyzer, entry, whole)["left_number"] == 1


@pytest.mark.parametrize("question", ["how much air goes in the boot pump while it heals",
                                      "how much air goes in the boot pump after the treatment",
                                      "how much air goes in the boot pump, my doctor did not say"])  # fmt: skip
def test_a_word_of_care_itself_names_no_other_subject(boot, question):
    entry = _entry(boot, "air-pump")
    tokens = boot.analyzer.analyze(question).tokens
    assert words_left_asked(boot.matcher, boot.analyzer, entry, tokens)["left_health"] == 0


@pytest.mark.parametrize("question", ["how much air goes in the boot pump with a swollen ankle",
                                      "how much air goes in the boot pump with gout",
                                      "how much air goes in the boot pump on warfarin"])  # fmt: skip
def test_a_condition_a_sign_or_a_medicine_still_does(boot, question):
    entry = _entry(boot, "air-pump")
    tokens = boot.analyzer.analyze(question).tokens
    left = words_left_asked(boot.matcher, boot.analyzer, entry, tokens)
    assert left["left_health"] + left["left_rare"] >= 1


def test_the_care_words_come_from_the_general_layer():
    words = care_words()
    assert {"doctor", "pharmacy", "treat", "heal", "recovery", "prevent"} <= words
    assert not {"pain", "diabetes", "surgery", "operation", "ankle", "tablet"} & words


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("the rubber ends of my crutches are worn smooth after my physio treatment", "rubber-tips"),
        ("my wrists hurt from the crutches, the doctor said to ask you", "armpit-pain"),
    ],
)
def test_a_clinic_lead_now_answers_past_a_word_of_care(crutch, message, expected):
    reply = crutch.ask(message)
    assert (reply.kind, reply.id) == ("answer", expected)


@pytest.mark.parametrize(
    "message",
    [
        "can I get arthritis from leaning on crutches",
        "can I get diabetes from my walking boot",
        "I have diabetes. Is that related?",
    ],
)
def test_another_condition_asked_about_is_still_not_answered(boot, crutch, message):
    for bot in (boot, crutch):
        assert bot.ask(message).kind != "answer"


def test_the_wisdom_tooth_socket_with_diabetes_is_still_not_answered():
    bot = Bot.load(DATA / "heldout" / "tooth-bank")
    assert bot.ask("can a wisdom tooth socket go dry if I have diabetes").kind != "answer"
