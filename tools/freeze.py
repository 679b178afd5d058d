"""What goes into the frozen bundle: the filters and clean-ups that build.spec applies.

Kept apart from build.spec so that the rules can be read in one place and tested without
running PyInstaller. Paths are bundle destinations ("PySide6/Qt/plugins/platforms/libqxcb.so"),
with "/" or "\\" as separators; the rules hold for Linux, Windows and macOS alike.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

# (dest, src, typecode): PyInstaller's TOC entries.
Entry = tuple[str, str, str]

# Qt plugins we ship, by type; a type not named here is left out whole (generic input,
# network information, TLS, QML tooling, SQL drivers, Designer, print support...).
# None: every plugin of that type.
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb and wayland (Linux), windows, cocoa (macOS); offscreen/minimal for CI and the
    # self-test. Left out: eglfs, linuxfb, vnc (pulls in QtNetwork), vkkhrdisplay, direct2d.
    "platforms": frozenset(
        {
            "qxcb",
            "qwayland",
            "qwayland-egl",
            "qwayland-generic",
            "qwindows",
            "qcocoa",
            "qoffscreen",
            "qminimal",
        }
    ),
    # The portal gives native file dialogs under Flatpak/GNOME; gtk3 would need GTK itself.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Compose keys and IBus: how many Linux desktops type Arabic. No virtual keyboard (QML).
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # What officers drop in as logos and images; left out: tiff, tga, wbmp, pdf.
    "imageformats": frozenset({"qgif", "qico", "qjpeg", "qsvg", "qwebp", "qicns"}),
    "iconengines": None,
    "styles": None,  # Windows' and macOS' native styles
    "xcbglintegrations": None,
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
}

# babel's locale data: Arabic (Oman) and English (UK), with their parents.
BABEL_LOCALES = frozenset({"root", "ar", "ar_OM", "en", "en_001", "en_GB"})

# matplotlib's data we never use: sample data, Type 1 metrics for the PS/core-font modes,
# and the serif/STIX families (charts use our Noto fonts with DejaVu Sans as the fallback).
MPL_DATA_DROPPED = (
    "sample_data/",
    "fonts/afm/",
    "fonts/pdfcorefonts/",
    "fonts/ttf/STIX",
    "fonts/ttf/DejaVuSerif",
)

# Python modules the program never imports (the hooks or other packages would pull them in).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "ensurepip",
    "venv",
    "distutils",
    "setuptools",
    "pip",
    "PyInstaller",
    "pytest",
    "IPython",
    "jedi",
    "qtawesome",
    "qtpy",
    # Qt modules we do not import: QML/Quick, network, multimedia, 3D, web engine, OpenGL...
    *(
        f"PySide6.{m}"
        for m in (
            "QtNetwork",
            "QtQml",
            "QtQmlFeatures",
            "QtQuick",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtQuick3D",
            "Qt3DCore",
            "Qt3DRender",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DAnimation",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtWebEngineQuick",
            "QtWebChannel",
            "QtWebSockets",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtDesigner",
            "QtHelp",
            "QtUiTools",
            "QtTest",
            "QtSql",
            "QtXml",
            "QtConcurrent",
            "QtLabsStyleKit",
            "QtCharts",
            "QtDataVisualization",
            "QtGraphs",
            "QtPdf",
            "QtPdfWidgets",
            "QtBluetooth",
            "QtPositioning",
            "QtLocation",
            "QtSerialPort",
            "QtTextToSpeech",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
        )
    ),
    # matplotlib's other GUI toolkits and the numpy parts for building/testing code.
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_nbagg",
    "matplotlib.tests",
    "matplotlib.testing",
    "numpy.f2py",
    "numpy.distutils",
    "numpy.tests",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL._avif",
    "PIL._imagingtk",
    # An offline program: no TLS; hashlib falls back on Python's own SHA-2 (saves OpenSSL).
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
    # East Asian codecs (CSV files here are UTF-8 or Windows-1256, which stay).
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
]

# Linux libraries every desktop has and that must be the system's own, as PySide6's wheel
# itself expects: the C++ runtime (the system's GL drivers need its newest version), X11,
# fontconfig/freetype (they must match the system's font configuration), GLib, D-Bus and
# systemd. Kept: the xcb-util libraries (libxcb-cursor is missing on many desktops), ICU,
# SQLite and Python's own libraries.
SYSTEM_LIBRARIES = re.compile(
    r"lib(stdc\+\+|gcc_s|X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|fontconfig|freetype|expat|"
    r"glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|pcre2-8|dbus-1|systemd|"
    r"gcrypt|gpg-error|cap|lz4|zstd|lzma|z|bz2|png16|brotli(common|dec|enc)|xkbcommon|"
    r"uuid|bsd|md|selinux|mount|blkid)\.so(\..*)?"
)

# matplotlib's hook bundles only the backends it sees imported: name them, or
# savefig(format="svg"/"pdf") fails in the frozen app.
MPL_BACKENDS = ["QtAgg", "Agg", "SVG", "PDF"]

# Imported lazily by the exports; named so that the bundle holds them whatever the
# static analysis finds.
HIDDEN_IMPORTS = [
    "matplotlib.backends.backend_qtagg",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_svg",
    "matplotlib.backends.backend_pdf",
    "openpyxl",
    "icalendar",
    "hijridate",
]


def version(pyproject: Path) -> str:
    """The project's version, as pyproject.toml declares it."""
    return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def system_library(dest: str) -> bool:
    """Whether `dest` is a top-level Linux library the desktop provides (see above)."""
    parts = _parts(dest)
    return len(parts) == 1 and SYSTEM_LIBRARIES.fullmatch(parts[0]) is not None


