"""The session (两会 of a year, at a level, in a region) an article reports on, created on first sight."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from delegates.models import Level, Session
from delegates.services import pinyin_of

from ..ingest.parse import SessionGuess


def session_slug(year: int, level: str, region: str) -> str:
    return f"{year}-{level}" + (f"-{pinyin_of(region)}" if region else "")


def session_name(year: int, level: str, region: str) -> str:
    if level == Level.NATIONAL:
        return f"{year}年全国两会"
    if region:
        return f"{year}年{region}两会"
    return f"{year}年两会（{Level(level).label}）"


def session_for(guess: SessionGuess, published_on: date | None) -> Session:
    year = guess.year or (published_on.year if published_on else timezone.now().year)
    level = guess.level if guess.level in Level.values else Level.UNKNOWN
    region = "" if level == Level.NATIONAL else guess.region
    session, _ = Session.objects.get_or_create(
        year=year, level=level, region=region,
        defaults={"name": session_name(year, level, region), "slug": session_slug(year, level, region)},
    )
    return session
