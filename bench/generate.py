"""Fictional two-sessions articles, generated deterministically, for benchmarks and robustness tests.

Every article is made up (people, organizations and places) and says so on its first and last
line. The shapes follow what real pages print, so the parser has real work to do:

- role first: ``自治区人大代表、ORG TITLE NAME说，…``; a quote before the introduction;
- a headline piece: ``## NAME代表：headline`` with a ``□文/本报记者`` byline;
- title before name: ``ORG TITLE NAME委员认为，…``;
- photo captions: ``2月4日,X市代表团NAME代表建议,…`` followed by ``本报记者 X 摄``;
- lists: ``A、B等12名代表联名提交…``, ``全国政协委员A、B、C表示…``;
- Han names with one- or two-character surnames, Mongolian names (额尔德木图), transliterated
  names with a middle dot (库尔班·尼亚孜);
- national, regional (自治区), provincial (省), municipal (市) and county (县/旗) sessions.

``generate_articles(n, seed)`` yields ``GeneratedArticle`` objects in memory; article *i* depends
only on ``(seed, i)``, so the first 20 of 1,000 are the same 20 as a run of 20.
``write_articles(folder, n, seed)`` writes them as UTF-8 ``.txt`` files. From the shell::

    python -m bench.generate --count 1000 --seed 7 var/generated
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FICTION_MARK = "（虚构示例：本文由 bench/generate.py 生成，人物、单位与地名均为虚构）"

# --------------------------------------------------------------------------------------------------
# Lexicons (fictional places; names assembled from common characters)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴孔向汤常温康施牛樊葛邢安齐乔庞颜倪庄"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "司徒", "夏侯", "端木")
GIVEN_CHARS = (
    "建峰伟强丽娜华明军平芳敏静秀英霞杰涛超勇艳磊鹏辉玲慧宁博晓云海春雪红林志国德立新宇婷欣佳俊成荣兴远东光振永亮晨璐倩"
    "书勤岚卓然思诗雨桐凯悦琳琪瑞泽浩宏彬斌锋鑫嘉铭颖薇蕾茜晗昊轩洋森楠帆航毅"
)
MONGOLIAN_PARTS = (
    "巴图", "孟和", "乌力吉", "额尔德木图", "那顺", "朝鲁", "其木格", "娜仁", "高娃", "萨仁", "图雅", "苏和", "哈斯", "阿拉坦",
    "宝音", "达来", "格日勒", "乌日娜", "特古斯", "敖日格乐", "吉日嘎拉", "布仁", "巴雅尔", "其其格", "满都拉", "呼和", "德力格尔",
    "斯琴", "乌兰", "额尔敦", "毕力格", "查干", "图门", "赛音", "白乙拉",
)
DOTTED_GIVEN = (
    "库尔班", "阿依古丽", "艾尔肯", "热依拉", "努尔兰", "古丽娜", "迪丽努尔", "艾力", "帕提古丽", "阿不都拉", "依明", "玉素甫",
    "米日古丽", "阿迪力", "布买热木", "麦麦提", "吾斯曼", "阿布都克里木",
)
DOTTED_FAMILY = ("尼亚孜", "买买提", "吐尔逊", "司马义", "艾海提", "热合曼", "托乎提", "阿不力孜", "赛买提", "肉孜", "哈力克")
PLACE_HEADS = ("青", "金", "白", "宝", "红", "杏", "云", "北", "松", "柳", "丰", "安", "兴", "长", "清", "永", "翠", "苍", "银", "石")
PLACE_TAILS = ("川", "河", "山", "湖", "原", "林", "峰", "泉", "岭", "滩", "沟", "阳", "源", "城", "州", "溪")
MONGOLIAN_PLACES = ("乌兰敖包", "查干诺尔", "巴彦塔拉", "阿拉坦", "白音河", "哈达图", "呼和陶勒盖", "宝力根", "赛罕乌拉")
NEWSPAPERS = ("北疆晨报", "青川日报", "金河晚报", "白音河日报", "北辰时报", "松原新闻")
REPORTER_POOL = (
    "苏和", "林晓彤", "包文杰", "刘雨桐", "陈卓然", "韩梅", "高志远", "王思远", "乌日娜", "郑凯", "何静", "孟和", "邢雨萌",
    "景一鸣", "张文博", "刘畅", "康丽娜", "王磊", "赵一帆", "钱晓鸥", "阿古达木", "宋佳音",
)

INDUSTRIES = ("新能源", "稀土新材料", "乳业", "纺织", "风电装备", "现代煤化工", "算力科技", "物流", "农牧", "食品", "生物制药",
              "光伏", "氢能", "商业航天", "储能")
COMPANY_SUFFIXES = ("集团有限公司", "股份有限公司", "有限公司", "集团")
DEPARTMENTS = ("工业和信息化", "农牧", "商务", "文化和旅游", "卫生健康", "教育", "科技", "生态环境", "发展和改革", "交通运输")
COLLEGES = ("生态与环境", "机械工程", "经济管理", "农学", "计算机", "医学", "历史文化", "材料科学")
CROPS = ("马铃薯", "杂粮", "肉羊", "奶牛", "苹果", "蔬菜", "向日葵", "肉牛")


@dataclass(frozen=True)
class Person:
    """A fictional delegate as the generator introduces them."""

    name: str
    role: str  # deputy | member
    level: str  # national | regional | provincial | municipal | county
    organization: str
    title: str
    delegation: str
    pronoun: str  # 他 | 她


@dataclass(frozen=True)
class GeneratedDelegate:
    """One delegate an article introduces, with the key task their proposal was written for."""

    name: str
    role: str
    level: str
    organization: str
    title: str
    delegation: str
    key_task: str
    shape: str  # role-first | quote-first | headline | title-first | caption | list


@dataclass(frozen=True)
class GeneratedArticle:
    """An article's text and what the generator put into it (the parser is not told)."""

    index: int
    seed: int
    slug: str
    level: str
    text: str
    delegates: tuple[GeneratedDelegate, ...]

    @property
    def filename(self) -> str:
        return f"{self.slug}.txt"


