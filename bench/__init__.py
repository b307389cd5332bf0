"""Benchmarks and the fictional-article generator; results are written up in docs/benchmarks.md."""
