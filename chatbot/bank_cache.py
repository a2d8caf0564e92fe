"""`python -m chatbot.bank_cache`: rewrite the pre-parsed copies of the packaged bank, the general layer
and the triage table after editing `faq/` or `general/`.

The bot works without it (it then parses the YAML, a few milliseconds slower to
start); a test fails while the copy is out of date, so it is never forgotten.
"""

from __future__ import annotations

import sys

from chatbot.bank import COMPILED_BANK, general_layer_dir, load_bank, packaged_bank_dir
from chatbot.bank_files import write_cache
from chatbot.errors import BankError
from chatbot.triage import GENERAL_TRIAGE, general_triage
from chatbot.triage_file import write_triage_cache


def main() -> int:
    """Validate the packaged bank and the general layer, then write their compiled copy."""
    try:
        load_bank(packaged_bank_dir())  # as a clinic bank: straight from the YAML, every check run
        general_triage()  # validates the triage table
    except BankError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    fingerprint = write_cache(packaged_bank_dir(), COMPILED_BANK, general=general_layer_dir())
    print(f"wrote {COMPILED_BANK} ({fingerprint[:12]})")
    print(f"wrote {write_triage_cache(GENERAL_TRIAGE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
