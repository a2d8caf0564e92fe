"""`python -m chatbot` runs the same command as `chatbot`."""

from chatbot.cli import entry_point

entry_point()
