"""Credits in layouts seen in real pages: one fictional article per class (see test_credits_layouts)."""

from __future__ import annotations

import pytest

from proposals.ingest.parse import parse_article

END = "\n\n虚构示例（本文为测试用虚构文章）"
SPEECH = "省人大代表、某县某村党支部书记韦春林建议，加快发展林下经济。"


def credits(text: str) -> tuple[list[str], list[str]]:
    article = parse_article(text + END)
    return sorted(article.reporters), sorted(article.photographers)


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # 采访人员: the newer label for 记者, in a lead's brackets and on a line of its own
        (f"本报讯 (采访人员 钱一鸣 曹晓岚 滕文博){SPEECH}", ["曹晓岚", "滕文博", "钱一鸣"], []),
        (f"委员热议营商环境\n采访人员 邵文涛\n\n{SPEECH}", ["邵文涛"], []),
        # 画: a drawing credits its illustrator, as 图 does
        (f"两会漫谈\n\n程少波/画\n\n蒲晓洁/文\n\n{SPEECH}", ["蒲晓洁"], ["程少波"]),
        # fields that credit no reporter: 视频剪辑, 译者 (a translator)
        (f"{SPEECH}（吉林日报记者 隋珊珊 视频剪辑 宁晓可）", ["隋珊珊"], []),
        (f"代表委员话发展\n\n记者　乌日娜　译者　其其格\n\n{SPEECH}", ["乌日娜"], []),
    ],
)
def test_labels(text, reporters, photographers):
    assert credits(text) == (sorted(reporters), sorted(photographers))


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # an outlet before the photographer's name is no name (中评社 X摄, 中国网 X摄影)
        (f"委员们在驻地召开记者会。(中评社 梁永康摄)\n\n{SPEECH}", [], ["梁永康"]),
        (f"代表风采\n\n{SPEECH}代表在小组会上发言。华夏网 罗晓佳摄影", [], ["罗晓佳"]),
    ],
)
def test_outlets_are_not_names(text, reporters, photographers):
    assert credits(text) == (sorted(reporters), sorted(photographers))


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # a page's stamp: what stands before its first field (a date, the pager's words) is furniture
        (f"省政协委员建言\n2021年01月18日 10:12:30 来源: 闽江日报 作者: 记者 林晓 郑文斌 通讯员 陈海燕\n\n{SPEECH}",
         ["林晓", "郑文斌", "陈海燕"]),
        (f"代表心声\n支持← →键翻页发布时间: 2019-03-12 | 来源: 华夏网 | 作者: 黄思远 | 责任编辑: 黄思远\n\n{SPEECH}",
         ["黄思远"]),
        # a date and a time joined by a mangled space (2022-03-04?10:20:30) is no question
        (f"提案工作综述\n来源:新华社   发布时间: 2022-03-04?10:20:30  作者:钟晓明 冯家乐\n\n{SPEECH}", ["冯家乐", "钟晓明"]),
    ],
)
def test_page_stamps(text, reporters):
    assert credits(text)[0] == sorted(reporters)


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # a lead opening with its credit: glued to 报道 without a dateline, after a dateline without
        # 报道 (the space ends it), a bare name in brackets after a dated dateline
        (f"市政协会议提案综述\n\n记者蒋晓峰报道 记者从提案组了解到，截至目前共收到提案120件。{SPEECH}", ["蒋晓峰"]),
        (f"西部日报2026年1月8日银川电 记者马卫东 7日上午，自治区人民代表大会开幕。{SPEECH}", ["马卫东"]),
        (f"华夏网昆明1月20日电(孟顺芝)20日，云南省人大会议开幕。{SPEECH}", ["孟顺芝"]),
        # guards: what the reporter learnt is no name, nor is a delegate in brackets after a plain 电
        (f"东海日报2026年1月8日杭州电 记者从会上获悉 {SPEECH}", []),
        (f"会议开幕\n\n他随即致电(韦春林)，{SPEECH}", []),
    ],
)
def test_leads(text, reporters):
    assert credits(text)[0] == sorted(reporters)


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # who wrote the text down: （本文由…记者某某根据…整理）
        (f"代表通道实录\n\n{SPEECH}\n\n（本文由华夏网记者詹若溪根据现场录音整理）", ["詹若溪"]),
        (f"{SPEECH}\n\n（本文由本报记者 钟晓岚 整理）", ["钟晓岚"]),
        # a broadcast script's speaker: 记者（某某）：, the host's line names no reporter
        (f"主播（韩雪）：接下来连线前方记者。\n\n记者（邵羽）：主播好！{SPEECH}\n\n记者（邵羽）：谢谢。", ["邵羽"]),
    ],
)
def test_attributions_and_speakers(text, reporters):
    assert credits(text)[0] == sorted(reporters)


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # a page's byline under the title: the name, then the date and time it was posted
        (f"《两会快报》省十四届人大四次会议开幕 我市代表出席\n\n韦晓静 2026-03-05 18:38:46\n\n{SPEECH}", ["韦晓静"]),
        # guard: a comment's signature far down the page is no byline
        (f"代表建议\n\n{SPEECH}\n\n{SPEECH}\n\n{SPEECH}\n\n网友评论\n\n{SPEECH}\n\n{SPEECH}\n\n黄晓静 2026-03-05 18:38:46", []),
    ],
)
def test_dated_bylines(text, reporters):
    assert credits(text)[0] == sorted(reporters)
