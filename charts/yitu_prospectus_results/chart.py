"""Yitu revenue (filled bars) and net loss (hollow bars) by year, RMB million, from its prospectus."""

from theme import revenue_and_loss_bars


def chart(data):
    """Two horizontal bars per year, labelled with their values; the loss drawn hollow so the two read apart."""
    return revenue_and_loss_bars(data, height=240)
