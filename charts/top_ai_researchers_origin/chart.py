"""Slope chart: share of top-tier AI researchers by country of undergraduate degree, 2019 and 2022."""

from theme import slope_chart


def chart(data):
    """The two-sample slope chart shared with the other MacroPolo chart (theme.slope_chart)."""
    return slope_chart(data)
