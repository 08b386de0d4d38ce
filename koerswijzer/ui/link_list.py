"""A list whose items carry a link at their right edge ("Ga erheen ›"): one click on the link opens
what the item is about; a click elsewhere only selects it (so the buttons under the list can act on
it). Enter and a double click open it too."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem, QWidget

LINK_TEXT = "Ga erheen ›"
TEXT_MARGIN = 4  # around an item's text, as the style draws it


class _LinkDelegate(QStyledItemDelegate):
    def __init__(self, role: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.role = role

    def link_width(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.horizontalAdvance(LINK_TEXT) + 20

    def link_rect(self, option: QStyleOptionViewItem) -> QRect:
        width = self.link_width(option)
        return QRect(option.rect.right() - width, option.rect.top(), width, option.rect.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.data(self.role):
            super().paint(painter, option, index)
            return
        text_option = QStyleOptionViewItem(option)
        text_option.rect = option.rect.adjusted(0, 0, -self.link_width(option), 0)
        super().paint(painter, text_option, index)
        painter.save()
        font = option.font
        font.setUnderline(True)
        painter.setFont(font)
        selected = option.state & option.state.State_Selected  # type: ignore[attr-defined]
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link))
        painter.drawText(self.link_rect(option).adjusted(0, 0, -8, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, LINK_TEXT)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        if not index.data(self.role):
            return hint
        # The text wraps in the width left of the link: as many lines as that takes, so that a long
        # finding does not run into the next one.
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        room = width - self.link_width(option) - 2 * TEXT_MARGIN
        if room <= 0:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = option.fontMetrics.boundingRect(QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 2 * TEXT_MARGIN))


class LinkList(QListWidget):
    """``link_role``: the item data that makes an item a link (its target)."""

    link_activated = Signal(QListWidgetItem)

    def __init__(self, link_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link_role = link_role
        self._delegate = _LinkDelegate(link_role, self)
        self.setItemDelegate(self._delegate)
        self.setMouseTracking(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrapped items take their new height on a resize
        self.itemActivated.connect(self._activate)

    def _activate(self, item: QListWidgetItem) -> None:
        if item.data(self.link_role):
            self.link_activated.emit(item)

    def on_link(self, pos: QPoint) -> QListWidgetItem | None:
        """The item whose link is at ``pos`` (viewport coordinates), if any."""
        item = self.itemAt(pos)
        if item is None or not item.data(self.link_role):
            return None
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.rect = self.visualItemRect(item)
        return item if self._delegate.link_rect(option).contains(pos) else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.on_link(event.position().toPoint())
            if item is not None:
                self.link_activated.emit(item)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseMoveEvent(event)
        on = self.on_link(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor)
