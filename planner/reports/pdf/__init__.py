"""The campaign plan and the month calendar as PDF documents (QTextDocument on QPdfWriter)."""
