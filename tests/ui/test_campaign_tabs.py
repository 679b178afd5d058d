"""The editor's tabs as a user fills them: tables, ticks, money, results; each edit undoable."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from planner.domain.model import Metric, Platform
from planner.formatting import Digits, Formatter
from planner.ui.campaigns.screen import CampaignsScreen
from planner.ui.document import Document
from tests.ui import user
from tests.ui.user import type_text

english = user.english  # the fixture: the interface in English


@pytest.fixture
def screen(qtbot, workspace, dialogs, english):
    widget = CampaignsScreen(Document(workspace), Formatter("en", Digits.LATIN), dialogs)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1060, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def running(workspace):
    """The sample's campaign in flight, as stored."""
    summary = next(c for c in workspace.campaigns.summaries() if c.name == "مسقط أجمل بنظافتها")
    return workspace.campaigns.get(summary.id)


def open_tab(screen, campaign, tab):
    screen.open_campaign(campaign.id, tab)
    return screen.editor.section(tab)


def commit(qtbot, block, text):
    """Type into the cell being edited and press Enter (the view commits it just after)."""
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: block.table.state() != QAbstractItemView.State.EditingState)


def edit_cell(qtbot, block, row, column, text):
    """Select a cell, start editing with F2, type, and press Enter, as a user does."""
    block.table.setFocus()
    block.table.setCurrentIndex(block.model.index(row, column))
    qtbot.keyClick(block.table, Qt.Key.Key_F2)
    commit(qtbot, block, text)


def stored(workspace, campaign):
    return workspace.campaigns.get(campaign.id)


