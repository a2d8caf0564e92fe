"""Round 30 (howrong32): wrong answers on HO questions written by other people, fixed as classes. Our own
paraphrases, not the tuning sets'.

Who pays for care is one lay concept. (The round's genetic / types change was taken out again by the lead: it made
"what kind of questions can you answer" and four other CLINC150 lines answers on the types entry.)"""

import pytest
from conftest import DATA, kind_and_id

from chatbot import Bot

# Who pays for care is one lay concept (`insurance`): a bank that never speaks of paying does not read the
# question as one on the treatment it names, and a clinic whose answers tell patients to call their insurer still
# answers it.
PAYING = [
    "is radiotherapy for HO covered by my insurance",
    "would medicare pay for the operation to remove the extra bone",
    "does health insurance cover physio for heterotopic ossification",
]


@pytest.mark.parametrize("question", PAYING)
def test_a_question_on_paying_for_care_is_not_answered_as_the_treatment(bot, question):
    assert bot.session().ask(question).kind != "answer"


def test_the_treatment_asked_without_paying_is_still_answered(bot):
    assert kind_and_id(bot, "is radiotherapy for HO painful") == ("answer", "radiation-therapy")
    assert kind_and_id(bot, "can physio help with heterotopic ossification") == ("answer", "physical-therapy")


def test_a_clinic_that_speaks_of_insurers_still_answers():
    # The cast clinic's driving answer names the insurer, so the concept is its own word too.
    cast = Bot.load(DATA / "cast-bank")
    assert kind_and_id(cast, "will my insurance cover me driving in a cast") == ("answer", "driving")