def plugin_stem(filename: str) -> str:
    """'libqxcb.so' -> 'qxcb'; 'qwindows.dll' -> 'qwindows'; 'libqcocoa.dylib' -> 'qcocoa'."""
    stem = re.sub(r"\.(so|dll|dylib)(\..*)?$", "", filename)
    return stem[3:] if stem.startswith("lib") else stem


def qt_plugin(dest: str) -> tuple[str, str] | None:
    """(type, stem) when `dest` is a Qt plugin of PySide6, else None."""
    parts = _parts(dest)
    if parts[0] != "PySide6" or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) != at + 3:
        return None
    return parts[at + 1], plugin_stem(parts[at + 2])


def wanted(dest: str) -> bool:
    """Whether a collected file (binary or data) belongs in the bundle."""
    parts = _parts(dest)
    path = "/".join(parts)
    plugin = qt_plugin(dest)
    if plugin is not None:
        kind, stem = plugin
        if kind not in QT_PLUGINS:
            return False
        allowed = QT_PLUGINS[kind]
        return allowed is None or stem in allowed
    if parts[0] == "PySide6" and "translations" in parts[:-1]:
        return False  # Qt's own catalogues: we ship qtbase_ar.qm in translations/
    if path.startswith("babel/locale-data/"):
        return PurePath(parts[-1]).stem in BABEL_LOCALES
    if path.startswith("matplotlib/mpl-data/"):
        rest = path.removeprefix("matplotlib/mpl-data/")
        return not rest.startswith(MPL_DATA_DROPPED)
    return True


Imports = Callable[[str], Iterable[str]]


def _imports(src: str) -> list[str]:
    from PyInstaller.depend import bindepend  # only inside a PyInstaller run

    return [name for name, _ in bindepend.get_imports(src)]


def _key(name: str) -> str:
    base = PurePath(name.replace("\\", "/")).name
    return base.lower() if sys.platform == "win32" else base


def prune(
    entries: list[Entry], dropped: list[Entry], imports: Imports = _imports
) -> tuple[list[Entry], list[Entry]]:
    """Remove from `entries` the libraries that only `dropped` files needed.

    PyInstaller gathers the libraries that the plugins we filter out link to (QtNetwork for
    the VNC platform, GTK's cairo and pango for the gtk3 theme...). A library is removed
    when something dropped reaches it and nothing kept does. Returns (kept, removed).
    """
    by_key = {_key(dest): (dest, src, kind) for dest, src, kind in entries}

    def closure(roots: Iterable[Entry]) -> set[str]:
        seen: set[str] = set()
        todo = [src for _, src, _ in roots]
        while todo:
            for name in imports(todo.pop()):
                key = _key(name)
                if key in by_key and key not in seen:
                    seen.add(key)
                    todo.append(by_key[key][1])
        return seen

    candidates = closure(dropped)
    roots = [e for e in entries if _key(e[0]) not in candidates]
    needed = closure(roots)
    orphans = candidates - needed
    kept = [e for e in entries if _key(e[0]) not in orphans]
    removed = [e for e in entries if _key(e[0]) in orphans]
    return kept, removed


