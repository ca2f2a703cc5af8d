"""Plain enums of the domain. Stored as their string values; safe for every layer to import."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    WORKER = "worker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class MemberRole(StrEnum):
    """A family member is a young person (jeugdige) or a parent/carer (ouder/verzorger)."""
    YOUNG_PERSON = "young_person"
    PARENT = "parent"


class CaseStatus(StrEnum):
    INTAKE = "intake"
    ACTIVE = "active"
    WAAKVLAM = "waakvlam"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self is not CaseStatus.CLOSED


class Priority(StrEnum):
    NORMAL = "normal"
    HIGH = "high"


class PriorityReason(StrEnum):
    SAFETY = "safety"
    SEVERAL_PROVIDERS = "several_providers"
    CRISIS = "crisis"
    LONG_RUNNING = "long_running"
    MANY_EXTENSIONS = "many_extensions"
    OTHER = "other"


class DirectionMode(StrEnum):
    """Who directs the case: the social team, shared (samenregie), or another party (regie elders)."""
    SOCIAL_TEAM = "social_team"
    SAMENREGIE = "samenregie"
    ELSEWHERE = "elsewhere"


class ProtectionKind(StrEnum):
    """A child-protection measure of a court for a young person (Burgerlijk Wetboek 1:255, 1:257, 1:302)."""
    PROVISIONAL_OTS = "provisional_ots"  # voorlopige ondertoezichtstelling: at most three months
    OTS = "ots"                          # ondertoezichtstelling: at most a year, extended a year at a time
    GUARDIANSHIP = "guardianship"        # voogdij (of a certified institution)


class CrisisStart(StrEnum):
    """How a crisis record started: the worker marked the case, or crisis help (iJw category 46) was added."""
    MARKED = "marked"
    INVOLVEMENT = "involvement"


class CrisisOutcome(StrEnum):
    """What followed a crisis (danger to life or immediate physical danger; usually under four weeks)."""
    ENDED = "ended"              # ended without further help
    REGULAR_HELP = "regular_help"  # converted to regular help
    PLACEMENT = "placement"      # out-of-home placement
    OTHER = "other"


class AftercareKind(StrEnum):
    """How aftercare is secured when help ends or a case closes (borging in het eigen netwerk)."""
    NETWORK = "network"          # a member of the family's own network carries on
    FREE_ACCESS = "free_access"  # a free-access service (voorliggend veld): school, youth work, a course
    NONE_NEEDED = "none_needed"  # no aftercare is needed, with a reason


class AftercareNoneReason(StrEnum):
    """Why no aftercare is needed."""
    SELF_RELIANT = "self_reliant"  # the family manages on its own
    OTHER_HELP = "other_help"      # help continues elsewhere (another provider, a certified institution)
    MOVED = "moved"                # the family moved out of the municipality
    DECLINED = "declined"          # the family declines aftercare
    OTHER = "other"


class ExtensionReason(StrEnum):
    """Why help needs more time (verlenging)."""
    GOALS_NOT_REACHED = "goals_not_reached"  # progress, but the goals are not reached yet
    SETBACK = "setback"                      # a setback or a crisis in the family
    LATE_START = "late_start"                # the help started late or was interrupted
    WAITING_FOR_NEXT = "waiting_for_next"    # waiting for the next help (a waiting list elsewhere)
    NEW_NEED = "new_need"                    # a new need within the same help
    OTHER = "other"


class ExtensionStatus(StrEnum):
    """An extension takes effect when approved: at once when its team needs no approval."""
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"


class TransitionDomain(StrEnum):
    """What the transition to adulthood at 18 arranges: the laws that take over from the Jeugdwet and daily life."""
    WMO = "wmo"                  # Wet maatschappelijke ondersteuning: support by the municipality
    WLZ = "wlz"                  # Wet langdurige zorg: long-term care
    ZVW = "zvw"                  # Zorgverzekeringswet: health insurance, e.g. mental-health care for adults
    SCHOOL_WORK = "school_work"  # school or work
    INCOME = "income"            # income: allowances, benefits, a bank account


class CloseReason(StrEnum):
    GOALS_REACHED = "goals_reached"
    HANDED_OVER = "handed_over"
    MOVED = "moved"
    FAMILY_DECLINED = "family_declined"
    NO_HELP_NEEDED = "no_help_needed"
    WAAKVLAM_ENDED = "waakvlam_ended"
    OTHER = "other"


class CaseEventKind(StrEnum):
    OPENED = "opened"
    STATUS_CHANGED = "status_changed"
    DIRECTOR_TRANSFERRED = "director_transferred"
    PRIORITY_CHANGED = "priority_changed"
    CLOSED = "closed"
    REOPENED = "reopened"
    DIRECTION_CHANGED = "direction_changed"   # from/to: direction modes; reason: who holds it
    MEASURE_RECORDED = "measure_recorded"     # from: protection kind; to: end date (ISO); reason: the young person
    MEASURE_EXTENDED = "measure_extended"     # from/to: old and new end date (ISO); reason: the young person


class PlanStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    SUPERSEDED = "superseded"


class Actor(StrEnum):
    """Who acts on a goal: "wat kun je zelf, wat doen we samen, wat laten we doen"."""
    FAMILY = "family"
    NETWORK = "network"
    FREE_ACCESS = "free_access"
    SOCIAL_TEAM = "social_team"
    PROVIDER = "provider"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    REACHED = "reached"
    PARTLY_REACHED = "partly_reached"
    NOT_REACHED = "not_reached"
    CANCELLED = "cancelled"


class ActionOwner(StrEnum):
    """Who carries out an action (afspraak)."""
    MEMBER = "member"
    NETWORK = "network"
    WORKER = "worker"
    PROVIDER = "provider"
    OTHER = "other"


class JournalKind(StrEnum):
    HOME_VISIT = "home_visit"
    PHONE_CALL = "phone_call"
    PROVIDER_MEETING = "provider_meeting"
    SCHOOL = "school"
    OFFICE_MEETING = "office_meeting"
    MESSAGE = "message"
    OTHER = "other"


class AuditEvent(StrEnum):
    """NEN 7513 event types."""
    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    PRINT_EXPORT = "print_export"
    SEARCH = "search"


class ChangeOperation(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class AuditOutcome(StrEnum):
    SUCCESS = "success"
    DENIED = "denied"
    FAILED = "failed"


class HandoverStatus(StrEnum):
    """Warm handover (warme overdracht) of a referral to a provider."""
    REFERRED = "referred"
    TAKEN_OVER = "taken_over"
    STARTED = "started"


class InvolvementState(StrEnum):
    """Where help stands on a day: planned until its start, running, ended, or cancelled before it started."""
    PLANNED = "planned"
    RUNNING = "running"
    ENDED = "ended"
    CANCELLED = "cancelled"


class EvaluationDecision(StrEnum):
    CONTINUE = "continue"
    SCALE_DOWN = "scale_down"
    SCALE_UP = "scale_up"
    END_HELP = "end_help"
    TO_WAAKVLAM = "to_waakvlam"


class WaakvlamHolder(StrEnum):
    """Who keeps a finger on the pulse after help ends."""
    SOCIAL_TEAM_WORKER = "social_team_worker"
    SCHOOL_COACH = "school_coach"
    GP = "gp"
    NETWORK_MEMBER = "network_member"
    OTHER_PROFESSIONAL = "other_professional"


class WaakvlamStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    REOPENED = "reopened"


class ContactOutcome(StrEnum):
    ALL_WELL = "all_well"
    CONCERNS = "concerns"
    REOPEN = "reopen"


class ConsentScope(StrEnum):
    """What a consent covers (Jeugdwet 7.3.4 / 7.3.5): sharing with whom, or taking part in what."""
    PROVIDER = "provider"        # sharing with a named provider / for an involvement
    EVALUATION = "evaluation"    # the team taking part in a provider's evaluation
    SCHOOL = "school"
    GP = "gp"
    OTHER_PARTY = "other_party"  # another named party


class ConsentForm(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"


class SharingPurpose(StrEnum):
    """Why a family's data goes to another party (the three places the sharing gate guards)."""
    INVOLVEMENT = "involvement"      # a referral / warm handover to the provider of an involvement
    EVALUATION = "evaluation"        # the team taking part in a provider's evaluation
    PLAN_FOR_PROVIDER = "plan"       # the family plan printed or saved for a provider


