"""The sharing gate in the real dialogs: refused at the field, saying which consent is missing from whom, with
everything typed kept and nothing written; then a legal ground with a reason is chosen and recorded - for
the team's own referral (Hulp), a provider's evaluation (Evaluaties) and the plan for a provider."""
from __future__ import annotations

from datetime import date

from app.services.consents import ConsentInput
from models.enums import ConsentForm, ConsentScope, EvaluationDecision, GoalStatus, LegalGround, MemberRole
from tests.ui.care.care_data import help_input
from tests.ui.care.test_evaluations_tab import score
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.care.evaluation_dialog import EvaluationDialog
from ui.care.involvement_dialog import InvolvementDialog
from ui.export.preview_dialog import PlanPreviewDialog
from ui.export.provider_plan_dialog import ProviderPlanDialog

TODAY = date(2026, 11, 22)
PROVIDER = "Jeugdhulp Zaanstreek"
REASON = "Zoë is vannacht niet veilig thuis"


def shown_errors(dialog) -> dict[str, str]:
    return {name: label.text() for name, label in dialog.field_errors.items() if label.isVisible()}


def young_names(services, care) -> list[str]:
    family_id = services.members.case_header(care.case_id).family_id
    return [m.full_name for m in services.members.family_detail(family_id).members
            if m.role is MemberRole.YOUNG_PERSON]


def choose_ground(dialog, ground: LegalGround, reason: str) -> None:
    select_combo_data(dialog.sharing.basis_combo, ground.value)
    assert dialog.sharing.reason_edit.isEnabled()
    type_text(dialog.sharing.reason_edit, reason)


def test_a_referral_without_consent_is_refused_at_the_field_and_a_legal_ground_is_recorded(
        qtbot, care_window, care, services, monkeypatch):
    seen = {}

    def fill(dialog: InvolvementDialog) -> None:
        assert dialog.share_check.isChecked()  # the team's own referral shares the family's data
        select_combo_data(dialog.provider_combo, care.team_help.provider_id)
        dialog.volume_amount_spin.setValue(2)
        select_combo_data(dialog.volume_frequency_combo, "2")
        click_ok(qtbot, dialog)
        seen["refused"] = shown_errors(dialog)
        seen["open"] = dialog.isVisible()
        seen["stored"] = len(services.involvements.involvements(care.case_id, log_read=False))
        choose_ground(dialog, LegalGround.ACUTE_SAFETY, "  ")
        click_ok(qtbot, dialog)
        seen["no reason"] = shown_errors(dialog)
        type_text(dialog.sharing.reason_edit, REASON)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    window = care_window("involvements_tab")
    window.involvements_tab.add_button.click()

    (message,) = seen["refused"].values()
    assert list(seen["refused"]) == ["sharing"]
    assert message.startswith(f"Delen met {PROVIDER} vraagt toestemming die niet is vastgelegd")
    assert all(name in message for name in young_names(services, care))
    assert "Ayşe Öztürk" in message
    assert (seen["open"], seen["stored"]) == (True, 0)
    assert list(seen["no reason"]) == ["ground_reason"]
    [stored] = services.involvements.involvements(care.case_id)
    family_id = services.members.case_header(care.case_id).family_id
    [record] = services.sharing.sharing_records(family_id)
    assert (record.ground, record.reason, record.object_id) == (LegalGround.ACUTE_SAFETY, REASON, stored.id)
    window.tabs.setCurrentWidget(window.family_tab)  # the Gezin tab lists it under the consents, compactly
    section = window.family_tab.consents
    qtbot.waitUntil(lambda: section.shared_model.rowCount() == 1)
    assert section.shared_table.isVisible() and not section.shared_table.horizontalScrollBar().isVisible()
    assert [section.shared_model.index(0, c).data() for c in range(5)] == [
        "22-11-2026", "Verwijzing", PROVIDER, f"Acute veiligheid: {REASON}", services.ctx.user.name]