# --------------------------------------------------------------------------------------------------
# What delegates propose, by key task: (object of the proposal, a sentence of context, a quote)

PROPOSALS: dict[str, dict[str, tuple[str, ...]]] = {
    "industry": {
        "objects": ("新能源装备制造产业链", "稀土新材料产业集群", "现代煤化工产业升级", "农畜产品精深加工", "风光储一体化示范基地",
                    "传统产业提质增效", "新兴产业和未来产业布局", "商业航天配套产业", "绿色算力产业集群"),
        "context": ("去年全区新能源装机规模持续增长，但本地配套率仍然偏低", "产业链条短、附加值低的问题依然突出",
                    "龙头企业带动作用明显，中小配套企业还要加快培育"),
        "quotes": ("把资源优势转化为产业优势，是我们最大的课题。", "实体经济是发展的根基，产业链要延得更长。"),
    },
    "innovation": {
        "objects": ("科技成果转化中试基地", "种质资源共享平台", "人工智能与实体经济融合", "科研院所与企业联合攻关",
                    "科技特派员制度", "高校创新平台建设", "院士工作站和重点实验室"),
        "context": ("不少科研成果还停留在实验室里", "企业研发投入强度与先进地区相比还有差距",
                    "良种繁育离不开长期稳定的科研投入"),
        "quotes": ("科研成果不能锁在抽屉里。", "创新是第一动力，关键要让企业成为创新主体。"),
    },
    "unified-market": {
        "objects": ("口岸通关便利化", "区域性冷链物流枢纽", "中欧班列集结中心", "农畜产品前置仓和直营店", "陆港与口岸联动发展",
                    "跨境电商综合试验区"),
        "context": ("去年口岸过货量同比增长两成", "产销衔接“最后一公里”还不够顺畅", "物流成本偏高制约了企业走出去"),
        "quotes": ("口岸是对外开放的窗口，也是对接全国统一大市场的通道。", "好产品要卖得出，更要卖得好。"),
    },
    "market-economy": {
        "objects": ("公平竞争审查制度", "民营企业融资支持政策", "涉企执法检查规范", "要素市场化配置改革", "数据要素定价和交易机制",
                    "营商环境评价体系"),
        "context": ("民营企业最看重的是稳定、透明、可预期的营商环境", "隐性壁垒仍然影响企业投资信心",
                    "新型要素的定价和交易规则还不健全"),
        "quotes": ("营商环境就是生产力。", "让民营企业放心投资、安心经营。"),
    },
    "coordination": {
        "objects": ("城乡公共服务均等化", "黄河流域生态保护协同", "流域横向生态补偿机制", "县域经济和新型城镇化", "京蒙协作帮扶",
                    "边境牧区基础设施"),
        "context": ("上中下游生态保护任务不同、发展阶段不同", "部分偏远苏木嘎查公共服务短板明显",
                    "区域之间发展差距仍然较大"),
        "quotes": ("协调发展要算好“协同账”。", "一个都不能少，偏远地区更要补齐短板。"),
    },
    "culture": {
        "objects": ("非遗数字资源库", "文物数字化保护利用", "文旅融合发展", "乌兰牧骑文艺创作", "岩画遗址保护与展示",
                    "公共文化服务体系"),
        "context": ("长调、呼麦、马头琴制作技艺都是宝贵财富", "基层文物保护力量薄弱", "文旅市场持续升温"),
        "quotes": ("文化是一个地方的根和魂。", "让古老技艺在新时代焕发活力。"),
    },
    "livelihood": {
        "objects": ("紧密型县域医共体", "远程会诊覆盖面", "社区养老和互助养老服务", "乡村教师培训", "高校毕业生就业创业支持",
                    "牧区学校寄宿条件", "医保异地结算便利化"),
        "context": ("农牧民看病难的问题还没有完全解决", "老龄化程度加深，养老服务需求快速增长",
                    "牧区孩子上学路途远"),
        "quotes": ("每个孩子都应该享有公平而有质量的教育。", "民生无小事，枝叶总关情。"),
    },
}
KEY_TASKS = tuple(PROPOSALS)
VERBS = ("加快", "推动", "完善", "支持", "加大对", "健全", "探索", "深化", "统筹推进", "持续抓好")
CONSEQUENCES = (
    "让群众有更多获得感", "为高质量发展注入新动能", "推动各项任务落到实处", "形成可复制可推广的经验", "让发展成果更多惠及农牧民",
    "切实解决企业和群众的急难愁盼",
)
SPEECH_VERBS = ("说", "表示", "认为", "建议", "介绍", "坦言")
SECTION_NAMES = ("两会 聚焦", "两会 热议", "代表委员话发展", "两会 议政", "履职 故事")
SUBSECTIONS = ("壮大产业硬支撑", "创新驱动添动能", "畅通循环强活力", "深化改革优环境", "协调发展补短板", "文化铸魂润北疆",
               "增进民生暖底色")


