"""The board review measured against hand-made truth (tests/review_eval/, see its README.md).

Generated plans (exported at test time), edited plans (python-docx at test time; a committed
LibreOffice round trip) and foreign plans (built at test time) are reviewed, and the verdicts and
the elements found are compared with truth.yaml. Prints the figures; the thresholds of the issue are
that venster verdicts agree on at least 85% of the cells, and that elements a plan truly covers are
found in at least 90% of cases.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from koerswijzer.koers.model import Koers
from koerswijzer.review.review import SchoolReview, review_file
from review_eval import foreign
from review_eval.edits import edit_stadsmeer
from review_eval.make_fixtures import EVAL, FIXTURE, export

HERE = Path(__file__).parent / "review_eval"
TRUTH = yaml.safe_load((HERE / "truth.yaml").read_text(encoding="utf-8"))["plans"]
KINDS = ("gegenereerd", "bewerkt", "vreemd")
VERDICTS = {"sterk", "voldoende", "aandachtspunt"}
# Under the one verdict rule of docs/congruentie.md (the truth was relabelled by that rule in
# December 2026), venster cells agree in 77.8 %; the first wave's 86 % was against its own rubric.
VENSTER_AGREEMENT = 0.94  # 97.2 % (35 of 36) after the sixth round of issue 11
FOUND = 0.90  # the issue's threshold


@dataclass
class Reviewed:
    name: str
    kind: str
    truth: dict[str, dict]  # element id -> {covered, oordeel}
    review: SchoolReview

    def verdict(self, element_id: str) -> str:
        return next(e.verdict for e in self.review.elements if e.element_id == element_id)

    def found(self, element_id: str) -> str:
        return next(e.found for e in self.review.elements if e.element_id == element_id)


@pytest.fixture(scope="module")
def reviewed(asg: Koers, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Reviewed]:
    folder = tmp_path_factory.mktemp("review-eval")
    exports: dict[str, Path] = {}
    paths: dict[str, Path] = {}
    for name, plan in TRUTH.items():
        if plan["kind"] == "gegenereerd":
            exports[plan["source"]] = paths[name] = export(plan["source"], folder / f"{name}.docx")
    for name, plan in TRUTH.items():
        if plan["kind"] == "bewerkt" and "file" in plan:
            paths[name] = HERE / plan["file"]  # made by make_fixtures.py through LibreOffice
        elif plan["kind"] == "bewerkt":
            source = exports.get(plan["source"]) or export(plan["source"], folder / f"{plan['source']}.docx")
            paths[name] = edit_stadsmeer(source, folder / f"{name}.docx")
        elif plan["kind"] == "vreemd":
            paths[name] = foreign.build(name, folder / f"{name}.docx")
    return {name: Reviewed(name, plan["kind"], plan["elements"], review_file(paths[name], asg))
            for name, plan in TRUTH.items()}


def cells(plans: list[Reviewed], soort: str, asg: Koers) -> list[tuple[str, str, str, str]]:
    """(plan, element, truth, review) for every element of one kind (kernwaarde, venster)."""
    ids = [e.id for e in asg.elements if e.soort == soort]
    return [(p.name, e, p.truth[e]["oordeel"], p.verdict(e)) for p in plans for e in ids]


def agreement(rows: list[tuple[str, str, str, str]]) -> tuple[int, int]:
    return sum(truth == review for _p, _e, truth, review in rows), len(rows)


def share(right: int, total: int) -> str:
    return f"{right / total:.1%} juist ({right} van {total})" if total else "geen cellen"


def found_counts(plans: list[Reviewed]) -> tuple[int, int, int, int]:
    """(covered and found, covered, not covered but found, not covered)."""
    hit = covered = claimed = uncovered = 0
    for plan in plans:
        for element_id, truth in plan.truth.items():
            if truth["covered"]:
                covered += 1
                hit += bool(plan.found(element_id))
            else:
                uncovered += 1
                claimed += bool(plan.found(element_id))
    return hit, covered, claimed, uncovered


def test_the_set_has_the_plans_the_issue_asks_for(reviewed: dict[str, Reviewed], asg: Koers) -> None:
    kinds = [plan["kind"] for plan in TRUTH.values()]
    assert kinds.count("gegenereerd") >= 2 and kinds.count("bewerkt") >= 2 and kinds.count("vreemd") >= 3
    ids = [e.id for e in asg.elements]
    for name, plan in TRUTH.items():
        assert list(plan["elements"]) == ids, name
        assert all(t["oordeel"] in VERDICTS and isinstance(t["covered"], bool) for t in plan["elements"].values())
        assert reviewed[name].review.ok, reviewed[name].review.error
    for name in foreign.PLANS:
        assert foreign.word_count(name) >= 500
        assert any(not TRUTH[name]["elements"][e.id]["covered"] for e in asg.elements if e.soort == "venster"), \
            f"{name} should leave at least one venster out"
    with zipfile.ZipFile(FIXTURE) as archive:  # a document LibreOffice wrote, not python-docx
        assert "LibreOffice" in archive.read("docProps/app.xml").decode("utf-8")


def test_generated_truth_is_the_labelled_verdict_of_the_source_plan() -> None:
    """For exported plans the truth is the hand label of tests/congruence_eval/; an edited plan differs
    only where truth.yaml says the edit changed what the plan contains."""
    changed_by_edit = {("bewerkt-wilgenhoek-libreoffice", "venster-4")}
    for name, plan in TRUTH.items():
        if plan["kind"] == "vreemd":
            continue
        labels = yaml.safe_load((EVAL / f"{plan['source']}.yaml").read_text(encoding="utf-8"))["labels"]["oordeel"]
        for element_id, truth in plan["elements"].items():
            if (name, element_id) not in changed_by_edit:
                assert truth["oordeel"] == labels[element_id], (name, element_id)


def test_generated_plans_map_exactly_and_foreign_plans_never_claim_exact(reviewed: dict[str, Reviewed]) -> None:
    for plan in reviewed.values():
        found = {e.found for e in plan.review.elements}
        if plan.kind == "gegenereerd":
            assert plan.review.generated and found == {"exact"}, plan.name
        if plan.kind == "vreemd":
            assert not plan.review.generated and "exact" not in found, plan.name
            assert all(e.answered is None for e in plan.review.elements), plan.name


def test_print_the_figures(reviewed: dict[str, Reviewed], asg: Koers) -> None:
    plans = list(reviewed.values())
    lines = ["", "Bestuursbeoordeling tegen de handmatige waarheid (tests/review_eval/)"]
    for soort, label in (("venster", "vensters"), ("kernwaarde", "kernwaarden")):
        lines.append(f"oordeel per cel, {label}: {share(*agreement(cells(plans, soort, asg)))}")
        for kind in KINDS:
            lines.append(f"  {kind}: {share(*agreement(cells([p for p in plans if p.kind == kind], soort, asg)))}")
    hit, covered, claimed, uncovered = found_counts(plans)
    lines.append(f"onderdelen gevonden: {hit / covered:.1%} ({hit} van {covered}); "
                 f"niet behandeld en toch gevonden: {claimed} van {uncovered}")
    for kind in KINDS:
        hit, covered, claimed, uncovered = found_counts([p for p in plans if p.kind == kind])
        lines.append(f"  {kind}: {hit / covered:.1%} ({hit} van {covered}); "
                     f"niet behandeld en toch gevonden: {claimed} van {uncovered}")
    for soort in ("venster", "kernwaarde"):
        lines += [f"  afwijking: {p} {e}: waarheid {t}, beoordeling {r}"
                  for p, e, t, r in cells(plans, soort, asg) if t != r]
    lines += [f"  niet gevonden: {p.name} {e}" for p in plans for e, t in p.truth.items()
              if t["covered"] and not p.found(e)]
    print("\n".join(lines))


def test_venster_verdicts_agree_with_the_truth_on_85_percent_of_the_cells(
    reviewed: dict[str, Reviewed], asg: Koers
) -> None:
    right, total = agreement(cells(list(reviewed.values()), "venster", asg))
    assert right / total >= VENSTER_AGREEMENT


def test_covered_elements_are_found_in_90_percent_of_cases(reviewed: dict[str, Reviewed]) -> None:
    hit, covered, _claimed, _uncovered = found_counts(list(reviewed.values()))
    assert hit / covered >= FOUND


# -- the general rules the set led to, one by one ------------------------------------------------


def test_bold_lines_are_read_as_headings_and_dutch_goal_columns_as_goals(asg: Koers, tmp_path: Path) -> None:
    import docx
    from docx.shared import Pt

    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    document = docx.Document()
    for text, size in (("3. Ons team", 14), ("Verzuim", None), ("Dit is een vetgedrukte zin.", None)):
        run = document.add_paragraph().add_run(text)
        run.bold = True
        if size:
            run.font.size = Pt(size)
        document.add_paragraph("Het verzuim daalt door minder werkdruk en aandacht voor welbevinden. " * 3)
    half = document.add_paragraph()
    half.add_run("Half").bold = True
    half.add_run(" vet")
    rows = [["Doel", "Activiteiten", "Wie", "Wanneer", "Resultaat", "Evaluatie"],
            ["Het verzuim daalt.", "Werkdrukplan", "Directeur", "2025-2026", "Van 7% naar 5%", "Juni 2026"]]
    table = document.add_table(rows=2, cols=6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "vet.docx"
    document.save(str(path))
    read = read_docx(path)
    assert [(b.text, b.level) for b in read.blocks if b.kind == "heading"] == [("3. Ons team", 1), ("Verzuim", 2)]
    (goal,) = map_document(read, asg).goals
    assert (goal.wat, goal.hoe, goal.eigenaar, goal.schooljaar, goal.indicator, goal.evaluatie) == (
        "Het verzuim daalt.", "Werkdrukplan", "Directeur", 2025, "Van 7% naar 5%", "Juni 2026")


def test_a_renamed_chapter_keeps_its_goals_and_a_shortened_question_its_answer(asg: Koers) -> None:
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    mapped = map_document(read_docx(FIXTURE), asg)  # no trace left: headings only
    chapter = next(s for s in mapped.sections if s.heading == "Kernwaarde 1: Iedereen wordt gezien")
    assert (chapter.element_id, chapter.how) == ("gezien-worden", "heading")
    assert any(g.element_id == "gezien-worden" for g in mapped.goals)
    identity = next(s for s in mapped.sections if s.heading == "Onze identiteit")
    assert identity.question_id == "op.v-identiteit"
