"""Readings of round 16 (issue 9, horeading18): HO questions as other people write them, in our own phrasings.

- "Who usually gets it", "what sort of people get it" ask who is at risk, as "who gets" does (HO vocabulary).
- "Which parts of the body" asks where; "category" is a type; "what on earth is" and "in normal english" only frame.
- The name in the other order ("ossification heterotopic") is HO, never one word of it alone; a total hip
  arthroplasty is a hip replacement; a shoulder or elbow joint replacement is that joint's replacement, never the hip's.
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("who normally gets HO", "who-is-at-risk"),
        ("who typically gets it", "who-is-at-risk"),
        ("which parts of the body can HO affect", "where-in-body"),
        ("what categories of HO are there", "types-of-ho"),
        ("what on earth is heterotopic ossification", "what-is-ho"),
        ("what is ossification heterotopic", "what-is-ho"),
        ("can you explain HO in normal english", "what-is-ho"),
        ("is HO common after a total hip arthroplasty", "hip-replacement"),
        ("can a shoulder joint replacement cause HO", "other-joint-replacement"),
        ("can an elbow joint replacement cause HO", "other-joint-replacement"),
        ("wy is radiation given after surgery for HO", "radiation-therapy"),
        ("is the stiffness in my joint caused by HO", "joint-stiffness"),
        ("how do doctors grade HO", "brooker-scale"),
        ("would steroid tablets help with HO", "medicines-for-ho"),
    ],
)
def test_other_peoples_wording_reaches_its_entry(bot, question, entry):
    assert kind_and_id(bot, question) == ("answer", entry)


@pytest.mark.parametrize(
    "question",
    ["what on earth is the time", "who usually gets the mail", "what categories of films are there"],
)
def test_the_new_phrases_make_no_everyday_question_medical(bot, question):
    assert kind_and_id(bot, question)[0] != "answer"


@pytest.mark.parametrize("joint", ["shoulder", "elbow", "knee"])
def test_another_joint_replacement_is_never_the_hip(bot, joint):
    assert bot.analyzer.analyze(f"{joint} joint replacement").tokens != bot.analyzer.analyze("hip replacement").tokens
    assert kind_and_id(bot, f"can a {joint} joint replacement cause HO")[1] != "hip-replacement"
