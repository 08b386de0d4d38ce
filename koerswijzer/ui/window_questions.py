"""The main window's moves between questions and findings: go to a question (search, F8, Ctrl+PgUp
and PgDown), an answer's history, and the reader's decisions on passages from the Congruentie page.
A mixin of :class:`~koerswijzer.ui.main_window.MainWindow`, which holds the plan and the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from koerswijzer.errors import KoerswijzerError
from koerswijzer.koers.model import Element, Question, Target
from koerswijzer.plan.search import neighbour_question, next_open_question
from koerswijzer.ui.history_dialog import HistoryDialog
from koerswijzer.ui.question_editor import QuestionEditor


class QuestionNavigation:
    """Needs from the window: plan, navigator, pages, autosaver, banner, recheck(), _error(),
    current_element_page() and _current_question."""

    def current_question(self) -> str | None:
        """The question the director last went to (F8, a search hit, a finding)."""
        return self._current_question

    def goto_question(self, question_id: str) -> QuestionEditor | None:
        if self.plan is None:
            return None
        question = next((q for q in self.plan.koers.questions() if q.id == question_id), None)
        if question is None:
            return None
        self.navigator.select("element", question.element_id)
        page = self.current_element_page()
        if page is None:
            return None
        editor = page.focus_question(question_id)
        self._current_question = question_id
        return editor

    def goto_next_open(self) -> None:
        if self.plan is None:
            return
        self.autosaver.flush()
        question = next_open_question(self.plan.koers, self.plan.answers(), self._current_question)
        if question is None:
            QMessageBox.information(self, "Volgende open vraag", "Alle centrale vragen zijn beantwoord.")
            return
        self.goto_question(question.id)

    def goto_neighbour(self, step: int) -> None:
        if self.plan is None:
            return
        question = neighbour_question(self.plan.koers, self._current_question, step)
        if question is not None:
            self.goto_question(question.id)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, QuestionEditor):
            widget = widget.parentWidget()
        if isinstance(widget, QuestionEditor):
            self._current_question = widget.question.id

    def show_history(self, question_id: str) -> None:
        if self.plan is None:
            return
        self.autosaver.flush()
        question = next(q for q in self.plan.koers.questions() if q.id == question_id)
        dialog = HistoryDialog(question.tekst, self.plan.history(question_id), self)
        if not dialog.exec() or dialog.chosen_version() is None or self.plan.read_only:
            return
        try:
            answer = self.plan.restore(question_id, dialog.chosen_version())  # type: ignore[arg-type]
        except KoerswijzerError as exc:
            self._error("Versie terugzetten", exc)
            return
        page = self.current_element_page()
        editor = page.editor_for(question_id) if page is not None else None
        if editor is not None:
            editor.load(answer)
        self._answer_saved(question_id)

    def goto_reference(self, ref: str) -> None:
        """Jump to what a finding concerns: a question, a target or element, or a goal."""
        if self.plan is None:
            return
        found = self.plan.koers.find(ref)
        if isinstance(found, Question):
            self.goto_question(ref)
            return
        element_id: str | None = None
        if isinstance(found, Element):
            element_id = found.id
        elif isinstance(found, Target):
            element_id = found.element_id
        elif ref.isdigit():
            goal = next((g for g in self.plan.goals() if g.id == int(ref)), None)
            element_id = goal.element_id if goal else None
        if element_id is not None:
            self.navigator.select("element", element_id)

    def _decide_passage(self, target_id: str, passage: str, decision: str) -> None:
        if self.plan is None:
            return
        try:
            self.plan.decide_passage(target_id, passage, decision)
        except KoerswijzerError as exc:
            self._error("Passage", exc)
            return
        labels = {"bevestigd": "bevestigd", "afgewezen": "afgewezen: de controle telt haar niet meer mee",
                  "aangewezen": "aangewezen: de controle telt haar mee"}
        self.banner.show_notice(f"Passage {labels[decision]}. Met ‘Beslissingen terugdraaien’ neemt u dit terug.")
        self.recheck(wait=True)  # the director acted: show the effect now

    def _undo_passage_decisions(self, target_id: str) -> None:
        if self.plan is None:
            return
        try:
            count = self.plan.undo_passage_decisions(target_id)
        except KoerswijzerError as exc:
            self._error("Passage", exc)
            return
        self.banner.show_notice(f"{count} beslissing(en) over passages teruggedraaid." if count
                                else "Er waren bij dit doel geen eigen beslissingen over passages.")
        self.recheck(wait=True)  # the director acted: show the effect now

    def _show_suggestions(self) -> None:
        if self.plan is None:
            return
        from koerswijzer.congruence.decisions import suggest_terms
        from koerswijzer.export import collect

        suggestions = suggest_terms(self.plan.koers, collect(self.plan).decisions)
        if not suggestions:
            text = ("Nog geen suggesties: bevestig passages (‘Klopt’) of wijs er aan, dan stelt Koerswijzer "
                    "woorden voor die het bestuur bij zijn doelen als herkenning kan opnemen.")
        else:
            lines = [f"‘{self.plan.koers.find(tid).tekst}’: {', '.join(words)}"  # type: ignore[union-attr]
                     for tid, words in suggestions.items()]
            text = ("Woorden uit bevestigde en aangewezen passages, voor de herkenning van deze doelen in het "
                    "koersbestand (veld ‘herkenning’, zie docs/koersbestand.md). Koerswijzer voegt ze niet zelf "
                    "toe.\n\n" + "\n".join(lines))
        QMessageBox.information(self, "Suggesties voor herkenning", text)
