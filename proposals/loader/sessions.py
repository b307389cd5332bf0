"""The session (两会 of a year, at a level, in a region) an article reports on, created on first sight."""

from __future__ import annotations

from datetime import date

from delegates.models import Level, Session
from delegates.services import pinyin_of

from ..ingest.parse import SessionGuess


def session_slug(year: int | None, level: str, region: str) -> str:
    return f"{year or 'unknown'}-{level}" + (f"-{pinyin_of(region)}" if region else "")


def session_name(year: int | None, level: str, region: str) -> str:
    when = f"{year}年" if year else "年份不详的"
    if level == Level.NATIONAL:
        return f"{when}全国两会"
    if region:
        return f"{when}{region}两会"
    return f"{when}两会（{Level(level).label}）"


def session_for(guess: SessionGuess, published_on: date | None) -> Session:
    """The session row for a guess; its year is the article's date's when the text says none, and
    unknown (None, 年份不详) when neither does: never the current year."""
    year = guess.year or (published_on.year if published_on else None)
    level = guess.level if guess.level in Level.values else Level.UNKNOWN
    region = "" if level == Level.NATIONAL else guess.region
    session, _ = Session.objects.get_or_create(
        year=year, level=level, region=region,
        defaults={"name": session_name(year, level, region), "slug": session_slug(year, level, region)},
    )
    return session
