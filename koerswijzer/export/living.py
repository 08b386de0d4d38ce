"""The living plan on paper, through the same document model and writers as the schoolplan: the
jaarplan (a compact table per koers element, and a year calendar on A4 landscape) and the
kwartaalrapportage (a one-page overview with traffic lights, then per element the goals with their
trend charts). The rapportage carries its facts as a trace the board review reads back."""

from __future__ import annotations

import json
from collections.abc import Mapping

from koerswijzer.export.blocks import (
    NOTE,
    SUBTITLE,
    Document,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Section,
    Table,
    runs,
)
from koerswijzer.export.docx_parts import long_property
from koerswijzer.koers.model import Koers
from koerswijzer.plan.content import dutch_date
from koerswijzer.plan.jaarplannen import STATUSES, UITGEVOERD, VERVOLG, JaarplanInfo
from koerswijzer.plan.kalender import SHORT_MONTHS, school_year_label, school_year_months, wanneer_label, wanneer_months
from koerswijzer.plan.rapportage import RapportageContent, value_line
from koerswijzer.plan.types import Profile
from koerswijzer.plan.voortgang import MARKS

RAPPORTAGE_PROPERTY = "KoerswijzerRapportage"
MARK_FILLS = {"op_koers": "C6EFCE", "aandacht": "FFEB9C", "achter": "FFC7CE", "": "EEEEEE"}
STATUS_FILLS = {"afgerond": "C6EFCE", "loopt": "DDEBF7", "uitgesteld": "FFEB9C", "gestopt": "D9D9D9", "niet_gestart": ""}
CALENDAR_FILL = "8EA9DB"


def _document(title: str, profile: Profile, koers: Koers, category: str) -> Document:
    return Document(title=title, subject=f"{title} — {profile.school_name}", author=profile.director or profile.school_name,
                    keywords=f"{category}; {koers.titel}", header_text=f"{profile.school_name} — {title}",
                    koers_id=koers.id, koers_version=koers.versie, category=category)


def _cell(text: str, bold: bool = False) -> tuple:
    return runs(text, bold=bold)


# -- jaarplan --------------------------------------------------------------------------------------


def jaarplan_document(jaarplan: JaarplanInfo, profile: Profile, koers: Koers) -> Document:
    title = jaarplan.label
    document = _document(title, profile, koers, "Jaarplan")
    blocks = document.blocks
    blocks.append(Heading(1, title))
    blocks.append(Paragraph(runs(f"{profile.school_name} — schoolplan {profile.period_label}, koers: {koers.titel}"),
                            SUBTITLE))
    actions = sum(len(d.acties) for d in jaarplan.doelen)
    blocks.append(Paragraph(runs(f"Dit jaarplan bevat {len(jaarplan.doelen)} "
                                 f"{'doel' if len(jaarplan.doelen) == 1 else 'doelen'} uit de meerjarenplanning met "
                                 f"{actions} {'actie' if actions == 1 else 'acties'}. Per onderdeel van de koers staan "
                                 "de doelen met hun acties: wie, wanneer, wat het kost en hoe ver ze zijn. Achterin "
                                 "staat de jaarkalender.")))
    for element_title, doelen in _by_element(jaarplan, koers):
        blocks.append(Heading(2, element_title))
        for doel in doelen:
            blocks.append(Heading(3, doel.goal.wat))
            facts = [f"Eigenaar: {doel.goal.eigenaar}" if doel.goal.eigenaar else "",
                     f"Indicator: {doel.goal.indicator}" if doel.goal.indicator else "",
                     f"Streefwaarde: {doel.goal.streefwaarde}" if doel.goal.streefwaarde else ""]
            if doel.carried_from_year is not None:
                facts.append(f"Doorgeschoven uit {school_year_label(doel.carried_from_year)}: {doel.carry_reason}")
            line = "; ".join(f for f in facts if f)
            if line:
                blocks.append(Paragraph(runs(line), NOTE))
            if doel.acties:
                blocks.append(Table(
                    header=tuple(_cell(h) for h in ("Actie", "Wie", "Wanneer", "Uren", "Kosten", "Status")),
                    rows=tuple((_cell(a.tekst), _cell(a.wie), _cell(wanneer_label(a.wanneer)),
                                _cell(str(a.uren) if a.uren is not None else ""),
                                _cell(f"€ {a.euros:,}".replace(",", ".") if a.euros is not None else ""),
                                _cell(STATUSES[a.status])) for a in doel.acties),
                    widths=(3.9, 2.1, 1.4, 0.9, 1.1, 1.2),
                    fills=tuple(("", "", "", "", "", STATUS_FILLS[a.status]) for a in doel.acties)))
            else:
                blocks.append(Paragraph(runs("Nog geen acties."), NOTE))
            if doel.evaluatie is not None:
                e = doel.evaluatie
                blocks.append(Paragraph(runs(
                    f"Evaluatie: {UITGEVOERD[e.uitgevoerd].lower()} uitgevoerd; bereik: {e.bereik or '—'}; "
                    f"opbrengst: {e.opbrengst or '—'}; vervolg: {VERVOLG[e.vervolg].lower()}."
                    + (f" {e.toelichting}" if e.toelichting else "")), NOTE))
    blocks.extend(_calendar(jaarplan))
    return document


