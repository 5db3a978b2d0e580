"""Clean-up when a login is deactivated: its API tokens are revoked, its feed key renewed.

Wherever the login is deactivated (the admin, a script, erasing a person), tokens and the
secret calendar URL handed out while it was active stop working, and reactivating the
login does not bring them back.
"""

from django.contrib.auth.models import User
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from transferhub.lib.audit import log_action

from .models import ApiToken, CalendarFeed
from .services import feed_key_reset


def note_deactivation(sender, instance: User, update_fields=None, **kwargs) -> None:
    """Remember whether this save turns an active login inactive."""
    instance._th_deactivated = False
    if instance.pk is None or instance.is_active:
        return
    if update_fields is not None and "is_active" not in update_fields:
        return  # e.g. the last_login of every sign-in: no need to ask the database
    instance._th_deactivated = User.objects.filter(pk=instance.pk, is_active=True).exists()


def end_credentials(sender, instance: User, **kwargs) -> None:
    """Revoke the deactivated login's tokens and give its calendar feed a new key."""
    if not getattr(instance, "_th_deactivated", False):
        return
    instance._th_deactivated = False
    now = timezone.now()
    for token in ApiToken.objects.filter(user=instance, revoked__isnull=True):
        token.revoked = now
        token.save(update_fields=["revoked"])
        # The token's name is the user's own words: not in the trail of a leaving login.
        log_action(None, "api_token.revoked", token, reason="login_deactivated")
    for feed in CalendarFeed.objects.filter(person__user=instance).select_related("person"):
        feed_key_reset(person=feed.person)


def connect() -> None:
    pre_save.connect(note_deactivation, sender=User, dispatch_uid="api-note-deactivation")
    post_save.connect(end_credentials, sender=User, dispatch_uid="api-end-credentials")
