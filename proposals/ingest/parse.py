"""Read a two-sessions newspaper article: who is quoted, what they proposed, under which key task.

Pure Python plus jieba (through ``tokenizer.Segmenter``); no Django import, so it can be tested and
benchmarked alone. ``parse_article(text)`` returns frozen dataclasses; the loader writes them.

The approach, in order of trust: the article's markup (headings, bylines), then patterns over the
role, affiliation and verb (``自治区人大代表、ORG TITLE NAME说``, ``NAME代表：headline``,
``X市代表团NAME代表``, ``ORG TITLE NAME委员认为``), scored by whether the affiliation ends in a known
job title, whether the name has a plausible surname, and whether the same name recurs in the text.
jieba's part-of-speech tagger is not used: on real pages it splits Mongolian names (比其格图) and
tags common words as names.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from opencc import OpenCC

from .tokenizer import Segmenter, shared_segmenter

PARSER_VERSION = "1.0"

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class ParseError(ValueError):
    """The text is not an article this parser can read. ``reason`` is one short line."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


# --------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Block:
    """One line of the stored text with what it is: title, subtitle, section, heading, byline, caption, para."""

    kind: str
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True)
class Assignment:
    """A key task or sector given to a proposal, with its score and the words that justified it."""

    slug: str
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ParsedDelegate:
    name: str
    role: str  # deputy | member | other
    level: str  # national | regional | municipal | county | unknown
    affiliation: str = ""
    organization: str = ""
    title: str = ""
    delegation: str = ""
    start: int = 0  # first mention in the stored text


@dataclass(frozen=True)
class ParsedProposal:
    delegates: tuple[str, ...]
    headline: str
    summary: str
    kind: str  # suggestion | motion | bill | view
    start: int
    end: int
    passage: str
    key_tasks: tuple[Assignment, ...]
    sectors: tuple[Assignment, ...]
    # Where it sits on the page, for citing it: a page often carries several pieces, each with its
    # own title and byline under a section label (两会 热议).
    section: str = ""
    piece_title: str = ""
    reporters: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionGuess:
    year: int | None
    level: str
    region: str


@dataclass(frozen=True)
class ParsedArticle:
    text: str
    title: str
    sections: tuple[str, ...]
    reporters: tuple[str, ...]
    photographers: tuple[str, ...]
    newspaper: str
    published_on: str | None  # ISO date
    session: SessionGuess
    blocks: tuple[Block, ...]
    delegates: tuple[ParsedDelegate, ...]
    proposals: tuple[ParsedProposal, ...]

    def to_json(self, source: str) -> dict:
        """The dry-run shape that ../shared/tools/score_extraction.py reads."""
        return {
            "source": source,
            "title": self.title,
            "sections": list(self.sections),
            "newspaper": self.newspaper,
            "published_on": self.published_on,
            "session": {"year": self.session.year, "level": self.session.level, "region": self.session.region},
            "reporters": list(self.reporters),
            "photographers": list(self.photographers),
            "delegates": [
                {
                    "name": d.name, "role": d.role, "level": d.level, "affiliation": d.affiliation,
                    "organization": d.organization, "title": d.title, "delegation": d.delegation,
                }
                for d in self.delegates
            ],
            "proposals": [
                {
                    "delegates": list(p.delegates), "headline": p.headline, "summary": p.summary, "kind": p.kind,
                    "key_tasks": [a.slug for a in p.key_tasks],
                    "key_task_evidence": {a.slug: list(a.evidence) for a in p.key_tasks},
                    "sectors": [a.slug for a in p.sectors],
                    "section": p.section, "piece_title": p.piece_title, "piece_reporters": list(p.reporters),
                    "start": p.start, "end": p.end,
                }
                for p in self.proposals
            ],
        }


# --------------------------------------------------------------------------------------------------
# Vocabulary: key tasks and sectors with their keywords (from the database, or the seed files)


@dataclass(frozen=True)
class Term:
    slug: str
    name: str
    phrases: tuple[str, ...]  # full names and the report's short forms: strong signals
    keywords: tuple[str, ...]  # weaker signals, strongest first

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset((*self.phrases, *self.keywords))

    @cached_property
    def phrase_set(self) -> frozenset[str]:
        return frozenset(self.phrases)


@dataclass(frozen=True)
class Vocabulary:
    key_tasks: tuple[Term, ...]
    topics: tuple[Term, ...]

    @classmethod
    def from_seed_files(cls) -> Vocabulary:
        tasks = json.loads((DATA_DIR / "key_tasks_2026_nmg.json").read_text("utf-8"))["key_tasks"]
        topics = json.loads((DATA_DIR / "topics.json").read_text("utf-8"))["topics"]
        return cls(
            key_tasks=tuple(
                Term(t["slug"], t["name"], tuple(t.get("phrases", [t["name"]])), tuple(t["keywords"])) for t in tasks
            ),
            topics=tuple(Term(t["slug"], t["name"], (t["name"],), tuple(t["keywords"])) for t in topics),
        )


# --------------------------------------------------------------------------------------------------
# Lexicons. Comments record what real pages do.

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Middle dots seen in transliterated names (库尔班·尼亚孜): U+00B7, bullet, katakana dot, full-width stop.
NAME_DOTS = "·•・‧∙．"
TERMINAL = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"
# Clause boundaries when looking for a name: 、 is not one, it joins titles (党委书记、董事长).
# A single space is kept: some papers print "院士 张三说" with a space before the name.
CLAUSE_BREAK = re.compile(r"[，,。！？!?；;：:“”\"（）()《》【】\n\t]|[ \u3000]{2,}")

SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
    "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和"
    "仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位"
    "厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌"
    "母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
SURNAMES_2 = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
    "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "万俟", "闻人", "钟离",
}
# Characters that do not occur in personal names but do in the words around them.
NOT_IN_NAMES = set("说的了们这吗呢吧啊我你他她它称谈讲表认介绍是也就被把让给都则等还及与各该此某每哪谁")
# Transliterated names (阿布都克里木·艾海提) use characters freely; only these never appear in them.
NOT_IN_DOTTED_NAMES = set("说的了们这吗呢吧啊我你他她它称谈讲表认")
# Words of the sentence around a name that a span of four to six characters must not contain.
NOT_IN_NAME_WORDS = (
    "提出", "提交", "议案", "提案", "建议", "认为", "表示", "指出", "呼吁", "介绍", "围绕", "聚焦", "关注", "发展",
    "建设", "推动", "加快", "今年", "去年", "期间", "会议", "代表", "委员", "政府", "工作", "报告", "企业", "公司",
    "集团", "项目", "产业", "记者", "采访", "驻地", "小组", "讨论", "审议", "联名", "纷纷", "一致",
)
NOT_IN_NAME_WORDS_RE = re.compile("|".join(map(re.escape, NOT_IN_NAME_WORDS)))
# Words a name neither starts nor ends with.
ROLE_EDGES = ("代表", "委员", "政协", "人大", "记者", "全国")
# Words that look like two- to four-character names after a role but are not.
NOT_NAMES = {
    "人大", "政协", "各位", "广大", "与会", "基层", "一线", "界别", "全体", "部分", "多位", "多名", "不少", "众多", "全国",
    "代表", "委员", "记者", "大家", "今年", "去年", "目前", "同时", "近年", "对此", "此外", "其中", "为此", "因此", "未来",
    "企业", "政府", "我们", "他们", "自己", "本报", "新华", "通讯", "住区", "来自", "作为", "围绕", "聚焦", "针对", "建议",
    "成为", "各级", "相关", "有关", "省级", "市级", "县级", "列席", "出席", "当选", "连任", "新任", "老",
}

# Job titles an affiliation ends with (longest first when matching). Modifiers (副, 党委, 常务…) are
# handled separately so 副厅长, 党委副书记 and 常务副院长 need no entry of their own.
TITLES = sorted(
    {
        "董事长", "理事长", "总经理", "经理", "总裁", "总监", "总经济师", "总工程师", "总会计师", "总农艺师", "总畜牧师",
        "工程师", "高级工程师", "研究员", "助理研究员", "教授", "讲师", "教师", "特级教师", "班主任", "辅导员",
        "书记", "党委书记", "党组书记", "党总支书记", "党支部书记", "支部书记", "第一书记", "党工委书记",
        "主任", "主席", "会长", "社长", "校长", "院长", "园长", "所长", "站长", "馆长", "厂长", "局长", "厅长", "处长",
        "科长", "部长", "司长", "署长", "关长", "行长", "台长", "团长", "队长", "组长", "班长", "村长", "镇长", "乡长",
        "县长", "旗长", "市长", "盟长", "区长", "州长", "省长", "主任医师", "医师", "医生", "护士长", "护士", "药师",
        "律师", "会计师", "设计师", "规划师", "建筑师", "工艺师", "技师", "高级技师", "技术员", "农艺师", "兽医",
        "秘书长", "检察长", "主委", "护师", "主管护师", "驻村第一书记", "场长", "矿长", "指挥长", "总指挥", "村主任", "村委会主任", "居委会主任", "嘎查达", "馆员", "研究馆员", "副研究馆员", "庭长", "法官", "检察官", "警长", "政委", "教导员", "指导员", "大队长", "支队长",
        "主编", "总编辑", "编辑", "记者", "主持人", "演员", "导演", "艺术家", "作家", "画家", "歌唱家", "演奏家",
        "传承人", "代表性传承人", "创始人", "负责人", "合伙人", "带头人", "专家", "首席专家", "科学家", "首席科学家",
        "院士", "顾问", "董事", "监事", "理事", "常务理事", "主管", "店长", "船长", "机长", "列车长", "车间主任",
        "农民", "牧民", "村民", "职工", "工人", "员工", "社员", "网格员", "志愿者", "律师事务所主任", "主任委员",
        "常委", "委员", "党委委员", "副主席", "主任科员", "调研员", "巡视员", "督导", "教练", "运动员", "讲解员",
        "博士生导师", "硕士生导师", "学科带头人", "项目经理", "总经理助理", "执行董事", "法定代表人", "教研员",
    },
    key=len,
    reverse=True,
)
TITLE_MODIFIERS = ("常务副", "党委副", "党组副", "副", "党委", "党组", "党总支", "党支部", "首席", "执行", "名誉", "高级", "正高级", "一级", "二级", "三级", "总")
TITLE_RE = re.compile(
    "(?:(?:" + "|".join(TITLE_MODIFIERS) + ")?(?:" + "|".join(map(re.escape, TITLES)) + "))$"
)

