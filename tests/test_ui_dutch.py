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
