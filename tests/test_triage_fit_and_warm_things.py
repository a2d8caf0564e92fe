"""A clinic's everyday words about shoes and soaks raise no alarm; the real signs still do (round 17, lead).

"fitting" tells how shoes or clothes fit, and a warm soak or compress is something one uses: neither is a fit
or a warm limb. A person who "is fitting", or a limb that is warm and swollen, still escalates. And a look dated long
ago ("the scan was clear last year") does not make a sign told now over and done.
"""

import pytest

from chatbot.bot import Bot


@pytest.fixture(scope="module")
def clinic_bot():
    return Bot.load("tests/data/toenail-bank")


@pytest.mark.parametrize(
    "question, kind",
    [
        ("are wide fitting shoes or sandals the best ones to wear", "routine"),
        ("do I need loose fitting socks after the op?", "routine"),
        ("where can I buy well fitting trainers", "routine"),
        ("would a warm foot soak help my sore toe", "routine"),
        ("is a warm compress ok on the nail?", "routine"),
        ("my daughter is fitting and it won't stop", "emergency"),
        ("he has been fitting for 7 minutes", "emergency"),
        ("my foot is warm and swollen since my op on Monday", "urgent"),
        ("would a warm bath help, my calf has been red hot and swollen since my operation", "urgent"),
    ],
)
def test_tier(clinic_bot, question, kind):
    reply = clinic_bot.session().ask(question)
    tier = reply.kind if reply.kind in ("emergency", "urgent") else "routine"
    assert tier == kind, (question, reply.kind, reply.id)


@pytest.mark.parametrize(
    "question, kind",
    [
        # A look dated long ago, told beside a sign now, is old news: the sign keeps its tier.
        ("my calf is swollen and hot, the scan was clear last year", "urgent"),
        ("the wound is red and oozing pus, the x ray was fine years ago", "urgent"),
        # A look with no date, or a sign told in the past, is still over and done.
        ("my calf was swollen and hot, the scan was clear", "routine"),
        ("my calf is swollen and hot, the scan was clear", "routine"),
    ],
)
def test_an_old_look_reaches_no_sign_told_now(question, kind):
    reply = Bot.load().session().ask(question)
    tier = reply.kind if reply.kind in ("emergency", "urgent") else "routine"
    assert tier == kind, (question, reply.kind, reply.id)
