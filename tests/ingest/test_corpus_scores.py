"""Delegate extraction on the real articles of ../shared/corpus/dev stays above the issue's bar:
delegate F1 0.97, affiliation 0.95, level 0.90 (scored as ../shared/tools/score_folder.py does)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from opencc import OpenCC

from proposals.ingest.parse import ParseError, parse_article
from proposals.ingest.sources import read_document
from tests.conftest import SHARED_CORPUS, TEST_ARTICLES

DEV = SHARED_CORPUS / "dev"
_t2s = OpenCC("t2s").convert


@dataclass
class Score:
    found: int = 0
    extra: int = 0
    missed: int = 0
    level: tuple[int, int] = (0, 0)
    affiliation: tuple[int, int] = (0, 0)
    delegation: tuple[int, int] = (0, 0)

    @property
    def f1(self) -> float:
        precision = self.found / (self.found + self.extra) if self.found + self.extra else 0.0
        recall = self.found / (self.found + self.missed) if self.found + self.missed else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_folder(folder) -> Score:
    score = Score()
    for key in sorted(folder.glob("*.gold.json")):
        gold = json.loads(key.read_text("utf-8"))
        text = read_document(str(key.with_name(key.name.replace(".gold.json", ".txt"))), max_bytes=10_000_000).text
        try:
            delegates = {_t2s(d.name): d for d in parse_article(text).delegates}
        except ParseError:
            delegates = {}
        expected = {_t2s(d["name"]): d for d in gold["delegates"]}
        found = [n for n in delegates if n in expected]
        score.found += len(found)
        score.extra += len(delegates) - len(found)
        score.missed += len(expected) - len(found)
        for name in found:
            for field in ("level", "affiliation", "delegation"):
                if field in expected[name]:
                    right, total = getattr(score, field)
                    same = _t2s(getattr(delegates[name], field) or "") == _t2s(expected[name][field] or "")
                    setattr(score, field, (right + same, total + 1))
    return score


def test_delegates_of_the_real_dev_articles_are_found_with_their_affiliation_and_level():
    if not DEV.exists():
        pytest.fail(f"missing {DEV}: ../shared/corpus must sit beside the project")
    score = score_folder(DEV)
    assert score.f1 >= 0.97, score
    assert score.affiliation[0] / score.affiliation[1] >= 0.95, score
    assert score.level[0] / score.level[1] >= 0.90, score


# Our own fictional sets (虚构示例), each written blind by someone who had not read the parser.
# "unseen", "holdout1" and then "holdout2" were read while writing the name rules, so they guard
# against regressions only; the honest estimate of articles nobody has seen is the first score of
# each set, taken blind (docs/extraction.md). Floors sit at or under today's figures.
# Floors: F1, affiliation, level, delegation.
OWN_SETS = {
    "unseen": (0.97, 0.95, 0.95, 0.95),
    "holdout1": (0.97, 0.95, 0.95, 0.95),  # first score 0.887; read while writing rules afterwards
    "holdout2": (1.0, 0.95, 0.95, 0.92),  # first score 0.870 blind, 0.892 later; 1.000 once its missed classes were fixed
    # First score 0.931 blind; 1.000 once its missed classes were fixed. Its key gives a piece's one
    # delegation to every deputy in it, which the parser does not (docs/extraction.md): delegation 68 of 84.
    "holdout3": (1.0, 1.0, 1.0, 0.80),
    "shapes2": (1.0, 1.0, 1.0, 1.0),  # written for holdout2's classes, after the rules: regressions only
    "shapes3": (1.0, 1.0, 1.0, 1.0),  # written for holdout3's classes, after the rules: regressions only
    # First score 0.779 blind; 0.985 once its list, bracket and long-name classes were fixed; 1.000 once
    # a modern surname outside the 百家姓 (禚) and a two-character Tibetan name before a comma were read.
    # Its key gives a delegation-meeting report's delegation to every deputy in it, which the parser
    # does not: delegation 53 of 67.
    "holdout4": (1.0, 1.0, 1.0, 0.79),
    "shapes4": (1.0, 1.0, 1.0, 1.0),  # written for holdout4's classes, after the rules: regressions only
    # First score 0.963 blind (F1); 1.000 once its name classes were fixed (docs/extraction.md).
    "holdout5": (1.0, 1.0, 1.0, 0.94),
    "shapes5": (1.0, 1.0, 1.0, 1.0),  # written for holdout5's classes, after the rules: regressions only
    # First score 0.862 blind (F1); 1.000 once its name, card and layout classes were fixed
    # (affiliation 0.967, delegation 0.983).
    "holdout6": (1.0, 0.96, 1.0, 0.98),
    "shapes6": (1.0, 1.0, 1.0, 1.0),  # written for holdout6's classes, after the rules: regressions only
    # First score 0.813 blind (F1); 1.000 once its name, roster, title, related-list and delegation classes
    # and 港区委员 were read. Left: 我们代表团 said by a deputy of the delegation the host named.
    "holdout7": (1.0, 1.0, 1.0, 0.98),
    # Sealed until the parser of 2026-12-06 was done: first score 0.968 blind (P 0.989, R 0.947), 0.984
    # after. Its key takes posts printed after a name and a comma, and 来自 places, as affiliations,
    # which the other sets' keys do not (affiliation 0.88), and gives a meeting's delegation to every
    # deputy in it (delegation 0.78). Left: 刘铁柱 (no role word beside him), 要丽娟 and 留国辉 (要 and 留 are
    # words far more often than surnames).
    "holdout8": (0.98, 0.87, 1.0, 0.77),
    "shapes7": (1.0, 1.0, 1.0, 1.0),  # written for holdout7's classes, after the rules: regressions only
}


@pytest.mark.parametrize("name", sorted(OWN_SETS))
def test_our_own_blind_sets_stay_above_their_floors(name):
    f1, affiliation, level, delegation = OWN_SETS[name]
    score = score_folder(TEST_ARTICLES / name)
    assert score.found, f"no delegate found in tests/data/articles/{name}"
    assert score.f1 >= f1, score
    assert score.affiliation[0] / score.affiliation[1] >= affiliation, score
    assert score.level[0] / score.level[1] >= level, score
    if score.delegation[1]:
        assert score.delegation[0] / score.delegation[1] >= delegation, score
