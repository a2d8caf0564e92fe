"""Parse a bank file one item at a time, so a bank of 50,000 entries never exists twice in memory.

`yaml.load` composes the whole document into nodes (each with two position
marks) before it builds a single value: for 50 MB of YAML that tree alone is
about 300 MB. Here the top-level mapping is walked event by event and each
item of a top-level list (an entry) is composed and built on its own, then its
nodes are dropped.

Each item is built by the very constructors of the bank's loader (lines, key
lines, duplicate keys, dates as text, the guarded scalars), so a file read here
gives exactly the value `yaml.load` gives. This reader takes only the common
path: a file with an alias, an anchor, a merge key, an explicit collection tag,
nesting deeper than `safe_yaml.MAX_DEPTH`, or any error at all raises
`NotStreamed`, and the caller loads the file the whole-document way, which
then reports exactly what it always did (same message, same line).
"""

from __future__ import annotations

import functools
from typing import Any

from chatbot.bank import safe_yaml

_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"  # `<<`: the loader's mappings flatten these; left to it
_VALUE = "tag:yaml.org,2002:value"  # `=`: likewise
_PLAIN_KEYS = (str, int, float, bool, type(None))
NOT_A_MAPPING = "the file must be a mapping of sections (meta:, entries:, ...)"


# Up to this size a file that is not read item by item is read as one document, as it always was (a
# whole-document parse takes about 12 times the file's size); a larger one gets the problem found here.
WHOLE_DOCUMENT_CHARS = 20 * 1024 * 1024
PLAIN_YAML = "a file over 20 MB is read one entry at a time, which needs plain YAML"


class NotStreamed(Exception):
    """The file needs the whole-document loader: it is unusual or wrong (see the module's note).

    For a file too large for that loader, what to report instead: `error`, the YAML error or refusal
    met, or else `line` and `reason`.
    """

    def __init__(self, reason: str, line: int | None = None, error: Exception | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.error = error


def _line(event_or_node: Any) -> int:
    return event_or_node.start_mark.line + 1


@functools.cache
def _streaming_class(loader: type) -> type:
    """`loader` with PyYAML's composer on top of its parser's events, refusing what this reader leaves out."""
    import yaml

    class StreamingLoader(yaml.composer.Composer, loader):  # type: ignore[misc, valid-type]
        def __init__(self, stream: str):
            loader.__init__(self, stream)  # the parser, constructors and resolver; the composer's state is below
            self.anchors: dict = {}
            self.depth = 1  # the root mapping: its keys and values are at depth 2, as `safe_yaml` counts

        def compose_node(self, parent: Any, index: Any) -> Any:
            event = self.peek_event()
            if isinstance(event, yaml.AliasEvent):
                refusal = safe_yaml.YamlRefused(_line(event), safe_yaml.ALIASES_REFUSED)
                raise NotStreamed(refusal.reason, refusal.line, refusal)
            if event.anchor is not None:
                raise NotStreamed(f"{PLAIN_YAML}: no anchors (&name) or aliases", _line(event))
            self.depth += 1
            if self.depth > safe_yaml.MAX_DEPTH:
                refusal = safe_yaml.YamlRefused(_line(event), safe_yaml.TOO_DEEP)
                raise NotStreamed(refusal.reason, refusal.line, refusal)
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return StreamingLoader


def load_mapping(text: str, loader: type, mapping_type: type, key_line_columns: int) -> Any:
    """The document of `text` as `loader` would build it, if it is a mapping; raises `NotStreamed` otherwise.

    `mapping_type` and `key_line_columns` describe the loader's mappings (see `bank_files`): the root
    mapping is built here, the same way, since its items are built one by one.
    """
    try:
        return _load(_streaming_class(loader)(text), mapping_type, key_line_columns)
    except NotStreamed:
        raise
    except Exception as error:  # noqa: BLE001 - whatever it is, the whole-document loader reports it as always
        raise NotStreamed(str(error), error=error) from None


def _load(reader: Any, mapping_type: type, key_line_columns: int) -> Any:
    import yaml

    try:
        reader.get_event()  # the stream's start
        if reader.check_event(yaml.StreamEndEvent):
            return None  # an empty file, as yaml.load reads it
        reader.get_event()  # the document's start
        start = reader.peek_event()
        if not isinstance(start, yaml.MappingStartEvent):
            raise NotStreamed(NOT_A_MAPPING, 1)
        if start.anchor is not None or start.tag not in (None, "!", _MAP):
            raise NotStreamed(f"{PLAIN_YAML}: no anchor or tag on the whole file", _line(start))
        reader.get_event()
        document = mapping_type()
        document.line = start.start_mark.line + 1
        keep_lines = start.start_mark.column <= key_line_columns
        if keep_lines:
            document.key_lines = {}
        while not reader.check_event(yaml.MappingEndEvent):
            key_node = reader.compose_node(None, None)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag in (_MERGE, _VALUE):
                raise NotStreamed(f"{PLAIN_YAML}: no merge keys (<<) or keys that are lists", _line(key_node))
            key = _build(reader, key_node)
            if not isinstance(key, _PLAIN_KEYS):
                raise NotStreamed("a key must be plain text", _line(key_node))
            if key in document:
                raise NotStreamed(f"the key {key!r} appears twice", _line(key_node))
            document[key] = _value(reader)
            if keep_lines:
                document.key_lines[key] = key_node.start_mark.line + 1
        reader.get_event()  # the mapping's end
        reader.get_event()  # the document's end
        if not reader.check_event(yaml.StreamEndEvent):
            raise NotStreamed(f"{PLAIN_YAML}: one document (no second ---)", _line(reader.peek_event()))
        return document
    finally:
        reader.dispose()


def _value(reader: Any) -> Any:
    """A top-level value: a list is built item by item, anything else as a whole."""
    import yaml

    start = reader.peek_event()
    if not isinstance(start, yaml.SequenceStartEvent) or start.anchor is not None or start.tag not in (None, "!", _SEQ):
        return _build(reader, reader.compose_node(None, None))
    reader.get_event()
    reader.depth += 1
    items = []
    while not reader.check_event(yaml.SequenceEndEvent):
        items.append(_build(reader, reader.compose_node(None, None)))
    reader.get_event()
    reader.depth -= 1
    return items


def _build(reader: Any, node: Any) -> Any:
    """One composed node as the loader's constructors build it (aliases and depth are already refused)."""
    import yaml

    return yaml.constructor.BaseConstructor.construct_document(reader, node)
