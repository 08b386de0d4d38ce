"""Edit a school goal: wat, hoe, wanneer, eigenaar, meetbaar and merkbaar resultaat, links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.koers.model import Element, Koers
from koerswijzer.plan.types import GoalInfo, Profile, school_year_label

NO_LINK = ""


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class GoalDialog(QDialog):
    """``element`` is the page the goal lives on; its targets are offered as primary link. A new goal
    starts linked to the first of them that no goal serves yet (``served``: the targets goals link)."""

    def __init__(self, koers: Koers, profile: Profile, element: Element | None,
                 goal: GoalInfo | None = None, parent: QWidget | None = None,
                 served: frozenset[str] = frozenset()) -> None:
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
        self.secondary.setMinimumHeight(150)
        self.secondary.setWordWrap(True)
        self.secondary.setUniformItemSizes(False)
        self.secondary.itemChanged.connect(lambda _item: self._count_secondary())
        for other in koers.walk():
            for target in other.targets:
                item = QListWidgetItem(f"{other.titel}: {target.tekst}")
                item.setData(Qt.ItemDataRole.UserRole, target.id)
                item.setToolTip(f"{other.titel}: {target.tekst}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.secondary.addItem(item)
        self.secondary_filter = QLineEdit()
        self.secondary_filter.setPlaceholderText("Zoek een doel van het bestuur, bijvoorbeeld ‘ouders’")
        self.secondary_filter.setClearButtonEnabled(True)
        self.secondary_filter.setAccessibleName("Zoek bij Ook bij")
        self.secondary_filter.textChanged.connect(self._filter_secondary)
        self.secondary_count = QLabel()
        also = QWidget()
        also_layout = QVBoxLayout(also)
        also_layout.setContentsMargins(0, 0, 0, 0)
        also_layout.addWidget(self.secondary_filter)
        also_layout.addWidget(self.secondary, 1)
        also_layout.addWidget(self.secondary_count)
        for label, widget in (
            ("&Wat", self.wat), ("&Hoe", self.hoe), ("Wa&nneer", self.schooljaar),
            ("&Eigenaar", self.eigenaar), ("Meetbaar: &indicator", self.indicator),
            ("Meetbaar: &beginwaarde", self.baseline), ("Meetbaar: &streefwaarde", self.streefwaarde),
            ("Mer&kbaar resultaat", self.merkbaar), ("E&valuatiemoment", self.evaluatie),
            ("&Koppeling aan de koers", self.primary), ("&Ook bij", also),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.secondary.setAccessibleName("Ook bij")
        form.labelForField(also).setBuddy(self.secondary_filter)  # type: ignore[union-attr]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Opslaan")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if goal is not None:
            self._fill(goal)
        elif element is not None:  # a new goal serves the element's first target that has no goal yet
            unserved = next((t.id for t in element.targets if t.id not in served), element.id)
            self.primary.setCurrentIndex(self.primary.findData(unserved))
        self._count_secondary()

    def _filter_secondary(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.secondary.count()):
            item = self.secondary.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _count_secondary(self) -> None:
        chosen = sum(self.secondary.item(r).checkState() == Qt.CheckState.Checked
                     for r in range(self.secondary.count()))
        self.secondary_count.setText("Nog geen andere doelen gekozen." if not chosen else
                                     f"{chosen} {'ander doel' if chosen == 1 else 'andere doelen'} gekozen.")

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
