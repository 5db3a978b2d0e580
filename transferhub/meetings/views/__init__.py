"""Pages of meetings, one module per part.

- meetings: list, agenda, state, approval, versions and attendance;
- items: one agenda item (planning, recording, decisions, tasks, files);
- polls: the date polls (Terminfindung).

The meeting day on one page (Protokollieren) is in ../views_recording.py. Other apps
load a meeting through `meeting_view` and `_item`, importable from here.
"""

from . import items, meetings, polls
from .meetings import _item, meeting_view

__all__ = ["_item", "items", "meeting_view", "meetings", "polls"]
