"""Packages are found, not listed: a new subpackage of koerswijzer cannot go missing from the wheel.

The koers files live in the top-level ``resources/`` folder (the design card) and install as
the package ``koerswijzer.resources``; everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["koerswijzer", "koerswijzer.*"]), "koerswijzer.resources"],
    package_dir={"koerswijzer.resources": "resources"},
)
