"""Search benchmark: seed synthetic proposals, time full-text search against a naive ``icontains``.

Not a test: it measures, on the database ``DATABASE_URL`` names, how long the site's search takes
(median and 95th percentile over a fixed query list) and how long the proposal list page takes on the
server, each beside a naive ``icontains`` baseline measured in the same run. Run it once per engine:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lianghui_bench .venv/bin/python bench/search_bench.py
    DATABASE_URL=sqlite:////tmp/lianghui_bench.sqlite3 .venv/bin/python bench/search_bench.py

The database is migrated and seeded on first use (deterministic: the same rows every time) and kept
for later runs; use a database of its own, never one with real data. Results go to stdout as JSON
and, with ``--write``, into docs/search.md under a heading for the engine and, in short, into
docs/benchmarks.md, each with the load average when measuring began and ended. The site's rate
limits are off for the run (it times pages, not the limiter) and a page that does not answer 200
stops it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# The benchmark times pages, not the rate limiter: at the site's 30 searches a minute most of its
# requests would be answered 429 in a millisecond (as they were, unnoticed, once limits came in).
settings.RATELIMIT_ENABLE = False

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Q  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.search_report import write_markdown, write_summary  # noqa: E402
from delegates.models import Delegate, Level, Membership, Role, Session  # noqa: E402
from delegates.services import delegate_pinyin  # noqa: E402
from proposals import search  # noqa: E402
from proposals.models import (  # noqa: E402
    Article,
    KeyTask,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalTopic,
    Topic,
)

SEED = 20260305
# A fixed list: common words (most rows match), mid-frequency words and phrases, names, pinyin,
# traditional characters, several words, a one-character query and one that matches nothing.
QUERIES = [
    "发展",
    "产业",
    "算力",
    "商业航天",
    "乡村振兴",
    "营商环境",
    "人工智能",
    "低空经济",
    "草原生态",
    "职业教育",
    "医疗卫生",
    "数字经济 算力",
    "新能源 储能",
    "乡村振兴 人才",
    "產業發展",
    "水",
    "zhao",
    "wangjianguo",
    "王建国",
    "内蒙古盛威科技",
    "不存在的词语",
]
FILLER_VERBS = ["加快", "推动", "完善", "支持", "加强", "健全", "探索", "深化", "优化", "提升"]
FILLER_NOUNS = [
    "体系建设",
    "政策支持",
    "协同发展",
    "高质量发展",
    "示范项目",
    "人才培养",
    "标准制定",
    "基础设施",
    "服务能力",
    "保障机制",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
GIVEN = "建国华明伟芳敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英玉兰志红春梅海燕鹏飞宇峰永升振宇慧琳"
ORGS = [
    "科技有限公司",
    "集团有限公司",
    "农牧业合作社",
    "职业技术学院",
    "人民医院",
    "研究院",
    "中学",
    "能源股份有限公司",
]
PLACES = [
    "呼和浩特",
    "包头",
    "鄂尔多斯",
    "赤峰",
    "通辽",
    "乌兰察布",
    "巴彦淖尔",
    "锡林郭勒",
    "呼伦贝尔",
    "兴安",
    "乌海",
    "阿拉善",
]


def vocabulary() -> list[str]:
    words: list[str] = []
    for task in KeyTask.objects.all():
        words += task.keywords
    for topic in Topic.objects.all():
        words += topic.keywords
    return sorted(set(w for w in words if len(w) >= 2))


def seed(target: int, out) -> None:
    """Create ``target`` proposals (and their articles, delegates, links, search documents) once."""
    have = Proposal.objects.count()
    if have >= target:
        out(f"seed: {have} proposals already there")
        return
    if have:
        raise SystemExit(
            f"the database holds {have} proposals, fewer than {target}: use a fresh bench database"
        )
    rng = random.Random(SEED)
    words = vocabulary()
    tasks = list(KeyTask.objects.all())
    topics = list(Topic.objects.all())
    session, _ = Session.objects.get_or_create(
        year=2026,
        level=Level.REGIONAL,
        region="基准自治区",
        defaults={"name": "2026年基准自治区两会（合成数据）", "slug": "2026-regional-bench"},
    )
    started = time.perf_counter()
    delegates = []
    for _ in range(max(200, target // 30)):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        delegates.append(Delegate(name=name, pinyin=""))
    with transaction.atomic():
        Delegate.objects.bulk_create(delegates, batch_size=2000)
        delegates = list(Delegate.objects.order_by("pk"))
        for d in delegates:
            d.pinyin = delegate_pinyin(d.name)
        Delegate.objects.bulk_update(delegates, ["pinyin"], batch_size=2000)
        Membership.objects.bulk_create(
            [
                Membership(
                    delegate=d,
                    session=session,
                    role=rng.choice((Role.DEPUTY, Role.MEMBER)),
                    level=Level.REGIONAL,
                    delegation=f"{rng.choice(PLACES)}市代表团",
                    organization=(org := rng.choice(PLACES) + rng.choice(ORGS)),
                    affiliation=org + rng.choice(("董事长", "院长", "校长", "理事长", "主任医师")),
                )
                for d in delegates
            ],
            batch_size=2000,
        )
    out(f"seed: {len(delegates)} delegates in {time.perf_counter() - started:.1f}s")

    per_article = 20
    now = timezone.now()
    for batch_start in range(0, target, 5000):
        size = min(5000, target - batch_start)
        with transaction.atomic():
            articles = Article.objects.bulk_create(
                [
                    Article(
                        source_key=f"bench://{SEED}/{(batch_start + i) // per_article}",
                        source="synthetic",
                        title=f"合成文章 {(batch_start + i) // per_article}",
                        text="（合成数据）",
                        content_hash="0" * 64,
                        last_ingested_at=now,
                        session=session,
                        published_on=None,
                    )
                    for i in range(0, size, per_article)
                ]
            )
            proposals = []
            for i in range(size):
                sentences = []
                for _ in range(rng.randint(2, 4)):
                    a, b, c = rng.sample(words, 3)
                    sentences.append(
                        f"{rng.choice(FILLER_VERBS)}{a}和{b}，{rng.choice(FILLER_VERBS)}{c}{rng.choice(FILLER_NOUNS)}"
                    )
                passage = "。".join(sentences) + "。"
                headline = f"{rng.choice(FILLER_VERBS)}{rng.choice(words)}{rng.choice(FILLER_NOUNS)}"
                proposals.append(
                    Proposal(
                        article=articles[i // per_article],
                        machine_key=f"b#{batch_start + i}",
                        headline=headline,
                        passage=passage,
                        start=0,
                        end=len(passage),
                    )
                )
            proposals = Proposal.objects.bulk_create(proposals)
            ProposalDelegate.objects.bulk_create(
                [ProposalDelegate(proposal=p, delegate=rng.choice(delegates)) for p in proposals]
            )
            ProposalKeyTask.objects.bulk_create(
                [
                    ProposalKeyTask(proposal=p, key_task=t, rank=r, evidence=[])
                    for p in proposals
                    for r, t in enumerate(rng.sample(tasks, rng.randint(1, 2)))
                ]
            )
            ProposalTopic.objects.bulk_create(
                [ProposalTopic(proposal=p, topic=rng.choice(topics), rank=0, evidence=[]) for p in proposals]
            )
        out(f"seed: {batch_start + size} proposals ({time.perf_counter() - started:.0f}s)")
    search.index_delegates(d.pk for d in delegates)
    for start in range(0, target, 10_000):
        ids = list(Proposal.objects.order_by("pk").values_list("pk", flat=True)[start : start + 10_000])
        with transaction.atomic():
            search.index_proposals(ids)
        out(f"index: {start + len(ids)} proposals ({time.perf_counter() - started:.0f}s)")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
            cursor.execute(
                "INSERT INTO proposals_proposalsearchdocument_fts(proposals_proposalsearchdocument_fts) VALUES ('optimize')"
            )


def naive(queryset, q: str):
    """The baseline: every word as a case-insensitive substring of headline, summary or passage."""
    for word in q.split():
        queryset = queryset.filter(
            Q(headline__icontains=word) | Q(summary__icontains=word) | Q(passage__icontains=word)
        )
    return queryset.order_by("-id")


def timed(function, repeat: int) -> list[float]:
    function()  # warm: caches, the segmenter, the query plan
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2), "n": len(ordered)}


def search_first_page(q: str) -> None:
    results = search.search_proposals(Proposal.objects.visible(), q)
    list(results.values_list("pk", flat=True)[:20])
    results.count()


def naive_first_page(q: str) -> None:
    results = naive(Proposal.objects.visible(), q)
    list(results.values_list("pk", flat=True)[:20])
    results.count()


def get(client: Client, url: str) -> None:
    """One page request; anything but 200 stops the run (it would time an error page, not the page)."""
    status = client.get(url).status_code
    if status != 200:
        raise SystemExit(f"{url} answered {status}: the benchmark times pages, not errors")


def cold_get(client: Client, url: str) -> None:
    """One request after emptying the cache: the facet counts are computed, not read back."""
    cache.clear()
    get(client, url)


def run(repeat: int, out) -> dict:
    per_query = {}
    fts, baseline = [], []
    for q in QUERIES:
        a = timed(lambda q=q: search_first_page(q), repeat)
        b = timed(lambda q=q: naive_first_page(q), repeat)
        matches = search.search_proposals(Proposal.objects.visible(), q).count()
        naive_matches = naive(Proposal.objects.visible(), q).count()
        per_query[q] = {
            "search": summary(a),
            "icontains": summary(b),
            "matches": matches,
            "icontains_matches": naive_matches,
        }
        fts += a
        baseline += b
        out(
            f"{q}: search {statistics.median(a):.1f} ms ({matches}), icontains {statistics.median(b):.1f} ms ({naive_matches})"
        )

    client = Client()
    pages = {
        "list (no query)": "/proposals/",
        "list + key task": "/proposals/?key_task=industry",
    }
    page_results = {}
    for label, url in pages.items():
        page_results[label] = summary(timed(lambda url=url: get(client, url), repeat))
    # A first visit to a filter combination: the facet counts are not cached yet.
    for label, url in pages.items():
        page_results[f"{label}, cold facets"] = summary(timed(lambda url=url: cold_get(client, url), repeat))
    page_search, page_naive = [], []
    original = search.search_proposals
    try:
        for q in QUERIES[:8]:
            url = "/proposals/?" + f"q={q}"
            page_search += timed(lambda url=url: get(client, url), max(2, repeat // 2))
            search.search_proposals = naive
            page_naive += timed(lambda url=url: get(client, url), max(2, repeat // 2))
            search.search_proposals = original
    finally:
        search.search_proposals = original
    page_results["list + search"] = summary(page_search)
    page_results["list + search (icontains instead)"] = summary(page_naive)
    for label, result in page_results.items():
        out(f"page {label}: median {result['median_ms']} ms, p95 {result['p95_ms']} ms")
    return {
        "engine": connection.vendor,
        "proposals": Proposal.objects.count(),
        "search": summary(fts),
        "icontains": summary(baseline),
        "pages": page_results,
        "per_query": per_query,
    }


def machine() -> dict:
    facts = {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        facts["cpu"] = next(
            (line.split(":", 1)[1].strip() for line in lscpu.splitlines() if line.startswith("Model name")),
            "",
        )
        meminfo = Path("/proc/meminfo").read_text()
        facts["memory_gib"] = round(int(meminfo.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            facts["postgresql"] = cursor.fetchone()[0]
        else:
            cursor.execute("SELECT sqlite_version()")
            facts["sqlite"] = cursor.fetchone()[0]
    return facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=100_000, help="how many synthetic proposals to seed")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs of each query")
    parser.add_argument("--write", action="store_true",
                        help="write the results into docs/search.md (full tables) and docs/benchmarks.md (summary)")
    parser.add_argument("--seed-only", action="store_true", help="seed and index, measure nothing")
    args = parser.parse_args()

    def out(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    call_command("migrate", verbosity=0)
    seed(args.proposals, out)
    if args.seed_only:
        return
    load_start = os.getloadavg()[0]
    result = run(args.repeat, out)
    facts = machine()
    facts["load_average"] = {"start": round(load_start, 2), "end": round(os.getloadavg()[0], 2)}
    print(json.dumps({"machine": facts, **result}, ensure_ascii=False, indent=1))
    if args.write:
        write_markdown(result, facts, ROOT / "docs" / "search.md")
        write_summary(result, facts, ROOT / "docs" / "benchmarks.md")


if __name__ == "__main__":
    main()
