"""A patient FAQ chatbot: answers from a bank of reviewed questions (the packaged bank is about HO)."""

from chatbot.bank import load_bank
from chatbot.bank_model import Bank, FaqEntry
from chatbot.bot import Bot
from chatbot.errors import BankError, BankProblem, ChatbotError
from chatbot.reply import Reply, Suggestion
from chatbot.session import Session

__version__ = "1.0.0"

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
