"""A clinic bank's own red flags (`triage: rules:` in its folder, see chatbot/safety/bank_triage.py): they fire
for that bank only, read time frames as the general table does, never stop the bot when broken, and an edited
file is picked up through the compiled copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chatbot import Bot
from chatbot.frontends.cli import main
from chatbot.safety.triage import general_triage

FIXTURE = Path(__file__).parent / "data" / "vasectomy-bank"
# Told with "ball", a word the general table leaves out (the ball of the foot, an eyeball): the general table has
# a testicle rule of its own since round 16, so the bank-only rule is shown with the bank's own word.
TORSION = "sudden agony in my left ball, started 20 minutes ago"


@pytest.fixture
def clinic(tmp_path, monkeypatch):
    """A copy of the fixture bank, with a cache folder of its own (compiled copies are written there)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "vasectomy-bank"
    shutil.copytree(FIXTURE, folder)
    return folder


def _rules(folder: Path, text: str) -> None:
    (folder / "triage.yaml").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def bot():
    return Bot.load(FIXTURE)


@pytest.fixture(scope="module")
def ho_bot():
    return Bot.load()


@pytest.mark.parametrize(
    "text",
    [
        TORSION,
        # Round 21: the general table reads "balls" as the testicles (lay_signs, family `testicles`), so these two are
        # told with the singular "ball" it leaves out; "my balls suddenly ..." is the general emergency now
        # (tests/test_triage_lay_signs_round21.py).
        "my ball suddenly started hurting really badly this morning",
        "my husband has sudden severe pain in his left ball, what do we do?",
    ],
)
def test_the_banks_own_emergency_fires_for_that_bank_only(bot, ho_bot, text):
    reply = bot.ask(text)
    assert reply.kind == "emergency", reply
    assert bot.triage.assess(text).rule == "twisted-testicle"
    # The HO bank (and the general table) has no such rule: the same message is no emergency there.
    assert ho_bot.ask(text).kind != "emergency"
    assert general_triage().assess(text).tier != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I had sudden severe pain in my balls last year, can a vasectomy cause that?",
        "what if I get sudden severe pain in a ball after the snip?",
        "years ago my brother had sudden agony in his balls, is that a risk for me?",
    ],
)
def test_a_past_or_hypothetical_mention_does_not_fire(bot, text):
    assessment = bot.triage.assess(text)
    assert assessment.tier == "routine", assessment
    assert assessment.rule == "twisted-testicle" and assessment.informational
    # The reply carries the general layer's one safety line, not an emergency screen.
    reply = bot.ask(text)
    assert reply.kind not in ("emergency", "urgent")
    assert bot.triage.safety_line(assessment, bot.emergency_number) in reply.text


def test_the_banks_own_questions_are_answered(bot):
    for text in ("Is it normal to be sore after a vasectomy?", "my testicles ache after the snip"):
        assert bot.ask(text).kind == "answer"


def test_general_rules_still_work_and_the_reply_wording_is_the_general_layers(clinic):
    meta = (clinic / "entries.yaml").read_text()
    (clinic / "entries.yaml").write_text(
        meta.replace("  reviewed:", '  emergency_number: "000 (Australia)"\n  reviewed:')
    )
    bot = Bot.load(clinic)
    assert bot.ask("crushing chest pain going down my left arm right now").kind == "emergency"
    reply = bot.ask(TORSION)
    assert reply.kind == "emergency" and "000 (Australia)" in reply.text
    assert reply.text == bot.triage.reply_text(bot.triage.assess(TORSION), "000 (Australia)")
    assert reply.text == general_triage().reply_text(
        general_triage().assess("I have crushing chest pain now"), "000 (Australia)"
    )


def test_an_edited_file_is_picked_up_through_the_compiled_copy(clinic, monkeypatch):
    text = "my scrotum has gone black since this morning"
    first = Bot.load(clinic)
    assert first.triage.assess(text).tier != "emergency"
    assert any((clinic.parent / "cache" / "ho-faq-chatbot").iterdir())  # a compiled copy was kept
    rules = (clinic / "triage.yaml").read_text()
    rules = rules.replace(
        "      event: true\n",
        "      event: true\n    - name: scrotum-gone-black\n      tier: emergency\n"
        "      signs: [[[scrotum, testicle], [gone black, turned black]]]\n",
    ).replace("covers: [twisted-testicle]", "covers: [twisted-testicle, scrotum-gone-black]")
    _rules(clinic, rules)
    edited = Bot.load(clinic)
    assert edited.triage.assess(text).tier == "emergency"
    assert edited.triage.assess(text).rule == "scrotum-gone-black"
    # And the copy made from the edited file serves the next start with the new rule.
    monkeypatch.setattr("chatbot.bot.build_index", lambda bank: pytest.fail("the compiled copy was not used"))
    assert Bot.load(clinic).triage.assess(text).rule == "scrotum-gone-black"


BROKEN_RULES = """\
triage:
  rules:
    - name: twisted-testicle
      tier: critical
      signs: [sudden testicle pain]
    - name: misspelt-key
      tier: urgent
      signs: [testicle gone black]
      contxt: [after_surgery]
    - name: chest-pain
      tier: emergency
      signs: [ball]
    - name: bad-phrase
      tier: urgent
      signs: ["<number x> testicles"]
    - name: still-good
      tier: emergency
      signs: [[[sudden, suddenly], [ball, balls], ["@severe"]]]
  sources:
    - name: NHS, Testicle pain
      covers: [twisted-testicle, misspelt-key, chest-pain, bad-phrase, still-good]
"""


