"""Plan sections from the identity and crisis capabilities: visual identity, crisis readiness."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from planner import labels
from planner.domain.contrast import verdict
from planner.domain.crisis import TwoFactor
from planner.domain.crisis_due import next_review
from planner.domain.identity import Asset, AssetFormat, AssetKind, BrandKit, ColourRole
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.reports.pdf import sections
from planner.reports.pdf.html import bidi, esc, heading, ltr, table
from planner.reports.pdf.sections import PlanContext, Section

ROLES = {
    ColourRole.PRIMARY: QT_TRANSLATE_NOOP("PlanSections", "Primary"),
    ColourRole.SECONDARY: QT_TRANSLATE_NOOP("PlanSections", "Secondary"),
    ColourRole.ACCENT: QT_TRANSLATE_NOOP("PlanSections", "Accent"),
    ColourRole.BACKGROUND: QT_TRANSLATE_NOOP("PlanSections", "Background"),
    ColourRole.TEXT: QT_TRANSLATE_NOOP("PlanSections", "Text"),
    ColourRole.OTHER: QT_TRANSLATE_NOOP("PlanSections", "Other"),
}
TWO_FACTOR = {
    TwoFactor.OFF: QT_TRANSLATE_NOOP("PlanSections", "Off"),
    TwoFactor.APP: QT_TRANSLATE_NOOP("PlanSections", "Authenticator app"),
    TwoFactor.KEY: QT_TRANSLATE_NOOP("PlanSections", "Security key"),
    TwoFactor.SMS: QT_TRANSLATE_NOOP("PlanSections", "Text message"),
    TwoFactor.EMAIL: QT_TRANSLATE_NOOP("PlanSections", "E-mail"),
}
LOGO_WIDTH = 150  # px in the document (96 dpi); the image itself keeps its resolution


class PlanSections(QObject):
    """Translated texts of these sections."""

    def __init__(self, ctx: PlanContext) -> None:
        super().__init__()
        self.ctx = ctx

    def u(self, text: object) -> str:
        return bidi(text, self.ctx.rtl)

    def identity(self) -> Section | None:
        kits = self.ctx.workspace.kits.all()
        kit = campaign_kit(self.ctx)
        if kit is None:
            return None
        title = self.tr("Visual identity")
        html = heading("identity", title) + "<h3>" + self.u(self._kit_name(kit)) + "</h3>"
        if kit.colours:
            rows = []
            for c in kit.colours:
                on_white, on_black = verdict(c.hex, "#ffffff"), verdict(c.hex, "#000000")
                rows.append(
                    [
                        f'<table cellspacing="0" cellpadding="0"><tr><td bgcolor="{esc(c.hex)}"'
                        ' width="40" height="18">&nbsp;</td></tr></table>',
                        self.u(c.name),
                        ltr(c.hex.upper()),
                        esc(self.tr(ROLES[c.role])),
                        self._contrast(on_white.ratio, on_white.aa_normal, on_white.aaa_normal),
                        self._contrast(on_black.ratio, on_black.aa_normal, on_black.aaa_normal),
                    ]
                )
            html += (
                "<h3>"
                + self.tr("Colours")
                + "</h3>"
                + table(
                    [
                        "",
                        self.tr("Name"),
                        self.tr("Hex"),
                        self.tr("Role"),
                        self.tr("Contrast on white"),
                        self.tr("Contrast on black"),
                    ],
                    rows,
                    self.ctx.rtl,
                    [10, 22, 14, 14, 20, 20],
                )
            )
        assets = self.ctx.workspace.assets.of_kit(kit.id or 0)
        fonts = sorted({a.family or a.name for a in assets if a.format.is_font})
        if fonts:
            html += (
                "<h3>"
                + self.tr("Fonts")
                + "</h3><p>"
                + "<br/>".join(ltr(f) for f in fonts)
                + "</p>"
            )
        images: dict[str, QImage] = {}
        logos = _logos(self.ctx, kit, kits)
        cells = []
        for logo in logos[:4]:
            image = _picture(self.ctx.workspace.assets.data(logo.id or 0), logo.format)
            if image.isNull():
                continue
            key = f"logo-{logo.id}"
            images[key] = image
            height = round(LOGO_WIDTH * image.height() / max(1, image.width()))
            cells.append(
                f'<img src="{key}" width="{LOGO_WIDTH}" height="{height}"/><br/>'
                + self.u(logo.name)
            )
        if cells:
            html += (
                "<h3>"
                + self.tr("Logos")
                + "</h3>"
                + table([""] * len(cells), [cells], self.ctx.rtl)
            )
        if kit.guidelines.strip():
            html += "<h3>" + self.tr("Guidelines") + "</h3>" + self._guidelines(kit.guidelines)
        return Section("identity", title, html, images)

    def crisis(self) -> Section | None:
        crisis = self.ctx.workspace.crisis
        playbooks, responses = crisis.playbooks.list(), crisis.responses.list()
        records = {r.account_id: r for r in crisis.security.list()}
        if not (playbooks or responses or records):
            return None
        f = self.ctx.formatter
        title = self.tr("Risks, rumours and account security")
        html = heading("crisis", title)
        if playbooks:
            rows = [
                [
                    self.u(p.name),
                    esc(f.integer(len(p.steps))),
                    self.u("، ".join(sorted({s.owner for s in p.steps if s.owner})) or "—"),
                ]
                for p in playbooks
            ]
            html += (
                "<h3>"
                + self.tr("Response playbooks")
                + "</h3>"
                + table(
                    [self.tr("Playbook"), self.tr("Steps"), self.tr("Who acts")],
                    rows,
                    self.ctx.rtl,
                    [45, 15, 40],
                )
            )
        if responses:
            html += (
                "<h3>"
                + self.tr("Ready responses")
                + "</h3><p>"
                + "<br/>".join(self.u(r.title) for r in responses)
                + "</p>"
            )
        if records:
            rows = []
            for account in self.ctx.accounts:
                record = records.get(account.id or 0)
                if record is None:
                    continue
                due = next_review(record)
                rows.append(
                    [
                        esc(labels.platform(account.platform)),
                        ltr(account.handle),
                        esc(self.tr(TWO_FACTOR[record.two_factor])),
                        esc(f.integer(len(record.holders))),
                        esc(
                            f.date(record.last_access_review) if record.last_access_review else "—"
                        ),
                        esc(f.date(due) if due else "—"),
                    ]
                )
            html += (
                "<h3>"
                + self.tr("Account security")
                + "</h3><p>"
                + self.tr("Dates only: the planner never asks for or keeps a password or a code.")
                + "</p>"
                + table(
                    [
                        self.tr("Platform"),
                        self.tr("Account"),
                        self.tr("Two-step verification"),
                        self.tr("People with access"),
                        self.tr("Last access review"),
                        self.tr("Next review"),
                    ],
                    rows,
                    self.ctx.rtl,
                    [14, 20, 20, 14, 16, 16],
                )
            )
        return Section("crisis", title, html)

    def _guidelines(self, markdown: str) -> str:
        """The kit's guidelines (Markdown headings and lists) as escaped paragraphs."""
        out = []
        for line in markdown.splitlines():
            text = line.strip()
            if not text:
                continue
            if text.startswith("#"):
                out.append("<p><b>" + self.u(text.lstrip("#").strip()) + "</b></p>")
            elif text[:2] in ("- ", "* "):
                out.append("<p>• " + self.u(text[2:].strip()) + "</p>")
            else:
                out.append("<p>" + self.u(text) + "</p>")
        return "".join(out)

    def _kit_name(self, kit: BrandKit) -> str:
        return kit.name if self.ctx.rtl or not kit.name_en else kit.name_en

    def _contrast(self, ratio: float, aa: bool, aaa: bool) -> str:
        level = "AAA" if aaa else "AA" if aa else self.tr("fails AA")
        return ltr(self.ctx.formatter.digits_of(f"{ratio:.2f}:1")) + " " + esc(level)


