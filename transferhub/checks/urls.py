from django.urls import path, register_converter
from django.urls.converters import StringConverter

from . import views


class InstrumentCodeConverter(StringConverter):
    """Any code but one with NUL: PostgreSQL refuses NUL in a query (500 instead of 404)."""

    regex = "[^/\x00]+"


register_converter(InstrumentCodeConverter, "instrument_code")

app_name = "checks"
urlpatterns = [
    path("", views.index, name="index"),
    path("instrumente/<instrument_code:code>/", views.instrument_detail, name="instrument"),
    path(
        "instrumente/<instrument_code:code>/statistik/",
        views.instrument_statistics,
        name="statistics",
    ),
    path(
        "instrumente/<instrument_code:code>/ergebnisse/",
        views.survey_results_view,
        name="survey_results",
    ),
    path("instrumente/<instrument_code:code>/teilnehmen/", views.survey_start, name="survey_start"),
    path("unternehmen/", views.company_list, name="companies"),
    path("unternehmen/<int:pk>/", views.company_detail, name="company"),
    path("unternehmen/<int:pk>/bewertung/", views.assessment_start, name="assessment_start"),
    path("bewertungen/<int:pk>/", views.assessment_detail, name="assessment"),
    path("bewertungen/<int:pk>/themen/<int:position>/", views.assessment_theme, name="theme"),
    path("bewertungen/<int:pk>/ergebnis/", views.assessment_result, name="result"),
    path("bewertungen/<int:pk>/massnahmen/", views.action_plan, name="action_plan"),
    path(
        "bewertungen/<int:pk>/massnahmen/vorbelegen/",
        views.action_plan_prefill,
        name="action_plan_prefill",
    ),
    path(
        "bewertungen/<int:pk>/massnahmenplan.xlsx",
        views.action_plan_download,
        name="action_plan_xlsx",
    ),
    path("bewertungen/<int:pk>/bericht.pdf", views.assessment_report, name="report"),
    path("bewertungen/<int:pk>/selbsterklaerung/", views.declaration_sign, name="declare"),
    path("bewertungen/<int:pk>/abschicken/", views.survey_submit, name="survey_submit"),
    path("massnahmen/<int:pk>/", views.measure_edit, name="measure"),
    path("massnahmen/<int:pk>/loeschen/", views.measure_delete, name="measure_delete"),
]
