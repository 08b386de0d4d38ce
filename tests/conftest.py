"""Shared fixtures: the real built-in koers, real plan files in a temp dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from koerswijzer.koers.model import Koers  # noqa: E402
from koerswijzer.koers.registry import resolve_koers  # noqa: E402
from koerswijzer.plan.types import Profile  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep what the app remembers (koersen it has seen, the demo plan) out of the user's profile."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("gegevens")))


@pytest.fixture(scope="session")
def asg() -> Koers:
    return resolve_koers("asg-koers-22")


@pytest.fixture
def profile() -> Profile:
    return Profile(
        school_name="OBS De Wegwijzer",
        period_start=2024,
        period_end=2028,
        brin="99WW",
        sector="PO",
        director="Jeroen Bakker",
        onderwijsconcept="Daltononderwijs",
        denominatie="openbaar",
        pupils=245,
        context="Een school in Almere Buiten met een gemengde leerlingpopulatie.",
    )


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "wegwijzer.schoolplan"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plan, written once per run; tests copy it before they change it."""
    from koerswijzer.plan.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.schoolplan"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    path = tmp_path / "kleurrijke-kring.schoolplan"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real main window at 1366x768, with settings kept out of the user's profile."""
    from PySide6.QtCore import QSettings

    from koerswijzer.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "instellingen"))
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close_plan()


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():  # type: ignore[no-untyped-def]
    """Once a window or job runner has switched automatic collection off, collect what is due after
    each test, as the app's timer would; headless tests then keep a bounded heap too."""
    yield
    import sys

    guard = sys.modules.get("koerswijzer.ui.ui_thread_gc")
    if guard is not None and guard.installed():
        guard.collect_if_due()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):  # type: ignore[no-untyped-def]
    """A test that fails while a job still runs leaves it to end during teardown, and a dialog the
    job then shows would wait for an answer forever: while tests tear down, modal dialogs are
    dismissed, so one failure stays one failure instead of a hung run."""
    import sys

    timer = None
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            def dismiss() -> None:
                dialog = QApplication.activeModalWidget()
                if dialog is not None:
                    dialog.close()

            timer = QTimer()
            timer.setInterval(50)
            timer.timeout.connect(dismiss)
            timer.start()
    yield
    if timer is not None:
        timer.stop()
