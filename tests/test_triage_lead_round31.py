"""Round 31 (the lead): two false emergencies found in the engineers' reports. A day of a course told by its number
is no count of tablets, and feeling faint on standing told of someone else is the same-day rule, as told of oneself."""

import pytest


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("I'm on day 5 of my antibiotics and feel a bit sick, is that normal?", "routine"),
        ("week 6 of her chemo and she is so tired", "routine"),
        ("took 5 of my tablets all at once", "emergency"),
        ("swallowed 12 of the paracetamol", "emergency"),
        ("my son took 8 of those pills an hour ago", "emergency"),
        ("5 of the nurses were lovely to me", "routine"),
        ("can you take 6 of the tablets in a day?", "routine"),
        ("I took 8 of my sleeping pills", "emergency"),
        ("my mum feels faint when she stands up", "urgent"),
        ("he feels faint when he stands, three days of diarrhoea", "urgent"),
        ("my dad fainted when he stood up and won't wake", "emergency"),
        ("she feels faint when she stands and her poo is black", "emergency"),
    ],
)
def test_a_course_day_and_faint_on_standing_of_someone_else(bot, message, tier):
    assert bot.triage.assess(message).tier == tier
