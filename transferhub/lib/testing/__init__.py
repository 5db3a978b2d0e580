"""Helpers for tests that run Transferhub as an operator would: real processes, real databases.

Used by the load and fault tests in transferhub/lib/tests/ (test_load_*, test_faults_*).
Nothing here is imported by the application itself.
"""
