"""Jinja2 templates for generated text (chapter intros, colofon). Data, loaded by name."""
