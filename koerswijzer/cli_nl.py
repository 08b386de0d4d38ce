"""Dutch argparse: help, usage and errors in the user's language.

argparse looks its strings up through ``argparse._`` (gettext) at call time, so a small
catalogue installed there translates them without a .mo file.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

_CATALOGUE = {
    "usage: ": "Gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "not allowed with argument %s": "niet toegestaan samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
}


def _translate(message: str) -> str:
    return _CATALOGUE.get(message, message)


argparse._ = _translate  # type: ignore[attr-defined]


class DutchParser(argparse.ArgumentParser):
    """An ArgumentParser with Dutch help, and exit code 2 with a short Dutch message on misuse."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")
