"""`python -m chatbot` runs the same command as `chatbot`."""

from chatbot.frontends.console import main

main()
