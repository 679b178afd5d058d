"""The Campaigns screen: the list of campaigns and (later) the campaign editor."""
