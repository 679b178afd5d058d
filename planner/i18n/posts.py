"""Counts of posts in words: what a number counts and what it leaves out (domain.post_counts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.post_counts import PostCounts
from planner.formatting import Formatter


# Each counted source is written out whole (lupdate reads literals only); `fmt` writes the
# count in the chosen digits before any %1 is filled.
def posts(n: int, fmt: Formatter) -> str:
    """ "40 posts" """
    return fmt.counted(QCoreApplication.translate("PostCounts", "%n posts", None, n), n)


def breakdown(counts: PostCounts, fmt: Formatter) -> str:
    """ "40 posts: 35 planned, 1 cancelled, 4 ideas without a date": a campaign's count with
    the parts the other views leave out (only those there are)."""
    text = posts(counts.total, fmt)
    if not counts.ideas and not counts.cancelled:
        return text
    n = counts.planned
    parts = [fmt.counted(QCoreApplication.translate("PostCounts", "%n planned", None, n), n)]
    if n := counts.cancelled:
        text_ = QCoreApplication.translate("PostCounts", "%n cancelled", None, n)
        parts.append(fmt.counted(text_, n))
    if n := counts.ideas:
        text_ = QCoreApplication.translate("PostCounts", "%n ideas without a date", None, n)
        parts.append(fmt.counted(text_, n))
    head = QCoreApplication.translate("PostCounts", "%1: %2")
    return head.replace("%1", text).replace("%2", fmt.join(parts))


def exported(written: int, ideas_left_out: int, file_name: str, fmt: Formatter) -> str:
    """ "36 posts written to plan.xlsx; 4 ideas without a date left out (an export of the
    calendar holds dated posts)": what an export wrote and what it did not, and why."""
    n = written
    text = QCoreApplication.translate("PostCounts", "%n posts written to %1", None, n)
    text = fmt.counted(text, n).replace("%1", file_name)
    if n := ideas_left_out:
        left = QCoreApplication.translate(
            "PostCounts",
            "%n ideas without a date left out (the calendar's exports hold dated posts)",
            None,
            n,
        )
        text += QCoreApplication.translate("PostCounts", "; ") + fmt.counted(left, n)
    return text


def counted_in_period() -> str:
    """What the calendar's count of a month, week or list counts (its tooltip)."""
    return QCoreApplication.translate(
        "PostCounts",
        "Posts dated in this period that pass the filters, cancelled ones included. Ideas have"
        " no date: they are in the ideas column, not in this count.",
    )


def counted_this_week() -> str:
    """What the Overview's "Posts this week" counts (its tooltip): the calendar's rule."""
    return QCoreApplication.translate(
        "PostCounts",
        "Posts dated this week (Sunday to Saturday) in every campaign, cancelled ones"
        " included, as the calendar's week counts them. Ideas have no date: they are counted"
        " beside.",
    )
