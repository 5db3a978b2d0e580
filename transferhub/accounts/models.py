from django.db import models
from django.utils.translation import gettext_lazy as _

from transferhub.network.models import Person


class MailOptOut(models.Model):
    """A kind of optional mail a person chose not to receive (E-Mail-Benachrichtigung aus)."""

    person = models.ForeignKey(
        Person, verbose_name=_("Person"), on_delete=models.CASCADE, related_name="mail_opt_outs"
    )
    kind = models.CharField(_("Art"), max_length=40)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Abbestellte E-Mail-Art")
        verbose_name_plural = _("Abbestellte E-Mail-Arten")
        constraints = [models.UniqueConstraint(fields=["person", "kind"], name="mail_opt_out_once")]

    def __str__(self) -> str:
        return f"{self.person}: {self.kind}"
