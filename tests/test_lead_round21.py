"""The lead's round 21 speed fixes, found by the benchmark after the round's merges (10,000 entries 1.1 -> 2.0 ms,
the packaged median 0.60 -> 0.77 ms): none may change a reply, so each is held here against the plain reading."""

from __future__ import annotations

import random

from chatbot.safety import sign_reader
from chatbot.understanding import english


def test_a_correction_worked_out_once_is_the_same_and_forgotten_with_the_stems():
    first = english.correction("swolen")
    assert first == english.correction("swolen") == english._correction("swolen", None)
    assert "swolen" in english._corrections
    english.forget_words()  # a kiosk's wipe
    assert "swolen" not in english._corrections


def test_a_run_of_letters_longer_than_any_word_has_no_correction_and_costs_nothing():
    assert english.correction("zq" * 8_000) is None
    assert "zq" * 8_000 not in english._corrections


def _plain_match_all(phrases, stems):
    spans = []
    for phrase in phrases:
        for start in range(len(stems) - len(phrase) + 1):
            if tuple(stems[start : start + len(phrase)]) == phrase:
                spans.append((start, start + len(phrase)))
    return spans


def test_phrases_found_by_where_their_first_stem_stands_are_those_a_plain_scan_finds():
    rng = random.Random(5)
    vocabulary = ["calf", "swell", "hot", "red", "leg", "my", "is", "and"]
    phrases = [("calf",), ("swell", "up"), ("hot", "and", "red"), ("leg",), ("is", "hot")]
    for _ in range(300):
        stems = [rng.choice(vocabulary + ["up"]) for _ in range(rng.randint(0, 12))]
        assert sign_reader._match_all(phrases, stems) == _plain_match_all(phrases, stems)


def test_a_clinic_bank_never_ranks_a_message_again_for_the_definition_reading(tmp_path):
    from chatbot.bot import Bot
    from chatbot.understanding.defined_subject import may_ask_beyond_definition

    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "entries.yaml").write_text(
        "meta: {title: Test, topic: gout, source: a test, reviewed: 2026-11-30}\n"
        "entries:\n"
        "  - {id: what-is-gout, question: What is gout?, alternates: [what does gout mean], answer: Gout is a joint"
        " problem. It comes and goes., source: About, related: []}\n",
        encoding="utf-8",
    )
    bot = Bot.load(folder)
    analysis = bot.analyzer.analyze("what does gout do to the joints")
    assert bot.matcher.lists_sparse_entries
    assert not may_ask_beyond_definition(bot.matcher, bot.analyzer, analysis, bot.default_subject)


def test_the_kiosk_marks_a_long_message_it_shows_only_the_start_of(bot):
    from kiosk_support import kiosk_after, kiosk_screen

    long_message = "my mum had her hip replaced last spring and " * 8 + "what is HO"
    you_line = kiosk_screen(kiosk_after(bot, long_message + "\r")).split("\n\n")[0]
    assert you_line.startswith("You: my mum had her hip replaced") and you_line.endswith(" ...")
    short_line = kiosk_screen(kiosk_after(bot, "what is HO\r")).split("\n\n")[0]
    assert short_line == "You: what is HO"
