from django.urls import path

from . import views, views_import, views_search

app_name = "protocols"
urlpatterns: list = []
urlpatterns += [
    path("import/", views_import.protocol_import, name="import"),
    path("import/<int:pk>/", views_import.protocol_import_review, name="import_review"),
    path("import/lauf/<int:pk>/", views_import.protocol_import_run, name="import_run"),
    path(
        "import/lauf/<int:pk>/stand/",
        views_import.protocol_import_run_status,
        name="import_run_status",
    ),
    path(
        "import/lauf/<int:pk>/fortsetzen/",
        views_import.protocol_import_run_resume,
        name="import_run_resume",
    ),
    path("suche/", views_search.protocol_search, name="search"),
]
urlpatterns += [
    path("sitzung/<int:pk>/protokoll.pdf", views.protocol_pdf_download, name="protocol_pdf"),
    path("sitzung/<int:pk>/protokoll.docx", views.protocol_docx_download, name="protocol_docx"),
    path("sitzung/<int:pk>/protokoll.md", views.protocol_markdown_download, name="protocol_md"),
    path("sitzung/<int:pk>/tagesordnung.pdf", views.agenda_pdf_download, name="agenda_pdf"),
]
