from django.urls import path

from . import views

app_name = "regional"
urlpatterns = [
    path("netzwerke/", views.network_directory, name="directory"),
    path("netzwerke/verwaltung/antraege/", views.applications, name="applications"),
    path("netzwerke/verwaltung/antraege/<int:pk>/", views.application, name="application"),
    path("netzwerke/<slug:slug>/", views.site, name="site"),
    path("netzwerke/<slug:slug>/kontakt/", views.contact, name="contact"),
    path("netzwerke/<slug:slug>/impressum/", views.imprint, name="imprint"),
    path("netzwerke/<slug:slug>/datenschutz/", views.privacy, name="privacy"),
    path("netzwerke/<slug:slug>/grundlagenpapier/", views.founding_paper, name="founding_paper"),
    path("netzwerke/<slug:slug>/bild/", views.picture, name="picture"),
]
