"""``koerswijzer koers list | check | show``."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Iterator

from koerswijzer.errors import KoersFileError
from koerswijzer.koers.loader import load_koers
from koerswijzer.koers.model import Element, Koers
from koerswijzer.koers.registry import DEFAULT_KOERS_ID, builtin_koersen, resolve_koers

WIDTH = 100


def run(args: argparse.Namespace) -> int:
    if args.koers_command == "list":
        return _list()
    if args.koers_command == "check":
        return _check(args.bestand)
    return _show(args.koers or DEFAULT_KOERS_ID)


def _list() -> int:
    koersen = builtin_koersen()
    width = max(len(k.id) for k in koersen)
    for koers in koersen:
        print(f"{koers.id:<{width}}  {koers.titel} ({koers.bestuur}, {koers.periode})")
        print(f"{'':<{width}}  {koers.summary()}")
    return 0


def _check(path: str) -> int:
    try:
        koers = load_koers(path)
    except KoersFileError as exc:
        count = len(exc.issues)
        print(str(exc), file=sys.stderr)
        print(f"{count} {'fout' if count == 1 else 'fouten'} gevonden; de koers is niet geladen.",
              file=sys.stderr)
        return 1
    print(f"In orde: {koers.titel} ({koers.id}, versie {koers.versie}).")
    print(koers.summary() + ".")
    standard = [q for q in koers.questions() if q.standaard]
    if standard:
        elements = sorted({q.element_id for q in standard})
        print("1 element zonder eigen vragen krijgt de standaardvragen." if len(elements) == 1 else
              f"{len(elements)} elementen zonder eigen vragen krijgen de standaardvragen.")
    with_examples = [t for t in koers.targets() if t.voorbeelden]
    if with_examples:
        count = sum(len(t.voorbeelden) for t in with_examples)
        print(f"{count} {'voorbeeld' if count == 1 else 'voorbeelden'} bij {len(with_examples)} van de "
              f"{len(koers.targets())} doelen.")
        if len(with_examples) == 1:
            print("Let op: voorbeelden tellen pas als minstens twee doelen ze hebben (een passage moet "
                  "duidelijk meer op het ene doel lijken dan op het andere).")
    from koerswijzer.congruence.herkenning import term_notes

    notes = term_notes(koers)
    if notes:
        print(f"Let op, {len(notes)} herkenningsterm{'' if len(notes) == 1 else 'en'} werk"
              f"{'t' if len(notes) == 1 else 'en'} anders dan je misschien verwacht:")
        for note in notes:
            print(f"  {note.target_id}: '{note.term}' {note.message}.")
    return 0


def _show(ref: str) -> int:
    koers = resolve_koers(ref)
    for line in render_koers(koers):
        print(line)
    return 0


def _plain(markdown: str) -> list[str]:
    """Markdown as readable text: paragraphs, and list items with a dash; no ** or * left."""
    from koerswijzer.export.blocks import ListBlock, Paragraph, parse_markdown, plain

    out: list[str] = []

    def add(blocks, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
        for block in blocks:
            if isinstance(block, Paragraph):
                out.append(("  " * depth) + plain(block.inlines))
            elif isinstance(block, ListBlock):
                for number, item in enumerate(block.items, start=1):
                    marker = f"{number}. " if block.ordered else "- "
                    for position, child in enumerate(item):
                        if isinstance(child, Paragraph) and position == 0:
                            out.append(("  " * depth) + marker + plain(child.inlines))
                        else:
                            add([child], depth + 1)

    add(parse_markdown(markdown))
    return out


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    lines: list[str] = []
    for paragraph in _plain(text):
        joined = " ".join(paragraph.split())
        if joined:
            lines.extend(textwrap.wrap(joined, WIDTH, initial_indent=first if first is not None else indent,
                                       subsequent_indent=indent, break_on_hyphens=False))
            first = None
    return lines


def render_koers(koers: Koers) -> Iterator[str]:
    """The whole koers as plain text: every field, every target and question verbatim with its id."""
    yield koers.titel
    yield "=" * len(koers.titel)
    yield f"Bestuur: {koers.bestuur}   Periode: {koers.periode}   Versie: {koers.versie}   Id: {koers.id}"
    if koers.bron:
        yield from _wrap(f"Bron: {koers.bron}", "")
    if koers.denominatie:
        yield f"Denominatie: {koers.denominatie}"
    if koers.soorten:
        yield "Soorten: " + ", ".join(f"{kind} ({plural})" for kind, plural in koers.soorten.items())
    for kind, rule in koers.congruentie.oordeel:
        ways = [w for w, on in (("aanbod: de doelen zijn een aanbod, geen checklist", rule.offer),
                                ("doorlopend: loopt door alle andere onderdelen heen", rule.through)) if on]
        yield f"Oordeel {kind}: sterk vanaf {round(rule.strong_share * 100)}%" + "".join(f"; {w}" for w in ways)
    for key, statement in (("missie", koers.missie), ("visie", koers.visie)):
        if statement is not None:
            label = koers.kopje(key)
            yield ""
            yield f"{label}: {statement.kernzin}" if statement.kernzin else f"{label}:"
            yield from _wrap(statement.tekst, "  ")
    for section in koers.secties:
        yield ""
        yield f"{section.titel}:"
        yield from _wrap(section.tekst, "  ")
    if koers.kaders:
        yield ""
        yield "Kaders:"
        for kader in koers.kaders:
            title = f"{kader.titel}: " if kader.titel else ""
            yield from _wrap(f"{title}{kader.tekst} [{kader.id}]", "    ", "  - ")
    heading = koers.kopje("doelen")
    for element in koers.elements:
        yield from _render_element(element, 0, heading, koers.kopje("vragen"))
    yield ""
    yield f"Totaal: {koers.summary()}."


TARGET_FIELDS = (("toelichting", "toelichting"), ("stelligheid", "stelligheid"), ("geldt_voor", "geldt voor"),
                 ("indicator", "indicator"), ("nulmeting", "nulmeting"), ("streefwaarde", "streefwaarde"),
                 ("termijn", "termijn"), ("doelgroep", "doelgroep"), ("over", "gaat over"))


def _render_element(element: Element, depth: int, heading: str = "Doelen van het bestuur",
                    questions_heading: str = "Centrale vragen") -> Iterator[str]:
    pad = "  " * depth
    yield ""
    number = f" {element.nummer}" if element.nummer else ""
    yield f"{pad}{element.soort.capitalize()}{number}: {element.titel} [{element.id}]"
    if element.beschrijving:
        yield from _wrap(element.beschrijving, pad + "  ")
    for section in element.secties:
        yield f"{pad}  {section.titel}:"
        yield from _wrap(section.tekst, pad + "    ")
    if element.targets:
        yield f"{pad}  {heading.rstrip('?:')} ({len(element.targets)}):"
        for target in element.targets:
            yield from _wrap(f"{target.tekst} [{target.id}]", pad + "      ", pad + "    - ")
            for field, label in TARGET_FIELDS:
                value = getattr(target, field)
                if value:
                    yield from _wrap(f"{label}: {value}", pad + "        ")
            if target.mijlpalen:
                yield from _wrap(f"mijlpalen: {'; '.join(str(m) for m in target.mijlpalen)}", pad + "        ")
            if target.by_board:
                yield from _wrap("uitvoering: het bestuur", pad + "        ")
            if target.herkenning:
                yield from _wrap(f"herkenning: {', '.join(target.herkenning)}", pad + "        ")
    if element.questions:
        kind = "standaardvragen" if all(q.standaard for q in element.questions) else questions_heading
        yield f"{pad}  {kind.capitalize()} ({len(element.questions)}):"
        for question in element.questions:
            yield from _wrap(f"{question.tekst} [{question.id}]", pad + "      ", pad + "    - ")
            if question.toelichting:
                yield from _wrap(f"toelichting: {question.toelichting}", pad + "        ")
    for item in element.planning:
        yield from _wrap(f"planning {', '.join(str(y) for y in item.jaren)}: {item.tekst}", pad + "  ")
    for child in element.children:
        yield from _render_element(child, depth + 1, heading, questions_heading)
