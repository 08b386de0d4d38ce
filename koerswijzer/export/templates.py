"""The fixed text of the schoolplan: Jinja2 templates that produce Markdown.

The built-in templates live in ``koerswijzer/templates``. A board may supply a folder with
its own versions of any of them; those are rendered in Jinja2's sandbox, so a template can
format data but cannot reach into the application.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from koerswijzer.errors import KoerswijzerError

BUILTIN = Path(__file__).resolve().parent.parent / "templates"
TEMPLATES = ("colofon.md.j2", "inleiding.md.j2", "hoofdstuk.md.j2", "meerjarenplanning.md.j2")


class TemplateProblem(KoerswijzerError):
    pass


class Templates:
    def __init__(self, board_folder: Path | None = None) -> None:
        loaders = [FileSystemLoader(str(BUILTIN))]
        if board_folder is not None:
            if not board_folder.is_dir():
                raise TemplateProblem(f"De map met sjablonen '{board_folder}' bestaat niet.")
            loaders.insert(0, FileSystemLoader(str(board_folder)))
        self._env = SandboxedEnvironment(
            loader=ChoiceLoader(loaders), undefined=StrictUndefined, autoescape=False,
            trim_blocks=True, keep_trailing_newline=True,
        )

    def render(self, name: str, **context: Any) -> str:
        try:
            return self._env.get_template(name).render(**context)
        except TemplateError as exc:
            raise TemplateProblem(f"Het sjabloon '{name}' kan niet worden gebruikt: {exc}") from None
