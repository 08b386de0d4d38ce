"""Text as it may be stored and exported: without control characters.

Word refuses a document with a control character in it (U+0001, an escape), and nobody means
to type one; they come in by pasting. Tab and newline stay.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ufffe\\uffff\\ud800-\\udfff]")


def clean_text(text: str) -> str:
    """The text without control characters; the rest stays exactly as typed."""
    return _CONTROL.sub("", text)
