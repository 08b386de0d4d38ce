"""The schoolplan: profile, answers, goals and stances, stored through koerswijzer.storage."""

from koerswijzer.plan.schoolplan import PlanInputError, Schoolplan
from koerswijzer.plan.types import AnswerState, GoalInfo, Profile, Progress, StanceInfo

__all__ = ["AnswerState", "GoalInfo", "PlanInputError", "Profile", "Progress", "Schoolplan", "StanceInfo"]
