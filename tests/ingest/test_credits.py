"""Credits: reporters and photographers from every byline and caption shape."""

from __future__ import annotations

import pytest

from proposals.ingest import credits
from proposals.ingest.parse import parse_article


def test_credits_of_every_byline_shape():
    article = parse_article(
        "# 标题\n\n□本报记者 康丽娜 韩雪茹\n\n自治区人大代表、某公司董事长王进平表示，要创新。\n\n"
        "## 路战远代表: 装备先行\n\n□文/本报记者 梅刚  \n图/本报记者 王磊\n\n自治区人大代表、某院院长路战远说，要加强装备。\n\n"
        "2月4日，自治区政协委员乌仁图雅发言。  \n本报记者 王晓博 摄\n\n"
        "市人大代表、某校校长李华说，要办好教育。（记者 何宇 通讯员 黄晓岚）\n\n■ 本报记者/乌日娜 郑凯"
    )
    assert article.reporters == ("康丽娜", "韩雪茹", "梅刚", "何宇", "黄晓岚", "乌日娜", "郑凯")
    assert article.photographers == ("王磊", "王晓博")


def test_bare_byline_and_a_list_that_speaks_in_turn():
    article = parse_article(
        "# 聚焦高质量发展\n\n南方日报记者 黄颖 陈晓\n\n"
        "在省政协分组讨论会上，省政协委员李伟、张敏、欧阳建华分别发言，建议加快发展海洋经济。"
    )
    assert article.reporters == ("黄颖", "陈晓")
    assert [d.name for d in article.delegates] == ["李伟", "张敏", "欧阳建华"]
    assert article.proposals[0].delegates == ("李伟", "张敏", "欧阳建华")


def test_a_long_clause_without_punctuation_is_read_in_reasonable_time():
    # CAPTION_CREDIT_RE backtracks through every split of a run of Chinese characters: before it was
    # guarded, this paragraph (its first clause 60 characters long, commas typed in ASCII) kept
    # the parser busy for minutes; a hang here means the guard in credits.caption_credit is gone.
    clause = "推动牧区医疗卫生服务体系建设提高基层医务人员待遇配齐乡镇卫生院急救设备" * 2
    text = f"自治区人大代表、某市医院院长王建国说,{clause[:60]}\n\n{clause}关键在人才."
    article = parse_article(text)
    assert [d.name for d in article.delegates] == ["王建国"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报记者 王磊 摄", "王磊"),
        ("新华社记者 段立新 摄", "段立新"),
        ("阿拉坦·巴根 摄影报道", "阿拉坦·巴根"),
        ("代表们在驻地认真审议政府工作报告，本报记者 王磊 摄", None),  # a caption sentence, not a credit line
        ("推动牧区医疗卫生服务体系建设提高基层医务人员待遇配齐乡镇卫生院急救设备", None),
    ],
)
def test_caption_credit_lines_are_told_from_text(line, names):
    match = credits.caption_credit(line)
    assert (match.group(1).strip() if match else None) == names


def test_a_photo_label_with_a_colon_credits_a_photographer():
    # 虚构示例: 摄影：本报记者 … (holdout5/03 printed its photographer so)
    assert credits.credits_of("摄影：本报记者 孙立军") == ([], ["孙立军"])
    assert credits.credits_of("文：本报记者 王芳") == (["王芳"], [])


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # 虚构示例: a byline spaced like table cells, right under a 来源 line
        ("安吉县第十七届人民代表大会第二次会议开幕\n来源：安吉县融媒体中心　　发布时间：2022-01-10 08:45\n"
         "记者　吴晓峰　沈丽\n\n1月9日上午，会议开幕。县人大代表、某村党支部书记陈建国建议修路。\n", ["吴晓峰", "沈丽"], []),
        # 虚构示例: a dotted name of eight characters in a byline
        ("边疆代表话发展\n本报记者　热依拉·艾尔肯　刘志刚\n\n全国人大代表、某村党支部书记吐尔洪说，要发展庭院经济。\n",
         ["热依拉·艾尔肯", "刘志刚"], []),
        # 虚构示例: 摄影： with a colon on a line of its own
        ("代表委员说\n\n省人大代表、某村党支部书记金永哲建议发展黄牛产业。\n\n本报记者 朴成浩\n\n摄影：本报记者 崔明哲\n",
         ["朴成浩"], ["崔明哲"]),
    ],
)
def test_bylines_of_these_layouts_are_read(text, reporters, photographers):
    article = parse_article(text)
    assert (list(article.reporters), list(article.photographers)) == (reporters, photographers)


# 虚构示例: the leads of Hong Kong and Macao papers name their reporters before the dateline.
@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("【文匯報訊】記者 鄺志強 北京報道　", ("鄺志強",)),
        ("【大公報訊】記者 張慧婷、歐陽俊 北京報道　", ("張慧婷", "歐陽俊")),
        ("【香港商報訊】記者 麥家豪 報道　", ("麥家豪",)),
        ("【本報訊】全國兩會期間，", ()),  # no reporter named
        # glued to the dateline: cut where a known place (北京) leaves a name-shaped word
        ("【澳門日報訊】記者甄美玲北京報道　", ("甄美玲",)),
    ],
)
def test_reporters_named_in_the_lead_of_a_hong_kong_paper(lead, reporters):
    article = parse_article(
        f"港區委員倡加快融合\n\n{lead}全國政協委員、香港某集團主席司徒嘉明昨日表示，要推動兩地專業資格互認。\n\n"
        "虚构示例（本文为测试用虚构文章）"
    )
    assert article.reporters == reporters
    assert [d.name for d in article.delegates] == ["司徒嘉明"]
