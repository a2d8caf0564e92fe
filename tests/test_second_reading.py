"""A second reading of a clinic's bank (`understanding.second_reading`): each entry as one document of its questions,
answer and title, ranked by BM25 with words weighed by commonness; a clinic's leader it chooses too, clearly, is
answered (path "second reading"). On a small bank of our own (tests/data/sling-bank: two phrasings an entry, as
clinics write) with our own wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding import second_reading
from chatbot.understanding.second_reading import agreeing_lead, describe, rank

SLING = Path(__file__).parent / "data" / "sling-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(SLING)


def _tokens(bot, text):
    return bot.analyzer.analyze(text).tokens


def _agreed(bot, text, about_health=True):
    analysis = bot.analyzer.analyze(text)
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    return agreeing_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, about_health)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        # Words only the entries' answers say: a recliner, a flannel, buttons and laces, a wedding ring.
        ("is a recliner any good for sleeping", "sleeping"),
        ("flannel for my armpit", "washing"),
        ("buttons and laces are a struggle", "dressing"),
        ("my wedding ring is tight", "swollen-hand"),
    ],
)
def test_the_answer_speaks_for_its_entry(bot, text, entry_id):
    assert rank(bot.matcher, bot.analyzer, _tokens(bot, text))[0][0] == entry_id


def test_a_common_word_counts_less_than_a_rare_one(bot):
    weight = second_reading._commonness_weight
    assert weight(bot.analyzer, "the") == second_reading.LEAST_COMMONNESS
    assert weight(bot.analyzer, "the") < weight(bot.analyzer, "pendulum") <= 1.0
    assert weight(bot.analyzer, "pillowcaseish") == 1.0  # a word English never uses counts in full


def test_describe_counts_the_words_the_leader_says(bot):
    found = describe(bot.matcher, bot.analyzer, _tokens(bot, "can i lie half sitting up on pillows at night"))
    assert found["id"] == "sleeping"
    assert found["shared"] >= 3 and found["content"] >= 2 and found["covered"] == 1.0
    assert describe(bot.matcher, bot.analyzer, ())["id"] is None


def test_two_readings_agreeing_answer_a_question_under_the_bars(bot):
    reply = bot.session().ask("can i lie half sitting up on pillows at night")
    assert (reply.kind, reply.id, reply.via) == ("answer", "sleeping", "second reading")


def test_only_a_message_about_health(bot):
    assert _agreed(bot, "can i lie half sitting up on pillows at night") is not None
    assert _agreed(bot, "can i lie half sitting up on pillows at night", about_health=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "what time does my flight board",
        "how do you spell doctor",
        "when is my train due to arrive",
        "how often should i do the pendulum swings",  # two words shared: too few to agree on
    ],
)
def test_too_few_shared_words_never_agree(bot, text):
    assert _agreed(bot, text) is None


def test_never_on_the_packaged_bank():
    packaged = Bot.load()
    analysis = packaged.analyzer.analyze("can a bone lump grow back after it is cut out")
    ranking = packaged.matcher.rank(analysis.tokens, analysis.concepts)
    assert agreeing_lead(packaged.matcher, packaged.analyzer, ranking, analysis.tokens, True) is None
