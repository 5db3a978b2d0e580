"""What each row of the agenda page shows, worked out in Python instead of in the template.

A meeting of 30 items asked the template for some 1,500 lookups, filters, {% url %} and
{% blocktranslate %} tags; in plain Python the same rows cost a fraction. The template
keeps the markup and only prints these values.
"""

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from transferhub.lib.fragments import as_html
from transferhub.lib.links import url_maker
from transferhub.lib.markdown import render_markdown
from transferhub.lib.templatetags.th import item_name

from .minutes_text import minutes_without_records
from .models import AgendaItem, Meeting
from .related import decision_model, papers_of_meeting, task_model
from .services import ScheduledItem

# The statuses an agenda row shows no badge for (its minutes section does).
ROW_STATUSES_UNSHOWN = ("planned", "discussed")


def shows_minutes(item: AgendaItem) -> bool:
    """Whether the item has minutes to show: a text or a decision."""
    return bool(item.minutes) or bool(item.decision_list)


def row_facts(item: AgendaItem, *, full: bool) -> tuple:
    """What an item's agenda row shows of its minutes and status (see agenda_rows())."""
    badge = item.status not in ROW_STATUSES_UNSHOWN
    return (full or shows_minutes(item), item.status if badge else None)


def agenda_rows(
    meeting: Meeting, schedule: list[ScheduledItem], *, full: bool, manage: bool, frozen: bool
) -> list[dict]:
    """One dict per row of the agenda table (Was / Wer / wann, and the actions).

    The schedule's items as agenda_values.agenda_values() reads them (with `presenters`).
    """
    statuses = {value: str(label) for value, label in AgendaItem.Status.choices}
    minutes_label = _("%(minutes)d Min.")
    editable = manage and not frozen
    if manage:
        record_url = url_maker("meetings:item", meeting.pk)
    if editable:
        edit_url = url_maker("meetings:item_edit", meeting.pk)
        move_url = url_maker("meetings:item_move", meeting.pk)
        delete_url = url_maker("meetings:item_delete", meeting.pk)
        up_label, down_label = _("„%(name)s“ nach oben"), _("„%(name)s“ nach unten")
    # The papers items consult, linked for those who see the whole meeting (one query).
    papers = papers_of_meeting(meeting.pk) if full and schedule else {}
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
            "anchor": full or shows_minutes(item),
            "status": item.status,
            "status_label": statuses.get(item.status, item.status),
            "status_badge": item.status not in ROW_STATUSES_UNSHOWN,
            "internal": full and not item.public,
            "presenters": item.presenters,  # "Name (Organisation), …" (agenda_values.py)
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
                up_label=up_label % {"name": item.name},
                down_label=down_label % {"name": item.name},
            )
        rows.append(row)
    return rows


def minutes_sections(meeting: Meeting, schedule: list[ScheduledItem], *, full: bool) -> list[dict]:
    """One dict per item (breaks left out) for the minutes part: text, decisions, tasks, files."""
    statuses = {value: str(label) for value, label in AgendaItem.Status.choices}
    kinds = {value: str(label) for value, label in decision_model().Kind.choices}
    task_statuses = {value: str(label) for value, label in task_model().Status.choices}
    attachment_url = url_maker("meetings:attachment", meeting.pk)
    meeting_url = url_maker("meetings:detail")
    votes_label = _("Ja %(yes)s, Nein %(no)s, Enthaltungen %(abstain)s")
    sections = []
    for scheduled in schedule:
        item = scheduled.item
        if item.is_break:
            continue
        approves = None
        if item.approves_minutes_of_id:
            # The date alone, read with the items (meetings.views._agenda_items), not the row.
            date = getattr(item, "approves_date", None) or item.approves_minutes_of.date
            approves = (meeting_url(item.approves_minutes_of_id), date)
        sections.append(
            {
                "pk": str(item.pk),  # as text, see agenda_rows()
                "number": item.number,
                "name": item.name,
                "status": item.status,
                "status_label": statuses.get(item.status, item.status),
                "approves_url": approves[0] if approves else None,
                "approves_label": _("Protokoll vom %(date)s") % {"date": f"{approves[1]:%d.%m.%Y}"}
                if approves
                else None,
                "minutes": minutes_html(item, full=full),
                "decisions": [_decision(d, kinds, votes_label) for d in item.decision_list],
                "tasks": [_task(t, task_statuses) for t in item.task_list] if full else [],
                "attachments": [
                    {"url": attachment_url(a.pk), "label": a.label} for a in item.attachment_list
                ],
            }
        )
    return sections


