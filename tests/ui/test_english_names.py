"""The English interface names campaigns and the institution by their English names."""

import datetime as dt

from planner.domain.bidi import unmarked
from planner.formatting import Formatter
from planner.ui.campaigns.list_view import CampaignListView
from planner.ui.document import Document
from planner.ui.overview.view import OverviewView

NOW = dt.datetime(2026, 11, 26, 9, 0)


def test_the_campaigns_list_shows_english_names_in_english(qtbot, workspace, dialogs):
    """Each row reads its English name; its tooltip keeps the Arabic one."""
    view = CampaignListView(Document(workspace), Formatter("en"), dialogs)
    qtbot.addWidget(view)
    shown = {unmarked(view.proxy.index(r, 0).data()) for r in range(view.proxy.rowCount())}
    summaries = [c for c in workspace.campaigns.summaries() if c.name_en]
    assert summaries and {c.name_en for c in summaries} <= shown
    assert not {c.name for c in summaries} & shown
    row = next(
        r for r in range(view.proxy.rowCount()) if unmarked(view.proxy.index(r, 0).data()) in shown
    )
    assert unmarked(view.proxy.index(row, 0).data(3)) in {c.name for c in summaries}  # ToolTipRole


def test_the_overview_names_campaigns_and_institution_in_english(qtbot, workspace):
    """Campaigns in flight and the institution read in English; in Arabic, in Arabic."""
    for lang, institution in (("en", "Muscat Municipality"), ("ar", "بلدية مسقط")):
        view = OverviewView(Document(workspace), Formatter(lang), today=lambda: NOW)
        qtbot.addWidget(view)
        assert unmarked(view.institution.text()).lstrip("\u200e\u200f") == institution  # marked()
        names = [c.name_en if lang == "en" else c.name for c in workspace.campaigns.summaries()]
        texts = " ".join(
            unmarked(w.text())
            for w in view.flight_list.parentWidget().findChildren(type(view.today))
        )
        assert any(name in texts for name in names)
