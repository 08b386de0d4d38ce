"""Qt's own texts speak Dutch too: the file dialogs and the editor's context menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from koerswijzer.ui.app import create_app


def test_qt_standard_texts_are_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_app()
    # Qt's own translation is installed: its contexts give Dutch words.
    assert QCoreApplication.translate("QFileDialog", "&Open") in ("&Openen", "O&penen")
    assert QCoreApplication.translate("QWidgetTextControl", "Select All") == "Alles selecteren"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuleren", "Opslaan"}, texts


def test_the_file_dialog_texts_qt_leaves_in_english_are_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    create_app()
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Bestands&type:"
    # Texts the extra translator does not know still come from Qt's own Dutch translation.
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"


def _contrast(a, b) -> float:  # type: ignore[no-untyped-def]
    def luminance(c) -> float:  # type: ignore[no-untyped-def]
        def channel(v: int) -> float:
            x = v / 255
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_a_dark_system_gets_a_dark_window_with_readable_placeholders(window, demo_copy) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before_style, before_palette = app.style().name(), app.palette()
    try:
        from koerswijzer.ui.app import follow_colour_scheme

        follow_colour_scheme(app, Qt.ColorScheme.Dark)  # what the system says when it goes dark
        app.processEvents()  # the window hears of the new palette
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Window).lightness() < 80
        window.open_plan(demo_copy)
        window.navigator.select("element", "venster-2")
        reason = window.pages.currentWidget().stance_rows[0].reason
        active = QPalette.ColorGroup.Active  # as the field looks once a stance is chosen
        base = reason.palette().color(active, QPalette.ColorRole.Base)
        assert base.lightness() < 80
        assert _contrast(reason.palette().color(active, QPalette.ColorRole.PlaceholderText), base) >= 4.5
        assert _contrast(reason.palette().color(active, QPalette.ColorRole.Text), base) >= 7
    finally:
        app.setStyle(before_style)
        app.setPalette(before_palette)
    # And in light, the placeholders read as well.
    from koerswijzer.ui.app import readable_placeholders

    readable_placeholders(app)
    light = app.palette()
    assert _contrast(light.color(QPalette.ColorRole.PlaceholderText), light.color(QPalette.ColorRole.Base)) >= 4.5


def test_the_window_has_the_koerswijzer_icon() -> None:
    from PySide6.QtWidgets import QApplication

    from koerswijzer.ui.app import create_app

    create_app()
    icon = QApplication.instance().windowIcon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
