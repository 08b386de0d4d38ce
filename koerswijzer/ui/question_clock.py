"""The time per question in a team session: a countdown with start/pause and reset, that turns
amber and beeps once at zero. The page shows it, and the projection mirrors it."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def format_time(seconds: int) -> str:
    return f"{seconds // 60:d}:{seconds % 60:02d}"


class QuestionClock(QWidget):
    changed = Signal(str, bool)  # what the projection shows, and whether time is up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seconds = 0  # the session's time per question
        self.remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Tijd per vraag</b>"))
        self.label = QLabel()
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setAccessibleName("Resterende tijd")
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.start_button = QPushButton("Start")
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton("Opnieuw")
        self.reset_button.clicked.connect(self.reset)
        row.addWidget(self.start_button)
        row.addWidget(self.reset_button)
        layout.addLayout(row)

    def set_seconds(self, seconds: int) -> None:
        """A new question (or session): the full time, not running."""
        self.seconds = seconds
        self.reset()

    def toggle(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
        elif self.remaining > 0:
            self._timer.start()
        self.show_time()

    def reset(self) -> None:
        self._timer.stop()
        self.remaining = self.seconds
        self.show_time()

    def _tick(self) -> None:
        self.remaining = max(0, self.remaining - 1)
        if self.remaining == 0:
            self._timer.stop()
            QApplication.beep()  # the gentle signal at zero; the clocks turn amber
        self.show_time()

    def show_time(self) -> None:
        running = self._timer.isActive()
        over = self.remaining <= 0 and self.seconds > 0
        text = "Tijd is om" if over else format_time(self.remaining)
        self.label.setText(text)
        self.label.setStyleSheet("color: #b45309" if over else "")
        self.start_button.setText("Pauze" if running else "Start")
        self.changed.emit(text if over or running else f"{text} ‖", over)