# --------------------------------------------------------------------------------------------------
# People


def _place(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(MONGOLIAN_PLACES)
    return rng.choice(PLACE_HEADS) + rng.choice(PLACE_TAILS)


def _name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:
        parts = rng.sample(MONGOLIAN_PARTS, rng.choice((1, 2)))
        return "".join(parts) if len("".join(parts)) <= 6 else parts[0]
    if roll < 0.2:
        return f"{rng.choice(DOTTED_GIVEN)}·{rng.choice(DOTTED_FAMILY)}"
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.08 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2, 2))))
    return surname + given


def _affiliation(rng: random.Random, level: str, region: str, city: str) -> tuple[str, str]:
    place = _place(rng)
    kind = rng.randrange(11)
    if kind <= 2:
        org = f"{place}{rng.choice(INDUSTRIES)}{rng.choice(COMPANY_SUFFIXES)}"
        return org, rng.choice(("董事长", "总经理", "党委书记、董事长", "总工程师", "副总经理"))
    if kind == 3:
        org = rng.choice((f"{city}第{rng.choice('一二三四五')}人民医院", f"{city}中医医院", f"{place}县人民医院"))
        return org, rng.choice(("院长", "副院长、主任医师", "主任医师", "护士长"))
    if kind == 4:
        department = rng.choice(DEPARTMENTS)
        if level in ("regional", "provincial", "national"):
            return f"{region}{department}厅", rng.choice(("厅长", "副厅长"))
        return f"{city}{department}局", rng.choice(("局长", "副局长"))
    if kind == 5:
        if rng.random() < 0.5:
            return f"{place}大学", rng.choice(("校长", "副校长", "教授"))
        return f"{place}大学{rng.choice(COLLEGES)}学院", rng.choice(("院长", "教授"))
    if kind == 6:
        return f"{place}县{rng.choice(PLACE_HEADS)}{rng.choice('家庄村屯')}村", rng.choice(("党支部书记", "党支部书记、村委会主任"))
    if kind == 7:
        return f"{place}农牧科学研究院", rng.choice(("院长", "研究员", "院长、研究员"))
    if kind == 8:
        return rng.choice((f"{place}第一中学", f"{place}实验小学")), rng.choice(("校长", "教师", "特级教师"))
    if kind == 9:
        return f"{place}{rng.choice(CROPS)}专业合作社", "理事长"
    return rng.choice((f"{place}律师事务所", f"{place}非遗保护中心", f"{place}口岸管理委员会")), "主任"


