from django.urls import path

from . import views

app_name = "complaints"

urlpatterns = [
    path("", views.index, name="index"),
    path("verfahren/<int:supplier_pk>/", views.rules, name="rules"),
    path("melden/", views.report, name="report"),
    path("fall/", views.follow, name="follow"),
    path("fall/ansehen/", views.reporter_case, name="reporter_case"),
    path("fall/verlassen/", views.reporter_leave, name="reporter_leave"),
    path("fall/anlage/<int:pk>/", views.reporter_file, name="reporter_file"),
    path("faelle/", views.cases, name="cases"),
    path("faelle/<int:pk>/", views.case, name="case"),
    path("faelle/<int:pk>/nachricht/", views.case_message, name="case_message"),
    path("faelle/<int:pk>/bearbeitung/", views.case_record, name="case_record"),
    path("faelle/<int:pk>/uebernehmen/", views.case_take, name="case_take"),
    path("faelle/<int:pk>/weitergeben/", views.case_pass_on, name="case_pass_on"),
    path("faelle/<int:pk>/unternehmen-informieren/", views.case_inform, name="case_inform"),
    path("faelle/anlage/<int:pk>/", views.case_file, name="case_file"),
    path("bearbeitende/", views.handlers, name="handlers"),
    path("bearbeitende/<int:pk>/beenden/", views.handler_retire, name="handler_retire"),
    path("teilnahme/<int:supplier_pk>/", views.adopt, name="adopt"),
    path("statistik/<int:supplier_pk>/", views.statistics, name="statistics"),
]
