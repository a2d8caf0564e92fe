"""A bank's meta names its own crisis line(s) and same-day service, as it names its emergency number (round 13,
docs/clinic-banks.md).

The crisis and urgent replies named 988, Samaritans and NHS 111 whatever the bank. `tests/data/wrist-au-bank` is a
clinic in Australia: every front end that shows these replies (the chat in a terminal, `chatbot ask`, the JSON
lines of `serve --stdio`, the web API) names its own lines; a bank that names none keeps the general wording.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from conftest import run_cli

from chatbot import Bot
from chatbot.errors import BankError
from chatbot.frontends.web.app import create_app
from chatbot.session_store import SessionStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BANK = Path(__file__).resolve().parent / "data" / "wrist-au-bank"
CRISIS = "I can't go on, I want to end my life"
URGENT = "the wound on my wrist is hot, red and oozing pus"
PAST_CRISIS = "I tried to kill myself two years ago, how long is the cast on?"
US_UK = ("988", "Samaritans", "116 123", "NHS 111")


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(BANK)


def test_the_crisis_reply_names_the_banks_own_crisis_line(clinic):
    reply = clinic.ask(CRISIS)
    assert reply.kind == "emergency"
    assert "Lifeline on 13 11 14" in reply.text and "000 (Australia)" in reply.text
    assert not any(other in reply.text for other in US_UK)


def test_the_urgent_reply_names_the_banks_own_service(clinic):
    reply = clinic.ask(URGENT)
    assert reply.kind == "urgent"
    assert "healthdirect on 1800 022 222" in reply.text and "000 (Australia)" in reply.text
    assert not any(other in reply.text for other in US_UK)


def test_the_crisis_safety_line_under_an_answer_names_it_too(clinic):
    reply = clinic.ask(PAST_CRISIS)
    assert reply.kind == "answer" and reply.id == "how-long-in-a-cast"
    assert "Lifeline on 13 11 14" in reply.text and "Samaritans" not in reply.text


def test_a_bank_that_names_none_keeps_the_general_wording(bot):
    crisis, urgent = bot.ask(CRISIS), bot.ask("my calf is swollen and hot since my hip operation")
    assert "988" in crisis.text and "Samaritans on 116 123" in crisis.text
    assert urgent.kind == "urgent" and "NHS 111" in urgent.text
    assert "{" not in crisis.text + urgent.text


def test_one_line_only_and_the_contact_form_of_the_urgent_reply(tmp_path):
    folder = tmp_path / "bank"
    folder.mkdir()
    text = (BANK / "entries.yaml").read_text(encoding="utf-8")
    text = text.replace('  urgent_service: "an urgent care clinic, or healthdirect on 1800 022 222"\n', "")
    canada = 'crisis_lines: "9-8-8 in Canada"\n  contact: the fracture clinic'
    text = text.replace('crisis_lines: "Lifeline on 13 11 14"', canada)
    (folder / "entries.yaml").write_text(text, encoding="utf-8")
    bot = Bot.load(folder)
    assert "9-8-8 in Canada" in bot.ask(CRISIS).text
    urgent = bot.ask(URGENT).text
    assert "the fracture clinic" in urgent and "NHS 111" in urgent  # no service of its own: the general one


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("  crisis_lines: [Lifeline, Beyond Blue]\n", "meta 'crisis_lines' must be text"),
        ("  urgent_service: " + "an urgent care clinic " * 10 + "\n", "urgent_service"),
        ("  crisis_lines: " + "Lifeline on 13 11 14, " * 12 + "\n", "crisis_lines"),
    ],
)
def test_check_refuses_a_bad_value(tmp_path, line, problem):
    folder = tmp_path / "bank"
    folder.mkdir()
    text = (BANK / "entries.yaml").read_text(encoding="utf-8")
    text = "\n".join(row for row in text.splitlines() if "crisis_lines" not in row and "urgent_service" not in row)
    (folder / "entries.yaml").write_text(text.replace("  reviewed: 2026-11-29\n", "  reviewed: 2026-11-29\n" + line))
    with pytest.raises(BankError) as raised:
        Bot.load(folder)
    assert problem in str(raised.value)
    result = run_cli("check", str(folder))
    assert result.returncode != 0 and problem in result.stdout.decode() + result.stderr.decode()


def test_the_terminal_chat_and_ask_name_the_banks_lines():
    chat = run_cli("--faq", str(BANK), input=f"{CRISIS}\n{URGENT}\n")
    shown = " ".join(chat.stdout.decode().split())
    assert chat.returncode == 0 and "Lifeline on 13 11 14" in shown and "healthdirect on 1800 022 222" in shown
    assert not any(other in shown for other in US_UK)
    asked = run_cli("--faq", str(BANK), "ask", CRISIS)
    assert "Lifeline on 13 11 14" in " ".join(asked.stdout.decode().split())


def test_the_json_lines_front_end_names_the_banks_lines():
    lines = "".join(json.dumps({"session": "a", "text": text}) + "\n" for text in (CRISIS, URGENT))
    result = run_cli("--faq", str(BANK), "serve", "--stdio", input=lines)
    crisis, urgent = (json.loads(line) for line in result.stdout.decode().splitlines())
    assert crisis["kind"] == "emergency" and "Lifeline on 13 11 14" in crisis["answer"]
    assert urgent["kind"] == "urgent" and "healthdirect on 1800 022 222" in urgent["answer"]
    assert not any(other in crisis["answer"] + urgent["answer"] for other in US_UK)


def test_the_web_api_names_the_banks_lines(clinic):
    client = TestClient(create_app(SessionStore(clinic)), base_url="http://127.0.0.1")
    headers = {"content-type": "application/json"}
    crisis = client.post("/api/ask", content=json.dumps({"text": CRISIS}), headers=headers).json()
    urgent = client.post("/api/ask", content=json.dumps({"text": URGENT}), headers=headers).json()
    assert crisis["kind"] == "emergency" and crisis["emergency_number"] == "000 (Australia)"
    assert "Lifeline on 13 11 14" in crisis["answer"]
    assert "healthdirect on 1800 022 222" in urgent["answer"]
    assert not any(other in crisis["answer"] + urgent["answer"] for other in US_UK)
