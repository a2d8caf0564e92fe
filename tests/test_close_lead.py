"""A clinic's leader only the ordinary margin ahead, answered when several kinds of evidence agree on it
(`understanding.close_lead`, path "close lead", round 19). On a walking-boot clinic of our own (tests/data/boot-bank,
two phrasings an entry) with our own wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding import close_lead as close
from chatbot.understanding.health_evidence import names_health

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def boot():
    return Bot.load(DATA / "boot-bank")


def _close(bot, text, about_health=True, named=None):
    analysis = bot.analyzer.analyze(text)
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    if named is None:
        named = names_health(bot.analyzer, analysis.words, analysis.tokens)
    tokens, concepts = analysis.tokens, analysis.concepts
    found = close.close_lead(bot.matcher, bot.analyzer, ranking, tokens, concepts, about_health, named)
    return found.entry.id if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is the velcro on the boot meant to be tight on my foot", "straps"),
        ("does the pump make the boot cushions firm on my leg", "air-pump"),
        ("my hips and back ache from the boot, would a shoe raise help", "other-shoe"),
    ],
)
def test_a_leader_the_readings_agree_on_is_answered(boot, text, expected):
    assert _close(boot, text) == expected


def test_never_without_health_named_or_off_the_topic(boot):
    text = "is the velcro on the boot meant to be tight on my foot"
    assert _close(boot, text, named=False) is None
    assert _close(boot, text, about_health=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "is the velcro on the boot meant to be tight on my foot with gout",  # another condition asked with it
        "is the velcro on the boot meant to be tight on my foot after 3 weeks",  # a number the entry does not say
    ],
)
def test_never_past_another_subject_or_a_number(boot, text):
    assert _close(boot, text) is None


def test_never_when_the_second_reading_chooses_another_entry(boot):
    # The matcher leads with the sleeping entry, the second reading with the straps entry: no agreement.
    assert _close(boot, "my toes go numb in the walking boot at night in bed") is None


def test_never_when_the_leader_is_less_than_the_ordinary_margin_ahead(boot):
    text = "the boot rubs my skin, should the velcro straps be looser"
    analysis = boot.analyzer.analyze(text)
    ranking = boot.matcher.rank(analysis.tokens, analysis.concepts)
    assert ranking[0].score - ranking[1].score < close.CLOSE_MARGIN
    assert _close(boot, text) is None


def test_the_bars_are_at_least_those_of_the_engine():
    from chatbot.understanding.decision import CLEAR_MARGIN

    assert close.CLOSE_MARGIN >= CLEAR_MARGIN
    assert close.CLOSE_SCORE >= 40 and close.CLOSE_COVERAGE >= 0.5 and close.CLOSE_RATIO >= 1.6


def test_the_packaged_bank_never_answers_by_it():
    bot = Bot.load()
    assert not bot.matcher.lists_sparse_entries
    assert _close(bot, "what is heterotopic ossification and how is it treated") is None
