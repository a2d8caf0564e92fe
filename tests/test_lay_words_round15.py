"""Round 15's general lay words, in our own wordings: pregnancy slang and "expecting" with the one who carries the
baby, and everyday words for men and women; words that only look like them stay apart."""

from pathlib import Path

import pytest

from chatbot.bot import Bot

CAST = Path(__file__).parent / "data" / "cast-bank"


@pytest.fixture(scope="module")
def analyzer():
    return Bot.load(CAST).analyzer


@pytest.mark.parametrize(
    "text",
    [
        "im preggers, is that a problem",
        "preggo with my second",
        "my wife is expecting our first",
        "she's expecting in May",
        "what changes when you're expecting",
    ],
)
def test_pregnancy_in_everyday_words(analyzer, text):
    assert "pregnant" in analyzer.analyze(text).tokens


@pytest.mark.parametrize(
    "text",
    ["what should I be expecting after", "I'm expecting a call from the clinic", "is that to be expected"],
)
def test_expecting_alone_is_no_pregnancy(analyzer, text):
    assert "pregnant" not in analyzer.analyze(text).tokens


@pytest.mark.parametrize("text", ["is it different for ladies", "can a guy get it", "does a lady get it worse"])
def test_men_and_women_in_everyday_words(analyzer, text):
    assert "gender" in analyzer.analyze(text).tokens


@pytest.mark.parametrize("text", ["my girls are 5 and 7", "the lads at work"])
def test_someones_children_or_friends_are_no_sex(analyzer, text):
    assert "gender" not in analyzer.analyze(text).tokens
