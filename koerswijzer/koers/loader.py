"""Read a koers file: bytes -> checked data -> :class:`Koers`, or one clear Dutch error."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from koerswijzer.errors import KoersFileError, KoersIssue
from koerswijzer.koers.model import (
    CongruenceSettings,
    Element,
    DEFAULT_VERDICT_RULE,
    DEFAULT_VERDICT_RULES,
    Kader,
    Koers,
    Milestone,
    PlanningItem,
    Question,
    Section,
    Statement,
    Target,
    VerdictRule,
)
from koerswijzer.koers.schema import (
    BEWIJS,
    FORMAT_VERSION,
    ID_PATTERN,
    MAX_FILE_BYTES,
    OVER,
    PERIODE_PATTERN,
    SOORT_PATTERN,
    STELLIGHEID,
    UITVOERING,
)
from koerswijzer.koers.validate import LINE, NodeValidator, TooManyIssues
from koerswijzer.paths import resources_dir

try:  # libyaml is much faster; the pure-Python loader gives the same nodes.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

_YAML_PROBLEMS = {
    "mapping values are not allowed": (
        "hier staat een dubbele punt die YAML niet verwacht; zet de tekst tussen "
        "dubbele aanhalingstekens"
    ),
    "found character '\\t' that cannot start any token": "er staat een tab; spring in met spaties",
    "found a tab character": "er staat een tab; spring in met spaties",
    "could not find expected ':'": "hier ontbreekt een dubbele punt na de veldnaam",
    "did not find expected key": "de inspringing klopt niet",
    "did not find expected '-' indicator": "de inspringing van de lijst klopt niet",
    "found unexpected end of stream": "het bestand houdt midden in een tekst op",
    "found undefined alias": "er staat een verwijzing (*) naar een anker dat niet bestaat",
    "expected <block end>, but found": "de inspringing klopt niet",
    "found unknown escape character": "er staat een ongeldige \\-code in een tekst tussen aanhalingstekens",
}


def load_koers(path: str | Path) -> Koers:
    """Read and check a koers file. Raises :class:`KoersFileError` with every problem found."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _error(
                name,
                f"het bestand is te groot ({size / 1024 / 1024:.1f} MB); een koersbestand is "
                f"hoogstens {MAX_FILE_BYTES // 1024 // 1024} MB.",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise _error(name, "het bestand bestaat niet.") from None
    except IsADirectoryError:
        raise _error(name, "dit is een map, geen koersbestand.") from None
    except PermissionError:
        raise _error(name, "u heeft geen toestemming om dit bestand te lezen.") from None
    except OSError as exc:
        raise _error(name, f"het bestand kan niet worden gelezen ({exc.strerror}).") from None
    return parse_koers(data, name)


def parse_koers(data: bytes | str, name: str = "koersbestand") -> Koers:
    """Check and build a koers from the text of a koers file."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise _error(name, "het bestand is te groot; een koersbestand is hoogstens 5 MB.")
        if b"\x00" in data:
            raise _error(name, "dit is geen tekstbestand; een koersbestand is YAML-tekst.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise KoersFileError(
                name,
                [KoersIssue("het bestand is niet in UTF-8 opgeslagen; sla het op als UTF-8.", line)],
            ) from None
    else:
        text = data
    if not text.strip():
        raise _error(name, "het bestand is leeg.")
    if _nesting(text) > MAX_YAML_NESTING:
        raise _error(name, f"de opbouw is te diep genest (meer dan {MAX_YAML_NESTING} niveaus inspringing); "
                           f"een koers heeft hoogstens 8 niveaus 'onderdelen'.")
    try:
        root = yaml.compose(text, Loader=_Loader)
    except RecursionError:
        raise _error(name, "de opbouw is te diep genest; een koers heeft hoogstens 8 niveaus 'onderdelen'.") from None
    except yaml.MarkedYAMLError as exc:
        raise KoersFileError(name, [_yaml_issue(exc)]) from None
    except yaml.YAMLError as exc:
        raise _error(name, f"de YAML-opmaak klopt niet ({exc}).") from None
    if root is None:
        raise _error(name, "het bestand is leeg.")
    if not isinstance(root, yaml.MappingNode):
        raise KoersFileError(
            name,
            [
                KoersIssue(
                    "dit is geen koersbestand: het moet beginnen met velden als 'id:' en 'titel:'.",
                    root.start_mark.line + 1,
                )
            ],
        )
    validator = NodeValidator()
    try:
        raw = validator.object(root, "koers", "")
        if raw is not None:
            _check_semantics(raw, validator.issues)
    except TooManyIssues:
        pass
    if validator.issues:
        issues = sorted(validator.issues, key=lambda i: (i.line or 0))
        raise KoersFileError(name, issues)
    assert raw is not None
    try:
        koers = _build(raw, default_questions())
    except _SemanticError as exc:
        raise KoersFileError(name, exc.issues) from None
    object.__setattr__(koers, "source_text", text)
    return koers


MAX_YAML_NESTING = 60  # indentation levels plus flow brackets; 8 levels of elements use about 30


def _nesting(text: str) -> int:
    """A cheap upper bound on how deep the YAML nests, before a recursive composer sees it."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    indents = {len(line) - len(line.lstrip(" -")) for line in text.splitlines() if line.strip()}
    return deepest + len(indents)


