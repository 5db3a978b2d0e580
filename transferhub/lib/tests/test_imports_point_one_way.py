"""Imports between the apps point one way: down the layers, never up or sideways.

Every `import` and `from ... import` in `transferhub/` outside `tests/` is checked, at
module level and inside functions alike (a late import is still a dependency), and so
are `import_module("transferhub....")` and `apps.get_model("<app>", ...)` with a literal
name. Migrations are included: they run in production, and a data migration that
imports an app above its own couples the two just the same.
"""

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]

# The layer order, lowest first. An app may import the apps of lower layers only; apps
# of one layer do not import each other. Lower apps reach the ones above them through
# the registries in `transferhub.lib.registry`, filled in each app's AppConfig.ready().
LAYERS: tuple[tuple[str, ...], ...] = (
    ("lib",),
    ("network",),
    ("accounts", "meetings", "checks", "events"),
    ("decisions", "suppliers"),
    ("votes", "reviews", "subscriptions", "complaints", "planning", "regional"),
    ("papers",),  # papers pass through meetings and decisions; OParl shows them
    ("protocols",),
    ("invitations",),
    ("api",),
    ("portal",),
    # Not the product: the test support code (lib/testing), the benchmarks, and the
    # project's own modules (settings, urls, cli) which put the apps together.
    ("testing",),
    ("bench",),
    ("project",),
)
RANK = {app: n for n, layer in enumerate(LAYERS) for app in layer}

# Imports against the layers that are still there; this list may only shrink.
KNOWN: set[tuple[str, str]] = set()


def app_of(module: str) -> str | None:
    """The layer name of a dotted module inside transferhub, None outside it."""
    parts = module.split(".")
    if parts[0] != "transferhub":
        return None
    if len(parts) == 1 or parts[1] not in RANK:
        return "project"
    if parts[1] == "lib" and len(parts) > 2 and parts[2] == "testing":
        return "testing"
    return parts[1]


def imported_names(tree: ast.AST, module: str, is_package: bool):
    """Yield (line, target module or app label) for every dependency in a module."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield node.lineno, target
        elif isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if name == "import_module":
                yield node.lineno, first.value
            elif name == "get_model" and first.value.split(".")[0] in RANK:
                yield node.lineno, f"transferhub.{first.value.split('.')[0]}"


@functools.cache  # both tests below read the same files: parse them once per process
def violations() -> tuple[tuple[str, str, str], ...]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent)
        if "tests" in rel.parts or rel.name == "conftest.py":
            continue
        is_package = rel.name == "__init__.py"
        module = ".".join(rel.with_suffix("").parts[: -1 if is_package else None])
        source = app_of(module)
        for line, target in imported_names(ast.parse(path.read_text()), module, is_package):
            dest = app_of(target)
            if dest is None or dest == source:
                continue
            if RANK[dest] >= RANK[source]:
                found.append((source, dest, f"{rel}:{line} imports {target}"))
    return tuple(found)


def test_every_app_is_in_a_layer():
    apps = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert apps - set(RANK) == set(), "put the new app into LAYERS"


def test_no_app_imports_an_app_above_it_or_beside_it():
    found = violations()
    new = [where for source, dest, where in found if (source, dest) not in KNOWN]
    assert new == [], "imports against the layer order:\n" + "\n".join(new)


def test_the_list_of_known_violations_only_shrinks():
    still = {(source, dest) for source, dest, _ in violations()}
    gone = KNOWN - still
    assert gone == set(), f"remove these fixed pairs from KNOWN: {sorted(gone)}"


def test_the_check_sees_late_relative_and_dynamic_imports():
    code = (
        "def f():\n"
        "    from transferhub.decisions.models import Decision\n"
        "    from ..api import v1\n"
        "    import_module('transferhub.protocols.search')\n"
        "    apps.get_model('suppliers', 'Supplier')\n"
    )
    names = [t for _, t in imported_names(ast.parse(code), "transferhub.network.demo", False)]
    assert [app_of(n) for n in names] == ["decisions", "api", "protocols", "suppliers"]
