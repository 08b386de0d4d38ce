"""Persistence of schoolplannen through SQLAlchemy. Knows nothing of Qt or of Word."""
