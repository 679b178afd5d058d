"""The editor shares the import's ranges: a KPI of 1e25 or a name over 200 characters is shown,
explained and not saved; the tabs keep drawing."""

from PySide6.QtCore import Qt

from tests.ui import test_campaign_tabs as tabs
from tests.ui.test_campaign_tabs import edit_cell, open_tab, stored

english = tabs.english
screen = tabs.screen
running = tabs.running


def test_a_kpi_target_of_1e25_is_refused_and_the_tab_still_draws(screen, running, workspace, qtbot):
    """Typed as 1e25 (or 10000000000000000000000000): the message names the limit, the stored
    KPI is unchanged, and every cell of the table can still be drawn."""
    tab = open_tab(screen, running, "objectives")
    kpi = running.objectives[0].kpis[0]
    edit_cell(qtbot, tab.kpis, 0, 2, "10000000000000000000000000")
    assert "too large" in tab.kpis.message.text()
    assert stored(workspace, running).objectives[0].kpis[0].target == kpi.target
    for column in range(tab.kpi_model.columnCount()):
        tab.kpi_model.index(0, column).data(Qt.ItemDataRole.DisplayRole)
    screen.grab()
    evaluation = open_tab(screen, running, "evaluation")
    evaluation.grab()
