"""A plan's content -> the schoolplan as a :class:`Document` (format-neutral).

The chapter order follows the schoolplan as the brief describes it: cover, colofon,
inhoudsopgave, inleiding, the board's missie and visie, one chapter per top-level koers
element, and the meerjarenplanning.
"""

from __future__ import annotations


from koerswijzer import __version__
from koerswijzer.export.blocks import (
    Run,
    BOARD,
    NOTE,
    SUBTITLE,
    TITLE,
    Block,
    Document,
    Heading,
    Image,
    ListBlock,
    PageBreak,
    Paragraph,
    Table,
    TOC_LEVELS,
    TOC_TITLE,
    TableOfContents,
    parse_markdown,
    runs,
)
from koerswijzer.export.templates import Templates
from koerswijzer.koers.model import Element, Koers
from koerswijzer.plan.content import PlanContent, dutch_date
from koerswijzer.plan.types import ANSWER_STATUSES, STANCES, GoalInfo, school_year_label

VARIANTS = {"standaard": "Standaard", "compact": "Compact (zonder teksten van het bestuur)"}
SECTOR_NAMES = {"PO": "primair onderwijs (PO)", "VO": "voortgezet onderwijs (VO)",
                "SO": "speciaal onderwijs (SO)"}
GOAL_WIDTHS = (1.0, 3.2)


def report_top(koers: Koers, element_id: str) -> str:
    """The top-level element an element belongs to."""
    element = koers.element(element_id)
    while element.parent_id is not None:
        element = koers.element(element.parent_id)
    return element.id


def build_document(content: PlanContent, variant: str = "standaard",
                   templates: Templates | None = None, logo: str | None = None, appendix: bool = True) -> Document:
    """The document model. ``appendix``: add the congruence appendix (the verdict per element and
    the statutory checklist)."""
    if variant not in VARIANTS:
        raise ValueError(variant)
    return _Builder(content, variant == "compact", templates or Templates(), logo, appendix).build()


