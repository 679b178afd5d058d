"""Crisis readiness as typed values: playbooks, ready responses, incidents, follower requests,
partner bodies and the account-security register.

The playbooks follow the public PRIMER guidance (prepare, respond, recover) and RESIST 2
(recognise, early warning, situational insight, impact analysis, strategic communication,
track outcomes); `Stage` names where a step belongs. The security register holds facts and
dates only: no field here can hold a password or a verification code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain.model import Platform


class Scenario(StrEnum):
    """The kinds of trouble a playbook prepares for."""

    RUMOUR = "rumour"
    SUDDEN_EVENT = "sudden_event"
    DISASTER = "disaster"  # a natural disaster or another emergency
    OUTAGE = "service_outage"
    COMPROMISE = "account_compromise"
    OFFENSIVE = "offensive_content"


class Severity(StrEnum):
    """How serious an incident or a follower's request is, mildest first."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


SEVERE = frozenset({Severity.HIGH, Severity.CRITICAL})


def is_severe(severity: Severity) -> bool:
    """High and critical incidents are severe: pausing scheduled posts is offered."""
    return severity in SEVERE


class Verification(StrEnum):
    """Where checking the facts of an incident (a rumour above all) stands."""

    UNVERIFIED = "unverified"
    VERIFYING = "being_verified"
    CONFIRMED = "confirmed"
    FALSE = "false"


class Stage(StrEnum):
    """Where a step sits: PRIMER's prepare/respond/recover with RESIST 2's stages inside."""

    PREPARE = "prepare"  # PRIMER: prepare
    RECOGNISE = "recognise"  # RESIST: recognise, early warning
    ASSESS = "assess"  # RESIST: situational insight, impact analysis
    RESPOND = "respond"  # PRIMER: respond; RESIST: strategic communication
    RECOVER = "recover"  # PRIMER: recover
    TRACK = "track"  # RESIST: track outcomes


@dataclass
class PlaybookStep:
    """One step of a playbook: what to do, who does it, and within how many minutes of the
    incident being first seen (None: no time target)."""

    text: str
    owner: str = ""
    target_minutes: int | None = None
    stage: Stage = Stage.RESPOND
    id: int | None = None


@dataclass
class Playbook:
    """A checklist for one scenario, edited by the officer."""

    name: str
    scenario: Scenario
    description: str = ""
    steps: list[PlaybookStep] = field(default_factory=list)
    id: int | None = None


class ResponseKind(StrEnum):
    """The kinds of ready response in the bank."""

    HOLDING = "holding_statement"
    DENIAL = "rumour_denial"
    APOLOGY = "apology"
    SERVICE_NOTICE = "service_notice"
    REFERRAL = "referral"


@dataclass
class ReadyResponse:
    """A prepared text with placeholders such as {الجهة} filled in when it is used."""

    title: str
    kind: ResponseKind
    text: str
    scenario: Scenario | None = None
    id: int | None = None


@dataclass
class IncidentStep:
    """A playbook step copied into an incident when the playbook is run; ticked with a time."""

    text: str
    owner: str = ""
    target_minutes: int | None = None
    stage: Stage = Stage.RESPOND
    done_at: dt.datetime | None = None
    id: int | None = None

    def due_at(self, first_seen_at: dt.datetime) -> dt.datetime | None:
        """When the step should be done, counted from when the incident was first seen."""
        if self.target_minutes is None:
            return None
        return first_seen_at + dt.timedelta(minutes=self.target_minutes)


@dataclass
class Incident:
    """An entry of the incident and rumour log."""

    title: str
    first_seen_at: dt.datetime
    severity: Severity = Severity.MEDIUM
    verification: Verification = Verification.UNVERIFIED
    scenario: Scenario | None = None
    platform: Platform | None = None  # None: seen elsewhere (a messaging group, the press)
    link: str = ""
    playbook_id: int | None = None
    response_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    partner_ids: list[int] = field(default_factory=list)
    notes: str = ""
    steps: list[IncidentStep] = field(default_factory=list)
    paused_post_ids: list[int] = field(default_factory=list)
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def run_playbook(incident: Incident, playbook: Playbook) -> None:
    """Copy the playbook's steps into the incident as an unticked checklist.

    The copy is a snapshot: editing the playbook later leaves past incidents as they were run.
    """
    incident.playbook_id = playbook.id
    if incident.scenario is None:
        incident.scenario = playbook.scenario
    incident.steps = [
        IncidentStep(s.text, s.owner, s.target_minutes, s.stage) for s in playbook.steps
    ]


class RequestKind(StrEnum):
    """What a follower asked for."""

    QUESTION = "question"
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    REPORT = "report"


@dataclass
class FollowerRequest:
    """An entry of the follower-request log."""

    summary: str
    platform: Platform
    received_at: dt.datetime
    kind: RequestKind = RequestKind.QUESTION
    severity: Severity = Severity.MEDIUM
    answered_at: dt.datetime | None = None
    referred_to: int | None = None  # a partner body's id
    routed_to: str = ""  # the channel a critical matter was sent to (the hotline)
    outcome: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ResponseTarget:
    """How fast a request of a severity must be answered; `platform` None applies to every
    platform without its own target. `route_to` names a channel such requests go to."""

    severity: Severity
    minutes: int
    platform: Platform | None = None
    route_to: str = ""


class PartnerKind(StrEnum):
    """What kind of body a partner is."""

    MINISTRY = "ministry"
    POLICE = "police"
    CIVIL_DEFENCE = "civil_defence"
    MUNICIPALITY = "municipality"
    AUTHORITY = "authority"  # a public authority or a public-service company
    OTHER = "other"


@dataclass
class PartnerAccount:
    """A partner body's account on a platform, used to tag it."""

    platform: Platform
    handle: str


@dataclass
class Contact:
    """A contact person at a partner body."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class PartnerBody:
    """A body the institution coordinates with and refers followers to."""

    name: str
    kind: PartnerKind = PartnerKind.OTHER
    topics: list[str] = field(default_factory=list)
    accounts: list[PartnerAccount] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    notes: str = ""
    id: int | None = None

    def handle_on(self, platform: Platform | None) -> str:
        """The body's handle on `platform`, else its first handle, else ""."""
        for account in self.accounts:
            if account.platform is platform:
                return account.handle
        return self.accounts[0].handle if self.accounts else ""


class TwoFactor(StrEnum):
    """Two-step verification on an account, and by which method."""

    OFF = "off"
    APP = "authenticator_app"
    KEY = "security_key"
    SMS = "sms"
    EMAIL = "email"


@dataclass
class AccessHolder:
    """Someone who can sign in to an account."""

    name: str
    role: str = ""
    since: dt.date | None = None


DEFAULT_REVIEW_DAYS = 90


@dataclass
class SecurityRecord:
    """The security facts of one account: never a password or a code, only dates and facts."""

    account_id: int
    holders: list[AccessHolder] = field(default_factory=list)
    two_factor: TwoFactor = TwoFactor.OFF
    recovery_email_verified: bool = False
    recovery_phone_verified: bool = False
    last_password_change: dt.date | None = None
    last_access_review: dt.date | None = None
    review_every_days: int = DEFAULT_REVIEW_DAYS
    notes: str = ""

    @property
    def id(self) -> int:
        """Records are keyed by their account."""
        return self.account_id
