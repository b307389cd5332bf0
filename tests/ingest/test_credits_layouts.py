"""Credits in the layouts pages print them in: one fictional article per class of layout.

Conventions (tests/data/articles/*/README.md): editors (编辑, 责任编辑, 审核) are nobody's credit;
摄 / 图 / 摄影 / 摄像 credit a photographer (摄像 in a TV script is the camera credit, keyed as a
photographer where a key names it); a 通讯员, an intern (实习生, like the 见习记者 holdout6 keys as
a reporter) is read as a reporter, as dev keys its 通讯员 (the holdout keys leave them optional).
"""

from __future__ import annotations

import pytest

from proposals.ingest.parse import parse_article

END = "\n\n虚构示例（本文为测试用虚构文章）"
SPEECH = "省人大代表、某县某村党支部书记杨春林建议，加快发展林下经济。"


def credits(text: str) -> tuple[list[str], list[str]]:
    article = parse_article(text + END)
    return sorted(article.reporters), sorted(article.photographers)


def check(text: str, reporters: list[str], photographers: list[str]) -> None:
    assert credits(text) == (sorted(reporters), sorted(photographers))


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # labels are no names: 整理 after the name, 实习生 between two names
        (f"代表建议摘登\n\n{SPEECH}\n\n（记者 龙雨桐 整理）", ["龙雨桐"], []),
        (f"贵阳代表团审议报告\n\n贵阳1月25日讯（记者 杨思琪 实习生 吴亦凡）{SPEECH}", ["吴亦凡", "杨思琪"], []),
        # a bulleted section title is no byline's name
        (f"代表委员话振兴\n\n■ 聚焦乡村振兴\n\n{SPEECH}\n\n■ 聚焦生态保护\n\n（本报特派记者 邓子涵 田书瑶）", ["田书瑶", "邓子涵"], []),
    ],
)
def test_labels_and_section_titles_are_not_names(text, reporters, photographers):
    check(text, reporters, photographers)


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # 文 … 图 and 文 … 摄 after the names, on the line under a title without a stop
        (f"赣州代表委员热议发展\n赣南日报记者 钟一鸣 刘雨桐 文 谢文涛 图\n\n{SPEECH}", ["刘雨桐", "钟一鸣"], ["谢文涛"]),
        (f"本报记者 温可馨 黄以诚 文 廖振东 摄\n\n{SPEECH}", ["温可馨", "黄以诚"], ["廖振东"]),
        # 文/摄: the writer took the pictures
        (f"雪夜里的提案\n本报记者 冯晓岚 文/摄\n\n{SPEECH}", ["冯晓岚"], ["冯晓岚"]),
        # 摄影 inside the lead's brackets, and 摄影： 图/ in brackets at the end
        (f"昆明日报讯（记者 段思琪 李明轩  摄影 普文杰）{SPEECH}", ["李明轩", "段思琪"], ["普文杰"]),
        (f"代表审议\n\n{SPEECH}\n\n（摄影：尼玛次仁）\n\n本报记者　白玛央宗", ["白玛央宗"], ["尼玛次仁"]),
        (f"本报讯（记者 陈书瑶）{SPEECH}\n\n（图/林子豪）", ["陈书瑶"], ["林子豪"]),
        # a caption's credit after its sentence: spaced single characters; 摄 glued to the name (a
        # guard: read before, and kept from becoming a reporter 符晓东摄)
        (f"图为代表们在讨论。　记者　石　磊　摄\n\n本报记者 蒙思远\n\n{SPEECH}", ["蒙思远"], ["石磊"]),
        (f"图为代表们抵达驻地。 海南日报记者 符晓东摄\n\n{SPEECH}", [], ["符晓东"]),
        (f"图为代表们抵达驻地。本报记者韦晓峰摄\n\n{SPEECH}", [], ["韦晓峰"]),
    ],
)
def test_photographers_are_not_reporters(text, reporters, photographers):
    check(text, reporters, photographers)


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # a TV script: 记者 / 摄像 / 编辑 in the closing brackets, with or without colons
        (f"主持人：各位观众，晚上好。\n\n记者：我现在在会场。{SPEECH}\n\n（记者 巴特尔 赵文轩 摄像 阿拉腾 编辑 周晓梅）",
         ["巴特尔", "赵文轩"], ["阿拉腾"]),
        (f"记者：代表们讨论热烈。{SPEECH}\n\n（记者：上官雨晴　许一鸣　摄像：宋振国　编辑：顾晓丹）", ["上官雨晴", "许一鸣"], ["宋振国"]),
        (f"陕西台报道\n\n{SPEECH}\n\n（记者：贾思远 摄像：屈明 西岭广播电视台报道）", ["贾思远"], ["屈明"]),
        # the host's line names the reporter
        (f"代表访谈\n\n主持人：人民网记者 廖书恒\n\n{SPEECH}", ["廖书恒"], []),
        # a credit line at the end: 记者：… 摄影：… 责任编辑：…
        (f"{SPEECH}\n\n记者：斯琴高娃　乌云　摄影：巴图　责任编辑：王晓东", ["乌云", "斯琴高娃"], ["巴图"]),
        # a paper's label holding a dot, and 见习记者
        (f"代表审议\n\n{SPEECH}\n\n中国青年报·中青在线记者 贺一鸣 见习记者 苗小禾", ["苗小禾", "贺一鸣"], []),
    ],
)
def test_tv_and_closing_credits(text, reporters, photographers):
    check(text, reporters, photographers)


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # WeChat footers: 来源 names an outlet, then the reporters; editors and reviewers are no credit
        (f"点击上方蓝字关注\n\n{SPEECH}\n\n来源 | 黔东日报全媒体记者 吴秀梅 龙海波\n编辑 | 杨小雪\n审核 | 石军", ["吴秀梅", "龙海波"], []),
        (f"{SPEECH}\n\n记者 | 田思雨\n编辑 | 覃丽\n审核 | 向东", ["田思雨"], []),
        (f"{SPEECH}\n\n📷 摄影｜陆一鸣\n✍️ 文字｜韦晓琳\n📝 编辑｜蓝雪　审核｜黄志刚", ["韦晓琳"], ["陆一鸣"]),
        (f"{SPEECH}\n\n文字：潘小雨　图片：吴浩然\n编辑：杨丽　审核：龙德明", ["潘小雨"], ["吴浩然"]),
    ],
)
def test_wechat_footers(text, reporters, photographers):
    check(text, reporters, photographers)


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # a page's stamp under the title: 作者 names the reporter; 来源, 编辑, 字号 and what follows do not
        (f"市人大代表建言数字经济\n发布时间：2019-01-15 10:02:11 来源：榕城新闻网 作者：陈一帆 编辑：林佳\n\n{SPEECH}", ["陈一帆"], []),
        (f"2016-01-20 09:30:16　来源：洪都日报　作者：记者 邹婷婷　字号：大 中 小　打印本页\n{SPEECH}", ["邹婷婷"], []),
        (f"来源：三晋融媒　作者：郭小川 乔丽　浏览次数：1024\n\n{SPEECH}", ["乔丽", "郭小川"], []),
        # the byline under a related-news list is no linked headline
        ("新疆日报 2027年01月20日\n相关阅读：\n· 自治区人大代表某某：把果园搬上“云端”\n\n代表委员话发展\n"
         f"文/本报记者 阿依努尔·买买提 朱晓刚  图/本报记者 艾尔肯·吐尔逊\n\n{SPEECH}",
         ["朱晓刚", "阿依努尔·买买提"], ["艾尔肯·吐尔逊"]),
        # a 电 lead on the line under the title, and a paper's byline under a title without a stop
        (f"把群众的期盼带到北京——代表委员热议报告\n本报北京3月6日电 记者 阿不都·热合曼 韩晓东 报道\n\n{SPEECH}",
         ["阿不都·热合曼", "韩晓东"], []),
        ("港區代表熱議\n大公報記者 馮嘉豪、駐京記者 黃詠琪 北京報道\n全國人大代表陳嘉明表示，要推動融合發展。", ["馮嘉豪", "黃詠琪"], []),
        (f"委员热议“三个海口”建设\n海南晨报记者 王海燕\n\n{SPEECH}", ["王海燕"], []),
    ],
)
def test_page_stamps_and_bylines_under_titles(text, reporters, photographers):
    check(text, reporters, photographers)


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        # 繁體: labels read simplified, names kept as printed
        (f"【本報記者蔡嘉儀北京報道】十三屆全國政協一次會議昨日開幕。{SPEECH}", ["蔡嘉儀"], []),
        (f"【本報北京電】記者 譚詠欣報道：{SPEECH}\n\n攝影：本報記者 司徒朗", ["譚詠欣"], ["司徒朗"]),
        (f"【灣區網訊】（記者 葉曉峰 深圳報道）{SPEECH}\n\n圖為委員們在討論。（記者 葉曉峰 攝）", ["葉曉峰"], ["葉曉峰"]),
        (f"〔記者許雅婷／綜合報導〕{SPEECH}", ["許雅婷"], []),
        (f"兩岸融合\n2019/03/08 18:42  記者 鄭怡君／北京報導\n\n{SPEECH}", ["鄭怡君"], []),
    ],
)
def test_credits_in_traditional_characters(text, reporters, photographers):
    check(text, reporters, photographers)


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # names spaced like table cells (宫　磊); a 通讯员 after the reporters (a guard of the convention)
        (f"□本报记者　祁　磊　邵文静\n\n{SPEECH}", ["祁磊", "邵文静"]),
        (f"团结报全媒体记者　麻　婷　滕　程\n\n{SPEECH}", ["滕程", "麻婷"]),
        (f"本报讯（融媒体记者 向文韬 通讯员 田梦婷）{SPEECH}", ["田梦婷", "向文韬"]),
        # what is no credit: an interviewer's question, a reporter's aside, 记者 in a column title
        (f"记者手记\n\n记者：您好\n\n{SPEECH}记者了解到，该村已建成合作社。", []),
    ],
)
def test_spaced_names_and_lines_that_name_no_one(text, reporters):
    assert credits(text)[0] == sorted(reporters)
