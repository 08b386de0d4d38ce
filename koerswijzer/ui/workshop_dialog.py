"""Prepare a team session: name, date, groups, dots, time per question, and the centrale vragen
in the facilitator's order (from any elements)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.koers.model import Koers
from koerswijzer.workshop.sessions import SessionInfo

QID_ROLE = Qt.ItemDataRole.UserRole


class SessionDialog(QDialog):
    """New session, or an existing one to change (its groups can only be added to)."""

    def __init__(self, koers: Koers, existing: SessionInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.koers = koers
        self.setWindowTitle("Sessie bewerken" if existing else "Nieuwe teamsessie")
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setPlaceholderText("Bijvoorbeeld: Studiedag koers")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        when = existing.held_on if existing and existing.held_on else dt.date.today()
        self.date.setDate(QDate(when.year, when.month, when.day))
        self.groups = QLineEdit(", ".join(g.name for g in existing.groups) if existing else "Onderbouw, Bovenbouw, OOP")
        self.groups.setToolTip("Groepsnamen, gescheiden door komma's")
        if existing:
            self.groups.setToolTip("Bestaande groepen blijven; nieuwe namen worden toegevoegd.")
        self.dots = QSpinBox()
        self.dots.setRange(0, 50)
        self.dots.setValue(existing.dots_per_group if existing else 3)
        self.dots.setSuffix(" stippen per groep")
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setValue((existing.timer_seconds // 60) if existing else 10)
        self.minutes.setSuffix(" minuten per vraag")
        form.addRow("Naam van de sessie", self.name)
        form.addRow("Datum", self.date)
        form.addRow("Groepen", self.groups)
        form.addRow("Stemmen", self.dots)
        form.addRow("Tijd", self.minutes)
        layout.addLayout(form)

        picker = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>Centrale vragen van de koers</b> (dubbelklik of ‘Toevoegen’)"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Centrale vragen van de koers")
        for element in koers.walk():
            if not element.questions:
                continue
            parent = QTreeWidgetItem([element.label])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for question in element.questions:
                child = QTreeWidgetItem([question.tekst])
                child.setData(0, QID_ROLE, question.id)
                child.setToolTip(0, question.tekst)
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._add(item))
        left.addWidget(self.tree)
        picker.addLayout(left, 1)
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        for text, slot in (("Toevoegen →", lambda: self._add(self.tree.currentItem())),
                           ("← Weghalen", self._remove), ("Omhoog", lambda: self._move(-1)),
                           ("Omlaag", lambda: self._move(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        picker.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>In deze sessie</b>, in deze volgorde"))
        self.chosen = QListWidget()
        self.chosen.setAccessibleName("Gekozen vragen")
        self.chosen.setWordWrap(True)
        self.chosen.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.chosen.itemDoubleClicked.connect(lambda _item: self._remove())
        right.addWidget(self.chosen)
        picker.addLayout(right, 1)
        layout.addLayout(picker, 1)
        for qid in existing.question_ids if existing else ():
            self._append(qid)

        self.message = QLabel()
        self.message.setStyleSheet("color: #b91c1c")
        layout.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Opslaan")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def _append(self, qid: str) -> None:
        question = self.koers.find(qid)
        if question is None or qid in self.question_ids():
            return
        element = self.koers.element(question.element_id)  # type: ignore[union-attr]
        item = QListWidgetItem(f"{question.tekst}  ({element.titel})")  # type: ignore[union-attr]
        item.setData(QID_ROLE, qid)
        self.chosen.addItem(item)

    def _add(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, QID_ROLE):
            self._append(item.data(0, QID_ROLE))

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def _move(self, step: int) -> None:
        row = self.chosen.currentRow()
        if 0 <= row + step < self.chosen.count() and row >= 0:
            item = self.chosen.takeItem(row)
            self.chosen.insertItem(row + step, item)
            self.chosen.setCurrentRow(row + step)

    def question_ids(self) -> list[str]:
        return [self.chosen.item(i).data(QID_ROLE) for i in range(self.chosen.count())]

    def group_names(self) -> list[str]:
        return [g.strip() for g in self.groups.text().split(",") if g.strip()]

    def held_on(self) -> dt.date:
        return self.date.date().toPython()  # type: ignore[return-value]

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.message.setText("Geef de sessie een naam.")
        elif not self.group_names():
            self.message.setText("Geef minstens één groep op.")
        elif not self.question_ids():
            self.message.setText("Kies minstens één centrale vraag.")
        else:
            self.accept()
