"""A delegate printed in traditional characters: stored as printed, the simplified form an alias, and
either spelling finds them (the admin's search, the site's, and a later article's resolution)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from delegates.models import Delegate
from tests.conftest import ingest_file

pytestmark = pytest.mark.django_db

TRADITIONAL = """# 港區委員建言科創

全國政協委員、香江某科技公司董事長黃志遠說，要推動粵港科技創新合作，建設國際科技創新中心。

（虛構示例：本文人物與機構均為虛構）
"""


@pytest.fixture
def printed(tmp_path):
    path = tmp_path / "trad.txt"
    path.write_text(TRADITIONAL, "utf-8")
    ingest_file(path)
    return Delegate.objects.get(name="黃志遠")


def test_the_name_is_stored_as_printed_with_its_simplified_form_as_an_alias(printed):
    assert list(printed.aliases.values_list("name", flat=True)) == ["黄志远"]
    assert list(Delegate.objects.named("黄志远")) == [printed]


def test_both_spellings_find_the_delegate_in_the_admin(printed, admin_client):
    url = reverse("admin:delegates_delegate_changelist")
    for query in ("黃志遠", "黄志远"):
        assert "黃志遠" in admin_client.get(url, {"q": query}).content.decode(), query


def test_both_spellings_find_the_delegate_in_the_site_search(printed, client):
    url = reverse("proposals:delegate_list")
    for query in ("黃志遠", "黄志远"):
        assert reverse("proposals:delegate_detail", args=[printed.pk]) in client.get(url, {"q": query}).content.decode(), query


def test_a_later_simplified_article_names_the_same_delegate(printed, tmp_path):
    path = tmp_path / "simplified.txt"
    path.write_text("# 标题\n\n全国政协委员、香江某科技公司董事长黄志远说，要推动科技创新。（虚构示例）\n", "utf-8")
    ingest_file(path)
    assert Delegate.objects.filter(name__in=["黄志远", "黃志遠"]).count() == 1
