"""Serve a network's website on the host name the secretariat set for it.

The main site answers on the host of SITE_URL, on localhost and on the names in
settings.MAIN_HOSTS without a query. Any other host (Django has already checked it
against ALLOWED_HOSTS) is looked up among the networks: a recognised network's host gets
its website, any other host a 404.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

from transferhub.network.models import Network, recognised_networks_q

HOST_URLCONF = "transferhub.regional.host_urls"


def main_hosts() -> set[str]:
    hosts = {"localhost", "127.0.0.1", "[::1]", "testserver"}
    hosts.add((urlsplit(settings.SITE_URL).hostname or "").lower())
    hosts.update(h.lower() for h in getattr(settings, "MAIN_HOSTS", ()))
    return hosts


class NetworkHostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.main = main_hosts()

    def __call__(self, request):
        host = request.get_host().rsplit(":", 1)[0].lower() if request.get_host() else ""
        if host in self.main or host.startswith("["):
            return self.get_response(request)
        network = Network.objects.filter(recognised_networks_q(), host=host).first()
        if network is None:
            return render(request, "404.html", {"exception": Http404()}, status=404)
        if request.path_info.startswith(settings.STATIC_URL):
            return self.get_response(request)
        request.network = network
        request.urlconf = HOST_URLCONF
        return self.get_response(request)
