"""The Crisis & security screen as the officer uses it: log an incident, run its playbook,
tick steps, pause posts for a severe incident, answer followers, fill a ready response,
keep the security register; every edit undone with Ctrl+Z."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from planner.domain.crisis import Scenario, Severity, TwoFactor
from planner.domain.model import PostStatus
from planner.formatting import Digits, Formatter
from planner.storage.crisis_sample import load_crisis_sample
from planner.ui.crisis.checklist import ChecklistModel
from planner.ui.crisis.view import CrisisView
from planner.ui.document import Document
from planner.ui.overview.view import OverviewView

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 12, 0)


@pytest.fixture(autouse=True)
def english(qapp):
    """These tests read the English source texts: whatever language an earlier test left
    installed, use English here and put the earlier one back afterwards."""
    from planner.i18n import language

    before = "ar" if language._installed else "en"
    language.install_language("en", set_direction=False)  # the application's stays as found
    yield
    language.install_language(before, set_direction=False)


@pytest.fixture
def doc(workspace):
    load_crisis_sample(workspace, today=TODAY)
    return Document(workspace)


@pytest.fixture
def view(qtbot, doc, dialogs):
    widget = CrisisView(doc, Formatter("en", Digits.LATIN), dialogs, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def choose(combo, value):
    """Pick `value` in a combo of codes the way a user does (activated is emitted)."""
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_logging_an_incident_is_saved_at_once_and_undone(view, doc, qtbot):
    """ "Log an incident" adds a row and selects it; its title is typed; Ctrl+Z undoes both."""
    tab = view.incidents
    before = len(doc.workspace.crisis.incidents.list())
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    incidents = doc.workspace.crisis.incidents.list()
    assert len(incidents) == before + 1
    new = tab.current
    assert new.title == "New incident" and new.first_seen_at == NOW
    tab.form.title.setText("شائعة عن إغلاق سوق السمك")
    tab.form.title.editingFinished.emit()
    assert doc.workspace.crisis.incidents.get(new.id).title == "شائعة عن إغلاق سوق السمك"
    assert tab.model.record(tab.model.row_of(new.id)).title == "شائعة عن إغلاق سوق السمك"
    doc.undo_stack.undo()
    assert doc.workspace.crisis.incidents.get(new.id).title == "New incident"
    doc.undo_stack.undo()
    assert len(doc.workspace.crisis.incidents.list()) == before
    doc.undo_stack.redo()
    assert doc.workspace.crisis.incidents.get(new.id).title == "New incident"


def test_running_a_playbook_ticks_its_steps_with_timestamps(view, doc, qtbot):
    """Running the rumour playbook copies its steps; ticking one stamps it with the time;
    undo takes the tick back, and the list counts the steps done."""
    tab = view.incidents
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    incident_id = tab.current.id
    rumour = next(p for p in doc.workspace.crisis.playbooks.list() if p.scenario is Scenario.RUMOUR)
    tab.form.playbook.setCurrentIndex(tab.form.playbook.findData(rumour.id))
    qtbot.mouseClick(tab.form.run_button, Qt.MouseButton.LeftButton)
    stored = doc.workspace.crisis.incidents.get(incident_id)
    assert [s.text for s in stored.steps] == [s.text for s in rumour.steps]
    assert stored.playbook_id == rumour.id and stored.scenario is Scenario.RUMOUR
    assert tab.checklist.rowCount() == len(rumour.steps)

    first = tab.checklist.index(0, ChecklistModel.STEP)
    assert tab.checklist.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    stored = doc.workspace.crisis.incidents.get(incident_id)
    assert stored.steps[0].done_at == NOW
    assert tab.checklist.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    row = tab.model.row_of(incident_id)
    assert tab.model.index(row, 7).data() == f"1/{len(rumour.steps)}"
    doc.undo_stack.undo()
    assert doc.workspace.crisis.incidents.get(incident_id).steps[0].done_at is None
    doc.undo_stack.undo()
    assert doc.workspace.crisis.incidents.get(incident_id).steps == []


def test_rerunning_over_ticked_steps_asks_first(view, doc, dialogs):
    """A checklist with ticked steps is only replaced after the officer confirms."""
    tab = view.incidents
    open_incident = next(i for i in doc.workspace.crisis.incidents.list() if i.is_open)
    tab.select(open_incident.id)
    ticked = [s.done_at for s in open_incident.steps]
    tab.run_playbook(open_incident.playbook_id)
    assert dialogs.asked and [s.done_at for s in tab.current.steps] == ticked


def test_a_severe_incident_offers_to_pause_scheduled_posts(view, doc, dialogs):
    """Raising an open incident to high severity offers the pause; accepted, the scheduled
    posts are paused and noted on the incident; undo schedules them again exactly."""
    tab = view.incidents
    tab.log_incident()
    incident_id = tab.current.id
    waiting = doc.workspace.crisis.pause.pausable(NOW)
    assert waiting
    dialogs.confirmations.append(True)
    choose(tab.form.severity, Severity.HIGH)
    assert "severe incident" in dialogs.asked[-1]
    stored = doc.workspace.crisis.incidents.get(incident_id)
    assert stored.severity is Severity.HIGH and stored.paused_post_ids == sorted(waiting)
    assert all(doc.workspace.posts.get(p).status is PostStatus.PAUSED for p in waiting)
    assert tab.form.resume_button.isVisibleTo(tab.form)
    doc.undo_stack.undo()  # the pause
    assert all(doc.workspace.posts.get(p).status is PostStatus.SCHEDULED for p in waiting)
    assert doc.workspace.crisis.incidents.get(incident_id).paused_post_ids == []


def test_declining_the_pause_leaves_posts_alone(view, doc, dialogs):
    """Refusing the offer changes the severity only."""
    tab = view.incidents
    tab.log_incident()
    waiting = doc.workspace.crisis.pause.pausable(NOW)
    choose(tab.form.severity, Severity.CRITICAL)
    assert all(doc.workspace.posts.get(p).status is PostStatus.SCHEDULED for p in waiting)


def test_closing_an_incident_offers_to_resume_its_posts(view, doc, dialogs):
    """After a pause, closing the incident offers to schedule the posts again."""
    tab = view.incidents
    tab.log_incident(severity=Severity.MEDIUM)
    tab.pause_posts()
    paused = tab.current.paused_post_ids
    assert paused
    dialogs.confirmations.append(True)
    tab.form.closed_at.committed.emit(NOW)
    assert all(doc.workspace.posts.get(p).status is PostStatus.SCHEDULED for p in paused)
    assert doc.workspace.crisis.incidents.get(tab.current.id).closed_at == NOW


def test_account_compromise_from_the_security_register(view, doc):
    """ "Log an account compromise" opens an incident with the hijack checklist, high severity,
    on the account's platform, and shows the incident log."""
    tab = view.security
    account = next(a for a in doc.workspace.accounts.list() if a.platform.value == "tiktok")
    tab.select(account.id)
    tab.report.click()
    assert view.tabs.currentWidget() is view.incidents
    incident = view.incidents.current
    assert incident.scenario is Scenario.COMPROMISE and incident.severity is Severity.HIGH
    assert incident.platform is account.platform and incident.steps


