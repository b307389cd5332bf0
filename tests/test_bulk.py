"""``proposals.bulk``: multi-row INSERTs must write exactly what the ORM's ``bulk_create`` and
django-simple-history's ``bulk_create_with_history`` write, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_create_with_history

from delegates.models import Delegate, Level, Membership, Role, Session
from proposals import bulk
from proposals.models import (
    Article,
    ArticleMention,
    KeyTask,
    Proposal,
    ProposalKeyTask,
    ProposalSearchDocument,
)

pytestmark = pytest.mark.django_db

# Values that the ORM adapts (JSON of every shape, dates, a time, text with quotes and NUL-free
# odd characters) next to plain ones, and a NULL.
LAST_INGESTED = datetime(2026, 3, 5, 9, 30, 15, 123456, tzinfo=UTC)
ODD_TEXT = "引号'\"、反斜杠\\、百分号%s %%、表情😀、𠀀"


def article(key: str, session: Session, **extra) -> Article:
    return Article(
        source_key=key, source="/tmp/a.txt", title=ODD_TEXT, sections=["两会", "聚焦"],
        blocks=[["para", 0, 5, 0]], newspaper="报", published_on=date(2026, 3, 5), reporters=["记者甲"],
        photographers=[], session=session, text="正文" + ODD_TEXT, content_hash="h" * 64, parser_version="9",
        last_ingested_at=LAST_INGESTED, **extra,
    )


def rows(model, objects, *, drop=("id", "source_key")) -> list[dict]:
    return [
        {k: v for k, v in values.items() if k not in drop}
        for values in model.objects.filter(pk__in=[o.pk for o in objects]).order_by("pk").values()
    ]


def history(model, objects) -> list[dict]:
    historical = model.history.model
    drop = {"history_id", "id", "source_key"}
    return [
        {k: v for k, v in values.items() if k not in drop}
        for values in historical.objects.filter(id__in=[o.pk for o in objects]).order_by("history_id").values()
    ]


@pytest.fixture
def session():
    return Session.objects.create(year=2026, level=Level.REGIONAL, region="某省", name="2026年某省两会", slug="2026-p")


def test_objects_are_written_as_bulk_create_with_history_writes_them(session):
    now = timezone.now()
    ours = [article(f"ours-{i}", session) for i in range(3)]
    theirs = [article(f"theirs-{i}", session) for i in range(3)]
    bulk.insert_objects(ours, now=now)
    bulk_create_with_history(theirs, Article, default_date=now)
    for obj in theirs:  # the ORM stamps auto_now fields itself, a moment apart
        Article.objects.filter(pk=obj.pk).update(first_ingested_at=now, updated_at=now)
    assert all(obj.pk and not obj._state.adding for obj in ours)
    assert rows(Article, ours) == rows(Article, theirs)
    assert rows(Article, ours)[0]["sections"] == ["两会", "聚焦"]
    assert rows(Article, ours)[0]["title"] == ODD_TEXT
    stamps = ("first_ingested_at", "updated_at")  # the ORM's history has its own moments
    assert [{k: v for k, v in r.items() if k not in stamps} for r in history(Article, ours)] == [
        {k: v for k, v in r.items() if k not in stamps} for r in history(Article, theirs)
    ]
    assert {(r["first_ingested_at"], r["updated_at"]) for r in history(Article, ours)} == {(now, now)}
    assert {r["history_type"] for r in history(Article, ours)} == {"+"}
    assert {r["history_date"] for r in history(Article, ours)} == {now}


def test_unsaved_related_objects_are_read_for_their_keys(session):
    delegates = [Delegate(name=f"赵{i}", pinyin=f"zhao{i}", machine_values={"name": f"赵{i}"}) for i in range(4)]
    memberships = [Membership(delegate=d, session=session, role=Role.DEPUTY, affiliation="某厂") for d in delegates]
    bulk.insert_objects(delegates)
    bulk.insert_objects(memberships)
    assert [m.delegate_id for m in memberships] == [d.pk for d in delegates]
    assert list(Membership.objects.order_by("pk").values_list("delegate__name", flat=True)) == ["赵0", "赵1", "赵2", "赵3"]
    assert Membership.history.filter(history_type="+").count() == 4
    assert Delegate.objects.get(pk=delegates[2].pk).machine_values == {"name": "赵2"}


def test_a_related_object_still_unsaved_is_refused(session):
    membership = Membership(delegate=Delegate(name="钱"), session=session, role=Role.MEMBER)
    with pytest.raises(ValueError, match="delegate is not saved"):
        bulk.insert_objects([membership])


def test_a_saved_object_is_refused(session):
    saved = Session.objects.create(year=2025, level=Level.NATIONAL, region="", name="2025年全国两会", slug="2025-n")
    with pytest.raises(ValueError, match="already saved"):
        bulk.insert_objects([saved])


def test_more_rows_than_one_statement_takes_are_split(session, monkeypatch):
    monkeypatch.setattr(bulk, "_MAX_PARAMS", 40)  # a few rows per statement
    items = [article(f"a{i}", session) for i in range(23)]
    bulk.insert_objects(items)
    assert sorted(Article.objects.values_list("source_key", flat=True)) == sorted(f"a{i}" for i in range(23))
    assert [a.pk for a in items] == sorted(a.pk for a in items)
    assert Article.history.count() == 23


def test_rows_can_ignore_conflicts_or_update_on_them(session):
    items = [article("x", session)]
    bulk.insert_objects(items)
    first = Delegate.objects.create(name="孙")
    bulk.insert_rows(ArticleMention, ("article", "delegate", "name", "start"), [(items[0].pk, first.pk, "孙", 3)])
    bulk.insert_rows(ArticleMention, ("article", "delegate", "name", "start"), [(items[0].pk, first.pk, "孙", 9)],
                     ignore_conflicts=True)
    assert list(ArticleMention.objects.values_list("start", flat=True)) == [3]
    with pytest.raises(IntegrityError), transaction.atomic():
        bulk.insert_rows(ArticleMention, ("article", "delegate", "name", "start"), [(items[0].pk, first.pk, "孙", 9)])

    proposal = Proposal.objects.create(article=items[0], machine_key="k", passage="p", start=0, end=1)
    stamp = datetime(2026, 3, 5, 8, 0, tzinfo=timezone.get_current_timezone())
    columns = ("proposal", "tokens", "indexed_at")
    bulk.insert_rows(ProposalSearchDocument, columns, [(proposal.pk, "一 二", stamp)])
    bulk.insert_rows(ProposalSearchDocument, columns, [(proposal.pk, "三", stamp + timedelta(hours=1))],
                     unique=("proposal",), update=("tokens", "indexed_at"))
    document = ProposalSearchDocument.objects.get(proposal=proposal)
    assert (document.tokens, document.indexed_at) == ("三", stamp + timedelta(hours=1))


@pytest.mark.parametrize("count", [3, 20])  # an INSERT, and on PostgreSQL a COPY into a staging table
def test_many_rows_ignore_conflicts_or_update_on_them_as_few_do(session, count):
    """The first of clashing rows wins, in the rows' order, whether on record or in the same call."""
    items = [article("many", session)]
    bulk.insert_objects(items)
    people = [Delegate.objects.create(name=f"甲{i}") for i in range(count)]
    columns = ("article", "delegate", "name", "start")
    bulk.insert_rows(ArticleMention, columns, [(items[0].pk, people[0].pk, "甲0", 1)])
    bulk.insert_rows(ArticleMention, columns, [(items[0].pk, p.pk, p.name, 2) for p in people]
                     + [(items[0].pk, people[1].pk, "又", 3)], ignore_conflicts=True)
    assert list(ArticleMention.objects.order_by("id").values_list("name", "start")) == [
        ("甲0", 1), *((p.name, 2) for p in people[1:])
    ]

    proposals = [Proposal.objects.create(article=items[0], machine_key=f"u{i}", passage="p", start=0, end=1)
                 for i in range(count)]
    stamp = datetime(2026, 3, 5, 8, 0, tzinfo=timezone.get_current_timezone())
    columns = ("proposal", "tokens", "indexed_at")
    bulk.insert_rows(ProposalSearchDocument, columns, [(proposals[0].pk, "旧", stamp)])
    bulk.insert_rows(ProposalSearchDocument, columns, [(p.pk, f"新 {ODD_TEXT}", stamp) for p in proposals],
                     unique=("proposal",), update=("tokens", "indexed_at"))
    assert set(ProposalSearchDocument.objects.values_list("tokens", flat=True)) == {f"新 {ODD_TEXT}"}
    assert ProposalSearchDocument.objects.count() == count


