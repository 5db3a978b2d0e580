"""`transferhub serve` without SITE_URL: QR codes, mails, .ics and OParl ids use its address."""

import socket

from transferhub.cli import serve_environment


def test_the_host_and_port_given_make_the_site_url():
    environ = {}
    serve_environment(environ, ["--host", "192.0.2.7", "--port=8080"])
    assert environ["SITE_URL"] == "http://192.0.2.7:8080"
    assert "192.0.2.7" in environ["ALLOWED_HOSTS"].split(",")


def test_host_and_port_from_the_environment_as_make_run_passes_them():
    environ = {"HOST": "127.0.0.1", "PORT": "8123"}
    serve_environment(environ)
    assert environ["SITE_URL"] == "http://127.0.0.1:8123"


def test_every_interface_means_the_machines_own_name():
    environ = {}
    serve_environment(environ, ["--host", "0.0.0.0", "--port", "9000"])
    assert environ["SITE_URL"] == f"http://{socket.getfqdn()}:9000"


def test_an_ipv6_address_is_bracketed():
    environ = {}
    serve_environment(environ, ["--host", "::1", "--port", "9000"])
    assert environ["SITE_URL"] == "http://[::1]:9000"


def test_a_site_url_that_is_set_stays():
    environ = {"SITE_URL": "https://transfer.example.org", "ALLOWED_HOSTS": "transfer.example.org"}
    serve_environment(environ, ["--host", "127.0.0.1", "--port", "9000"])
    assert environ["SITE_URL"] == "https://transfer.example.org"
    assert environ["ALLOWED_HOSTS"] == "transfer.example.org"
