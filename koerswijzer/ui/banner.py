"""A bar above the page for things the director must know now: read-only, or a failed save."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    save_as_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Melding")
        layout.addWidget(self.message, 1)
        self.save_as = QPushButton("Opslaan als…")
        self.save_as.clicked.connect(self.save_as_requested)
        layout.addWidget(self.save_as)
        self.hide()

    def _show(self, text: str, background: str, offer_save_as: bool) -> None:
        self.setStyleSheet(f"QFrame#banner {{ background: {background}; }} QLabel {{ color: #1a202c; }}")
        self.message.setText(text)
        self.save_as.setVisible(offer_save_as)
        self.show()

    def show_notice(self, text: str) -> None:
        self._show(text, "#fefcbf", offer_save_as=False)

    def show_failure(self, text: str) -> None:
        self._show(text, "#fed7d7", offer_save_as=True)
