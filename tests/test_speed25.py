"""Speed work of round 23 (speed25): the triage table's sign reader and at-risk reader walk the phrases only of the
classes whose first stems the message holds. Counts of work, not times (they hold on a busy machine), and every
reading compared with the readers walking every class, as before."""

from pathlib import Path

import pytest
import yaml

from chatbot.safety import at_risk, sign_reader
from chatbot.safety.triage import general_triage

TRIAGE_SET = Path(__file__).parent / "data" / "triage-dev.yaml"


class _Everything:
    """Stands for a class's first stems that every message holds: the reader then walks every class, as it did
    before the gate."""

    def isdisjoint(self, other) -> bool:
        return False


@pytest.fixture(scope="module")
def triage():
    return general_triage()


def _texts() -> list[str]:
    cases = yaml.safe_load(TRIAGE_SET.read_text(encoding="utf-8"))["cases"]
    return [case["q"] for case in cases] + [
        "my calf is distended this morning",
        "her new knee feels heated and reddened after the op",
        "my baby is 7 weeks and has a temperature",
        "I'm 28 weeks pregnant and my ankles are swollen",
        "what is the weather like tomorrow",
    ]


def _readings(triage) -> list[tuple]:
    found = []
    for text in _texts():
        message = triage._read(text)
        found.append((text, sorted(message.found.items()), triage.assess(text)))
    return found


def test_every_reading_is_the_one_the_readers_gave_walking_every_class(triage, monkeypatch):
    gated = _readings(triage)
    reader, risk = triage._reader, triage._at_risk
    monkeypatch.setattr(reader, "_part_firsts", tuple(_Everything() for _ in reader._part_firsts))
    monkeypatch.setattr(reader, "_sign_firsts", tuple(_Everything() for _ in reader._sign_firsts))
    monkeypatch.setattr(reader, "_cue_firsts", tuple(_Everything() for _ in reader._cue_firsts))
    monkeypatch.setattr(risk, "_group_firsts", tuple(_Everything() for _ in risk._group_firsts))
    walked = _readings(triage)
    assert len(gated) > 100
    assert gated == walked


def test_a_message_with_one_sign_walks_few_of_the_sign_readers_classes(triage, monkeypatch):
    reader = triage._reader
    classes = len(reader._parts) + len(reader._signs)
    walks = [0]
    real = sign_reader.SignReader._spans

    def counting(*args, **kwargs):
        walks[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(sign_reader.SignReader, "_spans", staticmethod(counting))
    assessment = triage.assess("my calf is distended this morning")
    assert assessment.rule == "blood-clot-in-leg"  # the classes told are still read
    assert 0 < walks[0] <= 3 < classes  # a part and a sign, of the table's many classes (each was walked before)
    walks[0] = 0
    assert triage.assess("my knee is hot and red after the op").tier == "urgent"
    assert 0 < walks[0] < classes


def test_a_message_with_no_risk_group_word_walks_no_group(triage, monkeypatch):
    walks = [0]
    real = at_risk.find_phrases

    def counting(*args, **kwargs):
        walks[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(at_risk, "find_phrases", counting)
    triage.assess("my baby has a temperature and is floppy")  # a group's first word: that group only
    told = walks[0]
    assert 0 < told < len(triage._at_risk.table.groups)
    walks[0] = 0
    triage.assess("what is the weather like tomorrow")  # no group's first word at all
    assert walks[0] == 0


# The last resort's readings of a question with no subject (`understanding.no_subject`): ranked only when the rule
# that reads them could hold, which the question's own flags decide first.


@pytest.fixture(scope="module")
def bot():
    from chatbot import Bot

    return Bot.load()


def _eval_questions() -> list[str]:
    cases = yaml.safe_load((Path(__file__).parent / "data" / "eval.yaml").read_text(encoding="utf-8"))
    found = [case["q"] for case in cases["cases"] if isinstance(case, dict) and "q" in case]
    assert len(found) > 100
    return found


def test_the_rules_say_no_without_the_flags_the_gates_ask_for(bot):
    from chatbot.understanding import no_subject

    checked = 0
    for question in _eval_questions()[::3]:
        analysis = bot.analyzer.analyze(question)
        for dense in (True, False):
            row = no_subject.readings(
                bot.matcher, bot.analyzer, ("ho",), analysis.tokens, analysis.concepts, dense=dense
            ) or no_subject.readings(
                bot.matcher, bot.analyzer, ("ho",), analysis.tokens, analysis.concepts, dense=not dense
            )
            if row is None:
                continue
            for pronoun in (False, True):
                for about in (False, True):
                    for only_asks in (False, True):
                        flagged = {**row, "pronoun": pronoun, "about": about, "only_asks": only_asks}
                        if not (pronoun and about) or only_asks:
                            assert not no_subject.dense_rule_holds(flagged), question
                        if not pronoun:
                            assert not no_subject.rule_holds(flagged), question
                        checked += 1
    assert checked > 100


def test_a_fallback_with_no_pronoun_ranks_no_subject_readings(bot, monkeypatch):
    from chatbot.understanding import no_subject

    ranked = [0]
    real = no_subject.readings

    def counting(*args, **kwargs):
        ranked[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(no_subject, "readings", counting)
    reply = bot.session().ask("how long does a knee brace last?")
    assert reply.via != "no subject"
    assert ranked[0] == 0
    bot.session().ask("will it stop me moving my arm")  # near miss: "it", about health: the readings are ranked
    assert ranked[0] >= 1
