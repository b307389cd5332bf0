"""Gazetteer: the places the session pass knows by name, from the project's data files.

- ``places.txt``: place names of jieba's dictionary (ns, seen often), provinces added;
- ``cities.txt``: prefecture-level divisions by province, known by full and short names;
- ``counties.txt``: counties (县, 自治县) of jieba's dictionary, whatever it tags them (many a county is
  tagged a person's name: 于田县 nr), without the kinds of county that are no place (贫困县, 示范县);
  regenerate it with ``python -m proposals.ingest.gazetteer``. The 52 banners (旗) of Inner
  Mongolia are listed here: the dictionary's words in 旗 are flags as often as banners.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from .evidence import name_evidence
from .lexicon import ETHNIC_WORD, PROVINCES
from .vocabulary import DATA_DIR

BANNERS = frozenset("""
土默特左旗 土默特右旗 达尔罕茂明安联合旗 阿荣旗 莫力达瓦达斡尔族自治旗 鄂伦春自治旗 鄂温克族自治旗 陈巴尔虎旗 新巴尔虎左旗
新巴尔虎右旗 科尔沁右翼前旗 科尔沁右翼中旗 扎赉特旗 科尔沁左翼中旗 科尔沁左翼后旗 库伦旗 奈曼旗 扎鲁特旗 阿鲁科尔沁旗
巴林左旗 巴林右旗 克什克腾旗 翁牛特旗 喀喇沁旗 敖汉旗 阿巴嘎旗 苏尼特左旗 苏尼特右旗 东乌珠穆沁旗 西乌珠穆沁旗 太仆寺旗
镶黄旗 正镶白旗 正蓝旗 察哈尔右翼前旗 察哈尔右翼中旗 察哈尔右翼后旗 四子王旗 达拉特旗 准格尔旗 鄂托克前旗 鄂托克旗 杭锦旗
乌审旗 伊金霍洛旗 乌拉特前旗 乌拉特中旗 乌拉特后旗 杭锦后旗 阿拉善左旗 阿拉善右旗 额济纳旗
""".split())
ETHNIC_TAIL_RE = re.compile(rf"(?:{ETHNIC_WORD})+$")  # 藏族, 土家族苗族: the groups an autonomous name holds


@cache
def prefectures() -> dict[str, tuple[str, str]]:
    """Prefecture-level divisions by their full and short names (吴忠市, 吴忠; 恩施土家族苗族自治州, 恩施):
    (full name, province), from ``proposals/data/cities.txt``. Short names that are provinces (海南)
    or everyday words that are no places first (大同, 日照) are left out."""
    table: dict[str, tuple[str, str]] = {}
    evidence = name_evidence()
    words = evidence.common_words - evidence.places  # 大同, 日照 are words first; 哈尔滨, 中山 places
    for line in (DATA_DIR / "cities.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        province, names = line.split(":", 1)
        for full in names.split():
            table[full] = (full, province.strip())
            short = ETHNIC_TAIL_RE.sub("", full.removesuffix("自治州")) if full.endswith("自治州") else re.sub(
                "(?:市|地区|盟)$", "", full)
            if len(short) >= 2 and short not in PROVINCES and short not in words:
                table.setdefault(short, (full, province.strip()))
                if full.endswith("自治州"):
                    table.setdefault(short + "州", (full, province.strip()))  # 甘孜州 is 甘孜藏族自治州
    return table


@cache
def prefecture_re() -> re.Pattern[str]:
    return re.compile("(" + "|".join(sorted(prefectures(), key=len, reverse=True)) + ")(?![路街])")


def prefectures_named(view: str) -> Counter[tuple[str, str]]:
    """How often the text names each prefecture-level division (吴忠代表团, 哈尔滨日报, 芜湖天翼…); a short
    name right after a surname is a person's given name (市委副书记王安顺说)."""
    surnames = name_evidence().common_surnames
    table = prefectures()
    return Counter(table[m.group(1)] for m in prefecture_re().finditer(view)
                   if table[m.group(1)][0] == m.group(1) or m.start() == 0 or view[m.start() - 1] not in surnames)


@cache
def known_places() -> frozenset[str]:
    """Place names from the project's list (``proposals/data/places.txt``), provinces included."""
    words = set(PROVINCES)
    for line in (DATA_DIR / "places.txt").read_text("utf-8").splitlines():
        if line and not line.startswith(("#", "[")):
            words.update(line.split())
    return frozenset(words)


@cache
def counties() -> frozenset[str]:
    """County-level divisions by their full names (于都县, 积石山保安族东乡族撒拉族自治县, 乌审旗)."""
    words: set[str] = set(BANNERS)
    for line in (DATA_DIR / "counties.txt").read_text("utf-8").splitlines():
        if line and not line.startswith(("#", "[")):
            words.update(line.split())
    return frozenset(words)


@cache
def county_re() -> re.Pattern[str]:
    return re.compile("(" + "|".join(sorted(counties(), key=len, reverse=True)) + ")")


def counties_named(view: str) -> Counter[str]:
    """How often the text names each county (县人大代表、于都县某合作社理事长)."""
    return Counter(county_re().findall(view))


# Kinds of county, not counties: 贫困县, 示范县, 产粮大县.
NOT_A_COUNTY_RE = re.compile(r"(?:主产|农业|先进|发达|受灾|吨粮|山区|市管|扶贫|特困|生态|示范|模范|试点|贫困|郊区|重点|百强|异|大)县$")


def regenerate_counties(dictionary: Path, target: Path) -> None:
    """Words of three or more characters ending in 县 of jieba's dictionary, the kinds of county left out."""
    found = []
    for line in dictionary.read_text("utf-8").splitlines():
        word = line.split(" ")[0]
        if len(word) >= 3 and word.endswith("县") and not NOT_A_COUNTY_RE.search(word):
            found.append(word)
    header = ["# Counties from jieba's dictionary (three characters or more, ending in 县); "
              "python -m proposals.ingest.gazetteer", "[counties]"]
    rows = [" ".join(found[i : i + 20]) for i in range(0, len(found), 20)]
    target.write_text("\n".join(header + rows) + "\n", "utf-8")


if __name__ == "__main__":
    import jieba

    regenerate_counties(Path(jieba.__file__).with_name("dict.txt"), DATA_DIR / "counties.txt")
    sys.stdout.write("wrote counties.txt in proposals/data\n")
