"""Round 28 speed (speed30): work moved off the start, every reply the same.

`GradedOther` stems the numbered entries' questions, alternates and answers on the first message that grades
something, not when the bot is made; these tests pin the lazy stems to the eager ones they replace."""

import pytest

from chatbot.bot import Bot
from chatbot.understanding import english
from chatbot.understanding.graded_other import GradedOther
from chatbot.understanding.text import fold, words

# Messages that name a grade of the bank's own scale, of another scale, beside another number, and none.
GRADING = [
    "grade 3 cancer",
    "what is stage 3 cancer",
    "what is a grade 2 tear",
    "is a grade 3 hamstring tear serious",
    "what does grade 3 mean",
    "grade 2 HO - wat dose that mean",
    "my x-ray says brooker grade 4, what now",
    "what does grade 2 pressure sore mean",
    "grade 2 bone growth in my hip",
    "what is heterotopic ossification",
]


def _numbered(bot: Bot) -> list:
    """The entries `Bot.__init__` gives `GradedOther`: those whose questions count by the bank's scale."""
    return [e for e in bot.bank.entries if bot.numbered.number_in(e.question) is not None]


def _eager_own(bot: Bot) -> frozenset[str]:
    """The stems as `GradedOther.__init__` made them before speed30."""
    counted = _numbered(bot)
    texts = [text for entry in counted for text in (entry.question, *entry.alternates, entry.answer)]
    return frozenset(english.stem_many(w for text in texts for w in words(fold(text))))


def test_a_new_bot_has_not_stemmed_its_numbered_entries():
    bot = Bot.load()
    assert bot.graded_other._own is None
    bot.session().ask("what is heterotopic ossification")  # names no grade: still not needed
    assert bot.graded_other._own is None


def test_the_lazy_stems_are_the_eager_ones(bot):
    assert bot.numbered.numbers, "the packaged bank counts by grades"
    assert bot.graded_other._own_stems() == _eager_own(bot)
    assert "brooker" in bot.graded_other._own_stems()


@pytest.mark.parametrize("message", GRADING)
def test_grades_other_reads_as_with_eager_stems(bot, message):
    lazy = GradedOther(bot.numbered.numbers, _numbered(bot))
    eager = GradedOther(bot.numbered.numbers, _numbered(bot))
    eager._own = _eager_own(bot)
    assert lazy.grades_other(message) == eager.grades_other(message)


def test_grading_another_condition_stems_once_and_keeps_them():
    bot = Bot.load()
    assert bot.session().ask("grade 3 cancer").kind == "fallback"
    kept = bot.graded_other._own
    assert kept is not None and kept == _eager_own(bot)
    bot.session().ask("what is a grade 2 tear")
    assert bot.graded_other._own is kept


def test_a_grade_of_nothing_named_needs_no_stems():
    bot = Bot.load()
    assert not bot.graded_other.grades_other("is grade 3 painful")  # "painful" is no graded condition
    assert bot.graded_other._own is None
