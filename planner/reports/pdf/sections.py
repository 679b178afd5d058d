"""Optional sections of the plan PDF that other capabilities contribute (charts, identity, ...).

A provider gets the plan's context and returns a Section, or None when it has nothing to
say for this campaign (the section is then left out cleanly, contents included).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from planner.domain.model import Account, Campaign, Post, Segment
from planner.formatting import Formatter
from planner.reports.charts.drawing import Drawing
from planner.storage.workspace import Workspace


@dataclass
class PlanContext:
    """Everything a section may need, loaded once."""

    workspace: Workspace
    campaign: Campaign
    posts: list[Post]
    segments: dict[int, Segment]
    accounts: list[Account]
    formatter: Formatter
    rtl: bool
    institution: str
    version: int | None = None  # the plan as frozen in this version; None: the live plan


@dataclass
class Section:
    """A titled part of the plan: escaped HTML and the images it refers to by name; the
    drawings (charts as vectors) it refers to the same way are made when painted."""

    anchor: str
    title: str
    html: str
    images: dict[str, QImage] = field(default_factory=dict)
    drawings: Mapping[str, Callable[[], Drawing]] = field(default_factory=dict)


Provider = Callable[[PlanContext], Section | None]

# (order, provider): the order places the section among the built-in ones, which use
# 5 version history and changes since approval, 10 summary, 20 audience, 30 strategy,
# 40 schedule, 60 identity, 70 budget, 80 risks, 90 evaluation, 100 approval.
# Coverage charts take 50.
PROVIDERS: list[tuple[int, Provider]] = []


def register(order: int, provider: Provider) -> None:
    PROVIDERS.append((order, provider))
