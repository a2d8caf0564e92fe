"""British and American spellings of one word meet: a clinic's bank may be written in either."""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot
from chatbot.understanding import english

META = """meta:
  title: Fibroids
  topic: uterine fibroids
  short_name: fibroids
  source: "Fibroids, a bank written for this test"
  reviewed: 2026-01-01
  contact: "the gynaecology clinic"
"""

ENTRIES = (
    (
        "anaesthetic",
        "Will I have a general anaesthetic for fibroid surgery?",
        ["am I asleep for the fibroid operation", "what anaesthetic is used for fibroid surgery"],
        "Most fibroid operations are done while you are asleep. The team will talk you through it first.",
    ),
    (
        "cancer",
        "Are fibroids a kind of tumour?",
        ["can fibroids turn into cancer", "are fibroids tumours"],
        "Fibroids are growths that are not cancer. Very rarely a growth like this is cancer, so new ones are checked.",
    ),
    (
        "heavy-periods",
        "Can fibroids cause heavy periods?",
        ["why are my periods heavier with fibroids", "do fibroids cause bleeding between periods"],
        "Fibroids can make periods heavy or long. Tell the clinic if you feel faint or short of breath.",
    ),
)


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("tumours", "tumors"),
        ("anaesthetic", "anesthetic"),
        ("haemorrhoids", "hemorrhoids"),
        ("oedema", "edema"),
        ("paediatric", "pediatric"),
        ("immunised", "immunized"),
        ("moisturiser", "moisturizer"),
        ("centre", "center"),
        ("behaviour", "behavior"),
        ("diarrhoea", "diarrhea"),
        ("oesophagus", "esophagus"),
    ],
)
def test_two_spellings_of_a_word_have_one_stem(british, american):
    assert english.stem(british) == english.stem(american)
    assert english.stem_many([british, american]) == [english.stem(american)] * 2


@pytest.mark.parametrize("word", ["size", "prize", "hour", "four", "your", "tour", "algae", "toe", "does", "acre"])
def test_words_that_only_look_like_another_spelling_are_left_alone(word):
    assert english.one_spelling(word) == word


def test_an_american_question_meets_a_british_bank(make_bank):
    clinic = Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))
    analyze = clinic.analyzer.analyze
    assert analyze("is a fibroid a tumor").tokens == analyze("is a fibroid a tumour").tokens
    assert set(analyze("anesthetic for fibroid surgery").tokens) <= set(analyze(ENTRIES[0][1]).tokens)
    assert clinic.ask("is a fibroid a tumor").id == "cancer"
    assert clinic.ask("what anesthetic do they use for fibroid surgery").id == "anaesthetic"
