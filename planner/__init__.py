"""The Campaign Planner (مخطط الحملات): campaigns, content calendar and identity, offline."""

__version__ = "0.1.0"

from planner.none_refcount import protect_none  # PySide6 6.12 on Python 3.11, see there

protect_none()
