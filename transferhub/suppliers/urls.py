from django.urls import path

from . import views

app_name = "suppliers"
urlpatterns = [
    path("", views.search, name="search"),
    path("export.csv", views.search_csv, name="search_csv"),
    path("neu/", views.register, name="register"),
    path("meine/", views.mine, name="mine"),
    path("beratung/", views.consultant, name="consultant"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/bearbeiten/", views.edit, name="edit"),
    path("<int:pk>/siegel-beantragen/", views.apply, name="apply"),
    path("<int:pk>/verlaengerung/", views.renewal_start, name="renewal_start"),
    path("<int:pk>/lksg/", views.lksg, name="lksg"),
    path("<int:pk>/zertifikate/", views.certificates, name="certificates"),
    path("zertifikate/<int:pk>/", views.certificate_file, name="certificate_file"),
    path("zertifikate/<int:pk>/entfernen/", views.certificate_delete, name="certificate_delete"),
    path("<int:pk>/lksg/<str:risk>/", views.risk, name="risk"),
    path("<int:pk>/lksg-anfrage/", views.request_create, name="request_create"),
    path("antraege/", views.applications, name="applications"),
    path("antraege/<int:pk>/", views.application_detail, name="application"),
    path("antraege/<int:pk>/pruefen/", views.review, name="review"),
    path("antraege/<int:pk>/erneut-einreichen/", views.resubmit, name="resubmit"),
    path("siegel/", views.verify_form, name="verify_form"),
    path("siegel/<str:number>/", views.verify, name="verify"),
    path("siegel/<str:number>/qr.svg", views.qr, name="qr"),
    path("siegel/<str:number>/urkunde.pdf", views.certificate, name="certificate"),
    path("siegel/<str:number>/widerrufen/", views.revoke, name="revoke"),
    path("nachweise/<int:pk>/", views.evidence, name="evidence"),
    path("nachweise/<int:pk>/entfernen/", views.evidence_delete, name="evidence_delete"),
    path("anfragen/<int:pk>/", views.request_detail, name="request"),
    path("anfragen/<int:pk>/beantworten/", views.request_answer, name="request_answer"),
    path(
        "anfragen/<int:pk>/zusammenfassung.pdf",
        views.request_summary,
        {"fmt": "pdf"},
        name="request_pdf",
    ),
    path(
        "anfragen/<int:pk>/zusammenfassung.csv",
        views.request_summary,
        {"fmt": "csv"},
        name="request_csv",
    ),
]
