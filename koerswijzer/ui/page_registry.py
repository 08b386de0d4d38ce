"""The open plan's pages: one per navigator entry, built on first visit and kept. Pages are keyed by
:class:`PageKind`; each kind has one builder, which also subscribes the page to the plan's events."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from koerswijzer.ui import pages
from koerswijzer.ui.congruence_page import CongruencePage
from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.export_page import ExportPage
from koerswijzer.ui.goals_table import GoalsTable
from koerswijzer.ui.info_page import InfoPage
from koerswijzer.ui.planning_page import PlanningPage
from koerswijzer.ui.profile_page import ProfilePage

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan
    from koerswijzer.ui.autosave import AutoSaver
    from koerswijzer.ui.jobs import JobRunner
    from koerswijzer.ui.plan_events import PlanEvents

W = TypeVar("W", bound=QWidget)


class PageKind(str, Enum):
    """The kinds of page; the values are what the navigator says."""

    PROFIEL = "profiel"
    MISSIE = "missie"
    ELEMENT = "element"
    DOELEN = "doelen"
    PLANNING = "planning"
    CONGRUENTIE = "congruentie"
    EXPORTEREN = "exporteren"
    TEAMSESSIES = "teamsessies"
    JAARPLAN = "jaarplan"  # ref: the school year, "2025"
    VOORTGANG = "voortgang"


class PageRegistry(QObject):
    """Builds and keeps the pages. Connections run to the pages' own methods (never to lambdas that
    hold a page), so a page that is deleted takes its subscriptions with it."""

    def __init__(self, stack: QStackedWidget, plan: Schoolplan, events: PlanEvents, autosaver: AutoSaver,
                 jobs: JobRunner, report: Callable[[], object | None]) -> None:
        super().__init__()  # Python owns it: it goes with the plan
        self.stack, self.plan, self.events, self.autosaver, self.jobs = stack, plan, events, autosaver, jobs
        self._report = report  # the latest congruence report, if any
        self._pages: dict[tuple[PageKind, str], QWidget] = {}
        self._builders: dict[PageKind, Callable[[str], QWidget]] = {
            PageKind.PROFIEL: self._profile, PageKind.MISSIE: self._mission, PageKind.ELEMENT: self._element,
            PageKind.DOELEN: self._goals, PageKind.PLANNING: self._planning,
            PageKind.CONGRUENTIE: self._congruence, PageKind.EXPORTEREN: self._export,
            PageKind.TEAMSESSIES: self._workshop, PageKind.JAARPLAN: self._jaarplan,
            PageKind.VOORTGANG: self._voortgang,
        }

    def get(self, kind: PageKind | str, ref: str = "") -> tuple[QWidget, bool] | None:
        """The page, and whether it was built just now; None for an unknown kind."""
        try:
            kind = PageKind(kind)
        except ValueError:
            return None
        key = (kind, ref)
        if key in self._pages:
            return self._pages[key], False
        widget = self._builders[kind](ref)
        self._pages[key] = widget
        self.stack.addWidget(widget)
        return widget, True

    def has(self, kind: PageKind, ref: str = "") -> bool:
        return (kind, ref) in self._pages

    def __iter__(self) -> Iterator[QWidget]:
        return iter(list(self._pages.values()))

    def of_type(self, cls: type[W]) -> list[W]:
        return [w for w in self._pages.values() if isinstance(w, cls)]

    def clear(self) -> None:
        for widget in self._pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()

    # -- builders: each page, and what it listens to ------------------------------------------------

    def _goals_from(self, widget: QWidget) -> None:
        """Tell the others when ``widget`` changed the goals; it refreshes when another page did
        (its ``goals_changed_by(source)``)."""
        widget.goals_changed.connect(self._page_changed_goals)  # type: ignore[attr-defined]
        self.events.goals_changed.connect(widget.goals_changed_by)  # type: ignore[attr-defined]

    def _page_changed_goals(self) -> None:
        self.events.goals_changed.emit(self.sender())

    def _profile(self, _ref: str) -> QWidget:
        widget = ProfilePage(self.plan, self.autosaver)
        widget.profile_saved.connect(self.events.profile_saved)
        return widget

    def _mission(self, _ref: str) -> QWidget:
        return InfoPage(pages.mission_page(self.plan.koers), "Missie, visie en kaders van het bestuur")

    def _element(self, ref: str) -> QWidget:
        plan = self.plan
        widget = ElementPage(plan, plan.koers.element(ref), plan.answers(), self.autosaver)
        report = self._report()
        if report is not None:
            widget.show_points(report.findings_for(plan.koers, widget.element))  # type: ignore[attr-defined]
        widget.answer_saved.connect(self.events.answer_saved)
        self.events.cards_changed.connect(widget.cards_changed)
        self.events.report_ready.connect(widget.show_report)
        self._goals_from(widget)
        return widget

    def _goals(self, _ref: str) -> QWidget:
        widget = GoalsTable(self.plan, None)
        self._goals_from(widget)
        return widget

    def _planning(self, _ref: str) -> QWidget:
        widget = PlanningPage(self.plan)
        self._goals_from(widget)
        self.events.living_changed.connect(widget.refresh)  # what the jaarplannen did with each goal
        return widget

    def _congruence(self, _ref: str) -> QWidget:
        widget = CongruencePage()
        self.events.report_ready.connect(widget.show_report)
        return widget

    def _export(self, _ref: str) -> QWidget:
        return ExportPage(self.plan, self.jobs)

    def _jaarplan(self, ref: str) -> QWidget:
        from koerswijzer.ui.jaarplan_page import JaarplanPage

        widget = JaarplanPage(self.plan, int(ref), self.jobs)
        widget.changed.connect(self.events.living_changed)
        self.events.living_changed.connect(widget.refresh)
        self.events.goals_changed.connect(widget.refresh)
        return widget

    def _voortgang(self, _ref: str) -> QWidget:
        from koerswijzer.ui.voortgang_page import VoortgangPage

        widget = VoortgangPage(self.plan, self.jobs)
        widget.changed.connect(self.events.living_changed)
        self.events.goals_changed.connect(widget.refresh)
        return widget

    def _workshop(self, _ref: str) -> QWidget:
        from koerswijzer.ui.workshop_page import WorkshopPage  # the projection and its drawing: on first use

        widget = WorkshopPage(self.plan, self.jobs)
        widget.contributions_changed.connect(self.events.cards_changed)
        return widget