def test_nothing_to_write_runs_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        bulk.insert_objects([])
        bulk.insert_rows(ArticleMention, ("article", "delegate", "name", "start"), [])


def test_fields_of_saved_objects_are_updated_with_changed_history(session):
    people = [Delegate.objects.create(name=f"周{i}") for i in range(3)]
    memberships = [Membership.objects.create(delegate=d, session=session, role=Role.DEPUTY, title="旧") for d in people]
    before = {m.pk: m.updated_at for m in memberships}
    now = timezone.now() + timedelta(minutes=5)
    for i, m in enumerate(memberships[:2]):
        m.title, m.machine_values, m.level = f"新{i}", {"title": f"新{i}"}, Level.NATIONAL
    bulk.update_objects(memberships[:2], ["title", "machine_values", "level"], now=now)
    found = {m.pk: m for m in Membership.objects.all()}
    assert [(found[m.pk].title, found[m.pk].machine_values, found[m.pk].level, found[m.pk].updated_at)
            for m in memberships] == [
        ("新0", {"title": "新0"}, Level.NATIONAL, now),
        ("新1", {"title": "新1"}, Level.NATIONAL, now),
        ("旧", {}, Level.UNKNOWN, before[memberships[2].pk]),
    ]
    changed = Membership.history.filter(history_type="~").order_by("history_id")
    assert [(h.id, h.title, h.history_date) for h in changed] == [
        (memberships[0].pk, "新0", now), (memberships[1].pk, "新1", now)
    ]


