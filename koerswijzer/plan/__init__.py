"""The schoolplan: profile, answers, goals and stances, stored through koerswijzer.storage.

Exports are loaded on first use (PEP 562), so that importing a light module such as
``koerswijzer.plan.types`` does not pull in SQLAlchemy: the GUI shows its window first.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "PlanInputError": "koerswijzer.plan.schoolplan",
    "Schoolplan": "koerswijzer.plan.schoolplan",
    "AnswerState": "koerswijzer.plan.types",
    "GoalInfo": "koerswijzer.plan.types",
    "Profile": "koerswijzer.plan.types",
    "Progress": "koerswijzer.plan.types",
    "StanceInfo": "koerswijzer.plan.types",
}

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import PlanInputError, Schoolplan
    from koerswijzer.plan.types import AnswerState, GoalInfo, Profile, Progress, StanceInfo

__all__ = ["AnswerState", "GoalInfo", "PlanInputError", "Profile", "Progress", "Schoolplan", "StanceInfo"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(name)