LEVELS = ("national", "regional", "provincial", "municipal", "county")


@lru_cache(maxsize=8)
def population(seed: int, per_level: int = 800) -> dict[str, tuple[Person, ...]]:
    """The fictional delegates articles draw from: a fixed cast, so people recur across articles."""
    rng = random.Random(f"{seed}:population")
    cast: dict[str, tuple[Person, ...]] = {}
    for level in LEVELS:
        seen: set[str] = set()
        people: list[Person] = []
        region = {"national": "内蒙古", "regional": "自治区", "provincial": "省"}.get(level, "")
        while len(people) < per_level:
            name = _name(rng)
            if name in seen:
                continue
            seen.add(name)
            city = _place(rng) + "市"
            organization, title = _affiliation(rng, level, region or "自治区", city)
            delegation = f"{city}代表团" if level in ("regional", "provincial") else (
                f"{_place(rng)}区代表团" if level == "municipal" else "")
            people.append(Person(name, rng.choice(("deputy", "member")), level, organization, title, delegation,
                                 rng.choice("他她")))
        cast[level] = tuple(people)
    return cast


# --------------------------------------------------------------------------------------------------
# Text


def _role_prefix(rng: random.Random, person: Person, county_word: str) -> str:
    """十四届全国人大代表 / 自治区政协委员 / 市人大代表 / 旗政协委员."""
    body = "人大代表" if person.role == "deputy" else "政协委员"
    if person.level == "national":
        if person.role == "deputy":
            return rng.choice(("十四届全国人大代表", "全国人大代表"))
        return rng.choice(("全国政协委员", "全国政协委员", "全国政协常委"))
    prefix = {"regional": "自治区", "provincial": "省", "municipal": "市", "county": county_word}[person.level]
    return prefix + body


def _short_role(person: Person) -> str:
    return "代表" if person.role == "deputy" else "委员"


def _proposal(rng: random.Random, task: str, *, with_context: bool = True) -> str:
    """One or two sentences of what a delegate proposes (ends without the final 。)."""
    words = PROPOSALS[task]
    first, second = rng.sample(words["objects"], 2)
    text = f"{rng.choice(VERBS)}{first}，{rng.choice(VERBS)}{second}，{rng.choice(CONSEQUENCES)}"
    if with_context and rng.random() < 0.5:
        text = f"{rng.choice(words['context'])}。{rng.choice(('下一步', '为此', '对此'))}，要{text}"
    return text


