"""An element page: the board's voice first (description, targets), then the school's
answers to each centrale vraag, then its goals and its stance on targets without a goal."""

from __future__ import annotations

import hashlib
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.koers.model import Element, Target
from koerswijzer.plan.types import STANCES, AnswerState, StanceInfo
from koerswijzer.ui.autosave import AutoSaver
from koerswijzer.ui.goals_table import GoalsTable
from koerswijzer.ui.pages import render_markdown
from koerswijzer.ui.question_editor import QuestionEditor

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan


class TintedFrame(QFrame):
    """A tinted block, with a bar on the left for the board's voice. Painted here rather than with
    a style sheet, which would send every widget inside through Qt's slow style-sheet engine."""

    def __init__(self, bar: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = bar

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen if self._bar else self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 4, 4)
        if self._bar:
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRect(0, 0, 5, self.height())
        painter.end()
        super().paintEvent(event)


def heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _read_key(plan, element_id: str) -> str:  # type: ignore[no-untyped-def]
    digest = hashlib.sha1(str(getattr(plan, "location", "")).encode()).hexdigest()[:12]
    return f"gelezen/{digest}/{element_id}"


def targets_read(plan, element_id: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the director has seen this element's board targets before (in this plan)."""
    return bool(QSettings().value(_read_key(plan, element_id), False, type=bool))


def mark_targets_read(plan, element_id: str) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue(_read_key(plan, element_id), True)


MEASURE_CHARS = 150  # the widest the element page gets, in average characters (the board grid fits)


def _ancestors(koers, element: Element) -> list[Element]:  # type: ignore[no-untyped-def]
    out = []
    while element.parent_id:
        element = koers.element(element.parent_id)
        out.append(element)
    return out


class StanceRow:
    """A board target with the school's stance (al op orde / geen prioriteit) and reason."""

    def __init__(self, grid: QGridLayout, row: int, target: Target, stance: StanceInfo | None,
                 plan: Schoolplan, autosaver: AutoSaver) -> None:
        self.target = target
        self.plan = plan
        self._autosaver = autosaver
        audience = f"Voor {target.doelgroep}: " if target.doelgroep else ""
        self.label = QLabel(f"• {audience}{target.with_details()}")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.served = QLabel()
        self.choice = QComboBox()
        self.choice.setAccessibleName(f"Aanpak van het bestuursdoel: {target.tekst}")
        # Narrow windows (1024 px): the choice shrinks to its shortest readable width.
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(14)
        self.choice.addItem("Via schooldoelen of nog open", "")
        for key, label in STANCES.items():
            self.choice.addItem(label, key)
        # A few lines: a reason is a sentence or two, and stays in sight while it is written.
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 12)
        self.reason.setMinimumWidth(140)
        self.reason.setPlaceholderText("Reden")
        self.reason.setAccessibleName(f"Reden bij: {target.tekst}")
        if stance is not None:
            self.choice.setCurrentIndex(self.choice.findData(stance.stance))
            self.reason.setPlainText(stance.reason)
            self.reason.setToolTip(stance.reason)
        self.reason.setEnabled(bool(self.choice.currentData()))
        self.choice.currentIndexChanged.connect(self._changed)
        self.reason.textChanged.connect(self._changed)
        if plan.read_only:
            self.choice.setEnabled(False)
            self.reason.setReadOnly(True)
        # The board's bureau carries this one out: the school takes no stance on it.
        self.choice.setVisible(not target.by_board)
        self.reason.setVisible(not target.by_board)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.label, row, 0, alignment=top)
        grid.addWidget(self.served, row, 1, alignment=top)
        grid.addWidget(self.choice, row, 2, alignment=top)
        grid.addWidget(self.reason, row, 3, alignment=top)

    def set_served(self, goals: int) -> None:
        self.served.setText(f"{goals} schooldoel{'en' if goals != 1 else ''}" if goals else "")

    def _changed(self) -> None:
        stance = self.choice.currentData()
        self.reason.setEnabled(bool(stance))
        if stance and not self.reason.toPlainText().strip():
            self.reason.setFocus()
            return  # saved once there is a reason
        target_id, reason = self.target.id, self.reason.toPlainText().strip()

        def write() -> None:
            if stance:
                self.plan.set_stance(target_id, stance, reason)
            else:
                self.plan.clear_stance(target_id)

        self._autosaver.schedule(f"standpunt:{target_id}", write)


