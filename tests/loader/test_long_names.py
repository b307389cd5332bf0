"""A name longer than the name columns (50 characters) is refused as a name, never cut: cut, it
would be another name and could find or merge with another person. The article goes in without it,
the report says so in one line, and nothing of that person is written; on PostgreSQL (where
``varchar(50)`` refuses longer text) as on SQLite.

The parser itself reads no name longer than 21 characters (``ingest.names``: ten undotted, twenty
with the dot, two ten-character parts with a space for the dot), so the over-long name is put into a
parsed article by hand, as a future pass or a hand-made name list could."""

from __future__ import annotations

import dataclasses

import pytest

from delegates.models import Delegate, DelegateAlias
from delegates.services import delegate_create
from proposals.ingest.parse import parse_article
from proposals.ingest.sources import read_document
from proposals.loader.articles import articles_ingest
from proposals.loader.fit import fit_names, name_limit
from proposals.loader.report import IngestReport
from proposals.loader.vocabulary import vocabulary_current
from proposals.models import ArticleMention, NameReview, Proposal
from tests.conftest import SAMPLES_DIR, ensure_seed_data

pytestmark = pytest.mark.django_db

LONG_NAME = "阿布都热依木" * 10  # 60 characters
PERSON = "贺建峰"  # a delegate of samples/regional_session.md with a proposal of his own


def parsed_with_long_name(document, *, simplified_only: bool = False):
    """The sample article as parsed, with 贺建峰 renamed to a 60-character name everywhere."""
    parsed = parse_article(document.text, vocabulary=vocabulary_current(), hints=document.hints)

    def rename(name):
        return LONG_NAME if name == PERSON else name

    delegates = tuple(
        dataclasses.replace(d, **({"simplified_name": LONG_NAME} if simplified_only else {"name": LONG_NAME, "simplified_name": LONG_NAME}))
        if d.name == PERSON else d
        for d in parsed.delegates
    )
    proposals = parsed.proposals if simplified_only else tuple(
        dataclasses.replace(p, delegates=tuple(rename(n) for n in p.delegates)) for p in parsed.proposals
    )
    return dataclasses.replace(parsed, delegates=delegates, proposals=proposals)


@pytest.fixture
def document():
    ensure_seed_data()
    return read_document(str(SAMPLES_DIR / "regional_session.md"), max_bytes=10_000_000)


def test_the_name_columns_hold_fifty_characters():
    assert name_limit() == 50


def test_an_over_long_name_is_refused_and_the_rest_of_the_article_goes_in(document):
    parsed = parsed_with_long_name(document)
    others = {d.name for d in parsed.delegates} - {LONG_NAME}
    own_proposals = sum(1 for p in parsed.proposals if p.delegates == (LONG_NAME,))
    assert own_proposals >= 1

    [outcome] = articles_ingest([(document, parsed)])

    assert outcome.status == "new"
    assert outcome.refused_names == [LONG_NAME]
    assert not Delegate.objects.filter(name__startswith="阿布都热依木").exists()
    assert not DelegateAlias.objects.filter(name__startswith="阿布都热依木").exists()
    assert not ArticleMention.objects.filter(name__startswith="阿布都热依木").exists()
    assert not NameReview.objects.filter(name__startswith="阿布都热依木").exists()
    assert set(Delegate.objects.values_list("name", flat=True)) == others
    assert Proposal.objects.filter(article=outcome.article).count() == len(parsed.proposals) - own_proposals


def test_the_report_names_the_refused_name_in_one_line(document):
    report = IngestReport()
    for outcome in articles_ingest([(document, parsed_with_long_name(document))]):
        report.add(outcome)

    lines = [line for line in report.lines() if "refused" in line]
    assert lines == ["names refused (longer than 50 characters, not stored as names): 阿布都热依木阿布都热依木阿布都热依木阿布…（60 字）"]
    assert report.as_dict()["refused_names"] == [LONG_NAME]


def test_a_reingest_refuses_it_too_and_keeps_what_was_there(document):
    articles_ingest([(document, parse_article(document.text, vocabulary=vocabulary_current(), hints=document.hints))])
    before = Delegate.objects.count()

    [outcome] = articles_ingest([(document, parsed_with_long_name(document))], force=True)

    assert outcome.status == "updated"
    assert outcome.refused_names == [LONG_NAME]
    assert Delegate.objects.count() == before
    assert not ArticleMention.objects.filter(name__startswith="阿布都热依木").exists()


def test_a_simplified_form_too_long_for_an_alias_refuses_the_name(document):
    parsed = parsed_with_long_name(document, simplified_only=True)
    fitted, refused = fit_names(parsed)
    assert refused == [PERSON]
    assert PERSON not in {d.name for d in fitted.delegates}
    assert all(PERSON not in p.delegates for p in fitted.proposals)


def test_names_that_fit_are_left_alone(document):
    parsed = parse_article(document.text, vocabulary=vocabulary_current(), hints=document.hints)
    assert fit_names(parsed) == (parsed, [])


def test_a_fifty_character_name_keeps_a_pinyin_that_fits_its_column():
    delegate = delegate_create(name="庄" * 50)  # zhuang × 50 = 300 letters
    delegate.refresh_from_db()
    assert delegate.name == "庄" * 50
    assert delegate.pinyin == "zhuang" * 33 + "zh"