def _by_element(jaarplan: JaarplanInfo, koers: Koers):  # type: ignore[no-untyped-def]
    groups: dict[str, list] = {}
    for doel in jaarplan.doelen:
        element_id = doel.goal.element_id
        top = koers.top_element(element_id).id if element_id and koers.find(element_id) else ""
        groups.setdefault(top, []).append(doel)
    ordered = [(e.label, groups[e.id]) for e in koers.elements if e.id in groups]
    if "" in groups:
        ordered.append(("Eigen doelen van de school", groups[""]))
    return ordered


def _calendar(jaarplan: JaarplanInfo) -> list:
    """The year calendar: every action against the months August to July, on A4 landscape."""
    months = school_year_months(jaarplan.schooljaar)
    rows, fills = [], []
    for doel in jaarplan.doelen:
        for actie in doel.acties:
            covered = set(wanneer_months(actie.wanneer))
            rows.append((_cell(actie.tekst), *(_cell("") for _ in months)))
            fills.append(("", *(CALENDAR_FILL if m in covered else "" for m in months)))
    if not rows:
        return []
    return [Section(landscape=True), Heading(1, f"Jaarkalender {school_year_label(jaarplan.schooljaar)}"),
            Paragraph(runs("Per actie de maanden waarin zij loopt. Acties zonder maand staan er zonder balk.")),
            Table(header=(_cell("Actie"), *(_cell(SHORT_MONTHS[m - 1]) for _, m in months)),
                  rows=tuple(rows), widths=(6.0, *([0.7] * len(months))), fills=tuple(fills))]


# -- kwartaalrapportage ---------------------------------------------------------------------------------


def rapportage_document(content: RapportageContent, charts: Mapping[int, bytes] | None = None,
                        overview_only: bool = False) -> Document:
    """``charts``: a PNG per goal id (see ``ui/trend_chart.py``); ``overview_only``: the one page."""
    quarter = content.kwartaal
    title = f"Kwartaalrapportage {quarter.short}"
    document = _document(title, content.profile, content.koers, "Kwartaalrapportage")
    document.properties = long_property(RAPPORTAGE_PROPERTY,
                                         json.dumps(content.trace(), ensure_ascii=False, separators=(",", ":")))
    blocks = document.blocks
    blocks.append(Heading(1, title))
    blocks.append(Paragraph(runs(f"{content.profile.school_name} — {quarter.label}, gemaakt op "
                                 f"{dutch_date(content.made_on)}"), SUBTITLE))
    blocks.append(Paragraph(runs(f"In één oogopslag: {content.summary()}.")))
    rows, fills = [], []
    for element in content.elements:
        for goal in element.goals:
            mark = goal.stand.markering if goal.stand else ""
            rows.append((_cell(element.title), _cell(goal.goal.wat), _cell(MARKS.get(mark, "—")),
                         _cell(value_line(goal)), _cell(_movement(goal))))
            fills.append(("", "", MARK_FILLS[mark], "", ""))
    blocks.append(Table(header=tuple(_cell(h) for h in ("Onderdeel", "Doel", "Stand", "Waarde", "Sinds vorig kwartaal")),
                        rows=tuple(rows), widths=(2.0, 4.3, 1.7, 2.2, 1.6), fills=tuple(fills)))
    verschil = content.verschil
    moved = [f"{len(verschil.beter)} beter", f"{len(verschil.slechter)} slechter", f"{len(verschil.stil)} staan stil"]
    blocks.append(Paragraph(runs(f"Sinds {quarter.previous().short}: " + ", ".join(moved) + "."), NOTE))
    if overview_only:
        return document
    blocks.append(PageBreak())
    blocks.append(Heading(2, "Per onderdeel van de koers"))
    for element in content.elements:
        blocks.append(Heading(3, element.title))
        for goal in element.goals:
            blocks.append(Heading(4, goal.goal.wat))
            stand = goal.stand
            line = (f"{MARKS[stand.markering]}. {stand.toelichting}".strip() if stand else
                    "Nog geen markering voor dit kwartaal.")
            blocks.append(Paragraph(runs(line)))
            if goal.goal.indicator:
                blocks.append(Paragraph(runs(f"Indicator: {goal.goal.indicator}. Gemeten: {value_line(goal)}."), NOTE))
            if goal.gestopt_in is not None:
                blocks.append(Paragraph(runs(f"Gestopt na de evaluatie van {school_year_label(goal.gestopt_in)}."), NOTE))
            chart = (charts or {}).get(goal.goal.id)
            if chart:
                blocks.append(Image(f"verloop-{goal.goal.id}.png", 15.0, chart,
                                    f"Verloop van ‘{goal.goal.indicator or goal.goal.wat}’ per kwartaal"))
            if goal.bewijs:
                blocks.append(Paragraph(runs("Bewijs: " + "; ".join(goal.bewijs)), NOTE))
    return document


def _movement(goal) -> str:  # type: ignore[no-untyped-def]
    if goal.stand is None or goal.vorige is None:
        return "nieuw" if goal.stand is not None else ""
    order = ("achter", "aandacht", "op_koers")
    now, before = order.index(goal.stand.markering), order.index(goal.vorige.markering)
    return "↑ beter" if now > before else "↓ slechter" if now < before else "→ gelijk"


def read_rapportage_trace(properties: Mapping[str, str]) -> dict | None:
    """The facts of a rapportage from its document's custom properties, or None."""
    chunks = [properties.get(RAPPORTAGE_PROPERTY, "")]
    n = 2
    while f"{RAPPORTAGE_PROPERTY} {n}" in properties:
        chunks.append(properties[f"{RAPPORTAGE_PROPERTY} {n}"])
        n += 1
    text = "".join(chunks)
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) and data.get("soort") == "kwartaalrapportage" else None
