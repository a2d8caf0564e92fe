"""Speed work of round 18 (speed20): each shortcut gives exactly what the work it replaces gave."""

import random
from pathlib import Path

import pytest

from chatbot import Bot
from chatbot.conversation import leads, message_readings
from chatbot.safety import advice
from chatbot.understanding.second_reading import agreeing_lead
from chatbot.understanding.text import words


def _either_or_parts_folding_each_word(text: str) -> list[str]:
    """`AdviceDetector._either_or_parts` as it was: every word folded to find an "and"."""
    parts = []
    for clause in advice._CLAUSES.split(text):
        part: list[str] = []
        for word in clause.split():
            if part and (folded := words(word)) and folded[0] in advice._JOINING:
                parts.append(" ".join(part))
                part = []
            else:
                part.append(word)
        if part:
            parts.append(" ".join(part))
    return parts


def test_clauses_and_their_sides_are_parted_as_when_each_word_was_folded():
    pieces = "and And AND and, and/or ánd 'and' andy band x2 can i have it knee and-then Ünd \u00e4nd ? my dad's hip"
    pieces = [*pieces.split(), "\u2014and", "2nd", "", " "]
    rng = random.Random(20)
    parted = 0
    for _ in range(5_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = _either_or_parts_folding_each_word(text)
        assert list(advice.AdviceDetector._either_or_parts(text)) == expected
        parted += len(expected) > len(advice._CLAUSES.split(text))
    assert parted  # an "and" parted some clauses


@pytest.fixture(scope="module")
def session():
    return Bot.load().session()


def test_a_follow_up_opener_is_found_as_when_each_was_tried_in_turn(session):
    openers = session.bot.bank.follow_up.openers
    assert openers
    rng = random.Random(21)
    tails = ["", "for kids", "the knee", "?", "and", "about it", "what"]
    # Our own wordings around the bank's openers: alone, followed by more, run into a word, and none at all.
    texts = ["and?", "what about for my son", "so", "hello there", "andrew asked", "also the hip"]
    texts += [f"{rng.choice(openers)} {rng.choice(tails)}".strip() for _ in range(300)]
    texts += [rng.choice(openers) + rng.choice(["s", "x", ""]) for _ in range(100)]
    seen = set()
    for text in texts:
        analysis = session.bot.analyzer.analyze(text)
        typed = " ".join(analysis.words)
        for alone_too in (True, False):
            expected = any((alone_too and typed == o) or typed.startswith(o + " ") for o in openers)
            assert message_readings.opens_as_follow_up(session.bot, analysis, alone_too) == expected
            seen.add((alone_too, expected))
    assert len(seen) == 4  # each answer met, with and without an opener alone


SLING = Path(__file__).parent / "data" / "sling-bank"


@pytest.mark.parametrize("bank", [None, SLING])
def test_the_second_reading_is_skipped_only_where_its_first_bars_fail_for_any_ranking(bank):
    # speed20: the packaged bank lists no clinic's few phrasings, so `agreeing_lead` could never agree; its ranking
    # is no longer made. Where it can agree, the lead is the one the ranking gave before.
    bot = Bot.load(bank)
    session = bot.session()
    agreed = 0
    # Our own wordings: about health or not, in the sling bank's words and in the packaged bank's.
    for text in (
        "is a recliner chair ok to sleep in",
        "can I use a flannel to wash my armpit",
        "my fingers are puffy and my ring is stuck",
        "how do I put a shirt on over the sling",
        "can extra bone come back after surgery",
        "what is the weather like",
        "is it sore",
    ):
        analysis = bot.analyzer.analyze(text)
        for about_health in (True, False):
            ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
            expected = agreeing_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, about_health)
            assert leads.agreeing_lead_of_message(session.bot, analysis, None, about_health, None) == expected
            agreed += expected is not None
    assert (agreed > 0) == (bank is not None)