class ElementPage(QScrollArea):
    answer_saved = Signal(str)
    history_requested = Signal(str)
    goals_changed = Signal()

    def __init__(self, plan: Schoolplan, element: Element, answers: dict[str, AnswerState],
                 autosaver: AutoSaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.element = element
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        # A readable measure on wide screens: the page is centred and at most MEASURE_CHARS wide,
        # so an answer wraps at some 140 characters (not 230 at 1920 px) and the board's grid fits.
        body.setMaximumWidth(body.fontMetrics().averageCharWidth() * MEASURE_CHARS + 48)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(heading(element.label, 1.7))

        board = TintedFrame()
        board.setObjectName("bestuur")
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(16, 10, 16, 12)
        board_layout.addWidget(heading(f"Het bestuur: {plan.koers.bestuur}", 1.0))
        if element.beschrijving:
            toggle = QToolButton()
            toggle.setText("Toelichting van het bestuur tonen")
            toggle.setCheckable(True)
            description = QLabel(render_markdown(element.beschrijving))
            description.setWordWrap(True)
            description.setTextFormat(Qt.TextFormat.RichText)
            description.setVisible(False)
            toggle.toggled.connect(description.setVisible)
            toggle.toggled.connect(lambda on: toggle.setText(
                "Toelichting van het bestuur verbergen" if on else "Toelichting van het bestuur tonen"))
            board_layout.addWidget(toggle)
            board_layout.addWidget(description)
        self.stance_rows: list[StanceRow] = []
        self.targets_toggle: QToolButton | None = None
        if element.targets:
            offer = any(plan.koers.congruentie.verdict_rule(e.soort).offer
                        for e in (element, *_ancestors(plan.koers, element)))
            note = "; een aanbod: de school kiest wat zij oppakt" if offer else ""
            # Writing first: once read, the board's targets fold to one line above the answers.
            self.targets_toggle = QToolButton()
            self.targets_toggle.setCheckable(True)
            self.targets_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.targets_toggle.setAutoRaise(True)
            self.targets_toggle.setStyleSheet("QToolButton { font-weight: bold; }")
            count = f"{len(element.targets)} {'doel' if len(element.targets) == 1 else 'doelen'} van het bestuur"
            self._targets_label = f"{plan.koers.kopje('doelen')} ({count}{note})"
            self.targets_box = QWidget()
            grid = QGridLayout(self.targets_box)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(3, 2)
            stances = plan.stances()
            for row, target in enumerate(element.targets):
                self.stance_rows.append(StanceRow(grid, row, target, stances.get(target.id), plan, autosaver))
            self.targets_toggle.toggled.connect(self._fold_targets)
            board_layout.addWidget(self.targets_toggle)
            board_layout.addWidget(self.targets_box)
            self.targets_toggle.setChecked(not targets_read(plan, element.id))
            self._fold_targets(self.targets_toggle.isChecked())
        layout.addWidget(board)

        # Open points: one line that keeps its height while the director types (the check runs
        # again in the background); the list opens on request.
        points_row = QHBoxLayout()
        self.points = QLabel()
        self.points.setObjectName("punten")
        self.points.setAccessibleName("Open punten bij dit onderdeel")
        self.points.setFixedHeight(self.points.fontMetrics().lineSpacing() + 6)
        self.points_toggle = QToolButton()
        self.points_toggle.setCheckable(True)
        self.points_toggle.setText("tonen")
        self.points_toggle.setAutoRaise(True)
        self.points_list = QLabel()
        self.points_list.setWordWrap(True)
        self.points_list.setVisible(False)
        self.points_toggle.toggled.connect(self.points_list.setVisible)
        self.points_toggle.toggled.connect(lambda on: self.points_toggle.setText("verbergen" if on else "tonen"))
        points_row.addWidget(self.points)
        points_row.addWidget(self.points_toggle)
        points_row.addStretch(1)
        self.points_box = QWidget()
        points_layout = QVBoxLayout(self.points_box)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addLayout(points_row)
        points_layout.addWidget(self.points_list)
        self.points_box.setVisible(False)
        layout.addWidget(self.points_box)

        self.editors: list[QuestionEditor] = []
        if element.questions:
            layout.addWidget(heading("Centrale vragen", 1.3))
        for number, question in enumerate(element.questions, start=1):
            editor = QuestionEditor(plan, question, number, answers.get(question.id, AnswerState(question.id)),
                                    autosaver)
            editor.answer_saved.connect(self.answer_saved)
            editor.history_requested.connect(self.history_requested)
            self.editors.append(editor)
            layout.addWidget(editor)

        layout.addWidget(heading(f"Schooldoelen bij {element.titel}", 1.3))
        self.goals = GoalsTable(plan, element)
        self.goals.goals_changed.connect(self._goals_changed)
        layout.addWidget(self.goals)
        layout.addStretch(1)
        self.setWidget(body)
        self._update_served()
        self.show_team_input()

    def show_points(self, findings) -> None:  # type: ignore[no-untyped-def]
        """The element's open points from the congruence check: one line under the board's block
        (its height never changes, so the editor below does not move), the list on request."""
        open_points = [f for f in findings if f.severity != "ok"]
        if not open_points:
            self.points.setText("<b>Congruentie:</b> geen open punten bij dit onderdeel.")
            self.points_list.setText("")
        else:
            first = escape(open_points[0].message.replace("**", ""))
            self.points.setText(f"<b>Open punten ({len(open_points)}):</b> {first[:90]}{'…' if len(first) > 90 else ''}")
            shown = "".join(f"<li>{escape(f.message.replace('**', ''))}</li>" for f in open_points[:12])
            more = f"<p>… en nog {len(open_points) - 12} (zie Congruentie).</p>" if len(open_points) > 12 else ""
            self.points_list.setText(f"<ul>{shown}</ul>{more}")
        self.points_toggle.setVisible(bool(open_points))
        self.points_box.setVisible(True)

    def _fold_targets(self, shown: bool) -> None:
        if self.targets_toggle is None:
            return
        self.targets_box.setVisible(shown)
        self.targets_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.targets_toggle.setText(f"{self._targets_label} — {'verbergen' if shown else 'tonen'}")

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        super().showEvent(event)
        mark_targets_read(self.plan, self.element.id)  # seen once: folded on the next visit
        if self._team_stale:
            self.show_team_input()

    def cards_changed(self) -> None:
        """A team session changed its cards: show them now, or when this page is next shown."""
        self._team_stale = True
        if self.isVisible():
            self.show_team_input()

    def goals_changed_by(self, source: object) -> None:
        """Another page changed the goals: show them as they are now."""
        if source is not self:
            self.goals.refresh()
            self._update_served()

    def show_report(self, report) -> None:  # type: ignore[no-untyped-def]
        self.show_points(report.findings_for(self.plan.koers, self.element))

    def show_team_input(self) -> None:
        """Refresh the team's contributions beside each question (after a session, say)."""
        from koerswijzer.workshop.sessions import Workshops

        self._team_stale = False
        if not self.editors:
            return
        workshops = Workshops(self.plan)
        cards: dict[str, list] = {}
        for card in workshops.contributions():
            cards.setdefault(card.question_id, []).append(card)
        for editor in self.editors:
            editor.show_team_input(workshops, cards.get(editor.question.id, []))

    def editor_for(self, question_id: str) -> QuestionEditor | None:
        return next((e for e in self.editors if e.question.id == question_id), None)

    def focus_question(self, question_id: str) -> QuestionEditor | None:
        editor = self.editor_for(question_id)
        if editor is not None:
            self.ensureWidgetVisible(editor, 0, 40)
            editor.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _goals_changed(self) -> None:
        self._update_served()
        self.goals_changed.emit()

    def _update_served(self) -> None:
        counts: dict[str, int] = {}
        for goal in self.plan.goals():
            for link in goal.links:
                counts[link.ref_id] = counts.get(link.ref_id, 0) + 1
        for row in self.stance_rows:
            row.set_served(counts.get(row.target.id, 0))
