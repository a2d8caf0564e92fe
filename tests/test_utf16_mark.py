"""A UTF-16 byte-order mark counts only when an ASCII character follows it in that byte order (round 28, the lead):
a hostile first line of bytes FF FE FD must not turn a whole JSON-lines stream into one garbled UTF-16 line."""

import pytest

from chatbot.frontends.utf16_input import utf16_encoding


@pytest.mark.parametrize(
    ("start", "encoding"),
    [
        ('\ufeff{"text": "what is it"}\n'.encode("utf-16-le"), "utf-16"),
        ('\ufeff{"text": "what is it"}\n'.encode("utf-16-be"), "utf-16"),
        (b"\xff\xfe", "utf-16"),  # only the mark has come yet
        ('{"text": "hi"}\n'.encode("utf-16-le"), "utf-16-le"),
        (b"\xff\xfe\xfd\n{{{{{{{{", None),
        (b"\xfe\xff\xfd\n{{{{{{{{", None),
        (b'{"text": "hi"}\n', None),
    ],
)
def test_a_mark_counts_only_before_text(start, encoding):
    assert utf16_encoding(start) == encoding
