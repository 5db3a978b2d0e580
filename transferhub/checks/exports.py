"""Exports of an assessment: the report as PDF (typst) and the action plan as XLSX."""

import io
import json
from pathlib import Path

import typst
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language, gettext_lazy, pgettext
from django.utils.translation import gettext as _

from transferhub.lib.exports import xlsx_append
from transferhub.network.permissions import person_of

from .models import Assessment, Measure
from .results import assessment_results, urgent_first
from .services import CheckError

REPORT_TEMPLATE = Path(__file__).resolve().parent / "typst" / "report.typ"
THEME_RULE = gettext_lazy(
    "Regel: Ein Thema ist rot, sobald ein Check-Punkt rot ist; gelb, sobald einer gelb ist "
    "(und keiner rot); grün, wenn alle bewerteten Check-Punkte grün sind. „Nicht relevant“ "
    "zählt nicht mit."
)


def _date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _filename(assessment: Assessment, suffix: str) -> str:
    name = slugify(f"{assessment.instrument.code}-{assessment.company.name}")
    return f"{name}-{assessment.created:%Y-%m-%d}.{suffix}"


def _with_bold(text: str, values: dict, bold: str) -> list[str]:
    """Format a translated sentence as [before, value of `bold`, after].

    The template sets that value in bold, wherever the language puts it.
    """
    marker = "\x00"
    before, after = (text % {**values, bold: marker}).split(marker, 1)
    return [before, values[bold], after]


def report_labels() -> dict:
    """The report's fixed texts, in the active language (the reader's)."""
    return {
        "page": _("Seite"),
        "version": _("Version"),
        "declaration": _("Selbsterklärung"),
        "by_themes": _("Ergebnis nach Themen"),
        "theme": _("Thema"),
        "red": _("rot"),
        "yellow": _("gelb"),
        "green": _("grün"),
        # Abbreviation of "nicht relevant" in a narrow table column.
        "na": _("n. r."),
        "urgent_first": _("Dringender Handlungsbedarf zuerst"),
        "no_urgent": _("Keine Check-Punkte mit Handlungsbedarf."),
        "action_plan": _("Maßnahmenplan"),
        "number": _("Nr."),
        "measure": _("Maßnahme"),
        "responsible": _("verantwortlich"),
        "due": pgettext("Spaltenkopf: Termin einer Maßnahme", "bis"),
        "effect_check": _("Wirksamkeitskontrolle"),
        "status": _("Status"),
        "all_points": _("Alle Check-Punkte"),
    }


def signer_name(user) -> str:
    """The person's name for a login (its Person's, else the login's own), never the login."""
    if user is None:
        return ""
    person = person_of(user)
    if person is not None and person.full_name:
        return person.full_name
    return user.get_full_name() or user.get_username()


def report_data(assessment: Assessment) -> dict:
    results = assessment_results(assessment)
    labels = assessment.version.scale_labels()
    measures = list(assessment.measures.all())
    company = assessment.company
    declaration = None
    if assessment.is_declared:
        by = assessment.declared_by
        declaration = _with_bold(
            _("abgegeben am %(date)s von %(by)s; gültig bis %(until)s."),
            {
                "date": _date(timezone.localdate(assessment.declared_at)),
                "by": signer_name(by),
                "until": _date(assessment.valid_until),
            },
            "until",
        )
    return {
        "lang": (get_language() or "de").split("-")[0],
        "labels": report_labels(),
        "title": _("Bericht zur Selbstbewertung"),
        "instrument": f"{assessment.instrument.code} {assessment.instrument.local_title}",
        "version": assessment.version.version,
        "company": company.name,
        "company_facts": f"WZ {company.wz_code} · {company.get_size_class_display()} · "
        f"{company.postcode} {company.get_federal_state_display()}",
        "date": _("Stand: %(d)s") % {"d": _date(timezone.localdate())},
        "rule": str(THEME_RULE),
        "declaration": declaration,
        "themes": [
            {
                "title": f"{r.theme.position}. {r.theme.local_title}",
                "light": r.light,
                "counts": r.counts(),
                "points": [
                    {
                        "number": p.point.number,
                        "title": p.point.local_title,
                        "light": p.light,
                        "label": labels.get(p.value, _("offen")),
                        "note": p.note,
                    }
                    for p in r.points
                ],
            }
            for r in results
        ],
        "urgent": [
            {
                "number": p.point.number,
                "title": p.point.local_title,
                "light": p.value,
                "note": p.note,
            }
            for p in urgent_first(results)
        ],
        "measures": [
            {
                "text": m.text,
                "responsible": m.responsible,
                "due": _date(m.due_date),
                "effect_check": m.effect_check,
                "status": str(m.get_status_display()),
            }
            for m in measures
        ],
    }


def report_pdf(assessment: Assessment) -> tuple[str, str, bytes]:
    """Return the PDF report of a complete assessment; refuse an unfinished one."""
    problems = assessment.completion_problems()
    if problems:
        raise CheckError(
            _("Den Bericht gibt es erst für eine vollständige Bewertung. %(p)s")
            % {"p": " ".join(problems)}
        )
    data = json.dumps(report_data(assessment), ensure_ascii=False)
    pdf = typst.compile(REPORT_TEMPLATE.read_bytes(), format="pdf", sys_inputs={"data": data})
    return _filename(assessment, "pdf"), "application/pdf", pdf


def action_plan_xlsx(assessment: Assessment) -> tuple[str, str, bytes]:
    """Return the action plan (Maßnahmenplan) as a spreadsheet."""
    # openpyxl takes 0.08 s to import: paid by spreadsheet downloads, not by every start.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = _("Maßnahmenplan")[:31]
    xlsx_append(sheet, [f"{assessment.instrument.local_title} – {assessment.company.name}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([_("Stand: %(d)s") % {"d": _date(timezone.localdate())}])
    sheet.append([])
    header = [
        _("Nr."),
        _("Dringlichkeit"),
        _("Check-Punkt"),
        _("Maßnahme"),
        _("verantwortlich"),
        _("bis wann"),
        _("Wirksamkeitskontrolle"),
        _("Status"),
        _("Bereich"),
    ]
    sheet.append(header)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
    measures = assessment.measures.select_related("check_point")
    fills = {Measure.Priority.URGENT: "F8D7DA", Measure.Priority.NEEDED: "FFF3CD"}
    for number, measure in enumerate(measures, start=1):
        point = measure.check_point
        xlsx_append(
            sheet,
            [
                number,
                str(measure.get_priority_display()),
                f"{point.number} {point.local_title}" if point else "",
                measure.text,
                measure.responsible,
                measure.due_date,
                measure.effect_check,
                str(measure.get_status_display()),
                str(measure.get_category_display()),
            ],
        )
        row = sheet.max_row
        sheet.cell(row=row, column=6).number_format = "DD.MM.YYYY"
        if measure.priority in fills:
            sheet.cell(row=row, column=2).fill = PatternFill(
                "solid", fgColor=fills[measure.priority]
            )
    for index, width in enumerate([6, 16, 36, 50, 22, 12, 40, 14, 16], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A5"
    out = io.BytesIO()
    book.save(out)
    return (
        _filename(assessment, "xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        out.getvalue(),
    )
