"""Where the packaged data lives: the HO bank, the general layer and their compiled copies.

A leaf module (it imports nothing of the package), so the loader and the compiled-copy
code can both use it without importing each other.
"""

from __future__ import annotations

import os

# The package folder (this module is in chatbot/bank/): the packaged data lives there.
_HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The packaged bank and the general layer, pre-parsed (see bank_files); used only while they match the YAML exactly.
COMPILED_BANK = os.path.join(_HERE, "bank_compiled.json")
COMPILED_GENERAL = os.path.join(_HERE, "general_compiled.json")
# The folder of this program's compiled copies inside the user's cache folder.
CACHE_FOLDER_NAME = "ho-faq-chatbot"


# os.path rather than pathlib: pathlib alone adds about 7 ms to every start of `chatbot ask`.
def packaged_bank_dir() -> str:
    """The bank that ships with the package (or, in a source checkout, the repo's `faq/`)."""
    installed = os.path.join(_HERE, "faq")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(_HERE), "faq")


def general_layer_dir() -> str:
    """The general layer under every bank: wording and safety rules for any health topic."""
    return os.path.join(_HERE, "general")


def cache_folder() -> str | None:
    """Where compiled copies (of banks, of the word lists) are kept: the XDG cache folder, as the XDG spec
    defines it. An unset, empty or relative XDG_CACHE_HOME means the default, ~/.cache: a relative one would
    put the copies wherever the program happened to be started.

    None when there is no home folder to put it in (a service account without HOME, say).
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, CACHE_FOLDER_NAME) if os.path.isabs(base) else None
