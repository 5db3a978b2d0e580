"""Run the `transferhub` command in a separate process, as an operator would."""

import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[3]


# The test run's own settings; DJANGO_ALLOW_ASYNC_UNSAFE (root conftest) fails check --deploy.
ENV_DROPPED = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    env = {k: v for k, v in os.environ.items() if k not in ENV_DROPPED}
    env.update(
        DEBUG="0",
        SECRET_KEY="".join(secrets.choice(alphabet) for _ in range(50)),
        ALLOWED_HOSTS="example.org",
        DATA_DIR=str(tmp_path),
    )
    env.update(extra)
    return env


def transferhub(*args: str, env: dict[str, str], check: bool = False, **kwargs):
    """Run `python -m transferhub.cli ARGS` and return the completed process (text output)."""
    result = subprocess.run(
        [sys.executable, "-m", "transferhub.cli", *args],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )
    if check and result.returncode:
        raise AssertionError(f"transferhub {' '.join(args)} → {result.returncode}\n{result.stderr}")
    return result


@pytest.fixture
def prod_env(tmp_path):
    return production_env(tmp_path / "install")
