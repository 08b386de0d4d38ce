"""The open plan file: open, create, the demo, save as, close, and the lock that keeps a second
writer out. No widgets here; the window asks and shows. Errors are raised as
:class:`~koerswijzer.errors.KoerswijzerError` with a Dutch message; the file is never harmed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.lock import PlanLock
from koerswijzer.ui.plan_events import PlanEvents

if TYPE_CHECKING:
    from koerswijzer.koers.model import Koers
    from koerswijzer.plan.schoolplan import Schoolplan
    from koerswijzer.plan.types import Profile

MAX_RECENT = 8
DEMO_NAME = "Voorbeeldplan De Kleurrijke Kring.schoolplan"


class PlanController(QObject):
    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.plan: Schoolplan | None = None
        self.lock: PlanLock | None = None
        self.events: PlanEvents | None = None  # one per open plan, gone with it
        self.notice = ""  # what the director should know about how the plan was opened

    # -- opening -----------------------------------------------------------------------------------

    def create(self, path: Path, koers: Koers, profile: Profile) -> Schoolplan:
        from koerswijzer.plan.schoolplan import Schoolplan  # SQLAlchemy: loaded when first needed

        if path.suffix != ".schoolplan":
            path = path.with_name(path.name + ".schoolplan")
        plan = Schoolplan.create(path, koers, profile, overwrite=path.exists())
        lock = PlanLock(path)
        if not lock.acquire():
            plan.read_only = True
        return self._opened(plan, path, lock, "")

    def open(self, path: Path) -> Schoolplan:
        from koerswijzer.plan.schoolplan import Schoolplan
        from koerswijzer.storage.database import PlanReadOnlyError

        lock = PlanLock(path)
        read_only = path.exists() and not lock.acquire()
        notice = ""
        try:
            try:
                plan = Schoolplan.open(path, read_only=read_only)
            except PlanReadOnlyError as exc:
                # Intact, but not writable here: show it, and offer 'Opslaan als'.
                notice = f"{exc} Wijzigingen worden niet opgeslagen."
                read_only = True
                plan = Schoolplan.open(path, read_only=True)
        except KoerswijzerError:
            lock.release()
            raise
        if read_only and not notice:
            notice = (
                "Dit schoolplan is al geopend in een ander venster of door een andere gebruiker "
                f"({lock.owner or 'onbekend'}). U kunt het alleen lezen; wijzigingen worden niet opgeslagen."
            )
        if plan.notice:
            notice = f"{notice} {plan.notice}".strip()
        return self._opened(plan, path, lock, notice)

    def open_demo(self, folder: Path) -> Schoolplan:
        """A fresh copy of the demo plan, unless it is open elsewhere: then that one, read-only."""
        path = folder / DEMO_NAME
        lock = PlanLock(path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not lock.acquire():
                return self.open(path)
            from koerswijzer.plan.demo import write_demo

            plan = write_demo(path, overwrite=True)
        except OSError as exc:
            lock.release()
            raise KoerswijzerError(f"Het voorbeeldplan kan niet worden gemaakt in '{folder}' ({exc.strerror}).") from None
        except KoerswijzerError:
            lock.release()
            raise
        return self._opened(plan, path, lock, "")

    def _opened(self, plan: Schoolplan, path: Path, lock: PlanLock, notice: str) -> Schoolplan:
        self.plan, self.lock, self.notice = plan, lock, notice
        self.events = PlanEvents(self)
        self.remember(path)
        return plan

    # -- saving and closing ------------------------------------------------------------------------

    def save_as(self, path: Path) -> None:
        """Continue in a copy at ``path`` (after a full disk, say); the lock moves with it."""
        assert self.plan is not None
        if not path.name.endswith(".schoolplan"):
            path = path.with_name(path.name + ".schoolplan")
        self.plan.save_as(path)
        if self.lock is not None:
            self.lock.release()
        self.lock = PlanLock(path)
        self.lock.acquire()
        self.remember(path)

    def close(self) -> None:
        if self.plan is None:
            return
        self.plan.close()
        self.plan = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.events is not None:
            self.events.deleteLater()  # and with it every page’s subscription
            self.events = None
        self.notice = ""

    # -- recent files ------------------------------------------------------------------------------

    def recent(self) -> list[Path]:
        value = self.settings.value("recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if Path(p).exists()]

    def remember(self, path: Path) -> None:
        resolved = path.resolve()
        paths = [resolved] + [p for p in self.recent() if p != resolved]
        self.settings.setValue("recent", [str(p) for p in paths[:MAX_RECENT]])
