"""Codes people read aloud or type from paper: case codes, invitation codes, passwords."""

import secrets

# Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L).
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def readable_code(groups: int, size: int = 4) -> str:
    """A random code of `groups` groups of `size` characters, e.g. '7K3M-9QX2' (5 bits each)."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(size)) for _ in range(groups))