# Words that follow a name in an introduction: verbs of speaking, and the small words of the sentence.
FOLLOWERS = sorted(
    {
        "说", "表示", "认为", "指出", "建议", "介绍", "提出", "坦言", "谈到", "谈及", "告诉", "倍感", "深有", "感慨",
        "解释", "强调", "呼吁", "带来", "提交", "透露", "分析", "看来", "直言", "说道", "举例", "补充", "称", "希望",
        "期待", "关注", "也", "还", "一直", "今年", "在", "对", "向", "就", "从", "将", "是", "的", "等", "和", "与",
        "及", "同", "曾", "已", "都", "则", "为", "把", "用", "通过", "作为", "结合", "围绕", "聚焦", "针对", "探讨",
        "交流", "讨论", "发言", "参加", "审议", "表态", "回忆", "笑着", "感到", "深感", "觉得", "注意到", "发现",
        "了解到", "提到", "讲", "谈", "答", "拿出", "展示", "带着", "特别", "更", "非常", "十分", "格外", "多年",
        "长期", "始终", "去年", "近年来", "近日", "接受", "领衔", "联名", "牵头", "率先", "主张", "满怀", "心系",
        "扎根", "坚持", "表达", "正在", "每年", "连续", "今天", "昨天", "此前", "日前", "们", "一行", "一起", "共同",
        "所", "以", "被", "得知", "注意", "观察", "调研", "走访", "来到", "代表", "委员", "之", "着", "了", "而",
        "分别", "先后", "各自", "纷纷", "一致", "深有同感",
    },
    key=len,
    reverse=True,
)
FOLLOWER_RE = re.compile("(?:" + "|".join(map(re.escape, FOLLOWERS)) + ")")

ROLE_WORDS = {
    "人大代表": "deputy",
    "政协委员": "member",
    "政协常委": "member",
    "政协常务委员": "member",
}
ROLE_RE = re.compile(r"(人大代表|政协常务委员|政协委员|政协常委)(?!们|会|长|团|大会|联络)")
POST_ROLE_RE = re.compile(
    # "Not after 代表" is checked behind the word, so the scan can jump from 代 or 委 to the next one.
    r"(代表|委员)(?<!代表代表)(?<!代表委员)(?!们|团|会|长|大会|性|作用|处|室|证|委员|议案|资格|履职|风采|通道|驻地|工作站|联络站|之家)"
    # 代表 as a verb: 市长庞立新代表市人民政府作报告, 代表全体员工
    r"(?!(?:[省市县区旗州盟]|自治区|国务院|本级)?(?:人民)?政府|全体|广大|党委|公司|集团|单位|本|我|大会|主席团|常委会)"
)
DELEGATION_RE = re.compile(rf"([{CJK}]{{2,16}}?代表团)(?:的)?")
# "冯锋等12名代表" / "张三、李四等代表": the first names stand for a group.
GROUP_RE = re.compile(
    r"等(?:[0-9０-９一二三四五六七八九十两百多余]+(?:名|位))?"
    r"((?:十[一二三四五六]届)?(?:全国|自治区|省|市|县|旗|区)?)(人大代表|政协委员|代表|委员)"
)
GROUP_BEFORE_ROLE_RE = re.compile(r"等(?:[0-9０-９一二三四五六七八九十两百多余]+(?:名|位))?(?:十[一二三四五六]届)?(?:全国|自治区|省|市|县|旗|区)?$")
DELEGATION_THEN_ROLE_RE = re.compile(r"(代表团)(?:的)?(?:全国)?(?:人大)?代表(?![们团会])")
PROFILE_RE = re.compile(
    rf"(?:^|\n|】)(?P<name>[{CJK}]{{2,6}}(?:[{NAME_DOTS}][{CJK}]{{1,8}})?)[，,](?P<rest>[^。\n]{{2,120}}?)(?:。|$)",
    re.MULTILINE,
)
NEXT_ROLE_RE = re.compile(r"(?:第?十[一二三四五六]届)?(?:全国|自治区|省|市|县|区|旗|盟|州)?(?:人大代表|政协委员|政协常委|政协常务委员)")

PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
PROVINCE_FULL = {
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区", "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
    "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")

SECTION_RE = re.compile(r"^(?:[#\s]*)(?:全国)?两会\s*[·•・|｜]?\s*\S{2,6}$|^\S{2,4}\s*[·•・|｜]?\s*两会$")
# Site clutter and page furniture, in text copied from web pages and e-papers.
NOISE_RE = re.compile(
    r"^(?:打开.{0,8}(?:新闻|APP|客户端).{0,10}|查看精彩图片|请扫(?:描)?二维码.{0,12}|扫码.{0,12}|点击.{0,10}(?:查看|阅读|关注).{0,10}"
    r"|责任编辑[:：].*|编辑[:：].{0,20}|校对[:：].{0,20}|来源[:：].{0,30}|原标题[:：].*|分享到.{0,20}|返回(?:首页|顶部|搜狐).{0,10}"
    r"|举报|收藏|点赞|评论|转发|上一篇.*|下一篇.*|（?此处.{0,10}图片.{0,10}）?|\[?图片\]?|广告|免责声明.*)$"
)
CREDIT_SPLIT = re.compile(r"[\s、，,/　]+")
BYLINE_START = re.compile(r"^[□■▲●◆◇○]")
REPORTER_RE = re.compile(
    rf"(?:本报|新华社|人民日报|中新社|央视|本台|本刊)?(?:特约|融媒|全媒|实习)?记者\s*[/／:：]?\s*((?:[{CJK}{NAME_DOTS}]{{2,8}}(?:[\s、，,]+|$))+)"
)
CAPTION_CREDIT_RE = re.compile(rf"^(?:[{CJK}]{{0,14}}?(?:记者|通讯员))?\s*((?:[{CJK}{NAME_DOTS}]{{2,8}}\s*)+?)\s*/?\s*摄(?:影报道)?$")
# (记者 何宇), (通讯员 哈斯 记者 邢雨萌), (杏河县融媒体中心记者 景一鸣)
PAREN_CREDIT_RE = re.compile(rf"[（(]\s*((?:[{CJK}]{{0,14}}?(?:记者|通讯员)\s*[{CJK}{NAME_DOTS}\s、，,]{{2,30}}?)+)\s*[）)]")
# "…在代表通道接受采访。 新华社记者 段立新 摄" at the end of a caption.
TRAILING_PHOTO_CREDIT_RE = re.compile(rf"(?:^|[\s。])((?:[{CJK}]{{0,10}}?记者|通讯员)\s*(?:[{CJK}{NAME_DOTS}]{{2,8}}\s*)+?摄(?:影报道)?)\s*$")


CAPTION_CHARS_RE = re.compile(rf"[{CJK}{NAME_DOTS}\s/]*")  # all that CAPTION_CREDIT_RE can consume


def _caption_credit(text: str) -> re.Match | None:
    """``CAPTION_CREDIT_RE.match``, tried only on text that ends the way a photo credit must (…摄)
    and holds no character the pattern cannot consume.

    The pattern's nested name repetition backtracks through every split of a run of Chinese
    characters before it gives up: some seconds for a 40-character clause without punctuation,
    minutes for 50. A paragraph that cannot match is turned away before it is tried."""
    if not text.removesuffix("\n").endswith(("摄", "摄影报道")) or not CAPTION_CHARS_RE.fullmatch(text):
        return None
    return CAPTION_CREDIT_RE.match(text)


def _trailing_photo_credit(text: str) -> re.Match | None:
    """``TRAILING_PHOTO_CREDIT_RE.search``, tried only on text ending in 摄 or 摄影报道 (see above)."""
    if not text.rstrip().endswith(("摄", "摄影报道")):
        return None
    return TRAILING_PHOTO_CREDIT_RE.search(text)


TEAM_CREDIT_RE = re.compile(r"^[（(]?\s*(?:融媒体|全媒体)?报道团队|^[（(]?\s*(?:策划|统筹|监制|制作|视频|设计)[:：]")

DATE_RE = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
YEAR_RE = re.compile(r"(20\d{2})\s*年")
NEWSPAPER_RE = re.compile(r"《([^》]{2,12}(?:日报|晚报|时报|新闻|周刊|报))》|来源[:：]\s*([^\s]{2,12}(?:日报|晚报|时报|报))")


_T2S = OpenCC("t2s")


