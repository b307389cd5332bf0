"""Bulk loading: several new articles per transaction (``articles_ingest``, ``ingest --batch N``),
and ``ingest_documents``, the one entry point that reads, parses, batches and retries.

A batch must end in the state that writing its articles one after another would: the same people
(matched, new, or namesakes kept apart), the same proposals, the same further sources.
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection, transaction

from bench.generate import write_articles
from delegates.models import Delegate, Membership
from proposals import search
from proposals.ingest.parse import parse_article
from proposals.ingest.sources import read_document
from proposals.loader import ArticleFile, ingest_documents
from proposals.loader.articles import articles_ingest
from proposals.models import Article, ArticleMention, NameReview, Proposal, ProposalSource
from tests.conftest import ROOT
from tests.loader.test_load import ARTICLE, write

# Shapes a batch must get right across its own articles: a re-report, a person met again, namesakes.
OWN = {
    "a1.txt": ARTICLE,
    "a2.txt": ARTICLE.replace("# 两会报道", "# 转载：两会报道"),
    "a3.txt": "# 又一篇\n\n陈瑾代表说，教育是民生之基，要让每个孩子上好学，建议增加学位供给。",
    "a4.txt": "# 一\n\n自治区人大代表、某钢铁公司董事长张伟说，要推动钢铁行业转型升级。",
    "a5.txt": "# 二\n\n自治区人大代表、某县人民医院院长张伟说，要加强基层医疗卫生服务。",
}


def entries_of(paths):
    result = []
    for path in paths:
        document = read_document(str(path), max_bytes=10**6)
        result.append((document, parse_article(document.text)))
    return result


def snapshot() -> dict:
    """The whole record by natural keys (database ids differ between runs)."""

    def person(delegate: Delegate) -> tuple:
        first = ArticleMention.objects.filter(delegate=delegate).order_by("article__source_key").first()
        return delegate.name, first.article.source_key if first else ""

    return {
        "articles": sorted(Article.objects.values_list("source_key", "title", "session__slug")),
        "delegates": sorted(
            (*person(d), d.pinyin, tuple(sorted(
                (m.session.slug, m.role, m.level, m.delegation, m.affiliation, m.organization, m.title)
                for m in d.memberships.all()
            )))
            for d in Delegate.objects.prefetch_related("memberships__session")
        ),
        "proposals": sorted(
            (p.article.source_key, p.machine_key, p.start, p.end, p.headline, p.kind,
             tuple(person(d) for d in p.delegates.order_by("proposaldelegate__order")),
             tuple(p.key_tasks.order_by("proposalkeytask__rank").values_list("slug", flat=True)),
             tuple(p.topics.order_by("proposaltopic__rank").values_list("slug", flat=True)))
            for p in Proposal.objects.select_related("article")
        ),
        "sources": sorted(
            (s.proposal.article.source_key, s.proposal.machine_key, s.article.source_key, s.start, s.end)
            for s in ProposalSource.objects.select_related("proposal__article", "article")
        ),
        "mentions": sorted((m.article.source_key, m.name, person(m.delegate)) for m in ArticleMention.objects.all()),
        "reviews": sorted(NameReview.objects.values_list("article__source_key", "name")),
        "history": sorted(
            (model.__name__, model.history.filter(history_type="+").count())
            for model in (Article, Delegate, Membership, Proposal)
        ),
    }


@pytest.mark.django_db
def test_one_batch_resolves_people_and_re_reports_as_one_article_after_another_would(tmp_path):
    paths = [write(tmp_path, name, text) for name, text in OWN.items()]
    outcomes = articles_ingest(entries_of(paths))

    assert [o.status for o in outcomes] == ["new"] * 5
    assert outcomes[0].proposals == {"new": 2} and outcomes[0].delegates == {"new": 2}
    assert outcomes[1].proposals == {"further_source": 2} and outcomes[1].delegates == {"matched": 2}
    assert outcomes[2].delegates == {"matched": 1}
    assert outcomes[4].delegates == {"ambiguous": 1} and outcomes[4].ambiguous_names == ["张伟"]
    assert Delegate.objects.filter(name="陈瑾").count() == 1
    assert Delegate.objects.filter(name="张伟").count() == 2
    review = NameReview.objects.get()
    assert review.name == "张伟" and review.candidates.count() == 1
    assert ProposalSource.objects.filter(article__source=str(paths[1])).count() == 2
    # Searchable at once, and every record has its "created" history row (the API's change feed).
    found = search.search_proposals(Proposal.objects.all(), "算力")
    assert list(found.values_list("delegates__name", flat=True)) == ["袁永升"]
    assert Proposal.history.filter(history_type="+").count() == Proposal.objects.count()
    assert Delegate.history.filter(history_type="+").count() == Delegate.objects.count()


@pytest.mark.django_db
def test_a_batch_writes_the_search_documents_that_reading_the_rows_back_would(tmp_path):
    """The batch builds documents from the objects in hand; the usual indexers must find nothing to change."""
    from delegates.models import DelegateAlias, Role, Session

    earlier = Session.objects.create(year=2025, level="regional", region="内蒙古", name="2025年内蒙古两会", slug="2025-r-nmg")
    chen = Delegate.objects.create(name="陈瑾", pinyin="chenjin")
    DelegateAlias.objects.create(delegate=chen, name="陳瑾")
    Membership.objects.create(delegate=chen, session=earlier, role=Role.DEPUTY, affiliation="乌海市第十二中学副校长",
                              organization="乌海市第十二中学", title="副校长")
    Membership.objects.create(delegate=chen, session=None, role=Role.MEMBER, organization="乌海市教育局")

    paths = [write(tmp_path, name, text) for name, text in OWN.items()]
    articles_ingest(entries_of(paths))
    assert Delegate.objects.get(name="陈瑾") == chen
    assert chen.memberships.count() > 2  # the batch's sessions joined the two on record

    assert search.index_delegates(Delegate.objects.values_list("pk", flat=True)) == 0
    assert search.index_proposals(Proposal.objects.values_list("pk", flat=True)) == 0
    assert search.index_articles(Article.objects.values_list("pk", flat=True)) == 0
    found = search.search_proposals(Proposal.objects.all(), "乌海市第十二中学")
    assert set(found.values_list("delegates__name", flat=True)) == {"陈瑾"}


@pytest.mark.django_db
def test_ingest_in_batches_ends_in_the_same_state_as_one_article_at_a_time(tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 18, seed=5)
    for name, text in OWN.items():
        write(folder, name, text)

    with transaction.atomic():
        call_command("ingest", str(folder), stdout=StringIO())
        one_by_one = snapshot()
        transaction.set_rollback(True)
    assert not Article.objects.exists()

    out = StringIO()
    call_command("ingest", "--batch", "5", str(folder), stdout=out)
    assert "articles: 23 new, 0 updated, 0 unchanged, 0 failed" in out.getvalue()
    assert snapshot() == one_by_one
    assert len(one_by_one["sources"]) >= 2 and one_by_one["reviews"]

    # A second batched run finds everything unchanged.
    out = StringIO()
    call_command("ingest", "--batch", "5", str(folder), stdout=out)
    assert "articles: 0 new, 0 updated, 23 unchanged, 0 failed" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_a_failing_article_in_a_batch_fails_alone_in_one_line_and_a_retry_writes_it(tmp_path):
    folder = tmp_path / "articles"
    paths = write_articles(folder, 7, seed=9)
    bad = write(folder, "zz_bad.txt", "# 坏稿\n\n自治区政协委员、某能源公司总经理李明说，要建设储能电站，标记坏数据。")

    def fail_on_bad(execute, sql, params, many, context):
        if sql.startswith('INSERT INTO "proposals_proposal" ') and any("标记坏数据" in str(p) for p in params or ()):
            raise OperationalError("could not extend file: No space left on device\nHINT: check free disk space.")
        return execute(sql, params, many, context)

    out, err = StringIO(), StringIO()
    with connection.execute_wrapper(fail_on_bad), pytest.raises(SystemExit) as exit_:
        call_command("ingest", "--batch", "4", str(folder), stdout=out, stderr=err)
    assert exit_.value.code == 1
    assert err.getvalue().splitlines() == [
        f"{bad}: database error (OperationalError): could not extend file: No space left on device"
    ]
    assert f"articles: {len(paths)} new, 0 updated, 0 unchanged, 1 failed" in out.getvalue()
    assert not Article.objects.filter(source=str(bad)).exists()

    out = StringIO()
    call_command("ingest", "--batch", "4", str(folder), stdout=out)
    assert f"articles: 1 new, 0 updated, {len(paths)} unchanged, 0 failed" in out.getvalue()
    assert Proposal.objects.filter(article__source=str(bad), delegates__name="李明").exists()


PAGE = """<html><head><link rel="canonical" href="https://news.example.org/2026/0305/a.html"><title>两会报道</title></head>
<body><article><h1>两会报道</h1><p>{body}</p></article></body></html>"""


@pytest.mark.django_db
def test_a_batch_refuses_the_same_source_twice_and_the_command_writes_such_copies_in_turn(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    with pytest.raises(ValueError, match="twice"):
        articles_ingest(entries_of([path, path]))
    assert not Article.objects.exists()

    # Two saved copies of one web page (same canonical address), the second one corrected.
    first = write(tmp_path, "a.html", PAGE.format(body="自治区政协委员、某科技公司董事长袁永升表示，要加快算力产业发展。"))
    second = write(tmp_path, "b.html", PAGE.format(body="自治区政协委员、某科技公司董事长袁永升表示，要加快算力产业发展，建设绿色算力基地。"))
    out = StringIO()
    call_command("ingest", "--batch", "10", str(first), str(second), stdout=out)
    assert "articles: 1 new, 1 updated, 0 unchanged, 0 failed" in out.getvalue()
    article = Article.objects.get()
    assert article.source_key == "https://news.example.org/2026/0305/a.html"
    assert "绿色算力基地" in Proposal.objects.get(article=article).passage


def test_batch_must_be_positive():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--batch must be at least 1"):
        call_command("ingest", "--batch", "0", "samples/")


def files(*paths) -> list[ArticleFile]:
    return [ArticleFile(str(path), max_bytes=10**6) for path in paths]


@pytest.mark.django_db
def test_ingest_documents_tells_each_source_in_order_and_reports_the_run(tmp_path):
    good = write(tmp_path, "a.txt", ARTICLE)
    empty = write(tmp_path, "b.txt", "")
    told = []
    report = ingest_documents(files(good, empty), on_result=told.append)
    assert [(r.source, r.outcome and r.outcome.status, r.error) for r in told] == [
        (str(good), "new", None), (str(empty), None, "the file is empty"),
    ]
    assert report.as_dict()["articles"] == {"new": 1, "updated": 0, "unchanged": 0, "failed": 1}
    assert report.failures == [(str(empty), "the file is empty")]


@pytest.mark.django_db
def test_ingest_documents_takes_a_document_already_read_as_the_admin_upload_does(tmp_path):
    document = read_document(str(write(tmp_path, "a.txt", ARTICLE)), max_bytes=10**6)
    told = []
    ingest_documents([document], on_result=told.append)
    ingest_documents([document], force=True, on_result=told.append)
    assert [r.outcome.status for r in told] == ["new", "updated"]
    assert told[0].source == document.source and told[0].outcome.article == Article.objects.get()


@pytest.mark.django_db
def test_ingest_documents_dry_run_parses_and_writes_nothing(tmp_path):
    told = []
    report = ingest_documents(files(write(tmp_path, "a.txt", ARTICLE)), dry_run=True, on_result=told.append)
    assert report.articles["parsed"] == 1
    assert [len(r.parsed.proposals) for r in told] == [2]
    assert not Article.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_ingest_documents_retries_a_failed_batch_one_article_at_a_time(tmp_path):
    paths = [write(tmp_path, f"a{i}.txt", text) for i, text in enumerate([ARTICLE, OWN["a4.txt"], OWN["a3.txt"]])]

    def fail_on_one(execute, sql, params, many, context):
        if sql.startswith('INSERT INTO "proposals_proposal" ') and any("钢铁行业" in str(p) for p in params or ()):
            raise OperationalError("disk full\nmore detail")
        return execute(sql, params, many, context)

    told = []
    with connection.execute_wrapper(fail_on_one):
        report = ingest_documents(files(*paths), batch=3, on_result=told.append)
    assert [(r.source, r.error) for r in told] == [
        (str(paths[0]), None), (str(paths[1]), "database error (OperationalError): disk full"), (str(paths[2]), None),
    ]
    assert report.articles == {"new": 2, "failed": 1}


@pytest.mark.django_db
def test_parallel_jobs_give_the_same_result_as_one():
    samples = sorted((ROOT / "samples").glob("*.md"))
    report = ingest_documents(files(*samples), jobs=2)
    assert report.articles == {"new": 4}
    assert Proposal.objects.count() == sum(a.proposals.count() for a in Article.objects.all())
    assert ingest_documents(files(*samples), jobs=2).articles == {"unchanged": 4}


def test_ingest_documents_refuses_a_batch_or_jobs_below_one():
    with pytest.raises(ValueError, match="at least 1"):
        ingest_documents([], batch=0)
    with pytest.raises(ValueError, match="at least 1"):
        ingest_documents([], jobs=0)
