"""The tests drive the package as a director installs it, so a file missing from the wheel fails
here and not on a laptop."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest

import koerswijzer

REPO = Path(__file__).resolve().parent.parent


def _editable() -> bool:
    try:
        text = metadata.distribution("koerswijzer").read_text("direct_url.json") or "{}"
    except metadata.PackageNotFoundError:
        return False
    return bool(json.loads(text).get("dir_info", {}).get("editable"))


def test_the_tests_import_the_installed_package_not_the_source_tree() -> None:
    if _editable():
        pytest.skip("een ontwikkelinstallatie (pip install -e) gebruikt de bronmap zelf")
    installed = Path(koerswijzer.__file__).resolve().parent
    assert installed != REPO / "koerswijzer", f"koerswijzer komt uit de bronmap: {installed}"
    assert "site-packages" in installed.parts


def test_every_subpackage_and_its_data_is_in_the_installed_package() -> None:
    if _editable():
        pytest.skip("een ontwikkelinstallatie (pip install -e) heeft geen eigen kopie om te controleren")
    installed = Path(koerswijzer.__file__).resolve().parent
    for init in (REPO / "koerswijzer").rglob("__init__.py"):
        relative = init.parent.relative_to(REPO / "koerswijzer")
        assert (installed / relative / "__init__.py").exists(), f"ontbreekt in de installatie: {relative}"
    for template in (REPO / "koerswijzer" / "templates").glob("*.j2"):
        assert (installed / "templates" / template.name).exists(), template.name
    for data in [*(REPO / "resources").glob("*.yaml"), *(REPO / "resources").glob("*.txt"),
                 *(REPO / "resources" / "koersen").glob("*.yaml"), *(REPO / "resources" / "demo").glob("*.yaml")]:
        assert (installed / "resources" / data.relative_to(REPO / "resources")).exists(), data.name


def test_a_gui_script_opens_the_window_without_a_console_on_windows() -> None:
    scripts = {e.name: e.value for e in metadata.entry_points(group="gui_scripts") if e.dist and e.dist.name == "koerswijzer"}
    assert scripts == {"koerswijzer-venster": "koerswijzer.cli:main"}
