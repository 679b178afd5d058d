"""The campaign editor: one tab per part of the plan (OASIS), every edit undoable."""
