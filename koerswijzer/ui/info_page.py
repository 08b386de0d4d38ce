"""Simple pages: the board's missie and visie, and parts of the app still to come."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget


class InfoPage(QTextBrowser):
    def __init__(self, html: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setOpenExternalLinks(False)
        self.setHtml(html)