class _Builder:
    def __init__(self, content: PlanContent, compact: bool, templates: Templates,
                 logo: str | None = None, appendix: bool = True) -> None:
        self.logo = logo
        self.appendix = appendix
        self.c = content
        self.compact = compact
        self.templates = templates
        self.blocks: list[Block] = []

    def build(self) -> Document:
        c = self.c
        profile, koers = c.profile, c.koers
        self._cover()
        self._colofon()
        self.blocks.append(Paragraph(runs("Inhoudsopgave"), TOC_TITLE))
        toc_index = len(self.blocks)
        self.blocks.append(TableOfContents())
        self.blocks.append(PageBreak())
        self._inleiding()
        if not self.compact:
            self._missie_visie()
        for element in koers.elements:
            self._element_chapter(element, level=1)
        self._planning()
        if self.appendix:
            self._appendix()
        entries = tuple((h.level, h.text) for h in self.blocks if isinstance(h, Heading) and h.level <= TOC_LEVELS)
        self.blocks[toc_index] = TableOfContents(entries)
        return Document(
            title=f"Schoolplan {profile.period_label} {profile.school_name}",
            subject=f"Schoolplan langs {koers.titel}",
            author=profile.director,
            keywords=f"schoolplan; {koers.bestuur}; {koers.titel}; koers:{koers.id}@{koers.versie}",
            header_text=profile.school_name,
            koers_id=koers.id,
            koers_version=koers.versie,
            blocks=self.blocks,
        )

    # -- front matter ---------------------------------------------------------------------------

    def _context(self) -> dict[str, object]:
        c = self.c
        return {
            "profiel": c.profile, "koers": c.koers, "datum": dutch_date(c.exported_on),
            "versie": f"Koerswijzer {__version__}", "mr_instemming": dutch_date(c.mr_instemming),
            "vaststelling": dutch_date(c.vaststelling), "sector": SECTOR_NAMES.get(c.profile.sector, c.profile.sector),
            # The plan's own version and date, not the application's: adopted, consented, or a draft.
            "plan_versie": ("vastgesteld" if c.vaststelling else "ter vaststelling (MR heeft ingestemd)"
                            if c.mr_instemming else "concept"),
            "plan_datum": dutch_date(c.vaststelling or c.exported_on),
            "opbouw": c.koers.opbouw(),
        }

    def _markdown(self, template: str, style: str = "body", **extra: object) -> list[Block]:
        return parse_markdown(self.templates.render(template, **self._context(), **extra), style)

    def _cover(self) -> None:
        p, k = self.c.profile, self.c.koers
        if self.logo:
            self.blocks.append(Image(self.logo, 5.0))
        self.blocks += [
            Paragraph(runs(p.school_name), TITLE),
            Paragraph(runs(f"Schoolplan {p.period_label}"), SUBTITLE),
            Paragraph(runs(k.bestuur)),
            Paragraph(runs(f"Geschreven langs {k.titel}"), NOTE),
            PageBreak(),
        ]

    def _colofon(self) -> None:
        self.blocks += self._markdown("colofon.md.j2")
        self.blocks.append(PageBreak())

    def _inleiding(self) -> None:
        p = self.c.profile
        self.blocks.append(Heading(1, "Inleiding", "#inleiding"))
        self.blocks += self._markdown("inleiding.md.j2")
        if p.context.strip():
            self.blocks.append(Heading(2, "Context van de school", "#context"))
            self.blocks += parse_markdown(p.context)

    def _missie_visie(self) -> None:
        k = self.c.koers
        if k.missie is not None or k.visie is not None:
            self.blocks.append(Heading(1, f"Missie en visie van {k.bestuur}", "#missie-visie"))
        for key, statement in (("missie", k.missie), ("visie", k.visie)):
            if statement is None:
                continue
            self.blocks.append(Heading(2, k.kopje(key), f"#{key}"))
            if statement.kernzin:
                self.blocks.append(Paragraph(runs(statement.kernzin, bold=True), BOARD))
            self.blocks += parse_markdown(statement.tekst, BOARD)
        # The rest of the board's own text: its sections and its kaders, in the board's voice.
        if k.secties or k.kaders:
            self.blocks.append(Heading(1, f"De koers van {k.bestuur}", "#koers"))
        kaders = ListBlock(False, tuple(
            (Paragraph(((Run(f"{kader.titel}: ", bold=True),) if kader.titel else ()) + runs(kader.tekst), BOARD),)
            for kader in k.kaders), BOARD) if k.kaders else None
        for section in k.secties:
            self.blocks.append(Heading(2, section.titel, "#koers"))
            self.blocks += parse_markdown(section.tekst, BOARD)
            if kaders is not None and section.titel.strip().lower() == "kaders":
                self.blocks.append(kaders)  # the board's own section on its kaders holds the list
                kaders = None
        if kaders is not None:
            self.blocks.append(Heading(2, "Kaders", "#kaders"))
            self.blocks.append(kaders)

    # -- koers chapters ---------------------------------------------------------------------------

    def _element_chapter(self, element: Element, level: int) -> None:
        c = self.c
        goals = [g for g in c.goals if g.element_id == element.id]
        self.blocks.append(Heading(level, element.label, element.id))
        if level == 1:  # once per chapter, not again for every part of it
            self.blocks += self._markdown("hoofdstuk.md.j2", element=element,
                                          doelen_bestuur=len(element.targets), schooldoelen=len(goals))
        sub = level + 1  # past level 4 the writers use a styled paragraph (docx "Kop klein")
        if not self.compact:  # the board's description and sections of this element, in its voice
            if element.beschrijving.strip():
                self.blocks += parse_markdown(element.beschrijving, BOARD)
            for section in element.secties:
                self.blocks.append(Heading(sub, section.titel, f"{element.id}#koers"))
                self.blocks += parse_markdown(section.tekst, BOARD)
        if element.targets and not self.compact:
            self.blocks.append(Heading(sub, c.koers.kopje("doelen"), f"{element.id}#doelen-bestuur"))
            offer = c.koers.congruentie.verdict_rule(element.soort).offer
            lead = (f"Het aanbod van {c.koers.bestuur}; de school kiest wat zij oppakt" if offer
                    else f"De doelen van {c.koers.bestuur}")
            audiences = list(dict.fromkeys(t.doelgroep for t in element.targets))
            if audiences == [""]:
                self.blocks.append(Paragraph(runs(f"{lead}:"), BOARD))
            else:
                self.blocks.append(Paragraph(runs(f"{lead}, per doelgroep:"), BOARD))
            for audience in audiences:
                if audience:
                    self.blocks.append(Paragraph((Run(f"Voor {audience}", bold=True),), BOARD))
                self.blocks.append(ListBlock(False, tuple((Paragraph(runs(t.with_details()), BOARD),)
                                                          for t in element.targets if t.doelgroep == audience),
                                             BOARD))
        if element.questions:
            self.blocks.append(Heading(sub, c.koers.kopje("vragen"), f"{element.id}#vragen"))
            for question in element.questions:
                self._question(question.id, question.tekst, sub + 1)
        if goals:
            self.blocks.append(Heading(sub, "Schooldoelen", f"{element.id}#schooldoelen"))
            self.blocks += self._goal_tables(goals)
        stances = [(t, c.stances[t.id]) for t in element.targets if t.id in c.stances]
        if stances:
            self.blocks.append(Heading(sub, "Doelen van het bestuur die de school anders oppakt",
                                       f"{element.id}#keuzes"))
            rows = tuple((runs(t.tekst), runs(STANCES[s.stance]), runs(s.reason)) for t, s in stances)
            self.blocks.append(Table((runs("Doel van het bestuur"), runs("Keuze"), runs("Reden")),
                                     rows, (3.0, 1.4, 3.0)))
        for child in element.children:
            self._element_chapter(child, sub)

    def _question(self, question_id: str, text: str, level: int) -> None:
        answer = self.c.answers.get(question_id)
        self.blocks.append(Heading(level, text, question_id))
        if answer is None or not answer.answered:
            self.blocks.append(Paragraph(runs("Nog niet beantwoord."), NOTE))
            return
        self.blocks += parse_markdown(answer.text)
        if answer.status != "klaar" and self.c.vaststelling is None:
            # A working draft says which answers are not final; an adopted plan is final as a whole.
            self.blocks.append(Paragraph(runs(f"Status: {ANSWER_STATUSES[answer.status].lower()}"), NOTE))

    def _goal_tables(self, goals: list[GoalInfo]) -> list[Block]:
        """One small two-column table per goal: readable on a portrait page, and still a
        table a reviewer (or the board review) can find every SMART field in."""
        koers = self.c.koers
        tables: list[Block] = []
        for number, g in enumerate(goals, start=1):
            meetbaar = "; ".join(part for part in (
                g.indicator,
                f"nu: {g.baseline}" if g.baseline else "",
                f"doel: {g.streefwaarde}" if g.streefwaarde else "",
            ) if part)
            primary = koers.find(g.primary_link) if g.primary_link else None
            link = getattr(primary, "tekst", None) or getattr(primary, "label", None) or "Eigen kleur"
            rows = [
                ("Hoe", g.hoe),
                ("Wanneer", school_year_label(g.schooljaar) if g.schooljaar else "nog niet gepland"),
                ("Eigenaar", g.eigenaar),
                ("Meetbaar resultaat", meetbaar),
                ("Merkbaar resultaat", g.merkbaar),
                ("Evaluatie", g.evaluatie),
                ("Koppeling aan de koers", link),
            ]
            for ref in g.secondary_links:  # one row each: a reviewer (and the board review) reads them back
                found = koers.find(ref)
                text = getattr(found, "tekst", None) or getattr(found, "label", None)
                if text:
                    rows.append(("Draagt ook bij aan", text))
            tables.append(Table(
                (runs(f"Schooldoel {number}", bold=True), runs(g.wat, bold=True)),
                tuple((runs(label), runs(value)) for label, value in rows),
                GOAL_WIDTHS,
            ))
        return tables

    # -- bijlage: congruentie ---------------------------------------------------------------------------

    def _appendix(self) -> None:
        from koerswijzer.congruence.engine import check
        from koerswijzer.congruence.verdicts import VERDICTS

        report = check(self.c)
        self.blocks.append(Heading(1, "Bijlage: congruentie met de koers", "#congruentie"))
        addressed = sum(1 for t in report.targets.values() if t.addressed)
        self.blocks.append(Paragraph(runs(
            f"Koerswijzer heeft dit schoolplan naast {self.c.koers.titel} gelegd. Het plan raakt {addressed} van "
            f"de {len(report.targets)} doelen van het bestuur, via een gekoppeld schooldoel of in de eigen tekst "
            "van de school. Per onderdeel staat hieronder het oordeel: sterk, voldoende of aandachtspunt, naar het "
            "aandeel van de doelen van het bestuur dat het plan echt uitwerkt. De bevindingen staan op de pagina "
            "Congruentie in Koerswijzer.")))
        rows = []
        for e in report.elements:
            targets = [t for t in report.targets.values() if report_top(self.c.koers, t.element_id) == e.element_id]
            covered = sum(1 for t in targets if t.addressed or t.stance)
            rows.append((runs(e.title), runs(f"{e.answered} van {e.questions}"),
                         runs(f"{covered} van {len(targets)}"), runs(VERDICTS[e.verdict])))
        koers = self.c.koers
        self.blocks.append(Table((runs("Onderdeel"), runs(f"{koers.kopje('vragen')}: beantwoord"),
                                  runs(f"Doelen van {koers.bestuur}: gedekt"), runs("Oordeel")),
                                 tuple(rows), (3.0, 1.3, 1.5, 1.5)))
        self.blocks.append(Heading(2, "Wettelijke eisen", "#wettelijk"))
        statutory_rows = tuple(
            (runs(i.label), runs("niet van toepassing" if i.present is None else "aanwezig" if i.present else "ontbreekt"))
            for i in report.statutory)
        self.blocks.append(Table((runs("Eis"), runs("In dit plan")), statutory_rows, (3.5, 1.5)))

    # -- meerjarenplanning ---------------------------------------------------------------------------

    def _planning(self) -> None:
        c = self.c
        years = c.profile.school_years()
        self.blocks.append(Heading(1, "Meerjarenplanning", "#meerjarenplanning"))
        self.blocks += self._markdown("meerjarenplanning.md.j2")
        if not c.goals:
            self.blocks.append(Paragraph(runs("Er zijn nog geen schooldoelen."), NOTE))
            return
        header = (runs("Schooldoel"), *(runs(school_year_label(y)) for y in years))
        rows = tuple(
            (runs(g.wat), *(runs("● gepland" if g.schooljaar == y else "") for y in years)) for g in c.goals
        )
        self.blocks.append(Table(header, rows, (4.0, *(1.0 for _ in years))))
        unplanned = [g for g in c.goals if g.schooljaar not in years]
        if unplanned:
            self.blocks.append(Paragraph(runs(f"{len(unplanned)} schooldoel(en) zijn nog niet in een "
                                              "schooljaar gepland."), NOTE))

