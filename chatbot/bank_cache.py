"""`python -m chatbot.bank_cache`: rewrite the pre-parsed copy of the packaged bank after editing `faq/` or `general/`.

The bot works without it (it then parses the YAML, a few milliseconds slower to
start); a test fails while the copy is out of date, so it is never forgotten.
"""

from __future__ import annotations

import sys

from chatbot.bank import COMPILED_BANK, general_layer_dir, load_bank, packaged_bank_dir
from chatbot.bank_files import write_cache
from chatbot.errors import BankError


def main() -> int:
    """Validate the packaged bank and the general layer, then write their compiled copy."""
    try:
        load_bank(packaged_bank_dir())  # as a clinic bank: straight from the YAML, every check run
    except BankError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    fingerprint = write_cache(packaged_bank_dir(), COMPILED_BANK, general=general_layer_dir())
    print(f"wrote {COMPILED_BANK} ({fingerprint[:12]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
