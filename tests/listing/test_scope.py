"""Year, region and date values: what each accepts, what it refuses, and the spellings a region matches."""

from __future__ import annotations

import datetime

import pytest
from django import forms

from proposals.listing.scope import (
    DateOrNoneField,
    RegionsField,
    YearsField,
    month_bounds,
    region_forms,
    short_region,
)


def test_a_region_matches_its_full_and_short_forms():
    assert "内蒙古自治区" in region_forms("内蒙古")
    assert "内蒙古" in region_forms("内蒙古自治区")
    assert "通辽市" in region_forms("通辽")
    assert short_region("广西壮族自治区") == "广西"


def test_a_one_character_name_is_not_shortened_to_nothing():
    assert short_region("北京市") == "北京"
    assert short_region("市") == "市"


def test_years_are_whole_numbers_or_none_repeated_or_comma_separated():
    assert YearsField().clean(["2025,2026", "none"]) == [2025, 2026, "none"]


@pytest.mark.parametrize("bad", ["abc", "20x6", "-2026", "99999"])
def test_a_year_that_is_not_a_year_is_refused_naming_it(bad):
    with pytest.raises(forms.ValidationError, match="not a year"):
        YearsField().clean([bad])


def test_dates_are_iso_or_none():
    assert DateOrNoneField().clean("2026-03-05") == datetime.date(2026, 3, 5)
    assert DateOrNoneField().clean("none") == "none"
    assert DateOrNoneField().clean("") is None
    with pytest.raises(forms.ValidationError, match="not a date"):
        DateOrNoneField().clean("2026-13-40")


def test_a_region_longer_than_any_name_is_refused():
    with pytest.raises(forms.ValidationError):
        RegionsField().clean(["长" * 60])
    assert RegionsField().clean(["内蒙古,None"]) == ["内蒙古", "none"]


def test_a_month_is_its_first_and_last_day():
    assert month_bounds("2026-02") == ("2026-02-01", "2026-02-28")
    assert month_bounds("2024-12") == ("2024-12-01", "2024-12-31")
    assert month_bounds("none") == ("none", "")
