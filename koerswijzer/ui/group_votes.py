"""Dot voting per group on the selected card: a button for every group, so the facilitator never
has to switch the input box's group to let another group vote."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from koerswijzer.workshop.sessions import ContributionInfo, GroupInfo


class GroupVotes(QWidget):
    """"Bovenbouw ● 2" per group: a click gives the card a dot of that group; the button's menu
    (right click) takes one back."""

    def __init__(self, give: Callable[[int], None], take: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._give, self._take = give, take
        self.buttons: dict[int, QToolButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel("Stip geven namens:")
        self._layout.addWidget(self._title)
        self._layout.addStretch(1)
        self.setAccessibleName("Stippen per groep op het gekozen kaartje")

    def set_groups(self, groups: tuple[GroupInfo, ...]) -> None:
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for position, group in enumerate(groups, start=1):
            button = QToolButton()
            button.setToolTip(f"Een stip van {group.name} op het gekozen kaartje (rechtsklik: terugnemen)")
            button.setAccessibleName(f"Stip van {group.name}")
            button.clicked.connect(lambda _checked=False, g=group.id: self._give(g))
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(lambda _pos, g=group, b=button: self._menu(g, b))
            self._layout.insertWidget(position, button)
            self.buttons[group.id] = button
        self.show_card(None, groups, {})

    def show_card(self, card: ContributionInfo | None, groups: tuple[GroupInfo, ...], left: dict[int, int]) -> None:
        """The dots each group put on ``card``, and whether it has dots left to give."""
        for group in groups:
            button = self.buttons.get(group.id)
            if button is None:
                continue
            on_card = card.votes_by_group.get(group.id, 0) if card is not None else 0
            button.setText(f"{group.name} ● {on_card}")
            button.setEnabled(card is not None and (left.get(group.id, 0) > 0 or on_card > 0))

    def _menu(self, group: GroupInfo, button: QToolButton) -> None:
        menu = QMenu(button)
        menu.addAction(f"Stip van {group.name} terugnemen", lambda: self._take(group.id))
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))
