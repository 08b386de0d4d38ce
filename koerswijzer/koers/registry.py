"""The koersen the application knows: the built-in ones in resources/koersen, and files."""

from __future__ import annotations

from pathlib import Path

from koerswijzer.errors import KoerswijzerError
from koerswijzer.koers.loader import load_koers
from koerswijzer.koers.model import Koers
from koerswijzer.paths import koersen_dir

DEFAULT_KOERS_ID = "asg-koers-22"


def builtin_koers_files() -> list[Path]:
    return sorted(koersen_dir().glob("*.yaml"))


def builtin_koersen() -> list[Koers]:
    """Every built-in koers, the default one (ASG Koers 22) first."""
    koersen = [load_koers(path) for path in builtin_koers_files()]
    return sorted(koersen, key=lambda k: (k.id != DEFAULT_KOERS_ID, k.titel))


def resolve_koers(ref: str) -> Koers:
    """A koers by built-in id, or from a file path. Raises a Dutch error when neither fits."""
    candidate = koersen_dir() / f"{ref}.yaml"
    if candidate.is_file():
        koers = load_koers(candidate)
        if koers.id == ref:
            return koers
    for path in builtin_koers_files():
        koers = load_koers(path)
        if koers.id == ref:
            return koers
    path = Path(ref)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        return load_koers(path)
    known = ", ".join(k.id for k in builtin_koersen())
    raise KoerswijzerError(f"Onbekende koers '{ref}'. Ingebouwde koersen: {known}.")
