"""What the web page needs to know before the first question: every word it shows, from the bank.

The page holds no wording of its own; it asks `GET /api/meta` and shows these
texts with textContent. Nothing here depends on the web server, so it is cheap
to test.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from chatbot.bank.loader import load_bank
from chatbot.bot import Bot
from chatbot.understanding.text import MAX_QUESTION_CHARS

# The bank's `screens` keys only the web page uses. A clinic's own bank may
# leave them out (they are not required by every front end): the packaged
# bank's wording fills the gaps.
WEB_SCREENS = (
    "web_send",
    "web_start_again",
    "web_conversation",
    "web_emergency_label",
    "web_urgent_label",
    "web_call_now",
    "web_error",
    "web_idle_title",
    "web_idle_warning",
    "web_idle_warning_one",
    "web_keep_going",
    "web_no_script",
)
# The longest question the API takes; the engine itself reads only its first
# MAX_QUESTION_CHARS and says so, like every other front end.
MAX_TEXT_CHARS = MAX_QUESTION_CHARS


class KioskTimes(NamedTuple):
    """Seconds without a touch or key before the page warns, and before it wipes itself."""

    idle_seconds: float
    warn_seconds: float


def emergency_number(bot: Bot) -> str:
    """The number the page shows in an emergency: the one set at start, else the bank's."""
    return bot.emergency_number


def web_screens(bot: Bot) -> dict[str, str]:
    """The web-only words, from this bank where it has them, else from the packaged bank."""
    screens = bot.bank.screens
    if all(isinstance(screens.get(key), str) for key in WEB_SCREENS):
        return {key: screens[key] for key in WEB_SCREENS}
    packaged = load_bank(None).screens
    return {key: screens[key] if isinstance(screens.get(key), str) else packaged[key] for key in WEB_SCREENS}


def page_meta(bot: Bot, kiosk: KioskTimes | None = None) -> dict[str, Any]:
    """The JSON of `GET /api/meta`: title, wording, example questions, topics and the emergency number."""
    bank = bot.bank
    screens = bank.screens
    number = emergency_number(bot)
    words = {
        "title": screens["title"],
        "welcome": " ".join(str(screens["welcome"]).split()),
        "notice": str(screens["safety_note"]).replace("{number}", number).strip(),
        "prompt": str(screens["prompt"]).strip().rstrip(":").strip(),
        "you": screens["you"],
        "restarted": screens["restarted"],
        "examples_heading": bank.messages["examples"],
        "follow_ups_heading": bank.messages["follow_ups"],
        "source_prefix": bank.messages["source_prefix"],
        **{key.removeprefix("web_"): " ".join(value.split()) for key, value in web_screens(bot).items()},
    }
    return {
        "title": screens["title"],
        "source": bank.source,
        "reviewed": bank.reviewed,
        "emergency_number": number,
        "max_chars": MAX_TEXT_CHARS,
        "words": words,
        "examples": [s._asdict() for s in bot.suggestions_for(bank.example_ids)],
        "topics": [
            {"name": group.name, "questions": [s._asdict() for s in bot.suggestions_for(group.ids)]}
            for group in bank.topic_groups
        ],
        "kiosk": kiosk._asdict() if kiosk else None,
    }
