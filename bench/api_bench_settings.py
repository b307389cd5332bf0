"""Settings for bench/api_bench.py only: the project's settings plus the ceiling view's URL."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.api_bench_urls"
