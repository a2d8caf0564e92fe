"""The package's layers: no module imports, at run time, one that imports it back (no import circles)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "chatbot"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _runtime_imports(tree: ast.AST, modules: set[str]) -> set[str]:
    """The package's modules a module imports when it runs (a TYPE_CHECKING block only names types)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _is_type_checking_block(node):
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("chatbot"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)  # "from chatbot.bank import files"
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("chatbot"))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found & modules


def _import_graph() -> dict[str, set[str]]:
    files = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    modules = set(files)
    return {name: _runtime_imports(ast.parse(path.read_text()), modules) - {name} for name, path in files.items()}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle, found by a depth-first walk (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []

    def walk(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                walk(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            walk(node)
    return circles


def test_the_package_has_no_import_circles():
    graph = _import_graph()
    assert "chatbot.bank.loader" in graph and "chatbot.session" in graph  # the walk found the package
    assert _circles(graph) == []


def test_the_circle_finder_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_core_imports_no_front_end():
    graph = _import_graph()
    core = [name for name in graph if not name.startswith("chatbot.frontends") and name != "chatbot.__main__"]
    leaks = {name: sorted(t for t in graph[name] if t.startswith("chatbot.frontends")) for name in core}
    assert {name: targets for name, targets in leaks.items() if targets} == {}


def test_every_folder_of_the_package_is_installed():
    # pyproject.toml lists the packages by name: a new folder missing from the list works from a checkout (and in an
    # editable install) but is absent from `pip install .`, as chatbot/conversation/ was for one commit in round 20.
    import tomllib

    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(project["tool"]["setuptools"]["packages"])
    folders = {_module_name(init) for init in PACKAGE.rglob("__init__.py")}
    assert folders <= listed, sorted(folders - listed)



def _private_uses_of_a_session(tree: ast.AST) -> list[str]:
    """`session._x`, `self.session._x`, `kiosk_session._x`: a private name read or set on a conversation."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        holder = node.value
        name = holder.id if isinstance(holder, ast.Name) else holder.attr if isinstance(holder, ast.Attribute) else ""
        if "session" in name.lower() and not name.lower().endswith("sessions"):
            found.append(f"{name}.{node.attr} (line {node.lineno})")
    return found


def test_no_module_outside_session_py_touches_a_sessions_private_names():
    # Round 21 (memory23): what a conversation remembers is `session.memory` and what is read of one message is
    # `session.current` (chatbot/conversation/memory.py), public fields each with its reason; the steps in
    # chatbot/conversation/ once read and wrote some twenty private attributes of the Session.
    root = PACKAGE.parent
    files = [*PACKAGE.rglob("*.py"), *(root / "tests").glob("*.py"), *(root / "tools").glob("*.py")]
    files += [*(root / "benchmarks").glob("*.py")]
    uses = {}
    for path in files:
        if path == PACKAGE / "session.py" or path == Path(__file__).resolve():
            continue
        found = _private_uses_of_a_session(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            uses[str(path.relative_to(root))] = found
    assert uses == {}


def test_the_private_use_finder_finds_one():
    tree = ast.parse("session._offered = ()\nx = self.session._last_entry\nstore._sessions.pop(1)\nsession.memory.x")
    assert _private_uses_of_a_session(tree) == ["session._offered (line 1)", "session._last_entry (line 2)"]


def test_a_session_holds_its_memory_in_public_objects_only():
    from chatbot.session import Session

    session = Session(bot=None)  # reset needs no bank
    assert sorted(vars(session)) == ["bot", "current", "memory"]


def test_every_field_of_the_memory_says_why_it_is_kept():
    # A one-line comment (or more) right above each field: a reader sees why the conversation keeps it.
    from chatbot.conversation import memory

    lines = Path(memory.__file__).read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(lines))
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    assert {node.name for node in classes} >= {"Memory", "CurrentMessage"}
    silent = []
    for node in classes:
        for field in node.body:
            if isinstance(field, ast.AnnAssign) and not lines[field.lineno - 2].strip().startswith("#"):
                silent.append(f"{node.name}.{ast.unparse(field.target)}")
    assert silent == []
