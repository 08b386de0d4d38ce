"""Koerswijzer: write a schoolplan against the board's koers.

The package root is the headless core. Qt lives only in ``koerswijzer.ui``.
"""

__version__ = "0.1.0"
