"""The Teamsessies page's undoable actions on cards: add, edit, delete, merge, vote (Ctrl+Z)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from koerswijzer.ui.workshop_page import WorkshopPage
    from koerswijzer.workshop.sessions import ContributionInfo


class CardCommand(QUndoCommand):
    def __init__(self, page: WorkshopPage, text: str) -> None:
        super().__init__(text)
        self.page = page
        self.workshops = page.workshops


class AddCard(CardCommand):
    def __init__(self, page: WorkshopPage, card: ContributionInfo) -> None:
        super().__init__(page, "bijdrage toevoegen")
        self.card_id = card.id
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self.workshops.restore(self.card_id)
        self._first = False
        self.page.refresh_cards()

    def undo(self) -> None:
        self.workshops.delete(self.card_id)
        self.page.refresh_cards()


class EditCard(CardCommand):
    def __init__(self, page: WorkshopPage, card_id: int, text: str) -> None:
        super().__init__(page, "bijdrage bewerken")
        self.card_id, self.new, self.old = card_id, text, ""

    def redo(self) -> None:
        self.old = self.workshops.edit(self.card_id, self.new)
        self.page.refresh_cards()

    def undo(self) -> None:
        self.workshops.edit(self.card_id, self.old)
        self.page.refresh_cards()


class DeleteCards(CardCommand):
    def __init__(self, page: WorkshopPage, card_ids: list[int]) -> None:
        super().__init__(page, "bijdrage verwijderen")
        self.card_ids = card_ids

    def redo(self) -> None:
        for card_id in self.card_ids:
            self.workshops.delete(card_id)
        self.page.refresh_cards()

    def undo(self) -> None:
        for card_id in self.card_ids:
            self.workshops.restore(card_id)
        self.page.refresh_cards()


class MergeCards(CardCommand):
    def __init__(self, page: WorkshopPage, target: int, others: list[int]) -> None:
        super().__init__(page, "bijdragen samenvoegen")
        self.target, self.others, self.record = target, others, None

    def redo(self) -> None:
        self.record = self.workshops.merge(self.target, self.others)
        self.page.refresh_cards()

    def undo(self) -> None:
        if self.record is not None:
            self.workshops.unmerge(self.record)
        self.page.refresh_cards()


class VoteCard(CardCommand):
    def __init__(self, page: WorkshopPage, card_id: int, group_id: int) -> None:
        super().__init__(page, "stip geven")
        self.card_id, self.group_id, self.vote_id = card_id, group_id, 0

    def redo(self) -> None:
        self.vote_id = self.workshops.vote(self.card_id, self.group_id)
        self.page.refresh_cards()

    def undo(self) -> None:
        self.workshops.remove_vote(self.vote_id)
        self.page.refresh_cards()


# -- the page ----------------------------------------------------------------------------------------
