"""Plain-Python values and rules of the planner: no Qt, no SQL."""
