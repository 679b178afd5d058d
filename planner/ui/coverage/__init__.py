"""The Coverage screen: charts of the plan, actual figures, statistics import."""
