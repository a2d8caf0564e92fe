"""Input saved as UTF-16, told from its first bytes: the piped chat and `serve --stdio` read it as such.

Windows tools save text as UTF-16 (PowerShell's `>`, Notepad's "Unicode", with a byte-order mark) and some export
tools and `iconv -t UTF-16LE` without one. Read as UTF-8, each letter comes with a NUL: "w h a t  i s  H O" in the
chat, and every JSON request line "not valid JSON".
"""

from __future__ import annotations

import io
from typing import IO


def utf16_encoding(start: bytes) -> str | None:
    """The encoding "utf-16" for text that starts with a UTF-16 byte-order mark, "utf-16-le" or "utf-16-be" for English
    text (or JSON) without one, from its first bytes; None for anything else.

    A mark counts only when what follows it starts with a character of the ASCII range in that byte order (or nothing
    has come yet): a hostile first line of bytes such as FF FE FD is then read as the UTF-8 it claims to be, one error
    line, and the good lines after it are still read (read as UTF-16, the whole stream would be one garbled line)."""
    mark, after = start[:2], start[2:4]
    if mark in (b"\xff\xfe", b"\xfe\xff"):
        if len(after) < 2:
            return "utf-16"
        high = after[1] if mark == b"\xff\xfe" else after[0]
        low = after[0] if mark == b"\xff\xfe" else after[1]
        return "utf-16" if high == 0 and 0 < low < 0x80 else None
    return utf16_without_mark(start)


# Bytes enough to tell UTF-16 from UTF-8: a mark and one character, or two characters without a mark.
_BYTES_TO_TELL = 4


def stream_utf16_encoding(source: IO[bytes]) -> tuple[IO[bytes], str | None]:
    """The stream to read from and `utf16_encoding` of its first bytes (None for a stream that cannot be peeked).

    A sender may write its first bytes in pieces (two bytes at a time, one UTF-16 character each): what one peek
    sees was then too little to tell, and the request lines were read as UTF-8, each "not valid JSON". So the first
    bytes are read until there are enough to tell, a line has ended (a short UTF-8 request is answered at once, never
    waits for more) or the input has; what was read is put back in front of the rest, nothing is lost."""
    if not hasattr(source, "peek"):
        return source, None
    start = source.peek(64)[:64]
    if len(start) >= _BYTES_TO_TELL or b"\n" in start or not hasattr(source, "read1"):
        return source, utf16_encoding(start)
    start = b""
    while len(start) < _BYTES_TO_TELL and b"\n" not in start:
        piece = source.read1(_BYTES_TO_TELL - len(start))
        if not piece:
            break
        start += piece
    return io.BufferedReader(_PutBack(start, source)), utf16_encoding(start)


class _PutBack(io.RawIOBase):
    """A byte stream that gives `head` first, then the rest of `source` as it comes (never waiting for more than
    one read of it, so a request line is answered as soon as it is whole)."""

    def __init__(self, head: bytes, source: IO[bytes]):
        self._head, self._source = head, source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size], self._head = self._head[:size], self._head[size:]
            return size
        piece = self._source.read1(len(buffer))
        buffer[: len(piece)] = piece
        return len(piece)


def utf16_without_mark(start: bytes) -> str | None:
    """The encoding "utf-16-le" or "utf-16-be" for English text saved as UTF-16 without its mark, from its first bytes:
    a NUL after (or before) every letter, which UTF-8 text never has."""
    pairs = len(start) // 2
    if pairs < 2:
        return None
    low, high = start[0 : pairs * 2 : 2], start[1 : pairs * 2 : 2]
    if high.count(0) == pairs and low.count(0) == 0:
        return "utf-16-le"
    if low.count(0) == pairs and high.count(0) == 0:
        return "utf-16-be"
    return None


class Utf8Lines:
    """A byte stream in UTF-16 read as UTF-8 lines: `readline(limit)` as a binary stream's (a line ends at "\n" only),
    `limit` counted in characters, so a request line's limit still bounds what is read."""

    def __init__(self, source: IO[bytes], encoding: str):
        self._text = io.TextIOWrapper(source, encoding=encoding, errors="replace", newline="\n")

    def readline(self, limit: int = -1) -> bytes:
        return self._text.readline(limit).encode("utf-8", errors="replace")
