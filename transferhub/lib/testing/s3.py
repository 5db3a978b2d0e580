"""An S3 server for tests: moto's, started in this process on a free port.

    with s3_server() as endpoint:
        use_s3(settings, endpoint)   # pytest-django's `settings`: uploads now go to S3

Nothing is mocked inside boto3: django-storages talks HTTP to a real S3 API server.
"""

import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

ACCESS_KEY, SECRET_KEY, REGION = "testing", "testing", "eu-central-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def s3_server() -> Iterator[str]:
    """Run moto's S3 server in a thread; yield its endpoint URL."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


def client(endpoint: str):
    import boto3  # here, not when the suite is collected: only these tests need it

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        region_name=REGION,
    )


def use_s3(settings, endpoint: str) -> str:
    """Point the default storage at a fresh private bucket on `endpoint`; return its name."""
    bucket = f"transferhub-{uuid.uuid4().hex[:12]}"
    client(endpoint).create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "transferhub.lib.storage.PrivateS3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": endpoint,
                "access_key": ACCESS_KEY,
                "secret_key": SECRET_KEY,
                "region_name": REGION,
            },
        },
    }
    return bucket


def keys(endpoint: str, bucket: str) -> list[str]:
    """Every object's key in the bucket, as the object store itself lists them."""
    listed = client(endpoint).list_objects_v2(Bucket=bucket)
    return sorted(o["Key"] for o in listed.get("Contents", []))


# Fixtures for a test module: `from transferhub.lib.testing.s3 import s3_bucket, s3_endpoint`.
_shared: dict[str, object] = {}


def shared_endpoint() -> str:
    """The endpoint of one moto server per test process, started when first asked for.

    Each test makes a bucket of its own, so one server serves them all; it stops with the
    process (its thread is a daemon). Starting and stopping one per module cost a few
    tenths of a second each, and stopping waits half a second for the server's poll.
    """
    if "url" not in _shared:
        from moto.server import ThreadedMotoServer

        port = _free_port()
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
        server.start()
        _shared.update(server=server, url=f"http://127.0.0.1:{port}")
    return _shared["url"]


@pytest.fixture
def s3_endpoint():
    return shared_endpoint()


@pytest.fixture
def s3_bucket(settings, s3_endpoint):
    """Uploads go to a fresh private bucket on moto's server; yields (endpoint, bucket)."""
    return s3_endpoint, use_s3(settings, s3_endpoint)
