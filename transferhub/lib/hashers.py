"""Password hashing with argon2id at OWASP's recommended minimum.

OWASP's Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1. Django's defaults
(100 MiB, p = 8) cost ~140 ms per login on two cores without adding much where
parallel lanes share those two cores. Hashes made with other parameters still
verify and are rehashed with these at the next login (must_update).
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2OwaspHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
