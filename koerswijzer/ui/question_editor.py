"""One centrale vraag with its answer: a formatting editor that stores Markdown, a status,
a word count against the guide length, and the answer's history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.koers.model import Question
from koerswijzer.plan.types import ANSWER_STATUSES, AnswerState, count_words, words_label
from koerswijzer.ui.autosave import AutoSaver

GUIDE_MIN_WORDS = 75
GUIDE_MAX_WORDS = 300
MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
MIN_EDITOR_HEIGHT = 110
MAX_EDITOR_HEIGHT = 420

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan


class AnswerEdit(QTextEdit):
    """A rich-text editor whose truth is Markdown; it grows with its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.setMinimumHeight(MIN_EDITOR_HEIGHT)

    def markdown(self) -> str:
        return self.document().toMarkdown(MARKDOWN).strip()

    def _fit(self) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 8
        self.setFixedHeight(max(MIN_EDITOR_HEIGHT, min(MAX_EDITOR_HEIGHT, height)))


FOCUS_BAR = 4  # px: the bar beside the question whose answer has the focus (after F8 or a finding)


class QuestionEditor(QFrame):
    answer_saved = Signal(str)  # question id
    history_requested = Signal(str)

    def __init__(self, plan: Schoolplan, question: Question, number: int, answer: AnswerState,
                 autosaver: AutoSaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.question = question
        self._autosaver = autosaver
        self._loading = False
        self.team_input = None
        self.setObjectName("vraag")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FOCUS_BAR + 6, 8, 0, 8)  # room for the bar that marks the question in focus

        self.label = QLabel(f"{number}. {question.tekst}")
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)

        bar = QHBoxLayout()
        self.editor = AnswerEdit()
        self.editor.installEventFilter(self)  # repaint the focus bar when the editor gains or loses focus
        self.editor.setAccessibleName(f"Antwoord op vraag {number}")
        self.editor.setAccessibleDescription(question.tekst)
        self.label.setBuddy(self.editor)
        for text, tip, shortcut, slot in (
            ("B", "Vet (Ctrl+B)", QKeySequence.StandardKey.Bold, self.toggle_bold),
            ("I", "Cursief (Ctrl+I)", QKeySequence.StandardKey.Italic, self.toggle_italic),
            ("• Lijst", "Opsomming", None, lambda: self.toggle_list(QTextListFormat.Style.ListDisc)),
            ("1. Lijst", "Genummerde lijst", None, lambda: self.toggle_list(QTextListFormat.Style.ListDecimal)),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if shortcut is not None:
                # On the editor, not the button: a page holds many editors with the same keys.
                QShortcut(QKeySequence(shortcut), self.editor, slot,
                          context=Qt.ShortcutContext.WidgetShortcut)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        self.words = QLabel()
        self.words.setAccessibleName("Aantal woorden")
        bar.addWidget(self.words)
        self.status = QComboBox()
        self.status.setAccessibleName("Status van het antwoord")
        for key, label in ANSWER_STATUSES.items():
            self.status.addItem(label, key)
        bar.addWidget(self.status)
        history = QPushButton("Geschiedenis…")
        history.setAccessibleName("Eerdere versies van dit antwoord")
        history.clicked.connect(lambda: self.history_requested.emit(self.question.id))
        bar.addWidget(history)
        layout.addLayout(bar)
        layout.addWidget(self.editor)

        self.load(answer)
        self.editor.textChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._status_changed)
        if plan.read_only:
            self.editor.setReadOnly(True)
            self.status.setEnabled(False)

    def show_team_input(self, workshops, cards) -> None:  # type: ignore[no-untyped-def]
        """The team's contributions to this question, under the editor (built when there are any)."""
        if self.team_input is None:
            if not cards:
                return
            from koerswijzer.ui.team_input import TeamInputPanel

            self.team_input = TeamInputPanel(workshops, self.editor, self.plan.read_only)
            self.layout().addWidget(self.team_input)
        self.team_input.show_cards(cards)

    # -- content ------------------------------------------------------------------------------

    def load(self, answer: AnswerState) -> None:
        """Show a stored answer without counting it as an edit."""
        self._loading = True
        self.editor.setMarkdown(answer.text)
        self.status.setCurrentIndex(list(ANSWER_STATUSES).index(answer.status))
        self._loading = False
        self._count_words()

    def status_key(self) -> str:
        return str(self.status.currentData())

    def _edited(self) -> None:
        self._count_words()
        if self._loading:
            return
        if self.status_key() == "open" and self.editor.toPlainText().strip():
            self._loading = True
            self.status.setCurrentIndex(list(ANSWER_STATUSES).index("concept"))
            self._loading = False
        self._schedule()

    def _status_changed(self) -> None:
        if not self._loading:
            self._schedule()

    def _schedule(self) -> None:
        question_id = self.question.id

        def write() -> None:
            self.plan.save_answer(question_id, self.editor.markdown(), self.status_key())
            # A save point is an undo step: Qt merges typing into one undo command until the
            # document is marked unmodified, so Ctrl+Z takes back what came after the pause.
            self.editor.document().setModified(False)
            self.answer_saved.emit(question_id)

        self._autosaver.schedule(f"antwoord:{question_id}", write)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.editor and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.editor.hasFocus():
            painter = QPainter(self)
            painter.fillRect(0, 0, FOCUS_BAR, self.height(), self.palette().color(QPalette.ColorRole.Highlight))
            painter.end()

    def _count_words(self) -> None:
        count = count_words(self.editor.toPlainText())
        counts_from = self.plan.koers.congruentie.min_woorden  # the one definition of "beantwoord"
        if count < counts_from:
            hint = f"{words_label(count)}: telt als beantwoord vanaf {counts_from} (richtlijn {GUIDE_MIN_WORDS}–{GUIDE_MAX_WORDS})"
        elif count < GUIDE_MIN_WORDS:
            hint = f"{words_label(count)}: beantwoord (richtlijn {GUIDE_MIN_WORDS}–{GUIDE_MAX_WORDS})"
        elif count > GUIDE_MAX_WORDS:
            hint = f"{count} woorden: langer dan de richtlijn van {GUIDE_MAX_WORDS}"
        else:
            hint = words_label(count)
        self.words.setText(hint)

    # -- formatting ---------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus()

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            block_format = cursor.blockFormat()
            for i in range(current.count() - 1, -1, -1):
                current.remove(current.item(i))
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            cursor.createList(style)
        cursor.endEditBlock()
        self.editor.setFocus()
