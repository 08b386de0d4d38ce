"""Run by test_ui_workshop in its own process, with Qt's offscreen platform set up as a laptop
(1366x768) and a projector (1920x1080). Prints what the projection did, as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from koerswijzer.plan import Schoolplan
from koerswijzer.ui.workshop_page import WorkshopPage
from koerswijzer.workshop.sessions import Workshops


def main(plan_path: str) -> None:
    app = QApplication([])
    with Schoolplan.open(Path(plan_path)) as plan:
        workshops = Workshops(plan)
        info = workshops.create_session("Twee schermen", None, ["Onderbouw"],
                                        [q.id for q in plan.koers.questions()[:2]])
        page = WorkshopPage(plan)
        page.resize(1366, 768)
        page.show()
        page.project_button.setChecked(True)
        app.processEvents()
        projection = page.projection
        workshops.add(info.id, info.question_ids[0], info.groups[0].id, "Eerste kaartje")
        page.refresh_cards()
        app.processEvents()
        print(json.dumps({
            "screens": [s.name() for s in app.screens()],
            "projection_screen": projection.screen().name(),
            "projection_size": [projection.width(), projection.height()],
            "question_pt": projection.view.question_point_size(),
            "controls_visible": page.isVisible() and page.entry.isVisible(),
            "controls_screen": page.screen().name(),
            "cards": len(projection.view.card_labels),
        }))
        page.project_button.setChecked(False)


if __name__ == "__main__":
    main(sys.argv[1])
