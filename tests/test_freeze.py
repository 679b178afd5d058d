"""The bundle's filters (tools/freeze.py): what build.spec keeps and leaves out."""

import sys
from pathlib import Path

import pytest

import planner
from tools import freeze

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqglib.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ],
)
def test_qt_plugins_kept_are_the_ones_the_desktop_app_uses(dest, kept):
    """Display, input methods, images and styles stay; VNC, EGLFS, TLS, GTK... go."""
    assert freeze.wanted(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("babel/locale-data/ar_OM.dat", True),
        ("babel/locale-data/en_001.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/fr.dat", False),
        ("babel/locale-data/ar_EG.dat", False),
        ("babel/global.dat", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("translations/qtbase_ar.qm", True),
        ("translations/planner_ar.qm", True),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", False),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("resources/fonts/NotoSansArabic-Regular.ttf", True),
    ],
)
def test_data_kept_is_arabic_english_and_ours(dest, kept):
    """babel keeps Arabic (Oman) and English (UK) with their parents; our files all stay."""
    assert freeze.wanted(dest) is kept


def test_desktop_libraries_are_left_to_the_system_but_not_xcb_utilities():
    """libstdc++, X11, fontconfig, GLib come from the desktop; xcb-cursor and ICU do not."""
    assert freeze.system_library("libstdc++.so.6")
    assert freeze.system_library("libfontconfig.so.1")
    assert freeze.system_library("libglib-2.0.so.0")
    assert not freeze.system_library("libxcb-cursor.so.0")
    assert not freeze.system_library("libxkbcommon-x11.so.0")
    assert not freeze.system_library("libsqlite3.so.0")
    assert not freeze.system_library("libpython3.11.so.1.0")
    assert not freeze.system_library("pillow.libs/libzstd-40ad5e7e.so.1.5.7")


def test_prune_removes_only_what_nothing_kept_needs():
    """A library reached from a dropped plugin goes unless a kept file links to it too."""
    links = {
        "vnc.so": ["libQt6Network.so.6", "libQt6Gui.so.6"],
        "xcb.so": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libQt6Core.so.6"],
        "libQt6Network.so.6": ["libQt6Core.so.6"],
        "libQt6Core.so.6": [],
    }
    entries = [
        (name, name, "BINARY")
        for name in ("xcb.so", "libQt6Gui.so.6", "libQt6Network.so.6", "libQt6Core.so.6")
    ]
    kept, removed = freeze.prune(
        entries, [("vnc.so", "vnc.so", "BINARY")], imports=lambda src: links[src]
    )
    assert [e[0] for e in removed] == ["libQt6Network.so.6"]
    assert [e[0] for e in kept] == ["xcb.so", "libQt6Gui.so.6", "libQt6Core.so.6"]


def test_links_to_removed_libraries_are_dropped():
    """PyInstaller's top-level symlinks must not point at a library we left out."""
    links = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    kept = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    assert freeze.dangling_links(links, kept) == [links[1]]


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("coll/ar.res", True),
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),
        ("coll/res_index.res", True),
        ("zone/en_GB.res", True),
        ("likelySubtags.res", True),
        ("coll/fr.res", False),
        ("zh_Hant_TW.res", False),
        ("coll/de_.res", False),
        ("brkitr/cjdict.dict", True),
        ("uts46.nrm", True),
        ("translit/root.res", False),
        ("ibm-9448_X100-2005.cnv", True),
        ("gb18030.cnv", False),
        ("cnvalias.icu", True),
    ],
)
def test_icu_keeps_our_locales_and_everything_not_a_locale(item, kept):
    """ICU's data keeps Arabic/English, the shared tables and the Arabic codecs."""
    assert freeze.icu_item_wanted(item) is kept


def test_version_comes_from_pyproject():
    """The bundle is stamped with pyproject.toml's version, the one the program reports."""
    assert freeze.version(ROOT / "pyproject.toml") == planner.__version__


def test_spec_names_the_icons_and_they_exist():
    """build.spec uses app.ico (Windows) and app.icns (macOS); app.png is the Linux icon."""
    spec = (ROOT / "build.spec").read_text("utf-8")
    assert "app.ico" in spec and "app.icns" in spec
    icons = ROOT / "resources" / "icons"
    assert (icons / "app.png").read_bytes().startswith(b"\x89PNG")
    assert (icons / "app.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "app.icns").read_bytes()[:4] == b"icns"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files")
def test_strip_skips_the_wheels_vendored_libraries(tmp_path):
    """numpy.libs/ (OpenBLAS) is never stripped; other ELF files are candidates."""
    elf = b"\x7fELF" + b"\0" * 60
    (tmp_path / "numpy.libs").mkdir()
    (tmp_path / "numpy.libs" / "libscipy_openblas.so").write_bytes(elf)
    (tmp_path / "libQt6Core.so.6").write_bytes(elf)
    (tmp_path / "notes.txt").write_text("not a library")
    assert freeze.strippable(tmp_path) == [tmp_path / "libQt6Core.so.6"]
