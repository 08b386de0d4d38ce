"""Werkbladen: Word worksheets for groups that answer the session's centrale vragen at home or
in subgroups, and the import of the filled-in files as contributions.

The public face of three modules: :mod:`werkblad_format` (what a werkblad holds),
:mod:`werkblad_export` (writing them) and :mod:`werkblad_import` (reading them back).
"""

from __future__ import annotations

from koerswijzer.workshop.werkblad_export import werkblad_filename, werkbladen_steps, write_werkbladen
from koerswijzer.workshop.werkblad_format import PROPERTY, WerkbladSpec, build_werkblad
from koerswijzer.workshop.werkblad_import import ImportResult, import_steps, import_werkbladen

__all__ = ["PROPERTY", "ImportResult", "WerkbladSpec", "build_werkblad", "import_steps", "import_werkbladen", "werkblad_filename",
           "werkbladen_steps", "write_werkbladen"]
