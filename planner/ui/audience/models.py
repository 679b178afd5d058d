"""Table models of the Audience & accounts screen: accounts, segments, their matrix, best times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from planner import labels
from planner.domain import bidi
from planner.domain.model import Account, BestTime, Platform, Segment
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui import plain, theme
from planner.ui.icons import platform_icon
from planner.ui.table_model import Column, ColumnModel, Index

OnEdit = Callable[[int, int, Any], bool]
IdRole = Qt.ItemDataRole.UserRole + 1
PlatformsRole = Qt.ItemDataRole.UserRole + 2
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole


def ticked_colour() -> QColor:
    """A ticked cell's tint (the tick itself says it too), for the light or the dark theme."""
    return QColor("#1f4f4f" if theme.is_dark() else "#cfe8e8")


# The Omani week starts on Sunday; BestTime counts 0 = Monday ... 6 = Sunday.
WEEK = (6, 0, 1, 2, 3, 4, 5)


def _checked(value: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked


def weekday_name(fmt: Formatter, weekday: int) -> str:
    """The weekday's name in the officer's language (0 = Monday)."""
    monday = dt.date(2026, 11, 23)
    return fmt.weekday(monday + dt.timedelta(days=weekday))


class _Table(ColumnModel[Any]):
    """Rows replaced whole after every saved edit; edits go to `on_edit`, never to the rows.
    A cell shows its column's text by the bidi rule (plain.shown), but for the columns of
    counts we wrote ourselves (OWN_TEXT), and edits the text as it is."""

    CONTEXT = ""
    EDITABLE: tuple[int, ...] = ()
    OWN_TEXT: tuple[int, ...] = ()

    def __init__(
        self, fmt: Formatter, on_edit: OnEdit | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.on_edit = on_edit

    def set_rows(self, rows: list[Any]) -> None:
        self._update_rows(rows)

    def row(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        value = super().data(index, role)
        if role == DISPLAY and value is not None and index.column() not in self.OWN_TEXT:
            return plain.shown(value)
        return value

    def other(self, item: Any, column: int, role: int) -> Any:
        if role == IdRole:
            return item.id
        if role == EDIT:
            return self.columns[column].text(item)
        return self.cell(item, column, role)

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What `item` answers in `column` for a role its column does not describe."""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE and self.on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if (
            role != EDIT
            or not index.isValid()
            or index.column() not in self.EDITABLE
            or self.on_edit is None
            or value == self.data(index, EDIT)
        ):
            return False
        return self.on_edit(index.row(), index.column(), value)


class AccountsModel(_Table):
    """The institution's accounts: platform, handle, URL, followers, segments, best times."""

    PLATFORM, HANDLE, URL, FOLLOWERS, SEGMENTS, TIMES = range(6)
    CONTEXT = "AccountsModel"
    EDITABLE = (PLATFORM, HANDLE, URL, FOLLOWERS)

    def __init__(
        self, fmt: Formatter, on_edit: OnEdit | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(fmt, on_edit, parent)
        self.segment_names: dict[int, str] = {}
        self.set_columns(
            Column(QT_TRANSLATE_NOOP("AccountsModel", "Platform"), _platform),
            Column(QT_TRANSLATE_NOOP("AccountsModel", "Handle"), lambda a: a.handle),
            Column(QT_TRANSLATE_NOOP("AccountsModel", "Address"), lambda a: a.url, _url_tip),
            Column(
                QT_TRANSLATE_NOOP("AccountsModel", "Followers"),
                lambda a: fmt.integer(a.followers),
                trailing=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("AccountsModel", "Segments reached"),
                self._segments,
                lambda a: self._segments(a) or None,
            ),
            Column(QT_TRANSLATE_NOOP("AccountsModel", "Best posting times"), self._times),
        )

    def other(self, a: Account, column: int, role: int) -> Any:
        if role == EDIT and column in self.EDITABLE:
            return (a.platform.value, a.handle, a.url, a.followers)[column]
        return super().other(a, column, role)

    def cell(self, a: Account, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.PLATFORM:
            return platform_icon(a.platform)
        return None

    def _segments(self, a: Account) -> str:
        return "، ".join(self.segment_names.get(s, "") for s in a.segment_ids)

    def _times(self, a: Account) -> str:
        return (
            QCoreApplication.translate("AccountsModel", "%1 a week").replace(
                "%1", self.fmt.integer(len(a.best_times))
            )
            if a.best_times
            else ""
        )


def _platform(a: Account) -> str:
    return labels.platform(a.platform)


def _url_tip(a: Account) -> str | None:
    return a.url or None


class SegmentsModel(_Table):
    """The segments of society the institution speaks to, and the platforms that reach them."""

    NAME, DESCRIPTION, PLATFORMS, ACCOUNTS = range(4)
    CONTEXT = "SegmentsModel"
    EDITABLE = (NAME, DESCRIPTION)
    OWN_TEXT = (ACCOUNTS,)

    def __init__(
        self, fmt: Formatter, on_edit: OnEdit | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(fmt, on_edit, parent)
        self.account_counts: dict[int, int] = {}
        self.set_columns(
            Column(QT_TRANSLATE_NOOP("SegmentsModel", "Segment"), lambda s: s.name),
            Column(
                QT_TRANSLATE_NOOP("SegmentsModel", "Description"),
                lambda s: s.description,
                lambda s: s.description or None,
            ),
            Column(
                QT_TRANSLATE_NOOP("SegmentsModel", "Platforms that reach it"),
                lambda s: "",  # painted by the platforms delegate
                _platform_names,
            ),
            Column(
                QT_TRANSLATE_NOOP("SegmentsModel", "Accounts"),
                lambda s: fmt.integer(self.account_counts.get(s.id or -1, 0)),
            ),
        )

    def cell(self, s: Segment, column: int, role: int) -> Any:
        if role == PlatformsRole:
            return [p.value for p in s.platforms]
        tooltip = self.columns[column].tooltip
        if role == Qt.ItemDataRole.AccessibleTextRole and tooltip is not None:
            return tooltip(s)
        return None


def _platform_names(s: Segment) -> str:
    return "، ".join(labels.platform(p) for p in s.platforms)


class _TickGrid(QAbstractTableModel):
    """A grid of ticks, tinted where ticked; a click anywhere in a cell asks `toggle`."""

    def ticked(self, row: int, column: int) -> bool:
        raise NotImplementedError

    def describe(self, row: int, column: int) -> str:
        raise NotImplementedError

    def toggle(self, row: int, column: int, checked: bool) -> bool:
        raise NotImplementedError

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Not ItemIsUserCheckable: the grid toggles a tick on a click anywhere in the cell.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        ticked = self.ticked(index.row(), index.column())
        if role == CHECK:
            return _checked(ticked)
        if role == Qt.ItemDataRole.BackgroundRole and ticked:
            return ticked_colour()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(index.row(), index.column())
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != CHECK or not index.isValid():
            return False
        return self.toggle(
            index.row(), index.column(), Qt.CheckState(value) == Qt.CheckState.Checked
        )


class MatrixModel(_TickGrid):
    """Segments down, platforms across: ticked where the platform reaches the segment."""

    def __init__(
        self,
        on_toggle: Callable[[int, Platform, bool], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_toggle = on_toggle
        self._segments: list[Segment] = []
        self._accounts: list[Account] = []

    def set_rows(self, segments: list[Segment], accounts: list[Account]) -> None:
        self.beginResetModel()
        self._segments, self._accounts = list(segments), list(accounts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Platform)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Platform):
            platform = list(Platform)[section]
            if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
                return labels.platform(platform)
            if role == Qt.ItemDataRole.DecorationRole:
                return platform_icon(platform)
        if (
            orientation == Qt.Orientation.Vertical
            and role == DISPLAY
            and 0 <= section < len(self._segments)
        ):
            return self._segments[section].name
        return None

    def ticked(self, row: int, column: int) -> bool:
        return list(Platform)[column] in self._segments[row].platforms

    def describe(self, row: int, column: int) -> str:
        segment = self._segments[row]
        platform = list(Platform)[column]
        handles = [
            a.handle
            for a in self._accounts
            if a.platform is platform and segment.id in a.segment_ids
        ]
        reached = (
            QCoreApplication.translate("MatrixModel", "%1 reaches %2")
            .replace("%1", labels.platform(platform))
            .replace("%2", bidi.isolate(segment.name))
            if platform in segment.platforms
            else QCoreApplication.translate("MatrixModel", "%1 does not reach %2")
            .replace("%1", labels.platform(platform))
            .replace("%2", bidi.isolate(segment.name))
        )
        return reached + (f" ({'، '.join(handles)})" if handles else "")

    def toggle(self, row: int, column: int, checked: bool) -> bool:
        if self.on_toggle is None:
            return False
        return self.on_toggle(self._segments[row].id or -1, list(Platform)[column], checked)


class BestTimesModel(_TickGrid):
    """An account's week: days of the Omani week down, the 24 hours across, good hours ticked."""

    def __init__(
        self,
        fmt: Formatter,
        on_toggle: Callable[[BestTime, bool], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.on_toggle = on_toggle
        self._times: set[tuple[int, int]] = set()

    def set_times(self, times: list[BestTime]) -> None:
        self._times = {(t.weekday, t.hour) for t in times}
        self.dataChanged.emit(self.index(0, 0), self.index(6, 23))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 24

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 24:
            return self.fmt.integer(section)
        if orientation == Qt.Orientation.Vertical and 0 <= section < 7:
            return weekday_name(self.fmt, WEEK[section])
        return None

    def ticked(self, row: int, column: int) -> bool:
        return (WEEK[row], column) in self._times

    def describe(self, row: int, column: int) -> str:
        return f"{weekday_name(self.fmt, WEEK[row])} {self.fmt.time(dt.time(column))}"

    def toggle(self, row: int, column: int, checked: bool) -> bool:
        if self.on_toggle is None:
            return False
        return self.on_toggle(BestTime(WEEK[row], column), checked)
