"""Reusable widgets: question card, entry panel, entry list, coverage view."""
