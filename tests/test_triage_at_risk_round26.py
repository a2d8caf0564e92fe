"""Round 26 at-risk: who a message is about and whether that person is at risk (`chatbot/safety/at_risk.py`, the
`at_risk:` table and the rules marked `round 26 at-risk` in `chatbot/general/triage/triage.yaml`), a medicine asked
for a sign named in general (`asking_for_a_remedy` in `message_shape.py`). Every sentence here is our own, none
copied from a triage set; each rule is told once as it catches and once as the near-miss it must leave alone."""

from __future__ import annotations

import pytest

from chatbot.errors import BankError
from chatbot.safety.at_risk import AtRiskReader, table_from
from chatbot.safety.sign_reader import context_word
from chatbot.safety.triage import general_document, general_triage, rules_from_document


@pytest.fixture(scope="module")
def triage():
    return general_triage()


# (message, tier, the rule that decides it, or None for any rule).
CAUGHT = [
    # A young baby by an age told in days, weeks or months, with a temperature.
    ("my 6 week old feels hot and the thermometer said 38.1", "urgent", None),
    ("our son was born nine days ago and has a temperature", "urgent", None),
    ("baby 7 weeks, temp 38 tonight", "urgent", None),
    ("my 8 week old has a temp of 38.2 but is feeding well", "urgent", None),
    # A baby under a year who will not feed, or has fewer wet nappies.
    ("my ten day old has stopped feeding since this morning", "urgent", "baby-under-one-not-feeding"),
    ("our 5 month old has taken less than half her bottles today", "urgent", "baby-under-one-not-feeding"),
    ("my 6wk old keeps refusing the bottle today", "urgent", "baby-under-one-not-feeding"),
    # Chickenpox or measles met by someone at risk.
    ("I'm 18 weeks pregnant and my niece came out in chickenpox after staying with us", "urgent",
     "infection-contact-when-at-risk"),
    ("my wife is expecting twins and sat next to a child with measles at church", "urgent",
     "infection-contact-when-at-risk"),
    ("I'm on chemotherapy and my grandson has come down with chickenpox, he visited on sunday", "urgent",
     "infection-contact-when-at-risk"),
    ("dad takes prednisolone every day and his neighbour has shingles, they had tea together yesterday", "urgent",
     "infection-contact-when-at-risk"),
    ("I'm immunosuppressed after a kidney transplant and there is measles in my daughter's class", "urgent",
     "infection-contact-when-at-risk"),
    # A temperature on chemotherapy, told in everyday words.
    ("having chemo for lymphoma and tonight I've got a temperature", "urgent", "temperature-with-a-weak-immune-system"),
    ("my husband had his spleen removed and now he has a temp and feels awful", "urgent", None),
    # Spotting in pregnancy.
    ("I'm 15 weeks pregnant and there is some brown discharge today", "urgent",
     "bleeding-in-pregnancy-told-as-spotting"),
    ("26 weeks gone and spotting since lunch", "urgent", "bleeding-in-pregnancy-told-as-spotting"),
    # A rash with a temperature in pregnancy (weeks told after "pregnant" are no child's age: not the 999 of a child).
    ("pregnant 14 weeks, came out in a rash today and I have a temperature", "urgent", None),
    # A young baby sick after every feed, or its belly button infected.
    ("our 4 week old has been sick after every feed since last night", "urgent", "young-baby-sick-after-every-feed"),
    ("my 10 day old's belly button is oozing and smells", "urgent", "young-baby-belly-button-infected"),
    # Severe or constant tummy pain with bleeding in pregnancy.
    ("I'm 33 weeks pregnant with constant tummy pain and some bleeding", "emergency",
     "severe-tummy-pain-with-bleeding-in-pregnancy"),
    # A pregnancy told by a condition only a pregnancy has.
    ("I have gestational diabetes and now there is some spotting", "urgent", "bleeding-in-pregnancy-told-as-spotting"),
    # The baby's movements slowed; clots or heavier bleeding after a birth.
    ("I'm 31 weeks and the kicks have slowed down since yesterday", "urgent", "baby-movements-slowed-in-other-words"),
    ("a week after giving birth and the bleeding is getting heavier, with clots like a plum", "urgent",
     "clots-or-heavier-bleeding-after-a-birth"),
]

