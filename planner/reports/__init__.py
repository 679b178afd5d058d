"""Charts, the PDF and other exports built from the workspace."""
