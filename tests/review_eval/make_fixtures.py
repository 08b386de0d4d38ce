"""Make the committed LibreOffice fixture of the review evaluation.

    cd /work/main && python -m tests.review_eval.make_fixtures

Exports plan-09 of tests/congruence_eval/ with Koerswijzer, edits it with python-docx
(edits.edit_wilgenhoek) and saves it through LibreOffice (``soffice --headless --convert-to docx``),
so the committed file is a document LibreOffice wrote. CI needs no LibreOffice: the test reads the
committed file. Run this again only when the export or the edit changes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml

from koerswijzer.export import export_plan
from koerswijzer.plan.demo import write_plan_data
from review_eval.edits import edit_wilgenhoek

HERE = Path(__file__).parent
EVAL = HERE.parent / "congruence_eval"
FIXTURE = HERE / "bewerkt-wilgenhoek-libreoffice.docx"


def export(plan_name: str, target: Path) -> Path:
    """Export one plan of the congruence evaluation set (its labels stripped) to .docx."""
    data = yaml.safe_load((EVAL / f"{plan_name}.yaml").read_text(encoding="utf-8"))
    data.pop("labels", None)
    with write_plan_data(target.with_suffix(".schoolplan"), data) as plan:
        export_plan(plan, target)
    return target


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice (soffice) is nodig om de fixture te maken.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        exported = export("plan-09-gemengd-openbaar-zonder-karakter", folder / "wilgenhoek.docx")
        (folder / "in").mkdir()
        edited = edit_wilgenhoek(exported, folder / "in" / FIXTURE.name)
        out = folder / "out"
        out.mkdir()
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder / 'profiel'}",
                        "--convert-to", "docx", "--outdir", str(out), str(edited)],
                       check=True, capture_output=True, timeout=180)
        result = out / FIXTURE.name
        with zipfile.ZipFile(result) as archive:
            app = archive.read("docProps/app.xml").decode("utf-8")
        if "LibreOffice" not in app:
            print("De uitvoer is niet door LibreOffice geschreven.", file=sys.stderr)
            return 1
        shutil.copy(result, FIXTURE)
    print(f"Geschreven: {FIXTURE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
