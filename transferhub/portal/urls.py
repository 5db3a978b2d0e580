from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("suche/", views.search, name="search"),
    path("auswahl/<str:kind>/", views.picker_options, name="picker"),
]
