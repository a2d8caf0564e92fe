"""Bugs found by using the product as its people do (walkthrough 12), each pinned by a test."""

from __future__ import annotations

import pytest

from chatbot import Bot


@pytest.mark.parametrize("given", ["   ", "\t", " \n "])
def test_a_blank_emergency_number_never_leaves_the_emergency_reply_without_one(monkeypatch, given):
    # A service file's `Environment=CHATBOT_EMERGENCY_NUMBER= ` (or an operator's stray space) gave
    # "Call your local emergency number now:    ." An empty value already meant "not given"; so does a blank.
    default = Bot.load().ask("chest pain").text
    assert "999" in default
    assert Bot.load(emergency_number=given).ask("chest pain").text == default
    monkeypatch.setenv("CHATBOT_EMERGENCY_NUMBER", given)
    assert Bot.load().ask("chest pain").text == default


def test_the_emergency_number_is_shown_as_plain_text(monkeypatch):
    # A number pasted with a colour code or a line break reached the JSON reply (and a kiosk's own screen) raw.
    text = Bot.load(emergency_number="\x1b[31m000\n (Australia)").ask("chest pain").text
    assert "call your local emergency number now: 000 (australia)." in text.lower()
    assert "\x1b" not in text and "\n" not in text


def test_a_control_character_in_the_banks_meta_is_a_problem_named_by_its_line(tmp_path):
    # Entries were checked for invisible control characters, meta was not: a colour code in
    # `emergency_number` reached every emergency reply raw (JSON "\u001b[31m000").
    from chatbot.bank.loader import load_bank
    from chatbot.errors import BankError

    (tmp_path / "entries.yaml").write_text(
        "meta:\n  title: Bunions\n  topic: bunions\n  source: leaflet\n  reviewed: 2025-06-01\n"
        '  emergency_number: "\\e[31m000"\n\nentries:\n  - id: what-is-a-bunion\n'
        "    question: What is a bunion?\n    answer: A bunion is a bony bump at the base of the big toe.\n",
        encoding="utf-8",
    )
    with pytest.raises(BankError) as raised:
        load_bank(tmp_path)
    assert [str(problem) for problem in raised.value.problems] == [
        f"{tmp_path / 'entries.yaml'}:6: meta 'emergency_number' holds an invisible control character (U+001B): "
        "remove it"
    ]
