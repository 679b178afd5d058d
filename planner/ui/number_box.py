"""A whole-number box that writes its value as every other number on screen is written: in the
officer's digits, thousands grouped by a no-break space (planner.formatting), never Qt's own
"٬", which reads like the decimal "٫" at small sizes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from planner.formatting import Formatter

_LATIN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# what may stand between the digits of a typed or pasted number: grouping, in any of the ways
# people write it, and the marks the formatter adds for direction
_SEPARATORS = frozenset(" \xa0\u202f,٬'\u200e\u200f")


def typed_digits(text: str) -> str | None:
    """The Latin digits of `text`, a whole number as the officer may type or paste it
    (Arabic-Indic, Persian or Latin digits, grouped or not); None if it holds anything else."""
    digits = []
    for char in text.translate(_LATIN):
        if char.isascii() and char.isdigit():
            digits.append(char)
        elif char not in _SEPARATORS:
            return None
    return "".join(digits)


class CountBox(QSpinBox):
    """A spin box of whole numbers in the formatter's digits and grouping."""

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt

    def count_unit(self, unit: Callable[[int], str]) -> None:
        """Write the unit after the number in the form its count takes ("٧ أيام", "٣٠ يومًا",
        "١٠٠ يوم"; "1 day", "7 days"): `unit(n)` is the counted string translated for n
        (`tr("%n days", "", n)`, Qt has put n in it), of which the box keeps the words. The
        value changes only when editing ends, so the words never change under the cursor."""

        def update(n: int) -> None:
            self.setSuffix(" " + unit(n).replace(str(n), "", 1).strip())

        self.setKeyboardTracking(False)
        self.valueChanged.connect(update)
        update(self.value())

    def textFromValue(self, value: int) -> str:
        return self.fmt.integer(value)

    def valueFromText(self, text: str) -> int:
        digits = typed_digits(self._number_part(text))
        return int(digits) if digits else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return self._state(text), text, pos

    def _state(self, text: str) -> QValidator.State:
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable
        digits = typed_digits(self._number_part(text))
        if digits is None:
            return QValidator.State.Invalid
        if not digits:
            return QValidator.State.Intermediate
        value = int(digits)
        if value > self.maximum():
            return QValidator.State.Invalid
        if value < self.minimum():
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable

    def _number_part(self, text: str) -> str:
        """`text` without the box's prefix and suffix."""
        prefix, suffix = self.prefix(), self.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text.strip()
