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

