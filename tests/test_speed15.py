"""Speed work of round 15: what was made faster still gives the same readings.

The replies themselves are compared on every tuning set by `tools/compare_replies.py` (before and after a
change); these tests pin the pieces: the advice detector kept in a bank's compiled copy reads as a fresh one,
a story read once for all its questions reads as it did once per question, the triage table shares its words,
and the benchmark's long messages are the lengths it says.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from conftest import META, entry_yaml

import chatbot.bot
from chatbot import Bot
from chatbot.bot import build_advice

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from run import installed_env, long_messages  # noqa: E402

# Our own wordings: requests for personal advice, general questions, stories with questions after them.
ADVICE_WORDINGS = [
    "should my dad keep taking his celecoxib after the op",
    "can I skip the radiotherapy next week",
    "is it ok if I double my dose tonight",
    "why do surgeons give radiation after a hip operation",
    "what is the usual treatment for extra bone",
    "how long does recovery take",
]
STORIES = [
    (
        "My partner was put on meloxicam after her knee surgery and it upsets her stomach.",
        ["Can she just leave it off?", "Is that normal?", "What is HO?", "how many should she take"],
    ),
    (
        "The scan last week showed some extra bone near my elbow. I am due to see the surgeon soon.",
        ["Is it serious?", "should I cancel the physio?", "is that alright?"],
    ),
    ("", ["Can I stop it?"]),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_the_advice_detector_from_a_compiled_copy_reads_as_one_built_fresh(cache, make_bank, monkeypatch):
    bank = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("parking", "Where can I park at the clinic?")})
    first = Bot.load(bank)

    def refuse(bank):
        raise AssertionError("the advice detector was built again")

    monkeypatch.setattr(chatbot.bot, "build_advice", refuse)
    again = Bot.load(bank)  # from the compiled copy: nothing is built
    fresh = build_advice(again.bank)
    assert again.advice is not first.advice
    for text in ADVICE_WORDINGS:
        assert again.advice.asks_for_advice(text) == fresh.asks_for_advice(text) == first.advice.asks_for_advice(text)


def test_a_story_read_once_for_all_its_questions_reads_as_once_per_question():
    advice = Bot.load().advice
    for story, questions in STORIES:
        one_by_one = [advice.asks_with_its_story(story, question) for question in questions]
        assert advice.ask_with_their_story(story, questions) == one_by_one


def test_a_story_is_read_for_advice_once_however_many_questions_follow(monkeypatch):
    advice = Bot.load().advice
    story = "My husband takes naproxen for his hip and it gives him heartburn."
    calls = []
    original = type(advice).asks_for_advice

    def counted(self, text):
        calls.append(text)
        return original(self, text)

    monkeypatch.setattr(type(advice), "asks_for_advice", counted)
    advice.ask_with_their_story(story, ["Is that normal?", "is that ok?", "Is it common?", "is it safe?"])
    assert calls.count(story) == 1


def test_the_triage_table_holds_each_word_and_phrase_once():
    triage = Bot.load().triage
    items = [item for group in triage._index.all_pairs().values() for item in group]
    words = [word for item in items for word in item]
    assert len({id(word) for word in words}) == len(set(words))
    assert len({id(item) for item in items}) == len(set(items))


def test_the_benchmark_long_messages_are_as_long_as_it_says():
    for message in long_messages(20, (40, 160)):
        assert 40 <= len(message.split()) < 200 and len(message) <= 2000
    for message in long_messages(5, None):
        assert 1800 < len(message) <= 2000


def test_the_benchmark_runs_processes_as_installed(tmp_path):
    assert "PYTHONDONTWRITEBYTECODE" not in installed_env(str(tmp_path))
    assert installed_env(str(tmp_path))["PYTHONPYCACHEPREFIX"] == str(tmp_path)
    assert installed_env(str(tmp_path), write=False)["PYTHONDONTWRITEBYTECODE"] == "1"


def test_loading_a_bot_runs_no_garbage_collection_and_leaves_the_collector_on():
    Bot.load()  # the compiled copy is there
    collections = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        bot = Bot.load()
    finally:
        gc.callbacks.remove(seen)
    assert collections == []
    assert gc.isenabled()
    assert bot.ask("what is HO").kind == "answer"