def campaign_kit(ctx: PlanContext) -> BrandKit | None:
    """The campaign's brand kit, else the workspace's first one."""
    kits = ctx.workspace.kits.all()
    chosen = [k for k in kits if k.id == ctx.campaign.brand_kit_id] or kits[:1]
    return chosen[0] if chosen else None


def _logos(ctx: PlanContext, kit: BrandKit, kits: list[BrandKit]) -> list[Asset]:
    found = [
        a
        for a in ctx.workspace.assets.of_kit(kit.id or 0)
        if a.kind is AssetKind.LOGO and a.format.is_image
    ]
    if not found:  # a campaign's own kit often borrows the institution's logo
        found = [
            a
            for k in kits
            if k.id != kit.id
            for a in ctx.workspace.assets.of_kit(k.id or 0)
            if a.kind is AssetKind.LOGO and a.format.is_image
        ]
    return found


def cover_logo(ctx: PlanContext) -> QImage | None:
    """The first logo of the campaign's kit (or of the institution's) for the cover."""
    kit = campaign_kit(ctx)
    if kit is None:
        return None
    for logo in _logos(ctx, kit, ctx.workspace.kits.all()):
        image = _picture(ctx.workspace.assets.data(logo.id or 0), logo.format)
        if not image.isNull():
            return image
    return None


def _picture(data: bytes, fmt: AssetFormat) -> QImage:
    """A logo as an image at print resolution (SVG drawn at 4x the width it is shown at)."""
    if fmt is not AssetFormat.SVG:
        return QImage.fromData(data)
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QImage()
    size = renderer.defaultSize()
    width = LOGO_WIDTH * 4
    height = max(1, round(width * size.height() / max(1, size.width())))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        renderer.render(painter)
    finally:
        painter.end()
    return image


sections.register(60, lambda ctx: PlanSections(ctx).identity())
sections.register(80, lambda ctx: PlanSections(ctx).crisis())
