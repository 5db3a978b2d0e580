"""Export the decision register; each exporter returns (filename, mimetype, bytes)."""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.exports import csv_row, xlsx_append

EXPORT_FORMATS = ("csv", "xlsx")


def _owner(task) -> str:
    if task.owner_person_id:
        return task.owner_person.full_name
    if task.owner_body_id:
        return task.owner_body.name
    return ""


def _tasks_text(decision) -> str:
    return "\n".join(
        f"{t.text} ({_owner(t) or '–'}; {t.get_status_display()})" for t in decision.visible_tasks
    )


def decision_rows(decisions):
    """The header and one row per decision, as the register shows them."""
    yield [
        _("Nummer"),
        _("Gremium"),
        _("Sitzung"),
        _("Tagesordnungspunkt"),
        _("Art"),
        _("Text"),
        _("Aufgaben daraus"),
        _("Vorhaben"),
    ]
    for d in decisions:
        yield [
            d.register_number,
            d.body.name,
            d.meeting.date,
            str(d.agenda_item) if d.agenda_item_id else "",
            d.get_kind_display(),
            d.text,
            _tasks_text(d),
            ", ".join(t.title for t in d.topics.all()),
        ]


def _filename(ext: str) -> str:
    return f"beschluesse-{timezone.localdate():%Y-%m-%d}.{ext}"


def decisions_csv(decisions) -> tuple[str, str, bytes]:
    """Export decisions as CSV (semicolons and a BOM, as German Excel expects)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    for row in decision_rows(decisions):
        writer.writerow(
            csv_row(v.strftime("%d.%m.%Y") if hasattr(v, "strftime") else v for v in row)
        )
    return _filename("csv"), "text/csv; charset=utf-8", out.getvalue().encode("utf-8-sig")


def decisions_xlsx(decisions) -> tuple[str, str, bytes]:
    """Export decisions as an Excel workbook with real dates and wrapped text."""
    # openpyxl takes 0.08 s to import: paid by spreadsheet downloads, not by every start.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = _("Beschlüsse")[:31]
    for index, row in enumerate(decision_rows(decisions)):
        xlsx_append(sheet, row)
        if index:
            sheet.cell(row=index + 1, column=3).number_format = "DD.MM.YYYY"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [22, 22, 12, 40, 18, 80, 60, 30]
    for col, width in zip("ABCDEFGH", widths, strict=True):
        sheet.column_dimensions[col].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return (
        _filename("xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        out.getvalue(),
    )


def tasks_csv(tasks) -> tuple[str, str, bytes]:
    """Export tasks as CSV for a spreadsheet (semicolons and a BOM, as German Excel expects)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(
        csv_row(
            [
                _("Nr."),
                _("Gremium"),
                _("Aufgabe"),
                _("zuständig"),
                _("fällig am"),
                _("Status"),
                _("überfällig"),
                _("Sitzung"),
            ]
        )
    )
    for task in tasks.iterator(chunk_size=1000):
        owner = task.owner_person.full_name if task.owner_person_id else ""
        if not owner and task.owner_body_id:
            owner = task.owner_body.name
        writer.writerow(
            csv_row(
                [
                    task.pk,
                    task.body.name,
                    task.text,
                    owner,
                    task.due_date.strftime("%d.%m.%Y") if task.due_date else "",
                    task.get_status_display(),
                    _("ja") if task.is_overdue else "",
                    task.meeting.date.strftime("%d.%m.%Y") if task.meeting_id else "",
                ]
            )
        )
    return "aufgaben.csv", "text/csv; charset=utf-8", out.getvalue().encode("utf-8-sig")
