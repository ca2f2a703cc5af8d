"""Persistent domain model: SQLAlchemy 2 declarative classes and plain enums.

``models.enums`` is the only module the UI layer may import.
"""
from models.base import Base
from models.org import Team, TeamMunicipality, Worker, WorkerTeam, LifeDomain, LocalSetting
from models.family import Family, Person, NetworkMember
from models.case import Case, CaseEvent
from models.plan import FamilyPlan, Goal, GoalPerson, Action
from models.journal import JournalEntry
from models.audit import AccessLogEntry, AccessLogVocabulary, ChangeLogEntry
from models.care import Involvement, InvolvementGoal, InvolvementPerson, Product, Provider, Segment
from models.evaluation import Evaluation, EvaluationGoal
from models.waakvlam import Waakvlam, WaakvlamContact
from models.consent import Consent
from models.sharing import SharingRecord
from models.statement import OwnStatement, TextCorrection
from models.retention import DestructionRequest
from models.protection import ProtectionMeasure
from models.aftercare import Aftercare, TransitionPlan
from models.extension import InvolvementExtension
from models.accounts import ImprovementStep, ProviderSignal, ProviderSignalCase
from models.safety import ScalingAnswer
from models.meldcode import MeldcodeEntry, MeldcodeReader, MeldcodeTrack
from models.crisis import Crisis

__all__ = [
    "Base", "Team", "TeamMunicipality", "Worker", "WorkerTeam", "LifeDomain", "LocalSetting",
    "Family", "Person", "NetworkMember", "Case", "CaseEvent",
    "FamilyPlan", "Goal", "GoalPerson", "Action", "JournalEntry", "AccessLogEntry", "AccessLogVocabulary", "ChangeLogEntry",
    "Segment", "Provider", "Product", "Involvement", "InvolvementGoal", "InvolvementPerson",
    "Evaluation", "EvaluationGoal", "Waakvlam", "WaakvlamContact", "Consent", "SharingRecord",
    "OwnStatement", "TextCorrection",
    "DestructionRequest", "ProtectionMeasure", "Aftercare", "TransitionPlan", "ScalingAnswer",
    "InvolvementExtension",
    "ProviderSignal", "ProviderSignalCase", "ImprovementStep",
    "MeldcodeTrack", "MeldcodeEntry", "MeldcodeReader", "Crisis",
]
