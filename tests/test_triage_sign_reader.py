"""Round 25 reader: a red flag read from general English (chatbot/safety/sign_reader.py, `sign_reader:` in the
triage table). Every sentence here is our own; none is copied from a triage set."""

from __future__ import annotations

import pytest

from chatbot.errors import BankError
from chatbot.safety.sign_reader import ReaderTable, SignReader, part_word, sign_word, table_from
from chatbot.safety.triage import general_document, general_triage, rules_from_document
from chatbot.understanding.text import fold


@pytest.fixture(scope="module")
def triage():
    return general_triage()


def _table():
    return general_document()["sign_reader"]


# Each row of the table, told in words that no rule lists: a stem form, a synonym or a lay name of the part.
ROWS_TOLD_NOW = [
    ("my shin has gone engorged and tender", "blood-clot-in-leg"),
    ("the back of his leg looks enlarged and achy", "blood-clot-in-leg"),
    ("her thigh is thickened and inflamed since yesterday", "blood-clot-in-leg"),
    ("my calf is distended this morning", "blood-clot-in-leg"),
    ("the incision is seeping and reddened, op was last week", "wound-or-joint-infection"),
    ("the staple line has gaped a little since the operation", "wound-or-joint-infection"),
    ("her new knee feels heated and reddened after the op", "wound-or-joint-infection"),
    ("my lips have ballooned after lunch", "face-swelling"),
    ("dad clouted his forehead on the shelf, he is on apixaban", "head-injury-on-blood-thinner"),
    ("i walloped my skull on the loft hatch and i take warfarin", "head-injury-on-blood-thinner"),
    ("the graze on my elbow is discharging and angry", "skin-break-infected"),
    ("the sutures are bloodstained again after my surgery", "wound-bleeding-after-operation"),
]


@pytest.mark.parametrize(("text", "rule"), ROWS_TOLD_NOW)
def test_a_sign_told_in_general_english_reaches_its_rule(triage, text, rule):
    assessment = triage.assess(text)
    assert assessment.rule == rule, text
    assert assessment.tier == "urgent", text


def test_the_briefs_two_wordings_reach_the_same_rule(triage):
    first = triage.assess("my calf has gone fat and hot since the op")
    second = triage.assess("lower leg puffed up and warm, 9 days after my hip")
    assert first.rule == second.rule == "blood-clot-in-leg"
    assert first.tier == second.tier == "urgent"


@pytest.mark.parametrize("form", ["swells", "swelled", "swelling", "swollen", "swolen", "engorged", "enlarged"])
def test_one_sign_in_every_form_and_a_slip(triage, form):
    assert triage.assess(f"my thigh {form} up since this morning").tier == "urgent"


# The rule's own readers still decide how a sign is meant: past, general question, denied, over.
MENTIONS = [
    "my shin was engorged and tender two years ago, it settled",
    "can a thigh become enlarged with a clot?",
    "my thigh is not engorged or tender at all",
    "she clouted her forehead on the shelf when she was a girl, now on warfarin",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_a_reading_told_in_the_past_asked_or_denied_stays_routine(triage, text):
    assert triage.assess(text).tier == "routine", text


# Near misses: a part and a word of a sign that tell no red flag.
NEAR_MISSES = [
    "my calves are enlarged from all the gym work, is that normal?",
    "my calves have got enlarged from all the cycling, is that normal?",
    "heading to the shops, dad on warfarin knocked a mug over",
    "my stitches came out fine, when can I have a blood test?",
    "i have a mouth ulcer that is weeping and red",
    "my head is full of worries and I bumped into my old teacher",
    "my knee feels warm from the heat pad",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_routine(triage, text):
    assert triage.assess(text).tier == "routine", text


def test_a_class_word_cannot_be_typed():
    # The class words ("part:calf") hold a colon, which reading a message folds away: no typed word is one.
    assert ":" not in " ".join(fold("part:calf sign:swollen context:after_surgery").split())


def test_a_word_the_table_knows_is_read_as_typed_not_as_the_triage_spelling_fix(triage):
    # The triage table's own spelling fix reads an unknown word as a table word near it ("clouted" -> "bloated").
    assert triage.assess("mum clouted her temple on the door frame, she is on warfarin").tier == "urgent"


def test_every_row_names_a_known_rule_part_and_sign_and_every_class_its_source():
    raw = _table()
    for key in ("parts", "signs"):
        for entry in raw[key]:
            assert entry.get("source"), entry["name"]
    parts = {entry["name"] for entry in raw["parts"]}
    signs = {entry["name"] for entry in raw["signs"]}
    rules = {rule["name"] for rule in general_document()["rules"]}
    for row in raw["combinations"]:
        assert row["rule"] in rules
        assert row["part"] in parts
        assert set(row["signs"]) | {s for s in row.get("also", []) if not s.startswith("@")} <= signs


def test_a_row_naming_an_unknown_rule_is_a_problem():
    problems = []
    raw = {"parts": [{"name": "calf", "source": "x", "words": ["calf"]}],
           "signs": [{"name": "swollen", "source": "x", "words": ["swollen"]}],
           "combinations": [{"rule": "no-such-rule", "part": "calf", "signs": ["swollen"]}]}
    table_from(raw, problems, "t.yaml", {"blood-clot-in-leg"})
    assert any("unknown rule" in problem.message for problem in problems)


def test_a_class_without_its_source_is_a_problem():
    document = dict(general_document())
    reader = dict(document["sign_reader"])
    reader["parts"] = [*reader["parts"], {"name": "elbowish", "words": ["elbow"]}]
    document["sign_reader"] = reader
    with pytest.raises(BankError):
        rules_from_document(document)


def test_the_reader_adds_class_words_only_beside_a_part_of_a_row():
    raw = {"parts": [{"name": "calf", "source": "x", "words": ["calf"]}],
           "signs": [{"name": "swollen", "source": "x", "words": ["swollen", "puffy"]}],
           "combinations": [{"rule": "r", "part": "calf", "signs": ["swollen"]}]}
    reader = SignReader(table_from(raw, [], "t.yaml", {"r"}))
    words = "my calf is puffy . my face is puffy".split()
    sentence = [0, 0, 0, 0, 0, 1, 1, 1, 1]
    found = reader.read(words, sentence, {})
    assert found[(part_word("calf"),)] == [(1, 2)]
    assert found[(sign_word("swollen"),)] == [(3, 4)]  # not the face's puffiness in the next sentence


def test_no_table_no_reader():
    assert not SignReader(ReaderTable())


def test_a_word_the_table_knows_is_not_fixed_to_another_english_word(triage):
    # "clonked" is in no English list; one slip from it is "cloned", but the table knows it as a knock.
    assert triage.assess("i clonked my temple on the cupboard door and i take rivaroxaban").tier == "urgent"