def test_a_column_of_nulls_is_updated_on_both_engines(session):
    memberships = [Membership.objects.create(delegate=Delegate.objects.create(name=f"吴{i}"), session=session,
                                             role=Role.MEMBER) for i in range(2)]
    for m in memberships:
        m.session = None
    bulk.update_objects(memberships, ["session"])
    assert list(Membership.objects.values_list("session", flat=True)) == [None, None]


@pytest.mark.parametrize("count", [0, 1, 7, 15, 16, 40, 41, 123, 150])
def test_rows_are_cut_into_full_statements_then_power_of_two_pieces(count, monkeypatch):
    monkeypatch.setattr(bulk, "_MAX_PARAMS", 200)
    rows = list(range(count))
    pieces = list(bulk._chunks(rows, 2))  # 100 rows per full statement
    assert [row for piece in pieces for row in piece] == rows
    sizes = [len(piece) for piece in pieces]
    full = [s for s in sizes if s == 100]
    assert sizes[: len(full)] == full
    rest = sizes[len(full):]
    if rest and rest[-1] < bulk._FEW_ROWS:
        rest = rest[:-1]  # a few rows left over go together
    assert all(s >= bulk._FEW_ROWS and s & (s - 1) == 0 for s in rest)
    assert rest == sorted(rest, reverse=True) and len(set(rest)) == len(rest)
    assert len(pieces) <= len(full) + 1 + len(rest)


def test_many_plain_rows_are_written_alike_by_copy_or_insert(session):
    """On PostgreSQL 16 rows or more without a conflict clause go by COPY: JSON, text and keys
    must arrive as an INSERT writes them."""
    items = [article(f"c{i}", session) for i in range(2)]
    bulk.insert_objects(items)
    proposals = [Proposal.objects.create(article=items[0], machine_key=f"k{i}", passage="p", start=0, end=1)
                 for i in range(40)]
    task = KeyTask.objects.first()
    many = [(p.pk, task.pk, 0, ["词", ODD_TEXT, {"嵌": [1, None]}], "machine") for p in proposals[:30]]
    few = [(p.pk, task.pk, 0, ["词", ODD_TEXT, {"嵌": [1, None]}], "machine") for p in proposals[30:]]
    bulk.insert_rows(ProposalKeyTask, ("proposal", "key_task", "rank", "evidence", "origin"), many)
    bulk.insert_rows(ProposalKeyTask, ("proposal", "key_task", "rank", "evidence", "origin"), few)
    found = list(ProposalKeyTask.objects.order_by("proposal_id").values_list("proposal_id", "evidence", "origin"))
    assert found == [(p.pk, ["词", ODD_TEXT, {"嵌": [1, None]}], "machine") for p in proposals]


