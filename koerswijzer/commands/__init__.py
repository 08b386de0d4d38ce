"""Headless subcommands of the ``koerswijzer`` CLI: thin layers over the core."""