def test_security_register_edits_dates_and_method_undoably(view, doc):
    """Choosing a two-step method and marking a review today are saved and undone."""
    tab = view.security
    account = next(a for a in doc.workspace.accounts.list() if a.platform.value == "tiktok")
    tab.select(account.id)
    choose(tab.form.two_factor, TwoFactor.APP)
    assert doc.workspace.crisis.security.get(account.id).two_factor is TwoFactor.APP
    tab.form.review.today_button.click()
    assert doc.workspace.crisis.security.get(account.id).last_access_review == TODAY
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.workspace.crisis.security.get(account.id).two_factor is TwoFactor.OFF
    assert "password" not in " ".join(
        w.accessibleName().lower() for w in tab.form.findChildren(type(tab.form.two_factor))
    )
    assert "never asks for a password" in tab.form.notice.text()


def test_critical_request_is_routed_to_the_hotline(view, doc):
    """Marking a follower request critical notes the hotline the target names."""
    tab = view.requests
    tab.log_request()
    request_id = tab.current.id
    choose(tab.form.severity, Severity.CRITICAL)
    stored = doc.workspace.crisis.requests.get(request_id)
    assert stored.routed_to == "الخط الساخن لبلدية مسقط"
    assert tab.form.route.isVisibleTo(tab.form)
    assert "%" in tab.share.text()


def test_answering_a_request_with_now(view, doc):
    """The Now button stamps the answer; the table shows the time it took."""
    tab = view.requests
    waiting = next(r for r in doc.workspace.crisis.requests.list() if r.answered_at is None)
    tab.select(waiting.id)
    tab.form.answered.now_button.click()
    assert doc.workspace.crisis.requests.get(waiting.id).answered_at == NOW
    row = tab.model.row_of(waiting.id)
    assert "Waiting" not in tab.model.index(row, 5).data()