class _Simplifier:
    """OpenCC's t2s applied one character at a time, learned as characters turn up.

    Looking up every character of every article (even building its set) costs more than the rest
    of normalization. Instead two regexes, rebuilt as new characters turn up, find in C the
    characters not looked up yet and those that may simplify. Their classes list characters of the
    Basic Multilingual Plane only, which ``re`` tests in constant time; characters beyond it (rare)
    are taken by both, as a range, and checked one by one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self._table: dict[str, str] = {}  # characters that simplify to another single character
        self._unseen = re.compile(".", re.DOTALL)
        self._stale = 0  # characters seen since ``_unseen`` was built (it still finds them)
        self._changed: re.Pattern | None = None

    def __call__(self, text: str) -> str:
        if self._unseen.search(text):
            self._learn(text)
        changed, table = self._changed, self._table
        return changed.sub(lambda m: table.get(m.group(), m.group()), text) if changed else text

    def _learn(self, text: str) -> None:
        with self._lock:
            new = [ch for ch in dict.fromkeys(self._unseen.findall(text)) if ch not in self._seen]
            if not new:
                return
            simplifying = len(self._table)
            for ch in new:  # in text order
                converted = _T2S.convert(ch) if ord(ch) > 0x2E7F else ch
                if len(converted) == 1 and converted != ch:
                    self._table[ch] = converted
            # Threads reading without the lock must never see a character as seen before its mapping.
            if len(self._table) > simplifying:
                self._changed = re.compile(f"[{_basic_chars(self._table)}\U00010000-\U0010ffff]")
            self._seen.update(new)
            # Building the class costs a millisecond or two whatever its size: rebuild for a batch of
            # characters, and meanwhile let the set above turn away the few the old class lets through.
            self._stale += len(new)
            if self._stale >= 32:
                self._unseen = re.compile(f"[^{_basic_chars(self._seen)}]", re.DOTALL)
                self._stale = 0


def _basic_chars(chars: Iterable[str]) -> str:
    """The characters of the Basic Multilingual Plane among ``chars``, escaped for a regex class."""
    return "".join(re.escape(ch) for ch in sorted(chars) if ch <= "\uffff")


_simplify = _Simplifier()


CJK_RUN_RE = re.compile(f"[{CJK}]+")
CJK_ONLY_RE = re.compile(f"[{CJK}]*")


def simplified_view(text: str) -> str:
    """The text with traditional characters simplified one for one, so offsets stay valid.

    Real pages slip traditional characters into simplified text (未來, 自治區, 政協委員); patterns
    run over this view while names and affiliations are cut from the text as printed.
    """
    return _simplify(text)


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def normalize_name(name: str) -> str:
    """Unify the middle dot of transliterated names and drop stray spaces."""
    if name.isalnum():
        return name  # no dot, no space: the common case, and the regexes below would change nothing
    name = re.sub(f"\\s*[{NAME_DOTS}]\\s*", "·", name)
    return re.sub(r"\s+", "", name)


# --------------------------------------------------------------------------------------------------
# Normalization: raw text → stored text + blocks


@dataclass
class _Line:
    text: str
    level: int = 0  # markdown heading level
    blank_before: bool = False


def _clean_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return line.strip(" \t\u3000")


def _ends_open(text: str) -> bool:
    """True when a line stops where no sentence or heading would: a page break cut it."""
    if not text:
        return False
    last = text[-1]
    return is_cjk(last) or last.isalnum() or last in "，,、"


MONTH_DAY_START_RE = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日")
PICTURE_LABEL_RE = re.compile(r"^(?:上|下|左|右|中)?图[:：]")
PHOTO_END_RE = re.compile(r"摄(?:影报道)?$")
CLAUSE_PUNCTUATION_RE = re.compile(r"[，,。；;、“”]")


def _looks_like_start(text: str) -> bool:
    """A line that begins a new block rather than continuing a broken one."""
    return bool(
        BYLINE_START.match(text)
        or text.startswith(("“", "「", "\"", "图/", "文/", "（", "("))
        or _caption_credit(text)
        or NOISE_RE.match(text)
        or DATE_RE.match(text)
        or MONTH_DAY_START_RE.match(text)
        or PICTURE_LABEL_RE.match(text)
    )


def _should_join(prev: _Line, nxt: _Line, segmenter: Segmenter) -> bool:
    # Page breaks split sentences mid-word ("促进钢铁\n\n行业提质增效", "各族群众共\n\n享发展成果").
    if prev.level or nxt.level or not _ends_open(prev.text) or _looks_like_start(nxt.text):
        return False
    if BYLINE_START.match(prev.text) or _caption_credit(prev.text) or SECTION_RE.match(prev.text):
        return False
    if _trailing_photo_credit(prev.text) or PHOTO_END_RE.search(prev.text):
        return False  # a caption ending in its photo credit ("… 新华社记者 段立新 摄")
    if ROLE_COLON_RE.search(prev.text):
        return False  # a "NAME代表：headline" line
    if prev.text[-1] in "，,、":
        return True
    if CLAUSE_PUNCTUATION_RE.search(prev.text) and len(prev.text) >= 12:
        return True
    # A short line without punctuation is a heading unless the join makes a word across the break.
    tail, head = prev.text[-3:], nxt.text[:3]
    offset = len(tail)
    position = 0
    for token in segmenter.cut(tail + head):
        if position < offset < position + len(token):
            return True
        position += len(token)
    return len(prev.text) >= 30


RULE_RE = re.compile(r"[-=*_—]{3,}")
MARKDOWN_HEADING_RE = re.compile(r"^(#{1,6})\s*(.*)$")
BOLD_LINE_RE = re.compile(r"^\*\*(.+)\*\*$")


def normalize(raw: str, segmenter: Segmenter | None = None) -> tuple[str, list[Block]]:
    """Return the text to store and its blocks. Offsets in everything downstream refer to this text."""
    segmenter = segmenter or shared_segmenter()
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    lines: list[_Line] = []
    blank = False
    for original in raw.split("\n"):
        text = _clean_line(original)
        if not text or RULE_RE.fullmatch(text):
            blank = True
            continue
        level = 0
        heading = MARKDOWN_HEADING_RE.match(text)
        if heading:
            level, text = len(heading.group(1)), heading.group(2).strip()
            text = text.strip("*").strip()
            if not text:
                continue
        text = BOLD_LINE_RE.sub(r"\1", text)  # a bold line in Markdown
        if NOISE_RE.match(text):
            blank = True
            continue
        lines.append(_Line(text, level, blank))
        blank = False

    merged: list[_Line] = []
    for line in lines:
        if merged and _should_join(merged[-1], line, segmenter):
            merged[-1] = _Line(merged[-1].text + line.text, 0, merged[-1].blank_before)
        else:
            merged.append(line)

    parts: list[str] = []
    blocks: list[Block] = []
    position = 0
    for index, line in enumerate(merged):
        if index:
            sep = "\n\n" if line.blank_before or line.level or merged[index - 1].level else "\n"
            parts.append(sep)
            position += len(sep)
        kind = _classify(line, index, merged)
        parts.append(line.text)
        blocks.append(Block(kind, position, position + len(line.text), line.level))
        position += len(line.text)
    return "".join(parts), blocks


BARE_BYLINE_RE = re.compile(
    rf"[（(]?[{CJK}]{{0,12}}?(?:记者|通讯员)(?:\s+[{CJK}{NAME_DOTS}]{{2,6}})+"
    rf"(?:\s+[{CJK}]{{0,8}}?(?:记者|通讯员)(?:\s+[{CJK}{NAME_DOTS}]{{2,6}})+)*[）)]?"
)
REPORTER_LINE_RE = re.compile(rf"[（(]?(?:本报|新华社)?记者[\s{CJK}、，,]{{2,30}}[）)]?")
DATELINE_RE = re.compile(
    r"^(?:(?:发布|更新|刊发|出版)?(?:时间|日期)[:：]\s*)?(?:20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d{2}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"[\s\d:：星期一二三四五六日天]*(?:来源[:：].{0,30})?$"
)


TIME_LABEL_RE = re.compile(r"^(?:发布|更新)?时间[:：]")
SPACE_RE = re.compile(r"\s")
CREDIT_LABEL_START_RE = re.compile(r"^(?:文|图|摄影)\s*[/／]")
SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
ROLE_COLON_RE = re.compile(r"(代表|委员)\s*[:：]")  # a "NAME代表：headline" line


def _classify(line: _Line, index: int, lines: list[_Line]) -> str:
    text = line.text
    if DATELINE_RE.match(text) or TIME_LABEL_RE.match(text):
        return "dateline"  # "2026年2月6日 星期五", "发布时间：2026-01-28 08:30"
    if SECTION_RE.match(text) and len(SPACE_RE.sub("", text)) <= 8:
        return "section"
    if line.level == 1:
        return "title"
    if line.level in (2, 3):
        return "subtitle"
    if line.level >= 4:
        return "heading"
    if BYLINE_START.match(text) or CREDIT_LABEL_START_RE.match(text):
        return "byline"
    if _caption_credit(text) or TEAM_CREDIT_RE.match(text):
        return "credit"
    if ("记者" in text or "通讯员" in text) and (REPORTER_LINE_RE.fullmatch(text) or BARE_BYLINE_RE.fullmatch(text)):
        return "byline"  # "南方日报记者 黄颖 陈晓", "本报记者 张三 通讯员 李四"
    # Plain text without Markdown: a short line with no sentence punctuation is a heading.
    if len(text) <= 40 and not SENTENCE_END_RE.search(text[:-1] or "x") and text[-1] not in TERMINAL + CLOSERS:
        if ROLE_COLON_RE.search(text) or index == 0:
            return "subtitle" if index else "title"
        return "heading"
    return "para"


# --------------------------------------------------------------------------------------------------
# Affiliation → organization + title


HONOUR_RE = re.compile(r"(?:模范|劳模|标兵|红旗手|获得者|先进个人|优秀共产党员|奖章|道德模范|最美[^、]{0,6}|人大代表|政协委员|常委|委员)$")


TITLE_JOINER_END_RE = re.compile(r"(?:、|兼|和|及|，|,)$")
LIST_COMMA_END_RE = re.compile(r"(?:、|，|,)$")


def split_affiliation(affiliation: str) -> tuple[str, str]:
    """``中国航天科工集团第六研究院党委书记`` → (``中国航天科工集团第六研究院``, ``党委书记``).

    Titles are peeled off the end one at a time, joined by 、 or 兼 (党委书记、董事长).
    """
    rest = affiliation
    cut = len(rest)
    while rest:
        match = TITLE_RE.search(rest)
        if not match:
            break
        rest = rest[: match.start()]
        cut = len(rest)
        stripped = TITLE_JOINER_END_RE.sub("", rest)
        if stripped == rest:
            break
        # Only keep peeling when what precedes the separator is itself a title.
        if not TITLE_RE.search(stripped):
            break
        rest = stripped
    if cut == len(affiliation) and GENERIC_TITLE_RE.search(affiliation) and len(affiliation) > 2:
        cut = len(affiliation) - 2
    organization, title = affiliation[:cut], affiliation[cut:]
    organization = LIST_COMMA_END_RE.sub("", organization)
    # "全国劳动模范、某钢铁集团董事长": honours listed before the organization are not part of it.
    parts = organization.split("、")
    if len(parts) > 1 and all(HONOUR_RE.search(p) or _title_end(p) for p in parts[:-1]):
        organization = parts[-1]
    return organization, title.lstrip("、，,")


# Heads of units not in the list above (场长, 矿长, 指挥长): a character and 长 is nearly always a title.
GENERIC_TITLE_RE = re.compile(rf"[{CJK}]长$")


TITLE_SET = frozenset(TITLES)
TITLE_MAX = max(map(len, TITLES))
TITLE_LAST_CHARS = frozenset(t[-1] for t in TITLES)


def _title_end(affiliation: str) -> bool:
    """Whether the text ends in a job title. Modifiers (副, 党委…) need no check: 副厅长 ends in 厅长."""
    if not affiliation or affiliation[-1] not in TITLE_LAST_CHARS:
        return False  # most text: no title ends in its last character
    if len(affiliation) >= 2 and affiliation[-1] == "长" and is_cjk(affiliation[-2]):
        return True
    for k in range(1, min(TITLE_MAX, len(affiliation)) + 1):
        if affiliation[-k:] in TITLE_SET:
            return True
    return False


# --------------------------------------------------------------------------------------------------
# Delegate mentions


@dataclass
class _Mention:
    name: str
    start: int  # offset of the name in the stored text
    end: int
    role: str = ""
    level: str = ""
    affiliation: str = ""
    delegation: str = ""
    full: bool = False  # an introduction (role stated), not just a later reference
    group: int = 0  # mentions introduced together (a joint proposal) share a group number
    score: float = 0.0


@dataclass
class _Candidate:
    name: str
    offset: int  # within the clause
    affiliation: str
    score: float


@lru_cache(maxsize=65536)
def _name_shape_score(name: str) -> float | None:
    """How plausible ``name`` is as a person's name from its characters alone; None when it cannot be one.

    Cached across articles: the same substrings are tried as names on every page."""
    if "·" in name:
        parts = name.split("·")
        if any(len(p) < 1 for p in parts) or any(not all(is_cjk(c) for c in p) for p in parts):
            return None
        if len(name) > 20 or any(c in NOT_IN_DOTTED_NAMES for c in name.replace("·", "")):
            return None
        if any(len(p) > 7 for p in parts):
            return None  # transliterated parts are short (阿布都克里木·艾海提); longer means an affiliation crept in
        return 4.0
    if not 2 <= len(name) <= 6 or not CJK_ONLY_RE.fullmatch(name):
        return None
    if name in NOT_NAMES or not NOT_IN_NAMES.isdisjoint(name):
        return None
    if NOT_IN_NAME_WORDS_RE.search(name):
        return None
    if name.endswith(ROLE_EDGES) or name.startswith(ROLE_EDGES):
        return None
    if _title_end(name) and len(name) <= 3:
        return None  # 院长, 董事长: a title, not a name
    if name.endswith("委") or name[-2:] in ("常委", "政协", "人大"):
        return None  # 党委委员, 市委常委: a committee, not a name
    score = 0.0
    compound = name[:2] in SURNAMES_2
    if compound:
        score += 2.5 if len(name) in (3, 4) else -2
    elif name[0] in SURNAMES_1:
        score += {2: 1.6, 3: 2.0, 4: 0.2, 5: -0.2, 6: -0.5}[len(name)]
    else:
        # Mongolian, Tibetan and Uyghur names without a Han surname run to four to six characters
        # (乌仁图雅, 额尔德木图, 图门吉日嘎拉).
        score += {2: -1.5, 3: -0.8, 4: 0.6, 5: 0.4, 6: 0.2}[len(name)]
    return score


class _Reader:
    """State for reading one article."""

    def __init__(self, text: str, blocks: list[Block], segmenter: Segmenter, vocab: Vocabulary) -> None:
        self._name_scores: dict[str, float | None] = {}
        self.original = text  # as stored: passages are cut from here
        self.text = simplified_view(text)  # patterns match here (same offsets)
        self.blocks = blocks
        self.segmenter = segmenter
        self.vocab = vocab
        self._group = 0

    def next_group(self) -> int:
        self._group += 1
        return self._group

    def occurrences(self, name: str) -> int:
        return self.text.count(name)

    # -- name scoring ---------------------------------------------------------------------------

    def name_score(self, name: str, follower: str) -> float | None:
        """How plausible ``name`` is as a person's name; None when it cannot be one."""
        if name not in self._name_scores:
            self._name_scores[name] = self._base_name_score(name)
        score = self._name_scores[name]
        if score is None or "·" in name:
            return score
        return score + 1.0 if follower else score

    def _base_name_score(self, name: str) -> float | None:
        score = _name_shape_score(name)
        if score is None or "·" in name:
            return score
        repeats = self.occurrences(name) - 1
        if repeats > 0:
            score += 1.5 + min(repeats, 3) * 0.3
        return score

    def _follows(self, rest: str) -> str | None:
        """The word after a name, if it is one that can follow a name; "" at the end of the clause."""
        if not rest:
            return ""
        if rest[0] in NAME_DOTS:
            return None
        match = FOLLOWER_RE.match(rest)
        if not match:
            return None
        word = match.group()
        # 巴图孟和 ends in 和: a conjunction only follows a name when something comes after it.
        if word in ("和", "与", "及", "同") and len(rest) == len(word):
            return None
        return word

    def candidates(self, clause: str, need_title: bool = True) -> list[_Candidate]:
        """Ways to read ``clause`` as AFFILIATION + NAME + (verb…): best first."""
        found: list[_Candidate] = []
        dotted = any(d in clause for d in NAME_DOTS)
        longest = 20 if dotted else 6
        followers: dict[int, str | None] = {}  # by where the name ends: each end is reached from several offsets
        for offset in range(len(clause)):
            if clause[offset] in " \u3000" or clause[offset] in NAME_DOTS:
                continue
            # Judge the affiliation once per offset: empty, ending in a title, or (when allowed) not.
            affiliation = clause[:offset].rstrip(" \u3000")
            bonus = 0.0
            if affiliation:
                if dotted and any(d in affiliation for d in NAME_DOTS):
                    continue
                if _title_end(affiliation):
                    bonus = 3.0
                elif need_title:
                    continue
                else:
                    bonus = -2.0
            for length in range(2, longest + 1):
                if offset + length > len(clause):
                    break
                name = clause[offset : offset + length]
                if " " in name or "\u3000" in name:
                    break
                if name[-1] in NAME_DOTS or (length > 6 and not any(d in name for d in NAME_DOTS)):
                    continue
                end = offset + length
                if end not in followers:
                    followers[end] = self._follows(clause[end:].lstrip(" \u3000"))
                follower = followers[end]
                if follower is None:
                    continue
                name = normalize_name(name)
                score = self.name_score(name, follower)
                if score is None:
                    continue
                score += bonus
                # 董事长 + 王永乐 beats 董事 + 长王永乐: the name must not finish a title.
                if bonus > 0 and (_title_end(affiliation + name[0]) or _title_end(affiliation + name[:2])):
                    score -= 4.0
                found.append(_Candidate(name, offset, affiliation, score))
        found.sort(key=lambda c: (-c.score, c.offset, len(c.name)))
        return found


