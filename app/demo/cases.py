"""Takes demo families in and moves their cases through their history with the real services.

Each step runs as the worker who did it, on the day it happened (a fixed clock per step), so the
case history, the access log and the service rules look exactly as after months of real work.
"""
from __future__ import annotations

from datetime import date

from app.bootstrap import Services
from app.clock import FixedClock
from app.demo import stories as st
from app.demo.staff import Staff
from app.demo.texts import CLOSE_NOTES, REOPEN_REASON, TRANSFER_REASON
from app.services.families import IntakeInput, MemberInput
from models.enums import Priority


class CaseRunner:
    def __init__(self, services: Services, staff: Staff):
        self.services = services
        self.staff = staff

    def _act(self, worker_id: int, day: date) -> None:
        self.services.ctx.user = self.staff.users[worker_id]
        self.services.ctx.clock = FixedClock(day)

    def run(self, story: st.Story) -> None:
        """Intake, then the story's transitions in date order; fills in the family and case ids."""
        cases = self.services.cases
        t = story.timeline
        first = story.first_director_id or story.director_id
        self._act(first, t.opened)
        result = self.services.families.intake(self._intake(story, first))
        story.family_id, story.case_id = result.family_id, result.case_id
        version = 1
        if t.active is None:
            return
        self._act(first, t.active)
        version = cases.activate(story.case_id, version).version
        if story.kind in st.PRIORITY_REASONS:
            self._act(story.director_id, t.event)
            version = cases.set_priority(story.case_id, version, Priority.HIGH,
                                         st.PRIORITY_REASONS[story.kind]).version
        if story.kind == st.TRANSFERRED:
            self._act(first, t.event)
            version = cases.transfer(story.case_id, version, story.director_id, TRANSFER_REASON).version
        if t.closed is not None:
            self._act(story.director_id, t.closed)
            note = CLOSE_NOTES[story.close_reason].format(**self._words(story, t.closed))
            version = cases.close(story.case_id, version, story.close_reason, note).version
        if t.reopened is not None:
            self._act(story.director_id, t.reopened)
            cases.reopen(story.case_id, version, REOPEN_REASON.format(**self._words(story, t.reopened)))

    @staticmethod
    def _words(story: st.Story, day: date) -> dict[str, str]:
        return story.words(story.themes[0], day)

    @staticmethod
    def _intake(story: st.Story, director_id: int) -> IntakeInput:
        h = story.household
        members = [
            MemberInput(m.role, m.first_name, m.surname, m.born, m.surname_prefix, m.bsn, m.parental_authority)
            for m in h.members
        ]
        return IntakeInput(
            family_name=h.family_name, members=members, team_id=story.team_id, director_id=director_id,
            street=h.street, postcode=h.postcode, city=h.city, municipality_code=h.municipality_code,
            opened_on=story.timeline.opened,
        )
