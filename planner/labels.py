"""Translated names for the domain's codes (platforms, statuses, types, file problems)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from planner.domain.model import (
    CampaignStatus,
    CampaignType,
    ContentType,
    Metric,
    Platform,
    PostStatus,
)
from planner.domain.ranges import YEAR_MAX, YEAR_MIN
from planner.i18n.marker import QT_TRANSLATE_NOOP, LabelTable, translator
from planner.storage.errors import Problem, WorkspaceError
from planner.storage.soundness import FindingKind

PLATFORMS = {
    Platform.X: QT_TRANSLATE_NOOP("Labels", "X"),
    Platform.INSTAGRAM: QT_TRANSLATE_NOOP("Labels", "Instagram"),
    Platform.FACEBOOK: QT_TRANSLATE_NOOP("Labels", "Facebook"),
    Platform.SNAPCHAT: QT_TRANSLATE_NOOP("Labels", "Snapchat"),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP("Labels", "YouTube"),
    Platform.LINKEDIN: QT_TRANSLATE_NOOP("Labels", "LinkedIn"),
    Platform.TIKTOK: QT_TRANSLATE_NOOP("Labels", "TikTok"),
    Platform.WHATSAPP: QT_TRANSLATE_NOOP("Labels", "WhatsApp channel"),
}

CAMPAIGN_STATUSES = {
    CampaignStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    CampaignStatus.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("Labels", "Awaiting approval"),
    CampaignStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    CampaignStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "Running"),
    CampaignStatus.FINISHED: QT_TRANSLATE_NOOP("Labels", "Finished"),
    CampaignStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
}

CAMPAIGN_TYPES = {
    CampaignType.AWARENESS: QT_TRANSLATE_NOOP("Labels", "Awareness"),
    CampaignType.SERVICE: QT_TRANSLATE_NOOP("Labels", "Service announcement"),
    CampaignType.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
    CampaignType.EDUCATIONAL: QT_TRANSLATE_NOOP("Labels", "Educational"),
    CampaignType.BEHAVIOUR: QT_TRANSLATE_NOOP("Labels", "Behaviour change"),
    CampaignType.CRISIS: QT_TRANSLATE_NOOP("Labels", "Crisis response"),
    CampaignType.COMMUNITY: QT_TRANSLATE_NOOP("Labels", "Community and volunteering"),
}

POST_STATUSES = {
    PostStatus.IDEA: QT_TRANSLATE_NOOP("Labels", "Idea"),
    PostStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    PostStatus.READY: QT_TRANSLATE_NOOP("Labels", "Ready for review"),
    PostStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    PostStatus.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    PostStatus.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Published"),
    PostStatus.PAUSED: QT_TRANSLATE_NOOP("Labels", "Paused"),
    PostStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

CONTENT_TYPES = {
    ContentType.TEXT: QT_TRANSLATE_NOOP("Labels", "Text"),
    ContentType.IMAGE: QT_TRANSLATE_NOOP("Labels", "Image"),
    ContentType.CAROUSEL: QT_TRANSLATE_NOOP("Labels", "Carousel"),
    ContentType.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video"),
    ContentType.REEL: QT_TRANSLATE_NOOP("Labels", "Reel / short"),
    ContentType.STORY: QT_TRANSLATE_NOOP("Labels", "Story"),
    ContentType.LIVE: QT_TRANSLATE_NOOP("Labels", "Live"),
    ContentType.THREAD: QT_TRANSLATE_NOOP("Labels", "Thread"),
}

METRICS = {
    Metric.REACH: QT_TRANSLATE_NOOP("Labels", "Reach"),
    Metric.IMPRESSIONS: QT_TRANSLATE_NOOP("Labels", "Impressions"),
    Metric.ENGAGEMENT_RATE: QT_TRANSLATE_NOOP("Labels", "Engagement rate"),
    Metric.FOLLOWERS_GAINED: QT_TRANSLATE_NOOP("Labels", "Followers gained"),
    Metric.RESPONSE_TIME: QT_TRANSLATE_NOOP("Labels", "Response time"),
    Metric.SITE_VISITS: QT_TRANSLATE_NOOP("Labels", "Site visits"),
    Metric.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

PROBLEMS = {
    Problem.NOT_FOUND: QT_TRANSLATE_NOOP("Labels", "The file does not exist."),
    Problem.EMPTY: QT_TRANSLATE_NOOP("Labels", "The file is empty: it holds no workspace."),
    Problem.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Labels", "This is not a workspace file of the Campaign Planner."
    ),
    Problem.CORRUPT: QT_TRANSLATE_NOOP(
        "Labels", "The workspace file is damaged (truncated or corrupt) and cannot be opened."
    ),
    Problem.FOREIGN: QT_TRANSLATE_NOOP(
        "Labels", "This database was not made by the Campaign Planner."
    ),
    Problem.NEWER: QT_TRANSLATE_NOOP(
        "Labels",
        "This workspace was saved by a newer version of the Campaign Planner. "
        "Update the program to open it; the file was left untouched.",
    ),
    Problem.LOCKED: QT_TRANSLATE_NOOP(
        "Labels", "The workspace is in use by another program. Close it and try again."
    ),
    Problem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Labels", "The disk is full: the change could not be saved."
    ),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Labels", "The workspace file is read-only: changes cannot be saved."
    ),
    Problem.INVALID: QT_TRANSLATE_NOOP("Labels", "The file's contents are not valid."),
    Problem.IS_FOLDER: QT_TRANSLATE_NOOP(
        "Labels", "This is a folder, not a workspace file. Choose the file inside it."
    ),
    Problem.UNREADABLE: QT_TRANSLATE_NOOP(
        "Labels", "The file cannot be read: this user has no permission to open it."
    ),
    Problem.FOLDER_READ_ONLY: QT_TRANSLATE_NOOP(
        "Labels",
        "The folder that holds the workspace is read-only: the workspace cannot be opened "
        "for changes there. Copy it to a folder you can write to.",
    ),
    Problem.BACKUPS_UNUSABLE: QT_TRANSLATE_NOOP(
        "Labels",
        "The backups cannot be written: their folder is missing, is a file, or is read-only.",
    ),
    Problem.NO_SPACE_FOR_BACKUP: QT_TRANSLATE_NOOP(
        "Labels",
        "There is not enough free space on the disk for the workspace's daily backup. "
        "Free some space and open it again; nothing was changed.",
    ),
}

FINDINGS = {
    FindingKind.MISSING_TABLE: QT_TRANSLATE_NOOP("Labels", "the table “%1” is missing"),
    FindingKind.UNKNOWN_VALUE: QT_TRANSLATE_NOOP(
        "Labels", "“%1” holds values this program does not know (rows: %2)"
    ),
    FindingKind.BAD_DATE: QT_TRANSLATE_NOOP(
        "Labels", "“%1” holds impossible dates or dates outside %3–%4 (rows: %2)"
    ),
    FindingKind.BROKEN_REFERENCE: QT_TRANSLATE_NOOP(
        "Labels", "“%1” refers to rows that no longer exist (rows: %2)"
    ),
}


tr = translator("Labels")  # one of the labels above, in the current language
platform = LabelTable("Labels", PLATFORMS)
campaign_status = LabelTable("Labels", CAMPAIGN_STATUSES)
campaign_type = LabelTable("Labels", CAMPAIGN_TYPES)
post_status = LabelTable("Labels", POST_STATUSES)
content_type = LabelTable("Labels", CONTENT_TYPES)
metric = LabelTable("Labels", METRICS)
problem = LabelTable("Labels", PROBLEMS)


def describe(
    exc: WorkspaceError,
    number: Callable[[int], str] = str,
    isolate: bool = False,
    year: Callable[[int], str] = str,
) -> str:
    """The problem in the user's language, followed by what the contents check found.

    `number` writes a count and `year` a year (not grouped) in the officer's digits; with
    `isolate` (on screen, not in a terminal) a table's name (Latin, with a dot) is isolated
    (FSI ... PDI) so that it does not reorder the Arabic sentence around it."""
    text = problem(exc.problem)
    found = []
    for f in exc.findings:
        where = f"\u2068{f.where}\u2069" if isolate else f.where
        line = tr(FINDINGS[f.kind]).replace("%3", year(YEAR_MIN)).replace("%4", year(YEAR_MAX))
        found.append(line.replace("%1", where).replace("%2", number(f.count)))
    return text + (" " + "; ".join(found) + "." if found else "")


def too_many_pages(pages: int) -> str:
    """Why a plan PDF of `pages` (estimated) pages is not made (over ranges.PDF_MAX_PAGES)."""
    from planner.domain.ranges import PDF_MAX_PAGES

    message = QCoreApplication.translate(
        "ExportPdf",
        "The plan would run to about %1 pages, more than the %2 a PDF export makes. "
        "Shorten the posts' texts or split the campaign.",
    )
    return message.replace("%1", str(pages)).replace("%2", str(PDF_MAX_PAGES))
