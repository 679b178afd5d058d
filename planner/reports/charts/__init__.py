"""Coverage charts: matplotlib figures built from plain data (matplotlib loaded lazily)."""