def test_history_rows_name_the_user_of_the_request(session, admin_user):
    """An article uploaded in the admin: its rows' history names the staff member, as
    simple-history's own bulk helpers would record it."""
    HistoricalRecords.context.request = SimpleNamespace(user=admin_user)
    try:
        items = [article("by-staff", session)]
        bulk.insert_objects(items)
        membership = Membership.objects.create(delegate=Delegate.objects.create(name="郑"), session=session,
                                               role=Role.DEPUTY)
        membership.title = "新"
        bulk.update_objects([membership], ["title"])
    finally:
        del HistoricalRecords.context.request
    assert Article.history.get(id=items[0].pk).history_user == admin_user
    assert Membership.history.get(id=membership.pk, history_type="~").history_user == admin_user
    bulk.insert_objects([article("by-machine", session)])
    assert Article.history.get(source_key="by-machine").history_user is None


@pytest.mark.parametrize("count", [3, 20])  # an INSERT, and on PostgreSQL a COPY
def test_a_clash_in_plain_rows_is_djangos_integrity_error(session, count):
    items = [article("clash", session)]
    bulk.insert_objects(items)
    person = Delegate.objects.create(name="冯")
    with pytest.raises(IntegrityError), transaction.atomic():
        bulk.insert_rows(ArticleMention, ("article", "delegate", "name", "start"),
                         [(items[0].pk, person.pk, "冯", i) for i in range(count)])


def test_an_sqlite_without_returning_is_refused_with_a_clear_error(session, monkeypatch):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's version")
    monkeypatch.setattr(connection.Database, "sqlite_version_info", (3, 31, 1))
    with pytest.raises(ImproperlyConfigured, match="SQLite 3.35 or newer"):
        bulk.insert_objects([article("old", session)])


def test_statements_leave_room_for_their_own_parameters(monkeypatch):
    monkeypatch.setattr(bulk, "_MAX_PARAMS", 10)
    assert max(len(chunk) for chunk in bulk._chunks(list(range(50)), 1, reserved=3)) == 7


def test_unsaved_makes_the_instance_the_keyword_form_makes(session):
    article_ = article("k1", session)
    proposal = bulk.unsaved(Proposal, article=article_, machine_key="k", passage="p", start=0, end=1)
    expected = Proposal(article=article_, machine_key="k", passage="p", start=0, end=1)
    names = [f.attname for f in Proposal._meta.concrete_fields if f.attname not in ("created_at", "updated_at")]
    assert [getattr(proposal, n) for n in names] == [getattr(expected, n) for n in names]
    assert proposal.article is article_ and proposal._state.adding
    bulk.insert_objects([article_])
    bulk.insert_objects([proposal])
    assert Proposal.objects.get(pk=proposal.pk).article_id == article_.pk
    with pytest.raises(TypeError, match="no field"):
        bulk.unsaved(Proposal, nonsense=1)


def test_loaded_instances_are_those_only_reads(session):
    person = Delegate.objects.create(name="卫", pinyin="wei", machine_values={"name": "卫"})
    Membership.objects.create(delegate=person, session=session, role=Role.DEPUTY, affiliation=ODD_TEXT,
                              machine_values={"affiliation": ODD_TEXT}, staff_fields=["title"])
    Membership.objects.create(delegate=person, session=None, role=Role.MEMBER, organization="某局")
    names = ("id", "delegate_id", "session_id", "role", "affiliation", "organization", "staff_fields", "machine_values")
    fast = list(bulk.loaded(Membership.objects.filter(delegate=person).values_list(*names), names))
    slow = list(Membership.objects.filter(delegate=person).only(*names))
    assert [m.pk for m in fast] == [m.pk for m in slow]  # in Meta.ordering
    for a, b in zip(fast, slow, strict=True):
        assert [getattr(a, n) for n in names] == [getattr(b, n) for n in names]
        assert a.get_deferred_fields() == b.get_deferred_fields()
        assert (a._state.adding, a._state.db) == (b._state.adding, b._state.db)
    deputy = next(m for m in fast if m.role == Role.DEPUTY)
    assert deputy.title == "" and deputy.session == session  # a deferred field and a relation, read on use


@pytest.mark.parametrize(("count", "sizes"), [(0, []), (3, [3]), (4, [4]), (9, [4, 4, 1])])
def test_keys_come_in_slices_of_at_most_the_size_in_order(count, sizes):
    keys = list(range(count))
    slices = list(bulk.chunked(keys, 4))
    assert [len(piece) for piece in slices] == sizes
    assert [key for piece in slices for key in piece] == keys
