"""The "topics" command: every question, only those with a word, and a long list that says how to narrow it."""

from __future__ import annotations

from conftest import META, entry_yaml, run_cli

from chatbot import Bot
from chatbot.frontends.render import TOPICS_SHOWN, topics_text


def text_of(fragments) -> str:
    return "".join(text for _, text in fragments)


def test_topics_lists_every_question_of_a_small_bank(bot):
    shown = text_of(topics_text(bot.bank, 200))
    assert all(entry.question in shown for entry in bot.bank.entries)
    assert "questions. To see fewer" not in shown


def test_topics_with_a_word_lists_only_those_questions(bot):
    shown = text_of(topics_text(bot.bank, 200, "Grade"))
    listed = [line.removeprefix("  - ") for line in shown.splitlines() if line.startswith("  - ")]
    assert listed == [e.question for e in bot.bank.entries if "grade" in e.question.lower()]
    assert len(listed) == 4
    assert shown.startswith('Here are the questions with "grade"')


def test_a_word_matches_its_longer_forms(bot):
    shown = text_of(topics_text(bot.bank, 200, "symptom"))
    assert "What are the symptoms of FOP?" in shown


def test_topics_with_a_word_no_question_has_says_so(bot):
    shown = text_of(topics_text(bot.bank, 200, "zebra"))
    assert shown.startswith('None of my questions has the word "zebra"')
    assert "  - " not in shown


def test_a_big_bank_list_stops_and_says_how_to_narrow_it(make_bank):
    entries = "".join(entry_yaml(f"q-{n}", f"How does thing number {n} work?") for n in range(150))
    bot = Bot.load(make_bank({"entries.yaml": META + "entries:\n" + entries}))
    shown = text_of(topics_text(bot.bank, 200))
    assert sum(line.startswith("  - ") for line in shown.splitlines()) == TOPICS_SHOWN
    assert f"That is {TOPICS_SHOWN} of 150 questions." in " ".join(shown.split())
    narrowed = text_of(topics_text(bot.bank, 200, "number 149"))
    listed = [line for line in narrowed.splitlines() if line.startswith("  - ")]
    assert listed == ["  - How does thing number 149 work?"]


def test_the_chat_reads_topics_with_a_word_as_the_command():
    result = run_cli("chat", input="topics grade\nquit\n")
    shown = result.stdout.decode()
    assert result.returncode == 0
    assert 'Here are the questions with "grade"' in shown
    assert "What does Brooker grade 3 mean?" in shown
    assert "What causes HO?" not in shown


def test_a_pasted_page_after_topics_is_not_shown_back_whole(bot):
    shown = text_of(topics_text(bot.bank, 200, "zebra " * 5000))
    assert shown.startswith('None of my questions has the word "zebra zebra')
    assert len(shown) < 300
