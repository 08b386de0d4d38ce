"""New schoolplan: pick a koers, fill in the essentials of the school profile."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.koers.loader import load_koers
from koerswijzer.koers.model import Koers
from koerswijzer.koers.registry import builtin_koersen
from koerswijzer.plan.types import SECTORS, Profile, default_period


class NewPlanDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Nieuw schoolplan")
        self._koersen: list[Koers] = builtin_koersen()
        form = QFormLayout(self)
        self.koers = QComboBox()
        for koers in self._koersen:
            self.koers.addItem(f"{koers.titel} ({koers.bestuur})")
        self.koers.addItem("Koersbestand kiezen…")
        self.koers.activated.connect(self._maybe_pick_file)
        self._previous = 0
        self.school = QLineEdit()
        self.brin = QLineEdit()
        self.brin.setMaxLength(6)
        self.sector = QComboBox()
        self.sector.addItems(SECTORS)
        self.director = QLineEdit()
        self.start = QSpinBox()
        self.start.setRange(2000, 2100)
        first, last = default_period()  # four school years from the next one that starts
        self.start.setValue(first)
        self.end = QSpinBox()
        self.end.setRange(2001, 2101)
        self.end.setValue(last)
        for label, widget in (
            ("&Koers", self.koers), ("&Naam van de school", self.school), ("&BRIN", self.brin),
            ("&Sector", self.sector), ("&Directeur", self.director),
            ("Planperiode &van", self.start), ("Planperiode &tot", self.end),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Aanmaken…")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _maybe_pick_file(self, index: int) -> None:
        if index != len(self._koersen):
            self._previous = index
            return
        name, _ = QFileDialog.getOpenFileName(self, "Koersbestand kiezen", "", "Koersbestand (*.yaml *.yml)")
        if not name:
            self.koers.setCurrentIndex(self._previous)  # nothing chosen: the earlier choice stands
            return
        try:
            koers = load_koers(name)
        except KoerswijzerError as exc:
            # No quiet fall-back to another koers: the choice stays open until one is valid.
            QMessageBox.warning(self, "Koersbestand niet bruikbaar",
                                f"{exc}\n\nKies een ander koersbestand of een van de ingebouwde koersen.")
            return
        self._koersen.append(koers)
        self.koers.insertItem(len(self._koersen) - 1, f"{koers.titel} ({koers.bestuur})")
        self.koers.setCurrentIndex(len(self._koersen) - 1)
        self._previous = len(self._koersen) - 1

    def _accept(self) -> None:
        if self.chosen_koers() is None:
            QMessageBox.warning(self, "Nieuw schoolplan", "Kies een koers: een ingebouwde koers of een "
                                                           "bruikbaar koersbestand.")
            return
        if not self.school.text().strip():
            QMessageBox.warning(self, "Nieuw schoolplan", "Vul de naam van de school in.")
            return
        if self.end.value() <= self.start.value():
            QMessageBox.warning(self, "Nieuw schoolplan", "Het eindjaar moet na het beginjaar liggen.")
            return
        self.accept()

    def chosen_koers(self) -> Koers | None:
        """The chosen koers; None while "Koersbestand kiezen…" is selected without a usable file."""
        index = self.koers.currentIndex()
        return self._koersen[index] if 0 <= index < len(self._koersen) else None

    def profile(self) -> Profile:
        return Profile(
            school_name=self.school.text().strip(),
            period_start=self.start.value(),
            period_end=self.end.value(),
            brin=self.brin.text().strip().upper(),
            sector=self.sector.currentText(),
            director=self.director.text().strip(),
            denominatie=koers.denominatie if (koers := self.chosen_koers()) else "",
        )
