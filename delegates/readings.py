"""How a person's name is read: pinyin by name readings, and every reading of its polyphones.

``lazy_pinyin`` reads words, not names: it gives 孙长伟 as ``sunzhangwei`` (长 as in 长大) and 单雄
as ``danxiong``, though a surname 单 is read shan and 长 in a given name is nearly always chang.
``name_pinyin`` reads a surname by its surname reading (``SURNAME_READINGS``, compound surnames
first) and a given name by ``GIVEN_NAME_READINGS`` where the word reading misleads, else as
``lazy_pinyin`` does. ``name_spellings`` lists every reading pypinyin knows for each polyphone
(heteronyms, at most ``MAX_READINGS`` per character), so search finds a person whichever reading
a reader types. Place names are not names of people: they keep ``services.pinyin_of``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice, product


def load_pypinyin():
    """pypinyin, imported when a name is first read: its dictionaries take a fifth of a second to
    load, which a process that reads no name (a web worker, most commands) need not pay, and
    ``manage.py ingest`` pays after its start-up rather than before its first parse."""
    import pypinyin

    return pypinyin

# Surnames whose reading differs from the word reading (or is one of several), per 《百家姓》 usage.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",), "曾": ("zeng",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",), "朴": ("piao",),
    "查": ("zha",), "乐": ("yue",), "盖": ("ge",), "翟": ("zhai",), "缪": ("miao",), "覃": ("qin",),
    "召": ("shao",), "种": ("chong",), "秘": ("bi",), "员": ("yun",), "折": ("she",), "隗": ("wei",),
    "能": ("nai",), "句": ("gou",), "繁": ("po",), "宿": ("su",), "薄": ("bo",), "柏": ("bai",),
    "藏": ("zang",), "任": ("ren",), "华": ("hua",), "纪": ("ji",), "过": ("guo",), "阚": ("kan",),
    "黑": ("he",), "车": ("che",), "都": ("du",), "重": ("chong",), "谌": ("chen",), "莘": ("shen",),
    "祭": ("zhai",), "蕃": ("pi",), "眭": ("sui",), "逄": ("pang",), "牟": ("mou",), "相": ("xiang",),
    "应": ("ying",), "曲": ("qu",), "瞿": ("qu",), "沈": ("shen",), "石": ("shi",), "那": ("na",),
    "长": ("chang",), "朝": ("chao",), "卜": ("bu",), "尉": ("wei",), "贲": ("ben",), "大": ("da",),
    "长孙": ("zhang", "sun"), "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"), "澹台": ("tan", "tai"),
    "令狐": ("ling", "hu"), "单于": ("chan", "yu"), "欧阳": ("ou", "yang"), "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"), "上官": ("shang", "guan"), "东方": ("dong", "fang"), "皇甫": ("huang", "fu"),
    "夏侯": ("xia", "hou"), "公孙": ("gong", "sun"), "慕容": ("mu", "rong"), "宇文": ("yu", "wen"),
}
# Characters of given names whose name reading is not the word reading ``lazy_pinyin`` picks.
GIVEN_NAME_READINGS: dict[str, str] = {"长": "chang"}
MAX_READINGS = 3
MAX_SPELLINGS = 32


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


@lru_cache(maxsize=65_536)
def _char_readings(char: str) -> tuple[str, ...]:
    """Every reading pypinyin knows for one character (a name's characters recur across names)."""
    pypinyin = load_pypinyin()
    return tuple(pypinyin.pinyin(char, style=pypinyin.Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=65_536)
def name_readings(name: str) -> tuple[tuple[str, ...], ...]:
    """Per syllable of ``name``, its readings, the name reading first: 孙长伟 → (sun,), (chang, zhang), (wei,).

    A name that is not all Chinese characters (a Latin name, digits) is read as ``lazy_pinyin`` reads it."""
    name = name.replace("·", "").replace("•", "")
    lazy_pinyin = load_pypinyin().lazy_pinyin
    if not name or not all(_is_han(c) for c in name):
        return tuple((s.lower(),) for s in lazy_pinyin(name) if s.strip())
    word_reading = lazy_pinyin(name)
    primary = list(word_reading)
    surname_length = 2 if len(name) > 2 and name[:2] in SURNAME_READINGS else 1
    for i, reading in enumerate(SURNAME_READINGS.get(name[:surname_length], ())):
        primary[i] = reading
    for i in range(surname_length, len(name)):
        primary[i] = GIVEN_NAME_READINGS.get(name[i], primary[i])
    readings = []
    for i, char in enumerate(name):
        known = _char_readings(char)
        ordered = [primary[i], word_reading[i], *known]
        readings.append(tuple(dict.fromkeys(r.lower() for r in ordered if r))[:MAX_READINGS])
    return tuple(readings)


def name_pinyin(name: str) -> str:
    """The name as it is read, no tones or spaces: 孙长伟 → ``sunchangwei``, 单雄 → ``shanxiong``."""
    return "".join(readings[0] for readings in name_readings(name) if readings)


def name_spellings(name: str) -> list[str]:
    """Every joined reading of ``name`` (at most ``MAX_SPELLINGS``), the name reading first:
    孙长伟 → sunchangwei, sunzhangwei."""
    readings = [r for r in name_readings(name) if r]
    if not readings:
        return []
    return ["".join(combination) for combination in islice(product(*readings), MAX_SPELLINGS)]