NATIONAL_END_RE = re.compile(r"全国$|十[一二三四五六]届全国$|第十[一二三四五六]届全国$")


def _level_of(prefix: str, session_level: str) -> str:
    """The level from the words right before 人大代表 / 政协委员."""
    prefix = prefix[-12:]
    if prefix.endswith("全国") or NATIONAL_END_RE.search(prefix):
        return "national"
    if prefix.endswith("自治区") or prefix.endswith("省"):
        return "regional"
    if prefix.endswith("市"):
        if any(prefix.endswith(m + "市") for m in MUNICIPALITIES):
            return "regional"
        return "municipal"
    for province in PROVINCES:
        if prefix.endswith(province):
            return "regional"
    if prefix.endswith(("盟", "州", "地区")):
        return "municipal"
    if prefix.endswith(("县", "旗", "区")):
        return "county"
    return session_level


def _clause_after(text: str, start: int) -> str:
    match = CLAUSE_BREAK.search(text, start)
    return text[start : match.start() if match else len(text)].rstrip(" \u3000")


def _clause_before(text: str, end: int) -> tuple[str, int]:
    """The clause that ends at ``end`` (back to the previous comma, stop or quote) and where it starts."""
    start = end
    while start > 0 and not CLAUSE_BREAK.match(text[start - 1]) and text[start - 2 : start] not in ("  ", "\u3000\u3000"):
        start -= 1
    while start < end and text[start] in " \u3000":
        start += 1
    return text[start:end], start


