"""Regulation events of the shared timeline, one labelled row each (a view of timeline_events)."""

from theme import event_list


def chart(data):
    """Date, a dot for who acted and the event's label, one row per event."""
    return event_list(data)
