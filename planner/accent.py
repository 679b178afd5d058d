"""The interface's accent colour, in a module of its own: the window's frame is painted with it
before the domain (which planner/palette.py needs for its keys) is imported."""

ACCENT = "#0f6e6e"  # a calm teal: official, readable on white and on dark grey
