"""The Overview screen: this week, campaigns in flight, warnings."""
