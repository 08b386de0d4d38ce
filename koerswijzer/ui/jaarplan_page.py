"""Jaarplan: one school year's goals from the meerjarenplanning, each with its actions (the steps
of its hoe): who, when, hours, costs and status, edited in place (F2 or a double click). Goals can
be added (split over years), carried over to the next year with a reason, and evaluated at the end
of the year. Every change can be undone (Ctrl+Z) and is in the plan's history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.jaarplannen import STATUSES, VERVOLG, JaarplanDoelInfo, Jaarplannen
from koerswijzer.plan.kalender import school_year_label, wanneer_label
from koerswijzer.ui.element_page import heading
from koerswijzer.ui.living_undo import AddAction, DeleteAction, EditAction, Evaluate, PutIn

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan
    from koerswijzer.ui.jobs import JobRunner

COLUMNS = ("Doel / actie", "Wie", "Wanneer", "Uren", "Kosten (€)", "Status")
FIELDS = (None, "wie", "wanneer", "uren", "euros", "status")
ACTION_ROLE = Qt.ItemDataRole.UserRole
DOEL_ROLE = Qt.ItemDataRole.UserRole + 1


class _StatusDelegate(QStyledItemDelegate):
    """The status column edits with a list of the five statuses."""

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        if index.column() != 5 or index.data(ACTION_ROLE) is None and index.siblingAtColumn(0).data(ACTION_ROLE) is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key, label in STATUSES.items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findText(index.data() or "")))
        return combo

    def setModelData(self, editor, model, index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class JaarplanPage(QWidget):
    changed = Signal()  # actions or goals changed: the navigator's marks follow

    def __init__(self, plan: Schoolplan, schooljaar: int, jobs: JobRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.schooljaar, self.jobs = plan, schooljaar, jobs
        self.store = Jaarplannen(plan)
        self.undo_stack = QUndoStack(self)
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(f"Jaarplan {school_year_label(schooljaar)}", 1.6))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.make_button = QPushButton(f"Jaarplan {school_year_label(schooljaar)} maken uit de meerjarenplanning")
        self.make_button.clicked.connect(self.make)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        bar = QHBoxLayout()
        self.add_action_button = QPushButton("Actie toevoegen…")
        self.add_action_button.clicked.connect(self.add_action)
        self.delete_action_button = QPushButton("Actie verwijderen")
        self.delete_action_button.clicked.connect(self.delete_action)
        self.add_goal_button = QPushButton("Doel toevoegen…")
        self.add_goal_button.setToolTip("Een doel uit de meerjarenplanning ook in dit schooljaar opnemen")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.carry_button = QPushButton("Doorschuiven…")
        self.carry_button.setToolTip("Het gekozen doel met zijn open acties naar het volgende schooljaar")
        self.carry_button.clicked.connect(self.carry_over)
        self.evaluate_button = QPushButton("Evalueren…")
        self.evaluate_button.clicked.connect(self.evaluate)
        self.export_button = QPushButton("Exporteren…")
        self.export_button.setToolTip("Het jaarplan als Word-document of Excel-bestand")
        self.export_button.clicked.connect(self.export)
        self.tools = [self.add_action_button, self.delete_action_button, self.add_goal_button, self.carry_button,
                      self.evaluate_button, self.export_button]
        for button in self.tools:
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.setAccessibleName(f"Doelen en acties van het jaarplan {school_year_label(schooljaar)}")
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setItemDelegate(_StatusDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 110), (3, 60), (4, 90), (5, 105)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(self._edited)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                           (QKeySequence(Qt.Key.Key_Insert), self.add_action)):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        jaarplan = self.store.get(self.schooljaar)
        made = jaarplan is not None
        self.make_button.setVisible(not made and not self.plan.read_only)
        self.tree.setVisible(made)
        for button in self.tools:
            button.setVisible(made)
        if not made:
            planned = sum(1 for g in self.plan.goals() if g.schooljaar == self.schooljaar)
            self.intro.setText(f"Er is nog geen jaarplan voor {school_year_label(self.schooljaar)}. De meerjarenplanning "
                               f"zet {planned} {'doel' if planned == 1 else 'doelen'} in dit schooljaar; het jaarplan "
                               "neemt ze over, met de stappen van hun ‘hoe’ als acties.")
            return
        actions = [a for d in jaarplan.doelen for a in d.acties]
        done = sum(a.status in ("afgerond", "gestopt") for a in actions)
        self.intro.setText(f"{len(jaarplan.doelen)} {'doel' if len(jaarplan.doelen) == 1 else 'doelen'}, "
                           f"{len(actions)} acties, waarvan {done} afgerond of gestopt. Wijzig een actie met F2 of "
                           "een dubbelklik; Insert voegt een actie toe, Ctrl+Z maakt ongedaan.")
        current = self._current_ids()
        self._filling = True
        self.tree.clear()
        for doel in jaarplan.doelen:
            top = QTreeWidgetItem([self._doel_title(doel), doel.goal.eigenaar, "", "", "", ""])
            top.setData(0, DOEL_ROLE, doel.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setToolTip(0, doel.goal.wat)
            for actie in doel.acties:
                item = QTreeWidgetItem([actie.tekst, actie.wie, wanneer_label(actie.wanneer),
                                        "" if actie.uren is None else str(actie.uren),
                                        "" if actie.euros is None else f"{actie.euros:,}".replace(",", "."),
                                        STATUSES[actie.status]])
                item.setData(0, ACTION_ROLE, actie.id)
                item.setData(0, DOEL_ROLE, doel.id)
                item.setToolTip(0, actie.tekst)
                if not self.plan.read_only:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                top.addChild(item)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self._filling = False
        self._restore_current(current)
        self._update_buttons()

    def _doel_title(self, doel: JaarplanDoelInfo) -> str:
        notes = []
        if doel.carried_from_year is not None:
            notes.append(f"doorgeschoven uit {school_year_label(doel.carried_from_year)}")
        if doel.evaluatie is not None:
            notes.append(f"geëvalueerd: {VERVOLG[doel.evaluatie.vervolg].lower()}")
        return doel.goal.wat + (f"  ({'; '.join(notes)})" if notes else "")

    def _current_ids(self) -> tuple[int | None, int | None]:
        item = self.tree.currentItem()
        return (item.data(0, DOEL_ROLE), item.data(0, ACTION_ROLE)) if item is not None else (None, None)

    def _restore_current(self, ids: tuple[int | None, int | None]) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, DOEL_ROLE) != ids[0]:
                continue
            found = next((top.child(c) for c in range(top.childCount()) if top.child(c).data(0, ACTION_ROLE) == ids[1]),
                         top)
            self.tree.setCurrentItem(found)
            return
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _update_buttons(self) -> None:
        doel_id, action_id = self._current_ids()
        writable = not self.plan.read_only
        self.add_action_button.setEnabled(writable and doel_id is not None)
        self.delete_action_button.setEnabled(writable and action_id is not None)
        self.carry_button.setEnabled(writable and doel_id is not None)
        self.evaluate_button.setEnabled(writable and doel_id is not None)
        self.add_goal_button.setEnabled(writable)

    def _doel(self) -> JaarplanDoelInfo | None:
        doel_id, _ = self._current_ids()
        jaarplan = self.store.get(self.schooljaar)
        return next((d for d in jaarplan.doelen if d.id == doel_id), None) if jaarplan and doel_id else None

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def _fail(self, exc: KoerswijzerError) -> None:
        QMessageBox.warning(self, "Jaarplan", str(exc))
        self.refresh()  # back to what is stored: nothing half-changed stays on screen

    # -- changing ------------------------------------------------------------------------------------

    def make(self) -> None:
        try:
            self.store.make(self.schooljaar)
        except KoerswijzerError as exc:
            self._fail(exc)
            return
        year = self.schooljaar
        self.undo_stack.push(PutIn(f"jaarplan {school_year_label(year)} maken", lambda: self.store.delete(year),
                                   self.store, self._done))
        self._done()

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or item.data(0, ACTION_ROLE) is None:
            return
        text = item.text(column).strip()
        field = FIELDS[column] or "tekst"
        value: object = text
        if field == "status":
            value = next((k for k, label in STATUSES.items() if label.lower() == text.lower()), text)
        elif field == "euros":
            value = text.replace("€", "").strip()
        try:
            before, after = self.store.set_action(int(item.data(0, ACTION_ROLE)), **{field: value})
        except KoerswijzerError as exc:
            self._fail(exc)
            return
        self.undo_stack.push(EditAction(self.store, before, after, self._done))
        self._done()

    def add_action(self) -> None:
        from koerswijzer.ui.jaarplan_dialogs import ActionDialog

        doel = self._doel()
        if doel is None or self.plan.read_only:
            return
        dialog = ActionDialog(doel.goal.wat, doel.goal.eigenaar, self)
        while dialog.exec():
            try:
                added = self.store.add_action(doel.id, **dialog.fields())  # type: ignore[arg-type]
            except KoerswijzerError as exc:
                QMessageBox.warning(self, "Nieuwe actie", str(exc))  # the dialog keeps what was typed
                continue
            self.undo_stack.push(AddAction(self.store, added, self._done))
            self._done()
            return

    def delete_action(self) -> None:
        _doel_id, action_id = self._current_ids()
        if action_id is None:
            return
        try:
            kept = self.store.delete_action(int(action_id))
        except KoerswijzerError as exc:
            self._fail(exc)
            return
        self.undo_stack.push(DeleteAction(self.store, kept, self._done))
        self.status.setText(f"Actie ‘{kept[2].tekst}’ verwijderd. Ctrl+Z zet haar terug.")
        self._done()

    def add_goal(self) -> None:
        jaarplan = self.store.get(self.schooljaar)
        present = {d.goal.id for d in jaarplan.doelen} if jaarplan else set()
        goals = [g for g in self.plan.goals() if g.id not in present]
        if not goals:
            QMessageBox.information(self, "Doel toevoegen", "Alle doelen van het schoolplan staan al in dit jaarplan.")
            return
        labels = [f"{g.wat} ({school_year_label(g.schooljaar)})" if g.schooljaar else g.wat for g in goals]
        chosen, ok = QInputDialog.getItem(self, "Doel toevoegen", "Welk doel komt ook in dit schooljaar?", labels, 0, False)
        if not ok:
            return
        try:
            added = self.store.add_goal(self.schooljaar, goals[labels.index(chosen)].id)
        except KoerswijzerError as exc:
            self._fail(exc)
            return
        self.undo_stack.push(PutIn("doel toevoegen", lambda: self.store.remove_doel(added.id), self.store, self._done))
        self._done()

    def carry_over(self) -> None:
        from koerswijzer.ui.jaarplan_dialogs import CarryOverDialog

        doel = self._doel()
        if doel is None:
            return
        dialog = CarryOverDialog(doel.goal.wat, school_year_label(self.schooljaar + 1), self)
        if not dialog.exec():
            return
        made = self.store.get(self.schooljaar + 1) is None  # carrying over makes next year's jaarplan
        try:
            carried = self.store.carry_over(doel.id, dialog.reason.toPlainText())
        except KoerswijzerError as exc:
            self._fail(exc)
            return
        self.undo_stack.push(PutIn("doel doorschuiven", lambda: self.store.remove_doel(carried.id, made), self.store,
                                   self._done))
        self.status.setText(f"‘{doel.goal.wat}’ staat nu ook in het jaarplan {school_year_label(self.schooljaar + 1)}.")
        self._done()

    def evaluate(self) -> None:
        from koerswijzer.ui.jaarplan_dialogs import EvaluationDialog

        doel = self._doel()
        if doel is None:
            return
        dialog = EvaluationDialog(doel.goal.wat, doel.goal.indicator, doel.evaluatie, self)
        if not dialog.exec():
            return
        try:
            after = self.store.evaluate(doel.id, **dialog.fields())
        except KoerswijzerError as exc:
            self._fail(exc)
            return
        self.undo_stack.push(Evaluate(self.store, doel.id, doel.evaluatie, after, self._done))
        self._done()

    def export(self, target: str | None = None) -> None:
        from koerswijzer.ui.living_export import export_jaarplan

        export_jaarplan(self, target)
