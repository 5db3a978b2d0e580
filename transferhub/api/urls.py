from django.urls import include, path

from . import feeds, oparl, views
from .v1 import api

app_name = "api"
urlpatterns = [
    # Our own documentation page comes first: ninja's would load Swagger UI from a CDN.
    path("api/v1/docs", views.api_docs, name="docs"),
    # The list is included without a namespace of its own: ninja's URL names
    # ("api:api-root", "api:openapi-json", one per operation) land in ours.
    path("api/v1/", include(api.urls[0])),
    path("api/tokens/", views.token_settings, name="tokens"),
    path("api/tokens/<int:pk>/widerrufen/", views.token_revoke, name="token_revoke"),
    path("api/tokens/kalender/neu/", views.feed_reset, name="feed_reset"),
    path("kalender/gremien/<int:body_id>.ics", feeds.body_feed, name="body_feed"),
    path("kalender/<str:key>.ics", feeds.person_feed, name="person_feed"),
    path("oparl/v1/", include(oparl.urlpatterns)),
]
