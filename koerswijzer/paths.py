"""Where the application's data files live, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder with built-in koers files and icons.

    Installed, ``resources/`` is the package ``koerswijzer.resources``; in a source checkout it is
    the top-level ``resources/`` folder beside the package.
    """
    installed = Path(__file__).resolve().parent / "resources"
    if (installed / "koersen").is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def templates_dir() -> Path:
    """The built-in Jinja2 templates of the fixed texts (koerswijzer/templates)."""
    return Path(__file__).resolve().parent / "templates"


def koersen_dir() -> Path:
    return resources_dir() / "koersen"
