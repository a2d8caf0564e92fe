"""Round 22 (conv24): conversations after an answer that must not be answered, and the dev24 conversation files.

conv24 tried reading a short question with no subject of its own, right after an answer, with that answer's subject
("what types are there?" after how psoriasis is diagnosed). It was dropped: on the unseen half it turned "what
should i eat" after the tonsillectomy pain answer into the entry on eating before the operation
(docs/how-it-decides.md, "Round 22: follow-ups and topic changes, by cause"). Its first forms also answered CLINC150
lines after "What is HO?" ("what is your age again": who gets HO). These tests hold what any later reading of the
kind must leave alone: everyday questions, questions about the bot, words the bank never says, another condition.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import DATA

from chatbot.bot import Bot

PSORIASIS = DATA / "tuning" / "psoriasis-bank"
TOOLS = Path(__file__).resolve().parent.parent / "tools"


@pytest.fixture(scope="module")
def psoriasis():
    return Bot.load(PSORIASIS)


def _after(bot, earlier, question):
    session = bot.session()
    for asked in earlier:
        session.ask(asked)
    return session.ask(question)


EVERYDAY_OR_UNKNOWN = ["what time is it", "where do you live", "would a brace help", "what colour is it"]


@pytest.mark.parametrize("question", EVERYDAY_OR_UNKNOWN)
def test_an_everyday_question_or_an_unknown_word_after_an_answer_is_not_answered(psoriasis, question):
    assert _after(psoriasis, ["how do they diagnose psoriasis"], question).kind != "answer"


def test_another_condition_named_after_an_answer_is_not_folded_in(psoriasis):
    assert _after(psoriasis, ["what is psoriatic arthritis"], "what about gout").kind != "answer"


OFF_TOPIC_AFTER_AN_ANSWER = [
    "what is your age again",
    "how does my name appear",
    "what is your name by chance",
    "what day were you born",
    "i was wondering what age you are",
]


@pytest.mark.parametrize("question", OFF_TOPIC_AFTER_AN_ANSWER)
def test_a_question_about_the_bot_or_an_everyday_thing_after_an_answer_is_not_answered(bot, question):
    assert _after(bot, ["What is HO?"], question).kind != "answer"


def test_a_dev24_conversation_file_is_measured_on_the_bank_its_name_ends_with():
    sys.path.insert(0, str(TOOLS))
    import measure  # noqa: PLC0415 (a tool, imported only here)

    banks = {path.name: bank for _, _, bank, path in measure._sets()}
    assert banks["conversations-dev24-psoriasis.yaml"] == PSORIASIS
    assert banks["conversations-dev24.yaml"] is None  # the packaged HO bank