def _yaml_issue(exc: yaml.MarkedYAMLError) -> KoersIssue:
    problem = exc.problem or ""
    dutch = next(
        (nl for en, nl in _YAML_PROBLEMS.items() if problem.startswith(en)),
        "de YAML-opmaak klopt niet",
    )
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    return KoersIssue(f"{dutch} (YAML: {problem}).", line)


def _error(name: str, message: str) -> KoersFileError:
    return KoersFileError(name, [KoersIssue(message)])


class _SemanticError(Exception):
    def __init__(self, issues: list[KoersIssue]) -> None:
        self.issues = issues


def _check_semantics(raw: dict[str, Any], issues: list[KoersIssue]) -> None:
    """Rules beyond shape: id syntax and uniqueness, format version, period, enums."""
    ids: dict[str, int] = {}

    def claim(item: dict[str, Any], path: str) -> None:
        item_id = item.get("id")
        if item_id is None:
            return
        line = item[LINE]
        if not ID_PATTERN.match(item_id):
            issues.append(
                KoersIssue(
                    f"de id '{item_id}' mag alleen kleine letters, cijfers en - _ . bevatten "
                    f"(bijvoorbeeld 'venster-1').",
                    line,
                    path,
                )
            )
        elif item_id in ids:
            issues.append(
                KoersIssue(
                    f"de id '{item_id}' komt al voor op regel {ids[item_id]}; elke id moet uniek zijn.",
                    line,
                    path,
                )
            )
        else:
            ids[item_id] = line

    if raw.get("formaat") not in (None, FORMAT_VERSION):
        issues.append(
            KoersIssue(
                f"formaat {raw['formaat']} kent deze versie van Koerswijzer niet "
                f"(alleen formaat {FORMAT_VERSION}).",
                raw[LINE],
            )
        )
    if "periode" in raw:
        match = PERIODE_PATTERN.match(raw["periode"])
        if not match or int(match.group(1)) > int(match.group(2)):
            issues.append(
                KoersIssue(
                    f"de periode '{raw['periode']}' moet twee jaartallen zijn, zoals 2024-2028.",
                    raw[LINE],
                )
            )
    if "id" in raw and not ID_PATTERN.match(raw["id"]):
        issues.append(
            KoersIssue(
                f"de id '{raw['id']}' mag alleen kleine letters, cijfers en - _ . bevatten.",
                raw[LINE],
            )
        )
    for i, kader in enumerate(raw.get("kaders", [])):
        claim(kader, f"kaders[{i}]")
    for key in raw.get("kopjes", {}):
        if key != LINE and key not in ("doelen", "vragen", "missie", "visie"):
            issues.append(KoersIssue(f"kopjes kent '{key}' niet; kies uit doelen, vragen, missie en visie.",
                                     raw[LINE], "kopjes"))
    for i, rule in enumerate(raw.get("congruentie", {}).get("oordeel", [])):
        where = f"congruentie > oordeel[{i}]"
        if "sterk_vanaf" in rule and not 1 <= rule["sterk_vanaf"] <= 100:
            issues.append(KoersIssue("sterk_vanaf is een percentage van 1 tot en met 100.", rule[LINE], where))
        for key in ("concrete_doelen", "aanbod", "doorlopend"):
            if rule.get(key, "ja") not in ("ja", "nee"):
                issues.append(KoersIssue(f"{key} is 'ja' of 'nee'.", rule[LINE], where))
    if raw.get("elementen") == []:
        issues.append(KoersIssue("de koers heeft geen elementen.", raw[LINE], "elementen"))

    def walk(elements: list[dict[str, Any]], path: str) -> None:
        for i, element in enumerate(elements):
            epath = f"{path}[{i}] ({element.get('id', '?')})"
            claim(element, epath)
            soort = element.get("soort")
            if soort is not None and not SOORT_PATTERN.match(soort):
                issues.append(
                    KoersIssue(
                        f"de soort '{soort}' moet één woord in kleine letters zijn, "
                        f"zoals 'venster' of 'ambitie'.",
                        element[LINE],
                        epath,
                    )
                )
            for j, target in enumerate(element.get("doelen", [])):
                claim(target, f"{epath} > doelen[{j}]")
                stelligheid = target.get("stelligheid")
                if stelligheid is not None and stelligheid not in STELLIGHEID:
                    issues.append(
                        KoersIssue(
                            f"stelligheid '{stelligheid}' is onbekend; kies uit "
                            f"{', '.join(STELLIGHEID)}.",
                            target[LINE],
                            f"{epath} > doelen[{j}]",
                        )
                    )
                uitvoering = target.get("uitvoering")
                if uitvoering is not None and uitvoering not in UITVOERING:
                    issues.append(KoersIssue(f"uitvoering '{uitvoering}' is onbekend; kies uit "
                                             f"{' of '.join(UITVOERING)}.", target[LINE], f"{epath} > doelen[{j}]"))
                over = target.get("over")
                if over is not None and over not in OVER:
                    issues.append(KoersIssue(f"over '{over}' is onbekend; kies uit {' of '.join(OVER)}.",
                                             target[LINE], f"{epath} > doelen[{j}]"))
                bewijs = target.get("bewijs")
                if bewijs is not None and bewijs not in BEWIJS:
                    issues.append(KoersIssue(f"bewijs '{bewijs}' is onbekend; de enige keuze is "
                                             f"{' of '.join(BEWIJS)}.", target[LINE], f"{epath} > doelen[{j}]"))
                elif bewijs and not target.get("herkenning"):
                    issues.append(KoersIssue("bewijs 'herkenning' vraagt om herkenning-woorden bij dit doel.",
                                             target[LINE], f"{epath} > doelen[{j}]"))
            for j, question in enumerate(element.get("vragen", [])):
                claim(question, f"{epath} > vragen[{j}]")
            walk(element.get("onderdelen", []), f"{epath} > onderdelen")

    walk(raw.get("elementen", []), "elementen")


