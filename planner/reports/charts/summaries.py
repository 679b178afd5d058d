"""The sentence under each chart, from the facts the domain computed, in the current language.

No matplotlib here: the UI, the PDF and the command line can say what a chart shows without
drawing it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner import labels
from planner.domain.coverage.actual import ActualData
from planner.domain.coverage.plan import HeatmapData, PlatformWeekData, SegmentCoverageData
from planner.domain.coverage.reach import BudgetData, ReachData, TimesData
from planner.formatting import Formatter


def _fill(text: str, *values: str) -> str:
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", value)
    return text


# Counted phrases ("%n posts") in their plural form and the chosen digits; each source is
# written out for lupdate.
def _posts(n: int, fmt: Formatter) -> str:
    return fmt.counted(QCoreApplication.translate("Charts", "%n posts", None, n), n)


def _planned_posts(n: int, fmt: Formatter) -> str:
    return fmt.counted(QCoreApplication.translate("Charts", "%n planned posts", None, n), n)


def _posts_on_platforms(posts: int, slots: int, fmt: Formatter) -> str:
    """ "35 posts (53 counting each platform)": the charts count a post once per platform;
    the number of posts comes first, as the campaign list and the exports count them."""
    if not posts or posts == slots:
        return _posts(slots, fmt)
    return _fill(
        QCoreApplication.translate("Charts", "%1 (%2 counting each platform)"),
        _posts(posts, fmt),
        fmt.integer(slots),
    )


def _weeks(n: int, fmt: Formatter) -> str:
    return fmt.counted(QCoreApplication.translate("Charts", "%n weeks", None, n), n)


def _people(n: int, fmt: Formatter) -> str:
    return fmt.counted(QCoreApplication.translate("Charts", "%n people", None, n), n)


def _segments(n: int, fmt: Formatter) -> str:
    return fmt.counted(QCoreApplication.translate("Charts", "%n target segments", None, n), n)


def _names(items: list[str]) -> str:
    return QCoreApplication.translate("Charts", ", ").join(items)


def platform_week(data: PlatformWeekData, fmt: Formatter) -> str:
    f = data.facts
    if not f.total or f.top_platform is None or f.busiest_week is None:
        return QCoreApplication.translate("Charts", "No posts are planned in this period.")
    text = _fill(
        QCoreApplication.translate(
            "Charts",
            "%1 are planned over %2; %3 carries the most (%4). The busiest week begins on %5, "
            "with %6.",
        ),
        _posts_on_platforms(f.posts, f.total, fmt),
        _weeks(len(data.weeks), fmt),
        labels.platform(f.top_platform),
        fmt.percent(f.top_share),
        fmt.date(f.busiest_week, "d MMMM"),
        _posts(f.busiest_count, fmt)
        if not f.posts or f.posts == f.total
        else _fill(
            QCoreApplication.translate("Charts", "%1 counting each platform"),
            fmt.integer(f.busiest_count),
        ),
    )
    if f.empty_weeks:
        text += " " + _fill(
            QCoreApplication.translate("Charts", "Weeks without any post: %1."),
            fmt.integer(f.empty_weeks),
        )
    if f.outside:
        n = f.outside
        text += " " + fmt.counted(
            QCoreApplication.translate(
                "Charts",
                "%n planned posts are dated outside the period: not counted here.",
                None,
                n,
            ),
            n,
        )
    return text


def heatmap(data: HeatmapData, fmt: Formatter) -> str:
    f = data.facts
    if not f.total or f.busiest_day is None:
        return QCoreApplication.translate("Charts", "No posts are planned in this period.")
    text = _fill(
        QCoreApplication.translate(
            "Charts", "Days without any post: %1 of %2. The busiest day is %3, with %4."
        ),
        fmt.integer(f.empty_days),
        fmt.integer(f.days),
        fmt.date(f.busiest_day, "d MMMM"),
        _posts(f.busiest_count, fmt),
    )
    if data.occasions:
        text += " " + _fill(
            QCoreApplication.translate(
                "Charts", "Occasions in the period: %1; posts planned on them: %2."
            ),
            fmt.integer(len(data.occasions)),
            fmt.integer(f.occasion_posts),
        )
    return text


def segments(data: SegmentCoverageData, fmt: Formatter) -> str:
    f = data.facts
    if not f.targets:
        return QCoreApplication.translate("Charts", "The campaign has no target segments yet.")
    parts = []
    if f.top_platform is not None:
        if f.top_reaches < f.targets:
            parts.append(
                _fill(
                    QCoreApplication.translate(
                        "Charts",
                        "%1 carries %2 of the posts but reaches only %3 of the %4.",
                    ),
                    labels.platform(f.top_platform),
                    fmt.percent(f.top_share),
                    fmt.integer(f.top_reaches),
                    _segments(f.targets, fmt),
                )
            )
        else:
            parts.append(
                _fill(
                    QCoreApplication.translate(
                        "Charts", "%1 carries %2 of the posts and reaches all %3."
                    ),
                    labels.platform(f.top_platform),
                    fmt.percent(f.top_share),
                    _segments(f.targets, fmt),
                )
            )
    if f.uncovered:
        parts.append(
            _fill(
                QCoreApplication.translate("Charts", "No planned post reaches: %1."),
                _names(f.uncovered),
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "Charts", "Every target segment is reached by at least one planned post."
            )
        )
    return " ".join(parts)


def reach(data: ReachData, fmt: Formatter) -> str:
    f = data.facts
    if not f.total:
        return QCoreApplication.translate(
            "Charts", "No reach can be estimated yet: plan posts on accounts with followers."
        )
    if f.target and f.share_of_target is not None:
        text = _fill(
            QCoreApplication.translate(
                "Charts", "The estimated reach is %1, %2 of the target of %3."
            ),
            _people(f.total, fmt),
            fmt.percent(f.share_of_target),
            fmt.integer(round(f.target)),
        )
    else:
        text = _fill(
            QCoreApplication.translate(
                "Charts", "The estimated reach is %1; the campaign has no reach target."
            ),
            _people(f.total, fmt),
        )
    if f.top_platform is not None:
        text += " " + _fill(
            QCoreApplication.translate("Charts", "%1 brings the most (%2)."),
            labels.platform(f.top_platform),
            fmt.percent(f.top_share),
        )
    return text


def budget(data: BudgetData, fmt: Formatter) -> str:
    f = data.facts
    if not f.total_baisa or f.top_platform is None:
        return QCoreApplication.translate("Charts", "No promotion budget is planned.")
    text = _fill(
        QCoreApplication.translate(
            "Charts", "The promotion budget is %1; %2 takes the largest share (%3)."
        ),
        fmt.money(f.total_baisa),
        labels.platform(f.top_platform),
        fmt.percent(f.top_share),
    )
    if f.without_posts:
        text += " " + _fill(
            QCoreApplication.translate("Charts", "Budget without any planned post: %1."),
            _names([labels.platform(p) for p in f.without_posts]),
        )
    return text


def times(data: TimesData, fmt: Formatter) -> str:
    f = data.facts
    if not f.total:
        return QCoreApplication.translate("Charts", "No posting times are planned yet.")
    if not f.with_best_times:
        return QCoreApplication.translate(
            "Charts", "No best posting times are recorded for these accounts."
        )
    return _fill(
        QCoreApplication.translate(
            "Charts", "%1 of %2 go out in one of their account's best hours."
        ),
        fmt.integer(f.on_best),
        _planned_posts(f.with_best_times, fmt),
    )


def actual(data: ActualData, fmt: Formatter) -> str:
    f = data.facts
    if data.empty:
        return QCoreApplication.translate(
            "Charts",
            "No actual figures yet. Import the platforms' statistics or enter follower counts.",
        )
    parts = []
    if f.measured:
        parts.append(
            _fill(
                QCoreApplication.translate(
                    "Charts",
                    "%1 of %2 have figures; they reached %3 against an estimate of %4.",
                ),
                fmt.integer(f.measured),
                _planned_posts(f.planned, fmt),
                _people(f.actual, fmt),
                fmt.integer(f.estimated),
            )
        )
        # what is counted, so that it is not read against the list's count of posts
        parts.append(
            QCoreApplication.translate(
                "Charts", "A post planned on two platforms counts twice here."
            )
        )
    if f.kpis_known:
        parts.append(
            _fill(
                QCoreApplication.translate(
                    "Charts", "KPIs that reached their target: %1 of %2 with a figure."
                ),
                fmt.integer(f.kpis_met),
                fmt.integer(f.kpis_known),
            )
        )
    if any(len(s.points) > 1 for s in data.followers):
        parts.append(
            _fill(
                QCoreApplication.translate("Charts", "Followers gained in the period: %1."),
                fmt.integer(f.follower_growth),
            )
        )
    return " ".join(parts)