class LegalGround(StrEnum):
    """A ground for sharing without consent (Jeugdwet 7.3.4 / 7.3.11), always with a reason."""
    DIRECTLY_INVOLVED = "directly_involved"  # a party directly involved in delivering the help
    OTS_INSTITUTION = "ots_institution"      # the certified institution during an OTS (7.3.11)
    ACUTE_SAFETY = "acute_safety"            # acute danger to the child's safety


class FamilyGroupPlanAnswer(StrEnum):
    """The family's answer to the offer of a family-group plan (Jeugdwet 4.1.2)."""

    ACCEPTED = "accepted"        # they make a family-group plan with their own network
    DECLINED = "declined"        # a help plan is made with the team
    CONSIDERING = "considering"  # they are thinking about it


class StatementSubject(StrEnum):
    """The kind of record an own statement or a correction is about (Jeugdwet 7.3.8, AVG 16)."""

    PLAN_TEXT = "plan_text"          # a text of a plan version (request for help, concerns, ...)
    GOAL = "goal"                    # a goal of a plan version
    JOURNAL_ENTRY = "journal_entry"  # a journal entry
    EVALUATION = "evaluation"        # an evaluation's conclusion


class DestructionKind(StrEnum):
    """What a destruction request removes: a family's whole file (Jeugdwet 7.3.9), or access-log
    entries past their five years (NEN 7513)."""
    FAMILY_FILE = "family_file"
    ACCESS_LOG = "access_log"


