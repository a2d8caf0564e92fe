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
    assert Path(cache_path(GENERAL_TRIAGE)).is_file(), "run: python -m chatbot.bank.cache"
    assert read_triage_document(GENERAL_TRIAGE) == parsed, "run: python -m chatbot.bank.cache"


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
    start = time.perf_counter()
    for _ in range(300):
        for message in messages:
            triage.assess(message)
    per_message = (time.perf_counter() - start) / 900
    assert per_message < 0.001  # well under 0.1 ms on a quiet machine; generous for a shared one


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


@pytest.mark.parametrize("text", ["I had my tablets twice this morning", "he had his warfarin twice by mistake"])
def test_a_medicine_had_twice_is_a_double_dose(bot, text):
    assert bot.triage.assess(text).rule == "double-dose"


@pytest.mark.parametrize("text", ["I've had gout twice now", "I have had my hip done twice, will HO come back?"])
def test_an_illness_or_operation_had_twice_is_no_double_dose(bot, text):
    assert bot.triage.assess(text).rule != "double-dose"
