"""Persistent domain model: SQLAlchemy 2 declarative classes and plain enums.

``models.enums`` is the only module the UI layer may import.
"""
from models.base import Base
from models.org import Team, Worker, WorkerTeam, LifeDomain, LocalSetting
from models.family import Family, Person, NetworkMember
from models.case import Case, CaseEvent
from models.plan import FamilyPlan, Goal, GoalPerson, Action
from models.journal import JournalEntry
from models.audit import AccessLogEntry

__all__ = [
    "Base", "Team", "Worker", "WorkerTeam", "LifeDomain", "LocalSetting",
    "Family", "Person", "NetworkMember", "Case", "CaseEvent",
    "FamilyPlan", "Goal", "GoalPerson", "Action", "JournalEntry", "AccessLogEntry",
]
