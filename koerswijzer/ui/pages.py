"""HTML for the read-only pages of the plan view: the board's voice set apart from the school's."""

from __future__ import annotations

from html import escape

from koerswijzer.koers.model import Koers

STYLE = """
<style>
h1 { font-size: 20pt; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 18px; }
.bestuur { background-color: #e8f0fb; color: #1a202c; }
.label { color: #2b6cb0; font-weight: bold; }
</style>
"""


def render_markdown(text: str) -> str:
    import markdown  # loaded on first use: it is not needed to show the window

    return markdown.markdown(text, extensions=["tables", "sane_lists"])


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
