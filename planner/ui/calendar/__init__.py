"""The Calendar screen: month, week and list views of planned posts, the ideas, the composer."""
