"""The congruence report as JSON (schema in docs/congruentie.md) and as readable Dutch text."""

from __future__ import annotations

from typing import Any

from koerswijzer.congruence.engine import WEIGHTS, Finding, Report
from koerswijzer.congruence.verdicts import VERDICTS

SCHEMA_VERSION = 1
SEVERITY_MARK = {"ok": "✓", "let_op": "!", "ontbreekt": "✗"}


def _finding(f: Finding) -> dict[str, Any]:
    return {"criterium": f.criterion, "ernst": f.severity, "melding": f.message, "verwijzingen": list(f.refs)}


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "koers": {"id": report.koers_id, "versie": report.koers_version},
        "school": report.school,
        "gewichten": WEIGHTS,
        "onderdelen": [
            {
                "id": e.element_id,
                "titel": e.title,
                "oordeel": e.verdict,
                "score": e.score,
                "vragen_beantwoord": e.answered,
                "vragen_totaal": e.questions,
                "bevindingen": [_finding(f) for f in e.findings],
            }
            for e in report.elements
        ],
        "doelen_bestuur": [
            {
                "id": t.target_id,
                "onderdeel": t.element_id,
                "tekst": t.text,
                "geadresseerd": t.addressed,
                "schooldoelen": t.linked_by,
                "keuze": t.stance,
                "passages": [
                    {"bron": ev.source, "verwijzing": ev.ref, "tekst": ev.passage,
                     "gemarkeerd": ev.highlighted(), "woorden": list(ev.matched_words), "score": ev.score}
                    for ev in t.evidence[:3]
                ],
            }
            for t in report.targets.values()
        ],
        "wettelijk": [
            {"id": i.key, "omschrijving": i.label, "aanwezig": i.present, "waar": i.where}
            for i in report.statutory
        ],
        "kopie": report.copies,
        "buiten_onderwerp": report.off_topic,
        "eigen_kleur": report.eigen_kleur,
        "bevindingen": [_finding(f) for f in report.findings],
    }


def to_text(report: Report) -> str:
    lines = [f"Congruentie van het schoolplan van {report.school} met de koers ({report.koers_id}, "
             f"versie {report.koers_version})", ""]
    addressed = sum(1 for t in report.targets.values() if t.addressed)
    lines.append(f"Doelen van het bestuur die het plan raakt: {addressed} van {len(report.targets)}.")
    lines.append("")
    for e in report.elements:
        lines.append(f"{e.title}: {VERDICTS[e.verdict]} (score {e.score}; {e.answered} van {e.questions} "
                     "vragen beantwoord)")
        for f in sorted(e.findings, key=lambda f: ("ontbreekt", "let_op", "ok").index(f.severity)):
            lines.append(f"  {SEVERITY_MARK[f.severity]} {f.message}")
        lines.append("")
    lines.append("Wettelijke eisen:")
    for item in report.statutory:
        if item.present is None:
            lines.append(f"  – {item.label}: niet van toepassing.")
        else:
            lines.append(f"  {SEVERITY_MARK['ok' if item.present else 'ontbreekt']} {item.message()}")
    for f in report.findings:
        if f.criterion != "wettelijk":
            lines.append(f"{SEVERITY_MARK[f.severity]} {f.message}")
    return "\n".join(lines) + "\n"
