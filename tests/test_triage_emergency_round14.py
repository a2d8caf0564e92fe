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


# ---- The emergency tier: each cause both ways, in sentences written for these tests.


@pytest.fixture(scope="module")
def triage(bot):
    return bot.triage


OVER_AND_USUAL = [
    # A 999 sign told now and then said to be over in its sentence is no call now (the safety line stays) ...
    ("my wife was breathless this morning on the stairs but it passed, she is fine now", "routine"),
    ("i was short of breath at the bus stop earlier but it passed after a minute", "routine"),
    # ... unless it is back or still there, or another sign is told after it.
    ("my wife was breathless this morning on the stairs, it passed but now she is gasping again", "emergency"),
    ("i was breathless this morning but it passed and now my lips are blue", "emergency"),
    # An event is not undone by feeling fine; chest pain that went away keeps its own same-day line.
    ("I swallowed 30 of my tablets an hour ago but I feel fine now", "emergency"),
    ("crushing chest pain an hour ago but it went away", "urgent"),
    # The usual episode, said to be so ("have done for years", "nothing new") ...
    ("I get puffed on the hill to the shops, have done for years, nothing new, does HO affect the lungs", "routine"),
    ("dad gets short of breath on the stairs, nothing new for him with his emphysema, is HO surgery safe?", "routine"),
    # ... unless a later clause of the sentence says this time is now, not the usual one.
    ("my dad gets chest pain walking, nothing new, but right now its crushing and he is sweating", "emergency"),
    ("my dad gets chest pain walking, as always, but right now its crushing and he is sweating", "emergency"),
    ("I get puffed on the hill to the shops, have done for years, but today I am gasping at rest", "emergency"),
]

NAMED_CONDITIONS = [
    # A condition's name alone, then a question about it: a general question with the safety line.
    ("sepsis - what is it?", "routine"),
    ("cauda equina, what are the warning signs?", "routine"),
    ("pulmonary embolism - how common is it after a hip replacement?", "routine"),
    ("anaphylaxis - what causes it?", "routine"),
    ("heart attack: how common is it after surgery?", "routine"),
    # Pointing at it, asking what to do, or told as felt: about now.
    ("stroke - is it serious?", "emergency"),
    ("sepsis, what do we do now?", "emergency"),
    ("severe chest pain, what is it?", "emergency"),
    ("crushing chest pain - what does it mean?", "emergency"),
    ("stroke, what now?", "emergency"),
]

NEW_WORDS = [
    # Stroke signs told in a second language's words (NHS FAST: face, speech, time).
    ("my father face is down on one side and he cannot talk, start 10 minutes ago", "emergency"),
    ("grandma face come down and she no speak, it start just now", "emergency"),
    ("she looks down today and does not want to talk, is that the HO medicine?", "routine"),
    ("my face went down a dress size after the diet, can't say I mind, does weight matter for HO?", "routine"),
    # A headache with a bladder that is not emptying after a spinal cord injury (Spinal Injuries Association:
    # autonomic dysreflexia; the commonest trigger).
    ("my husband is a c5 tetraplegic, his head hurts and the catheter bag is empty since this morning", "emergency"),
    ("T6 para here, catheter not draining and a headache coming on", "emergency"),
    ("my husband is a c5 tetraplegic, his head hurts after the dentist, what helps with HO pain", "routine"),
]


@pytest.mark.parametrize("text,tier", OVER_AND_USUAL)
def test_over_and_usual_episodes(triage, text, tier):
    assert triage.assess(text).tier == tier


@pytest.mark.parametrize("text,tier", NAMED_CONDITIONS)
def test_a_condition_named_then_asked_about(triage, text, tier):
    assessment = triage.assess(text)
    assert assessment.tier == tier
    if tier == "routine":
        assert assessment.informational  # the answer carries the line "If this is happening ... now, call ..."


@pytest.mark.parametrize("text,tier", NEW_WORDS)
def test_emergencies_in_new_words(triage, text, tier):
    assert triage.assess(text).tier == tier


