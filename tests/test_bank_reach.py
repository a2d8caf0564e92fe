"""A clinic's own small bank (a question and two alternates per entry, no word lists) answers patients who
write their question around a story, in their own words; what the bank cannot tell stays unanswered."""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

ENTRIES = (
    (
        "what-is-it",
        "What is bunion surgery?",
        ["what happens in a bunion operation", "explain bunion surgery"],
        "A surgeon straightens the big toe joint by cutting and setting the bone. It is usually a day case under "
        "a local or general anaesthetic.",
    ),
    (
        "swelling",
        "Is it normal for my foot to swell after bunion surgery?",
        ["swollen foot after the bunion operation", "puffy toes after the surgery"],
        "Swelling is usual for several months. Keeping the foot raised above the hip and a cold pack wrapped in a "
        "towel help it go down.",
    ),
    (
        "walking",
        "When can I walk after bunion surgery?",
        ["walking in the special shoe", "how soon can I put weight on my foot"],
        "Most people walk on the heel in a stiff post-operative shoe from the first day. Short walks at home are "
        "best for the first two weeks.",
    ),
    (
        "driving",
        "When can I drive after bunion surgery?",
        ["driving after a bunion operation", "can I drive with the special shoe"],
        "Wait until you can stamp on the brake hard without pain, usually six to eight weeks after surgery on the "
        "right foot.",
    ),
    (
        "shoes",
        "When can I wear normal shoes again after bunion surgery?",
        ["going back to my own shoes", "wearing trainers after the operation"],
        "Wide, soft trainers are usually fine after about six weeks, once the swelling allows. Heels take longer.",
    ),
    (
        "pain",
        "How can I manage the pain after bunion surgery?",
        ["painkillers after the bunion operation", "how bad is the pain after bunion surgery"],
        "The pain is worst for the first few days. Take the painkillers you were given regularly at first and keep "
        "the foot up.",
    ),
    (
        "splint",
        "How long do I wear the toe splint after bunion surgery?",
        ["what is the toe splint for", "sleeping in the toe splint"],
        "The splint holds the big toe straight while the bone heals, usually for about six weeks.",
    ),
    (
        "check-up",
        "When do I see the doctor after bunion surgery?",
        ["follow-up appointment after bunion surgery", "when do I see my surgeon again"],
        "You are usually seen about two weeks after the operation to check the wound and take out any stitches.",
    ),
)

META = "meta:\n  title: Bunion surgery\n  topic: bunion surgery\n  source: tests\n  reviewed: 2025-01-01\n"


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


def test_a_question_in_everyday_words_asks_about_what_its_story_tells(clinic):
    # "What helps?" says nothing the bank's questions use; the story names the topic and what is wrong, and the
    # entry the whole message reaches says "help" in its answer.
    reply = clinic.ask("my toes are all puffy and swollen since the bunion operation, what helps")
    assert (reply.kind, reply.id) == ("answer", "swelling")


@pytest.mark.parametrize(
    "message",
    [
        # The story names the topic, but the question asks what no entry says ("who", "gets").
        "I had my bunion surgery last week. Who actually gets it?",
        # ... or with no word at all.
        "I had my bunion surgery last week. How can that be?",
    ],
)
def test_a_story_alone_never_picks_the_entry(clinic, message):
    assert clinic.ask(message).kind != "answer"


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("driver", "drive"),  # "-er" after a base in -e
        ("drove", "drive"),  # an irregular form, from the general layer's list
        ("towelly", "towel"),  # "-y" after a base the bank uses
    ],
)
def test_a_word_the_bank_never_uses_is_read_as_its_base_form_the_bank_uses(clinic, word, base):
    assert clinic.analyzer.base_form(word) == base


@pytest.mark.parametrize(
    "word",
    [
        "shower",  # no form of "show": "-er" only after a base in -e
        "number",  # far commoner than "numb": its own word
        "listen",  # "-en" is not read: no form of "list"
        "bit",  # "a bit of swelling" is no form of "bite"
        "liver",  # a health word names its own thing
        "walks",  # the stemmer already joins it to "walk"
    ],
)
def test_a_word_that_is_no_form_of_a_bank_word_stays(make_bank, word):
    extra = (("words", "Which words are read?", ["show the list", "numb feet"], "Bite, live and walk are here."),)
    bot = Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES + extra)}))
    assert bot.analyzer.base_form(word) == word


def test_a_taxi_driver_is_asking_about_driving(clinic):
    # Without the base form, "driver" is a word the bank never uses, and five entries tie.
    reply = clinic.ask("how long after bunion surgery can a taxi driver work")
    assert (reply.kind, reply.id) == ("answer", "driving")


@pytest.mark.parametrize(
    ("question", "expected"),
    [("when can i dirve", "driving"), ("can i go for a wlak", "walking")],
)
def test_a_question_with_no_subject_names_a_thing_the_bank_speaks_of_even_misspelt(clinic, question, expected):
    # With no subject, a question is read with the bank's topic only if it names a thing or an act the bank speaks
    # of; a typo of that word ("dirve") names it as well as the word itself.
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


def test_what_it_is_after_a_story_asks_what_the_storys_subject_is(clinic):
    # Read whole, "GP" (a doctor) would pick the check-up entry; the question asks what bunion surgery is.
    reply = clinic.ask("my GP says I need bunion surgery, what is it")
    assert (reply.kind, reply.id) == ("answer", "what-is-it")


def test_a_part_of_the_body_an_answer_names_speaks_for_the_entry(clinic):
    # Only the walking entry's answer says "heel"; a part of the body is a thing an answer speaks of, like
    # "mashed potato", while a condition an answer names ("infection") is not.
    reply = clinic.ask("does my heel take weight in the special shoe after bunion surgery")
    assert (reply.kind, reply.id) == ("answer", "walking")
    analyzer = clinic.analyzer
    assert clinic.matcher.things(("heel", analyzer.analyze("infection").tokens[0])) == {"heel"}


def test_is_that_ok_after_a_story_asks_about_what_the_story_tells(clinic):
    # "Ok" is no word of any entry: the question only asks whether what the story tells is as it should be.
    reply = clinic.ask("puffy toes since the bunion operation, is that ok")
    assert (reply.kind, reply.id) == ("answer", "swelling")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "Part of it" asks whether what the story tells belongs to the condition.
        ("puffy toes since the bunion operation, is that part of it", "swelling"),
        # "What does it do?" after a story that names one of the bank's things (the splint) asks about that thing.
        ("the nurse gave me a toe splint today, what does it actually do", "splint"),
    ],
)
def test_a_question_about_what_the_story_names(clinic, message, expected):
    reply = clinic.ask(message)
    assert (reply.kind, reply.id) == ("answer", expected)


def test_what_it_does_after_a_story_about_the_topic_alone_is_not_guessed(clinic):
    # "It" may be the painkillers: the story names no thing of the bank but its topic.
    assert clinic.ask("they gave me painkillers after the bunion operation, what does it actually do").kind != "answer"
