"""`python -m chatbot.bank.refresh`: after an edit of `faq/` or `chatbot/general/`, check them and
rewrite their shipped compiled copies (and the triage table's); a test fails until it is done."""

from __future__ import annotations

import os
import sys

from chatbot.bank.cache import write_copy
from chatbot.bank.files import _parse_all, _read_texts, digest
from chatbot.bank.loader import load_bank
from chatbot.bank.paths import COMPILED_BANK, COMPILED_GENERAL, general_layer_dir, packaged_bank_dir
from chatbot.errors import BankError, BankProblem
from chatbot.safety.triage import GENERAL_TRIAGE, general_triage
from chatbot.safety.triage_file import write_triage_cache


def main() -> int:
    """Validate the packaged bank and the general layer, then rewrite their compiled copies and the triage table's."""
    try:
        load_bank(packaged_bank_dir())  # as a clinic bank: every check run
        general_triage()  # validates the triage table
    except BankError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    for folder, copy in ((packaged_bank_dir(), COMPILED_BANK), (general_layer_dir(), COMPILED_GENERAL)):
        problems: list[BankProblem] = []
        texts = _read_texts(folder, problems)
        documents = _parse_all(texts, problems)
        fingerprint = digest(texts)
        write_copy(copy, fingerprint, documents)
        os.chmod(copy, 0o644)  # shipped with the package: everyone who runs it reads it
        print(f"wrote {copy} ({fingerprint[:12]})")
    print(f"wrote {write_triage_cache(GENERAL_TRIAGE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
