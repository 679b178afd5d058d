"""The campaign list: an honest table model, Arabic-aware search, filters, delete and undo."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner.domain.bidi import unmarked
from planner.domain.model import Campaign, CampaignStatus
from planner.formatting import Formatter
from planner.ui.campaigns.list_view import CampaignListView
from planner.ui.campaigns.model import CampaignTableModel, IdRole
from planner.ui.document import Document
from tests.storage.test_posts import link_things, links


@pytest.fixture
def view(qtbot, workspace, dialogs):
    doc = Document(workspace)
    widget = CampaignListView(doc, Formatter("ar"), dialogs)
    qtbot.addWidget(widget)
    return widget


def visible_names(view):
    return [unmarked(view.proxy.index(r, 0).data()) for r in range(view.proxy.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, workspace):
    """The table model keeps Qt's model contract."""
    model = CampaignTableModel(Formatter("en"))
    model.set_rows(workspace.campaigns.summaries())
    qtmodeltester.check(model)


def test_lists_every_campaign_but_archived_ones(view, workspace):
    """All campaigns of the workspace are listed; archived ones only on request."""
    summaries = workspace.campaigns.summaries()
    assert sorted(visible_names(view)) == sorted(c.name for c in summaries)
    plan = workspace.campaigns.get(summaries[0].id)
    plan.status = CampaignStatus.ARCHIVED
    workspace.campaigns.save(plan)
    view.reload()
    assert plan.name not in visible_names(view)
    view.status.setCurrentIndex(view.status.findData(CampaignStatus.ARCHIVED.value))
    assert visible_names(view) == [plan.name]


def test_search_ignores_hamza_and_diacritics(view, workspace):
    """Typing «اعلام» finds «حملة الإعلام», and diacritics do not matter."""
    workspace.campaigns.save(
        Campaign("حملة الإعْلام الرقمي", dt.date(2026, 1, 1), dt.date(2026, 2, 1))
    )
    view.reload()
    view.search.setText("اعلام")
    assert visible_names(view) == ["حملة الإعْلام الرقمي"]
    view.search.setText("لا توجد حملة بهذا الاسم")
    assert view.proxy.rowCount() == 0
    assert view.stack.currentWidget() is view.empty


def test_delete_asks_then_undo_brings_back_the_posts(view, workspace, dialogs):
    """Deleting a campaign asks first; undo restores it with every post."""
    first = view.proxy.index(0, 0)
    view.table.setCurrentIndex(first)
    campaign_id = first.data(IdRole)
    posts = workspace.posts.for_campaign(campaign_id)
    dialogs.confirmations.append(False)
    view.delete_selected()
    assert workspace.campaigns.get(campaign_id)
    dialogs.confirmations.append(True)
    view.delete_selected()
    with pytest.raises(KeyError):
        workspace.campaigns.get(campaign_id)
    assert workspace.posts.for_campaign(campaign_id) == []
    view.doc.undo_stack.undo()
    assert workspace.posts.for_campaign(campaign_id) == posts
    assert campaign_id in [
        view.proxy.index(r, 0).data(IdRole) for r in range(view.proxy.rowCount())
    ]


def test_undoing_a_delete_brings_back_attached_assets_and_matched_statistics(
    view, workspace, dialogs
):
    """What the deletion took along with the posts (their assets, the statistics matched
    to them) comes back with them, after undo and after undo-redo-undo."""
    campaign_id = view.proxy.index(0, 0).data(IdRole)
    ids = [p.id for p in workspace.posts.for_campaign(campaign_id)][:3]
    link_things(workspace, ids)
    before = links(workspace, ids)
    assert len(before[0]) == 3 and len(before[1]) == 3
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    dialogs.confirmations.append(True)
    view.delete_selected()
    assert links(workspace, ids) == ({}, [])
    view.doc.undo_stack.undo()
    assert links(workspace, ids) == before
    view.doc.undo_stack.redo()
    view.doc.undo_stack.undo()
    assert links(workspace, ids) == before


def test_typing_a_name_twice_is_two_undo_steps(view, workspace):
    """Two renames are two commands; undoing both restores the first name."""
    index = view.proxy.index(0, 0)
    campaign_id = index.data(IdRole)
    original = index.data(Qt.ItemDataRole.EditRole)
    view.proxy.setData(index, "الاسم الأول")
    view.proxy.setData(view.proxy.index(0, 0), "الاسم الثاني")
    assert view.doc.undo_stack.count() == 2
    view.doc.undo_stack.undo()
    view.doc.undo_stack.undo()
    assert workspace.campaigns.get(campaign_id).name == original


def test_blank_name_is_not_saved(view, workspace):
    """An empty name is refused and nothing is stored."""
    index = view.proxy.index(0, 0)
    assert not view.proxy.setData(index, "   ")
    assert view.doc.undo_stack.count() == 0
