from django.urls import path

from . import views

app_name = "network"
urlpatterns = [
    path("gremien/", views.body_list, name="bodies"),
    path("gremien/<int:pk>/", views.body_detail, name="body"),
]
