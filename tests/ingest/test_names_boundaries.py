"""Name boundaries and delegate shapes met on a blind set of articles (虚构示例: every sentence is our own
invention, other names and provinces): words after a name, descriptions before it, pointing back,
roundup columns, rare surnames and Yi names, related-news lists."""

from __future__ import annotations

import pytest

from proposals.ingest.layout import normalize
from proposals.ingest.name_shapes import name_shape_score
from proposals.ingest.parse import parse_article

SESSION = "2022年1月18日，山西省十四届人大一次会议在太原开幕。\n\n"


def delegates_of(text: str) -> dict[str, object]:
    return {d.name: d for d in parse_article(text).delegates}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # 虚构示例: an adverb of manner or repetition after the name
        ("省人大代表、晋城市某社区党委书记郝云单独提交了关于社区食堂的建议。", "郝云"),
        ("省人大代表、山西大学教授乔晓一再强调基础研究的作用，建议设立专项。", "乔晓"),
        ("省人大代表、运城市某果业合作社理事长薛峰再三呼吁完善果品冷链。", "薛峰"),
        # 虚构示例: a one-character preposition after the name
        ("省人大代表、长治市人民医院院长常剑在参加审议时提出，要推进医联体建设。", "常剑"),
        ("省人大代表、大同市某中学校长武明也建议，增加寄宿制学校。", "武明"),
    ],
)
def test_a_word_after_the_name_is_not_swallowed_into_it(sentence, name):
    found = delegates_of(SESSION + sentence)
    assert list(found) == [name]


def test_a_description_ending_in_de_before_a_name_is_no_affiliation():
    # 虚构示例
    found = delegates_of(
        "2021年1月12日，政协第十届佳木斯市委员会第五次会议开幕。\n\n"
        "农业界别的东方晓委员在发言中谈到黑土地保护。东方晓建议，推广保护性耕作。"
    )
    assert list(found) == ["东方晓"]
    assert found["东方晓"].role == "member"
    assert found["东方晓"].affiliation == ""


def test_this_delegate_points_back_to_the_subject_of_the_sentence_before():
    # 虚构示例: a Yi name without a Han surname, introduced before the role is given
    found = delegates_of(
        "2023年1月10日，楚雄彝族自治州人大会议开幕。\n\n"
        "来自哀牢山深处的吉克阿依是双柏县一所小学的教师。这位州人大代表说，山里孩子上学路远，建议增加寄宿制学校。"
    )
    assert list(found) == ["吉克阿依"]
    assert (found["吉克阿依"].role, found["吉克阿依"].level) == ("deputy", "municipal")


def test_pointing_back_needs_the_sentence_before_to_open_with_a_name():
    # 虚构示例
    with pytest.raises(Exception, match="no delegate"):
        parse_article(SESSION + "会场外下着小雪，气温很低。这位省人大代表说，要做好供暖保障。")


def test_a_roundup_column_names_its_delegates_under_a_role_heading():
    # 虚构示例: the role is given by the column heading only
    article = parse_article(
        "委员建言｜省政协委员这样说\n\n2025年1月15日，江西省政协十三届四次会议开幕。\n\n"
        "【委员建言】\n民进江西省委会副主委 欧阳红\n建议建设赣江流域生态补偿机制，设立专项资金。\n\n"
        "【委员建言】\n某县人民医院院长 皇甫军\n建议完善县域医共体建设，下沉专家资源。\n\n"
        "【委员建言】\n省政协委员、某乡卫生院院长 熊英\n建议建立省级医院对口帮扶乡镇卫生院的长效机制。\n"
    )
    found = {d.name: d for d in article.delegates}
    assert set(found) == {"欧阳红", "皇甫军", "熊英"}
    assert found["欧阳红"].affiliation == "民进江西省委会副主委"
    assert all(d.role == "member" for d in found.values())
    proposed = {n for p in article.proposals for n in p.delegates}
    assert proposed == {"欧阳红", "皇甫军", "熊英"}


def test_a_speaker_line_ending_in_a_spaced_name_is_not_joined_to_the_next_line():
    # 虚构示例
    text, _ = normalize("省政协委员、某乡卫生院院长 熊英\n山区卫生院普遍缺少医生，建议定向培养。")
    assert text.split("\n")[0] == "省政协委员、某乡卫生院院长 熊英"


def test_related_news_lists_are_site_furniture():
    # 虚构示例
    found = delegates_of(
        SESSION + "省人大代表、太原某公司总经理韩涛说，要稳住制造业。\n\n"
        "相关新闻：\n· 政协委员宋建国：加快建设太原都市圈 2022-01-12\n· 人大代表闫丽：办好托育 2022-01-13\n"
    )
    assert list(found) == ["韩涛"]


def test_related_news_header_does_not_swallow_the_article_after_its_list():
    # 虚构示例
    text, _ = normalize("相关阅读：\n· 某地两会开幕 2022-01-12\n\n省人大代表韩涛说，要稳住制造业。")
    assert "某地两会" not in text and "韩涛" in text


@pytest.mark.parametrize("name", ["字丽华", "沙马拉哈", "吉克阿依", "海来阿支"])
def test_rare_surnames_and_yi_names_are_names(name):
    assert name_shape_score(name) is not None and name_shape_score(name) > 0


def test_a_name_ends_before_a_less_frequent_verb_of_jiebas_dictionary():
    # 虚构示例: 触动 (351 in jieba's dictionary) ends the name as well as 表示 does.
    article = parse_article(
        "# 报告触动人心\n\n十四届全国人大二次会议开幕。报告中提出的培养新型职业农民让全国人大代表谭秋萍触动很大。"
        "“农民有地，但要会科学种田。”谭秋萍说。\n\n虚构示例（本文为测试用虚构文章）"
    )
    assert [d.name for d in article.delegates] == ["谭秋萍"]


def test_a_name_ends_before_an_idiom():
    # 虚构示例: 看在眼里 is a set phrase of jieba's dictionary; 欧启明看 is no name.
    article = parse_article(
        "# 县城变了样\n\n县政协十届三次会议期间，委员们热议县城变化。“路畅通了，灯也亮了。”县政协委员欧启明看在眼里、喜在心里。"
        "他建议继续整治背街小巷。\n\n虚构示例（本文为测试用虚构文章）"
    )
    assert [d.name for d in article.delegates] == ["欧启明"]


def test_a_name_ends_before_taking_a_seat():
    # 虚构示例: 落座 is not in jieba's frequent verbs; 祝淑兰 sits down.
    article = parse_article(
        "# 列车上的代表\n\n十四届全国人大二次会议即将召开。全国人大代表、某医院放疗科副主任祝淑兰刚落座，就聊起了建议的准备情况。"
        "\n\n虚构示例（本文为测试用虚构文章）"
    )
    assert [(d.name, d.affiliation) for d in article.delegates] == [("祝淑兰", "某医院放疗科副主任")]


def test_a_modal_verb_that_is_also_a_surname_before_an_everyday_word_is_no_name():
    text = ("# 联络站活动\n\n2023年2月，县十八届人大二次会议闭幕。各位人大代表要依法履职。县人大代表、某合作社理事长要丽芳说，要发展特色农业。"
            "\n\n虚构示例")
    assert [d.name for d in parse_article(text).delegates] == ["要丽芳"]
