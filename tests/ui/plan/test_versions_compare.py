"""The Versions dialog shows what changed as soon as its changes tab is opened (issue 13, item 9):
the newest version against the one before, each field with its old and new text, without a click
on any "compare" button."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.integration import plan_versions_data as pv
from tests.ui.plan.plan_helpers import click
from ui.plan.plan_tab import PlanTab
from ui.plan.versions import VersionsDialog


def open_changes_tab(qtbot, versions: VersionsDialog) -> str:
    bar = versions.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert versions.tabs.currentWidget() is versions.changes_browser
    return versions.changes_browser.toPlainText()


def test_opening_the_changes_tab_shows_every_changed_field_old_and_new(qtbot, services, family, events, runner):
    pv.two_versions(services, family)
    tab = PlanTab(services, family.case_id, events, runner)
    qtbot.addWidget(tab)
    tab.show()
    click(qtbot, tab.versions_button)
    versions = tab.findChild(VersionsDialog)
    qtbot.waitUntil(lambda: versions.versions_list.count() == 2)
    assert versions.versions_list.currentRow() == 0  # the newest

    text = open_changes_tab(qtbot, versions)

    assert "Van versie 1 naar versie 2" in text
    for line in ("Zorgen gewijzigd", f"Eerder {pv.CONCERNS_V1}", f"Nu {pv.CONCERNS_V2}",
                 f"Doel gewijzigd: {pv.GOAL_V2}", f"Eerder {pv.GOAL_V1}", f"Nu {pv.GOAL_V2}",
                 f"Eerder {pv.CRITERION_V1}", f"Nu {pv.CRITERION_V2}",
                 "Streefdatum gewijzigd van 01-03-2027 naar 01-05-2027",
                 "Wie doet het gewijzigd van Gezin zelf naar Sociaal team",
                 "Voor wie gewijzigd van Zoë Öztürk naar Daan Öztürk, Zoë Öztürk",
                 f"Eerder {pv.ACTION_V1}", f"Nu {pv.ACTION_V2}", "gewijzigd van 01-12-2026 naar 15-12-2026"):
        assert line in " ".join(text.split()), line
    # The changed words are marked: struck through before, highlighted now.
    html = versions.changes_browser.toHtml()
    assert "line-through" in html and ">vaak<" in html and ">soms<" in html

    versions.select_version(1)
    assert "Dit is de eerste versie" in versions.changes_browser.toPlainText()
    versions.close()
