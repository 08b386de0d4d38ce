"""The names and colours of the verdicts and of the findings' severities, defined once for the
check, the review, the overview workbook and the window."""

from __future__ import annotations

VERDICTS = {"sterk": "Sterk", "voldoende": "Voldoende", "aandachtspunt": "Aandachtspunt"}
VERDICT_TEXT = {**VERDICTS, "onbekend": "Onbekend"}  # a foreign document can leave a verdict unknown
# Fills as RGB hex (the overview workbook's and the window's): green, amber, red, grey.
FILLS = {"sterk": "C6EFCE", "voldoende": "FFEB9C", "aandachtspunt": "FFC7CE", "onbekend": "D9D9D9"}
SEVERITY_FILLS = {"ok": "C6EFCE", "let_op": "FFEB9C", "ontbreekt": "FFC7CE"}
TEXT_ON_FILL = "1A202C"  # dark text on the light fills, in light and dark mode alike
