"""Every saved version of one answer; pick one and put it back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.plan.types import ANSWER_STATUSES, AnswerVersionInfo, count_words, words_label
from koerswijzer.ui.pages import render_markdown


class HistoryDialog(QDialog):
    def __init__(self, question_text: str, versions: list[AnswerVersionInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Geschiedenis van het antwoord")
        self.resize(900, 520)
        self._versions = versions
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName("Opgeslagen versies, nieuwste eerst")
        self.list.setMaximumWidth(300)
        for version in versions:
            local = version.saved_at.replace(tzinfo=dt.UTC).astimezone().strftime("%d-%m-%Y %H:%M:%S")
            words = words_label(count_words(version.text))
            item = QListWidgetItem(f"{local} · {ANSWER_STATUSES[version.status]} · {words}")
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            self.list.addItem(item)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Inhoud van de gekozen versie")
        row.addWidget(self.list)
        row.addWidget(self.preview, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText("Deze versie terugzetten")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Sluiten")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        if versions:
            self.list.setCurrentRow(min(1, len(versions) - 1))
        else:
            self.preview.setPlainText(f"Er zijn nog geen opgeslagen versies van het antwoord op:\n{question_text}")
            self.restore_button.setEnabled(False)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._versions):
            self.preview.setHtml(render_markdown(self._versions[row].text))

    def chosen_version(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
