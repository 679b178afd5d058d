"""`versions --workspace FILE --campaign NAME_OR_ID`: versions and decisions, for scripts."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner import cli


def _add(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "versions",
        help="list a campaign plan's versions, the decision on each, and the changes since "
        "its last approval (tab-separated)",
    )
    parser.add_argument("--workspace", type=Path, required=True, dest="file")
    parser.add_argument("--campaign", required=True, help="name or id of the campaign")
    parser.set_defaults(handler=_versions)


def _clean(text: str) -> str:
    """A field on one line of a tab-separated listing."""
    return " ".join(text.split())


def _versions(args: argparse.Namespace) -> int:
    from planner.cli_reports import find_campaign
    from planner.storage import approval
    from planner.storage.errors import WorkspaceError
    from planner.storage.workspace import Workspace

    try:
        workspace = Workspace.open(args.file, backup=False)
    except WorkspaceError as exc:
        cli.fail_on_problem(exc)
    try:
        campaign_id = find_campaign(workspace, args.campaign)
        history = approval.history(workspace, campaign_id)
        stage = approval.stage(workspace, campaign_id)
        changes = approval.changes_since_approval(workspace, campaign_id)
    finally:
        workspace.close()
    print("version\tsubmitted\tdecision\tdecided_on\tapprover\ttitle\tcomments\tdocument")
    for v in history.versions:
        d = v.decision
        fields = [str(v.number), v.frozen_at.strftime("%Y-%m-%d %H:%M")]
        if d is None:
            fields += ["awaiting", "", "", "", "", ""]
        else:
            fields += [
                d.decision.value,
                d.decided_on.isoformat(),
                _clean(d.approver),
                _clean(d.title),
                _clean(d.comments),
                d.document_sha256 or "",
            ]
        print("\t".join(fields))
    print(f"# stage: {stage.value}")
    if changes is not None:
        print(f"# changes since version {changes.version.number}: {changes.diff.count()}")
    return cli.EXIT_OK


cli.register(_add)
