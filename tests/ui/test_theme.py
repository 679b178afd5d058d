"""The theme: controls keep their arrows, disabled fields look disabled, light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QSpinBox, QStyle, QWidget

from planner.ui import theme


@pytest.fixture
def themed(qapp):
    """The application's theme, given back as it was found afterwards."""
    yield qapp
    theme.force_scheme(None)
    theme.apply(qapp)


def _ink_in(widget: QWidget, control: QStyle.SubControl, complex_control) -> int:
    """How many pixels of a sub-control (an arrow) are far from the field's background."""
    from PySide6.QtWidgets import QStyleOptionComboBox, QStyleOptionSpinBox

    option = QStyleOptionComboBox() if isinstance(widget, QComboBox) else QStyleOptionSpinBox()
    widget.initStyleOption(option)  # type: ignore[attr-defined]
    rect = widget.style().subControlRect(complex_control, option, control, widget)
    assert rect.width() > 4 and rect.height() > 4
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    background = QColor(image.pixel(QPoint(2, int(image.height() / 2))))
    count = 0
    for x in range(int(rect.left() * ratio), int(rect.right() * ratio)):
        for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio)):
            c = QColor(image.pixel(x, y))
            if abs(c.lightness() - background.lightness()) > 60:
                count += 1
    return count


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_drop_downs_and_number_boxes_show_their_arrows(qtbot, themed, scheme):
    """A drop-down list draws its arrow; date and number boxes their up/down arrows."""
    theme.force_scheme(scheme)
    theme.apply(themed)
    combo = QComboBox()
    combo.addItems(["one", "two"])
    spin = QSpinBox()
    date = QDateEdit(QDate(2027, 1, 18))
    for w in (combo, spin, date):
        qtbot.addWidget(w)
        w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # whatever an earlier test left
        w.resize(200, 34)
        w.show()
    cc = QStyle.ComplexControl
    sc = QStyle.SubControl
    assert _ink_in(combo, sc.SC_ComboBoxArrow, cc.CC_ComboBox) > 3
    assert _ink_in(spin, sc.SC_SpinBoxUp, cc.CC_SpinBox) > 3
    assert _ink_in(spin, sc.SC_SpinBoxDown, cc.CC_SpinBox) > 3
    assert _ink_in(date, sc.SC_SpinBoxUp, cc.CC_SpinBox) > 3


def test_no_style_sheet_rule_on_input_fields():
    """A style-sheet rule on an input field's frame takes over its sub-controls: none is set."""
    sheet = theme.style_sheet(theme.colours())
    for name in ("QLineEdit", "QComboBox", "QDateEdit", "QSpinBox", "QScrollBar", "QHeaderView"):
        assert name not in sheet


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_palette_is_whole_and_disabled_fields_differ(themed, scheme):
    """Every bevel role is the scheme's (not Qt's black), a disabled field is filled and
    written differently from an enabled one, and text keeps WCAG AA contrast."""
    theme.force_scheme(scheme)
    theme.apply(themed)
    p = QApplication.palette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    assert (p.color(role.Window).lightness() < 100) == (scheme == "dark")
    if scheme == "dark":
        assert p.color(role.Mid).lightness() > 40  # scrollbar handles are not black
    assert p.color(group.Disabled, role.Base) != p.color(group.Active, role.Base)
    assert p.color(group.Disabled, role.Text) != p.color(group.Active, role.Text)
    assert _contrast(p.color(role.Text), p.color(role.Base)) >= 4.5
    assert _contrast(p.color(group.Disabled, role.Text), p.color(group.Disabled, role.Base)) >= 3


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_unticked_boxes_and_radio_buttons_keep_their_rim(qtbot, themed, scheme):
    """An unticked check box or radio button shows its rim at 3:1 against the window (Fusion
    drew it in the dark window's colour darkened, all but invisible)."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyleOptionButton

    theme.force_scheme(scheme)
    theme.apply(themed)
    window = QColor(theme.colours()["window"])
    for box in (QCheckBox("x"), QRadioButton("x")):
        qtbot.addWidget(box)
        box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        box.show()
        option = QStyleOptionButton()
        box.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(box, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        rect = box.style().subElementRect(element, option, box)
        image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        ratio = image.devicePixelRatio()
        best = max(
            _contrast(QColor(image.pixel(x, y)), window)
            for x in range(int(rect.left() * ratio), int(rect.right() * ratio))
            for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio))
        )
        assert best >= 3, (type(box).__name__, best)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_progress_bars_percentage_reads_on_its_chunk(themed, scheme):
    """The percentage is written across the filled part: text on it at 4.5:1 (on the solid
    accent the dark ink was 3:1 at best)."""
    theme.force_scheme(scheme)
    c = theme.colours()
    assert _contrast(QColor(c["text"]), QColor(c["progress"])) >= 4.5
    assert f"background: {c['progress']}" in theme.style_sheet(c)


class _Spy(theme.HouseStyle):
    """The house style, noting the texts it draws."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.drawn: list[str] = []

    def drawItemText(self, painter, rect, flags, palette, enabled, text, role=None):
        self.drawn.append(text)
        if role is None:
            super().drawItemText(painter, rect, flags, palette, enabled, text)
        else:
            super().drawItemText(painter, rect, flags, palette, enabled, text, role)


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]
)
def test_a_drop_down_too_narrow_for_its_name_ends_it_with_an_ellipsis(qtbot, themed, direction):
    """Fusion clipped a long name mid-letter ("A Cleaner Muscat Is a Lovel"): it now ends
    in "…" within the field; a name that fits is drawn whole."""
    long = "A Cleaner Muscat Is a Lovelier Muscat — حملة النظافة الكبرى"
    spy = _Spy()
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setStyle(spy)
    combo.setLayoutDirection(direction)
    combo.addItems([long, "short"])
    combo.resize(180, 34)
    combo.show()
    combo.grab()
    drawn = [t for t in spy.drawn if t]
    # Qt writes "..." in a font without the "…" glyph
    assert drawn and drawn[-1].endswith(("…", "...")) and long.startswith(drawn[-1][:12])
    assert combo.fontMetrics().horizontalAdvance(drawn[-1]) <= 180
    spy.drawn.clear()
    combo.setCurrentIndex(1)
    combo.grab()
    assert [t for t in spy.drawn if t][-1] == "short"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_platform_mark_stands_out_from_its_fields(themed, scheme):
    """3:1 against fields, buttons and the window; Snapchat's yellow was 1.7:1 on white."""
    from planner.domain.contrast import contrast_ratio
    from planner.domain.model import Platform
    from planner.palette import PLATFORM
    from planner.ui.icons import platform_colour, platform_icon

    theme.force_scheme(scheme)
    theme.apply(themed)
    c = theme.colours()
    for platform in Platform:
        colour = platform_colour(platform)
        for ground in (c["base"], c["button"], c["window"]):
            assert contrast_ratio(colour, ground) >= 3, (platform, colour, ground)
        # the icon is drawn in that colour
        image = platform_icon(platform).pixmap(32, 32).toImage()
        inked = {
            QColor(image.pixel(x, y)).name()
            for x in range(32)
            for y in range(32)
            if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
        }
        assert colour in inked, (platform, colour)
        own = PLATFORM[platform]
        if all(contrast_ratio(own, g) >= 3 for g in (c["base"], c["button"], c["window"])):
            assert colour == own, platform  # a colour that stands out is left as it is
