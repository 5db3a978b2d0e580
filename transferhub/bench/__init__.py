"""Benchmarks behind `make bench`: each module has run() -> list[tuple[str, str]]."""
