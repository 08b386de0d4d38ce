"""Congruence of a schoolplan with the board's koers: findings that explain, then a verdict.

Headless: it reads a :class:`~koerswijzer.plan.content.PlanContent` and imports no Qt.
See docs/congruentie.md for the criteria, the weights and the JSON schema.
"""
