"""Zoek gezin: type, results appear (debounced, stale answers dropped), Enter opens the case."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui.pages.search_page import SearchPage
from ui.qt_models.search_model import SearchColumn


def shown_families(page: SearchPage) -> list[str]:
    return [page.model.index(r, SearchColumn.FAMILY).data() for r in range(page.model.rowCount())]


def make_page(qtbot, search, runner) -> SearchPage:
    page = SearchPage(search, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_typing_shows_the_families_and_enter_opens_the_case(qtbot, filled_services, runner):
    page = make_page(qtbot, filled_services.search.find_families, runner)
    with qtbot.waitSignal(page.searched, timeout=2000):
        qtbot.keyClicks(page.search_edit, "ozt")
    assert shown_families(page) == ["Öztürk"]
    assert page.content.currentWidget() is page.table
    assert "Zoë Öztürk (01-03-2015)" in page.model.index(0, SearchColumn.MEMBERS).data()
    assert page.status_label.text() == "1 gezin"
    with qtbot.waitSignal(page.case_open_requested) as opened:
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    hit = page.model.hit_at(0)
    assert opened.args == [hit.case_id] and hit.director_name == "Sanne de Vries"


def test_a_double_click_opens_the_case_of_that_row(qtbot, filled_services, runner):
    page = make_page(qtbot, filled_services.search.find_families, runner)
    page.search_edit.setText("jong")
    page.search_now()
    families = shown_families(page)
    assert "De Jong" in families
    row = families.index("De Jong")
    centre = page.table.visualRect(page.model.index(row, SearchColumn.FAMILY)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.case_open_requested) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [page.model.hit_at(row).case_id]


def test_clear_messages_for_an_invalid_bsn_no_hits_and_too_many(qtbot, filled_services, runner, monkeypatch):
    page = make_page(qtbot, filled_services.search.find_families, runner)
    page.search_edit.setText("123456789")
    page.search_now()
    assert page.content.currentWidget() is page.empty_label
    assert "11-proef" in page.empty_label.text()
    page.search_edit.setText("zzz")
    page.search_now()
    assert page.empty_label.text() == "Geen gezin gevonden in je teams."
    monkeypatch.setattr(page, "_search", lambda text: filled_services.search.find_families(text, limit=2))
    page.search_edit.setText("a")
    page.search_now()
    assert len(shown_families(page)) == 2
    assert page.status_label.text() == "Meer dan 2 gezinnen: verfijn je zoekopdracht"


class HeldRunner:
    """Keeps the tasks until the test delivers them, in any order."""

    def __init__(self):
        self.held = []

    def run(self, task, on_done, on_error=None, *, context=None):
        self.held.append((task, on_done))

    def wait_for_done(self, msecs=-1):
        return True


def test_an_answer_to_an_older_text_is_dropped(qtbot, filled_services):
    runner = HeldRunner()
    page = make_page(qtbot, filled_services.search.find_families, runner)
    page.search_edit.setText("ozt")
    page.search_now()
    page.search_edit.setText("kaya")
    page.search_now()
    [(old_task, old_done)] = runner.held  # the newer search waits in the queue of page loads
    old_done(old_task())  # arrives after the text changed: ignored
    assert shown_families(page) == []
    (new_task, new_done) = runner.held[1]
    new_done(new_task())
    assert shown_families(page) == ["Kaya"]


def test_enter_never_opens_a_result_of_an_older_text(qtbot, filled_services):
    runner = HeldRunner()
    page = make_page(qtbot, filled_services.search.find_families, runner)
    page.search_edit.setText("ozt")
    page.search_now()
    task, done = runner.held[0]
    done(task())
    assert shown_families(page) == ["Öztürk"]
    page.search_edit.setText("kaya")
    page.search_now()  # on its way
    opened = []
    page.case_open_requested.connect(opened.append)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert opened == []  # Öztürk is still shown, but it is not what was typed
    task, done = runner.held[1]
    done(task())
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert opened == [page.model.hit_at(0).case_id] and shown_families(page) == ["Kaya"]


def test_ctrl_f_in_the_main_window_goes_to_the_search_and_a_result_opens_its_case(
        qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.main_window.open_case_window", lambda services, case_id, *a, **k: opened.append(case_id))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.search_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(page.search_edit.hasFocus)
    with qtbot.waitSignal(page.searched, timeout=2000):
        qtbot.keyClicks(page.search_edit, "kaya")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert opened == [page.model.hit_at(0).case_id]
