"""The Audience & accounts screen: the institution's accounts, the segments, who reaches whom."""
