"""The trend of a goal's indicator over the quarters: a small line chart with the baseline and the
target as dashed lines and each quarter's mark as a coloured dot.

Drawn with Qt's own QPainter, once, for the window (a widget) and for the Word rapportage (a PNG
at print resolution). Why Qt and not matplotlib: Qt is here already, it draws the same picture on
screen and on paper, and it adds neither ~50 MB of dependencies nor the half second matplotlib
takes to import (the quarterly report must export in under a second).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from koerswijzer.plan.kalender import number_text
from koerswijzer.plan.rapportage import GoalProgress

MARK_COLOURS = {"op_koers": "#2e7d32", "aandacht": "#ef8f00", "achter": "#c62828"}
LINE = "#1f4e79"


def paint_trend(painter: QPainter, rect: QRectF, progress: GoalProgress, text_colour: QColor) -> None:
    points = list(progress.trend)
    values = [p.waarde for p in points if p.waarde is not None]
    refs = [v for v in (progress.baseline, progress.streef) if v is not None]
    font = QFont(painter.font())
    font.setPixelSize(max(9, int(rect.height() / 11)))
    painter.setFont(font)
    metrics = painter.fontMetrics()
    left = rect.left() + metrics.horizontalAdvance("0000") + 6
    bottom = rect.bottom() - metrics.height() - 4
    top = rect.top() + 6
    right = rect.right() - metrics.horizontalAdvance("streef ") - 6
    painter.setPen(QPen(text_colour, 1))
    if not values or len(points) < 1:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "Nog geen gemeten waarden")
        return
    low, high = min(values + refs), max(values + refs)
    if high == low:
        low, high = low - 1, high + 1
    ticks = (low, high)
    span = high - low
    low, high = low - span * 0.08, high + span * 0.08

    def y_of(value: float) -> float:
        return bottom - (value - low) / (high - low) * (bottom - top)

    step = (right - left) / max(1, len(points) - 1)

    def x_of(index: int) -> float:
        return left + index * step if len(points) > 1 else (left + right) / 2

    axis = QColor(text_colour)
    axis.setAlpha(110)
    painter.setPen(QPen(axis, 1))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    painter.drawLine(QPointF(left, top), QPointF(left, bottom))
    painter.setPen(QPen(text_colour, 1))
    for value in ticks:
        painter.drawText(QRectF(rect.left(), y_of(value) - metrics.height() / 2, left - rect.left() - 4,
                                metrics.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         number_text(round(value, 1)))
    for name, value in (("begin", progress.baseline), ("streef", progress.streef)):
        if value is None:
            continue
        pen = QPen(axis, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y_of(value)), QPointF(right, y_of(value)))
        painter.setPen(QPen(text_colour, 1))
        painter.drawText(QPointF(right + 4, y_of(value) + metrics.ascent() / 2 - 1), name)
    label_width = metrics.horizontalAdvance("Q4 2026") + 8
    every = max(1, int(label_width // max(1.0, step)) + 1)  # as many labels as fit side by side
    for index, point in enumerate(points):
        if (len(points) - 1 - index) % every == 0:  # always the last (this) quarter
            painter.drawText(QRectF(x_of(index) - label_width / 2, bottom + 2, label_width, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, point.kwartaal)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(LINE), 2))
    previous: QPointF | None = None
    for index, point in enumerate(points):
        if point.waarde is None:
            continue
        here = QPointF(x_of(index), y_of(point.waarde))
        if previous is not None:
            painter.drawLine(previous, here)
        previous = here
    for index, point in enumerate(points):
        if point.waarde is None:
            continue
        here = QPointF(x_of(index), y_of(point.waarde))
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(QColor(MARK_COLOURS.get(point.markering or "", LINE)))
        radius = max(3.0, rect.height() / 28)
        painter.drawEllipse(here, radius, radius)


def trend_png(progress: GoalProgress, width: int = 900, height: int = 300) -> bytes:
    """The chart as a PNG (for Word: 900 x 300 px prints sharp at 12 x 4 cm)."""
    if QGuiApplication.instance() is None:  # the CLI: draw without a screen
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP
        _APP = QGuiApplication([])
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_trend(painter, QRectF(0, 0, width, height), progress, QColor("#222222"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


_APP: QGuiApplication | None = None


class TrendChart(QWidget):
    """The same chart in the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: GoalProgress | None = None
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Verloop van de indicator")

    def show_progress(self, progress: GoalProgress | None) -> None:
        self.progress = progress
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        painter = QPainter(self)
        if self.progress is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Dit doel staat niet in dit schooljaar")
            painter.end()
            return
        paint_trend(painter, QRectF(self.rect()), self.progress, self.palette().windowText().color())
        painter.end()


def charts_for(progresses: Sequence[GoalProgress]) -> dict[int, bytes]:
    """PNG charts for the goals that have measured values, by goal id."""
    return {p.goal.id: trend_png(p) for p in progresses if p.has_values}
