"""Start the GUI: one QApplication, the main window, optionally a plan to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from koerswijzer import __version__
from koerswijzer.ui.main_window import MainWindow


_TRANSLATORS: list[QTranslator] = []  # kept alive as long as the application

# Texts Qt's Dutch translation leaves in English (seen in the file dialog).
MISSING_DUTCH = {
    ("QFileDialog", "Look in:"): "Zoeken in:",
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of type:"): "Bestandstype:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
}


class _MissingDutch(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        return MISSING_DUTCH.get((context, source))  # None: not ours, Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_dutch(app: QApplication) -> bool:
    """Qt's own texts in Dutch (file dialogs, the editor's context menu, standard buttons), from the
    translation that ships with PySide6. True when it was found and installed."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = False
    for name in ("qtbase_nl", "qt_nl"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _TRANSLATORS.append(translator)
            installed = True
            break
    extra = _MissingDutch(app)
    app.installTranslator(extra)  # installed last, asked first
    _TRANSLATORS.append(extra)
    return installed


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Koerswijzer")
    app.setOrganizationName("Koerswijzer")
    app.setApplicationVersion(__version__)
    if not _TRANSLATORS:
        install_dutch(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def run(plan_path: Path | None = None) -> int:
    app = create_app()
    window = MainWindow()
    screen = app.primaryScreen().availableGeometry()
    window.resize(min(1280, screen.width()), min(800, screen.height()))
    window.show()
    if plan_path is not None:
        # The window is up and responsive first; the plan (and SQLAlchemy) follow a moment later.
        window.statusBar().showMessage(f"{plan_path.name} wordt geopend…")
        QTimer.singleShot(0, lambda: (window.open_plan(plan_path), window.statusBar().clearMessage()))
    return app.exec()