@cache
def default_questions() -> tuple[tuple[str, str, str], ...]:
    """Koerswijzer's own default question set: (id, tekst, toelichting) triples."""
    path = resources_dir() / "standaardvragen.yaml"
    items = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return tuple((q["id"], q["tekst"], q.get("toelichting", "")) for q in items["standaardvragen"])


def _build(raw: dict[str, Any], builtin_defaults: tuple[tuple[str, str, str], ...]) -> Koers:
    taken: set[str] = set()
    collisions: list[KoersIssue] = []

    def collect_ids(elements: list[dict[str, Any]]) -> None:
        for element in elements:
            taken.add(element["id"])
            taken.update(t["id"] for t in element.get("doelen", []))
            taken.update(q["id"] for q in element.get("vragen", []))
            collect_ids(element.get("onderdelen", []))

    collect_ids(raw["elementen"])
    taken.update(k["id"] for k in raw.get("kaders", []))

    def as_defaults(items: list[dict[str, Any]]) -> tuple[tuple[str, str, str], ...]:
        return tuple((q["id"], q["tekst"], q.get("toelichting", "")) for q in items)

    koers_defaults = as_defaults(raw["standaardvragen"]) if "standaardvragen" in raw else builtin_defaults
    congruentie = _congruence(raw.get("congruentie", {}))

    def build_element(
        data: dict[str, Any], parent_id: str | None, defaults: tuple[tuple[str, str, str], ...]
    ) -> Element:
        eid = data["id"]
        if "standaardvragen" in data:
            defaults = as_defaults(data["standaardvragen"])
        if "vragen" not in data and congruentie.verdict_rule(data["soort"]).through:
            questions: tuple[Question, ...] = ()  # a value running through all others asks nothing of its own
        elif "vragen" in data:
            questions = tuple(
                Question(q["id"], q["tekst"], eid, q.get("toelichting", "")) for q in data["vragen"]
            )
        else:
            built = []
            for qid, tekst, toelichting in defaults:
                full_id = f"{eid}.{qid}"
                if full_id in taken:
                    collisions.append(
                        KoersIssue(
                            f"de standaardvraag krijgt de id '{full_id}', maar die id bestaat al.",
                            data[LINE],
                            eid,
                        )
                    )
                taken.add(full_id)
                built.append(Question(full_id, tekst, eid, toelichting, standaard=True))
            questions = tuple(built)
        return Element(
            id=eid,
            soort=data["soort"],
            titel=data["titel"],
            nummer=data.get("nummer", ""),
            beschrijving=data.get("beschrijving", ""),
            secties=tuple(Section(s["titel"], s["tekst"]) for s in data.get("secties", [])),
            targets=tuple(
                Target(
                    id=t["id"],
                    tekst=t["tekst"],
                    element_id=eid,
                    toelichting=t.get("toelichting", ""),
                    stelligheid=t.get("stelligheid", ""),
                    geldt_voor=t.get("geldt_voor", ""),
                    indicator=t.get("indicator", ""),
                    nulmeting=t.get("nulmeting", ""),
                    streefwaarde=t.get("streefwaarde", ""),
                    termijn=t.get("termijn", ""),
                    herkenning=tuple(t.get("herkenning", ())),
                    plaatsing=tuple(t.get("plaatsing", ())),
                    doelgroep=t.get("doelgroep", ""),
                    mijlpalen=tuple(Milestone(m["waarde"], m["termijn"]) for m in t.get("mijlpalen", ())),
                    uitvoering=t.get("uitvoering", "scholen"),
                    over=t.get("over", ""),
                    bewijs=t.get("bewijs", ""),
                    voorbeelden=tuple(t.get("voorbeelden", ())),
                )
                for t in data.get("doelen", [])
            ),
            questions=questions,
            planning=tuple(PlanningItem(p["tekst"], tuple(p["jaren"])) for p in data.get("planning", [])),
            children=tuple(build_element(c, eid, defaults) for c in data.get("onderdelen", [])),
            parent_id=parent_id,
        )

    elements = tuple(build_element(e, None, koers_defaults) for e in raw["elementen"])
    if collisions:
        raise _SemanticError(collisions)

    def statement(key: str) -> Statement | None:
        if key not in raw:
            return None
        return Statement(raw[key].get("kernzin", ""), raw[key].get("tekst", ""))

    return Koers(
        id=raw["id"],
        titel=raw["titel"],
        bestuur=raw["bestuur"],
        periode=raw["periode"],
        versie=raw["versie"],
        elements=elements,
        bron=raw.get("bron", ""),
        denominatie=str(raw.get("denominatie", "")).strip(),
        soorten=dict(raw.get("soorten", {})),
        missie=statement("missie"),
        visie=statement("visie"),
        kaders=tuple(Kader(k["id"], k["tekst"], k.get("titel", "")) for k in raw.get("kaders", [])),
        secties=tuple(Section(s["titel"], s["tekst"]) for s in raw.get("secties", [])),
        congruentie=congruentie,
        kopjes=dict(raw.get("kopjes", {})),
    )


def _congruence(raw: dict[str, Any]) -> CongruenceSettings:
    defaults = CongruenceSettings()
    groups = tuple(tuple(w.strip() for w in group.split(",") if w.strip()) for group in raw.get("synoniemen", []))
    def rule_of(rule: dict[str, Any]) -> VerdictRule:
        base = DEFAULT_VERDICT_RULES.get(rule["soort"], DEFAULT_VERDICT_RULE)
        share = rule["sterk_vanaf"] / 100 if "sterk_vanaf" in rule else base.strong_share
        concrete = rule.get("concrete_doelen", "ja" if base.concrete_goals else "nee") == "ja"
        return VerdictRule(share, concrete, rule.get("aanbod") == "ja", rule.get("doorlopend") == "ja")

    rules = tuple((rule["soort"], rule_of(rule)) for rule in raw.get("oordeel", []))
    return CongruenceSettings(raw.get("min_woorden", defaults.min_woorden),
                              raw.get("max_prioriteiten", defaults.max_prioriteiten), groups, rules)