# --- objectives -----------------------------------------------------------------------------------
def test_objectives_models_keep_the_qt_contract(screen, running, qtmodeltester):
    """The objectives and KPI tables pass Qt's model tester with real data."""
    tab = open_tab(screen, running, "objectives")
    for model in (tab.objectives_model, tab.kpi_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_adding_an_objective_warns_until_it_has_a_kpi(screen, running, workspace, qtbot):
    """A new objective is saved once written, with a warning until a KPI measures it."""
    tab = open_tab(screen, running, "objectives")
    qtbot.mouseClick(tab.objectives.add_button, Qt.MouseButton.LeftButton)
    commit(qtbot, tab.objectives, "خفض المخلفات في الشواطئ")
    plan = stored(workspace, running)
    assert plan.objectives[-1].text == "خفض المخلفات في الشواطئ"
    assert "no KPI" in tab.objectives.message.text()
    assert tab.kpis.title.text() == "KPIs of objective 4"

    qtbot.mouseClick(tab.kpis.add_button, Qt.MouseButton.LeftButton)
    assert "target equals the baseline" in tab.kpis.message.text()
    assert stored(workspace, running).objectives[-1].kpis == []  # not saved while invalid
    commit(qtbot, tab.kpis, "250")
    kpi = stored(workspace, running).objectives[-1].kpis[0]
    assert (kpi.metric, kpi.baseline, kpi.target) == (Metric.REACH, 0, 250)
    assert "no KPI" not in tab.objectives.message.text()

    stack = screen.editor.doc.undo_stack
    stack.undo()
    stack.undo()
    assert len(stored(workspace, running).objectives) == len(running.objectives)
    stack.redo()
    assert stored(workspace, running).objectives[-1].text == "خفض المخلفات في الشواطئ"


def test_a_kpi_typed_in_arabic_digits_is_read(screen, running, workspace, qtbot):
    """Arabic-Indic digits typed into a KPI's baseline become the number they write."""
    tab = open_tab(screen, running, "objectives")
    edit_cell(qtbot, tab.kpis, 0, 1, "١٢٬٥٠٠")
    assert stored(workspace, running).objectives[0].kpis[0].baseline == 12500


def test_target_equal_to_baseline_is_refused(screen, running, workspace, qtbot):
    """Making a KPI's target equal its baseline shows the message and keeps the stored KPI."""
    tab = open_tab(screen, running, "objectives")
    kpi = running.objectives[0].kpis[0]
    edit_cell(qtbot, tab.kpis, 0, 2, str(int(kpi.baseline)))
    assert "baseline" in tab.kpis.message.text()
    assert tab.kpi_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert stored(workspace, running).objectives[0].kpis[0].target == kpi.target
    assert "Not saved" in screen.editor.state.text()


# --- audience -------------------------------------------------------------------------------------
def test_audience_model_keeps_the_qt_contract(screen, running, qtmodeltester):
    """The segments table passes Qt's model tester."""
    tab = open_tab(screen, running, "audience")
    assert tab.model.rowCount() > 0
    qtmodeltester.check(tab.model)


def test_targeting_a_segment_and_writing_its_insight(screen, running, workspace, qtbot):
    """Ticking a segment targets it; its insight is typed beside and undone in one step."""
    tab = open_tab(screen, running, "audience")
    row = next(
        r for r in range(tab.model.rowCount()) if tab.model.segment(r).name == "موظفو القطاع العام"
    )
    index = tab.model.index(row, 0)
    assert tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    segment_id = tab.model.segment(row).id
    assert segment_id in [t.segment_id for t in stored(workspace, running).audience]
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    assert tab.insight.isEnabled()
    tab.insight.setFocus()
    type_text(tab.insight, "يتابعون صباحًا")
    target = next(t for t in stored(workspace, running).audience if t.segment_id == segment_id)
    assert target.insight == "يتابعون صباحًا"
    screen.editor.doc.undo_stack.undo()
    target = next(t for t in stored(workspace, running).audience if t.segment_id == segment_id)
    assert target.insight == ""
    assert tab.insight.toPlainText() == ""


# --- strategy -------------------------------------------------------------------------------------
def test_strategy_models_keep_the_qt_contract(screen, running, qtmodeltester):
    """The key messages, channels and partners models pass Qt's model tester."""
    tab = open_tab(screen, running, "strategy")
    for model in (tab.messages_model, tab.channels_model, tab.partners_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_key_messages_stop_at_five_and_hashtags_are_split(screen, running, workspace, qtbot):
    """A sixth key message cannot be added; hashtags typed with spaces become a list."""
    tab = open_tab(screen, running, "strategy")
    assert len(running.messages) == 5
    assert not tab.messages.add_button.isEnabled()
    tab.messages.go_to(4)
    qtbot.mouseClick(tab.messages.remove_button, Qt.MouseButton.LeftButton)
    assert tab.messages.add_button.isEnabled()
    tab.hashtags.setFocus()
    tab.hashtags.selectAll()
    type_text(tab.hashtags, "#مسقط  #نظافة")
    assert stored(workspace, running).hashtags == ["#مسقط", "#نظافة"]
    assert tab.hashtags.text() == "#مسقط  #نظافة"  # what was typed stays as typed


def test_a_partner_without_a_name_is_not_saved(screen, running, workspace, qtbot):
    """Clearing a partner's name shows the message and keeps the stored name."""
    tab = open_tab(screen, running, "strategy")
    assert not tab.partners_model.setData(tab.partners_model.index(0, 0), " ")
    assert "partner's name" in tab.partners.message.text()
    assert stored(workspace, running).partners[0].name == running.partners[0].name


def test_unticking_a_channel(screen, running, workspace):
    """Unticking an account removes it from the campaign's channels."""
    tab = open_tab(screen, running, "strategy")
    index = tab.channels_model.index(0)
    account_id = index.data(Qt.ItemDataRole.UserRole)
    tab.channels_model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert account_id not in stored(workspace, running).channel_account_ids


# --- implementation -------------------------------------------------------------------------------
def test_phases_model_keeps_the_qt_contract(screen, running, qtmodeltester):
    """The phases table passes Qt's model tester."""
    tab = open_tab(screen, running, "implementation")
    assert tab.phases_model.rowCount() > 0
    qtmodeltester.check(tab.phases_model)


def test_budget_typed_in_rials_updates_the_total(screen, running, workspace, qtbot):
    """A typed amount is read as rials (3 decimals); the total follows as you type."""
    tab = open_tab(screen, running, "implementation")
    field = tab.amounts[Platform.WHATSAPP]
    field.setFocus()
    type_text(field, "1,250.5")
    plan = stored(workspace, running)
    assert {b.platform: b.amount_baisa for b in plan.budget}[Platform.WHATSAPP] == 1_250_500
    assert tab.total.text() == Formatter("en", Digits.LATIN).money(
        sum(b.amount_baisa for b in plan.budget)
    )
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "OMR\xa01,250.500"


def test_the_plan_version_is_typed_saved_and_undone(screen, running, workspace, qtbot):
    """The version printed on the cover is typed on the Implementation tab, saved at once
    and undone in one step."""
    tab = open_tab(screen, running, "implementation")
    assert tab.version.text() == stored(workspace, running).version
    tab.version.setFocus()
    tab.version.selectAll()
    type_text(tab.version, "3.1")
    assert stored(workspace, running).version == "3.1"
    screen.editor.doc.undo_stack.undo()
    assert stored(workspace, running).version != "3.1"


def test_an_amount_that_is_not_money_is_explained(screen, running, workspace, qtbot):
    """Letters or a fourth decimal are explained beside the field and not stored."""
    tab = open_tab(screen, running, "implementation")
    field = tab.amounts[Platform.X]
    field.setFocus()
    field.selectAll()
    type_text(field, "abc")
    assert "number of rials" in tab.amount_messages[Platform.X].text()
    assert "Not saved" in screen.editor.state.text()
    assert stored(workspace, running).budget == running.budget
    field.selectAll()
    type_text(field, "12.3456")  # "12.345" was a valid amount on the way, and was saved
    assert "three decimals" in tab.amount_messages[Platform.X].text()
    assert {b.platform: b.amount_baisa for b in stored(workspace, running).budget}[
        Platform.X
    ] == 12_345


def test_a_phase_outside_the_campaign_is_refused(screen, running, workspace, qtbot):
    """A phase ending after the campaign is explained and not saved."""
    tab = open_tab(screen, running, "implementation")
    late = running.end + dt.timedelta(days=3)
    assert not tab.phases_model.setData(tab.phases_model.index(0, 2), late)
    assert "outside the campaign" in tab.phases.message.text()
    assert stored(workspace, running).phases == running.phases


def test_adding_a_named_phase(screen, running, workspace, qtbot):
    """Add phase, type its name, Enter: the phase is saved within the campaign's dates."""
    tab = open_tab(screen, running, "implementation")
    qtbot.mouseClick(tab.phases.add_button, Qt.MouseButton.LeftButton)
    commit(qtbot, tab.phases, "المتابعة")
    phase = stored(workspace, running).phases[-1]
    assert phase.name == "المتابعة"
    assert running.start <= phase.start <= phase.end <= running.end


# --- evaluation -----------------------------------------------------------------------------------
def test_evaluation_models_keep_the_qt_contract(screen, running, qtmodeltester):
    """The results and reports tables pass Qt's model tester."""
    tab = open_tab(screen, running, "evaluation")
    for model in (tab.kpi_model, tab.reports_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_actual_value_gives_the_achievement(screen, running, workspace, qtbot):
    """Typing a KPI's actual value stores it and shows the achieved percentage."""
    tab = open_tab(screen, running, "evaluation")
    kpi = running.objectives[0].kpis[0]
    edit_cell(qtbot, tab.kpis, 0, 4, str(int(kpi.baseline + (kpi.target - kpi.baseline) / 2)))
    assert stored(workspace, running).objectives[0].kpis[0].actual is not None
    assert tab.kpi_model.index(0, 5).data() == "50%"
    edit_cell(qtbot, tab.kpis, 0, 4, "")
    assert stored(workspace, running).objectives[0].kpis[0].actual is None


def test_adding_a_report(screen, running, workspace, qtbot):
    """A new report, once titled, is saved with a due date after the campaign."""
    tab = open_tab(screen, running, "evaluation")
    qtbot.mouseClick(tab.reports.add_button, Qt.MouseButton.LeftButton)
    commit(qtbot, tab.reports, "تقرير المتابعة")
    report = stored(workspace, running).reports[-1]
    assert report.title == "تقرير المتابعة" and report.due > running.end
