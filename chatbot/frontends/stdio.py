"""`chatbot serve --stdio`: JSON lines in, one JSON line out per request, for a kiosk or another program."""

from __future__ import annotations

import json
from typing import IO, Any

from chatbot.frontends.utf16_input import Utf8Lines, stream_utf16_encoding
from chatbot.session_store import SessionStore

# A request line longer than this is refused whole with a clear error; reading
# stops there, so no line can fill memory. A real question is a few hundred bytes.
MAX_LINE_BYTES = 64 * 1024
MAX_SESSION_ID_CHARS = 200


class RequestError(ValueError):
    """A request line that cannot be served; its message goes back as {"error": ...}."""


def _parse(line: bytes) -> dict[str, Any]:
    try:
        # utf-8-sig: a byte-order mark some Windows tools put first is ignored, as RFC 8259 allows.
        request = json.loads(line.decode("utf-8-sig", errors="replace"))
    except json.JSONDecodeError as error:
        raise RequestError(f"not valid JSON ({error.msg})") from None
    except RecursionError:
        raise RequestError("not valid JSON (nested too deeply)") from None
    except ValueError:  # a number of thousands of digits, and its siblings: never a reason to stop serving
        raise RequestError("not valid JSON (a value is too large)") from None
    if not isinstance(request, dict):
        raise RequestError('a request must be a JSON object like {"session": "a", "text": "how is it treated?"}')
    session = request.get("session")
    if session is not None and not isinstance(session, str):
        raise RequestError('"session" must be a string')
    if session is not None and len(session) > MAX_SESSION_ID_CHARS:
        raise RequestError(f'"session" must be at most {MAX_SESSION_ID_CHARS} characters')
    if request.get("reset") is True:
        if "text" in request:
            raise RequestError('send "reset" and "text" in separate requests')
        if session is None:
            raise RequestError('"reset" needs a "session"')
        return request
    if "reset" in request and request["reset"] is not False:
        raise RequestError('"reset" must be true or false')
    if not isinstance(request.get("text"), str):
        raise RequestError('a request needs "text" (a string) or "reset": true')
    return request


def handle_line(store: SessionStore, line: bytes) -> dict[str, Any]:
    """The reply object for one request line. Whatever the line holds, the loop goes on."""
    try:
        return _handle(store, line)
    except RequestError as error:
        return {"error": str(error)}
    except Exception as error:  # noqa: BLE001 - one bad line must not end every other session
        # The log names the fault, never the request: what a patient types stays private.
        import logging

        logging.getLogger("chatbot").error("chatbot: could not serve a request (%s)", type(error).__name__)
        return {"error": "the request could not be served"}


def _handle(store: SessionStore, line: bytes) -> dict[str, Any]:
    request = _parse(line)
    session_id = request.get("session")
    if request.get("reset") is True:
        store.forget(session_id)
        return {"session": session_id, "reset": True}
    if session_id is None:
        return {"session": None, **store.bot.session().ask(request["text"]).to_dict()}
    session, restarted = store.lookup(session_id)
    reply = session.ask(request["text"]).to_dict()
    return {"session": session_id, **(store.restarted_reply(reply) if restarted else reply)}


def read_lines(source: IO[bytes], limit: int = MAX_LINE_BYTES):
    """Yield each input line, or None for a line over `limit` bytes (whose rest is skipped)."""
    while True:
        line = source.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line in bounded pieces
                rest = source.readline(limit)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line.rstrip(b"\r\n")


def serve(store: SessionStore, source: IO[bytes], sink: IO[str]) -> None:
    """Answer request lines until the input ends; each reply is written and flushed at once."""
    # Requests sent as UTF-16, with or without a byte-order mark (a PowerShell pipe, `iconv -t UTF-16LE`): each line
    # was "not valid JSON" (a NUL after every character, and the line split after "\n" left one before the next).
    source, encoding = stream_utf16_encoding(source)
    if encoding is not None:
        source = Utf8Lines(source, encoding)
    for line in read_lines(source):
        if line is not None and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]  # a UTF-8 byte-order mark, as some Windows tools start their output with
        if line is None:
            reply = {"error": f"request line is longer than {MAX_LINE_BYTES} bytes"}
        else:
            reply = handle_line(store, line)
        # ASCII JSON: any character, even a lone surrogate from the input, is written safely.
        sink.write(json.dumps(reply, ensure_ascii=True) + "\n")
        sink.flush()