LEAD_INS = re.compile(
    r"^.*?(?:这让|让|使|令|据|对此|为此|其中|同时|此外|另外|针对|关于|来自|作为|身为|记者从|记者在|采访|谈及|谈到|会上|会议期间|期间|发言中|"
    r"看来|参加|出席|列席|所在的|的)(?=[^的]*$)"
)


def _trim_lead_in(affiliation: str) -> str:
    """``这让自治区政协委员`` is not part of an affiliation: drop words before the organization begins."""
    trimmed = LEAD_INS.sub("", affiliation)
    return trimmed if _title_end(trimmed) else affiliation


LIST_CONTINUES_RE = re.compile(r"(?:[（(][左右中前后起一二三四五六七八九十、]{1,6}[）)])?[、和与及]")
ROLE_SEPARATOR_RE = re.compile(r"[、，,]\s*|\s+")
CONJUNCTION_END_RE = re.compile(r"[和与及、]$")
COMMA_RE = re.compile(r"[，,]")
POST_VERB_START_RE = re.compile(r"^(?:现任|现为|任|系|是|担任)")
NOT_A_NAME_END_RE = re.compile(r"(人大|政协|全国|自治区|省|市|县|各位|广大|与会|基层|等)$")
HEAD_COUNT_END_RE = re.compile(r"等?[0-9０-９一二两三四五六七八九十]+(?:位|名)$")


def find_mentions(reader: _Reader, session_level: str) -> list[_Mention]:
    """Every place a delegate is named with a role, in text order."""
    text = reader.text
    mentions: list[_Mention] = []

    def add(m: _Mention) -> None:
        for other in mentions:
            if other.start < m.end and m.start < other.end:
                if (m.full, bool(m.affiliation), bool(m.delegation)) > (other.full, bool(other.affiliation), bool(other.delegation)):
                    mentions.remove(other)
                    break
                return
        mentions.append(m)

    def add_names(names: list[tuple[int, str]], base: int, role: str, level: str, delegation: str, score: float) -> None:
        group = reader.next_group()
        for offset, name in names:
            add(_Mention(name, base + offset, base + offset + len(name), role, level, "", delegation, True, group, score))
        _continue_list(base + names[-1][0] + len(names[-1][1]), role, level, group)

    def _continue_list(end: int, role: str, level: str, group: int) -> None:
        # "比其格图(右)与…", "巴图孟和(左)、高岚在驻地交流": more people after a position marker.
        match = LIST_CONTINUES_RE.match(text, end)
        if not match:
            return
        start = match.end()
        clause = _clause_after(text, start)
        names = _name_list(reader, clause, minimum=1)
        for offset, name in names:
            add(_Mention(name, start + offset, start + offset + len(name), role, level, "", "", True, group, 3))
        if names:
            _continue_list(start + names[-1][0] + len(names[-1][1]), role, level, group)

    # 1. ROLE、AFFILIATION NAME verb   /   ROLE NAME verb   /   ROLE NAME、NAME verb
    for role_match in ROLE_RE.finditer(text):
        role = ROLE_WORDS[role_match.group(1)]
        line_start = text.rfind("\n", 0, role_match.start()) + 1
        prefix = text[line_start : role_match.start()]
        if GROUP_BEFORE_ROLE_RE.search(prefix):
            continue  # 赵明远等30名全国人大代表: the group pattern below reads it
        level = _level_of(prefix, session_level)
        after = role_match.end()
        separator = ROLE_SEPARATOR_RE.match(text, after)
        if separator:
            after = separator.end()
        clause = _clause_after(text, after)
        # A clause holds one role: "…董事长宋立国和全国政协常委、…院长上官秀兰" names two people.
        next_role = NEXT_ROLE_RE.search(clause)
        if next_role:
            clause = CONJUNCTION_END_RE.sub("", clause[: next_role.start()])
        if not clause:
            continue
        names = _name_list(reader, clause)
        if names:
            add_names(names, after, role, level, "", 5)
            continue
        options = reader.candidates(clause)
        if not options:
            # An affiliation ending in a title we do not know (…研究馆员娜仁高娃说): accept it only
            # when the name is well attested.
            options = [c for c in reader.candidates(clause, need_title=False) if c.score >= 2.5]
        if options and options[0].score > 0:
            best = options[0]
            group = reader.next_group()
            start = after + best.offset
            affiliation = best.affiliation or _parenthetical_affiliation(text, start + len(best.name))
            add(_Mention(best.name, start, start + len(best.name), role, level, affiliation,
                         _delegation_in_sentence(text, start), True, group, best.score))
            _continue_list(start + len(best.name), role, level, group)

    # 1b. Profiles put the name first: "樊守田，…村党支部书记，自治区人大代表。",
    #     "萨如拉，自治区政协委员，…主管护师。", "毕力格图，男，蒙古族，…现任…站长，自治区人大代表。"
    for profile in PROFILE_RE.finditer(text):
        name = normalize_name(profile.group("name"))
        if reader.name_score(name, "，") is None:
            continue
        segments = [seg.strip() for seg in COMMA_RE.split(profile.group("rest"))]
        roles = [ROLE_RE.search(seg) for seg in segments]
        role_index = next((i for i, m in enumerate(roles) if m and m.end() == len(segments[i])), None)
        if role_index is None:
            continue
        role_match = roles[role_index]
        role = ROLE_WORDS[role_match.group(1)]
        level = _level_of(segments[role_index][: role_match.start()], session_level)
        affiliation = ""
        for segment in segments:
            candidate = POST_VERB_START_RE.sub("", segment)
            if candidate and not ROLE_RE.search(candidate) and _title_end(candidate):
                affiliation = candidate
        start = profile.start("name")
        add(_Mention(name, start, start + len(profile.group("name")), role, level, affiliation, "", True,
                     reader.next_group(), 6))

    # 2. [AFFILIATION] NAME代表 / NAME委员 — the title before the name, the role after it.
    for post in POST_ROLE_RE.finditer(text):
        before, clause_start = _clause_before(text, post.start())
        if not before or NOT_A_NAME_END_RE.search(before):
            continue
        role = "deputy" if post.group(1) == "代表" else "member"
        before, clause_start, delegation = _split_delegation(before, clause_start)
        # "吴海燕、郑志刚两位代表": a count before the role word is not part of a name.
        before = HEAD_COUNT_END_RE.sub("", before)
        if not before:
            continue
        # Between 代表团 and 代表 a name needs no surname to be believed (阿拉坦旗代表团宝音代表).
        names = _name_list(reader, before + "说", minimum=1 if delegation else 2, single_bar=-1.6 if delegation else 1.5)
        if names and (len(names) > 1 or delegation):
            add_names(names, clause_start, role, session_level, delegation, 6 if delegation else 5)
            continue
        # Words before the name that are no title (中国科学院学部委员) make a weak reading: keep it
        # only for a name the text repeats.
        options = [
            c for c in reader.candidates(before, need_title=False)
            if c.offset + len(c.name) == len(before) and (not c.affiliation or _title_end(c.affiliation) or c.score >= 2.5)
        ]
        if not options or options[0].score <= 0:
            continue
        best = options[0]
        affiliation = _trim_lead_in(best.affiliation) if _title_end(best.affiliation) else ""
        start = clause_start + best.offset
        add(_Mention(best.name, start, start + len(best.name), role, session_level, affiliation,
                     delegation or _delegation_in_sentence(text, start), bool(affiliation), reader.next_group(),
                     best.score))

    # 2b. "广东代表团代表黄志明说": the role word stands between the delegation and the name.
    for match in DELEGATION_THEN_ROLE_RE.finditer(text):
        before, _ = _clause_before(text, match.start(1))
        delegation = _trim_delegation(before + "代表团")
        after = match.end()
        clause = _clause_after(text, after)
        names = _name_list(reader, clause, minimum=1, single_bar=-1.6)
        if names:
            add_names(names, after, "deputy", session_level, delegation, 6)

    # 3. 冯锋等12名代表, 萨仁、刘长河等代表: the named signatories of a group.
    for group_match in GROUP_RE.finditer(text):
        before, clause_start = _clause_before(text, group_match.start())
        before, clause_start, delegation = _split_delegation(before, clause_start)
        role = "deputy" if "代表" in group_match.group(2) else "member"
        level = _level_of(group_match.group(1) or "", session_level) if group_match.group(1) else session_level
        names = _name_list(reader, before + "说", minimum=1)
        if not names:
            options = [c for c in reader.candidates(before, need_title=False) if c.offset + len(c.name) == len(before)]
            names = [(options[0].offset, options[0].name)] if options and options[0].score > 0 else []
        if names:
            add_names(names, clause_start, role, level, delegation, 4)

    mentions.sort(key=lambda m: m.start)
    return mentions


PARENTHESIS_RE = re.compile(r"[（(]([^（）()]{3,40})[）)]")
POSITION_MARKER_RE = re.compile(r"[左右中前后起一二三四五六七八九十、]+")


def _parenthetical_affiliation(text: str, end: int) -> str:
    """``省政协委员 蒲晓东（蜀南酿造集团总经理）表示``: the affiliation in brackets after the name."""
    match = PARENTHESIS_RE.match(text, end)
    if match and _title_end(match.group(1)) and not POSITION_MARKER_RE.fullmatch(match.group(1)):
        return match.group(1)
    return ""


DELEGATION_NAME_RE = re.compile(rf"([{CJK}]{{2,14}}?代表团)")


