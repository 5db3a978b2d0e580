"""Write the audit trail (ActionLog)."""

from typing import Any

from django.db import models

from .models import ActionLog


def log_action(actor, action: str, obj: models.Model, *, meeting_id=None, **data: Any) -> ActionLog:
    """Record that `actor` did `action` to `obj`."""
    if meeting_id is None and obj.__class__.__name__ == "Meeting":
        meeting_id = obj.pk
    return ActionLog.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=obj.pk,
        meeting_id=meeting_id if meeting_id is not None else getattr(obj, "meeting_id", None),
        data=data,
    )
