"""Hooks for the apps above meetings (sent after the change is committed)."""

from django.dispatch import Signal

# The minutes of `meeting` were approved (decisions mails them to the members).
minutes_approved = Signal()

# The date, time or place of `meeting` changed (`changes`: field → [before, after]).
meeting_changed = Signal()

# `meeting` was cancelled for `reason`.
meeting_cancelled = Signal()
