"""The fixed text of the schoolplan: Jinja2 templates that produce Markdown.

The built-in templates live in ``koerswijzer/templates``. A board may supply a folder with
its own versions of any of them. Those are held to limits, because a template is a small
program from outside:

- it runs in Jinja2's sandbox, so it can format data but cannot reach into the application;
- it is read only from inside the board's folder: no symbolic links, no paths that leave it
  (an ``include`` finds the board's own templates and the built-in ones, nothing else);
- it gets RENDER_SECONDS to render and may write at most MAX_OUTPUT_CHARS;
- every problem becomes one Dutch message that names the template and, where known, the line.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from koerswijzer.paths import templates_dir
from koerswijzer.errors import KoerswijzerError

BUILTIN = templates_dir()
TEMPLATES = ("colofon.md.j2", "inleiding.md.j2", "hoofdstuk.md.j2", "meerjarenplanning.md.j2")
RENDER_SECONDS = 3.0
MAX_OUTPUT_CHARS = 2_000_000
MAX_TEMPLATE_BYTES = 256 * 1024


class TemplateProblem(KoerswijzerError):
    pass


class _Timeout(BaseException):
    """Raised inside a render that ran past its time (BaseException: a template cannot catch it)."""


class BoardFolderLoader(BaseLoader):
    """Templates from one folder, and only from that folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        parts = Path(template).parts
        if not parts or Path(template).is_absolute() or ".." in parts or "\\" in template:
            raise TemplateNotFound(template)
        path = self.folder.joinpath(*parts)
        if not path.exists() and not path.is_symlink():
            raise TemplateNotFound(template)
        probe = self.folder
        for part in parts:  # a link anywhere on the way could point out of the folder
            probe = probe / part
            if probe.is_symlink():
                raise TemplateProblem(f"Het sjabloon '{template}' is een snelkoppeling (symbolische link); "
                                      f"sjablonen moeten als gewoon bestand in de map '{self.folder}' staan.")
        if self.folder not in path.resolve().parents or not path.is_file():
            raise TemplateNotFound(template)
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateProblem(f"Het sjabloon '{template}' is te groot (meer dan "
                                  f"{MAX_TEMPLATE_BYTES // 1024} KB).")
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise TemplateProblem(f"Het sjabloon '{template}' is niet als UTF-8 opgeslagen.") from None
        mtime = path.stat().st_mtime
        return source, str(path), lambda: path.exists() and path.stat().st_mtime == mtime


class Templates:
    def __init__(self, board_folder: Path | None = None) -> None:
        loaders: list[BaseLoader] = [FileSystemLoader(str(BUILTIN))]
        if board_folder is not None:
            if not board_folder.is_dir():
                raise TemplateProblem(f"De map met sjablonen '{board_folder}' bestaat niet.")
            loaders.insert(0, BoardFolderLoader(board_folder))
        self._env = SandboxedEnvironment(
            loader=ChoiceLoader(loaders), undefined=StrictUndefined, autoescape=False,
            trim_blocks=True, keep_trailing_newline=True,
        )

    def render(self, name: str, **context: Any) -> str:
        try:
            template = self._env.get_template(name)
            return _within_limits(lambda: template.generate(**context))
        except TemplateProblem:
            raise
        except _Timeout:
            raise TemplateProblem(f"Het sjabloon '{name}' deed er langer dan {RENDER_SECONDS:g} seconden over en "
                                  "is afgebroken. Kijk of er een lus in staat die te vaak herhaalt.") from None
        except TemplateSyntaxError as exc:
            raise TemplateProblem(f"Het sjabloon '{exc.name or name}' heeft een schrijffout op regel {exc.lineno}: "
                                  f"{exc.message}.") from None
        except UndefinedError as exc:
            known = ", ".join(sorted(context))
            raise TemplateProblem(f"Het sjabloon '{name}' gebruikt een naam die Koerswijzer niet kent ({exc.message}). "
                                  f"Beschikbaar zijn: {known}.") from None
        except SecurityError:
            raise TemplateProblem(f"Het sjabloon '{name}' probeert iets wat niet mag: een sjabloon mag alleen de "
                                  "gegevens van het schoolplan opmaken.") from None
        except TemplateNotFound as exc:
            raise TemplateProblem(f"Het sjabloon '{name}' verwijst naar '{exc.name}', dat niet bestaat in de map met "
                                  "sjablonen.") from None
        except TemplateError as exc:
            raise TemplateProblem(f"Het sjabloon '{name}' kan niet worden gebruikt: {exc}.") from None
        except RecursionError:
            raise TemplateProblem(f"Het sjabloon '{name}' roept zichzelf eindeloos aan.") from None
        except MemoryError:
            raise TemplateProblem(f"Het sjabloon '{name}' maakt te veel tekst.") from None
        except Exception as exc:  # noqa: BLE001 - whatever a board's template does wrong, say so in Dutch
            line = _template_line(exc)
            where = f" op regel {line}" if line else ""
            raise TemplateProblem(f"Het sjabloon '{name}' geeft een fout{where} ({type(exc).__name__}: {exc}).") \
                from None


def _template_line(exc: BaseException) -> int | None:
    """The template line of the innermost frame that belongs to a template."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".j2") or "<template>" in tb.tb_frame.f_code.co_filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _within_limits(generate: Callable[[], Any]) -> str:
    """Join the template's output, stopping it after RENDER_SECONDS or MAX_OUTPUT_CHARS.

    The time limit raises an exception inside this thread from a timer: Jinja2 runs compiled
    Python, so it stops at the next step of the template, wherever it loops."""
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def interrupt() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(_Timeout))

    timer = threading.Timer(RENDER_SECONDS, interrupt)
    timer.daemon = True
    pieces: list[str] = []
    size = 0
    try:
        timer.start()
        for piece in generate():
            pieces.append(piece)
            size += len(piece)
            if size > MAX_OUTPUT_CHARS:
                raise TemplateProblem(f"Een sjabloon maakt meer dan {MAX_OUTPUT_CHARS // 1_000_000} miljoen tekens "
                                      "tekst; dat is afgebroken.")
    finally:
        with lock:
            state["done"] = True
            if state["fired"]:  # clear an interrupt still pending, so it cannot strike later
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)
        timer.cancel()
    if state["fired"]:
        raise _Timeout
    return "".join(pieces)