def split(entries: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """(wanted, unwanted) entries."""
    keep: list[Entry] = []
    drop: list[Entry] = []
    for entry in entries:
        (keep if wanted(entry[0]) else drop).append(entry)
    return keep, drop


def dangling_links(entries: list[Entry], kept: Iterable[Entry]) -> list[Entry]:
    """The SYMLINK entries of `entries` whose target is not among `kept`'s destinations."""
    present = {"/".join(_parts(e[0])) for e in kept}
    dangling = []
    for dest, target, kind in entries:
        if kind == "SYMLINK":
            parent = PurePath("/".join(_parts(dest))).parent
            resolved = os.path.normpath(str(parent / target.replace("\\", "/")))
            if resolved.replace("\\", "/") not in present:
                dangling.append((dest, target, kind))
    return dangling


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def strippable(folder: Path) -> list[Path]:
    """ELF files under `folder` whose debug info can go: all but the wheels' vendored
    `*.libs/` folders (stripping numpy's OpenBLAS breaks it)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.endswith(".libs")]
        for name in files:
            path = Path(root, name)
            if not path.is_symlink() and _is_elf(path):
                found.append(path)
    return sorted(found)


def strip_debug(folder: Path) -> int:
    """Strip debug info (not symbols) from the ELF files; returns the bytes saved."""
    files = strippable(folder)
    before = sum(p.stat().st_size for p in files)
    for chunk in range(0, len(files), 100):
        subprocess.run(
            ["strip", "--strip-debug", *map(str, files[chunk : chunk + 100])], check=True
        )
    return before - sum(p.stat().st_size for p in files)


# ICU's data (libicudata, 32 MB) holds every locale of the world; Qt asks it for collation,
# time-zone names and codecs in the officer's languages only. Kept: the locales below with
# their parents, and every item that is not a locale's (normalisation, break rules and
# dictionaries, the Unicode properties, zone tables); left out: the other locales' data in
# every tree, the legacy codec tables (but Arabic Windows-1256 and ISO 8859-6),
# transliteration and number spell-out. icupkg refuses a package whose kept items refer to
# removed ones, so what is kept is consistent.
ICU_LOCALES = frozenset({"root", "ar", "ar_OM", "en", "en_001", "en_GB", "res_index"})
ICU_CODECS = frozenset(
    {
        "ibm-9448_X100-2005.cnv",
        "ibm-5352_P100-1998.cnv",  # windows-1256
        "ibm-1089_P100-1995.cnv",
    }
)  # ISO 8859-6
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")


def icu_item_wanted(item: str) -> bool:
    """Whether an item of ICU's data package ("coll/ar.res", "cjdict.dict"...) is kept."""
    tree, _, name = item.rpartition("/")
    stem, ext = os.path.splitext(name)
    if tree in ("translit", "rbnf"):
        return False
    if ext == ".cnv":
        return name in ICU_CODECS
    return not (ext == ".res" and _LOCALE.fullmatch(stem) and stem not in ICU_LOCALES)


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of ICU's data blob `icudtNN_dat` in `library`."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], check=True, capture_output=True, text=True
    ).stdout
    found = re.search(
        r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+"
        r"(icudt\d+_dat)\b",
        symbols,
    )
    if found is None:
        raise ValueError(f"{library}: no icudt*_dat symbol")
    address, size, name = int(found[1], 16), int(found[2], 0), found[3]
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for line in sections.splitlines():
        fields = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,})\s+([0-9a-f]{6,})\s+([0-9a-f]+)", line)
        if fields:
            start, offset, length = (int(f, 16) for f in fields.groups())
            if start <= address < start + length:
                return name, address - start + offset, size
    raise ValueError(f"{library}: {name} is in no section")


def shrink_icu_data(library: Path, work: Path) -> int:
    """Rebuild `library` (libicudataNN) with only the wanted items; returns bytes saved.

    Needs icupkg (Debian: icu-devtools) and binutils; returns 0, changing nothing, when they
    are missing or the library is not what we expect.
    """
    import shutil

    if not all(shutil.which(tool) for tool in ("icupkg", "readelf", "as", "ld")):
        return 0
    try:
        symbol, offset, size = _data_symbol(library)
    except (ValueError, subprocess.CalledProcessError):
        return 0
    work.mkdir(parents=True, exist_ok=True)
    package = work / f"{symbol.removesuffix('_dat')}l.dat"
    with library.open("rb") as handle:
        handle.seek(offset)
        package.write_bytes(handle.read(size))
    items = subprocess.run(
        ["icupkg", "-l", str(package)], check=True, capture_output=True, text=True
    ).stdout.split()
    unwanted = work / "remove.txt"
    unwanted.write_text("\n".join(i for i in items if not icu_item_wanted(i)) + "\n")
    smaller = work / "small" / package.name  # icupkg names the items after the file
    smaller.parent.mkdir(exist_ok=True)
    subprocess.run(
        ["icupkg", "-r", str(unwanted), str(package), str(smaller)], check=True, capture_output=True
    )
    source = work / "icudata.S"
    source.write_text(
        f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n"
        f'.balign 16\n{symbol}:\n.incbin "{smaller}"\n'
        f'.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n'
    )
    subprocess.run(["as", "-o", str(work / "icudata.o"), str(source)], check=True)
    rebuilt = work / library.name
    subprocess.run(
        ["ld", "-shared", "-soname", library.name, "-o", str(rebuilt), str(work / "icudata.o")],
        check=True,
    )
    before = library.stat().st_size
    shutil.copyfile(rebuilt, library)
    return before - library.stat().st_size
