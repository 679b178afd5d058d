"""QT_TRANSLATE_NOOP typed for mypy, and the one way a module translates what it marked.

PySide6 types its own QT_TRANSLATE_NOOP as returning `object`, so every table of marked
strings needed a cast. lupdate finds the marker by its name, wherever it is imported from.
`translator` and `LabelTable` translate the marked strings later, in the current language:
every labels module (planner/labels.py, approval_labels.py, i18n/*, reports/identity/labels)
names its codes through them instead of repeating `return tr(TABLE[key])` per code.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication

K = TypeVar("K", bound=Hashable)


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str:
    """Return `source`: the caller translates it later with `context`."""
    return source


def translator(context: str) -> Callable[[str], str]:
    """A module's `tr`: translates a string marked with QT_TRANSLATE_NOOP(context, ...)."""

    def tr(source: str) -> str:
        return QCoreApplication.translate(context, source)

    return tr


class LabelTable(Generic[K]):
    """The names of a set of codes: `table(code)` is the code's marked name, translated with
    the table's context into the current language. KeyError for a code the table lacks."""

    def __init__(self, context: str, marked: Mapping[K, str]) -> None:
        self.context = context
        self.marked = marked

    def __call__(self, key: K) -> str:
        return QCoreApplication.translate(self.context, self.marked[key])