EMERGENCY_LINE = [
    # Paralysed as a person's lasting state (a spinal cord injury) is no new loss of a limb: a swollen warm leg
    # in such a person is a clot to check the same day (NHS DVT) ...
    ("my husband is paralysed from the chest down and his calf is swollen and hot since yesterday", "urgent"),
    ("I'm paralysed, a para since 2015, and my thigh has puffed up and feels warm today", "urgent"),
    # ... but a limb that has newly become paralysed, or gone cold and blue, is an emergency.
    ("his left arm has suddenly gone paralysed", "emergency"),
    ("my son is paralysed and his foot has gone cold and blue", "emergency"),
    # A part of a sign said not to have happened ("I haven't fallen") takes the sign away, wherever it stands.
    ("a bad headache since lunch and I'm on apixaban, I haven't fallen or hit anything", "urgent"),
    ("nasty headache since I fell this morning and I'm on apixaban, I keep being sick", "emergency"),
    # A movement weaker, not lost, is the same day; lost with the colour of lost blood flow, an emergency.
    ("since my knee op I can't lift my toes properly, the foot slaps when I walk", "urgent"),
    ("I can't lift my foot properly and it has gone cold and white", "emergency"),
]


@pytest.mark.parametrize("text,tier", EMERGENCY_LINE)
def test_where_the_emergency_line_falls(triage, text, tier):
    assert triage.assess(text).tier == tier


TOLD_BY_OTHERS_AND_IN_PASSING = [
    # Seen, not felt: a carer tells what the person did ("grabbed his chest and went down").
    ("at the bus stop an old man grabbed his chest and collapsed, what do I do", "emergency"),
    ("my dad grabbed his chest and keeled over at dinner, he is on the floor", "emergency"),
    ("my son grabbed his chest playing rugby last season, bruised ribs, can HO form there?", "routine"),
    # Speech that will not come together, an arm that dangles (FAST).
    ("all of a sudden mum can't put a sentence together and her hand is dangling", "emergency"),
    ("I can't string a sentence together before my morning coffee, does HO affect tiredness?", "routine"),
    # A low blood sugar told by a carer (NHS hypoglycaemia: drowsy or confused, call 999).
    ("my wife is type 1 and tonight she is confused and clammy and not making sense", "emergency"),
    ("my grandad is diabetic and gets a bit confused in the evenings, does HO affect memory?", "routine"),
    # Breathlessness one "gets" is a pattern; a feeling that brings a sign on is one too; now still wins.
    ("my aunt gets out of breath walking to the shops, she is 88, is HO surgery safe for her?", "routine"),
    ("my aunt gets out of breath walking and right now she is gasping and blue", "emergency"),
    ("my chest feels tight when I'm nervous before a scan, how do I relax?", "routine"),
    # What one read or watched about is a topic, not a report.
    ("I read about sepsis in the paper, can HO surgery lead to it?", "routine"),
    ("I was reading about sepsis and now I am shivering, confused and my skin is blotchy", "emergency"),
]


@pytest.mark.parametrize("text,tier", TOLD_BY_OTHERS_AND_IN_PASSING)
def test_told_by_others_and_in_passing(triage, text, tier):
    assert triage.assess(text).tier == tier


def test_whether_a_sign_is_reason_to_call_is_a_general_question(triage):
    assert triage.assess("is a very bad headache that won't go a reason to call 999?").tier == "routine"
    assert triage.assess("I have crushing chest pain, is that a reason to call 999?").tier == "emergency"
    assert triage.assess("my dad cant breathe, is that a reason to call an ambulance").tier == "emergency"


def test_a_season_is_a_long_span(triage):
    text = "my mum coughs so hard at night she can hardly breathe, it's been like this all winter, will the GP help?"
    assert triage.assess(text).tier == "routine"
    assert triage.assess("she can hardly breathe right now, she has had a cough all winter").tier == "emergency"
