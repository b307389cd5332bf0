"""Export file names say what was exported, in Chinese, with an ASCII fallback (RFC 6266/5987)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.http import QueryDict

from proposals.listing.filenames import ascii_fallback, content_disposition, export_filename
from proposals.models import Topic


def test_unfiltered_is_all():
    assert export_filename(QueryDict("")) == "建议-全部.csv"


@pytest.mark.django_db
def test_filters_name_the_file_in_a_fixed_order_with_their_labels():
    Topic.objects.update_or_create(slug="space", defaults={"name": "商业航天"})
    params = QueryDict("sector=space&region=内蒙古&year=2026")
    assert export_filename(params) == "建议-2026-内蒙古-商业航天.csv"


def test_codes_become_labels_and_unsafe_characters_go():
    assert export_filename(QueryDict("level=regional&role=deputy")) == "建议-省级-人大代表.csv"
    assert export_filename(QueryDict("q=a/b:c*d")) == "建议-a b c d.csv"


def test_dates_say_from_and_to():
    assert export_filename(QueryDict("date_from=2026-03-01&date_to=2026-03-10")) == "建议-2026-03-01起-至2026-03-10.csv"


def test_a_long_query_is_cut():
    assert len(export_filename(QueryDict("q=" + "长" * 300))) <= 84


def test_the_ascii_fallback_is_pinyin():
    assert ascii_fallback("建议-2026-内蒙古-商业航天.csv") == "jianyi-2026-neimenggu-shangyehangtian.csv"
    assert ascii_fallback("建议-全部.csv").isascii()


def test_the_header_carries_both_names():
    header = content_disposition("建议-2026-内蒙古.csv")
    assert header == (
        "attachment; filename=\"jianyi-2026-neimenggu.csv\"; filename*=UTF-8''" + quote("建议-2026-内蒙古.csv", safe="")
    )