def test_a_broken_file_is_reported_by_check_and_never_stops_the_bot(clinic, capsys):
    _rules(clinic, BROKEN_RULES)
    assert main(["check", str(clinic)]) == 2
    err = capsys.readouterr().err
    assert "[twisted-testicle]: tier must be emergency or urgent, not 'critical'" in err
    assert "[misspelt-key]: unknown keys contxt" in err
    assert "[chest-pain]: the general table has a rule of this name" in err
    assert "[bad-phrase signs]: not a word or phrase: '<number x> testicles'" in err
    assert "triage.yaml:3 [twisted-testicle]" in err  # file and line
    # The bot still starts: the broken rules are left out, the sound one and every general rule work.
    bot = Bot.load(clinic)
    left_out = {problem.entry_id.split()[0] for problem in bot.bank.triage_problems}
    assert left_out == {"twisted-testicle", "misspelt-key", "chest-pain", "bad-phrase"}
    assert bot.triage.assess("sudden severe pain in my balls").rule == "still-good"
    assert bot.ask("I can't breathe and my lips are blue").kind == "emergency"
    assert bot.triage.assess("my ball hurts").tier == "routine"  # chest-pain was not replaced
    assert bot.triage.assess("crushing chest pain right now").rule == "chest-pain"
    assert main(["--faq", str(clinic), "ask", "crushing chest pain right now"]) == 0
    out = capsys.readouterr()
    assert "emergency" in out.out.lower() and "run `chatbot check`" in out.err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("triage:\n  rules: [\n", "bad YAML"),
        ("triage:\n  rules:\n    - name: x\n      tier: urgent\n      signs: [testicle]\n", "need 'sources'"),
        ("rules:\n  - name: x\n    tier: urgent\n    signs: [testicle]\n", "go under its 'triage:' section"),
        ("triage:\n  rules: []\n  sources: [{name: NHS}]\n", "'rules' must be a list"),
        (
            "triage:\n  rules:\n    - {name: x, tier: urgent, signs: [testicle]}\n"
            "  sources: [{name: NHS, url: https://www.nhs.uk/, covers: [y]}]\n",
            "[x]: no source covers this rule",
        ),
        (
            "triage:\n  rules:\n    - {name: x, tier: urgent, signs: [[['@testicles'], [black]]]}\n"
            "  sources: [{name: NHS, covers: [x]}]\n",
            "unknown word group @testicles",
        ),
        (
            "triage:\n  rules:\n    - {name: x, tier: urgent, signs: [testicle black], context: after_surgery}\n"
            "  sources: [{name: NHS, covers: [x]}]\n  word_groups: {severe: [bad]}\n",
            "word group 'severe' is the general table's",
        ),
        ("triage: [a, b]\n", "'triage' must be a mapping"),
        (  # tried 2^(groups-1) ways at each place: a sign of many groups could hang the bot on one message
            "triage:\n  rules:\n    - {name: x, tier: urgent, signs: [[" + ", ".join(["[a, b]"] * 30) + "]]}\n"
            "  sources: [{name: NHS, covers: [x]}]\n",
            "[x]: a sign may have at most 6 groups",
        ),
    ],
)
def test_each_kind_of_fault_has_a_clear_message(clinic, capsys, text, message):
    _rules(clinic, text)
    code = main(["check", str(clinic)])
    err = capsys.readouterr().err
    assert code == 2 and message in err, err
    if not text.startswith("triage: ["):  # a triage section of the wrong shape is a fault of the bank itself
        assert Bot.load(clinic).ask("I can't breathe and my lips are blue").kind == "emergency"


def test_check_warns_about_a_red_flag_that_fires_on_the_banks_own_questions(clinic, capsys):
    _rules(
        clinic,
        "triage:\n  rules:\n    - {name: too-broad, tier: urgent, signs: [vasectomy]}\n"
        "  sources: [{name: 'NHS, Vasectomy', covers: [too-broad]}]\n",
    )
    assert main(["check", str(clinic)]) == 0
    out = capsys.readouterr().out
    assert "[too-broad]: false alarm: this red flag fires on" in out
    assert "fires on 2 of the bank's 20 own questions" in out
    assert "[recovery-time] 'when can I go back to work after a vasectomy'" in out
    # The fixture's own rules raise no such warning.
    shutil.copy(FIXTURE / "triage.yaml", clinic / "triage.yaml")
    assert main(["check", str(clinic)]) == 0
    assert "false alarm" not in capsys.readouterr().out


def test_check_warns_about_a_source_that_covers_no_rule(clinic, capsys):
    text = (
        (FIXTURE / "triage.yaml")
        .read_text()
        .replace("covers: [scrotum-swelling-growing]", "covers: [scrotum-swelling-growing, scrotum-swelling]")
    )
    _rules(clinic, text)
    assert main(["check", str(clinic)]) == 0
    out = capsys.readouterr().out
    assert "source 'NHS, Vasectomy (recovery)' covers no rule of this bank named 'scrotum-swelling'" in out
    assert Bot.load(clinic).triage.assess(TORSION).rule == "twisted-testicle"
