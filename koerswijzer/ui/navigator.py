"""The koers tree on the left, with progress (answered out of total) per element."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from koerswijzer.koers.model import Element
from koerswijzer.plan.types import AnswerState, progress_of

PAGE_ROLE = Qt.ItemDataRole.UserRole

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan


def progress_text(element: Element, answers: dict[str, AnswerState], min_words: int) -> str:
    progress = progress_of(element, answers, min_words)
    if progress.total == 0:
        return ""
    return f"{'✓ ' if progress.complete else ''}{progress.answered}/{progress.total}"


class Navigator(QTreeWidget):
    page_chosen = Signal(str, str)  # kind, ref

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(["Onderdeel", "Beantwoord"])
        self.setAccessibleName("Navigatie door het schoolplan")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._elements: dict[str, QTreeWidgetItem] = {}
        self._living: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._min_words = 40
        self.currentItemChanged.connect(self._chosen)

    def fill(self, plan: Schoolplan) -> None:
        koers = plan.koers
        self._min_words = koers.congruentie.min_woorden
        self.headerItem().setToolTip(1, f"Vragen met een antwoord van minstens {self._min_words} woorden, zoals de "
                                        "congruentiecontrole telt.")
        answers = plan.answers()
        self.blockSignals(True)
        self.clear()
        self._elements.clear()
        self.addTopLevelItem(self._item("Schoolprofiel", "profiel"))
        self.addTopLevelItem(self._item("Missie en visie", "missie"))
        groups: dict[str, QTreeWidgetItem] = {}
        for element in koers.elements:
            group = groups.get(element.soort)
            if group is None:
                group = QTreeWidgetItem([koers.soort_meervoud(element.soort), ""])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                groups[element.soort] = group
                self.addTopLevelItem(group)
            group.addChild(self._element_item(element, answers))
        for title, kind in (("Doelen", "doelen"), ("Meerjarenplanning", "planning")):
            self.addTopLevelItem(self._item(title, kind))
        # The living plan: a jaarplan per school year of the period, and the quarters' progress.
        profile = plan.profile()
        years = QTreeWidgetItem(["Jaarplannen", ""])
        years.setFlags(years.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.addTopLevelItem(years)
        self._living: dict[tuple[str, str], QTreeWidgetItem] = {}
        for year in range(profile.period_start, profile.period_end):
            item = self._item(f"{year}–{year + 1}", "jaarplan", str(year))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            years.addChild(item)
            self._living[("jaarplan", str(year))] = item
        voortgang = self._item("Voortgang", "voortgang")
        voortgang.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._living[("voortgang", "")] = voortgang
        self.addTopLevelItem(voortgang)
        for title, kind in (("Teamsessies", "teamsessies"), ("Congruentie", "congruentie"),
                            ("Exporteren", "exporteren")):
            self.addTopLevelItem(self._item(title, kind))
        self.update_living(plan)
        self.expandAll()
        self.blockSignals(False)

    def update_living(self, plan: Schoolplan) -> None:
        """The marks beside the living plan: actions done per jaarplan, goals marked this quarter."""
        from koerswijzer.plan.jaarplannen import Jaarplannen
        from koerswijzer.plan.kalender import current_quarter
        from koerswijzer.plan.voortgang import Voortgang

        made = {j.schooljaar: j for j in Jaarplannen(plan).all()}
        for (kind, ref), item in self._living.items():
            if kind != "jaarplan":
                continue
            jaarplan = made.get(int(ref))
            if jaarplan is None:
                item.setText(1, "—")
                item.setToolTip(1, "Nog niet gemaakt")
                continue
            actions = [a for d in jaarplan.doelen for a in d.acties]
            done = sum(a.status in ("afgerond", "gestopt") for a in actions)
            item.setText(1, f"{'✓ ' if actions and done == len(actions) else ''}{done}/{len(actions)}")
            item.setToolTip(1, f"{done} van {len(actions)} acties afgerond of gestopt")
        profile = plan.profile()
        current = current_quarter(profile.period_start, profile.period_end)
        marked = sum(1 for (_goal, key) in Voortgang(plan).stands() if key == current.key)
        item = self._living[("voortgang", "")]
        item.setText(1, f"{current.short}: {marked}")
        item.setToolTip(1, f"{marked} doelen hebben een stand in {current.label}")

    def _item(self, title: str, kind: str, ref: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, ""])
        item.setData(0, PAGE_ROLE, (kind, ref))
        return item

    def _element_item(self, element: Element, answers: dict[str, AnswerState]) -> QTreeWidgetItem:
        title = f"{element.nummer}. {element.titel}" if element.nummer else element.titel
        item = self._item(title, "element", element.id)
        item.setText(1, progress_text(element, answers, self._min_words))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._elements[element.id] = item
        for child in element.children:
            item.addChild(self._element_item(child, answers))
        return item

    def update_progress(self, plan: Schoolplan, question_id: str) -> None:
        """Refresh the counts of the element that holds the question, and its ancestors."""
        koers = plan.koers
        answers = plan.answers()
        question = next((q for q in koers.questions() if q.id == question_id), None)
        element_id = question.element_id if question else None
        while element_id is not None:
            element = koers.element(element_id)
            self._elements[element_id].setText(1, progress_text(element, answers, self._min_words))
            element_id = element.parent_id

    def select(self, kind: str, ref: str) -> None:
        item = self._elements.get(ref) if kind == "element" else self._living.get((kind, ref)) or next(
            (self.topLevelItem(i) for i in range(self.topLevelItemCount())
             if self.topLevelItem(i).data(0, PAGE_ROLE) == (kind, ref)), None)
        if item is None:
            return
        if self.currentItem() is item:
            self.page_chosen.emit(kind, ref)
        else:
            self.setCurrentItem(item)

    def progress_of_element(self, element_id: str) -> str:
        return self._elements[element_id].text(1)

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        data = item.data(0, PAGE_ROLE)
        if data:
            self.page_chosen.emit(*data)
