"""The second reading's wider gate (`second_reading.named_lead`, path "named lead") and the test it leans on
(`health_evidence.names_health`): a message that names health itself, not only a word with an everyday sense
("flight", "appointment", "meal"). On small banks of our own (tests/data/cast-bank, sling-bank, crutch-bank: two
phrasings an entry, as clinics write) with our own wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding import second_reading
from chatbot.understanding.health_evidence import care_service_words, names_health
from chatbot.understanding.second_reading import agreeing_lead, named_lead

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def cast():
    return Bot.load(DATA / "cast-bank")


@pytest.fixture(scope="module")
def sling():
    return Bot.load(DATA / "sling-bank")


def _names(bot, text):
    analysis = bot.analyzer.analyze(text)
    return names_health(bot.analyzer, analysis.words, analysis.tokens)


def _leads(bot, text, named=None):
    analysis = bot.analyzer.analyze(text)
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    if named is None:
        named = names_health(bot.analyzer, analysis.words, analysis.tokens)
    wide = named_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, True, named)
    narrow = agreeing_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, True)
    return (wide.entry.id if wide else None), (narrow.entry.id if narrow else None)


@pytest.mark.parametrize(
    "text",
    [
        "my toes went puffy in the plaster",  # a body word
        "is the saw painful",  # a health word
        "can i go swimming with my cast",  # the clinic's own topic
    ],
)
def test_a_body_or_health_word_or_the_topic_names_health(cast, text):
    assert _names(cast, text)


@pytest.mark.parametrize(
    "text",
    [
        "what time does my plane take off",
        "book me an appointment to get my car serviced",
        "how do you spell surgeon",
        "which doctor is on today",
        "what should i cook for dinner tonight",
    ],
)
def test_everyday_requests_and_the_care_service_alone_do_not(cast, text):
    assert not _names(cast, text)


def test_the_care_service_words_come_from_the_general_layer():
    words = care_service_words()
    assert {"appointment", "doctor", "hospital"} <= words
    assert "pain" not in words and "cast" not in words


def test_the_wider_gate_answers_a_clear_leader_of_a_message_that_names_health(crutch):
    assert _leads(crutch, "the rubber ends of my crutches are worn smooth") == ("rubber-tips", "rubber-tips")
    assert _leads(crutch, "the rubber ends of my crutches are worn smooth", named=False) == (None, "rubber-tips")


def test_the_wider_gate_never_passes_a_health_word_the_entry_does_not_say(cast):
    # The entry on the skin after a cast leads far ahead, but "flaky" is a health word it does not say: not answered.
    assert _leads(cast, "the skin on my leg is flaky and hairy, is that normal")[0] is None


def test_the_wider_gate_never_passes_another_entrys_word(cast):
    # "plaster" is the word of the entry on what a cast is: the swelling entry leads, but another question may be asked.
    assert _leads(cast, "my toes have gone fat and puffy inside the plaster") == (None, None)


def test_the_wider_gate_keeps_the_engine_margin_and_its_own_bars():
    assert second_reading.NAMED_SCORE < second_reading.AGREE_SCORE
    assert second_reading.NAMED_RATIO < second_reading.AGREE_RATIO
    assert second_reading.NAMED_CONTENT < second_reading.AGREE_CONTENT


@pytest.mark.parametrize(
    "text",
    [
        "when does my plane board",
        "book an appointment for my car's tyres",
        "what meal should i make tonight",
        "how long is the train to london",
    ],
)
@pytest.mark.parametrize("bank", ["cast", "sling"])
def test_everyday_requests_are_never_answered(request, bank, text):
    bot = request.getfixturevalue(bank)
    assert bot.session().ask(text).kind != "answer"


@pytest.fixture(scope="module")
def crutch():
    return Bot.load(DATA / "crutch-bank")