class _Writer:
    def __init__(self, rng: random.Random, level: str, county_word: str) -> None:
        self.rng = rng
        self.level = level
        self.county_word = county_word
        self.paragraphs: list[str] = []
        self.delegates: list[GeneratedDelegate] = []

    def record(self, person: Person, task: str, shape: str) -> None:
        self.delegates.append(GeneratedDelegate(person.name, person.role, person.level, person.organization,
                                                person.title, person.delegation, task, shape))

    def role_first(self, person: Person, task: str) -> None:
        rng = self.rng
        verb = rng.choice(SPEECH_VERBS)
        self.paragraphs.append(
            f"{_role_prefix(rng, person, self.county_word)}、{person.organization}{person.title}{person.name}{verb}，"
            f"{_proposal(rng, task)}。"
        )
        self.record(person, task, "role-first")

    def quote_first(self, person: Person, task: str) -> None:
        rng = self.rng
        quote = rng.choice(PROPOSALS[task]["quotes"])
        self.paragraphs.append(
            f"“{quote}”{_role_prefix(rng, person, self.county_word)}、{person.organization}{person.title}{person.name}说。"
        )
        self.paragraphs.append(f"{person.name}建议，{_proposal(rng, task)}。")
        self.record(person, task, "quote-first")

    def title_first(self, person: Person, task: str) -> None:
        rng = self.rng
        self.paragraphs.append(
            f"{person.organization}{person.title}{person.name}{_short_role(person)}{rng.choice(('认为', '表示', '建议'))}，"
            f"{_proposal(rng, task)}。"
        )
        self.record(person, task, "title-first")

    def headline(self, person: Person, task: str, reporter: str, photographer: str) -> None:
        rng = self.rng
        words = PROPOSALS[task]
        self.paragraphs.append(f"## {person.name}{_short_role(person)}：{rng.choice(VERBS)}{rng.choice(words['objects'])}")
        self.paragraphs.append(f"□文/本报记者 {reporter}  \n图/本报记者 {photographer}")
        self.paragraphs.append(
            f"“{rng.choice(words['quotes'])}”{_role_prefix(rng, person, self.county_word)}、"
            f"{person.organization}{person.title}{person.name}说。"
        )
        self.paragraphs.append(
            f"{person.name}{rng.choice(('表示', '介绍'))}，{rng.choice(words['context'])}。"
            f"{person.pronoun}建议，{_proposal(rng, task, with_context=False)}。"
        )
        self.record(person, task, "headline")

    def caption(self, person: Person, task: str, photographer: str, month: int) -> None:
        rng = self.rng
        if person.delegation:
            who = f"{person.delegation}{person.name}{_short_role(person)}"
        else:
            who = f"{_role_prefix(rng, person, self.county_word)}{person.name}"
        self.paragraphs.append(
            f"{month}月{rng.randint(1, 28)}日,{who}建议,{_proposal(rng, task, with_context=False)}。  \n"
            f"本报记者 {photographer} 摄"
        )
        self.record(person, task, "caption")

    def group(self, people: list[Person], task: str) -> None:
        rng = self.rng
        names = "、".join(p.name for p in people)
        lead = people[0]
        if lead.delegation and rng.random() < 0.5:
            count = len(people) + rng.randint(2, 12)
            words = PROPOSALS[task]
            self.paragraphs.append(
                f"{lead.delegation}{names}等{count}名{_short_role(lead)}联名提交了关于{rng.choice(words['objects'])}的建议。"
                f"“{rng.choice(words['quotes'])}”{lead.name}说，{_proposal(rng, task, with_context=False)}。"
            )
        else:
            self.paragraphs.append(
                f"{_role_prefix(rng, lead, self.county_word)}{names}{rng.choice(('联名提交建议', '表示'))}，"
                f"{_proposal(rng, task, with_context=False)}。"
            )
        for person in people:
            if person.role == lead.role:
                self.record(person, task, "list")


