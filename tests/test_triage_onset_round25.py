"""Round 25 of the triage table (issue 13), the lead's fix from the round 21 walkthrough: a stroke told as a
change from being well ("my dad was fine then his face drooped") was read as a sign that had passed (urgent), and
"couldn't talk properly" as no sign at all. Data in `chatbot/general/triage/triage.yaml` (`state_before`,
`state_then`, `state_then_next`, and the stroke rule's "couldnt" group), reading in `chatbot/safety/triage.py`
(`state_then`). Every case was written for these tests; each fix stands beside a twin that keeps its tier."""

from __future__ import annotations

import pytest

CASES = [
    # A word of being well, "then" and a new subject: what came before the sign, not its end.
    ("my dad was fine then his face drooped on one side", "emergency"),
    ("mum was okay and then her arm went weak and her face dropped", "emergency"),
    ("grandad was fine then he suddenly couldnt talk properly at dinner", "emergency"),
    ("she was alright but then her speech went slurred", "emergency"),
    # ... twins: "then" meaning "at that time", or after a word that is no state of being well, still ends it.
    ("his face drooped on one side yesterday morning but it was fine then by lunch", "urgent"),
    ("my face felt droopy for a minute this morning, it was fine then, and it's fine now", "urgent"),
    # "couldn't talk properly" with a sudden onset or another sign of a stroke beside it.
    ("my dad suddenly couldnt talk properly", "emergency"),
    ("grandma couldnt speak properly all of a sudden about ten minutes ago", "emergency"),
    # ... twins: alone, it is nerves, a numb mouth or a sore throat.
    ("I couldn't speak properly yesterday at the interview, I was so nervous", "routine"),
    ("i couldnt talk properly after the dentist numbed my mouth", "routine"),
    ("last week I couldnt talk properly because of a sore throat", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_a_change_from_being_well_and_speech_that_would_not_come(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
