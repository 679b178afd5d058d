"""An asset's name never becomes a path: export names are one safe component."""

import pytest

from planner.domain.filenames import safe_file_name
from planner.domain.identity import AssetFormat


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("الشعار الرئيسي", AssetFormat.SVG, "الشعار الرئيسي.svg"),
        ("logo.png", AssetFormat.PNG, "logo.png"),
        ("photo.JPEG", AssetFormat.JPEG, "photo.jpg"),
        ("../../etc/passwd", AssetFormat.PNG, "_.._etc_passwd.png"),
        ("..\\..\\Windows\\win.ini", AssetFormat.PNG, "_.._Windows_win.ini.png"),
        ("/absolute/path", AssetFormat.PDF, "_absolute_path.pdf"),
        (".hidden", AssetFormat.PNG, "hidden.png"),
        ("CON", AssetFormat.PNG, "_CON.png"),
        ("lpt1.backup", AssetFormat.PNG, "_lpt1.backup.png"),
        ('a:b*c?d<e>f|g"h', AssetFormat.GIF, "a_b_c_d_e_f_g_h.gif"),
        ("", AssetFormat.TTF, "asset.ttf"),
        ("...", AssetFormat.OTF, "asset.otf"),
        ("invoice\u202egnp.exe", AssetFormat.PNG, "invoicegnp.exe.png"),
        ("tab\tand\nnewline", AssetFormat.WEBP, "tabandnewline.webp"),
    ],
)
def test_safe_names(name, fmt, expected):
    """Separators, reserved names, hidden files and direction tricks are neutralised."""
    assert safe_file_name(name, fmt) == expected


def test_long_names_are_cut_at_a_character_boundary():
    """A very long Arabic name fits the file system's 255 bytes and stays valid UTF-8."""
    result = safe_file_name("ش" * 300, AssetFormat.PNG)
    assert len(result.encode("utf-8")) <= 255
    assert result.endswith(".png") and "/" not in result
    result.encode("utf-8").decode("utf-8")
