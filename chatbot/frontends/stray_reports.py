"""Terminal sequences that look like a mouse report but are typed or pasted text: ignored, never a fault.

prompt_toolkit reads ESC [ digits ; ... m or M as a mouse report (SGR mouse mode) whatever sent it, and its own
handler expects three numbers: a colour code in a paste from another terminal ("ESC[31m", "ESC[0m") raised
ValueError. The chat then left its screen to print a traceback (which can quote the person's typing) and waited
for Enter; the kiosk showed "Sorry, something went wrong". Neither turns mouse reporting on, so no real mouse
report ever comes: every one is debris, and is dropped.
"""

from __future__ import annotations

from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.keys import Keys


def ignore_mouse_reports(bindings: KeyBindings) -> KeyBindings:
    """Add to `bindings` a handler that drops every mouse report (for screens without mouse support)."""
    bindings.add(Keys.Vt100MouseEvent, eager=True)(lambda event: None)
    return bindings
