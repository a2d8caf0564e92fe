"""`python -m chatbot` runs the same command as `chatbot`."""

from chatbot.console import main

main()
