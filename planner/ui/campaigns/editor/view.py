"""The campaign editor: the plan in tabs; each valid edit is saved at once as one undo step."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QToolButton, QVBoxLayout, QWidget

from planner import labels as common_labels
from planner.domain.identity import BrandKit
from planner.domain.model import Account, Campaign, Segment
from planner.domain.names import display_name
from planner.domain.validation import Severity, ValidationIssue, errors, validate
from planner.formatting import Formatter
from planner.ui import plain
from planner.ui.campaigns.editor.approval import ApprovalPanel
from planner.ui.campaigns.editor.audience import AudienceSection
from planner.ui.campaigns.editor.evaluation import EvaluationSection
from planner.ui.campaigns.editor.identity import IdentitySection
from planner.ui.campaigns.editor.implementation import ImplementationSection
from planner.ui.campaigns.editor.objectives import ObjectivesSection
from planner.ui.campaigns.editor.section import Mutation, Section, issue_icon, page, severity_colour
from planner.ui.campaigns.editor.strategy import StrategySection
from planner.ui.commands import SaveCampaign
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.widgets import caption, heading
from planner.ui.workspace_widget import WorkspaceWidget

TABS = (
    "identity",
    "objectives",
    "audience",
    "strategy",
    "implementation",
    "evaluation",
    "approval",  # not a Section: the plan's versions, see editor/approval.py
)


class CampaignEditor(WorkspaceWidget):
    """Edits one campaign's whole plan. Nothing is saved while an error remains."""

    backRequested = Signal()

    def __init__(
        self, doc: Document, fmt: Formatter, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(doc, fmt, dialogs, parent)
        self.campaign_id: int | None = None
        self.stored: Campaign | None = None
        self.draft = Campaign("", dt.date.today(), dt.date.today())
        self.segments: list[Segment] = []
        self.accounts: list[Account] = []
        self.kits: list[BrandKit] = []
        self.issues: list[ValidationIssue] = []
        self.local_problems: set[str] = set()  # typed text that is not a value (e.g. money)
        self._serial = 0
        self._saving = False

        self.back = QToolButton()
        self.back.setIcon(icon("back"))
        self.back.setText(self.tr("All campaigns"))
        self.back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back.setToolTip(
            self.tr("Back to the list of campaigns (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Back).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.back.setAccessibleName(self.tr("Back to the list of campaigns"))
        self.back.clicked.connect(self.leave)
        self.title = heading("")
        reading_side = (
            Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        )
        self.title.setAlignment(
            reading_side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )  # an Arabic name in English too
        self.subtitle = caption()
        self.state = caption()
        self.state.setWordWrap(False)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.sections: list[Section] = [
            IdentitySection(self),
            ObjectivesSection(self),
            AudienceSection(self),
            StrategySection(self),
            ImplementationSection(self),
            EvaluationSection(self),
        ]
        for section in self.sections:
            self.tabs.addTab(page(section), section.title())
        self.approval = ApprovalPanel(self)
        self.tabs.addTab(page(self.approval), self.tr("Approval"))
        self.tabs.currentChanged.connect(self._focus_moved)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addSpacing(12)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.state, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        doc.changed.connect(self._on_changed)
        app = QCoreApplication.instance()
        if app is not None and hasattr(app, "focusChanged"):
            app.focusChanged.connect(self._focus_moved)

    # opening and leaving --------------------------------------------------------------------
    def open(self, campaign_id: int, tab: str = "identity") -> None:
        """Show campaign `campaign_id` (raises KeyError when there is none)."""
        self.doc.workspace.campaigns.get(campaign_id)
        self.campaign_id = campaign_id
        self.local_problems.clear()
        self._load_references()
        self._reload()
        self.approval.set_campaign(campaign_id)
        self.show_tab(tab)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def section(self, key: str) -> Section:
        return self.sections[TABS.index(key)]

    def has_unsaved_changes(self) -> bool:
        return self.stored is not None and (self.draft != self.stored or bool(self.local_problems))

    def leave(self) -> None:
        """Back to the list; unsaved (invalid) changes are dropped after asking."""
        if self.has_unsaved_changes() and not self.dialogs.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "Some changes are not saved because of the problems marked in red. "
                "Leave the campaign and drop them?"
            ),
        ):
            return
        self.campaign_id = None
        self.stored = None
        self.approval.set_campaign(None)
        self.backRequested.emit()

    # editing --------------------------------------------------------------------------------
    def edit(self, field: str, text: str, mutate: Mutation, merge: bool = False) -> bool:
        """Apply one change of the officer's to the plan and save it if the plan is valid.

        `field` names what changed; with `merge`, further changes of the same field without
        leaving it join the same undo step (typing a name is undone at once).
        """
        if self.stored is None:
            return False
        mutate(self.draft)
        self.issues = validate(self.draft)
        if errors(self.issues):
            self._show_issues()
            return False
        if self.draft == self.stored:
            self._show_issues()
            return True
        key = f"{self.stored.id}:{field}:{self._serial}" if merge else ""
        command = SaveCampaign(self.doc, self.stored, self.draft, text, key)
        self._saving = True  # our own save: what storage now holds is command.after
        try:
            self.doc.undo_stack.push(command)
        finally:
            self._saving = False
        assert command.after is not None  # a saved plan, never a deletion
        self._show(command.after)  # with the ids storage gave to new rows
        self.message.emit(self.tr("Campaign saved"))
        return True

    def local_problem(self, field: str, present: bool) -> None:
        """A field holds text that cannot become a value (it stays unsaved and is counted)."""
        if (field in self.local_problems) != present:
            self.local_problems.symmetric_difference_update({field})
            self._show_state()

    def _focus_moved(self, *_: object) -> None:
        self._serial += 1

    # loading --------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if self.campaign_id is None:
            return
        if topic in ("segments", "accounts", "identity", "all"):
            self._load_references()
        if topic in ("campaigns", "identity", "all") and not self._saving:
            self._reload()  # (deleting a kit in the Identity screen unlinks its campaigns)

    def _load_references(self) -> None:
        self.segments = self.doc.workspace.segments.list()
        self.accounts = self.doc.workspace.accounts.list()
        self.kits = self.doc.workspace.kits.all()
        for section in self.sections:
            section.references_changed()

    def _reload(self) -> None:
        assert self.campaign_id is not None
        try:
            stored = self.doc.workspace.campaigns.get(self.campaign_id)
        except KeyError:  # undone creation, or deleted elsewhere
            self.campaign_id = None
            self.stored = None
            self.backRequested.emit()
            return
        self._show(stored)

    def _show(self, stored: Campaign) -> None:
        """Make `stored` the saved state and show it (fields already right are left alone).

        `stored` is never changed here (edits go to the draft, a copy), so it can be shared.
        """
        self.stored = stored
        self.draft = copy.deepcopy(stored)
        plain.set_text(self.title, display_name(stored, self.fmt.lang))
        self.subtitle.setText(
            f"{common_labels.campaign_type(stored.type)}{self.fmt.parts}"
            f"{self.fmt.date_range(stored.start, stored.end)}"
        )
        for section in self.sections:
            section.load(self.draft)
        self.issues = validate(self.draft)
        self._show_issues()

    def _show_issues(self) -> None:
        for i, section in enumerate(self.sections):
            mine = section.mine(self.issues)
            section.show_issues(mine)
            worst = min(
                (x.severity for x in mine),
                default=None,
                key=lambda s: 0 if s is Severity.ERROR else 1,
            )
            self.tabs.setTabIcon(i, issue_icon(worst) if worst else QIcon())
            self.tabs.setTabToolTip(
                i,
                "\n".join(
                    self.fmt.counted(self.tr("%n problems to correct", "", n), n)
                    for n in [len(errors(mine))]
                    if n
                ),
            )
        self._show_state()

    def _show_state(self) -> None:
        blocking = len(errors(self.issues)) + len(self.local_problems)
        if blocking:
            self.state.setText(
                self.fmt.counted(
                    self.tr("Not saved: correct the %n marked problems", "", blocking), blocking
                )
            )
            self.state.setStyleSheet(f"color: {severity_colour(Severity.ERROR)};")
        else:
            self.state.setText(self.tr("Every change is saved"))
            self.state.setStyleSheet("")
