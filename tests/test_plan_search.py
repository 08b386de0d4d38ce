"""Searching the answers and walking the questions, without a window."""

from __future__ import annotations

from koerswijzer.koers.model import Koers
from koerswijzer.plan.search import neighbour_question, next_open_question, plain, search_answers
from koerswijzer.plan.types import AnswerState


def test_search_finds_answers_case_insensitively_in_koers_order(asg: Koers) -> None:
    q = asg.questions()
    answers = {
        q[5].id: AnswerState(q[5].id, "Wij gebruiken **Parro** voor alle berichten aan ouders."),
        q[1].id: AnswerState(q[1].id, "In de nieuwsbrief en via parro."),
        q[2].id: AnswerState(q[2].id, "Geen berichten-app."),
    }
    hits = search_answers(asg, answers, "PARRO")
    assert [h.question.id for h in hits] == [q[1].id, q[5].id]
    assert hits[1].snippet == "Wij gebruiken Parro voor alle berichten aan ouders."  # as it reads, no Markdown
    assert search_answers(asg, answers, "  ") == []


def test_long_answers_give_a_snippet_around_the_match(asg: Koers) -> None:
    q = asg.questions()[0]
    text = "Inleiding. " * 20 + "Het kernwoord staat hier." + " Afsluiting." * 20
    (hit,) = search_answers(asg, {q.id: AnswerState(q.id, text)}, "kernwoord")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "Het kernwoord staat hier." in hit.snippet


def test_next_open_question_skips_answered_ones_and_wraps_around(asg: Koers) -> None:
    q = asg.questions()
    answers = {x.id: AnswerState(x.id, "Klaar. " * 40) for x in q[:3]}
    assert next_open_question(asg, answers, None) == q[3]
    answered_all_but_first = {x.id: AnswerState(x.id, "Klaar. " * 40) for x in q[1:]}
    # A short start is not "beantwoord" (40 words, as the check counts): F8 still stops there.
    answered_all_but_first[q[0].id] = AnswerState(q[0].id, "Een begin.")
    assert next_open_question(asg, answered_all_but_first, q[10].id) == q[0]
    assert next_open_question(asg, {x.id: AnswerState(x.id, "Ja. " * 40) for x in q}, None) is None


def test_neighbour_questions_cross_element_borders(asg: Koers) -> None:
    q = asg.questions()
    assert neighbour_question(asg, q[2].id, 1) == q[3]
    assert q[2].element_id != q[3].element_id
    assert neighbour_question(asg, q[0].id, -1) is None
    assert neighbour_question(asg, None, 1) == q[0]


def test_search_reads_the_text_as_shown_without_markdown_and_counts_matches(asg: Koers) -> None:
    q = asg.questions()[0]
    text = "Wij werken met de **plus groep** en *de plus groep* komt wekelijks samen.\n\n- een plus groep voor rekenen"
    (hit,) = search_answers(asg, {q.id: AnswerState(q.id, text)}, "plus groep")
    assert "*" not in hit.snippet and "- " not in hit.snippet
    assert hit.matches == 3
    begin, end = hit.highlight
    assert hit.snippet[begin:end].lower() == "plus groep"
    assert plain(text).startswith("Wij werken met de plus groep en de plus groep")
