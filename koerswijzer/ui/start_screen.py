"""The first thing a director sees: start a plan (the one primary action), open a recent or other
plan, look at the demo, or review plans as a board."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    review_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        title = QLabel("Koerswijzer")
        font = title.font()
        font.setPointSize(26)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel("Schrijf het schoolplan langs de koers van het bestuur.")
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(24)
        self.new_button = QPushButton("Nieuw schoolplan…")
        self.new_button.setToolTip("Kies een koers en vul het schoolprofiel in")
        self.new_button.setAccessibleName("Nieuw schoolplan")
        self.new_button.setDefault(True)
        self.new_button.setMinimumHeight(44)
        self.new_button.setMaximumWidth(360)
        font = self.new_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.new_button.setFont(font)
        # The one primary action, in the accent colour of the system (light and dark).
        self.new_button.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text); border-radius: 4px;"
            " padding: 6px 18px; } QPushButton:hover { background: palette(link); }")
        self.new_button.clicked.connect(self.new_requested.emit)
        layout.addWidget(self.new_button)
        layout.addSpacing(8)
        others = QHBoxLayout()
        for text, signal, tip in (
            ("Schoolplan openen…", self.open_requested, "Open een .schoolplan-bestand"),
            ("Voorbeeldplan bekijken", self.demo_requested,
             "Een volledig ingevuld schoolplan van een fictieve school onder ASG Koers 22"),
            ("Bestuur: schoolplannen beoordelen…", self.review_requested,
             "Ontvangen schoolplannen (.docx) naast de koers leggen en beoordelen"),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.rstrip("…"))
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { color: palette(link); text-align: left; padding: 4px 8px; }"
                                 " QPushButton:hover { text-decoration: underline; }")
            button.clicked.connect(signal.emit)
            others.addWidget(button)
        others.addStretch(1)
        layout.addLayout(others)
        layout.addSpacing(24)
        layout.addWidget(QLabel("Recent geopend:"))
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent geopende schoolplannen")
        self.recent.setMaximumWidth(720)
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)  # one click, as in Word's list of recent files
        layout.addWidget(self.recent)
        layout.addStretch(1)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:  # the hint shown when the list is empty carries no path
            self.recent_chosen.emit(Path(path))

    def set_recent(self, paths: list[Path]) -> None:
        from koerswijzer.plan.recent import describe

        self.recent.clear()
        for path in paths:
            plan = describe(path)
            item = QListWidgetItem(plan.label)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if not paths:  # say what will appear here, rather than show an empty box
            hint = QListWidgetItem("Nog geen schoolplannen geopend. Begin met ‘Nieuw schoolplan…’, of bekijk eerst "
                                   "het voorbeeldplan.")
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(hint)
