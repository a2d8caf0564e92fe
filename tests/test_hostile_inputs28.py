"""Round 26 hostile-input hunt (hostile28): what it found in the Python API. The masking and 'pass it on' fixes of the
same hunt are tested in test_masking.py and test_service_requests.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chatbot import BankError, Bot

HEEL = Path(__file__).parent / "data" / "heel-bank"


@pytest.mark.parametrize("path", [os.fsencode(HEEL), HEEL, str(HEEL)])
def test_a_bank_folder_given_as_bytes_or_a_path_object_loads(path):
    # Bot.load(b"...") raised AttributeError ('bytes' object has no attribute 'encode') while naming its cache copy.
    bot = Bot.load(path)
    assert bot.session().ask("what is plantar fasciitis").id == "what-is-plantar-fasciitis"


def test_a_missing_folder_as_bytes_is_a_bank_error():
    with pytest.raises(BankError):
        Bot.load(b"/no/such/bank/folder")
