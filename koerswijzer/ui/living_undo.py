"""Undo for the living plan: every change on the Jaarplan and Voortgang pages is a command whose
undo is the exact inverse in the store (``plan/jaarplannen.py``, ``plan/voortgang.py``).

The page makes the change first (so a refusal is a Dutch message and nothing enters the undo
history), then pushes the command with what was done; its first redo does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

from PySide6.QtGui import QUndoCommand

from koerswijzer.plan.jaarplannen import ActieInfo, EvaluatieInfo, Jaarplannen, Kept, action_fields
from koerswijzer.plan.voortgang import Stand, Voortgang


class _Done(QUndoCommand):
    def __init__(self, text: str, done: Callable[[], None]) -> None:
        super().__init__(text)
        self.done = done
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.again()
        self.done()

    def undo(self) -> None:
        self.back()
        self.done()

    def again(self) -> None:
        raise NotImplementedError

    def back(self) -> None:
        raise NotImplementedError


class AddAction(_Done):
    def __init__(self, store: Jaarplannen, added: ActieInfo, done: Callable[[], None]) -> None:
        super().__init__(f"actie ‘{added.tekst}’ toevoegen", done)
        self.store, self.added = store, added
        self.kept: tuple[int, int, ActieInfo] | None = None

    def back(self) -> None:
        self.kept = self.store.delete_action(self.added.id)

    def again(self) -> None:
        assert self.kept is not None
        self.added = self.store.restore_action(*self.kept)


class EditAction(_Done):
    def __init__(self, store: Jaarplannen, before: ActieInfo, after: ActieInfo, done: Callable[[], None]) -> None:
        super().__init__("actie wijzigen", done)
        self.store, self.before, self.after = store, before, after

    def back(self) -> None:
        self.store.set_action(self.before.id, **action_fields(self.before))

    def again(self) -> None:
        self.store.set_action(self.after.id, **action_fields(self.after))


class DeleteAction(_Done):
    def __init__(self, store: Jaarplannen, kept: tuple[int, int, ActieInfo], done: Callable[[], None]) -> None:
        super().__init__(f"actie ‘{kept[2].tekst}’ verwijderen", done)
        self.store, self.kept = store, kept

    def back(self) -> None:
        restored = self.store.restore_action(*self.kept)
        self.kept = (self.kept[0], self.kept[1], restored)

    def again(self) -> None:
        self.kept = self.store.delete_action(self.kept[2].id)


class MarkQuarter(_Done):
    """A goal's stand in a quarter; undo puts back what was there (or nothing)."""

    def __init__(self, voortgang: Voortgang, before: Stand | None, after: Stand, done: Callable[[], None]) -> None:
        super().__init__("stand wijzigen", done)
        self.voortgang, self.before, self.after = voortgang, before, after

    def back(self) -> None:
        if self.before is None:
            self.voortgang.unmark(self.after.goal_id, self.after.kwartaal)
        else:
            self.voortgang.restore(self.before)

    def again(self) -> None:
        self.voortgang.restore(self.after)


class Evaluate(_Done):
    """A goal's yearly evaluation; undo puts back the earlier one, or none."""

    def __init__(self, store: Jaarplannen, doel_id: int, before: EvaluatieInfo | None, after: EvaluatieInfo,
                 done: Callable[[], None]) -> None:
        super().__init__("doel evalueren", done)
        self.store, self.doel_id, self.before, self.after = store, doel_id, before, after

    def back(self) -> None:
        if self.before is None:
            self.store.clear_evaluation(self.doel_id)
        else:
            self.store.evaluate(self.doel_id, **asdict(self.before))

    def again(self) -> None:
        self.store.evaluate(self.doel_id, **asdict(self.after))


class PutIn(_Done):
    """Something put into the jaarplannen: a made jaarplan, a goal added to a year, a goal carried
    over. Undo takes it out (ids kept), redo puts exactly that back."""

    def __init__(self, text: str, take_out: Callable[[], Kept], store: Jaarplannen, done: Callable[[], None]) -> None:
        super().__init__(text, done)
        self.take_out, self.store = take_out, store
        self.kept: Kept | None = None

    def back(self) -> None:
        self.kept = self.take_out()

    def again(self) -> None:
        assert self.kept is not None
        self.store.put_back(self.kept)