def test_with_the_consents_recorded_the_referral_goes_through_on_consent(
        qtbot, care_window, care, services, monkeypatch):
    family_id = services.members.case_header(care.case_id).family_id
    for member in services.members.family_detail(family_id).members:
        if member.role is MemberRole.YOUNG_PERSON:
            services.consents.record(family_id, ConsentInput(member.id, ConsentScope.PROVIDER, TODAY,
                                                             ConsentForm.WRITTEN, party=PROVIDER))

    def fill(dialog: InvolvementDialog) -> None:
        select_combo_data(dialog.provider_combo, care.team_help.provider_id)
        dialog.volume_amount_spin.setValue(2)
        select_combo_data(dialog.volume_frequency_combo, "2")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    care_window("involvements_tab").involvements_tab.add_button.click()

    [record] = services.sharing.sharing_records(family_id)
    assert record.ground is None and len(record.consent_ids) == len(young_names(services, care))


def test_a_providers_evaluation_is_refused_without_consent_then_recorded_on_a_legal_ground(
        qtbot, care_window, care, services, monkeypatch):
    services.involvements.add_involvement(care.case_id, help_input(care.team_help))  # shares nothing
    seen = {}

    def fill(dialog: EvaluationDialog) -> None:
        assert not dialog.sharing.basis_combo.isEnabled()  # the team's own evaluation shares nothing
        for lineage in care.goal_lineages:
            score(dialog, lineage, 5, GoalStatus.IN_PROGRESS)
        select_combo_data(dialog.decision_combo, EvaluationDecision.CONTINUE.value)
        select_combo_data(dialog.provider_combo, care.team_help.provider_id)
        assert dialog.sharing.basis_combo.isEnabled()
        click_ok(qtbot, dialog)
        seen["refused"] = shown_errors(dialog)
        choose_ground(dialog, LegalGround.DIRECTLY_INVOLVED, "De aanbieder levert de hulp uit het plan")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, EvaluationDialog, fill)
    care_window("evaluations_tab").evaluations_tab.record_button.click()

    assert list(seen["refused"]) == ["sharing"]
    assert "Zoë Öztürk" in seen["refused"]["sharing"]
    [evaluation] = services.evaluations.evaluations(care.case_id)
    family_id = services.members.case_header(care.case_id).family_id
    records = services.sharing.sharing_records(family_id)
    assert [(r.object_id, r.ground) for r in records if r.purpose.value == "evaluation"] == [
        (evaluation.id, LegalGround.DIRECTLY_INVOLVED)]


def test_the_plan_for_a_provider_is_refused_without_consent_then_made_on_a_legal_ground(
        qtbot, care_window, care, services, monkeypatch):
    seen = {}
    previews = []
    monkeypatch.setattr(PlanPreviewDialog, "open", lambda dialog: previews.append(dialog.document))

    def fill(dialog: ProviderPlanDialog) -> None:
        click_ok(qtbot, dialog)
        seen["no provider"] = shown_errors(dialog)
        select_combo_data(dialog.provider_combo, care.team_help.provider_id)
        click_ok(qtbot, dialog)
        seen["refused"] = shown_errors(dialog)
        choose_ground(dialog, LegalGround.OTS_INSTITUTION, "Gezinsvoogd van de GI tijdens de OTS")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, ProviderPlanDialog, fill)
    window = care_window()
    window.provider_print_action.trigger()
    qtbot.waitUntil(lambda: bool(previews))

    assert list(seen["no provider"]) == ["provider_id"]
    assert list(seen["refused"]) == ["sharing"] and PROVIDER in seen["refused"]["sharing"]
    family_id = services.members.case_header(care.case_id).family_id
    [record] = services.sharing.sharing_records(family_id)
    assert (record.ground, record.object_id) == (LegalGround.OTS_INSTITUTION, previews[0].plan_id)

