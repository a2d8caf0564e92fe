"""Round 18 (issue 13, recall): red flags a clinic on another topic meets, and signs told in pieces.

1. The block "Round 18 (any clinic)" of `chatbot/general/triage/triage.yaml`: NHS red flags across body systems
   (an eye after its operation, swelling behind the ear, a spreading sting or one in the mouth, a yellow newborn, a
   child's warning headache, a urine infection in a man or back after antibiotics, a snapped heel tendon, a newborn
   near chickenpox, blisters by the eye, a headache sitting up after a spinal or epidural), and lay wordings added to
   older rules (a migraine worst ever, sight suddenly gone, sudden deafness, no wind with no poo, steroid tablets not
   kept down, psoriasis spread all over, a bone told broken and bent, a burn blister the size of the palm).
2. `follow_up_asks`: a sign's ask ("take it now or skip?") told in the question right after the sentence that
   tells the rest joins the sign; parts of a sign still never cross any other question.
3. A clinic's `triage: checks:` list, reported by `chatbot check`.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each rule
is checked both ways: told now it escalates, a past, supposed or general mention stays routine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chatbot import Bot
from chatbot.frontends.cli import main
from chatbot.safety.triage import GENERAL_TRIAGE
from chatbot.safety.triage_file import read_triage_document

ROUND18_RULES = {
    "eye-painful-or-sight-worse-after-eye-operation",
    "swelling-behind-the-ear-or-ear-pushed-out",
    "bite-or-sting-spreading-or-in-the-mouth",
    "newborn-yellow-and-unwell",
    "child-headache-warning-signs",
    "water-infection-in-a-man-or-back-after-antibiotics",
    "tendon-snapped-at-the-heel",
    "newborn-contact-with-chickenpox",
    "blisters-spreading-near-the-eye",
    "headache-upright-after-spinal-or-epidural",
    "jaw-thigh-or-swallowing-trouble-on-a-bone-medicine",
}

TOLD_NOW = [
    ("after the laser on my eye yesterday it's very painful and red", "urgent"),
    ("had a vitrectomy on friday, today I can hardly see out of that eye", "urgent"),
    ("mum had the eye injection for macular degeneration yesterday and now her eye is throbbing", "urgent"),
    ("two days after my eye operation, the sight in that eye has suddenly gone", "emergency"),
    ("the sight in my good eye suddenly went black an hour ago", "emergency"),
    ("sudden deafness in one ear today", "urgent"),
    ("I went deaf in my right ear this morning", "urgent"),
    ("my ear is sticking out and there's a painful swelling behind it", "urgent"),
    ("behind my son's ear is swollen and red and he has an ear infection", "urgent"),
    ("a wasp sting on my hand and now my whole arm has swollen up", "urgent"),
    ("a bee stung me near my eye and the eyelid is puffy", "urgent"),
    ("bitten by something in the garden and the swelling is bigger than my hand now", "urgent"),
    ("our 5 day old baby is yellow and too sleepy to feed", "urgent"),
    ("my newborn looks yellow and is not feeding well", "urgent"),
    ("my 7 year old's headaches wake her up at night", "urgent"),
    ("my son is 9 and his headache gets worse when he bends down", "urgent"),
    ("I'm a man and it burns when I pee and I'm going all the time", "urgent"),
    ("my dad has burning when he pees and is going a lot", "urgent"),
    ("my water infection came back after the antibiotics finished", "urgent"),
    ("finished my nitrofurantoin course on sunday and the uti is back", "urgent"),
    ("felt like someone kicked me in the back of the ankle playing badminton and now I can't walk on tiptoe", "urgent"),
    ("my 3 week old baby was with her cousin who has chickenpox", "urgent"),
    ("blisters near her eye from her eczema and they're spreading", "urgent"),
    ("the migraine is the worst I've ever had and it came on suddenly", "emergency"),
    ("it's my worst migraine ever and it's not like my usual ones", "emergency"),
    ("I'm on prednisolone and I've been sick twice and brought the tablets back up", "urgent"),
    ("my tummy is swollen and hard and I can't fart or poo", "urgent"),
    ("haven't farted or pooed for 3 days and my belly is bloated and I'm vomiting", "urgent"),
    ("my psoriasis has spread all over and I'm shivering and feel unwell", "urgent"),
    (
        "three days after my epidural for the birth, I get a splitting headache whenever I stand up, fine lying flat",
        "urgent",
    ),
    ("had a lumbar puncture on monday, now my head hurts when I sit up", "urgent"),
    ("I think I've broken my little finger, it's pointing sideways", "urgent"),
    ("scalded my arm with the kettle, the blister is bigger than my palm", "urgent"),
    ("hardly any wee since my operation yesterday and it's dark", "urgent"),
    ("since starting alendronate my jaw aches and a tooth has gone loose", "urgent"),
    ("on alendronic acid, a dull ache in my right thigh started a few weeks ago, no fall", "urgent"),
    ("on risedronate and it hurts when I swallow", "urgent"),
]

MENTIONED = [
    "is it normal for my eye to be a bit gritty after cataract surgery?",
    "how long is recovery after a cataract operation?",
    "my eye was very painful after my cataract op two years ago but it settled",
    "will I have blurry vision after laser eye surgery?",
    "I have a small lump behind my ear that has been there for years",
    "can an ear infection cause swelling behind the ear?",
    "my ears stick out, can that be fixed?",
    "I got stung by a wasp last summer and my whole arm swelled up, should I carry an epipen?",
    "mosquito bites always swell up on me, what cream helps?",
    "my baby had jaundice when she was born, is that linked to eczema?",
    "is newborn jaundice common?",
    "can migraines in children cause vomiting?",
    "what are the signs of a UTI in men?",
    "my husband had a UTI last year, can men get them again?",
    "can UTIs come back after antibiotics?",
    "finished my antibiotics last month and I feel fine now",
    "I heard a pop in my ankle years ago playing football, could that cause heel pain now?",
    "what is an Achilles tendon rupture?",
    "my friend's newborn, should we visit if my son has chickenpox?",
    "can shingles spread to the eye?",
    "I had a cold sore near my eye as a child",
    "what's the worst thing about migraines?",
    "my worst migraine days are around my period",
    "I've had the worst migraines ever since I was a teenager, what preventers are there?",
    "can steroids make you sick?",
    "sudden hearing loss - what causes it?",
    "my psoriasis has spread all over my body over the years, what treatments are there?",
    "can an epidural give you a headache?",
    "I had a spinal for my knee op years ago and had a headache for a week",
    "my toe is crooked, always has been",
    "what does it mean if I'm passing very little urine and it's dark?",
    "can alendronic acid cause jaw problems?",
    "I had a tooth out last year while on alendronate, it healed fine",
    "my hip aches on cold mornings, I've had osteoporosis for years and take alendronic acid",
    "do I need to see the dentist before starting bisphosphonates?",
    "I take alendronate weekly, my knee aches",
]

# A sign's ask told as a question of its own, right after the sentence that tells the rest.
FOLLOW_UP_ASKED = [
    "missed my apixaban dose last night. Do I take 2 this morning?",
    "forgot my rivaroxaban last night. should I take it now?",
    "didn't take my warfarin yesterday. do I double up today?",
    "missed a dose of apixaban this morning. what do I do?",
    "i forgot my edoxaban yesterday. can I still take it?",
    "forgot to give mum her warfarin yesterday. What should we do?",
    "skipped my rivaroxaban this morning. Is it ok to take it tonight?",
]

# ... never across a question that is not such an ask, nor a supposed or past one.
FOLLOW_UP_NOT = [
    "The pain is killing me. What helps heel pain?",
    "What if I forget my apixaban? Should I take two?",
    "I always take my warfarin at 6. What if I miss it, do I double up?",
    "I missed my physio session. What should I do?",
    "My mum forgot her apixaban last year. What should I do if it happens again?",
    "I missed my physio appointment. Should I rebook?",
]

# Context told in one sentence reaches the sign told in the next (these already worked; kept as a guard).
CONTEXT_IN_THE_SENTENCE_BEFORE = [
    ("Had my hip replaced on Monday. My calf hurts. It's hot and red.", "urgent"),
    ("I'm on warfarin. I fell over. Banged my head on the door.", "urgent"),
    ("baby is 10 weeks. temp 38.5 tonight", "urgent"),
    ("My knee replacement was 4 days ago. The wound is leaking pus.", "urgent"),
    ("on apixaban. Fell in the garden. Hit my head on the step", "urgent"),
]


@pytest.mark.parametrize(("text", "tier"), TOLD_NOW + CONTEXT_IN_THE_SENTENCE_BEFORE)
def test_a_red_flag_told_now_escalates(triage_table, text, tier):
    assert triage_table.assess(text).tier == tier, triage_table.assess(text)


@pytest.mark.parametrize("text", MENTIONED + FOLLOW_UP_NOT)
def test_a_mention_stays_routine(triage_table, text):
    assert triage_table.assess(text).tier == "routine", triage_table.assess(text)


@pytest.mark.parametrize("text", FOLLOW_UP_ASKED)
def test_a_missed_dose_asked_about_in_the_next_question_is_same_day(triage_table, text):
    assessment = triage_table.assess(text)
    assert (assessment.tier, assessment.rule) == ("urgent", "missed-blood-thinner-dose")


def test_every_round18_rule_has_an_nhs_source():
    document = read_triage_document(GENERAL_TRIAGE)
    names = {rule["name"] for rule in document["rules"]}
    assert ROUND18_RULES <= names
    assert document.get("follow_up_asks")
    covered: dict[str, list] = {}
    for source in document["sources"]:
        for name in source.get("covers", ()):
            covered.setdefault(name, []).append(source)
    for name in ROUND18_RULES:
        assert covered.get(name), name
        assert all(source["url"].startswith("https://www.nhs.uk/") for source in covered[name]), name


FIXTURE = Path(__file__).parent / "data" / "vasectomy-bank"


@pytest.fixture
def clinic(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "vasectomy-bank"
    shutil.copytree(FIXTURE, folder)
    return folder


def test_check_reports_the_clinics_own_checks(clinic, capsys):
    text = (FIXTURE / "triage.yaml").read_text(encoding="utf-8") + (
        "  checks:\n"
        "    - {q: 'sudden agony in my left ball since 10 minutes ago', tier: emergency}\n"
        "    - {q: 'a week after the snip the wound is oozing pus and I have a fever of 38.6', tier: urgent}\n"
        "    - {q: 'how long before I can cycle after a vasectomy?', tier: routine}\n"
        "    - {q: 'my scrotum aches a little after the snip', tier: urgent}\n"
    )
    (clinic / "triage.yaml").write_text(text, encoding="utf-8")
    assert main(["check", str(clinic)]) == 0
    out = capsys.readouterr().out
    assert "triage checks: 3 of 4 get their tier; of the 3 red flags, 1 caught by this bank's own rules" in out
    assert "triage check 'my scrotum aches a little after the snip' is read as routine, not urgent" in out
    assert Bot.load(clinic).bank.triage_checks[0] == ("sudden agony in my left ball since 10 minutes ago", "emergency")


def test_a_bad_check_is_a_triage_problem_that_never_stops_the_bot(clinic, capsys):
    text = (FIXTURE / "triage.yaml").read_text(encoding="utf-8") + "  checks:\n    - {q: 'my balls hurt', tier: soon}\n"
    (clinic / "triage.yaml").write_text(text, encoding="utf-8")
    bot = Bot.load(clinic)
    assert any("each triage check needs only 'q'" in str(problem) for problem in bot.bank.triage_problems)
    assert bot.triage.assess("sudden agony in my left ball since 10 minutes ago").tier == "emergency"
    assert main(["check", str(clinic)]) == 2
    assert "each triage check needs only 'q'" in capsys.readouterr().err


def test_a_file_with_only_checks_is_read(clinic, capsys):
    (clinic / "triage.yaml").write_text(
        "triage:\n  checks:\n    - {q: 'my left testicle suddenly hurts like hell', tier: emergency}\n",
        encoding="utf-8",
    )
    assert main(["check", str(clinic)]) == 0
    assert "triage checks: 1 of 1 get their tier; of the 1 red flags, 0 caught by this bank's own rules" in (
        capsys.readouterr().out
    )