class DestructionGround(StrEnum):
    """The legal ground of a destruction request."""
    PERSON_REQUEST = "person_request"        # Jeugdwet 7.3.9: on the request of the person concerned
    RETENTION_EXPIRED = "retention_expired"  # Jeugdwet 7.3.8: 20 years after the last change
    LOG_RETENTION = "log_retention"          # NEN 7513: access-log entries older than 5 years


class DestructionStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    EXECUTING = "executing"  # only inside the executing transaction (PostgreSQL's function); never committed
    EXECUTED = "executed"
    WITHDRAWN = "withdrawn"


class SignalKind(StrEnum):
    """Why a worker raises a signal about a provider (signaal aan de accounthouder)."""
    GOAL_NOT_REACHED = "goal_not_reached"
    WAITING_TIME = "waiting_time"      # waiting time exceeded
    NO_REPORT_BACK = "no_report_back"  # the provider did not report back
    OTHER = "other"


class ImprovementStepKind(StrEnum):
    """A step of the account holder's escalation with a provider: improvement plan, monitoring, decision."""
    PLAN = "plan"
    MONITORING = "monitoring"
    DECISION = "decision"


class ImprovementDecision(StrEnum):
    """What the account holder decides at the end of an improvement plan."""
    CONTINUE = "continue"
    ENFORCE = "enforce"
    TERMINATE = "terminate"
class MeldcodeConclusion(StrEnum):
    """The outcome of weighing with the assessment framework (afwegingskader, Wet verplichte meldcode step 4)."""
    NO_REPORT_NEEDED = "no_report_needed"        # no suspicion of domestic violence or child abuse
    HELP_WITHOUT_REPORT = "help_without_report"  # effective help, accepted, leading to lasting safety
    REPORT = "report"                            # report to Veilig Thuis


class MeldcodeDecision(StrEnum):
    """What was decided in step 5; it must follow the conclusion of step 4."""
    REPORT = "report"
    REPORT_AND_HELP = "report_and_help"
    HELP = "help"
    NONE = "none"  # no report needed: the track ends
