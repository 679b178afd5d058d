"""Qt widgets, models, dialogs and undo commands."""
