"""Running the full-screen kiosk in a test: keys typed into a pipe, the screen kept in memory."""

from __future__ import annotations

from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from chatbot.frontends.kiosk import Kiosk

EXIT = "\x18\x11"  # Ctrl-X Ctrl-Q, the operator key these tests start the kiosk with


def kiosk_after(bot, typed: str) -> Kiosk:
    """The kiosk after `typed` (keys, "\\r" for Enter) and then the operator's exit key."""
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, ["c-x", "c-q"], terminal_input=keys, terminal_output=DummyOutput())
        keys.send_text(typed + EXIT)
        assert kiosk.run() == 0
    return kiosk


def kiosk_screen(kiosk: Kiosk) -> str:
    """The text the kiosk's conversation pane shows."""
    return "".join(text for _, text in kiosk.state.fragments)
