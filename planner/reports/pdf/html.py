"""Small HTML builders for QTextDocument: everything typed by the user is escaped here."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from planner.domain import bidi as rule
from planner.domain.text import clean
from planner.fonts import FAMILIES
from planner.reports.pdf.flow import FLOW, ROW, ROWS_END

LONG_TABLE = 1  # rows: a table of more is placed a page of rows at a time (flow.Rows)
FONT_STACK = ", ".join(f"'{family}'" for family in FAMILIES)


# Optional Arabic diacritics (tanween, fatha ... sukun, superscript alef). Qt draws each on
# its own raised baseline, and pdftotext then cuts the line there and puts the halves out of
# order ("صباحًا" came out as "صبا ً" ... "حا"). Words read the same without them, and the
# plan must stay searchable and copyable, so the PDF leaves them out; the workspace keeps them.
TASHKEEL = re.compile("[\u064b-\u0652\u0670]")


def esc(text: object) -> str:
    """Escape a value for HTML text; line breaks become <br>. No markup survives."""
    plain = TASHKEEL.sub("", clean(str(text)))  # no control character reaches the PDF
    return html.escape(plain, quote=True).replace("\n", "<br/>")


def bidi(text: object, rtl: bool = True) -> str:
    """Escape user text by the one bidi rule (planner.domain.bidi, docs/bidi.md): every line in
    the direction of its first strong letter, runs of the other direction (a handle, a link,
    an English sentence in an Arabic post) isolated. The same in a document of either
    direction; `rtl` is kept for the callers' sake."""
    return esc(rule.shown(str(text)))


def blocks(text: object) -> str:
    """Escape a text of several lines (a post) as one block per line, each line set in the
    direction of its first strong letter and aligned on that side, runs isolated as `bidi`
    does. For a table cell; never inside a <p>."""
    out = []
    for line in str(text).splitlines() or [""]:
        found = rule.direction(line)
        if found is None:
            out.append(f"<div>{esc(line) or '&nbsp;'}</div>")
            continue
        side = "right" if found == "rtl" else "left"
        out.append(f'<div dir="{found}" align="{side}">{bidi(line)}</div>')
    return "".join(out)


def ltr(text: object) -> str:
    """Escape a left-to-right value (a handle, a URL, a hex code) so that it keeps its order
    inside right-to-left text: a left-to-right isolate keeps its edge punctuation with it."""
    return esc(rule.ltr(str(text)))


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    rtl: bool,
    widths: Sequence[int] | None = None,
    header_bg: str = "#e6efef",
    caption: str = "",
) -> str:
    """A bordered table whose cells are already-escaped HTML.

    QTextDocument does not mirror tables under RTL, so for Arabic the columns are written
    in reverse order: the first column ends up on the right, where the reader starts.
    A `caption` heads the table as a row of its own above the column names: repeated with
    them on every page, and never left alone at the bottom of a page, as Qt moves a table
    whose header rows would be.
    """
    order = list(range(len(headers)))
    if rtl:
        order.reverse()
    align = "right" if rtl else "left"
    cols = ""
    head = "".join(
        f'<th align="{align}" bgcolor="{header_bg}"'
        + (f' width="{widths[i]}%"' if widths else "")
        + f">{headers[i]}</th>"
        for i in order
    )
    cells = [
        "<tr>" + "".join(f'<td align="{align}" valign="top">{row[i]}</td>' for i in order) + "</tr>"
        for row in rows
    ]
    # a table of several rows is laid out a page of rows at a time (flow.Rows): its rows
    # are marked
    long = len(cells) > LONG_TABLE
    body = "".join(ROW + c for c in cells) + ROWS_END if long else "".join(cells)
    title = (
        f'<tr><th colspan="{len(headers)}" align="{align}" bgcolor="#f5f8f8"'
        f' style="font-size: 10pt; color: #3e4c59;">{caption}</th></tr>'
        if caption
        else ""
    )
    thead = f"<thead>{title}<tr>{head}</tr></thead>" if any(headers) or caption else ""
    return (
        f'<table class="grid" width="100%" border="0.5" cellspacing="0" cellpadding="5"'
        f' style="border-color: #b9c4c9;">{cols}{thead}'
        f"<tbody>{body}</tbody></table>" + (FLOW if long else "")
    )


def titled(title: str, body: str) -> str:
    """`body` (HTML) under a title of its own (an <h3>; `title` is escaped already)."""
    return f"<h3>{title}</h3>{body}"


def lead_in(text: str) -> str:
    """A paragraph that introduces the table under it (an objective over its indicators):
    an <h4> drawn as body text, so that the paginator keeps it with the table's first row as
    it keeps a heading (never the last line of a page, its table on the next)."""
    return f"<h4>{text}</h4>"


def translated(context: str, *texts: str) -> list[str]:
    """`texts` (marked for lupdate with QT_TRANSLATE_NOOP in `context`), translated."""
    return [QCoreApplication.translate(context, text) for text in texts]


def key_values(pairs: Sequence[tuple[str, str]], rtl: bool) -> str:
    """Label/value lines as a borderless two-column table, labels on the reading side."""
    align = "right" if rtl else "left"
    rows = []
    for label, value in pairs:
        cells = [
            f'<td width="28%" align="{align}" valign="top"><b>{label}</b></td>',
            f'<td align="{align}" valign="top">{value}</td>',
        ]
        if rtl:
            cells.reverse()
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


def heading(anchor: str, text: str) -> str:
    return f'<h2><a name="{anchor}"></a>{text}</h2>'


def page_break() -> str:
    return '<p style="page-break-after: always; margin: 0;">&nbsp;</p>'
