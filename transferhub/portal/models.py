from django.conf import settings
from django.db import models


class StartVisit(models.Model):
    """When a login last opened its start page, for "Neu seit Ihrem letzten Besuch".

    `previous` is the start of the visit before the current one: a visit ends after an
    hour without opening the start page, so the list stays put while one works.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="start_visit"
    )
    seen = models.DateTimeField()
    previous = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.user_id} {self.seen:%Y-%m-%d %H:%M}"
