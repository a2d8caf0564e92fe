"""Round 27 (conv29): "restart" / "start again" typed on any front end starts a new conversation (not the off-topic
line), and a choice is picked however it is asked for ("number two", "the last one", "i'd like the second one")
(docs/how-it-decides.md, "Round 27: ... (conv29)")."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, run_cli
from conversation_support import last_reply, same_reply

from chatbot.bot import Bot
from chatbot.conversation import numbered_choices
from chatbot.conversation.turn import RESTART
from chatbot.frontends.repl import Chat
from chatbot.frontends.stdio import handle_line
from chatbot.quality.evaluation import load_cases
from chatbot.session_store import SessionStore
from chatbot.understanding.decision import ANSWER_SCORE
from chatbot.understanding.text import fold

GOUT = DATA / "tuning" / "gout-bank"
FORGOTTEN = "I have forgotten our conversation"


@pytest.fixture(scope="module")
def ho():
    return Bot.load()


@pytest.fixture(scope="module")
def gout():
    return Bot.load(GOUT)


# --- "restart" and "start again" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words", ["restart", "Start again", "start over", "reset", "new conversation", "can we start again?", "Restart."]
)
def test_start_again_in_words_forgets_the_conversation(ho, words):
    session = ho.session()
    assert session.ask("what is FOP?").kind == "answer"
    reply = session.ask(words)
    assert (reply.kind, reply.via) == ("smalltalk", RESTART) and FORGOTTEN in reply.text
    assert session.memory.last_entry is None and not session.memory.answered
    # The examples are on offer, as in a fresh session: "1" asks the first of them.
    assert [s.id for s in reply.suggestions] == list(ho.bank.example_ids)[: len(reply.suggestions)]
    # A follow-up after it leans on nothing: the reply a fresh session gives.
    assert same_reply(session.ask("what are its symptoms?"), ho.ask("what are its symptoms?"))


def test_a_clinic_bank_starts_again_too(gout):
    reply = last_reply(gout, "what is gout?", "start again")
    assert reply.via == RESTART and FORGOTTEN in reply.text


@pytest.mark.parametrize(
    "message", ["can I restart my exercises?", "when can I start again after the op", "rest", "clean", "no one"]
)
def test_only_the_whole_message_starts_again(ho, message):
    assert ho.ask(message).via != RESTART


def test_restart_over_json_lines_is_a_new_conversation(ho):
    store = SessionStore(ho)
    ask = lambda text: handle_line(store, json.dumps({"session": "s", "text": text}).encode())  # noqa: E731
    assert ask("what is FOP?")["kind"] == "answer"
    restarted = ask("restart")
    assert restarted["kind"] == "smalltalk" and FORGOTTEN in restarted["answer"]
    assert store.lookup("s")[0].memory.last_entry is None


def test_restart_on_the_web_page_is_a_new_conversation(ho):
    from starlette.testclient import TestClient

    from chatbot.frontends.web.app import create_app

    store = SessionStore(ho)
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    headers = {"content-type": "application/json"}
    first = client.post("/api/ask", content=json.dumps({"text": "what is FOP?"}), headers=headers).json()
    assert first["kind"] == "answer"
    again = client.post("/api/ask", content=json.dumps({"text": "start again"}), headers=headers).json()
    assert again["kind"] == "smalltalk" and FORGOTTEN in again["answer"]


def test_chatbot_ask_restart_is_not_the_off_topic_line():
    result = run_cli("ask", "restart")
    assert result.returncode == 0 and FORGOTTEN in " ".join(result.stdout.decode().split())


def test_the_terminal_forgets_its_history_for_start_again_in_words(ho):
    forgotten, shown = [], []
    chat = Chat(ho, color=False, show=shown.append, forget_history=lambda: forgotten.append(True))
    chat.handle("what is FOP?")
    chat.handle("start again")
    assert forgotten == [True] and chat.session.memory.last_entry is None
    assert FORGOTTEN in "".join(text for fragments in shown for _, text in fragments)


# --- a choice however it is asked for ---------------------------------------------------------------------------

CHOICE_OPENER = "my toe flared up again last night"  # gout: a choice of two entries


@pytest.mark.parametrize(
    ("pick", "place"),
    [
        ("2", 1),
        ("number two", 1),
        ("two", 1),
        ("one", 0),
        ("the last one", -1),
        ("last one please", -1),
        ("2 thanks", 1),
        ("i want the second one", 1),
        ("can i have the second one", 1),
        ("I'd like the first one please", 0),
        ("the 2nd one", 1),
    ],
)
def test_a_choice_is_picked_however_it_is_asked_for(gout, pick, place):
    session = gout.session()
    offered = session.ask(CHOICE_OPENER)
    assert offered.kind == "clarify" and len(offered.suggestions) >= 2
    reply = session.ask(pick)
    assert (reply.kind, reply.id) == ("answer", offered.suggestions[place].id)


@pytest.mark.parametrize("pick", ["the third one", "three", "number five"])
def test_a_choice_beyond_those_offered_is_no_answer(gout, pick):
    session = gout.session()
    offered = session.ask(CHOICE_OPENER)
    assert len(offered.suggestions) == 2
    reply = session.ask(pick)
    assert reply.kind == "fallback" and reply.text.startswith(gout.bank.messages["no_such_choice"].strip()[:20])


@pytest.mark.parametrize(
    "message",
    ["two types of ho?", "no one", "one of my hips is stiff", "the last one was wrong", "give me five minutes"],
)
def test_words_around_a_number_that_ask_more_are_no_pick(ho, message):
    assert numbered_choices.choice(ho, message, fold(message)) is None


def test_the_pick_words_are_read_only_as_a_whole_message(ho):
    assert numbered_choices.choice(ho, "the second one", "the second one") == 2
    assert numbered_choices.choice(ho, "the last one", "the last one") == numbered_choices.LAST


# --- every answer of the follow-up path carries its score and clears the answer bar ------------------------------


@pytest.mark.parametrize(
    ("bank", "path"),
    [
        (None, DATA / "tuning" / "conversations-dev24.yaml"),
        (DATA / "tuning" / "psoriasis-bank", DATA / "tuning" / "conversations-dev24-psoriasis.yaml"),
    ],
)
def test_every_follow_up_answer_carries_a_score_over_the_answer_bar(bank, path):
    bot = Bot.load(bank) if bank else Bot.load()
    _, conversations = load_cases(path)
    follow_ups = []
    for turns in conversations:
        session = bot.session()
        for case in turns:
            reply = session.ask(case.question)
            if reply.kind == "answer" and reply.via == "follow-up":
                follow_ups.append((case.question, reply.score))
    assert len(follow_ups) >= 10  # the files hold many follow-ups: the check is not empty
    low = [(question, score) for question, score in follow_ups if score is None or score < ANSWER_SCORE]
    assert not low
