"""Screenshots of a team session: the facilitator's window at 1366x768 and the projection at
1920x1080, plus the element page with the team's cards beside the answer.

Run under a display of 1920x1080, e.g.:
    Xvfb :98 -screen 0 1920x1080x24 &  DISPLAY=:98 python tools/screenshots_workshop.py docs/screenshots
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from koerswijzer.plan.demo import write_demo  # noqa: E402
from koerswijzer.ui.app import create_app  # noqa: E402
from koerswijzer.ui.main_window import MainWindow  # noqa: E402
from koerswijzer.workshop.sessions import Workshops  # noqa: E402

QUESTIONS = ["v3.v-delen-ontmoeten", "gw.v-gastvrijheid", "v2.v-betrokkenheid"]
CARDS = [
    ("Onderbouw", "Elke maand een lesbezoek bij een collega, met één kijkvraag", 3),
    ("Bovenbouw", "Toetsdata samen bespreken in de bouwvergadering", 2),
    ("OOP", "Ook onderwijsassistenten mee laten kijken en leren", 1),
    ("Bovenbouw", "Een vaste plek in het rooster voor intervisie", 0),
    ("Onderbouw", "Studiedag met een buurschool in Almere Haven", 0),
]


def seed(path: Path) -> None:
    with write_demo(path) as plan:
        workshops = Workshops(plan)
        info = workshops.create_session("Studiedag koers", dt.date(2026, 3, 12), ["Onderbouw", "Bovenbouw", "OOP"],
                                        QUESTIONS, dots_per_group=3, timer_seconds=600)
        groups = {g.name: g.id for g in info.groups}
        voters = list(groups.values())
        for group, text, dots in CARDS:
            card = workshops.add(info.id, QUESTIONS[0], groups[group], text)
            for i in range(dots):
                workshops.vote(card.id, voters[i % len(voters)])


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.schoolplan"
        seed(path)
        window = MainWindow()
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        window.open_plan(path)
        window.navigator.select("teamsessies", "")
        page = window.pages.currentWidget()
        page.sort_votes.setChecked(True)
        page.cards.setCurrentRow(0)

        def facilitator() -> None:
            window.grab().save(str(out / "teamsessie-bediening.png"))
            page.project_button.setChecked(True)
            page.remaining = 7 * 60 + 42
            page._show_time()
            QTimer.singleShot(600, projection)

        def projection() -> None:
            view = page.projection.view
            print(f"projection {view.width()}x{view.height()}, question {view.question_point_size():.0f} pt")
            page.projection.grab().save(str(out / "teamsessie-projectie.png"))
            page.project_button.setChecked(False)
            window.navigator.select("element", "venster-3")
            window.current_element_page().focus_question(QUESTIONS[0])
            QTimer.singleShot(500, synthesis)

        def synthesis() -> None:
            window.grab().save(str(out / "teamsessie-inbreng.png"))
            window.close()
            app.quit()

        QTimer.singleShot(600, facilitator)
        app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