def _delegation_in_sentence(text: str, position: int) -> str:
    """The delegation named earlier in the same paragraph: ``在查干诺尔镇代表团审议现场，乌恩其代表…``,
    ``岚江代表团举行全体会议。全国人大代表索朗次仁（右）…``. A list of delegations names nobody's."""
    start = text.rfind("\n", 0, position) + 1
    found = list(DELEGATION_NAME_RE.finditer(text[start:position]))
    if not found:
        return ""
    last = found[-1]
    before, after = text[start + last.start() - 1 : start + last.start()], text[start + last.end() : start + last.end() + 1]
    if "、" in (before, after) or (len(found) > 1 and text[start + found[-2].end() : start + last.start()].strip("、和与及 ") == ""):
        return ""
    return _trim_delegation(last.group(1))


DELEGATION_WORD_RE = re.compile(r"代表团(?:的)?")


def _split_delegation(before: str, start: int) -> tuple[str, int, str]:
    """``内蒙古代表团的萨仁、刘长河`` → (``萨仁、刘长河``, shifted start, ``内蒙古代表团``)."""
    match = DELEGATION_WORD_RE.search(before)
    if not match:
        return before, start, ""
    delegation = _trim_delegation(before[: match.start()] + "代表团")
    return before[match.end():], start + match.end(), delegation


DELEGATION_TAIL_RE = re.compile(r"(?:在|到|参加|来自|与|和|同|出席|是|的|了|中|上)([^在到参来与和同出是的了中上]{2,14}代表团)$")


def _trim_delegation(delegation: str) -> str:
    match = DELEGATION_TAIL_RE.search(delegation)
    return match.group(1) if match else delegation


LIST_SEPARATORS = frozenset("、和与及 \u3000")


def _name_list(reader: _Reader, clause: str, minimum: int = 2, single_bar: float = 1.5) -> list[tuple[int, str]]:
    """``张三、李四、王五建议`` → the names with their offsets; [] unless the clause is such a list.

    Names are separated by 、 or a conjunction, and the last is followed by a verb; names may end
    in a conjunction character themselves (巴图孟和), so every split is tried and the most
    name-like reading wins.
    """
    best: tuple[float, list[tuple[int, str]]] = (float("-inf"), [])
    # Longer than six characters only with a middle dot (阿布都克里木·艾海提).
    longest = 20 if any(d in clause for d in NAME_DOTS) else 6
    # What follows a name ending at a position (the rest, and the rest without leading spaces):
    # every split of the clause reaches the same ends again.
    followers: dict[int, tuple[str | None, str | None]] = {}

    def walk(position: int, chosen: list[tuple[int, str, float]]) -> None:
        nonlocal best
        if len(chosen) >= 10:
            return
        for length in range(2, longest + 1):
            end = position + length
            if end > len(clause):
                break
            raw = clause[position:end]
            if length > 6 and not any(d in raw for d in NAME_DOTS):
                continue
            if raw[0] in NAME_DOTS or raw[-1] in NAME_DOTS or " " in raw or "\u3000" in raw:
                continue
            name = normalize_name(raw)
            score = reader.name_score(name, "")
            if score is None or score < -1.6:
                continue
            rest = clause[end:]
            here = chosen + [(position, name, score)]
            spoken = rest.lstrip(" \u3000")
            if end not in followers:
                followers[end] = (reader._follows(rest), reader._follows(spoken))
            follows_rest, follows_spoken = followers[end]
            separator = rest[:1] in LIST_SEPARATORS
            if separator and len(rest) > 1 and follows_rest is None or (separator and rest[0] in "、 \u3000"):
                walk(end + 1, here)
            if len(here) >= minimum and follows_spoken is not None and spoken:
                total = sum(s for _, _, s in here) / len(here)
                if total > best[0] and (len(here) > 1 or score >= single_bar):
                    best = (total, [(p, n) for p, n, _ in here])

    walk(0, [])
    if best[0] < min(0.2, single_bar):
        return []
    return best[1]


def find_references(text: str, names: Iterable[str], skip: list[_Mention]) -> list[tuple[int, str]]:
    """Later mentions of already-introduced delegates by bare name (毛光辉说)."""
    taken = [(m.start, m.end) for m in skip]
    found = []
    for name in sorted(set(names), key=len, reverse=True):
        # str.find, not a regex per name: thousands of one-off patterns would flush re's cache.
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s <= start < e for s, e in taken):
                taken.append((start, end))
                found.append((start, name))
            start = text.find(name, end)
    return sorted(found)


# --------------------------------------------------------------------------------------------------
# Credits


CREDIT_LABEL_RE = re.compile(rf"^(?:[{CJK}]{{0,14}}?(?:记者|通讯员|摄影师|摄影|编辑|报道))+$")
CREDIT_GLUED_RE = re.compile(rf"^[{CJK}]{{0,14}}?(?:记者|通讯员)([{CJK}{NAME_DOTS}]{{2,8}})$")


def _credit_names(chunk: str) -> list[str]:
    """Names in a credit: labels such as 本报记者, 本报特派北京记者, 杏河县融媒体中心记者, 通讯员 are dropped."""
    names = []
    for token in CREDIT_SPLIT.split(chunk):
        token = token.strip("□■▲●◆ （）()：:")
        if not token or CREDIT_LABEL_RE.match(token):
            continue
        glued = CREDIT_GLUED_RE.match(token)  # 本报记者康丽娜
        if glued:
            token = glued.group(1)
        token = normalize_name(token)
        if 2 <= len(token.replace("·", "")) <= 8 and all(is_cjk(c) or c == "·" for c in token) and token not in NOT_NAMES:
            names.append(token)
    return names


CREDIT_PART_RE = re.compile(r"\s+(?=(?:文|图|摄影)\s*[/／])")
PHOTO_LABEL_RE = re.compile(r"^(?:图|摄影)\s*[/／]")
CREDIT_PREFIX_RE = re.compile(r"^(?:文|图|摄影)\s*[/／]\s*")
PHOTO_CREDIT_END_RE = re.compile(r"\s*/?\s*摄(?:影报道)?$")


def credits_of(body: str) -> tuple[list[str], list[str]]:
    """(reporters, photographers) named in one credit line."""
    words: list[str] = []
    photos: list[str] = []
    body = BYLINE_START.sub("", body).strip()
    # "□文/本报记者 韩雪茹  图/本报记者 王磊" can also sit on one line.
    for part in CREDIT_PART_RE.split(body):
        photo = bool(PHOTO_LABEL_RE.match(part)) or bool(PHOTO_END_RE.search(part))
        part = CREDIT_PREFIX_RE.sub("", part)
        part = PHOTO_CREDIT_END_RE.sub("", part)
        (photos if photo else words).extend(_credit_names(part))
    return words, photos


