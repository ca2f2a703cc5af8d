"""Qt's own dialogs speak Dutch: the file dialog, message-box buttons, colour dialog, text-field menus."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QColorDialog, QDateEdit, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
)

from ui import qt_translation

# Texts Qt asks for that read the same in Dutch (or come from the system's file-type names).
SAME_IN_DUTCH = {"OK", "Help", "Reset", "Type", "Computer", "%p%", "Ctrl", "&HTML:", "Alt+Left", "Alt+Right"}


class Recorder(QTranslator):
    """Installed last, so Qt asks it first: notes every (context, text) and answers nothing."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""

    def isEmpty(self):
        return False


def file_dialog(qtbot) -> QFileDialog:
    dialog = QFileDialog(None, "Exporteren", "", "Excel-werkmap (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_dialog_is_dutch(qtbot):
    dialog = file_dialog(qtbot)

    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"} <= labels
    assert not labels & {"&Look in:", "Files of &type:"}
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert "Annuleren" in buttons


def test_a_message_box_has_dutch_standard_buttons(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Gezinsregie", "Opslaan?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    box.show()

    assert {button.text() for button in box.buttons()} == {"&Ja", "&Nee", "Annuleren", "Opslaan"}


def test_the_context_menu_of_a_text_field_is_dutch(qtbot):
    edit = QLineEdit("tekst")
    qtbot.addWidget(edit)

    menu = edit.createStandardContextMenu()

    texts = {action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()}
    assert {"&Kopiëren", "P&lakken", "Alles selecteren"} <= texts


def test_nothing_qt_shows_in_its_dialogs_stays_english(qtbot, qapp):
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        file_dialog(qtbot)
        colours = QColorDialog()
        colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
        qtbot.addWidget(colours)
        colours.show()
        QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Ok
                    | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Close).show()
        QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.RestoreDefaults)
        for field in (QLineEdit("x"), QPlainTextEdit("x"), QDateEdit()):
            qtbot.addWidget(field)
            field.createStandardContextMenu() if hasattr(field, "createStandardContextMenu") else field.show()
    finally:
        qapp.removeTranslator(recorder)

    english = sorted(f"{context}: {text}" for context, text in recorder.asked
                     if context != "QMimeType" and text not in SAME_IN_DUTCH
                     and QCoreApplication.translate(context, text) == text)
    assert english == []
    assert ("QFileDialog", "&Look in:") in recorder.asked  # the recorder saw the dialog


def test_qts_dutch_is_found_where_qt_does_not_say_where_it_is(qapp, monkeypatch, tmp_path):
    class NoTranslationsHere:
        LibraryPath = qt_translation.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which):
            return str(tmp_path)  # as in a relocated install without qt.conf

    monkeypatch.setattr(qt_translation, "QLibraryInfo", NoTranslationsHere)

    translator = qt_translation.qt_translator(qapp, QLocale("nl_NL"))

    assert translator is not None
    assert translator.translate("QFileDialog", "File &name:") == "Bestands&naam:"


@pytest.mark.parametrize("context, text", [("QFileDialog", "&Look in:"), ("QFileDialog", "Files of &type:")])
def test_qt_texts_that_qts_own_catalogue_lacks_are_in_ours(context, text):
    assert QCoreApplication.translate(context, text) != text
