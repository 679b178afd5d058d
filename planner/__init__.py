"""The Campaign Planner (مخطط الحملات): campaigns, content calendar and identity, offline."""

__version__ = "0.1.0"
