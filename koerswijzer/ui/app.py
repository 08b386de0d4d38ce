"""Start the GUI: one QApplication, the main window, optionally a plan to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from koerswijzer import __version__
from koerswijzer.ui import ui_thread_gc
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
    app.aboutToQuit.connect(lambda: _remove_translators(app))
    return installed


def _remove_translators(app: QApplication) -> None:
    """Take our translators out before Python tears down: Qt must not call a Python override
    (``_MissingDutch.isEmpty`` returns a bool) while the interpreter finalizes, the likely road to
    the "bool_dealloc" abort seen once on quitting."""
    for translator in _TRANSLATORS:
        app.removeTranslator(translator)
    _TRANSLATORS.clear()


def _mix(a: QColor, b: QColor, share_a: float) -> QColor:
    return QColor(*(round(share_a * x + (1 - share_a) * y) for x, y in
                    zip((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue()), strict=True)))


def dark_palette() -> QPalette:
    """A dark palette for when the system asks for dark and the style does not bring one."""
    palette = QPalette()
    window, base, text = QColor("#202225"), QColor("#17181a"), QColor("#e8e8e8")
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor("#2a2c30")),
                         (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, QColor("#2d2f33")),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, QColor("#2d2f33")),
                         (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor("#3d7bd9")),
                         (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
                         (QPalette.ColorRole.Link, QColor("#8ab4f8")), (QPalette.ColorRole.Mid, QColor("#3a3c40"))):
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def follow_colour_scheme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Light or dark as the system says (``scheme``, else what Qt reads from the system); and
    placeholder texts ("Reden", "Zoeken in antwoorden") that stay readable in both: about two
    thirds of the way from the background to the text colour."""
    dark = (scheme if scheme is not None else app.styleHints().colorScheme()) == Qt.ColorScheme.Dark
    if dark and app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
        app.setStyle("Fusion")  # the platform's style did not follow the system into dark
        app.setPalette(dark_palette())
    readable_placeholders(app)


def readable_placeholders(app: QApplication) -> None:
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        text, base = palette.color(group, QPalette.ColorRole.Text), palette.color(group, QPalette.ColorRole.Base)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, _mix(text, base, 0.62))
    app.setPalette(palette)


def app_icon() -> QIcon:
    from koerswijzer.paths import resources_dir

    return QIcon(str(resources_dir() / "icons" / "koerswijzer.svg"))


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Koerswijzer")
    app.setOrganizationName("Koerswijzer")
    app.setApplicationVersion(__version__)
    ui_thread_gc.install()  # cycles are collected on this thread only, never in a worker
    if not _TRANSLATORS:
        install_dutch(app)  # type: ignore[arg-type]
        follow_colour_scheme(app)  # type: ignore[arg-type]
        app.setWindowIcon(app_icon())  # type: ignore[attr-defined]
        app.styleHints().colorSchemeChanged.connect(lambda scheme: follow_colour_scheme(app, scheme))  # type: ignore[arg-type]
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
    code = app.exec()
    # Tear the window down while Python and Qt both still stand, not during interpreter exit.
    window.deleteLater()
    del window
    app.sendPostedEvents(None, 0)
    return code
