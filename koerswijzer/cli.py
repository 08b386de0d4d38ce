"""The ``koerswijzer`` command: the GUI without arguments, headless work as subcommands.

Every subcommand exits 0 on success and, on failure, non-zero with a short Dutch message
on stderr. A traceback never reaches the user: unexpected errors are reported in one line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from koerswijzer.cli_nl import DutchParser
from koerswijzer.errors import KoerswijzerError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

SUBCOMMANDS = ("koers", "nieuw", "demo", "export", "check", "review", "werkbladen", "jaarplan", "rapportage")


def build_parser() -> argparse.ArgumentParser:
    parser = DutchParser(
        prog="koerswijzer",
        description=(
            "Koerswijzer: schrijf het schoolplan langs de koers van het bestuur. "
            "Zonder opdracht, of met een .schoolplan-bestand, opent het venster."
        ),
    )
    commands = parser.add_subparsers(dest="command", title="opdrachten", metavar="OPDRACHT",
                                     parser_class=DutchParser)

    koers = commands.add_parser("koers", help="koersen bekijken en controleren",
                                description="Koersen bekijken en koersbestanden controleren.")
    koers_commands = koers.add_subparsers(dest="koers_command", title="opdrachten", metavar="OPDRACHT",
                                          parser_class=DutchParser, required=True)
    koers_commands.add_parser("list", help="toon de ingebouwde koersen",
                              description="Toon de ingebouwde koersen met hun id en omvang.")
    check = koers_commands.add_parser(
        "check", help="controleer een koersbestand",
        description="Controleer een koersbestand (YAML) en meld elke fout met bestand, regel en plek.")
    check.add_argument("bestand", metavar="BESTAND", help="het koersbestand (.yaml)")
    show = koers_commands.add_parser(
        "show", help="toon een koers met al zijn doelen en centrale vragen",
        description="Toon een koers: missie, visie, kaders, elk element met zijn doelen "
                    "('Waar willen we staan') en centrale vragen.")
    show.add_argument("koers", metavar="ID", nargs="?", default=None,
                      help="id van een ingebouwde koers of pad naar een koersbestand "
                           "(standaard: asg-koers-22)")

    new = commands.add_parser(
        "nieuw", help="maak een nieuw schoolplan langs een koers (ook een eigen koersbestand)",
        description="Maak een nieuw, leeg schoolplan langs de koers van het bestuur, zoals het venster dat "
                    "doet. De koers is een ingebouwde koers (koerswijzer koers list) of een eigen "
                    "koersbestand (docs/koersbestand.md).")
    new.add_argument("plan", metavar="PLAN.schoolplan", help="het nieuwe schoolplanbestand")
    new.add_argument("--koers", metavar="ID|BESTAND", required=True,
                     help="id van een ingebouwde koers of pad naar een koersbestand (.yaml)")
    new.add_argument("--school", metavar="NAAM", required=True, help="de naam van de school")
    new.add_argument("--periode", metavar="2027-2031",
                     help="de planperiode (standaard vier schooljaren vanaf het volgende schooljaar)")
    new.add_argument("--brin", metavar="BRIN", help="het BRIN-nummer")
    new.add_argument("--sector", choices=["PO", "VO", "SO"], default="PO", help="PO (standaard), VO of SO")
    new.add_argument("--directeur", metavar="NAAM", help="de directeur")
    new.add_argument("--denominatie", metavar="TEKST", help="bijvoorbeeld openbaar of protestants-christelijk")
    new.add_argument("--ook-koers", metavar="ID|BESTAND", action="append",
                     help="nog een koers waar het plan aan voldoet, zoals het ondersteuningsplan van het "
                          "samenwerkingsverband (mag vaker)")
    new.add_argument("-f", "--overschrijven", action="store_true",
                     help="overschrijf een bestaand schoolplan (niet als het in een venster open is)")

    demo = commands.add_parser(
        "demo", help="schrijf een volledig ingevuld voorbeeldschoolplan",
        description="Schrijf een realistisch, volledig ingevuld schoolplan van een fictieve school "
                    "onder ASG Koers 22: voor kennismaking, schermafbeeldingen en metingen.")
    demo.add_argument("uitvoer", metavar="UIT.schoolplan", help="het nieuwe schoolplanbestand")
    demo.add_argument("-f", "--overschrijven", action="store_true",
                      help="overschrijf een bestaand schoolplan")
    export = commands.add_parser(
        "export", help="maak het schoolplan als Word-document (of HTML, Markdown)",
        description="Maak het schoolplan als Word-document, met inhoudsopgave, paginanummers en "
                    "Nederlandse taalinstelling. Met --format html of md ook als webpagina of Markdown.")
    export.add_argument("plan", metavar="PLAN.schoolplan", help="het schoolplanbestand")
    export.add_argument("-o", "--uitvoer", metavar="BESTAND",
                        help="het uitvoerbestand (standaard: naast het plan, met de extensie van het formaat)")
    export.add_argument("--format", choices=["docx", "html", "md"], default=None,
                        help="docx (standaard), html of md; anders volgt het de extensie van --uitvoer")
    export.add_argument("--variant", choices=["standaard", "compact"], default="standaard",
                        help="standaard: alles; compact: antwoorden en doelen zonder teksten van het bestuur")
    export.add_argument("--referentie", metavar="HUISSTIJL.docx",
                        help="een Word-document van het bestuur waarvan stijlen, pagina-opmaak, kop- en "
                             "voettekst worden overgenomen")
    export.add_argument("--sjablonen", metavar="MAP",
                        help="een map met eigen sjablonen (Jinja2) voor de vaste teksten")
    export.add_argument("--logo", metavar="AFBEELDING", help="een logo (PNG of JPG) op het voorblad")
    export.add_argument("--zonder-paginanummers", action="store_true",
                        help="tel de pagina's van de inhoudsopgave niet met LibreOffice (sneller); Word vult ze "
                             "dan in bij het openen")
    export.add_argument("--zonder-bijlage", action="store_true",
                        help="laat de bijlage 'congruentie met de koers' weg (oordeel per onderdeel en wettelijke eisen)")
    export.add_argument("-f", "--overschrijven", action="store_true", help="overschrijf een bestaand bestand")
    check = commands.add_parser(
        "check", help="controleer het schoolplan op congruentie met de koers",
        description="Controleer het schoolplan op congruentie met de koers: beantwoorde vragen, "
                    "doelen van het bestuur die het plan raakt (met de passages), kwaliteit van de "
                    "schooldoelen en de wettelijke eisen, met een oordeel per onderdeel.")
    check.add_argument("plan", metavar="PLAN.schoolplan", help="het schoolplanbestand")
    check.add_argument("--json", action="store_true", help="uitvoer als JSON (zie docs/congruentie.md)")

    review = commands.add_parser(
        "review", help="beoordeel ontvangen schoolplannen (.docx) op congruentie",
        description="Beoordeel schoolplannen die het bestuur als Word-document ontving: uit Koerswijzer, "
                    "daarna bewerkt, of in eigen opzet. Per school het oordeel per onderdeel en de "
                    "wettelijke eisen; met -o een overzicht als .xlsx of .csv.")
    review.add_argument("bestanden", metavar="BESTAND.docx", nargs="+", help="de schoolplannen")
    review.add_argument("--koers", metavar="ID|BESTAND",
                        help="de koers: id van een ingebouwde koers of een koersbestand (standaard: de koers "
                             "in het spoor van een Koerswijzer-document, anders asg-koers-22)")
    review.add_argument("--json", action="store_true", help="uitvoer als JSON")
    review.add_argument("-o", "--uitvoer", metavar="OVERZICHT", help="overzicht als .xlsx of .csv")

    sheets = commands.add_parser(
        "werkbladen", help="werkbladen van een teamsessie maken of ingevuld inlezen",
        description="Zonder optie: de teamsessies van het schoolplan. Met --maken: een Word-werkblad per "
                    "groep van die sessie. Met --inlezen: ingevulde werkbladen terug als kaartjes van de groep.")
    sheets.add_argument("plan", metavar="PLAN.schoolplan", help="het schoolplanbestand")
    action = sheets.add_mutually_exclusive_group()
    action.add_argument("--maken", metavar="SESSIE", help="naam of nummer van de sessie")
    action.add_argument("--inlezen", metavar="BESTAND.docx", nargs="+", help="ingevulde werkbladen")
    sheets.add_argument("-o", "--uitvoer", metavar="MAP", help="map voor de werkbladen (standaard: hier)")
    from koerswijzer.commands.living_commands import add_parsers

    add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        return _run_gui(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        if args.command == "koers":
            from koerswijzer.commands import koers_commands

            return koers_commands.run(args)
        if args.command == "nieuw":
            from koerswijzer.commands import new_command

            return new_command.run(args)
        if args.command == "demo":
            from koerswijzer.commands import demo_command

            return demo_command.run(args)
        if args.command == "review":
            from koerswijzer.commands import review_command

            return review_command.run(args)
        if args.command == "werkbladen":
            from koerswijzer.commands import werkbladen_command

            return werkbladen_command.run(args)
        if args.command == "check":
            from koerswijzer.commands import check_command

            return check_command.run(args)
        if args.command == "export":
            from koerswijzer.commands import export_command

            return export_command.run(args)
        if args.command in ("jaarplan", "rapportage"):
            from koerswijzer.commands import living_commands

            return living_commands.run_jaarplan(args) if args.command == "jaarplan" else living_commands.run_rapportage(args)
    except KoerswijzerError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (``| head``) went away; that is not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python quiet at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        print(f"Onverwachte fout ({type(exc).__name__}): {exc}", file=sys.stderr)
        return EXIT_ERROR
    parser.print_help()
    return EXIT_USAGE


def _run_gui(args: list[str]) -> int:
    plan = Path(args[0]) if args else None
    if len(args) > 1:
        print("Fout: geef hoogstens één schoolplanbestand op.", file=sys.stderr)
        return EXIT_USAGE
    if plan is not None and plan.suffix.lower() != ".schoolplan":
        print(f"Fout: onbekende opdracht of bestand '{args[0]}'. Gebruik 'koerswijzer --help'.",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        from koerswijzer.ui.app import run
    except ImportError as exc:
        print(f"Fout: het venster kan niet starten ({exc}). Zie de README voor de systeembibliotheken "
              "die Qt nodig heeft.", file=sys.stderr)
        return EXIT_ERROR
    return run(plan)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