def generate_article(index: int, seed: int = 0) -> GeneratedArticle:
    """Article ``index`` of the series ``seed`` (independent of how many are generated)."""
    rng = random.Random(f"{seed}:article:{index}")
    level = rng.choices(LEVELS, weights=(3, 4, 2, 2, 1))[0]
    cast = population(seed)[level]
    county_word = rng.choice(("县", "旗"))
    year = rng.choice((2024, 2025, 2026))
    month = 3 if level == "national" else rng.choice((1, 2))
    reporters = rng.sample(REPORTER_POOL, 3)
    newspaper = rng.choice(NEWSPAPERS)
    session_words = {
        "national": "全国两会", "regional": "自治区两会", "provincial": "省两会", "municipal": "市两会",
        "county": f"{county_word}两会",
    }[level]

    # Roughly one in three articles is long, like a full newspaper page; the rest are single stories.
    count = rng.choice((3, 4, 5, 6)) if rng.random() < 0.65 else rng.randint(10, 18)
    people = rng.sample(cast, count)
    writer = _Writer(rng, level, county_word)
    day = rng.randint(1, 28)
    writer.paragraphs += [
        FICTION_MARK,
        f"{newspaper} · {session_words}特刊 · 第{rng.randint(2, 8)}版（生成版面）",
        f"#### {rng.choice(SECTION_NAMES)}",
        f"# {rng.choice(('锚定重点工作 奋力实现良好开局', '凝聚发展共识 共绘奋进蓝图', '代表委员建言高质量发展', '履职尽责 建睿智之言'))}",
        f"□本报记者 {reporters[0]} {reporters[1]}",
        f"{year}年{month}月{day}日，{session_words}期间，代表委员们围绕政府工作报告提出的重点工作，立足岗位谈体会、"
        "结合实际献良策，凝聚起推动高质量发展的强大合力。",
    ]
    position = 0
    while position < len(people):
        if rng.random() < 0.3:
            writer.paragraphs.append(f"#### {rng.choice(SUBSECTIONS)}")
        task = rng.choice(KEY_TASKS)
        shape = rng.choices(("role-first", "quote-first", "title-first", "headline", "caption", "list"),
                            weights=(5, 2, 2, 1, 1, 1))[0]
        person = people[position]
        if shape == "list" and position + 1 < len(people):
            size = min(rng.choice((2, 2, 3)), len(people) - position)
            writer.group(people[position : position + size], task)
            position += size
            continue
        if shape == "headline":
            writer.headline(person, task, reporters[2], rng.choice(REPORTER_POOL))
        elif shape == "caption":
            writer.caption(person, task, rng.choice(REPORTER_POOL), month)
        elif shape == "quote-first":
            writer.quote_first(person, task)
        elif shape == "title-first":
            writer.title_first(person, task)
        else:
            writer.role_first(person, task)
        position += 1
    writer.paragraphs += [
        "蓝图已经绘就，关键在于落实。代表委员们表示，将把会上凝聚的共识带回岗位，以实干实绩推动各项任务落到实处。",
        f"（融媒体报道团队：{'、'.join(rng.sample(REPORTER_POOL, 3))}）",
        FICTION_MARK,
    ]
    return GeneratedArticle(
        index=index, seed=seed, slug=f"gen_{seed}_{index:05d}", level=level,
        text="\n\n".join(writer.paragraphs) + "\n", delegates=tuple(writer.delegates),
    )


def generate_articles(count: int, seed: int = 0, start: int = 0) -> Iterator[GeneratedArticle]:
    """Articles ``start`` … ``start + count - 1`` of the series ``seed``."""
    for index in range(start, start + count):
        yield generate_article(index, seed)


def write_articles(folder: Path | str, count: int, seed: int = 0) -> list[Path]:
    """Write ``count`` articles as UTF-8 ``.txt`` files into ``folder`` (created); returns the paths."""
    directory = Path(folder)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in generate_articles(count, seed):
        path = directory / article.filename
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write fictional two-sessions articles (UTF-8 .txt) into a folder.")
    parser.add_argument("folder", type=Path, help="where to write the articles (created if missing)")
    parser.add_argument("--count", type=int, default=100, help="how many articles (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="series seed; the same seed gives the same articles")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    paths = write_articles(args.folder, args.count, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles ({size / 1e6:.2f} MB) to {args.folder}")


if __name__ == "__main__":
    main()
