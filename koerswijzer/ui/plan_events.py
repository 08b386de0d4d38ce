"""What happens to the open plan, as signals. Whoever changes the plan says so here; the pages that
show it subscribe (``ui/page_registry.py`` wires them), so no page needs to know who else is open."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class PlanEvents(QObject):
    answer_saved = Signal(str)  # a question id
    goals_changed = Signal(object)  # the page that changed them (it is up to date already)
    cards_changed = Signal()  # a team session added, edited or removed cards
    profile_saved = Signal()
    report_ready = Signal(object)  # a fresh congruence report
    living_changed = Signal()  # a jaarplan, an action, a quarter's stand or an evaluation changed
