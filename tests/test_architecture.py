"""The floor plan holds: import contracts, no import cycles, modules of a readable size.

docs/architecture.md describes the layers; pyproject.toml states them as import-linter
contracts, which `make lint` checks.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("newsdigest", "stories", "topics", "publisher", "demo")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
# Past this a module holds more than one idea; tests, migrations and data files aside.
MAX_MODULE_LINES = 420
DATA_MODULES = {"demo/content.py"}


def lint_imports(tree):
    return subprocess.run(  # noqa: S603 - our own console script on our own tree
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=False,
    )


def copy_tree(tmp_path):
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_import_contracts_hold():
    """`make lint`'s import contracts hold on the code as it is."""
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("newsdigest/core/pagination.py", "import stories.models", "The core imports no"),
        ("stories/models/story.py", "import stories.views", "Models import no views"),
        ("topics/views.py", "import stories.feeds", "Topics imports no stories views"),
        ("publisher/models.py", "import stories.models", "Layers"),
    ],
)
def test_an_import_against_the_floor_plan_fails_the_lint(tmp_path, module, line, contract):
    """One forbidden import added to a copy of the code breaks the named contract."""
    tree = copy_tree(tmp_path)
    path = tree / module
    path.write_text(path.read_text() + f"\n{line}  # noqa\n")
    result = lint_imports(tree)
    assert result.returncode == 1
    broken = result.stdout.split("Broken contracts")[1]
    assert contract in broken


def strongly_connected(graph, modules):
    """Tarjan's algorithm: the groups of modules that import each other, directly or not."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module) & modules:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return groups


def test_no_module_imports_itself_through_others():
    """No import cycle between any two modules of the project, lazy imports included."""
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    modules = {m for m in graph.modules if not m.split(".")[-1].startswith("test")}
    modules = {m for m in modules if ".migrations" not in m}
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    assert strongly_connected(graph, modules) == []


def test_application_modules_stay_readable():
    """No application module runs past about 400 lines (tests, migrations and data aside)."""
    too_long = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative in DATA_MODULES:
                continue
            lines = len(path.read_text().splitlines())
            if lines > MAX_MODULE_LINES:
                too_long[relative] = lines
    assert too_long == {}
