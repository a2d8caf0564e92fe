"""A patient FAQ chatbot: answers from a bank of reviewed questions (the packaged bank is about HO).

The public names are imported on first use (PEP 562), so that `import
chatbot.frontends.console` costs almost nothing: the `chatbot` command installs its
signal handlers before the bank, the matcher and their libraries load.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "1.0.0"

_HOMES = {
    "load_bank": "chatbot.bank.loader",
    "Bank": "chatbot.bank.model",
    "FaqEntry": "chatbot.bank.model",
    "Bot": "chatbot.bot",
    "BankError": "chatbot.errors",
    "BankProblem": "chatbot.errors",
    "ChatbotError": "chatbot.errors",
    "Reply": "chatbot.reply",
    "Suggestion": "chatbot.reply",
    "Session": "chatbot.session",
}

__all__ = [
    "Bank",
    "BankError",
    "BankProblem",
    "Bot",
    "ChatbotError",
    "FaqEntry",
    "Reply",
    "Session",
    "Suggestion",
    "__version__",
    "load_bank",
]

if TYPE_CHECKING:  # for type checkers and editors; at run time, __getattr__ below
    from chatbot.bank.loader import load_bank
    from chatbot.bank.model import Bank, FaqEntry
    from chatbot.bot import Bot
    from chatbot.errors import BankError, BankProblem, ChatbotError
    from chatbot.reply import Reply, Suggestion
    from chatbot.session import Session


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'chatbot' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next lookup is an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
