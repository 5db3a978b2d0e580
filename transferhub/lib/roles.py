"""The secretariat (Geschäftsstelle): the people who run the site and see everything.

Kept in lib so that lib's own pages (the audit log) can ask without importing network;
`transferhub.network.permissions` builds every other role on it.
"""

SECRETARIAT_GROUP = "Geschäftsstelle"


def is_secretariat(user) -> bool:
    """Whether the user is in the secretariat group or a superuser (cached on the user)."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_th_is_secretariat"):
        user._th_is_secretariat = (
            user.is_superuser or user.groups.filter(name=SECRETARIAT_GROUP).exists()
        )
    return user._th_is_secretariat