NEAR_MISSES = [
    # A general question of which medicine to give: no sign told now (the cause of the child-fever false urgent).
    ("What can I give my child for a fever?", "routine"),
    ("what should we give our toddler for a high temperature", "routine"),
    ("what can I give my 3 year old for a fever", "routine"),
    ("is it safe to give ibuprofen to a child with a fever?", "routine"),
    # ... while a sign told now, or a reading, is still a report.
    ("my daughter has a fever, what can I give her?", "urgent"),
    ("what can I give my son for his temperature of 38.6", "urgent"),
    ("can I take ibuprofen for a swollen calf after my hip op?", "urgent"),
    # ... and an emergency sign is never lowered by the ask.
    ("what can I take for crushing chest pain", "emergency"),
    # A child over 3 months with a temperature keeps child-fever's urgent (a step down for a child told well was
    # dropped on the split check); a baby under 3 months told well is still urgent by its own rule.
    ("my 4 year old has a temperature of 38.2 and isn't herself", "urgent"),
    # The age: a child over 3 months is no young baby; weeks of a pregnancy are no child's age.
    ("my 5 month old has a runny nose but is feeding well and smiling", "routine"),
    ("my partner is 33 weeks along and has a rash and a temperature", "urgent"),
    ("I'm 28 weeks and have a rash and a temperature", "urgent"),
    ("born 3 weeks early, she's 2 now and fine, can babies get HO?", "routine"),
    # Feeding: a baby feeding well, an older child off food.
    ("my 7 week old is feeding well and has plenty of wet nappies", "routine"),
    ("my 3 year old isn't feeding himself with a spoon yet", "routine"),
    # Contact: told immune, asked in general, in the past, or no one at risk.
    ("I'm pregnant and my son has chickenpox but I had it as a child", "routine"),
    ("is chickenpox dangerous when you are pregnant?", "routine"),
    ("I had measles in my last pregnancy years ago, is that a risk to this baby?", "routine"),
    ("my son has chickenpox and I'm not pregnant, is he contagious?", "routine"),
    ("my colleague has measles, I'm healthy and had my MMR", "routine"),
    # Steroids that do not lower the defences; chemotherapy finished; a temperature supposed.
    ("I use a steroid inhaler and my nephew has chickenpox", "routine"),
    ("I had chemo years ago and I'm in remission, my grandson has chickenpox", "routine"),
    ("I'm on chemo, what should I do if I get a temperature?", "routine"),
    # Spotting: a nosebleed in pregnancy, spotting asked about before a pregnancy.
    ("30 weeks pregnant and had a small nosebleed, stopped quickly", "routine"),
    ("is spotting normal in early pregnancy?", "routine"),
    ("I'm 9 weeks pregnant and had a bit of spotting on monday, nothing since", "routine"),
    # A rash with no temperature in pregnancy; a baby bringing up a little milk; a belly button asked about.
    ("my 9 week old has a few spots on her cheeks but no temperature and is feeding well", "routine"),
    ("I had a rash and a fever in my last pregnancy, could it happen again?", "routine"),
    ("my 7 week old brings up a little milk after feeds but is gaining weight", "routine"),
    ("my 5 week old's belly button still has a bit of cord, how long until it falls off?", "routine"),
    # Movements asked about, and bleeding after a birth getting lighter.
    ("how many kicks should I feel at 28 weeks, is it normal if they are different at night?", "routine"),
    ("two weeks after the birth, the bleeding is getting lighter and browner", "routine"),
    # Tummy pain in pregnancy without bleeding is no 999 (it stays the same-day rule).
    ("I'm 33 weeks pregnant with constant tummy pain, no bleeding", "urgent"),
]


@pytest.mark.parametrize(("text", "tier", "rule"), CAUGHT)
def test_a_group_at_risk_joined_with_its_sign(triage, text, tier, rule):
    found = triage.assess(text)
    assert found.tier == tier
    if rule:
        assert found.rule == rule


@pytest.mark.parametrize(("text", "tier"), NEAR_MISSES)
def test_the_near_misses_keep_their_tier(triage, text, tier):
    assert triage.assess(text).tier == tier


def _reader():
    rules = general_triage().rules
    return AtRiskReader(
        rules.at_risk,
        child_ages=frozenset(item for item in rules.contexts["child"] if item[0].startswith("<number")),
        pregnancy_items=frozenset(rules.contexts["pregnancy"]),
    )


def _groups_read(text: str) -> set[str]:
    words = text.lower().replace("'", "").split()
    found = _reader().read(words, [0] * len(words), {})
    return {item[0].split(":", 1)[1] for item in found if item[0].startswith("context:")}


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("my 6 week old", {"young_baby", "infant"}),
        ("a ten day old baby", {"young_baby", "infant"}),
        ("born 5 weeks ago", {"young_baby", "infant"}),
        ("my baby is 11 weeks", {"young_baby", "infant"}),
        ("our 8wk old", {"young_baby", "infant"}),
        ("my 3 month old", {"infant"}),  # 3 months is no longer under 3 months
        ("my 4 month old", {"infant"}),
        ("my 13 month old", set()),
        ("born 3 weeks early", set()),
        ("a fever for 3 days", set()),
        ("34 weeks pregnant", {"pregnancy"}),
        ("im in my second trimester", {"pregnancy"}),
        ("i am immunocompromised", {"immune_suppressing_medicine"}),
        ("he has a weakened immune system", {"immune_suppressing_medicine"}),
        ("she had chemo but is in remission now", set()),
        ("on chemo and getting headaches i never used to get", {"immune_suppressing_medicine"}),
        ("on prednisolone", {"on_steroids"}),
        ("a steroid cream for eczema", set()),
    ],
)
def test_the_reader_reads_each_group_from_general_english(text, groups):
    assert _groups_read(text) == groups


def test_weeks_of_a_pregnancy_are_no_childs_age():
    reader = _reader()
    words = "my wife is 30 weeks along".split()
    child_age = next(item for item in reader._child_ages if item[-1] == "weeks")
    found = reader.read(words, [0] * len(words), {child_age: [(3, 5)]})
    assert child_age not in found
    assert (context_word("pregnancy"),) in found


def test_every_group_names_its_source_and_a_known_context():
    document = general_document()
    for group in document["at_risk"]["groups"]:
        assert group.get("source"), group["name"]
    broken = dict(document)
    broken["at_risk"] = {
        "groups": [{"name": "x", "context": "no_such_context", "words": ["x"]}],
        "ages": {"units": {"week": 7}},
    }
    with pytest.raises(BankError) as caught:
        rules_from_document(broken, "triage.yaml")
    problems = " ".join(str(problem) for problem in caught.value.problems)
    assert "name the public source" in problems
    assert "unknown context 'no_such_context'" in problems


def test_the_table_needs_units_as_days():
    problems: list = []
    table_from({"groups": [], "ages": {"units": {"week": "seven"}}}, problems, "t.yaml", {"pregnancy"})
    assert problems
