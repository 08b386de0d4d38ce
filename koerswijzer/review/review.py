"""Review received schoolplannen: read, map to the koers, run the congruence check.

Every document is judged by the one rule of docs/congruentie.md, the same as ``check``: the share
of an element's targets the school's own text genuinely addresses, and concrete goals. A document
Koerswijzer made is mapped exactly by its trace; a foreign one by its headings and its text. What
a foreign document cannot show (answers per centrale vraag, goal links) is reported as unknown
("onbekend"), not as a failure. The plan period, the MR's consent and the denominatie are read
from the document itself (:mod:`koerswijzer.review.facts`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from koerswijzer.congruence.concepts import sentence_concepts, target_concepts
from koerswijzer.congruence.engine import Report, check
from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.content import PlanContent
from koerswijzer.koers.model import Koers
from koerswijzer.plan.types import AnswerState, GoalInfo, PassageDecisions, Profile
from koerswijzer.review import facts
from koerswijzer.review.mapping import MappedPlan, Section, element_of_text, goal_statements, map_document, row_value
from koerswijzer.review.reader import read_docx



@dataclass
class ElementReview:
    element_id: str
    title: str
    verdict: str  # sterk / voldoende / aandachtspunt / onbekend
    found: str  # exact / heading / text / "" (not found in the document)
    targets_addressed: int
    targets_total: int
    answered: int | None  # None: unknown (foreign document)
    questions: int
    findings: list[str] = field(default_factory=list)
    # Per addressed target, the best passage of the document: {"doel", "waar", "passage"} (Markdown
    # with the matched words in bold), or "gekoppeld" when a goal table links it.
    passages: list[dict[str, str]] = field(default_factory=list)


def _passages(koers: Koers, targets) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    """Where the document addresses each target: the passage a reviewer can read it in."""
    out = []
    for target in targets:
        if target.evidence:
            best = target.evidence[0]
            if best.source == "antwoord":
                question = koers.find(best.ref)
                where = f"antwoord op ‘{getattr(question, 'tekst', best.ref)}’"
            elif best.source == "doel":
                where = "schooldoel"
            elif best.source == "lezer":
                where = f"{best.ref} door het bestuur"
            else:
                where = f"onder ‘{best.ref}’" if best.ref and best.ref != "document" else "in het document"
            out.append({"doel": target.text, "doel_id": target.target_id, "waar": where,
                        "passage": best.highlighted(context=220), "tekst": best.passage})
        elif target.linked_by:
            out.append({"doel": target.text, "doel_id": target.target_id, "waar": "gekoppeld schooldoel",
                        "passage": "", "tekst": ""})
    return out


@dataclass
class SchoolReview:
    path: Path
    school: str = ""
    error: str = ""  # a Dutch message when the file could not be reviewed
    generated: bool = False
    elements: list[ElementReview] = field(default_factory=list)
    statutory: dict[str, bool | None] = field(default_factory=dict)
    report: Report | None = None
    koers_id: str = ""  # the koers it was judged against
    notice: str = ""  # a warning for its row (a document written along another koers)

    @property
    def ok(self) -> bool:
        return not self.error


_PLAN_TITLE = re.compile(r"^\s*schoolplan\b[\s\d–—/-]*|\s*\b(?:19|20)\d\d\s*[–—/-]\s*(?:19|20)?\d\d\s*$",
                         re.IGNORECASE)  # "Schoolplan 2025-2029 ...", "Schoolplan De Wingerd 2025-2029"
_SCHOOL_WORD = re.compile(r"(?:school|college|lyceum|gymnasium|kindcentrum)$", re.IGNORECASE)
NAME_WORDS = 7  # a school's name on a cover is short


def _looks_like_a_name(line: str) -> bool:
    """A cover line that names the school: short, no figures, and a capitalised word after the first
    ("Katholieke Basisschool Sint Willibrordus", "Tamarisk College"), not a description ("Openbare
    school voor mavo en havo") or a motto ("Elk kind de tijd die het nodig heeft")."""
    words = line.split()
    if len(words) == 1:  # "Sint-Maartenschool"
        return words[0][:1].isupper() and bool(_SCHOOL_WORD.search(words[0]))
    return (0 < len(words) <= NAME_WORDS and not re.search(r"\d|:", line)
            and not re.search(r"\s(?:in|voor|met)\s", line)  # "... basisschool in Almere Haven"
            and any(w[:1].isupper() and not w.isupper() for w in words[1:])  # not only an acronym ("met ASG")
            and not line.rstrip().endswith((".", "?", "!")))


def _school_name(mapped: MappedPlan, path: Path, core_title: str = "") -> str:
    """The school's name: the document's title without "Schoolplan 2025-2029", else the first line of the
    cover that looks like a name, else the heading right after the cover ("CBS De Olijfboom" in bold under
    "Schoolplan 2024-2028"), else the title in its properties (last: a plan copied from another school
    keeps that school's), else the file's name."""
    cover = [i for i, s in enumerate(mapped.sections) if s.frame == "voorblad"]
    after = cover[-1] + 1 if cover else 0
    lines = [mapped.title] + [line for s in mapped.sections if s.frame == "voorblad"
                              for line in [s.heading, *(p for text in s.paragraphs[:3] for p in text.splitlines())]]
    lines += [mapped.sections[after].heading] if after < len(mapped.sections) else []
    lines.append(core_title)
    for line in lines:
        # "Weerwater Lyceum · havo, atheneum", "CBS De Lichtboei, Almere Haven": the name comes first
        rest = re.split(r"\s*[·|,]\s*|\s[–—]\s", _PLAN_TITLE.sub("", " ".join(line.split())))[0].strip(" -")
        if rest and _looks_like_a_name(rest):
            return rest
    return path.stem


PLAN_WORDS_SHARED = 2  # a goal shares this many telling words with a section of the plan: it is its subject


def _element_by_the_plan(koers: Koers, body: str, read: list[tuple[str | None, set[str]]]) -> str | None:
    """Where the plan itself writes about a goal's subject: the venster of the section that shares
    the goal's most telling words ("1S", "rekenen"), a word weighing more the fewer sections use it.
    None when no section shares PLAN_WORDS_SHARED of them. ``read``: (venster or None, lemmas) per
    section of the plan with text (:func:`_sections_read`)."""
    import math

    from koerswijzer.congruence.concepts import lemma_sequence

    words = set(lemma_sequence(body))
    rarity = {w: math.log((1 + len(read)) / (1 + sum(w in lemmas for _e, lemmas in read))) for w in words}
    best, best_score = None, 0.0
    for element_id, lemmas in read:
        shared = [w for w in words & lemmas if rarity[w] > 0]
        score = sum(rarity[w] for w in shared)
        if element_id and len(shared) >= PLAN_WORDS_SHARED and score > best_score:
            best, best_score = element_id, score
    return best


def _sections_read(koers: Koers, sections: Sequence[Section]) -> list[tuple[str | None, set[str]]]:
    """The lemmas of every section with text, with its venster when it is the school's own text
    placed in an element whose verdict asks for goals."""
    from koerswijzer.congruence.concepts import lemma_sequence

    out = []
    for s in sections:
        if not s.text:
            continue
        top = koers.top_element(s.element_id).id if s.element_id and koers.find(s.element_id) else None
        own = top and not s.board and not s.frame and not s.context and koers.asks_goals(top)
        out.append((top if own else None, set(lemma_sequence(s.heading + ". " + s.text))))
    return out


def attribute_goals(koers: Koers, goals: list[GoalInfo], sections: Sequence[Section] = ()) -> list[GoalInfo]:
    """Goals from a table under no element's heading ("Onze doelen") are placed row by row, by
    what the row itself says: the venster of the targets it addresses (a kernwaarde only when it
    addresses no venster's target), else the venster its words fit best."""
    from koerswijzer.congruence.evidence import element_similarity

    placed = []
    read: list[tuple[str | None, set[str]]] | None = None  # the plan's sections, read once when needed
    for goal in goals:
        if goal.element_id is None:
            body = ". ".join(x for x in (goal.wat, goal.hoe, goal.indicator, goal.merkbaar) if x)
            element_id = element_of_text(koers, body, goal=True)
            if element_id is not None:
                goal = dataclasses.replace(goal, element_id=element_id)
            else:
                # among the elements whose verdict asks for goals (element_of_text)
                leaning = element_similarity(koers, body)
                similarity = {e.id: leaning.get(e.id, 0.0) for e in koers.elements if koers.asks_goals(e.id)}
                best = max(similarity, key=similarity.__getitem__, default=None)
                if best is not None and similarity[best] >= GOAL_TEXT_SIMILARITY:
                    goal = dataclasses.replace(goal, element_id=best)
                else:
                    if sections and read is None:
                        read = _sections_read(koers, sections)
                    # where the plan writes about its subject, else the one venster of its concept
                    where = (_element_by_the_plan(koers, body, read) if read else None) \
                        or _element_by_concepts(koers, body)
                    if where:
                        goal = dataclasses.replace(goal, element_id=where)
        placed.append(goal)
    return placed


def _element_by_concepts(koers: Koers, body: str) -> str | None:
    """The venster whose targets share a concept of the field with a short goal row ("Ziekteverzuim |
    5,0%", "Onbevoegden voor de groep | 0"): too short to address a target, clear enough to place a goal.
    None when no such venster, or more than one equally."""
    concepts = {c for c, _w in sentence_concepts(koers, body) if not c.startswith("w:")}  # (a herkenning term too)
    counts: Counter[str] = Counter()
    for tc in target_concepts(koers):
        top = koers.top_element(tc.target.element_id).id
        if koers.asks_goals(top) and any(concepts & slot.concepts for slot in tc.informative):
            counts[top] += 1
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


GOAL_TEXT_SIMILARITY = 0.08


def review_file(path: str | Path, koers: Koers, decisions: PassageDecisions | None = None) -> SchoolReview:
    """One document's review, honouring the board's decisions on its passages. Never raises for a
    bad file: the error is in the result."""
    path = Path(path)
    try:
        return _review(path, koers, decisions or PassageDecisions())
    except KoerswijzerError as exc:
        return SchoolReview(path, path.stem, error=str(exc))
    except RecursionError:
        return SchoolReview(path, path.stem, error=f"'{path.name}' is te diep genest om te beoordelen.")
    except MemoryError:
        return SchoolReview(path, path.stem, error=f"'{path.name}' is te groot om te beoordelen.")
    except Exception as exc:  # noqa: BLE001 - one odd document must never stop a batch
        return SchoolReview(path, path.stem, error=f"'{path.name}' kon niet worden beoordeeld: de inhoud is "
                                                   f"ongebruikelijk ({type(exc).__name__}).")


def _review(path: Path, koers: Koers, decisions: PassageDecisions) -> SchoolReview:
    document = read_docx(path)
    mapped = map_document(document, koers)
    school = _school_name(mapped, path, document.core_title)
    answers = {qid: AnswerState(qid, text) for qid, text in mapped.answers().items()}
    own_text = mapped.own_text()
    cover = mapped.frame_text("voorblad")
    colofon = mapped.frame_text("colofon")
    period = (facts.plan_period("", row_value(mapped.sections, "planperiode") or "", "")
              or facts.plan_period(mapped.title, cover, own_text + "\n" + colofon))
    consent = facts.mr_consent(row_value(mapped.sections, "instemming mr"), own_text + "\n" + colofon)
    # What the document says; else the board's, when all its schools share one (``denominatie:``).
    denominatie = (facts.denominatie(school, row_value(mapped.sections, "denominatie"), own_text + "\n" + cover)
                   or koers.denominatie)
    first, last = period or (0, 0)
    goals = mapped.goals
    if not mapped.generated:  # Koerswijzer's own export has its goals in tables, read exactly
        tabled = {" ".join(g.wat.split()) for g in goals}
        goals = goals + [g for g in goal_statements(koers, mapped.sections, first or dt.date.today().year - 1,
                                                            last or None)
                         if g.wat not in tabled]
        goals = [dataclasses.replace(g, id=i) for i, g in enumerate(goals, start=1)]
    goals = attribute_goals(koers, goals, mapped.sections)
    content = PlanContent(koers, Profile(school, first, last, denominatie=denominatie), answers, goals, mapped.stances,
                          None, None, dt.date.today(), decisions)
    # Sections that are the board's own text are left out by the mapping; the school's own words
    # are sorted from restated board sentences per sentence, in the engine.
    extra = [(eid, heading or "document", text) for eid, heading, text in mapped.element_texts()]
    report = check(content, extra)
    certainty = mapped.element_certainty()
    elements = []
    for result in report.elements:
        ids = {e.id for e in koers.element(result.element_id).walk()}
        targets = [t for t in report.targets.values() if t.element_id in ids]
        addressed = sum(1 for t in targets if t.addressed)
        found = certainty.get(result.element_id, "")
        if not any(certainty.get(i) for i in ids):
            found = ""
        if not found and any(e.source == "document" for t in targets for e in t.evidence):
            found = "text"  # no section of its own, but passages elsewhere address its targets
        questions_known = mapped.generated or any(s.question_id for s in mapped.sections if s.element_id in ids)
        verdict = result.verdict  # the one rule of docs/congruentie.md, for every kind of document
        question_ids = {q.id for e in koers.element(result.element_id).walk() for q in e.questions}
        notes = [f.message for f in result.findings if f.severity != "ok"
                 # A document with its own layout has no answers per question: unknown, not missing.
                 and (questions_known or not (f.criterion == "dekking" and set(f.refs) & question_ids))][:8]
        if not questions_known:
            notes.insert(0, "Centrale vragen: onbekend (het document volgt een eigen indeling).")
        elements.append(ElementReview(result.element_id, result.title, verdict, found, addressed, len(targets),
                                      result.answered if questions_known else None, result.questions, notes,
                                      _passages(koers, targets)))
    statutory = {i.key: i.present for i in report.statutory}
    statutory["planperiode"] = period is not None and period[1] - period[0] <= 4
    statutory["mr_instemming"] = bool(consent)
    if not denominatie:
        statutory["openbaar_karakter"] = None  # the document does not say whether the school is openbaar
    notice = ""
    if document.koers_id and document.koers_id != koers.id:
        notice = (f"Let op: dit document is geschreven langs koers '{document.koers_id}', maar is beoordeeld "
                  f"tegen '{koers.id}' ({koers.titel}).")
    return SchoolReview(path, school, "", mapped.generated, elements, statutory, report, koers.id, notice)


_WORKER_KOERSEN: dict[str, Koers] = {}


def _review_in_worker(args: tuple[str, str]) -> SchoolReview:
    from koerswijzer.koers.loader import parse_koers

    path, koers_text = args
    # One Koers object per worker: the text profiles and indexes are cached on it, so only the
    # first document a worker reviews pays for them.
    koers = _WORKER_KOERSEN.get(koers_text)
    if koers is None:
        koers = _WORKER_KOERSEN[koers_text] = parse_koers(koers_text, "koers")
    result = review_file(path, koers)
    result.report = None  # not needed across the process boundary, and large
    return result


def review_files(paths: Sequence[str | Path], koers: Koers,
                 progress: Callable[[int, int, SchoolReview], bool] | None = None,
                 workers: int | None = None) -> list[SchoolReview]:
    """Review many documents on every core. ``progress(done, total, result)`` may return False to
    stop; what was reviewed until then is returned, in the order of ``paths``."""
    paths = [Path(p) for p in paths]
    workers = workers or min(len(paths), os.cpu_count() or 1)
    results: dict[Path, SchoolReview] = {}
    if workers <= 1 or len(paths) <= 1:
        for i, path in enumerate(paths, start=1):
            results[path] = review_file(path, koers)
            if progress and progress(i, len(paths), results[path]) is False:
                break
    else:
        _review_in_pools(paths, koers, workers, results, progress)
    return [results[p] for p in paths if p in results]


def _review_in_pools(paths: list[Path], koers: Koers, workers: int, results: dict[Path, SchoolReview],
                     progress: Callable[[int, int, SchoolReview], bool] | None) -> None:
    """Review on a pool of processes. A worker that dies (a document that takes it down) breaks
    the pool: the documents it left are reviewed again in a new pool, one at a time once it has
    happened twice, so the one that kills its worker gets its own row and the rest go on."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    todo = list(paths)
    breaks = 0
    while todo:
        size = 1 if breaks >= 2 else workers
        batch = todo if size > 1 else todo[:1]
        broken = False
        # "spawn": a fresh interpreter per worker, also under a GUI with threads (fork is unsafe there).
        with ProcessPoolExecutor(max_workers=min(size, len(batch)), initializer=_limit_worker_memory,
                                 mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {pool.submit(_review_in_worker, (str(p), koers.source_text)): p for p in batch}
            for future in as_completed(futures):
                path = futures[future]
                try:
                    results[path] = future.result()
                except BrokenProcessPool:
                    broken = True
                    if size == 1:
                        results[path] = SchoolReview(path, path.stem, error=(
                            f"'{path.name}' liet het beoordelen vastlopen (te groot of beschadigd) en is "
                            "overgeslagen."))
                    else:
                        continue
                except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
                    results[path] = SchoolReview(path, path.stem, error=(
                        f"'{path.name}' kon niet worden beoordeeld ({type(exc).__name__})."))
                todo.remove(path)
                if progress and progress(len(results), len(paths), results[path]) is False:
                    for other in futures:
                        other.cancel()
                    return
        breaks += broken


WORKER_MEMORY_BYTES = 1536 * 1024 * 1024


def _limit_worker_memory() -> None:
    """A document that would take more memory than this fails in its worker, not the machine."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no RLIMIT_AS; the container checks still bound what is read
