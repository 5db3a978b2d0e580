"""What each row of the agenda page shows, worked out in Python instead of in the template.

A meeting of 30 items asked the template for some 1,500 lookups, filters, {% url %} and
{% blocktranslate %} tags; in plain Python the same rows cost a fraction. The template
keeps the markup and only prints these values.
"""

from django.utils.translation import gettext as _

from transferhub.lib.links import url_maker
from transferhub.lib.markdown import render_markdown

from .minutes_text import minutes_without_records
from .models import AgendaItem, Meeting
from .related import decision_model, papers_of_items, task_model
from .services import ScheduledItem


def agenda_rows(
    meeting: Meeting, schedule: list[ScheduledItem], *, full: bool, manage: bool, frozen: bool
) -> list[dict]:
    """One dict per row of the agenda table (Was / Wer / wann, and the actions)."""
    statuses = {value: str(label) for value, label in AgendaItem.Status.choices}
    minutes_label = _("%(minutes)d Min.")
    editable = manage and not frozen
    if manage:
        record_url = url_maker("meetings:item", meeting.pk)
    if editable:
        edit_url = url_maker("meetings:item_edit", meeting.pk)
        move_url = url_maker("meetings:item_move", meeting.pk)
        delete_url = url_maker("meetings:item_delete", meeting.pk)
    # The papers items consult, linked for those who see the whole meeting (one query).
    papers = papers_of_items(s.item.pk for s in schedule) if full else {}
    rows = []
    for scheduled in schedule:
        item = scheduled.item
        row = {
            "papers": papers.get(item.pk, []),
            # As text: the page prints it three times a row, and an int goes through
            # localize() and number_format() each time (half the cost of the row's ids).
            "pk": str(item.pk),
            "number": item.number,
            "name": item.name,
            "is_break": item.is_break,
            "anchor": full or bool(item.minutes) or bool(item.decision_list),
            "status": item.status,
            "status_label": statuses.get(item.status, item.status),
            "status_badge": item.status not in ("planned", "discussed"),
            "internal": full and not item.public,
            "presenters": ", ".join(
                f"{p.person.full_name} ({p.organisation.name})"
                if p.organisation_id
                else p.person.full_name
                for p in item.presentation_list
            ),
            "start": f"{scheduled.start:%H:%M}",
            "duration": minutes_label % {"minutes": item.duration_minutes},
            "overruns": scheduled.overruns,
        }
        if manage:
            row["record_url"] = record_url(item.pk)
        if editable:
            row.update(
                edit_url=edit_url(item.pk),
                move_url=move_url(item.pk),
                delete_url=delete_url(item.pk),
                up_label=_("„%(name)s“ nach oben") % {"name": item.name},
                down_label=_("„%(name)s“ nach unten") % {"name": item.name},
            )
        rows.append(row)
    return rows


def minutes_sections(meeting: Meeting, schedule: list[ScheduledItem], *, full: bool) -> list[dict]:
    """One dict per item (breaks left out) for the minutes part: text, decisions, tasks, files."""
    statuses = {value: str(label) for value, label in AgendaItem.Status.choices}
    kinds = {value: str(label) for value, label in decision_model().Kind.choices}
    task_statuses = {value: str(label) for value, label in task_model().Status.choices}
    attachment_url = url_maker("meetings:attachment", meeting.pk)
    sections = []
    for scheduled in schedule:
        item = scheduled.item
        if item.is_break:
            continue
        approves = item.approves_minutes_of
        sections.append(
            {
                "pk": str(item.pk),  # as text, see agenda_rows()
                "number": item.number,
                "name": item.name,
                "status": item.status,
                "status_label": statuses.get(item.status, item.status),
                "approves_url": approves.get_absolute_url() if approves else None,
                "approves_label": _("Protokoll vom %(date)s")
                % {"date": f"{approves.date:%d.%m.%Y}"}
                if approves
                else None,
                "minutes": _minutes_html(item, full=full),
                "decisions": [_decision(d, kinds) for d in item.decision_list],
                "tasks": [_task(t, task_statuses) for t in item.task_list] if full else [],
                "attachments": [
                    {"url": attachment_url(a.pk), "label": a.label} for a in item.attachment_list
                ],
            }
        )
    return sections


def _minutes_html(item: AgendaItem, *, full: bool):
    """Render the item's minutes without the decisions and tasks shown below them.

    Imported minutes keep "Die AG … vereinbart: …" in their text while the same lines are
    stored as decisions: shown as they are, each decision would appear twice.
    """
    if not item.minutes:
        return None
    tasks = [t.text for t in item.task_list] if full else []
    text = minutes_without_records(item.minutes, [d.text for d in item.decision_list], tasks)
    return render_markdown(text) if text.strip() else None


def _decision(decision, kinds: dict[str, str]) -> dict:
    votes = None
    if decision.has_votes:
        votes = _("Ja %(yes)s, Nein %(no)s, Enthaltungen %(abstain)s") % {
            "yes": decision.votes_yes,
            "no": decision.votes_no,
            "abstain": decision.votes_abstain,
        }
    return {
        "kind": kinds.get(decision.kind, decision.kind),
        "number": decision.register_number,
        "text": render_markdown(decision.text),
        "votes": votes,
    }


def _task(task, statuses: dict[str, str]) -> dict:
    owner = task.owner
    return {
        "text": task.text,
        "owner": str(owner) if owner else None,
        "due": f"{task.due_date:%d.%m.%Y}" if task.due_date else None,
        "status": task.status,
        "status_label": statuses.get(task.status, task.status),
    }
