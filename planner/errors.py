"""Errors shared by the command line and its entry points (no Qt, no storage)."""

from __future__ import annotations


class UsageError(Exception):
    """Bad arguments or bad input: reported in one line, exit code 2."""