def read_credits(text: str, blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Reporters and photographers from bylines (□本报记者 A B, 文/… 图/…), captions (本报记者 B 摄),
    parentheticals ((记者 A), (通讯员 B 记者 A)) and photo-story credits (… 摄影报道)."""
    reporters: list[str] = []
    photographers: list[str] = []

    def extend(target: list[str], names: list[str]) -> None:
        for n in names:
            if n not in target:
                target.append(n)

    def credit(body: str) -> None:
        words, photos = credits_of(body)
        extend(reporters, words)
        extend(photographers, photos)

    for block in blocks:
        line = text[block.start : block.end]
        if TEAM_CREDIT_RE.match(line):
            continue  # the page's media team (融媒体报道团队：…), not this article's reporters
        if block.kind in ("byline", "credit"):
            credit(line)
        elif block.kind in ("para", "heading"):
            for match in PAREN_CREDIT_RE.finditer(line):
                credit(match.group(1))
            trailing = _trailing_photo_credit(line)
            if trailing:
                credit(trailing.group(1))
    return reporters, photographers


# --------------------------------------------------------------------------------------------------
# Classification by key task and sector


def _count_terms(passage: str, tokens: Counter[str], words: Iterable[str], found: set[str]) -> list[tuple[str, int]]:
    """The words that occur, with their counts. ``found`` (``_VocabularyIndex.found``) holds jieba's
    tokens and the longer words that occur, so only words that count at least once are counted.

    Two-character words are matched on jieba tokens (区域 must not fire inside 区域内); longer
    phrases as substrings, since jieba may split them."""
    return [(word, tokens[word] if len(word) <= 2 else passage.count(word)) for word in words if word in found]


# How many key tasks and sectors a proposal gets, and the least score each needs. Re-tagging in
# the admin (proposals.editorial) uses the same values, so ingestion and re-tagging agree.
KEY_TASK_LIMIT, KEY_TASK_THRESHOLD = 3, 1.0
SECTOR_LIMIT, SECTOR_THRESHOLD = 3, 2.0


class _VocabularyIndex:
    """Which of a vocabulary's words occur in a text, found in one regex scan instead of one
    ``str.count`` per word: most words of most terms are absent from a given passage."""

    def __init__(self, terms: Iterable[Term]) -> None:
        longer = sorted({w for t in terms for w in (*t.phrases, *t.keywords) if len(w) > 2}, key=len, reverse=True)
        # Longest first, so a match is the longest word starting there; the shorter words it starts
        # with are there too (产业集群 at a position means 产业集 would be, were it a word).
        self._pattern = re.compile("|".join(map(re.escape, longer))) if longer else None
        self._prefixes = {w: [v for v in longer if w.startswith(v)] for w in longer}

    def found(self, text: str, tokens: set[str]) -> set[str]:
        """The words longer than two characters that occur in ``text``, and ``tokens`` (jieba's)."""
        found = set(tokens)
        if self._pattern is not None:
            position = 0
            while match := self._pattern.search(text, position):
                found.update(self._prefixes[match.group()])
                position = match.start() + 1
        return found


_indexes: dict[tuple[int, ...], tuple[tuple[Term, ...], _VocabularyIndex]] = {}


def _vocabulary_index(terms: tuple[Term, ...]) -> _VocabularyIndex:
    """The index of a vocabulary, built once. Keyed by the terms' identities, which the entry keeps alive."""
    key = tuple(map(id, terms))
    entry = _indexes.get(key)
    if entry is None:
        if len(_indexes) >= 16:
            _indexes.clear()  # vocabularies are few (the seed files, the database's); stay bounded
        entry = _indexes[key] = (tuple(terms), _VocabularyIndex(terms))
    return entry[1]


_TokenCounts = tuple[Counter[str], set[str]]  # search-mode tokens with their counts, and as a set


class _SearchTokens:
    """Search-mode tokens remembered for one article: each passage is classified twice (key task,
    sector) and a framing paragraph once for every proposal that follows it."""

    def __init__(self, segmenter: Segmenter) -> None:
        self._segmenter = segmenter
        self._counts: dict[str, _TokenCounts] = {}

    def counts(self, text: str) -> _TokenCounts:
        counts = self._counts.get(text)
        if counts is None:
            counts = self._counts[text] = _token_counts(self._segmenter, text)
        return counts


def _token_counts(segmenter: Segmenter | _SearchTokens, text: str) -> _TokenCounts:
    if isinstance(segmenter, _SearchTokens):
        return segmenter.counts(text)
    tokens = Counter(segmenter.cut_for_search(text))
    return tokens, set(tokens)


def classify(passage: str, context: list[tuple[str, float]], terms: tuple[Term, ...], segmenter: Segmenter | _SearchTokens,
             limit: int, threshold: float) -> tuple[Assignment, ...]:
    """Rank ``terms`` for a passage: phrases and keywords in the passage, and in the context before it.

    ``context`` holds (text, weight) pairs such as the section's opening paragraph or a sentence like
    ``围绕“因地制宜加快高水平科技自立自强”这项重点工作``: the article's own framing of what follows.
    """
    # Search-mode tokens, so 教育 counts inside 教育资源 while 区域 still does not fire inside 区域内.
    index = _vocabulary_index(terms)
    tokens, present = _token_counts(segmenter, passage)
    found = index.found(passage, present)
    framing = []
    for text, weight in context:
        context_tokens, context_present = _token_counts(segmenter, text)
        framing.append((text, context_tokens, index.found(text, context_present), weight))
    scored = []
    for position, term in enumerate(terms):
        score = 0.0
        evidence: list[str] = []
        if not term.words.isdisjoint(found):
            for phrase, count in _count_terms(passage, tokens, term.phrases, found):
                score += 8.0 * min(count, 2)
                evidence.append(phrase)
            for word, count in _count_terms(passage, tokens, term.keywords, found):
                weight = 1.5 if len(word) >= 4 else 1.0
                score += weight * min(count, 3)
                evidence.append(word)
        for text, context_tokens, context_found, weight in framing:
            if term.phrase_set.isdisjoint(context_found):
                continue
            named = [p for p, _ in _count_terms(text, context_tokens, term.phrases, context_found)]
            if named:
                score += weight
                evidence.append("栏目：" + named[0])
        if score >= threshold:
            scored.append((score, -position, Assignment(term.slug, round(score, 2), tuple(dict.fromkeys(evidence)))))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return tuple(a for _, _, a in scored[:limit])


# --------------------------------------------------------------------------------------------------
# Session, date, title


def guess_session(text: str, mentions: list[_Mention]) -> SessionGuess:
    explicit = Counter()
    for match in re.finditer(r"(全国|自治区|省|市|县|旗)两会", text):
        explicit[{"全国": "national", "自治区": "regional", "省": "regional", "市": "municipal"}.get(match.group(1), "county")] += 1
    for match in re.finditer(r"(全国|自治区|省|市|县|旗)(?:人大|政协)(?:[\u4e00-\u9fff]{0,4}届[\u4e00-\u9fff]{0,4}次)?(?:会议|全体会议)", text):
        explicit[{"全国": "national", "自治区": "regional", "省": "regional", "市": "municipal"}.get(match.group(1), "county")] += 1
    levels = Counter(m.level for m in mentions if m.level and m.level != "unknown")
    if explicit:
        level = explicit.most_common(1)[0][0]
    elif levels:
        level = levels.most_common(1)[0][0]
    elif "全国两会" in text:
        level = "national"
    else:
        level = "unknown"
    years = [int(y) for y in YEAR_RE.findall(text) if 2000 <= int(y) <= 2100]
    dates = DATE_RE.findall(text[:300])
    if dates:
        year = int(dates[0][0])
    else:
        year = max(years) if years else None
    region = ""
    if level in ("regional", "municipal", "county"):
        counts = Counter({p: text.count(p) for p in PROVINCES if p in text})
        if counts:
            top = counts.most_common(1)[0][0]
            region = PROVINCE_FULL.get(top, top + "省")
    if level == "municipal":
        city = Counter(re.findall(rf"([{CJK}]{{2,5}}(?:市|盟|州))(?:两会|人大|政协)", text))
        if city:
            region = city.most_common(1)[0][0]
    return SessionGuess(year, level, region)


ISO_DATE_RE = re.compile(r"(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")


def _published_on(head: str) -> str | None:
    """The date in the page's header: a dateline at the very top, or one labelled 日期 / 发布时间.

    ``head`` is the raw text's beginning: those header lines are dropped as clutter later."""
    head = head[:400]
    for pattern in (DATE_RE, ISO_DATE_RE):
        for match in pattern.finditer(head):
            line_start = head.rfind("\n", 0, match.start()) + 1
            label = head[line_start : match.start()]
            line_end = head.find("\n", match.end())
            line = head[line_start : line_end if line_end >= 0 else len(head)]
            if match.start() < 40 or re.search(r"日期|发布|时间|刊发|出版", label) or DATELINE_RE.match(line):
                year, month, day = (int(g) for g in match.groups())
                if 1 <= month <= 12 and 1 <= day <= 31:
                    return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# --------------------------------------------------------------------------------------------------
# Proposals


SUMMARY_LEAD_RE = re.compile(
    r"^(?:(?:\d{1,2}月\d{1,2}日|20\d{2}年)[^，,。]{0,6}[，,])?"  # 2月5日下午，
    r"(?:(?:为此|对此|因此|同时|此外|他|她|他们|她们|我们|我)[，,]?)*"  # 为此他
    r"(?:(?:建议|表示|认为|指出|呼吁|提出|强调|希望|倡议|介绍|谈到|说)[：:，,]?)*"  # 建议：, 他说，, 建议，呼吁
)


SENTENCE_SPLIT_RE = re.compile(r"(?<=[。！？!?；;])")
REPORT_QUOTE_RE = re.compile(r"^[“\"]?(?:政府工作报告|报告)")
PROPOSING_RE = re.compile(r"建议|呼吁|倡议|提案|议案")
URGING_RE = re.compile(r"应|要|需|希望|将|推动|加快|加强")
SPEAKING_VERB_RE = re.compile(r"(?:建议|表示|认为|指出|说|介绍|提出|呼吁|坦言|谈到|提交了?|带来了?|深有同感)[，,：:]?")
SUGGESTING_RE = re.compile(r"建议|呼吁|倡议")


def _summary(passage: str, names: tuple[str, ...]) -> str:
    """One line for a list: the delegate's own proposal sentence, without its introduction."""
    sentences = [s.strip() for s in SENTENCE_SPLIT_RE.split(passage.replace("\n", "")) if s.strip()]
    own = [s for s in sentences if not REPORT_QUOTE_RE.match(s)] or sentences
    chosen = next((s for s in own if PROPOSING_RE.search(s)), None)
    chosen = chosen or next((s for s in own if URGING_RE.search(s)), own[0] if own else "")
    chosen = chosen.strip("“”\"")
    # Drop the speaker's introduction: keep what follows the verb.
    for name in names:
        idx = chosen.find(name)
        if 0 <= idx < 60:
            verb = SPEAKING_VERB_RE.search(chosen[idx:])
            if verb and idx + verb.end() < len(chosen) - 8:
                chosen = chosen[idx + verb.end():]
            break
    chosen = SUMMARY_LEAD_RE.sub("", chosen, count=1) or chosen
    chosen = chosen.strip("，,。；;：: “”\"")
    return chosen[:120] + ("…" if len(chosen) > 120 else "")


def _kind(passage: str, role: str) -> str:
    if "议案" in passage:
        return "bill"
    if "提案" in passage:
        return "motion"
    if SUGGESTING_RE.search(passage):
        return "motion" if role == "member" else "suggestion"
    return "view"


@dataclass
class _Draft:
    names: list[str]
    headline: str
    start: int
    end: int
    context: list[tuple[str, float]] = field(default_factory=list)
    piece: dict = field(default_factory=dict)  # section, title, reporters of the piece it sits in


BARE_HEADLINE_RE = re.compile(rf"^(?:【[^】]{{1,10}}】)?([{CJK}{NAME_DOTS}]{{2,12}})\s*[:：]\s*(.{{4,}})$")
HEADLINE_RE = re.compile(
    rf"^([{CJK}{NAME_DOTS}]{{2,12}}(?:[、和与][{CJK}{NAME_DOTS}]{{2,12}})*)(代表|委员)\s*[:：]\s*(.+)$"
)


NAME_JOINER_RE = re.compile(r"[、和与]")
LAYOUT_SPACE_RE = re.compile(rf"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])")
TERMINAL_RE = re.compile(f"[{TERMINAL}]")
PRONOUN_START_RE = re.compile(r"^[“\"]?(?:他|她|他们|她们)")
FRAMING_RE = re.compile(r"围绕|聚焦|重点工作|方面")


def parse_article(raw: str, *, segmenter: Segmenter | None = None, vocabulary: Vocabulary | None = None) -> ParsedArticle:
    """Parse one article. Raises ``ParseError`` when it is empty, not Chinese, or names no delegate."""
    segmenter = segmenter or shared_segmenter()
    vocabulary = vocabulary or default_vocabulary()
    if not raw or not raw.strip():
        raise ParseError("empty", "the file is empty")
    cjk = sum(map(len, CJK_RUN_RE.findall(raw)))
    if cjk < 20 or cjk < len(raw.strip()) * 0.15:
        raise ParseError("not-article", "not an article: too little Chinese text")
    text, blocks = normalize(raw, segmenter)
    reader = _Reader(text, blocks, segmenter, vocabulary)
    view = reader.text

    # Mentions whose role carries no level word take the session's, known only once all are read.
    mentions = find_mentions(reader, "")
    session = guess_session(view, mentions)
    for mention in mentions:
        mention.level = mention.level or session.level

    # Headline blocks (路战远代表：装备先行赋能农牧业高质量发展) introduce a piece about one delegate.
    headlines: dict[int, tuple[list[str], str, str]] = {}
    introduced = {m.name: m.role for m in mentions}
    for index, block in enumerate(blocks):
        if block.kind in ("subtitle", "heading", "title"):
            line = view[block.start : block.end]
            # "【代表声音】张三：让科技成果走出实验室": a piece about a delegate introduced in its text.
            plain = BARE_HEADLINE_RE.match(line)
            if plain and normalize_name(plain.group(1)) in introduced:
                name = normalize_name(plain.group(1))
                headlines[index] = ([name], plain.group(2).strip(), introduced[name])
                continue
            match = HEADLINE_RE.match(line)
            if match:
                names = [normalize_name(n) for n in NAME_JOINER_RE.split(match.group(1))]
                if all(reader.name_score(n, "代表") is not None for n in names):
                    role = "deputy" if match.group(2) == "代表" else "member"
                    headlines[index] = (names, match.group(3).strip(), role)
                    for n in names:
                        if not any(m.name == n for m in mentions):
                            offset = block.start + view[block.start : block.end].find(n)
                            mentions.append(_Mention(n, offset, offset + len(n), role, session.level, "", "", True,
                                                     reader.next_group(), 3))
    mentions.sort(key=lambda m: m.start)
    if not mentions:
        raise ParseError("no-delegates", "no delegate (人大代表 / 政协委员) is named in the article")

    delegates = _merge_delegates(mentions)
    reporters, photographers = read_credits(text, blocks)
    proposals = _proposals(reader, blocks, mentions, delegates, headlines)

    sections = tuple(dict.fromkeys(text[b.start : b.end] for b in blocks if b.kind == "section"))
    title = next((text[b.start : b.end] for b in blocks if b.kind == "title" and b.level == 1), "")
    title = title or next((text[b.start : b.end] for b in blocks if b.kind == "title"), "")
    if not title:
        title = next((text[b.start : b.end] for b in blocks if b.kind in ("subtitle", "heading")), "")
    newspaper_match = NEWSPAPER_RE.search(raw[:600])  # the raw head: 来源 lines are clutter once read
    newspaper = next((g for g in newspaper_match.groups() if g), "") if newspaper_match else ""
    return ParsedArticle(
        text=text,
        title=title,
        sections=sections,
        reporters=tuple(reporters),
        photographers=tuple(photographers),
        newspaper=newspaper,
        published_on=_published_on(raw.lstrip("\ufeff")),
        session=session,
        blocks=tuple(blocks),
        delegates=tuple(delegates.values()),
        proposals=tuple(proposals),
    )


def _merge_delegates(mentions: list[_Mention]) -> dict[str, ParsedDelegate]:
    """One record per name in the article, from its fullest introduction."""
    best: dict[str, _Mention] = {}
    first: dict[str, int] = {}
    delegation: dict[str, str] = {}
    for m in mentions:
        first.setdefault(m.name, m.start)
        if m.delegation:
            delegation.setdefault(m.name, m.delegation)
        current = best.get(m.name)
        rank = (bool(m.affiliation), m.full, m.score)
        if current is None or rank > (bool(current.affiliation), current.full, current.score):
            best[m.name] = m
    result = {}
    for name in sorted(best, key=lambda n: first[n]):
        m = best[name]
        affiliation = LAYOUT_SPACE_RE.sub("", m.affiliation)  # "岷江市 市长" is layout
        organization, title = split_affiliation(affiliation) if affiliation else ("", "")
        result[name] = ParsedDelegate(
            name=name, role=m.role or "other", level=m.level or "unknown", affiliation=affiliation,
            organization=organization, title=title, delegation=delegation.get(name, ""), start=first[name],
        )
    return result


def _proposals(reader: _Reader, blocks: list[Block], mentions: list[_Mention],
               delegates: dict[str, ParsedDelegate], headlines: dict[int, tuple[list[str], str, str]]) -> list[ParsedProposal]:
    text = reader.text
    names = list(delegates)
    references = find_references(text, names, mentions)
    events = sorted([(m.start, m.name, m.group, True) for m in mentions] + [(s, n, 0, False) for s, n in references])

    drafts: list[_Draft] = []
    current: _Draft | None = None
    piece_names: list[str] | None = None  # the delegates a headline piece is about
    context: list[tuple[str, float]] = []

    def close() -> None:
        nonlocal current
        if current is not None:
            drafts.append(current)
        current = None

    piece: dict = {"section": "", "title": "", "reporters": []}
    for index, block in enumerate(blocks):
        line = text[block.start : block.end]
        if block.kind in ("title", "subtitle", "heading", "section"):
            close()
            context = []
            piece_names = None
            if block.kind == "section":
                piece = {"section": line, "title": "", "reporters": []}
            elif block.kind in ("title", "subtitle"):
                piece = {"section": piece["section"], "title": line, "reporters": []}
            if index in headlines:
                piece_names, headline, _ = headlines[index]
                current = _Draft(list(piece_names), headline, -1, -1, [], piece)
            elif block.kind in ("subtitle", "heading"):
                context.append((line, 3.0))
            continue
        if block.kind == "byline":
            piece["reporters"].extend(n for n in credits_of(line)[0] if n not in piece["reporters"])
            continue
        if block.kind == "credit":
            continue
        in_block = [e for e in events if block.start <= e[0] < block.end]
        intros = [e for e in in_block if e[3]]
        refs = {e[1] for e in in_block}
        if piece_names is not None and current is not None:
            # Inside a headline piece every paragraph belongs to its delegates.
            if current.start < 0:
                current.start = block.start
            current.end = block.end
            continue
        if intros:
            close()
            # Names introduced together, or within one sentence, make one joint proposal; a new
            # sentence introducing someone else starts the next one (A代表建议…；B代表认为…).
            groups: list[tuple[int, int, list[str]]] = []  # (mention group, offset, names)
            for start, name, group, _ in intros:
                if groups and (groups[-1][0] == group or not TERMINAL_RE.search(text, groups[-1][1], start)):
                    if name not in groups[-1][2]:
                        groups[-1][2].append(name)
                else:
                    groups.append((group, start, [name]))
            for position, (_, start, group_names) in enumerate(groups):
                last = position + 1 == len(groups)
                begin = block.start if position == 0 else _sentence_start(text, start, block.start)
                end = block.end if last else _sentence_start(text, groups[position + 1][1], block.start)
                draft = _Draft(group_names, "", begin, end, list(context), piece)
                if last:
                    current = draft
                else:
                    drafts.append(draft)
            continue
        if current is not None and (refs & set(current.names) or PRONOUN_START_RE.match(line)):
            current.end = block.end
            continue
        close()
        if block.kind == "para":
            # A paragraph about no one in particular frames what follows (围绕“…”这项重点工作).
            weight = 6.0 if FRAMING_RE.search(line) else 4.0
            context = [(t, w * 0.6) for t, w in context] + [(line, weight)]
    close()

    proposals = []
    segmenter = _SearchTokens(reader.segmenter)
    for draft in drafts:
        if draft.start < 0:
            continue
        passage = reader.original[draft.start : draft.end]
        roles = [delegates[n].role for n in draft.names if n in delegates]
        view = text[draft.start : draft.end]
        key_tasks = classify(view, draft.context, reader.vocab.key_tasks, segmenter,
                             limit=KEY_TASK_LIMIT, threshold=KEY_TASK_THRESHOLD)
        sectors = classify(view, [], reader.vocab.topics, segmenter, limit=SECTOR_LIMIT, threshold=SECTOR_THRESHOLD)
        proposals.append(
            ParsedProposal(
                delegates=tuple(n for n in draft.names if n in delegates),
                headline=draft.headline,
                summary=_summary(passage, tuple(draft.names)),
                kind=_kind(passage, roles[0] if roles else "other"),
                start=draft.start,
                end=draft.end,
                passage=passage,
                key_tasks=key_tasks,
                sectors=sectors,
                section=draft.piece.get("section", ""),
                piece_title=draft.piece.get("title", ""),
                reporters=tuple(draft.piece.get("reporters", ())),
            )
        )
    return [p for p in proposals if p.delegates]


def _sentence_start(text: str, position: int, floor: int) -> int:
    start = position
    while start > floor and text[start - 1] not in TERMINAL + "\n":
        start -= 1
    return start


_default_vocabulary: Vocabulary | None = None


def default_vocabulary() -> Vocabulary:
    global _default_vocabulary
    if _default_vocabulary is None:
        _default_vocabulary = Vocabulary.from_seed_files()
    return _default_vocabulary
