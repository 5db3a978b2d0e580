"""Uploads on S3-compatible object storage (django-storages), set up by `S3_BUCKET`.

Every download goes through our views, which check the permission first and then
stream the file from the storage (`FieldFile.open("rb")` into a `FileResponse`). We hand
out no bucket URLs, not even short presigned ones: a presigned URL works for anyone who
has it until it expires (forwarded mails, browser history, proxy logs), the browser would
need to reach the object store (another host in the Content-Security-Policy and the
firewall), and our files are small (at most `MAX_UPLOAD_MB`), so the extra hop through
the app server costs little. The bucket stays private (no ACL is set on any object).

Code that needs a file's bytes uses `.open()` or the storage API, never `.path`, which
object storage does not have.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """A private bucket: unique names as on disk, no ACLs, no public or presigned URLs."""

    def get_default_settings(self):
        defaults = super().get_default_settings()
        defaults.update(
            # Like FileSystemStorage: a second "protokoll.pdf" gets a new name instead of
            # overwriting the first (which another record may still point to).
            file_overwrite=False,
            default_acl=None,
            querystring_auth=True,
            signature_version="s3v4",
            # Path-style requests work with every S3-compatible server (MinIO, Ceph, moto).
            addressing_style="path",
            # A download is buffered in memory up to the upload limit's memory part, then
            # on disk, so a large file does not sit in a worker's memory.
            max_memory_size=settings.FILE_UPLOAD_MAX_MEMORY_SIZE,
        )
        return defaults

    def url(self, name, parameters=None, expire=None, http_method=None):
        # Never a bucket URL: files are served by the views that check the permission.
        # What the admin shows as a file's link is its name, as with FileSystemStorage
        # and no MEDIA_URL.
        return filepath_to_uri(name)
