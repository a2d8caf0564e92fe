"""Lay a topic bank over the packaged general layer, key by key.

Every bank is two layers: the *general* layer (`chatbot/general/`: wording,
small talk, personal-advice and dose rules any health bank needs) and the
*topic* bank (the packaged `faq/`, or a clinic's `--faq DIR`). They are merged
section by section with one rule, so that nothing general is ever lost by
accident:

- mappings merge key by key, recursively;
- lists extend; an item with the same `id` or `name` as a general one
  replaces it, and an item already there is not added twice;
- any other value in the topic bank replaces the general one.

Taking a general rule away needs a visible `remove:` section in the topic
bank, and every removal is reported by `chatbot check`:

    remove:
      personal_advice.phrases: [what should i do]   # a phrase of a list
      smalltalk: [yes-no]                           # an item, by id or name
      personal_advice.combinations: [dose-amount]

A path walks through mappings by key and through lists by item id or name.
"""

from __future__ import annotations

from typing import Any

from chatbot.errors import BankProblem


def item_name(item: Any) -> str | None:
    """The id or name of a list item (a mapping, or a `(file, mapping)` pair), or None."""
    if isinstance(item, tuple) and len(item) == 2:
        item = item[1]
    if isinstance(item, dict):
        for key in ("id", "name"):
            if isinstance(item.get(key), str):
                return item[key]
    return None


def merge_values(general: Any, topic: Any) -> Any:
    """One value of the topic bank laid over the general one (see the module's rules)."""
    if isinstance(general, dict) and isinstance(topic, dict):
        merged = type(topic)(general)
        if hasattr(topic, "line"):
            merged.line = getattr(topic, "line", None)
            merged.key_lines = {
                **(getattr(general, "key_lines", None) or {}),
                **(getattr(topic, "key_lines", None) or {}),
            }
        for key, value in topic.items():
            merged[key] = merge_values(general[key], value) if key in general else value
        return merged
    if isinstance(general, list) and isinstance(topic, list):
        return _merge_lists(general, topic)
    return topic


def _merge_lists(general: list, topic: list) -> list:
    merged = list(general)
    position = {name: index for index, item in enumerate(merged) if (name := item_name(item)) is not None}
    plain = {_hashable(item) for item in merged if item_name(item) is None}
    for item in topic:
        name = item_name(item)
        if name is not None and name in position:
            merged[position[name]] = item  # same name: the topic bank's version replaces the general one
        elif name is not None:
            position[name] = len(merged)
            merged.append(item)
        elif _hashable(item) not in plain:
            plain.add(_hashable(item))
            merged.append(item)
    return merged


def _hashable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):  # a tuple: a list item with its file, `(file, value)`
        return tuple(_hashable(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((str(key), _hashable(item)) for key, item in value.items()))
    if isinstance(value, str):
        return " ".join(value.lower().split())  # "Should I take" and "should i take" are one phrase
    return value


def merge_sections(
    general: dict[str, tuple[str, Any]], topic: dict[str, tuple[str, Any]]
) -> dict[str, tuple[str, Any]]:
    """Every section of both layers, each as `(file, value)`; the file is the topic bank's where it has one."""
    merged = dict(general)
    for name, (file, value) in topic.items():
        if name in merged:
            merged[name] = (file, merge_values(merged[name][1], value))
        else:
            merged[name] = (file, value)
    return merged


def apply_removals(
    sections: dict[str, tuple[str, Any]],
    removals: tuple[str, Any] | None,
    problems: list[BankProblem],
    notes: list[BankProblem],
) -> None:
    """Carry out a topic bank's `remove:` section on the merged sections; each removal becomes a note."""
    if removals is None:
        return
    file, spec = removals
    if not isinstance(spec, dict):
        problems.append(BankProblem(file, getattr(spec, "line", None), None, _REMOVE_SHAPE))
        return
    key_lines = getattr(spec, "key_lines", None) or {}
    for path, names in spec.items():
        line = key_lines.get(path, getattr(spec, "line", None))
        names = [names] if isinstance(names, str) else names
        if not isinstance(path, str) or not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            problems.append(BankProblem(file, line, None, _REMOVE_SHAPE))
            continue
        section = path.split(".")[0]
        if section in sections:  # a private copy: the general layer's parsed values may be shared
            import copy

            sections[section] = (sections[section][0], copy.deepcopy(sections[section][1]))
        target = _walk(sections, path)
        if target is None:
            notes.append(BankProblem(file, line, None, f"remove: there is no {path!r} to remove from; nothing removed"))
            continue
        for name in names:
            if _remove_one(target, name):
                notes.append(
                    BankProblem(file, line, None, f"remove: {name!r} taken out of {path!r}; this bank no longer has it")
                )
            else:
                notes.append(
                    BankProblem(
                        file, line, None, f"remove: {path!r} has no {name!r}; nothing removed (check the spelling)"
                    )
                )


_REMOVE_SHAPE = "'remove' must map a section path (like personal_advice.phrases) to a list of what to take out"


def _walk(sections: dict[str, tuple[str, Any]], path: str) -> Any:
    first, *rest = path.split(".")
    if first not in sections:
        return None
    node = sections[first][1]
    for step in rest:
        if isinstance(node, dict):
            node = node.get(step)
        elif isinstance(node, list):
            node = next((item for item in node if item_name(item) == step), None)
            node = node[1] if isinstance(node, tuple) else node
        else:
            return None
        if node is None:
            return None
    return node if isinstance(node, (dict, list)) else None


def _remove_one(target: dict | list, name: str) -> bool:
    if isinstance(target, dict):
        return target.pop(name, None) is not None
    wanted = _hashable(name)
    for index, item in enumerate(target):
        if item_name(item) == name or (isinstance(item, str) and _hashable(item) == wanted):
            del target[index]
            return True
    return False
