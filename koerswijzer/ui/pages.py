"""HTML for the read-only pages of the plan view: the board's voice set apart from the school's."""

from __future__ import annotations

from html import escape

import markdown

from koerswijzer.koers.model import Element, Koers
from koerswijzer.plan.types import ANSWER_STATUSES, AnswerState, Profile

STYLE = """
<style>
h1 { font-size: 20pt; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 18px; }
.bestuur { background-color: #e8f0fb; color: #1a202c; }
.label { color: #2b6cb0; font-weight: bold; }
.status { color: gray; font-size: 9pt; }
.open { color: #b7791f; font-style: italic; }
</style>
"""


def render_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "sane_lists"])


def element_page(koers: Koers, element: Element, answers: dict[str, AnswerState]) -> str:
    parts = [STYLE, f"<h1>{escape(element.label)}</h1>"]
    board = []
    if element.beschrijving:
        board.append(render_markdown(element.beschrijving))
    if element.targets:
        items = "".join(f"<li>{escape(t.tekst)}</li>" for t in element.targets)
        board.append(f"<p class='label'>Waar willen we staan?</p><ul>{items}</ul>")
    if board:
        parts.append(
            f"<table class='bestuur' width='100%'><tr><td><p class='label'>Het bestuur "
            f"({escape(koers.bestuur)})</p>{''.join(board)}</td></tr></table>"
        )
    if element.questions:
        parts.append("<h2>Centrale vragen</h2>")
    for number, question in enumerate(element.questions, start=1):
        answer = answers.get(question.id, AnswerState(question.id))
        parts.append(f"<h3>{number}. {escape(question.tekst)}</h3>")
        if answer.answered:
            parts.append(render_markdown(answer.text))
        else:
            parts.append("<p class='open'>Nog niet beantwoord.</p>")
        parts.append(
            f"<p class='status'>Status: {ANSWER_STATUSES[answer.status]} · {answer.word_count} woorden</p>"
        )
    return "".join(parts)


def mission_page(koers: Koers) -> str:
    parts = [STYLE, f"<h1>{escape(koers.titel)}</h1><p>{escape(koers.bestuur)}, {escape(koers.periode)}</p>"]
    for label, statement in (("Missie", koers.missie), ("Visie", koers.visie)):
        if statement is not None:
            parts.append(f"<h2>{label}</h2>")
            if statement.kernzin:
                parts.append(f"<p><b>{escape(statement.kernzin)}</b></p>")
            parts.append(render_markdown(statement.tekst))
    if koers.kaders:
        items = "".join(f"<li>{escape(k.tekst)}</li>" for k in koers.kaders)
        parts.append(f"<h2>Kaders</h2><ul>{items}</ul>")
    return "".join(parts)


def profile_page(profile: Profile) -> str:
    rows = [
        ("School", profile.school_name),
        ("BRIN", profile.brin),
        ("Sector", profile.sector),
        ("Directeur", profile.director),
        ("Onderwijsconcept", profile.onderwijsconcept),
        ("Denominatie", profile.denominatie),
        ("Planperiode", profile.period_label),
        ("Aantal leerlingen", "" if profile.pupils is None else str(profile.pupils)),
    ]
    table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    context = render_markdown(profile.context) if profile.context else ""
    return f"{STYLE}<h1>Schoolprofiel</h1><table cellpadding='4'>{table}</table><h2>Context</h2>{context}"
