"""The Campaign Planner (مخطط الحملات): campaigns, content calendar and identity, offline."""

__version__ = "0.1.0"

from planner.none_refcount import protect_none  # noqa: E402  (PySide6 6.12 on Python 3.11)

protect_none()
