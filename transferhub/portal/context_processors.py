from transferhub.lib.navigation import Navigation


def navigation(request):
    """The header menu, worked out only when a template shows it."""
    return {"nav": Navigation(request)}
