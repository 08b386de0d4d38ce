"""The first thing a director sees: start a plan, open one, or look at the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
        for text, signal, tip in (
            ("Nieuw schoolplan…", self.new_requested, "Kies een koers en vul het schoolprofiel in"),
            ("Schoolplan openen…", self.open_requested, "Open een .schoolplan-bestand"),
            ("Voorbeeldplan openen", self.demo_requested,
             "Een volledig ingevuld schoolplan van een fictieve school onder ASG Koers 22"),
            ("Bestuur: schoolplannen beoordelen…", self.review_requested,
             "Ontvangen schoolplannen (.docx) naast de koers leggen en beoordelen"),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.rstrip("…"))
            button.setMinimumHeight(40)
            button.setMaximumWidth(360)
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
        layout.addSpacing(24)
        layout.addWidget(QLabel("Recent geopend:"))
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent geopende schoolplannen")
        self.recent.setMaximumWidth(720)
        self.recent.itemActivated.connect(self._activated)
        layout.addWidget(self.recent)
        layout.addStretch(1)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:  # the hint shown when the list is empty carries no path
            self.recent_chosen.emit(Path(path))

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}   —   {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if not paths:  # say what will appear here, rather than show an empty box
            hint = QListWidgetItem("Nog geen schoolplannen geopend. Begin met ‘Nieuw schoolplan…’, of bekijk eerst "
                                   "het voorbeeldplan.")
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(hint)
