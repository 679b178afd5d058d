"""The brand-kit sheet for the PDF and PNG exports: `paint_brand_sheet(painter, rect, kit,
formatter)` on any paint device, `export_brand_sheet_png(...)`, and `kit_sheet(workspace, id)`
to gather a kit's colours, fonts and logos. Implemented in planner.reports.identity.sheet."""

from __future__ import annotations

from planner.reports.identity.sheet import (
    KitSheet,
    SheetFile,
    export_brand_sheet_png,
    kit_sheet,
    paint_brand_sheet,
)

__all__ = ["KitSheet", "SheetFile", "export_brand_sheet_png", "kit_sheet", "paint_brand_sheet"]
