"""The colours that carry meaning, shared by the UI, the charts and the PDF (hex strings)."""

from __future__ import annotations

from planner.accent import ACCENT
from planner.domain.model import CampaignStatus, Platform, PostStatus

__all__ = ["ACCENT", "CAMPAIGN_STATUS", "PLATFORM", "POST_STATUS"]

PLATFORM = {
    Platform.X: "#14171a",
    Platform.INSTAGRAM: "#c13584",
    Platform.FACEBOOK: "#1877f2",
    Platform.SNAPCHAT: "#e6c200",
    Platform.YOUTUBE: "#ff0000",
    Platform.LINKEDIN: "#0a66c2",
    Platform.TIKTOK: "#25c6c6",
    Platform.WHATSAPP: "#25d366",
}

POST_STATUS = {
    PostStatus.IDEA: "#9aa0a6",
    PostStatus.DRAFT: "#6b7280",
    PostStatus.READY: "#d97706",
    PostStatus.APPROVED: "#16a34a",
    PostStatus.SCHEDULED: "#2563eb",
    PostStatus.PUBLISHED: "#166534",
    PostStatus.PAUSED: "#dc2626",
    PostStatus.CANCELLED: "#991b1b",
}

CAMPAIGN_STATUS = {
    CampaignStatus.DRAFT: "#6b7280",
    CampaignStatus.AWAITING_APPROVAL: "#d97706",
    CampaignStatus.APPROVED: "#16a34a",
    CampaignStatus.RUNNING: "#2563eb",
    CampaignStatus.FINISHED: "#166534",
    CampaignStatus.ARCHIVED: "#9aa0a6",
}
