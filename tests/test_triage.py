"""Triage: emergency, urgent or routine, from the general rule table; every example of issue 13 gets its tier."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import DATA, META, entry_yaml, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from chatbot import BankError, Bot, load_bank
from chatbot.quality.evaluation import evaluate
from chatbot.safety.triage import GENERAL_TRIAGE, Triage, rules_from_document
from chatbot.safety.triage_file import cache_path, read_triage_document

# Issue 13, "let these through": each must now escalate.
ISSUE_URGENT = [
    "my calf is swollen, painful, red and warm after surgery",
    "my calf is swollen and painful after my operation",
    "my calf is red and warm since the surgery",
    "sudden leg swelling",
    "fever 40 after hip replacement",
    "39 and shivering",
    "my hip is hot, red and swollen after surgery",
    "there is pus coming from my wound after the surgery",
    "I took two doses of warfarin by mistake",
    "my calf is swollen after hip surgery, should I go to the hospital?",
    # Seen the same day, as NHS 111 does, unless there are emergency signs (see the next tests).
    "I'm on warfarin and knocked my head",
    "bad headache while taking warfarin",
    "heard a pop and can't walk",
    "my hip is dislocated",
]
ISSUE_EMERGENCY = [
    "sharp pain when I breathe in after surgery",
    "I am confused and have a fever",
    "I take warfarin and my stools are black",
    "I took 10 ibuprofen",
    "I can't feel my leg",
    "I can't pee and my legs are numb",
    "my foot is cold and blue",
    "sudden weakness of both legs",
    "I have a spinal cord injury and a pounding headache with sweating",
    "took 25 iron pills",
    "I want to hurt myself",
]
# Issue 13 "cries wolf" and issue 9 item 5: past or hypothetical mentions are answered (or fall back), never escalated.
ISSUE_ROUTINE = [
    "I hurt myself falling down the stairs, can that cause HO?",
    "I cut myself shaving",
    "I fainted once last year, is that related to HO?",
    "I had a seizure years ago",
    "can seizure medicine cause HO?",
    "can HO cause the hip joint to collapse?",
    "my dad had a stroke last year, is he at risk?",
    "do they take a lot of blood for the test?",
    "I had a heart attack in 2015, can I still get HO?",
    "I have a history of asthma, is HO more likely?",
    "Does HO cause chest pain?",
    "can HO cause breathing problems?",
    "what is an overdose of ibuprofen?",
]
# Issue 13: with these, an answer or fallback carries one line on when to call for help.
WITH_SAFETY_LINE = [
    "Does HO cause chest pain?",
    "can HO cause breathing problems?",
    "what is an overdose of ibuprofen?",
    "I fainted once last year, is that related to HO?",
    "my dad had a stroke last year, is he at risk?",
]


@pytest.mark.parametrize("text", ISSUE_URGENT)
def test_issue_examples_that_need_care_today_are_urgent(bot, text):
    reply = bot.ask(text)
    assert reply.kind == "urgent", (text, bot.triage.assess(text))
    assert "care team" in reply.text and "911" in reply.text
    assert reply.id is None and reply.suggestions == ()


@pytest.mark.parametrize("text", ISSUE_EMERGENCY)
def test_issue_examples_that_need_the_emergency_number_now_are_emergencies(bot, text):
    reply = bot.ask(text)
    assert reply.kind == "emergency", (text, bot.triage.assess(text))
    assert "911" in reply.text and "112" in reply.text and "999" in reply.text


@pytest.mark.parametrize("text", ISSUE_ROUTINE)
def test_past_and_hypothetical_mentions_are_not_escalated(bot, text):
    assert bot.ask(text).kind not in ("emergency", "urgent"), (text, bot.triage.assess(text))


@pytest.mark.parametrize("text", WITH_SAFETY_LINE)
def test_a_mention_gets_the_normal_reply_plus_one_safety_line(bot, text):
    reply = bot.ask(text)
    assert reply.kind in ("answer", "fallback", "clarify")
    assert reply.text.count("911 (US), 112 (EU) or 999 (UK)") == 1
    line = reply.text.split("\n\n")[-1]
    assert line.startswith("If ") and "now" in line


def test_no_safety_line_without_a_red_flag(bot):
    reply = bot.ask("what is HO?")
    assert reply.kind == "answer" and "911" not in reply.text


def test_urgent_beats_the_personal_advice_refusal(bot):
    for text in (
        "my calf is swollen after hip surgery, what should I do?",
        "fever 39 since my op, should I see a doctor",
    ):
        reply = bot.ask(text)
        assert reply.kind == "urgent" and "personal medical advice" not in reply.text


def test_self_harm_in_an_accident_story_is_not_a_crisis_but_intent_is(bot):
    assert bot.triage.assess("I hurt myself falling down the stairs").tier == "routine"
    crisis = bot.ask("I want to hurt myself")
    assert crisis.kind == "emergency" and "988" in crisis.text and "116 123" in crisis.text


def test_an_emergency_inside_a_story_escalates(bot):
    story = "My mum had her hip replaced in March and has HO. Right now she is not breathing properly, help"
    assert bot.ask(story).kind == "emergency"


def test_a_carer_asking_about_a_child_with_high_fever(bot):
    assert bot.ask("my 3 year old has a fever of 39.5").kind == "urgent"
    assert bot.ask("my baby is floppy and has a high temperature").kind == "emergency"
    assert bot.ask("can children get HO?").kind not in ("emergency", "urgent")


def test_symptom_told_as_happening_now_gets_the_check_with_your_care_team_line(bot):
    reply = bot.ask("I have a hard painful lump on my thigh")
    assert reply.kind != "urgent" and "care team" in reply.text.split("\n\n")[-1]
    # A lump that keeps growing needs an urgent appointment (NHS, lumps).
    assert bot.ask("I have a hard lump on my thigh that is getting bigger").kind == "urgent"


def test_the_conversation_goes_on_after_an_urgent_reply(session):
    assert session.ask("what is FOP").id == "genetic-ho"
    assert session.ask("my calf is swollen and hot after my hip op").kind == "urgent"
    assert session.ask("what are its symptoms?").id == "fop-symptoms"


# The emergency number: caller, else the bank's meta, else the table.


def test_the_emergency_number_comes_from_the_caller_then_the_bank_then_the_table(make_bank, monkeypatch):
    folder = make_bank(
        {"bank.yaml": META.replace("reviewed:", "emergency_number: '000', reviewed:") + "entries:\n"
         + entry_yaml("knee-pain", "Why does my knee hurt?")}
    )  # fmt: skip
    assert load_bank(folder).emergency_number == "000"
    assert "now: 000." in Bot.load(folder).ask("chest pain").text
    assert "number: 000." in Bot.load(folder).ask("my calf is swollen after surgery").text
    assert "now: 15." in Bot.load(folder, emergency_number="15").ask("chest pain").text
    monkeypatch.setenv("CHATBOT_EMERGENCY_NUMBER", "112")
    assert "now: 112." in Bot.load().ask("chest pain").text
    monkeypatch.delenv("CHATBOT_EMERGENCY_NUMBER")
    assert "now: 911 (US), 112 (EU) or 999 (UK)." in Bot.load().ask("chest pain").text


def test_an_old_emergency_section_still_loads_with_a_warning_that_says_what_replaced_it(make_bank):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a", "What is a?") + "emergency: {}\n"})
    notes = [str(note) for note in load_bank(folder).notes]
    assert any("section 'emergency' is obsolete and ignored" in note and "triage" in note for note in notes)
    assert Bot.load(folder).ask("I have crushing chest pain right now").kind == "emergency"


# Front ends and the protocol.


def test_ask_json_and_serve_stdio_say_urgent():
    result = run_cli("ask", "--json", "fever 40 after hip replacement")
    assert json.loads(result.stdout)["kind"] == "urgent"
    lines = json.dumps({"session": "k", "text": "my calf is swollen after surgery"}) + "\n"
    reply = json.loads(run_cli("serve", "--stdio", input=lines).stdout.decode().splitlines()[0])
    assert reply["kind"] == "urgent" and reply["session"] == "k" and reply["id"] is None


def test_urgent_is_styled_apart_from_emergency_and_answers(bot):
    from chatbot.frontends.kiosk import STYLE as KIOSK_STYLE
    from chatbot.frontends.render import reply_fragments
    from chatbot.frontends.repl import STYLE as CHAT_STYLE

    styles = {style for style, _ in reply_fragments(bot.ask("39 and shivering"), bot.bank)}
    assert "class:urgent" in styles
    for style in (CHAT_STYLE, KIOSK_STYLE):
        rules = dict(style.style_rules)
        assert rules["urgent"] not in (rules["emergency"], rules["answer"])


# Normalization (issue 9 item 5): invisible characters cannot hide an emergency.

FORMAT_CHARACTERS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202a", "\u2066", "\u180e"]
PHRASES = ["I can't breathe", "kill myself", "my chest hurts", "I took too many pills", "my throat is closing"]


@settings(max_examples=200, deadline=None)
@given(
    phrase=st.sampled_from(PHRASES),
    inserts=st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(FORMAT_CHARACTERS)), min_size=1, max_size=6),
)
def test_format_characters_inside_an_emergency_never_hide_it(phrase, inserts):
    text = phrase
    for position, char in inserts:
        spot = position % (len(text) + 1)
        text = text[:spot] + char + text[spot:]
    assert TRIAGE.assess(text).tier == "emergency", repr(text)


def test_a_hidden_joiner_cannot_hide_an_emergency_from_the_whole_bot(bot):
    for text in ("I can't bre\u200dathe", "kill\u200d myself", "ki\u00adll my\u200bself", "su\u2060icidal"):
        assert bot.ask(text).kind == "emergency", repr(text)


def test_look_alike_quotes_dashes_and_wide_letters_are_folded(bot):
    for text in (
        "I can\u2019t breathe",
        "I can\u02bct breathe",
        "\uff29 \uff43\uff41\uff4e't breathe",
        "self\u2013harm",
    ):
        assert bot.ask(text).kind == "emergency", repr(text)


# The rule table itself.

TRIAGE = Bot.load().triage  # the general table as the packaged bank uses it (its names: HO, FOP ...)


def test_the_table_names_its_sources_and_every_rule_has_signs_and_a_tier():
    rules = TRIAGE.rules
    assert len(rules.sources) >= 10 and all(source.get("url") for source in rules.sources)
    covered = {name for source in rules.sources for name in source.get("covers", ())}
    assert {rule.name for rule in rules.rules} <= covered, "every rule needs a source"
    tiers = {rule.tier for rule in rules.rules}
    assert tiers == {"emergency", "urgent", "routine"}


def test_a_broken_table_is_refused_with_every_problem():
    document = {
        "emergency_number": "",
        "wording": {"emergency": "call {emergency_number}"},
        "rules": [{"name": "x", "tier": "soon", "signs": ["a"]}, {"name": "y", "tier": "urgent", "context": ["moon"]}],
    }
    with pytest.raises(BankError) as caught:
        rules_from_document(document)
    text = str(caught.value)
    for expected in ("emergency_number", "'urgent'", "tier must be one of", "needs signs", "sources"):
        assert expected in text


def test_a_rule_with_a_context_needs_it():
    assert TRIAGE.assess("I have a bad headache").tier == "routine"
    assert TRIAGE.assess("I have a bad headache and I'm on warfarin").tier == "urgent"


def test_the_json_copy_of_the_table_is_fresh_and_the_same():
    import yaml

    with open(GENERAL_TRIAGE, encoding="utf-8") as handle:
        parsed = yaml.safe_load(handle)
    assert Path(cache_path(GENERAL_TRIAGE)).is_file(), "run: python -m chatbot.bank.refresh"
    assert read_triage_document(GENERAL_TRIAGE) == parsed, "run: python -m chatbot.bank.refresh"


def test_a_stale_json_copy_is_ignored(tmp_path):
    from chatbot.safety.triage_file import write_triage_cache

    table = tmp_path / "triage.yaml"
    table.write_text(Path(GENERAL_TRIAGE).read_text(encoding="utf-8"), encoding="utf-8")
    write_triage_cache(str(table))
    table.write_text(table.read_text(encoding="utf-8").replace("911 (US)", "811 (US)"), encoding="utf-8")
    rules = rules_from_document(read_triage_document(str(table)))
    assert rules.emergency_number.startswith("811")


def test_checking_a_message_is_cheap():
    triage = Triage(TRIAGE.rules)
    messages = [
        "what are the symptoms of HO after a hip replacement in my dad",
        "My dad had his hip replaced in March and now there is a hard lump by the scar. What tests will they do?",
        "my calf is swollen after hip surgery, should I go to the hospital?",
    ]
    # This process's own CPU time, best of three rounds: other work on a shared machine (a CI runner, the
    # rest of the suite in parallel) slows the wall clock, not the work this check does.
    rounds = []
    for _ in range(3):
        start = time.process_time()
        for _ in range(100):
            for message in messages:
                triage.assess(message)
        rounds.append((time.process_time() - start) / 300)
    # About 0.4 ms here since rules are read only when a message makes one of their signs whole (round 28); CI's
    # runner measured 1.04 ms before that, which failed this bar.
    assert min(rounds) < 0.001


# The development set.


@pytest.mark.parametrize(("name", "size"), [("triage-dev.yaml", 900), ("triage-dev2.yaml", 300)])
def test_the_development_sets_meet_the_targets(bot, name, size):
    # triage-dev2.yaml was written by someone else, for tuning in round 2.
    report = evaluate(bot, DATA / name)
    figures = report.triage_figures()
    assert figures["cases"] >= size
    assert figures["recall"]["emergency"] == 1.0, report.text()
    assert figures["recall"]["urgent"] >= 0.95 and figures["urgent_scored_routine"] == 0, report.text()
    assert figures["false_emergencies"] == 0 and figures["false_urgent_rate"] <= 0.02, report.text()


def test_eval_prints_a_confusion_matrix_for_tier_cases(tmp_path):
    path = tmp_path / "tiers.yaml"
    path.write_text(
        "cases:\n"
        "  - {q: chest pain, tier: emergency, tags: [chest]}\n"
        "  - {q: what is HO, tier: urgent, tags: [chest]}\n"
        "  - {q: what is HO, tier: routine}\n"
    )
    out = run_cli("eval", str(path)).stdout.decode()
    assert "emergency recall:        100.0%" in out
    assert "urgent recall:           0.0%" in out
    assert "urgent scored routine:   1" in out
    assert "chest                  50.0%" in out


def test_one_slip_inside_a_long_sign_word_is_forgiven_but_a_different_ending_is_not():
    assert TRIAGE.assess("he is unconsciuos").tier == "emergency"  # two letters swapped
    assert TRIAGE.assess("my calf is swolen and red after my operaton").tier == "urgent"  # letters dropped
    assert TRIAGE.assess("sudenly cant feel my leg").tier == "emergency"
    # "collapse" is not a slip of "collapsed": a different word, and not a red flag here.
    assert TRIAGE.assess("will the old bone collapse").tier == "routine"


def test_a_sign_said_to_be_absent_is_no_sign():
    assert TRIAGE.assess("no chest pain, I just wanted to ask about HO").tier == "routine"
    assert (
        TRIAGE.assess("my leg is swollen after surgery, breathing is fine").tier == "urgent"
    )  # not a clot in the lung
    assert TRIAGE.assess("my leg is swollen after surgery and I am short of breath").tier == "emergency"
    # Negation words that are part of a sign never cancel it.
    assert TRIAGE.assess("he is not breathing").tier == "emergency"
    assert TRIAGE.assess("I have no feeling in my leg").tier == "emergency"


def test_a_frame_inside_a_condition_or_a_question_is_not_a_statement():
    assert TRIAGE.assess("what happens if I get a blood clot after my op").tier == "routine"
    assert TRIAGE.assess("I get chest pain when I climb stairs").tier == "emergency"


def test_a_bare_no_in_the_table_is_refused_not_read_as_false():
    document = read_triage_document(GENERAL_TRIAGE)
    document["time_frame"]["negation_before"] = [False, "without"]
    with pytest.raises(BankError, match="put quotes around"):
        rules_from_document(document)


# Round 2: mechanisms that carry to wordings the table has never seen.


def test_a_negation_runs_along_a_list_of_signs_but_stops_at_other_words():
    assert TRIAGE.assess("calf is tender and swollen after my op. no chest pain or breathlessness").tier == "urgent"
    assert TRIAGE.assess("banged my head, on warfarin, feel fine, not sick or sleepy").tier == "urgent"
    assert TRIAGE.assess("I don't feel breathless or anything, just wondering about flying").tier == "routine"
    assert TRIAGE.assess("my calf isn't swollen or sore, I just want to know about stockings").tier == "routine"
    # Any other word ends it: the chest pain is told, not denied.
    assert TRIAGE.assess("I have no idea why my chest hurts so much right now").tier == "emergency"
    assert TRIAGE.assess("no fever, but I'm coughing up blood").tier == "emergency"
    assert TRIAGE.assess("no fever, coughing up blood").tier == "emergency"  # a comma ends it
    assert TRIAGE.assess("no fever and a swollen calf after my op").tier == "urgent"  # so does "and"


def test_figures_of_speech_are_no_signs():
    for text in (
        "took my breath away how fast the recovery went",
        "I'm dying to know when I can drive",
        "I nearly killed myself laughing at the physio",
        "nearly fainted at the sight of my xray lol",
        "I overdosed on netflix this weekend",
        "I took an overdose of cheese at christmas haha",
        "this heat is suffocating",
    ):
        assert TRIAGE.assess(text).tier == "routine", text
    # The same words about a medicine, or about oneself, are signs.
    assert TRIAGE.assess("my brother overdosed on his methadone").tier == "emergency"
    assert TRIAGE.assess("I'm suffocating, I can't get air in").tier == "emergency"


def test_the_tier_line_follows_nhs_111_urgent_unless_emergency_signs():
    assert TRIAGE.assess("my hip popped out, the foot is warm and pink").tier == "urgent"
    assert TRIAGE.assess("my hip popped out and my foot is cold and blue").tier == "emergency"
    assert TRIAGE.assess("knocked my head on the door, on apixaban, feel normal").tier == "urgent"
    assert TRIAGE.assess("knocked my head on the door, on apixaban, now being sick").tier == "emergency"
    assert TRIAGE.assess("my 6 week old has a temperature of 38.2").tier == "urgent"
    assert TRIAGE.assess("my 6 week old has a temperature of 38.2 and is floppy").tier == "emergency"


def test_time_frames_beyond_the_word_lists():
    # A condition with a change that may come, against a state now.
    assert TRIAGE.assess("should I go to A&E if my calf swells?").tier == "routine"
    assert TRIAGE.assess("is it a blood clot if my calf is swollen and red?").tier == "urgent"
    assert TRIAGE.assess("Should I call 999 if I get chest pain after surgery?").tier == "routine"
    assert TRIAGE.assess("can HO make my leg swell?").tier == "routine"
    # Long-standing or gone again, even after "I've had" or "my".
    assert TRIAGE.assess("I've had chest pain on and off for years, it's muscular").tier == "routine"
    assert TRIAGE.assess("my legs were numb after the spinal anaesthetic but it wore off").tier == "routine"
    # Gone again, but not for an event: a knock or an overdose is not undone by feeling fine.
    assert TRIAGE.assess("I had chest pain last week but I'm fine now").tier == "routine"
    assert TRIAGE.assess("hit my head but I'm fine now, on warfarin").tier == "urgent"
    assert TRIAGE.assess("took 20 paracetamol but I feel fine now").tier == "emergency"
    assert TRIAGE.assess("my foot is freezing and blue and its gone totally numb").tier == "emergency"
    # An adult's fever is urgent from 39, or with shivers; after surgery or in a child from 38.
    assert TRIAGE.assess("I have a fever of 38.5").tier == "routine"
    assert TRIAGE.assess("I have a fever of 39.2").tier == "urgent"
    assert TRIAGE.assess("temp 38.4 and shivering").tier == "urgent"
    # Recent days are now.
    assert TRIAGE.assess("outside of my thigh feels numb since surgery three days ago").tier == "urgent"


def test_one_general_question_about_no_one_is_a_mention_but_a_pointing_one_is_not():
    assert TRIAGE.assess("is chest pain after hip surgery normal?").tier == "routine"
    assert TRIAGE.assess("is this a heart attack?").tier == "emergency"
    assert TRIAGE.assess("is he having a stroke?").tier == "emergency"
    assert TRIAGE.assess("chest pain?").tier == "emergency"
    assert TRIAGE.assess("is it normal? chest pain and sweating").tier == "emergency"  # two sentences


def test_numbers_plurals_and_short_typos():
    assert TRIAGE.assess("running a fever of 101F after my op").tier == "urgent"
    assert TRIAGE.assess("temp 39.5c and shivering").tier == "urgent"
    assert TRIAGE.assess("took 30 paracetamols").tier == "emergency"  # a plural the table does not list
    assert TRIAGE.assess("my son said he wants to die").tier == "emergency"  # a verb in -s
    assert TRIAGE.assess("i think im having a strok").tier == "emergency"  # a final e left off
    assert TRIAGE.assess("we had a day at the beach").tier == "routine"  # a real word, not "bleach"
    assert TRIAGE.assess("my 2yo swallowed some of my tablets").tier == "emergency"
    assert TRIAGE.assess("took 4 paracetamol today").tier == "routine"


def test_word_groups_are_shared_and_an_unknown_group_is_refused():
    document = read_triage_document(GENERAL_TRIAGE)
    rules = rules_from_document(document)
    assert rules.figures and "or" in rules.negation_joiners
    broken = json.loads(json.dumps(document))
    broken["rules"][0]["signs"].append([["@no_such_group"], ["pain"]])
    with pytest.raises(BankError, match="unknown word group '@no_such_group'"):
        rules_from_document(broken)


def test_overdoses_said_in_many_ways_and_a_past_time_outweighs_i_took():
    for text in (
        "took more than I should of my tramadol, like 10",
        "I took 3 days worth of tablets at once",
        "I think I overdid the oxycodone",
        "I OD'd on my sleeping pills",
        "chucked a load of pills down me",
        "I'm thinking about taking all my pills tonight",
    ):
        assert TRIAGE.assess(text).tier == "emergency", text
    assert TRIAGE.assess("I overdid the exercise yesterday").tier == "routine"
    assert TRIAGE.assess("I took more than I should of my painkillers in 2015").tier == "routine"
    assert TRIAGE.assess("I've had chest pain since 2015, it's muscular").tier == "routine"
    assert TRIAGE.assess("I've had chest pain since my knee replacement 2 weeks ago").tier == "emergency"


def test_a_child_with_a_fever_and_any_rash_is_an_emergency():
    assert TRIAGE.assess("my son has a fever and a rash").tier == "emergency"
    assert TRIAGE.assess("my son has a fever but is playing").tier == "urgent"
    assert TRIAGE.assess("my baby feels hot").tier == "urgent"


def test_indirect_lay_descriptions_of_emergencies():
    for text in (
        "feels like an elephant sitting on me",
        "feels like a car is parked on my chest",
        "he's talking gibberish",
        "thunderclap headache just now",
        "sudden severe headache and being sick and neck stiff",
        "I don't want to live anymore",
        "I just want it all to end",
        "my toes are blue and cold and I can't feel them",
        "I can't feel when I wipe and my legs are weak",
        "I'm a T5 para and my head is throbbing and my face is flushed",
        "my poo has gone black like tar and I'm on apixaban",
    ):
        assert TRIAGE.assess(text).tier == "emergency", text
    assert TRIAGE.assess("I want this waiting to end").tier == "routine"


def test_an_s_that_stands_for_is_or_has_is_not_a_plural():
    assert TRIAGE.assess("his leg's been numb since the op").tier == "urgent"  # one leg, not both
    assert TRIAGE.assess("his legs are numb and weak").tier == "emergency"
    assert TRIAGE.assess("mum's face has dropped").tier == "emergency"  # a possessive stays one


# Round 3: mechanisms for wordings nobody here wrote.


def test_a_word_that_is_no_english_word_is_read_as_the_sign_word_one_slip_away():
    # Short sign words too, and a slip anywhere in the word, as long as the word is not English.
    assert TRIAGE.assess("my wond is red and hot after the op").tier == "urgent"  # a letter left out
    assert TRIAGE.assess("crushing pain in my cest").tier == "emergency"  # chest before test: likelier slip
    assert TRIAGE.assess("hit my haed and I'm on warfarin").tier == "urgent"  # swapped: head, not had
    assert TRIAGE.assess("my caf is hot and swollen").tier == "urgent"  # three letters: only a letter left out
    assert TRIAGE.assess("bolod in my wee and I'm on warfarin").tier == "urgent"
    # A real English word is never changed into a sign word, however close: "pan", "pin".
    assert TRIAGE.assess("my pan is getting worse since the op").tier == "routine"
    # Abbreviations that are no slip of a table word stay as they are.
    assert TRIAGE.assess("pls thx btw what is HO").tier == "routine"


def test_a_slip_in_a_question_word_keeps_the_question_general():
    assert TRIAGE.assess("waht is a DVT?").tier == "routine"
    assert TRIAGE.assess("my legs were numb after the spinal anaesthetic but it wroe off").tier == "routine"


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("temp 38,5 after", "temp 38c after"),  # a decimal comma
        ("101.3F since", "101f since"),
        ("temp is 101.3 F", "temp is 101f"),
        ("39 degrees and shaking", "39c and shaking"),
        ("39°C and chills", "39c and chills"),
        ("a temp of thirty nine", "a temp of 39"),
        ("thirty eight point five", "38c"),
        ("a hundred and two", "102"),
        ("at 10.30 I took 12", "at 10.30 I took 12"),  # a time, not a temperature
        ("38 cats", "38 cats"),
    ],
)
def test_numbers_are_read_in_the_forms_people_write_them(text, reading):
    from chatbot.safety.triage_numbers import read_numbers

    assert read_numbers(text) == reading


# Letters a case-blind pattern takes for ASCII ones though lower() keeps them apart: a dotless i, a long s, a
# Kelvin sign, a dotted capital I.
LOOK_ALIKES = {"i": "\u0131", "s": "\u017f", "k": "\u212a", "I": "\u0130"}


@given(
    st.lists(st.sampled_from(["thirty", "nine", "six", "a hundred and", "point", "seven", "3", "38", " "]), max_size=8),
    st.sets(st.sampled_from(sorted(LOOK_ALIKES))),
)
def test_number_words_typed_with_look_alike_letters_never_crash_the_reading(parts, swapped):
    from chatbot.safety.triage_numbers import read_numbers

    text = " ".join(parts)
    for letter in swapped:
        text = text.replace(letter, LOOK_ALIKES[letter])
    assert isinstance(read_numbers(text), str)


def test_a_temperature_typed_with_a_dotless_i_is_still_read():
    from chatbot.safety.triage_numbers import read_numbers

    assert read_numbers("temp th\u0131rty nine for 3 days") == "temp 39 for 3 days"
    assert TRIAGE.assess("temp th\u0131rty nine for 3 days since my hip op").tier == "urgent"


def test_a_temperature_in_any_form_is_a_temperature_and_an_age_or_a_count_is_not():
    for text in (
        "temp 38,5 after my hip op",
        "101.3F since my knee replacement",
        "a temp of thirty nine and shivering",
        "my temp is 39,2 and I have rigors",
        "I'm running 39",
    ):
        assert TRIAGE.assess(text).tier == "urgent", text
    for text in (
        "my surgery was 39 days ago, when can I drive?",
        "I'm 40 and had a hip replacement, how likely is HO?",
        "aged 38, hip replaced in May, what exercises help?",
    ):
        assert TRIAGE.assess(text).tier == "routine", text


def test_a_normal_reading_says_the_fever_is_absent():
    assert TRIAGE.assess("my temperature is 37.2 after surgery, is that normal?").tier == "routine"
    assert TRIAGE.assess("my temperature is 38.4 after surgery").tier == "urgent"


def test_shared_lay_word_groups_reach_every_rule_that_uses_them():
    # A fall told in any words, with a leg that cannot carry the person (word groups @fall x @cant_walk).
    for text in (
        "took a tumble in the garden and now I can't stand on it",
        "my leg buckled under me and I can't get up",
        "went flying on the stairs and can't put any weight on my leg",
    ):
        assert TRIAGE.assess(text).tier == "urgent", text
    # A wound that leaks, told in lay words (@wound x @wound_leak), where the wound is named many ways.
    for text in (
        "my wound is seeping since the op",
        "the op site is gooey and smells",
        "where they cut me is leaking yellow stuff",
    ):
        assert TRIAGE.assess(text).tier == "urgent", text
    # A severe pain after surgery in any of the words for severe (@severe).
    assert TRIAGE.assess("massive pain in my hip since the op").tier == "urgent"
    # The chest in lay words (@chest).
    assert TRIAGE.assess("my breastbone feels like it's being crushed").tier == "emergency"


def test_a_list_of_signs_to_look_out_for_is_no_sign_across_its_commas():
    text = "the nurse told me to watch for a fever, redness, swelling or pus, what else?"
    assert TRIAGE.assess(text).tier == "routine"
    # A sign happening now in the same message still counts.
    assert TRIAGE.assess("I was told to look out for pus. My wound is oozing pus now").tier == "urgent"


def test_a_sign_that_has_healed_or_was_checked_and_found_harmless_is_a_mention():
    for text in (
        "my wound wept a bit in the first week but it's healed now, could that lead to HO?",
        "my calf was tight after the op but the physio said it was muscle, can HO be in the calf?",
        "my scar is a bit pink but it's healing nicely, is that normal?",
    ):
        assert TRIAGE.assess(text).tier == "routine", text
    assert TRIAGE.assess("my calf is tight and hot after the op").tier == "urgent"


def test_a_swelling_that_comes_with_the_days_activity_is_a_pattern_not_a_red_flag():
    assert TRIAGE.assess("my ankle gets a bit swollen by the end of the day, is that HO?").tier == "routine"
    assert TRIAGE.assess("my ankle is swollen since yesterday and hot").tier == "urgent"


def test_a_story_closed_later_in_its_sentence_is_a_mention():
    # "Resolved" reaches across the commas of its sentence: the wound leaked, then a nurse said it was fine.
    text = "after my op the wound was leaking for a day, the nurse said it was fine, is HO linked to wound problems?"
    assert TRIAGE.assess(text).tier == "routine"
    text = "my calf swelled after my last operation but that was years ago, could HO be in my calf?"
    assert TRIAGE.assess(text).tier == "routine"
    # A carer's past ("my husband was ...") is a past, as "he was" is.
    text = "my husband was unconscious for two weeks after his brain injury, is he at risk of HO?"
    assert TRIAGE.assess(text).tier == "routine"
    # But a new sentence about now is read on its own.
    assert TRIAGE.assess("My wound leaked last week but that settled. Now it is oozing pus again").tier == "urgent"


def test_an_operation_named_in_lay_words_is_after_surgery():
    assert TRIAGE.assess("massive pain in my hip since this morning, had it replaced in march").tier == "urgent"
    assert TRIAGE.assess("fever since my spinal fusion").tier == "urgent"


def test_a_filler_word_inside_a_phrase_does_not_hide_it():
    assert TRIAGE.assess("I literally cannot breathe").tier == "emergency"
    assert TRIAGE.assess("I can't even feel my legs").tier == "emergency"
    assert TRIAGE.assess("fell in the garden and I can't really walk").tier == "urgent"
    # A filler is only skipped inside a phrase: "so" alone is no sign, and nothing is made up from it.
    assert TRIAGE.assess("I'm so happy my hip is healing").tier == "routine"


def test_slang_word_groups_for_vomiting_and_passing_urine():
    assert TRIAGE.assess("he's spewing blood").tier == "emergency"  # @vomit
    assert TRIAGE.assess("on warfarin and pissing blood").tier == "urgent"  # @pee
    assert TRIAGE.assess("took a shedload of pills").tier == "emergency"


def test_asking_what_to_do_is_about_now_unless_it_asks_about_an_if():
    assert TRIAGE.assess("my calf is swollen after surgery, should I call someone?").tier == "urgent"
    assert TRIAGE.assess("if my calf gets swollen after surgery should I call someone?").tier == "routine"
    assert TRIAGE.assess("what should I do if I'm on warfarin and hit my head?").tier == "routine"
    assert TRIAGE.assess("I'm on warfarin and hit my head, what should I do?").tier == "urgent"


def test_a_recurring_pattern_is_no_new_red_flag_but_breathing_trouble_at_night_still_is():
    assert TRIAGE.assess("my ankles swell in hot weather, is it HO?").tier == "routine"
    assert TRIAGE.assess("my thigh has been numb around the scar for months, is that usual?").tier == "routine"
    assert TRIAGE.assess("my father has trouble breathing at night").tier == "emergency"


def test_other_forms_of_a_sign_word_are_read_as_the_tables_word():
    assert TRIAGE.assess("my calf throbs and is swollen").tier == "urgent"
    assert TRIAGE.assess("her face drooped all of a sudden").tier == "emergency"
    assert TRIAGE.assess("my leg tingles since the op").tier == "urgent"
    # Every form is read as a word some rule's signs use, and no form is itself a table word.
    signs = {
        word for rule in TRIAGE.rules.rules for sign in rule.signs for group in sign for item in group for word in item
    }
    assert set(TRIAGE.rules.read_as.values()) <= signs
    assert not set(TRIAGE.rules.read_as) & TRIAGE._spelling.known


def test_a_story_across_clauses_is_dated_by_its_opening_not_by_a_comparison_at_its_end():
    text = "I had a nosebleed on warfarin in 2022, it went on for 25 minutes, should I mention it at my check?"
    assert TRIAGE.assess(text).tier == "routine"
    assert TRIAGE.assess("there's a lump on my shin, hard and sore, that was not there a month ago").tier == "urgent"
    # "if I was" is a condition, not a past: the crisis words stay a crisis.
    assert TRIAGE.assess("they would all be better off if I was gone").tier == "emergency"


def test_any_joint_event_with_a_leg_that_cannot_carry_the_person():
    for text in (
        "felt a crack in my knee on the stairs and now I can't take a step",
        "twisted my new hip getting out of the car and it's agony to stand",
        "something clicked in my hip and I can't bear any weight on it",
    ):
        assert TRIAGE.assess(text).tier == "urgent", text


def test_new_numbness_is_urgent_in_an_arm_a_cast_or_when_said_to_be_new():
    assert TRIAGE.assess("my fingers have gone numb since the plaster went on").tier == "urgent"
    assert TRIAGE.assess("tingling in my hand since my shoulder operation").tier == "urgent"
    assert TRIAGE.assess("a new numb patch on my thigh since yesterday").tier == "urgent"
    assert TRIAGE.assess("I've always had a numb patch on my thigh, is it HO?").tier == "routine"


def test_missed_blood_thinner_doses_that_need_advice_today():
    assert TRIAGE.assess("I've missed three days of my rivaroxaban").tier == "urgent"
    assert TRIAGE.assess("ran out of warfarin and the chemist is closed").tier == "urgent"
    assert TRIAGE.assess("can't remember if I took my apixaban, should I take another?").tier == "urgent"
    assert TRIAGE.assess("I missed my warfarin yesterday").tier == "routine"  # one missed tablet
    assert TRIAGE.assess("what happens if I miss a dose of warfarin?").tier == "routine"


def test_passing_no_urine_with_a_fever_or_an_infection_is_sepsis():
    assert TRIAGE.assess("I've got a fever and haven't had a wee since yesterday").tier == "emergency"
    assert TRIAGE.assess("I can't stop shaking and my wound is infected").tier == "emergency"


def test_a_report_without_a_pronoun_is_about_the_person_and_someone_elses_story_is_not():
    assert TRIAGE.assess("had HO surgery on Monday, temp 38.4 tonight").tier == "urgent"
    assert (
        TRIAGE.assess("a man at my gym said his knee replacement came out of joint, is that common?").tier == "routine"
    )
    assert TRIAGE.assess("suppose my new hip came out of the socket, how would it feel?").tier == "routine"


def test_a_temperature_or_breathing_said_to_be_normal_is_no_sign():
    assert TRIAGE.assess("my calf is red and sore since the op, she is breathing normally").tier == "urgent"


def test_a_terse_report_beside_a_question_about_the_condition_is_still_a_report():
    # The condition named in one sentence makes that sentence general, not a report in another one.
    assert TRIAGE.assess("Hi, a question about HO. Swollen hot calf since the op.").tier == "urgent"
    assert TRIAGE.assess("Quick one about HO. cant breathe. Is it genetic?").tier == "emergency"
    assert TRIAGE.assess("Breathing problems with HO?").tier == "routine"


def test_signs_told_in_the_english_of_a_learner():
    for text in (
        "my husband is fall down and not speak, not move",
        "i am thinking to finish my life",
        "my leg no feeling and i cannot make pee",
        "my face one side is down and arm no power",
        "very much blood come from the wound, not stop",
    ):
        assert TRIAGE.assess(text).tier == "emergency", text
    assert TRIAGE.assess("i not make pee since morning").tier == "urgent"
    assert TRIAGE.assess("i take double the warfarin today by error").tier == "urgent"


def test_a_low_oxygen_reading_is_an_emergency_and_a_normal_one_is_not():
    assert TRIAGE.assess("sats 85% on the finger monitor").tier == "emergency"
    assert TRIAGE.assess("my oxygen is 97, is that ok with HO?").tier == "routine"


def test_a_fall_or_a_high_inr_on_a_blood_thinner_needs_care_today_but_falling_asleep_does_not():
    assert TRIAGE.assess("mum is on rivaroxaban and slipped in the bathroom this morning").tier == "urgent"
    assert TRIAGE.assess("on warfarin and my INR came back at 7").tier == "urgent"
    assert TRIAGE.assess("I'm on warfarin and fell asleep on the sofa, is that bad for HO?").tier == "routine"
    assert TRIAGE.assess("what's a normal INR on warfarin?").tier == "routine"


def test_a_lump_said_not_to_have_grown_is_no_growing_lump():
    assert TRIAGE.assess("the lump on my thigh hasn't grown in years, should I worry?").tier == "routine"
    assert TRIAGE.assess("the lump on my thigh has got much bigger").tier == "urgent"


def test_an_old_fall_or_swelling_told_with_its_time_or_its_good_outcome_is_a_mention():
    for text in (
        "a few months back I fell on my new knee but it was fine, can falls trigger HO?",
        "in the early days after surgery my knee was hot and swollen, is that how HO starts?",
        "had a fall six weeks after my op, the x-ray was fine, does a fall make HO worse?",
        "when my dad had his knee done he had a fall at home, he recovered, can that cause HO?",
    ):
        assert TRIAGE.assess(text).tier == "routine", text


def test_fine_before_a_time_is_the_start_of_something_not_its_end():
    assert TRIAGE.assess("mum was fine at lunch and now her face has dropped").tier == "emergency"
    assert TRIAGE.assess("she was fine an hour ago, now her arm is weak and her face droops").tier == "emergency"
    assert TRIAGE.assess("my calf was fine this morning but now it's swollen and hot").tier == "urgent"


def test_a_measured_temperature_or_a_time_now_makes_a_sentence_a_report():
    assert TRIAGE.assess("temp 38.8 and shivery, 4 days after HO excision").tier == "urgent"
    assert TRIAGE.assess("what temperature is a fever after HO surgery?").tier == "routine"


def test_more_lay_descriptions_of_emergencies():
    for text in (
        "heart is going crazy and I feel like I'm going to black out",
        "grandad has indigestion that won't shift, grey and sweating",
        "her asthma pump is not helping and she is struggling",
        "everyone would be happier without me here",
    ):
        assert TRIAGE.assess(text).tier == "emergency", text
    assert TRIAGE.assess("my hip feels like it's going to pop out but it hasn't, is that HO?").tier == "routine"


def test_the_parts_of_a_sign_stay_in_one_story_never_across_a_question():
    # Two questions in one message: no sign is made of words from both.
    assert TRIAGE.assess("The waiting list is killing me. What does a heart attack feel like?").tier == "routine"
    assert TRIAGE.assess("What is the normal INR? I set a timer for 10 minutes.").tier == "routine"
    # A story told over two sentences still holds its sign.
    text = "My father is on warfarin. He fell and hit his head. He is now vomiting and very sleepy."
    assert TRIAGE.assess(text).tier == "emergency"


def test_a_general_question_is_read_as_one_in_a_longer_message():
    assert TRIAGE.assess("What is HO? Is chest pain after hip surgery normal?").tier == "routine"
    assert TRIAGE.assess("What is HO? I have chest pain now.").tier == "emergency"


def test_now_and_then_is_long_standing_but_not_for_thoughts_of_suicide():
    assert TRIAGE.assess("I get pins and needles in my hands sometimes since my op").tier != "emergency"
    assert TRIAGE.assess("I get pins and needles in my hands sometimes, is it HO?").tier == "routine"
    assert TRIAGE.assess("sometimes I think about suicide").tier == "emergency"


def test_clinical_words_a_nurse_or_carer_may_use():
    for text in (
        "dyspnoea at rest since this morning, post op day 5",
        "melaena on warfarin since yesterday",
        "left sided weakness and dysarthria started 20 minutes ago",
        "saddle anaesthesia and urinary retention",
        "febrile, confused and hypotensive after surgery",
    ):
        assert TRIAGE.assess(text).tier == "emergency", text
    for text in (
        "wound dehiscence after my knee replacement",
        "I'm pyrexial at 38.5 after my THR",
        "haematuria on rivaroxaban",
        "paraesthesia in my foot since the op",
    ):
        assert TRIAGE.assess(text).tier == "urgent", text
    assert TRIAGE.assess("what is the risk of VTE after THR?").tier == "routine"


def test_the_table_has_no_key_written_twice():
    # YAML keeps only the last of two equal keys, silently: a word list written twice would lose the first.
    import yaml

    class StrictLoader(yaml.SafeLoader):
        pass

    def no_duplicates(loader, node, deep=False):
        keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
        assert len(keys) == len(set(keys)), sorted({key for key in keys if keys.count(key) > 1})
        return loader.construct_mapping(node, deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicates)
    with open(GENERAL_TRIAGE, encoding="utf-8") as handle:
        yaml.load(handle, Loader=StrictLoader)  # noqa: S506 - a safe loader with one more check


def test_a_plural_the_table_knows_also_counts_as_its_singular():
    assert TRIAGE.assess("pregnant and I've had pains in my tummy all afternoon").tier == "urgent"
    assert TRIAGE.assess("baby's soft spot is bulging and she's very sleepy").tier == "emergency"  # a baby's


def test_pregnancy_is_known_from_its_weeks_and_its_words():
    assert TRIAGE.assess("my waters have broken at 33 weeks").tier == "urgent"
    assert TRIAGE.assess("my baby hasn't kicked all day, I'm 30 weeks").tier == "urgent"


def test_body_part_and_state_combinations_in_many_sentence_shapes():
    # Each body part x state, in several sentence shapes: the word groups carry, not one phrasing.
    shapes = ["my {p} is {s}", "his {p} has gone {s}", "{p} {s} all of a sudden", "mum's {p} went {s} 10 minutes ago"]
    for part, state in (
        ("chest", "really painful"),
        ("breastbone", "crushing"),
        ("smile", "lopsided"),
        ("speech", "mumbly"),
    ):
        for shape in shapes:
            text = shape.format(p=part, s=state)
            assert TRIAGE.assess(text).tier == "emergency", text
    for part, state in (("lower leg", "hot and tight"), ("op site", "seeping"), ("incision", "gaping")):
        for shape in ("my {p} is {s} since the operation", "{p} {s}, had surgery last week"):
            text = shape.format(p=part, s=state)
            assert TRIAGE.assess(text).tier == "urgent", text
    # A leg twisted after a pop is a dislocation (urgent), not a stroke.
    assert TRIAGE.assess("my hip feels like it has popped out and my leg is twisted").tier == "urgent"


def test_a_negation_of_the_next_word_denies_only_that_word():
    assert TRIAGE.assess("my hip hasn't dislocated but it feels stiff, could that be HO?").tier == "routine"
    assert TRIAGE.assess("I didn't hit my head, I'm on warfarin, can I still have HO surgery?").tier == "routine"
    # Not a sign two words on: the bleeding has not stopped.
    assert TRIAGE.assess("my wound hasn't stopped bleeding for an hour").tier == "emergency"


def test_signs_told_with_hasnt():
    assert TRIAGE.assess("she hasn't been breathing properly since lunch").tier == "emergency"
    assert TRIAGE.assess("he hasn't been making sense since he fell").tier == "emergency"
    assert TRIAGE.assess("he hasn't woken up and is floppy").tier == "emergency"
    assert TRIAGE.assess("I haven't been able to pee since the op").tier == "urgent"


def test_im_fine_resolves_an_old_story_but_not_a_sign_beside_otherwise_or_a_claim():
    text = "mum had a fall the week after her hip op but she's fine, is HO more likely?"
    assert TRIAGE.assess(text).tier == "routine"
    assert TRIAGE.assess("my calf is swollen and hot since the op, otherwise I'm fine").tier == "urgent"
    assert TRIAGE.assess("I'm fine in myself but my wound is oozing pus").tier == "urgent"
    assert TRIAGE.assess("my dad has chest pain, he says he's fine").tier == "emergency"


def test_a_sentence_pointing_back_with_a_time_now_makes_the_question_before_it_a_report():
    text = "could my swollen leg be a clot? it's been like this since yesterday, I had my knee done a week ago"
    assert TRIAGE.assess(text).tier == "urgent"
    assert TRIAGE.assess("could a swollen leg be a clot?").tier == "routine"


def test_a_misspelled_sign_is_read_as_the_word_so_its_time_frame_words_meet_it():
    # The table lists no misspelling the slip reader can fix: "atack" is read as "attack", so the chest
    # pain rule's past words ("had a heart attack") see it too.
    assert TRIAGE.assess("my husband had a heart atack and then HO in his hip, why").tier == "routine"
    assert TRIAGE.assess("i think im having a heart atack").tier == "emergency"
    assert TRIAGE.assess("temp 39 and feaver after my hip replacment").tier == "urgent"


def test_autonomic_dysreflexia_without_the_word_headache_and_a_fever_with_a_spinal_cord_injury():
    assert TRIAGE.assess("T6 para, sweating above my injury level and goosebumps, stuffy nose").tier == "emergency"
    assert TRIAGE.assess("I'm paraplegic and I have a fever and my wee smells").tier == "urgent"
    assert TRIAGE.assess("I'm a paraplegic, how common is HO?").tier == "routine"


def test_story_words_that_are_no_red_flag():
    # "in the end" is no "end it"; "seizing up" is stiffness, no seizure.
    text = "They tested my sore thigh for everything and in the end it was HO. Do doctors often miss it?"
    assert TRIAGE.assess(text).tier == "routine"
    assert TRIAGE.assess("my shoulder keeps seizing up in the cold, is it HO?").tier == "routine"
    # "for a while" is long-standing: its "while" is no clause break.
    text = "I've been getting fevers at night for a while, a year after my knee op, is HO a cause of fevers?"
    assert TRIAGE.assess(text).tier == "routine"
    text = "HO was found after I dislocated my shoulder playing rugby, will it keep growing?"
    assert TRIAGE.assess(text).tier == "routine"


def test_a_phrase_does_not_run_across_punctuation():
    # "fine, now" is no "fine now": the wound was fine then, and is gaping now.
    assert TRIAGE.assess("when I was discharged the wound was fine, now it's gaping").tier == "urgent"
    assert TRIAGE.assess("my hip was replaced in 2020; this week it's become hot, red and swollen").tier == "urgent"


def test_a_past_story_happening_again():
    assert TRIAGE.assess("years ago I tried to kill myself and I'm feeling that way again tonight").tier == "emergency"
    assert TRIAGE.assess("years ago I tried to kill myself, now I'm doing well, can HO be treated?").tier == "routine"


def test_everyday_figures_with_red_flag_words():
    for text in (
        "by a stroke of luck they found my HO early",
        "I'm dying my hair, does that affect HO?",
        "I'm fit and healthy apart from HO, can I have surgery?",
        "the suspense is killing me, when will the scan results come?",
    ):
        assert TRIAGE.assess(text).tier == "routine", text


def test_bleeding_under_the_skin_in_the_eye_or_the_spit_on_a_blood_thinner():
    for text in (
        "I'm on apixaban and I keep getting purple patches on my arms",
        "on warfarin and I've got loads of tiny red spots on my legs",
        "on rivaroxaban and there's blood in my spit",
        "the white of my eye has gone bright red and I'm on warfarin",
    ):
        assert TRIAGE.assess(text).tier == "urgent", text
    assert TRIAGE.assess("I have tiny red spots on my legs, is it HO?").tier == "routine"  # no blood thinner


def test_more_ways_to_say_too_much_medicine_or_not_wanting_to_live():
    for text in (
        "my daughter drank a bottle of calpol",
        "mum has had double her morphine twice today and is very sleepy and her breathing is slow",
        "I don't want to be around anymore",
        "I'd rather be dead than live with this pain",
    ):
        assert TRIAGE.assess(text).tier == "emergency", text
    assert TRIAGE.assess("I'd rather die than go back to that hospital haha").tier == "routine"


def test_a_leg_that_cannot_move_after_a_pop_is_a_dislocation_and_without_one_an_emergency():
    assert TRIAGE.assess("my hip went clunk and now I can't move my leg").tier == "urgent"
    assert TRIAGE.assess("I can't move my leg since this morning").tier == "emergency"
    # A cold, blue foot with the dislocation is still an emergency.
    assert TRIAGE.assess("my hip popped out and now my foot is cold and blue").tier == "emergency"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("i took my warfarin twice this morning", "urgent"),
        ("I think I took my blood thinner twice", "urgent"),
        ("I was given my injection twice today", "urgent"),
        # "twice" alone is how often something happened, not a double dose: no medicine is named.
        ("I love a roast and a pint and I've had gout twice now, which foods are the problem?", "routine"),
        ("I'm fit, I run twice a week, why would someone like me get HO?", "routine"),
        ("I had it twice", "routine"),
    ],
)
def test_a_double_dose_names_the_medicine(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Pain that spreads into the jaw or arm is a heart sign; a sore jaw after dental work is not.
        ("crushing pain in my chest going into my jaw", "emergency"),
        ("the pain goes down my left arm and I'm sweating", "emergency"),
        ("I've got a throbbing pain in my jaw 3 days after the op", "routine"),
        ("pain in my left arm from the HO in my elbow", "routine"),
        # A swollen throat or tongue, or a face swelling with a reaction, is an emergency; a face swollen
        # alone is checked today.
        ("my throat is swelling", "emergency"),
        ("bee sting and my face is swelling up", "emergency"),
        ("my lips are swelling up after the antibiotic", "emergency"),
        ("my lips and face are swollen and I'm wheezy", "emergency"),
        ("my face is swollen on one side after the op", "urgent"),
        ("can HO make your face swell?", "routine"),
        # Someone who has not woken is an emergency, whatever else the sentence says.
        ("he went unconscious for the op and still hasn't woken up, 6 hours later", "emergency"),
    ],
)
def test_spreading_pain_and_swelling_signs_are_read_with_what_comes_with_them(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize("text", ["I had my tablets twice this morning", "he had his warfarin twice by mistake"])
def test_a_medicine_had_twice_is_a_double_dose(bot, text):
    assert bot.triage.assess(text).rule == "double-dose"


@pytest.mark.parametrize("text", ["I've had gout twice now", "I have had my hip done twice, will HO come back?"])
def test_an_illness_or_operation_had_twice_is_no_double_dose(bot, text):
    assert bot.triage.assess(text).rule != "double-dose"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A person who goes down and does not answer has collapsed; a swelling that went down has settled.
        ("my wife has gone down in the garden and isn't moving", "emergency"),
        ("grandad went down in the hallway and won't speak to me", "emergency"),
        ("my ankle was puffy after the op but the swelling went down in a week", "routine"),
        ("my knee was hot and swollen last month but it has gone down now", "routine"),
        # A fit or faint described rather than named.
        ("his eyes are rolling back and he's twitching", "emergency"),
        ("my daughter has gone all limp and pale", "emergency"),
        # Air that will not go in; the skin pulling in at the ribs or neck with each breath.
        ("I try to breathe but the air won't go in", "emergency"),
        ("my baby's tummy is sinking in under the ribs with every breath", "emergency"),
        # Coughing up something red is coughing up blood.
        ("I keep coughing up red bits in my phlegm", "emergency"),
        ("she had a cough with pink stuff years ago, can that cause HO?", "routine"),
        # Legs that stop working.
        ("both his legs have stopped working", "emergency"),
        # A leg that looks like something big is a swollen leg.
        ("my calf and ankle are like a tree trunk since the knee op", "urgent"),
        ("his foot has blown up like a sausage", "urgent"),
    ],
)
def test_signs_described_by_what_they_look_like(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A blue tinge round the mouth or lips; breathing hard at rest.
        ("his lips have a blue tinge", "emergency"),
        ("I'm panting while lying still in bed", "emergency"),
        ("she's breathing like she's been running but she's sat in her chair", "emergency"),
        # A racing heart with a faint or breathlessness; about to collapse.
        ("my pulse is racing and I think I'm going to faint", "emergency"),
        ("I feel like I'm going to collapse", "emergency"),
        ("my heart was racing on the first date years ago", "routine"),
        # A face that slips, dribbling from one side, suddenly not understanding speech, weakness out of the blue.
        ("one side of dad's mouth has slid down", "emergency"),
        ("she is drooling from the corner of her mouth", "emergency"),
        ("all of a sudden my wife doesn't understand a word I say", "emergency"),
        ("his left arm went weak out of the blue", "emergency"),
        ("my leg slipped off the footstool", "routine"),
        ("I can't understand what I'm saying in this form, can you explain HO?", "routine"),
        # A throat that feels thick with a reaction.
        ("my throat is thickening up after the wasp sting", "emergency"),
        # A hip that goes out is a dislocation (seen the same day).
        ("I felt my hip go out as I stood up just now", "urgent"),
        # Legs numbed for an operation, or tired after exercise, are no sign.
        ("will they numb my legs with an epidural for the hip op?", "routine"),
        ("my legs are jelly after that gym class", "routine"),
        ("my legs have gone to jelly and I can't get up", "emergency"),
        # Feeling lost below the waist is an emergency when new, not as the history of an old injury.
        ("I suddenly can't feel anything below the waist", "emergency"),
        ("I've had no feeling from the waist down since my accident in 2012, can HO form?", "routine"),
        # A baby that grunts with each breath.
        ("my baby grunts with every breath", "emergency"),
    ],
)
def test_signs_patients_describe_in_their_own_words(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Tablets got ready to take all at once is a crisis.
        ("I've got my tablets ready to take them all tonight", "emergency"),
        # On a blood thinner, blood when spitting or on the pillow is checked today.
        ("on warfarin and there's blood on my pillow this morning", "urgent"),
        # Urine that will not come.
        ("my pee won't come out even though I'm bursting", "urgent"),
        # A swelling that comes with standing all day is a pattern, not a new red flag.
        ("my ankles swell when I'm on my feet, is that the HO?", "routine"),
        # What staff said may happen is no sign now.
        ("the nurse warned me I could feel faint the first time I sit up", "routine"),
        ("they said I might feel sick after the anaesthetic", "routine"),
    ],
)
def test_tablets_got_ready_blood_on_spitting_urine_that_will_not_come_and_what_staff_said(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # Everyday sentences with the words of the described signs above.
        "the physio told me to keep pulling in my tummy muscles",
        "I dropped my phone and it won't move past the lock screen",
        "his eyes rolled back when he laughed at my joke",
        "my hip goes out to the side when I walk, is that the HO?",
        "can I drop my dad off at the side entrance for his op?",
        "is squash good for my heart after a hip replacement?",
        "I'm going grey and sweating at night, is that the menopause?",
    ],
)
def test_everyday_sentences_with_the_words_of_described_signs(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("my chest feels like it's being squashed", "emergency"),
        ("dad has gone a grey colour and is clammy", "emergency"),
        ("her face is dropping on one side", "emergency"),
        ("he has a temperature and keeps nodding off", "emergency"),
        ("high temp and her skin is mottled", "emergency"),
        ("my mum can't talk right all of a sudden", "emergency"),
    ],
)
def test_heart_stroke_and_sepsis_signs_in_lay_words(bot, text, tier):
    assert bot.triage.assess(text).tier == tier, bot.triage.assess(text)