def test_ready_response_is_filled_and_unknown_placeholders_are_reported(view, doc, dialogs):
    """The bank fills {الجهة} with the institution, reports what is missing or unknown,
    asks before copying an incomplete text, and makes a post draft."""
    tab = view.responses
    denial = next(r for r in doc.workspace.crisis.responses.list() if "{الموضوع}" in r.text)
    tab.select(denial.id)
    assert "بلدية مسقط" in tab.use.preview.toPlainText()
    assert "{الموضوع}" in tab.use.problems.text()
    QGuiApplication.clipboard().setText("before")
    tab.copy_filled()  # refused: placeholders left
    assert QGuiApplication.clipboard().text() == "before"
    tab.use.inputs[next(p for p in tab.use.inputs if p.value == "الموضوع")].setText("السوق")
    tab.use.inputs[next(p for p in tab.use.inputs if p.value == "الرابط")].setText(
        "https://mm.gov.om"
    )
    tab.form.text.setPlainText(tab.form.text.toPlainText() + " {رقم_البلاغ}")
    tab.form.text.commit()
    assert "{رقم_البلاغ}" in tab.use.problems.text()
    dialogs.confirmations.append(True)
    tab.copy_filled()
    copied = QGuiApplication.clipboard().text()
    assert "السوق" in copied and "{رقم_البلاغ}" in copied
    dialogs.confirmations.append(True)
    before = len(doc.workspace.posts.unscheduled())
    tab.make_draft()
    drafts = doc.workspace.posts.unscheduled()
    assert len(drafts) == before + 1 and any("السوق" in p.base_text for p in drafts)
    doc.undo_stack.undo()
    assert len(doc.workspace.posts.unscheduled()) == before


def test_playbook_steps_are_edited_in_place(view, doc):
    """Adding a step and changing its owner are saved at once and undone one by one."""
    tab = view.playbooks
    playbook = tab.current
    count = len(playbook.steps)
    tab.steps.add_row()
    assert len(doc.workspace.crisis.playbooks.get(playbook.id).steps) == count + 1
    index = tab.steps.model.index(count, 1)
    assert tab.steps.model.setData(index, "المتحدث الرسمي")
    assert doc.workspace.crisis.playbooks.get(playbook.id).steps[-1].owner == "المتحدث الرسمي"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert len(doc.workspace.crisis.playbooks.get(playbook.id).steps) == count


def test_deleting_a_partner_body_is_undone_with_its_references(view, doc, dialogs):
    """A partner named in incidents and requests is deleted after a confirmation; undo
    brings it back together with those references."""
    tab = view.partners
    pacp = next(p for p in doc.workspace.crisis.partners.list() if p.name.startswith("هيئة حماية"))
    tab.select(pacp.id)
    dialogs.confirmations.append(True)
    tab.delete_current()
    assert all(p.id != pacp.id for p in doc.workspace.crisis.partners.list())
    doc.undo_stack.undo()
    assert doc.workspace.crisis.partners.get(pacp.id).name == pacp.name
    assert doc.workspace.crisis.incidents.involving(pacp.id)
    assert doc.workspace.crisis.requests.referred_to(pacp.id)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen platform
def test_response_times_chart_is_built_when_first_shown(view, qtbot):
    """The chart is drawn when its tab is first shown, from the logs' data."""
    view.show()
    qtbot.waitExposed(view)
    assert view.stats.canvas is None
    view.tabs.setCurrentWidget(view.stats)
    qtbot.waitUntil(lambda: view.stats.canvas is not None)
    data = view.stats.chart_data()
    assert "X" in data.categories and any(v for s in data.series for v in s.values)
    assert view.stats.by_platform[0].rowCount() >= 3


def test_models_pass_the_qt_model_tester(view, qtmodeltester):
    """The crisis screen's table models keep Qt's model contract."""
    qtmodeltester.check(view.incidents.model)
    qtmodeltester.check(view.incidents.checklist)
    qtmodeltester.check(view.requests.model)
    qtmodeltester.check(view.security.model)


def test_overview_lists_open_incidents_overdue_requests_and_reviews(qtbot, doc):
    """The Overview names the open incident, the overdue requests and the overdue reviews."""
    overview = OverviewView(doc, Formatter("en"), today=lambda: NOW)
    qtbot.addWidget(overview)
    texts = [overview.warn_list.item(i).text() for i in range(overview.warn_list.count())]
    assert any("Open incident" in t and "مقطع متداول" in t for t in texts)
    assert sum("has waited" in t for t in texts) == 2
    assert any("never been reviewed" in t for t in texts)
    assert any("review of" in t for t in texts)
    incident = doc.workspace.crisis.incidents.list(open_only=True)[0]
    incident.closed_at = NOW
    doc.workspace.crisis.incidents.save(incident)
    doc.notify("crisis")
    texts = [overview.warn_list.item(i).text() for i in range(overview.warn_list.count())]
    assert not any("Open incident" in t for t in texts)


def test_the_screen_is_last_in_the_navigation_and_speaks_arabic(app_shell, workspace):
    """The Crisis & security screen closes the navigation, titled in Arabic."""
    from planner.storage.workspace import Workspace

    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    window = app_shell.window
    assert window.screens[-1].key == "crisis"
    assert window.nav.item(window.nav.count() - 1).text() == "الأزمات وأمن الحسابات"
    window.show_screen("crisis")
    view = window.screen("crisis")
    assert view.tabs.tabText(0) == "الحوادث والشائعات"
