"""The koersen the application knows: the built-in ones in resources/koersen, and files."""

from __future__ import annotations

from pathlib import Path

import os
import tempfile

from koerswijzer.errors import KoersFileError, KoerswijzerError
from koerswijzer.koers.loader import load_koers, parse_koers
from koerswijzer.koers.model import Koers
from koerswijzer.koers.schema import ID_PATTERN
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
    seen = _seen_file(ref)
    if seen is not None:
        try:
            return parse_koers(seen.read_text(encoding="utf-8"), f"koers '{ref}'")
        except (OSError, UnicodeDecodeError, KoersFileError):
            pass  # a damaged copy in the user's folder: as if it was never seen
    path = Path(ref)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        koers = load_koers(path)
        remember(koers)
        return koers
    known = ", ".join(k.id for k in builtin_koersen())
    others = ", ".join(sorted(p.stem for p in seen_koersen_dir().glob("*.yaml"))) if seen_koersen_dir().is_dir() else ""
    also = f" Eerder gebruikt: {others}." if others else ""
    raise KoerswijzerError(f"Onbekende koers '{ref}'. Ingebouwde koersen: {known}.{also} Of geef het pad naar "
                           "een koersbestand.")


def seen_koersen_dir() -> Path:
    """Where Koerswijzer keeps a copy of every koers it has seen in a file, a plan or a review, so
    that ``--koers ID`` finds it again (the user's data folder)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Koerswijzer", appauthor=False)) / "koersen"


def _seen_file(ref: str) -> Path | None:
    if not ID_PATTERN.match(ref):
        return None
    path = seen_koersen_dir() / f"{ref}.yaml"
    return path if path.is_file() else None


def remember(koers: Koers) -> None:
    """Keep a copy of a koers that is not built in (the newest version seen wins). A convenience:
    when the folder cannot be written, nothing else fails."""
    if not koers.source_text or not ID_PATTERN.match(koers.id):
        return
    if (koersen_dir() / f"{koers.id}.yaml").is_file():
        return  # built in
    folder = seen_koersen_dir()
    target = folder / f"{koers.id}.yaml"
    try:
        if target.is_file() and target.read_text(encoding="utf-8") == koers.source_text:
            return
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".koers-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(koers.source_text)
        os.replace(tmp, target)
    except (OSError, UnicodeDecodeError):
        pass
