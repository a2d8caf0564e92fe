"""A clinic's leader nearly level with the next entry, answered when the second reading takes its side clearly
(`understanding.near_tie`, path "near tie", round 20). On a finger-splint clinic of our own (tests/data/splint-bank,
two phrasings an entry) with our own wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding import near_tie
from chatbot.understanding.close_lead import CLOSE_MARGIN
from chatbot.understanding.health_evidence import names_health

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def splint():
    return Bot.load(DATA / "splint-bank")


def _ranking(bot, text):
    analysis = bot.analyzer.analyze(text)
    return analysis, bot.matcher.rank(analysis.tokens, analysis.concepts)


def _near(bot, text, about_health=True, named=None):
    analysis, ranking = _ranking(bot, text)
    if named is None:
        named = names_health(bot.analyzer, analysis.words, analysis.tokens)
    found = near_tie.near_tie_lead(bot.matcher, bot.analyzer, ranking, analysis.tokens, about_health, named)
    return found.entry.id if found else None


AGREED = "do i wear it longer when the tip bent with the splint off"


def test_a_near_tie_the_second_reading_decides_is_answered(splint):
    _, ranking = _ranking(splint, AGREED)
    assert ranking[0].score - ranking[1].score < CLOSE_MARGIN  # nearly level: a choice before round 20
    assert _near(splint, AGREED) == "bent-tip"
    reply = splint.session().ask(AGREED)
    assert (reply.kind, reply.id, reply.via) == ("answer", "bent-tip", "near tie")


def test_never_without_health_named_or_off_the_topic(splint):
    assert _near(splint, AGREED, named=False) is None
    assert _near(splint, AGREED, about_health=False) is None


def test_another_wording_of_the_same_question(splint):
    reply = splint.session().ask("do i wear the splint longer because the tip bent while it was off")
    assert (reply.kind, reply.id, reply.via) == ("answer", "bent-tip", "near tie")


def test_a_near_tie_the_readings_disagree_on_stays_a_choice(splint):
    # The matcher leads with the washing entry by 2 points, the second reading with the bent tip: a choice.
    assert splint.session().ask("does the splint stay on longer after the tip bent with it off").kind == "clarify"


def test_never_when_the_second_reading_takes_the_other_side(splint):
    # The matcher leads with the skin entry by a little, the answers' words ("chlorine", "pool") with swimming.
    text = "does chlorine in the pool hurt the splint padding"
    assert _near(splint, text) is None
    assert splint.session().ask(text).kind == "clarify"


def test_never_when_the_second_reading_is_not_clearly_on_its_side(splint):
    text = "if the tip bends when the splint is off do i put it back straight away"
    assert _near(splint, text) is None
    assert splint.session().ask(text).kind == "clarify"


def test_never_above_the_close_leads_margin(splint):
    # 13 points ahead: the close lead's own evidence decides, never these looser bars.
    text = "how long do i wear the splint if the fingertip bends, does it undo healing"
    _, ranking = _ranking(splint, text)
    assert ranking[0].score - ranking[1].score >= CLOSE_MARGIN
    assert _near(splint, text) is None


def test_never_past_another_subject_or_a_number(splint):
    assert _near(splint, "do i wear it longer when the tip bent with the splint off and i have gout") is None
    assert _near(splint, "do i wear it 3 weeks longer when the tip bent with the splint off") is None


def test_the_bars_are_at_least_the_named_leads():
    assert near_tie.NEAR_SCORE >= 40 and near_tie.NEAR_COVERAGE >= 0.5 and near_tie.NEAR_RATIO >= 1.6
    assert near_tie.NEAR_CONTENT >= 2 and 0 < near_tie.NEAR_MARGIN < CLOSE_MARGIN


def test_the_packaged_bank_never_answers_by_it():
    bot = Bot.load()
    for text in ("can HO come back after surgery or is it gone", "is ho in the hip worse than in the elbow"):
        assert bot.session().ask(text).via != "near tie"
