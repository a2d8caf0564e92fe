"""Round 14 of the triage table, emergency tier, and the reply to a message in another language.

Every sentence here was written for these tests (none is a line of a tuning or held-apart set). Each cause is
checked both ways: the red flag escalates, and the everyday, past or general version of the same words does not.
"""

from __future__ import annotations

import pytest

from chatbot.bot import Bot
from chatbot.understanding.other_language import mostly_not_english


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


# ---- A message mostly in another language gets the emergency number, in short English.

OTHER_LANGUAGES = [
    "no puedo respirar",
    "ayuda, mi madre no respira",
    "j'ai mal à la poitrine",
    "mon mari est tombé et il ne parle plus",
    "ich habe seit heute morgen starke Schmerzen in der Brust",
    "minha filha está com febre alta e não acorda",
    "mijn vader kan zijn arm niet bewegen",
    "nie mogę oddychać, pomocy",
    "мой муж не дышит",
    "我的妈妈不能呼吸",
]

ENGLISH_THAT_LOOKS_ODD = [
    # Typos, text-speak and short forms are English: they get the normal reply, never the language note.
    "wat iz hetrotopic ossfication",
    "symtoms of HO plz",
    "cn u tel me abt HO tretment",
    "thx 4 ur help",
    "idk wot HO is",
    "gr8 info tnx",
    "hayfever and HO?",
    "is 50mg indomethacin a lot",
    "whre does HO hapen in the bdy",
    "my mum is 82, is HO common at her age",
    "can i book a table for two at the taqueria",
    "what does adios mean",
]


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_a_message_in_another_language_gets_the_emergency_number(bot, text):
    reply = bot.session().ask(text)
    assert reply.kind in ("fallback", "emergency")
    assert bot.emergency_number in reply.text
    if reply.kind == "fallback":
        assert reply.text.startswith(bot.bank.messages["not_english"][:40])


@pytest.mark.parametrize("text", ENGLISH_THAT_LOOKS_ODD)
def test_english_with_typos_and_short_forms_is_read_as_english(bot, text):
    assert not bot.session().ask(text).text.startswith(bot.bank.messages["not_english"][:40])


def test_a_single_word_is_never_judged(bot):
    # One unknown word is too little to tell a language from a name or a slip.
    assert not mostly_not_english("hola", bot.analyzer.knows, lambda word: False)
    assert not mostly_not_english("wassup", bot.analyzer.knows, lambda word: False)


def test_the_language_note_uses_the_banks_emergency_number(tmp_path):
    import shutil

    from chatbot.bank.paths import packaged_bank_dir

    folder = tmp_path / "bank"
    shutil.copytree(packaged_bank_dir(), folder)
    entries = folder / "entries.yaml"
    text = entries.read_text(encoding="utf-8")
    entries.write_text(text.replace("  reviewed:", '  emergency_number: "000 (Australia)"\n  reviewed:', 1))
    bot = Bot.load(folder)
    reply = bot.session().ask("mi hijo no se despierta y tiene fiebre")
    assert reply.kind == "fallback" and "000 (Australia)" in reply.text and "English" in reply.text


def test_an_emergency_in_mixed_words_still_gets_the_emergency_reply(bot):
    # The red-flag check comes first: English sign words in a foreign message escalate as ever.
    assert bot.session().ask("mi madre chest pain, no puede respirar").kind == "emergency"
