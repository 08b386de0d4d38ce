"""Small dialogs of the Jaarplan page: a new action, carrying a goal over, the yearly evaluation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from koerswijzer.plan.jaarplannen import STATUSES, UITGEVOERD, VERVOLG, EvaluatieInfo


def _buttons(dialog: QDialog, form: QFormLayout, ok: str) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


class ActionDialog(QDialog):
    """A new action: what, who, when (a month or a period), hours, costs, status."""

    def __init__(self, goal: str, owner: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Nieuwe actie")
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        form.addRow("Bij het doel", QLineEdit(goal, readOnly=True))
        self.tekst = QLineEdit()
        self.wie = QLineEdit(owner)
        self.wanneer = QLineEdit()
        self.wanneer.setPlaceholderText("Een maand of periode, bijvoorbeeld ‘oktober’ of ‘okt–dec’")
        self.uren = QLineEdit()
        self.uren.setPlaceholderText("Optioneel")
        self.euros = QLineEdit()
        self.euros.setPlaceholderText("Optioneel, in hele euro's")
        self.status = QComboBox()
        for key, label in STATUSES.items():
            self.status.addItem(label, key)
        for label, widget in (("&Actie", self.tekst), ("&Wie", self.wie), ("Wa&nneer", self.wanneer),
                              ("&Uren", self.uren), ("&Kosten (€)", self.euros), ("&Status", self.status)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        _buttons(self, form, "Toevoegen")

    def fields(self) -> dict[str, object]:
        return {"tekst": self.tekst.text(), "wie": self.wie.text(), "wanneer": self.wanneer.text(),
                "uren": self.uren.text(), "euros": self.euros.text(), "status": self.status.currentData()}


class CarryOverDialog(QDialog):
    def __init__(self, goal: str, next_year: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Doorschuiven naar het volgende schooljaar")
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        form.addRow("Doel", QLineEdit(goal, readOnly=True))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setAccessibleName("Reden")
        self.reason.setPlaceholderText("Waarom is het doel nog niet af? Bijvoorbeeld: de werkgroep startte later.")
        form.addRow("&Reden", self.reason)
        _buttons(self, form, f"Doorschuiven naar {next_year}")

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            QMessageBox.warning(self, self.windowTitle(), "Geef een reden waarom het doel doorschuift.")
            return
        super().accept()


class EvaluationDialog(QDialog):
    """Plan, do, check, act: carried out as planned? whom did it reach? what did it yield? and now?"""

    def __init__(self, goal: str, indicator: str, current: EvaluatieInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Doel evalueren")
        self.setMinimumWidth(600)
        form = QFormLayout(self)
        form.addRow("Doel", QLineEdit(goal, readOnly=True))
        self.uitgevoerd = QComboBox()
        for key, label in UITGEVOERD.items():
            self.uitgevoerd.addItem(label, key)
        self.bereik = QLineEdit()
        self.bereik.setPlaceholderText("Welke leerlingen, ouders of collega's heeft het bereikt?")
        self.opbrengst = QPlainTextEdit()
        self.opbrengst.setTabChangesFocus(True)
        self.opbrengst.setFixedHeight(70)
        self.opbrengst.setPlaceholderText(f"Wat leverde het op, gemeten aan: {indicator}" if indicator
                                          else "Wat leverde het op?")
        self.vervolg = QComboBox()
        for key, label in VERVOLG.items():
            self.vervolg.addItem(label, key)
        self.toelichting = QPlainTextEdit()
        self.toelichting.setTabChangesFocus(True)
        self.toelichting.setFixedHeight(60)
        for label, widget in (("&Uitgevoerd", self.uitgevoerd), ("&Bereik", self.bereik),
                              ("&Opbrengst", self.opbrengst), ("&Vervolg", self.vervolg),
                              ("&Toelichting", self.toelichting)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        if current is not None:
            self.uitgevoerd.setCurrentIndex(self.uitgevoerd.findData(current.uitgevoerd))
            self.bereik.setText(current.bereik)
            self.opbrengst.setPlainText(current.opbrengst)
            self.vervolg.setCurrentIndex(self.vervolg.findData(current.vervolg))
            self.toelichting.setPlainText(current.toelichting)
        _buttons(self, form, "Opslaan")

    def fields(self) -> dict[str, str]:
        return {"uitgevoerd": self.uitgevoerd.currentData(), "bereik": self.bereik.text(),
                "opbrengst": self.opbrengst.toPlainText(), "vervolg": self.vervolg.currentData(),
                "toelichting": self.toelichting.toPlainText()}
