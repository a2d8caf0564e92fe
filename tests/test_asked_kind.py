"""A story's words never choose the kind of question asked (round 21, clinicstory23): `understanding.question_kind`
(the kind of question a clause asks) and `understanding.asked_kind` (a story's answer whose entry answers another
kind yields to the entry the question reaches on its own), on a small bank of our own (tests/data/ulcer-bank) with
our own wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding.asked_kind import entry_of_asked_kind, kinds_of
from chatbot.understanding.question_kind import question_kind

ULCERS = Path(__file__).parent / "data" / "ulcer-bank"
STORY = ("Salty crisps sting my mouth ulcers",)


@pytest.fixture(scope="module")
def bot():
    return Bot.load(ULCERS)


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("and when can she go back to nursery?", "when"),
        ("How long till the soreness goes", "how long"),
        ("how soon will it heal", "how long"),
        ("is it ok to swim with it", "can"),
        ("could I still go to work", "can"),
        ("Is that normal?", "normal"),
        ("is this bad", "normal"),
        ("why did it come back", "why"),
        ("what causes them", "why"),
        ("whats that", "what is"),
        ("what does that mean", "what is"),
        ("what should we do now", "what to do"),
        ("how is it treated", "how"),
        ("does it spread", "whether"),
        ("will it leave a mark", "will"),
        ("where do they usually come", "where"),
        ("just wondering, how many people get them", "how many"),
        ("my son had one last week", "other"),
    ],
)
def test_the_kind_of_question_a_clause_asks(clause, kind):
    assert question_kind(clause) == kind


def test_a_clause_opening_with_a_story_is_read_from_its_asking_word():
    assert question_kind("my daughter bit her lip at school and when will it stop hurting") == "when"


def test_an_entry_knows_the_kinds_its_phrasings_ask(bot):
    assert kinds_of(bot.bank.by_id["how-long"]) == {"how long", "when"}


def test_an_asked_aspect_the_entry_never_says_goes_to_the_entry_of_that_kind(bot):
    food = bot.bank.by_id["food"]
    found = entry_of_asked_kind(bot.analyzer, bot.matcher, "Is it the cause?", STORY, food, bot.default_subject)
    assert found is not None and found.entry.id == "causes"


def test_the_entry_that_says_the_asked_aspect_keeps_the_answer(bot):
    causes = bot.bank.by_id["causes"]
    assert entry_of_asked_kind(bot.analyzer, bot.matcher, "is it the cause", STORY, causes, bot.default_subject) is None


def test_a_question_that_only_judges_the_story_leaves_the_story_to_choose(bot):
    # "Is that normal?" asks about what the story told: the story's entry answers it.
    food = bot.bank.by_id["food"]
    assert entry_of_asked_kind(bot.analyzer, bot.matcher, "Is that normal?", STORY, food, bot.default_subject) is None


def test_an_entry_with_a_phrasing_of_the_asked_kind_keeps_the_answer(bot):
    causes = bot.bank.by_id["causes"]
    asked = "Which foods should we keep away from?"
    assert entry_of_asked_kind(bot.analyzer, bot.matcher, asked, ("She keeps getting ulcers",), causes, ()) is None


def test_in_a_session_the_story_words_do_not_choose_the_entry(bot):
    reply = bot.session().ask("My mouth ulcers sting with spicy salty food and acidic drinks. It is the cause?")
    assert reply.kind == "answer" and reply.id == "causes"


def test_in_a_session_the_question_of_the_stories_kind_keeps_the_stories_entry(bot):
    reply = bot.session().ask("I ate a hot curry and now my mouth ulcer stings a lot. Is that normal?")
    assert reply.kind == "answer" and reply.id == "food"


def test_a_question_with_no_story_is_not_read_again(bot):
    reply = bot.session().ask("which foods sting mouth ulcers")
    assert reply.id == "food" and reply.via == "direct"
