"""The house rules (see ../shared/STYLE.md): no import cycle between subpackages, Qt only in ui/, and small
modules in ui/. Checked on the source with ast, imports inside functions included."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "koerswijzer"
MAX_UI_LINES = 450


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def _subpackage_edges() -> dict[str, dict[str, list[str]]]:
    edges: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2:
            continue
        for name in _imports(path):
            bits = name.split(".")
            if bits[0] == "koerswijzer" and len(bits) > 1 and (PACKAGE / bits[1]).is_dir() and bits[1] != parts[0]:
                edges[parts[0]][bits[1]].append(str(path.relative_to(PACKAGE)))
    return edges


def test_no_import_cycle_between_subpackages() -> None:
    edges = _subpackage_edges()

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for nxt in edges.get(todo.pop(), {}):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    cycles = [(a, b, files[:2]) for a, targets in edges.items() for b, files in targets.items() if a in reachable(b)]
    assert cycles == []
    assert edges["ui"], "the window imports the core"


def test_qt_only_in_the_window() -> None:
    outside = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
               if p.relative_to(PACKAGE).parts[0] != "ui" and any(n.startswith("PySide6") for n in _imports(p))]
    assert outside == []


def test_modules_of_the_window_stay_small() -> None:
    too_long = {}
    for path in (PACKAGE / "ui").glob("*.py"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_UI_LINES:
            too_long[path.name] = lines
    assert too_long == {}


def test_verdict_names_and_colours_are_defined_once() -> None:
    defining = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                      if '"aandachtspunt": "Aandachtspunt"' in p.read_text(encoding="utf-8")
                      or '"aandachtspunt": "FFC7CE"' in p.read_text(encoding="utf-8").upper().replace("AANDACHTSPUNT", "aandachtspunt"))
    assert defining == ["congruence/verdicts.py"]


def test_long_work_runs_through_the_one_job_runner() -> None:
    """Threads are started in ui/jobs.py only, and nobody reaches into another object's thread."""
    starting = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "jobs.py" and ("QThread(" in text or "moveToThread" in text or "._thread" in text):
            starting.append(str(path.relative_to(PACKAGE)))
    assert starting == []


def test_the_lazy_packages_name_exactly_what_they_export() -> None:
    """koerswijzer.koers and koerswijzer.plan load their names on first use (``_EXPORTS``); their
    ``__all__`` is written out, so that a linter sees the names, and must list exactly those."""
    import koerswijzer.koers
    import koerswijzer.plan

    for package in (koerswijzer.koers, koerswijzer.plan):
        assert package.__all__ == sorted(package._EXPORTS)
        for name in package.__all__:
            assert getattr(package, name) is not None