def minutes_html(item: AgendaItem, *, full: bool):
    """Render the item's minutes without the decisions and tasks shown below them.

    Imported minutes keep "Die AG … vereinbart: …" in their text while the same lines are
    stored as decisions: shown as they are, each decision would appear twice.
    """
    if not item.minutes:
        return None
    tasks = [t.text for t in item.task_list] if full else []
    text = minutes_without_records(item.minutes, [d.text for d in item.decision_list], tasks)
    return render_markdown(text) if text.strip() else None


def _decision(decision, kinds: dict[str, str], votes_label: str) -> dict:
    votes = None
    if decision.has_votes:
        votes = votes_label % {
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


# The rows and sections written as meeting_agenda.html once wrote them, byte for byte: the
# template's loops (a tag, lookup or filter per value) cost 3 ms of an agenda of 28 items,
# the first time the page is shown after a change. Every value is escaped as {{ }} does.


def _status_badge(row: dict) -> str:
    """An item's or task's status as a badge (its `status` and `status_label`)."""
    return f'<span class="badge {as_html(row["status"])}">{as_html(row["status_label"])}</span>'


def agenda_rows_html(
    rows: list[dict], *, manage: bool, frozen: bool, reorder: bool, csrf_token: str
) -> SafeString:
    """The agenda table's rows (agenda_rows()), with the managers' actions."""
    t_internal, t_overruns = as_html(_("nicht öffentlich")), as_html(_("überzieht"))
    t_record = as_html(_("Korrektur") if frozen else _("Protokoll"))
    t_edit, t_delete, t_paper = (
        as_html(_("Bearbeiten")),
        as_html(_("Löschen")),
        as_html(_("Vorlage")),
    )
    csrf = f'<input type="hidden" name="csrfmiddlewaretoken" value="{as_html(csrf_token)}">'
    last = len(rows) - 1
    out = []
    for index, row in enumerate(rows):
        pk, name = as_html(row["pk"]), as_html(row["name"])
        out.append(f'\n  <tr id="top-{pk}" class="{"break" if row["is_break"] else ""}"')
        if reorder:
            out.append(f' data-item-id="{pk}" draggable="true"')
        out.append('>\n    <th scope="row">')
        if row["number"]:
            out.append(f"{as_html(row['number'])}. ")
        if row["is_break"]:
            out.append(as_html(item_name(row)))
        elif row["anchor"]:
            out.append(f'<a href="#protokoll-{pk}">{name}</a>')
        else:
            out.append(name)
        out.append("\n      ")
        if row["status_badge"]:
            out.append(f" {_status_badge(row)}")
        out.append("\n      ")
        if row["internal"]:
            out.append(f' <span class="badge">{t_internal}</span>')
        out.append("\n      ")
        for paper in row["papers"]:
            out.append(
                f'<br><small>{t_paper} <a href="{as_html(paper["url"])}">'
                f"{as_html(paper['label'])}</a></small>"
            )
        out.append(f"\n    </th>\n    <td>{as_html(row['presenters'])}</td>\n    <td")
        if row["overruns"]:
            out.append(' class="overrun"')
        out.append(f">{as_html(row['start'])}")
        if row["overruns"]:
            out.append(f" <span>({t_overruns})</span>")
        out.append(f'</td>\n    <td class="duration">{as_html(row["duration"])}</td>\n    ')
        if manage:
            out.append('\n    <td>\n      <div class="actions">\n      ')
            if not row["is_break"]:
                out.append(
                    f'<a href="{as_html(row["record_url"])}" aria-label="{t_record}: {name}">'
                    f"{t_record}</a>"
                )
            out.append("\n      ")
            if not frozen:
                out.append(
                    f'\n      <a href="{as_html(row["edit_url"])}" aria-label="{t_edit}: {name}">'
                    f'{t_edit}</a>\n      <form method="post" action="{as_html(row["move_url"])}"'
                    f' class="inline">{csrf}\n        '
                )
                if index > 0:
                    out.append(
                        '<button type="submit" name="direction" value="up" '
                        f'aria-label="{as_html(row["up_label"])}">↑</button>'
                    )
                out.append("\n        ")
                if index < last:
                    out.append(
                        '<button type="submit" name="direction" value="down" '
                        f'aria-label="{as_html(row["down_label"])}">↓</button>'
                    )
                out.append(
                    f'\n      </form>\n      <a href="{as_html(row["delete_url"])}" '
                    f'aria-label="{t_delete}: {name}">{t_delete}</a>\n      '
                )
            out.append("\n      </div>\n    </td>\n    ")
        out.append("\n  </tr>\n  ")
    return mark_safe("".join(out))  # noqa: S308 - every value escaped above


def minutes_sections_html(sections: list[dict]) -> dict[str, SafeString]:
    """Each minutes section (minutes_sections()) by its item's id: text, decisions, tasks, files.

    The part keeps each apart (views.meetings._sections); the labels are translated once.
    """
    t_tasks, t_due = as_html(_("Aufgaben")), as_html(_("fällig am"))
    t_attachments = as_html(_("Anlagen"))
    written = {}
    for item in sections:
        out = []
        pk = as_html(item["pk"])
        out.append(
            f'\n<section class="card minutes" id="protokoll-{pk}" '
            f'aria-labelledby="protokoll-{pk}-h">\n  <h3 id="protokoll-{pk}-h">'
        )
        if item["number"]:
            out.append(f"{as_html(item['number'])}. ")
        out.append(f"{as_html(item['name'])}\n    ")
        if item["status"] != "planned":
            out.append(_status_badge(item))
        out.append("</h3>\n  ")
        if item["approves_url"]:
            out.append(
                f'<p><a href="{as_html(item["approves_url"])}">'
                f"{as_html(item['approves_label'])}</a></p>"
            )
        out.append("\n  ")
        if item["minutes"]:
            out.append(as_html(item["minutes"]))
        out.append("\n  ")
        for decision in item["decisions"]:
            out.append(
                f'\n  <div class="decision">\n    <p><strong>{as_html(decision["kind"])}</strong>'
                f' <span class="muted">{as_html(decision["number"])}</span></p>'
                f"\n    {as_html(decision['text'])}\n    "
            )
            if decision["votes"]:
                out.append(f'<p class="muted">{as_html(decision["votes"])}</p>')
            out.append("\n  </div>\n  ")
        out.append("\n  ")
        if item["tasks"]:
            out.append(f"\n  <h4>{t_tasks}</h4>\n  <ul>\n    ")
            for task in item["tasks"]:
                out.append(f"\n    <li>{as_html(task['text'])}")
                if task["owner"]:
                    out.append(f" – <em>{as_html(task['owner'])}</em>")
                if task["due"]:
                    out.append(f", {t_due} {as_html(task['due'])}")
                out.append(f" {_status_badge(task)}</li>\n    ")
            out.append("\n  </ul>\n  ")
        out.append("\n  ")
        if item["attachments"]:
            links = ", ".join(
                f'<a href="{as_html(a["url"])}">{as_html(a["label"])}</a>'
                for a in item["attachments"]
            )
            out.append(f"\n  <p>{t_attachments}: {links}</p>\n  ")
        out.append("\n</section>\n")
        written[item["pk"]] = mark_safe("".join(out))  # noqa: S308 - every value escaped above
    return written
