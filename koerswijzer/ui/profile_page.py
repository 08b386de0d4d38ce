"""The school profile and the plan's adoption dates, saved as the director types."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from koerswijzer.plan.types import SECTORS
from koerswijzer.ui.autosave import AutoSaver
from koerswijzer.ui.element_page import heading

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan


class DateField(QWidget):
    """A date that may still be empty ("nog niet")."""

    changed = Signal()

    def __init__(self, label: str, value: dt.date | None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox("bekend")
        self.known.setAccessibleName(f"{label} bekend")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d-M-yyyy")
        self.date.setAccessibleName(label)
        self.known.setChecked(value is not None)
        self.date.setDate(QDate(value) if value else QDate.currentDate())
        self.date.setEnabled(value is not None)
        self.known.toggled.connect(self.date.setEnabled)
        self.known.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)
        layout.addWidget(self.known)
        layout.addWidget(self.date)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return self.date.date().toPython() if self.known.isChecked() else None  # type: ignore[return-value]


class ProfilePage(QScrollArea):
    profile_saved = Signal()

    def __init__(self, plan: Schoolplan, autosaver: AutoSaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._autosaver = autosaver
        self.setWidgetResizable(True)
        body = QWidget()
        form = QFormLayout(body)
        form.setContentsMargins(24, 16, 24, 24)
        form.addRow(heading("Schoolprofiel", 1.7))
        profile = plan.profile()
        self.school_name = QLineEdit(profile.school_name)
        self.brin = QLineEdit(profile.brin)
        self.brin.setMaxLength(6)
        self.sector = QComboBox()
        self.sector.addItems(SECTORS)
        self.sector.setCurrentText(profile.sector)
        self.director = QLineEdit(profile.director)
        self.onderwijsconcept = QLineEdit(profile.onderwijsconcept)
        self.denominatie = QComboBox()
        self.denominatie.setEditable(True)
        self.denominatie.addItems(["openbaar", "algemeen bijzonder", "protestants-christelijk",
                                   "rooms-katholiek", "islamitisch", "anders"])
        self.denominatie.setCurrentText(profile.denominatie)
        self.period_start = QSpinBox()
        self.period_start.setRange(2000, 2100)
        self.period_start.setValue(profile.period_start)
        self.period_end = QSpinBox()
        self.period_end.setRange(2001, 2101)
        self.period_end.setValue(profile.period_end)
        self.pupils = QSpinBox()
        self.pupils.setRange(0, 10000)
        self.pupils.setSpecialValueText("onbekend")
        self.pupils.setValue(profile.pupils or 0)
        self.context = QPlainTextEdit(profile.context)
        self.context.setTabChangesFocus(True)
        self.context.setMinimumHeight(180)
        self.plan_versie = QLineEdit(profile.plan_versie)
        self.plan_versie.setPlaceholderText("bijvoorbeeld 1.0, of: concept voor de MR")
        self.plan_versie.setToolTip("De versie van het schoolplan zoals u die noemt; staat in het colofon.")
        mr, vaststelling = plan.dates()
        self.mr = DateField("Datum instemming MR", mr)
        self.vaststelling = DateField("Datum vaststelling door het bestuur", vaststelling)
        for label, widget in (
            ("&Naam van de school", self.school_name), ("&BRIN", self.brin), ("&Sector", self.sector),
            ("&Directeur", self.director), ("&Onderwijsconcept", self.onderwijsconcept),
            ("D&enominatie", self.denominatie), ("Planperiode &van", self.period_start),
            ("Planperiode &tot", self.period_end), ("Aantal &leerlingen", self.pupils),
            ("&Contextanalyse", self.context), ("Versie van het &plan", self.plan_versie),
            ("Instemming &MR", self.mr),
            ("&Vaststelling bestuur", self.vaststelling),
        ):
            if not widget.accessibleName():
                widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        for signal in (self.school_name.textEdited, self.brin.textEdited, self.director.textEdited,
                       self.onderwijsconcept.textEdited, self.context.textChanged, self.plan_versie.textEdited,
                       self.sector.currentIndexChanged, self.denominatie.currentTextChanged,
                       self.period_start.valueChanged, self.period_end.valueChanged,
                       self.pupils.valueChanged):
            signal.connect(self._schedule_profile)
        self.mr.changed.connect(self._schedule_dates)
        self.vaststelling.changed.connect(self._schedule_dates)
        if plan.read_only:
            body.setEnabled(False)
        self.setWidget(body)

    def values(self) -> dict[str, Any]:
        return {
            "school_name": self.school_name.text().strip(),
            "brin": self.brin.text().strip().upper(),
            "sector": self.sector.currentText(),
            "director": self.director.text().strip(),
            "onderwijsconcept": self.onderwijsconcept.text().strip(),
            "denominatie": self.denominatie.currentText().strip(),
            "period_start": self.period_start.value(),
            "period_end": self.period_end.value(),
            "pupils": self.pupils.value() or None,
            "context": self.context.toPlainText(),
            "plan_versie": self.plan_versie.text().strip(),
        }

    def _schedule_profile(self) -> None:
        values = self.values()
        if not values["school_name"] or values["period_end"] <= values["period_start"]:
            return  # not a valid profile yet; saved when it is

        def write() -> None:
            self.plan.update_profile(**values)
            self.profile_saved.emit()

        self._autosaver.schedule("profiel", write)

    def _schedule_dates(self) -> None:
        mr, vaststelling = self.mr.value(), self.vaststelling.value()
        self._autosaver.schedule("datums", lambda: self.plan.set_dates(mr, vaststelling))


