"""Edit a school goal: wat, hoe, wanneer, eigenaar, meetbaar and merkbaar resultaat, links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from koerswijzer.koers.model import Element, Koers
from koerswijzer.plan.types import GoalInfo, Profile, school_year_label

NO_LINK = ""


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class GoalDialog(QDialog):
    """``element`` is the page the goal lives on; its targets are offered as primary link."""

    def __init__(self, koers: Koers, profile: Profile, element: Element | None,
                 goal: GoalInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Doel bewerken" if goal else "Nieuw doel")
        self.setMinimumWidth(640)
        self._element = element
        form = QFormLayout(self)
        self.wat = QLineEdit()
        self.hoe = QPlainTextEdit()
        self.hoe.setTabChangesFocus(True)
        self.hoe.setFixedHeight(70)
        self.schooljaar = QComboBox()
        self.schooljaar.addItem("Nog niet gepland", None)
        for year in profile.school_years():
            self.schooljaar.addItem(school_year_label(year), year)
        self.eigenaar = QLineEdit()
        self.indicator = QLineEdit()
        self.baseline = QLineEdit()
        self.streefwaarde = QLineEdit()
        self.merkbaar = QPlainTextEdit()
        self.merkbaar.setTabChangesFocus(True)
        self.merkbaar.setFixedHeight(60)
        self.evaluatie = QLineEdit()
        self.primary = QComboBox()
        self.primary.addItem("Geen koppeling (eigen kleur)", NO_LINK)
        # On an element page, that element's targets; on the plan-wide page, every element's.
        for owner in [element] if element is not None else list(koers.walk()):
            prefix = "Doel" if element is not None else owner.titel
            for target in owner.targets:
                self.primary.addItem(f"{prefix}: {_short(target.tekst)}", target.id)
                self.primary.setItemData(self.primary.count() - 1, target.tekst, Qt.ItemDataRole.ToolTipRole)
            self.primary.addItem(f"{owner.label} als geheel", owner.id)
        self.secondary = QListWidget()
        self.secondary.setFixedHeight(110)
        for other in koers.walk():
            for target in other.targets:
                item = QListWidgetItem(f"{other.titel}: {_short(target.tekst, 110)}")
                item.setData(Qt.ItemDataRole.UserRole, target.id)
                item.setToolTip(f"{other.titel}: {target.tekst}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.secondary.addItem(item)
        for label, widget in (
            ("&Wat", self.wat), ("&Hoe", self.hoe), ("Wa&nneer", self.schooljaar),
            ("&Eigenaar", self.eigenaar), ("Meetbaar: &indicator", self.indicator),
            ("Meetbaar: &beginwaarde", self.baseline), ("Meetbaar: &streefwaarde", self.streefwaarde),
            ("Mer&kbaar resultaat", self.merkbaar), ("E&valuatiemoment", self.evaluatie),
            ("&Koppeling aan de koers", self.primary), ("&Ook bij", self.secondary),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Opslaan")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if goal is not None:
            self._fill(goal)
        elif element is not None:  # a new goal on an element page belongs to that element's targets
            self.primary.setCurrentIndex(self.primary.findData(element.id))

    def _fill(self, goal: GoalInfo) -> None:
        self.wat.setText(goal.wat)
        self.hoe.setPlainText(goal.hoe)
        self.schooljaar.setCurrentIndex(max(0, self.schooljaar.findData(goal.schooljaar)))
        self.eigenaar.setText(goal.eigenaar)
        self.indicator.setText(goal.indicator)
        self.baseline.setText(goal.baseline)
        self.streefwaarde.setText(goal.streefwaarde)
        self.merkbaar.setPlainText(goal.merkbaar)
        self.evaluatie.setText(goal.evaluatie)
        primary = goal.primary_link or NO_LINK
        index = self.primary.findData(primary)
        if index < 0:  # a link made elsewhere (another element): keep it selectable
            self.primary.addItem(f"Koppeling: {primary}", primary)
            index = self.primary.count() - 1
        self.primary.setCurrentIndex(index)
        secondary = set(goal.secondary_links)
        for row in range(self.secondary.count()):
            item = self.secondary.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in secondary:
                item.setCheckState(Qt.CheckState.Checked)

    def _accept(self) -> None:
        if not self.wat.text().strip():
            QMessageBox.warning(self, self.windowTitle(), "Beschrijf wat de school wil bereiken.")
            return
        self.accept()

    def fields(self) -> dict[str, Any]:
        return {
            "wat": self.wat.text().strip(),
            "hoe": self.hoe.toPlainText().strip(),
            "schooljaar": self.schooljaar.currentData(),
            "eigenaar": self.eigenaar.text().strip(),
            "indicator": self.indicator.text().strip(),
            "baseline": self.baseline.text().strip(),
            "streefwaarde": self.streefwaarde.text().strip(),
            "merkbaar": self.merkbaar.toPlainText().strip(),
            "evaluatie": self.evaluatie.text().strip(),
        }

    def primary_link(self) -> str | None:
        return self.primary.currentData() or None

    def secondary_links(self) -> list[str]:
        primary = self.primary_link()
        links = []
        for row in range(self.secondary.count()):
            item = self.secondary.item(row)
            ref = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked and ref != primary:
                links.append(ref)
        return links
