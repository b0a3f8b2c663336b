"""Benchmarks run by hand (`python -m tests.benchmarks.NAME`), never collected by pytest.

They print figures and exit non-zero only for correctness failures (mail lost, a
confirmation or forward missing): timing is measured here, never asserted in a test.
"""
