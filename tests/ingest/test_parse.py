"""The parser's pieces: normalization, names, affiliations, credits, errors, purity."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from proposals.ingest import parse
from proposals.ingest.parse import ParseError, normalize, parse_article, split_affiliation


def delegates_of(text: str) -> dict[str, dict]:
    return {d.name: d for d in parse_article(text).delegates}


def test_parser_module_imports_nothing_from_django():
    for module in ("parse.py", "tokenizer.py", "sources.py"):
        tree = ast.parse((Path(parse.__file__).parent / module).read_text("utf-8"))
        imported = {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(name.split(".")[0] == "django" for name in imported), module


@pytest.mark.parametrize(
    ("affiliation", "organization", "title"),
    [
        ("中国航天科工集团第六研究院党委书记", "中国航天科工集团第六研究院", "党委书记"),
        ("一机集团党委书记、董事长", "一机集团", "党委书记、董事长"),
        ("乌海市第十二中学校长", "乌海市第十二中学", "校长"),
        ("自治区工业和信息化厅副厅长", "自治区工业和信息化厅", "副厅长"),
        ("青松县杏花镇柳湾村党支部书记、村委会主任", "青松县杏花镇柳湾村", "党支部书记、村委会主任"),
        ("北疆医科大学附属医院主任医师", "北疆医科大学附属医院", "主任医师"),
        ("北疆民族博物院研究馆员", "北疆民族博物院", "研究馆员"),
        ("农民", "", "农民"),
    ],
)
def test_affiliation_splits_into_organization_and_title(affiliation, organization, title):
    assert split_affiliation(affiliation) == (organization, title)


def test_page_break_in_mid_word_is_rejoined_but_headings_stay_apart():
    text, blocks = normalize("# 标题\n\n发展的最终目的是让各族群众共\n\n享发展成果。繁荣发展。\n\n促进钢铁\n\n行业提质增效,推动转型。")
    assert "让各族群众共享发展成果" in text
    assert "促进钢铁行业提质增效" in text
    assert text.startswith("标题\n\n")
    assert blocks[0].kind == "title"


def test_markdown_markers_are_not_kept_and_offsets_point_at_stored_text():
    text, blocks = normalize("#### 两会 聚焦\n\n# 大标题\n\n□本报记者 张三 李四\n\n正文第一段，说明情况。")
    assert "#" not in text
    kinds = [b.kind for b in blocks]
    assert kinds == ["section", "title", "byline", "para"]
    for block in blocks:
        assert text[block.start : block.end].strip() == text[block.start : block.end]


@pytest.mark.parametrize(
    ("sentence", "name", "role", "level", "affiliation"),
    [
        ("自治区人大代表、乌海市第十二中学校长陈瑾说，要办好教育。", "陈瑾", "deputy", "regional", "乌海市第十二中学校长"),
        ("全国政协委员、民进中央副主席朱永新表示，教育要公平。", "朱永新", "member", "national", "民进中央副主席"),
        ("十四届全国人大代表，湖南省农业科学院研究员欧阳晓东建议，加强种业攻关。", "欧阳晓东", "deputy", "national", "湖南省农业科学院研究员"),
        ("市第一中学副校长诸葛文静委员说，要减负。", "诸葛文静", "member", "unknown", "市第一中学副校长"),
        ("广东省人大代表、珠江集团董事长李明说，要扩大开放。", "李明", "deputy", "regional", "珠江集团董事长"),
        ("北京市政协委员、北京大学教授王芳认为，应当加强基础研究。", "王芳", "member", "regional", "北京大学教授"),
        ("呼和浩特市人大代表、新城区某街道社区主任张华说，要做好养老。", "张华", "deputy", "municipal", "新城区某街道社区主任"),
        ("达拉特旗政协委员、旗医院医生刘强说，基层医疗要加强。", "刘强", "member", "county", "旗医院医生"),
        ("全国人大代表、新疆某牧场场长库尔班·尼亚孜说，要发展畜牧业。", "库尔班·尼亚孜", "deputy", "national", "新疆某牧场场长"),
        ("自治区政协委員、青川市研究院院长欧阳晨光认为,应加快发展。", "欧阳晨光", "member", "regional", "青川市研究院院长"),
    ],
)
def test_introductions_in_the_shapes_papers_print(sentence, name, role, level, affiliation):
    found = delegates_of("# 两会报道\n\n" + sentence)
    assert name in found, list(found)
    delegate = found[name]
    assert (delegate.role, delegate.affiliation) == (role, affiliation)
    if level != "unknown":
        assert delegate.level == level


def test_delegation_and_group_shapes():
    found = delegates_of(
        "# 两会报道\n\n2月4日，通辽市代表团孙长伟代表建议，培育乡村职业经理人。\n\n"
        "冯锋等12名代表联名提出议案，建议完善法律。\n\n"
        "自治区政协委员比其格图(右)与自治区政协委员乌仁图雅探讨农畜产品走向大市场。\n\n"
        "自治区政协委员巴图孟和(左)、高岚在驻地交流。"
    )
    assert found["孙长伟"].delegation == "通辽市代表团"
    assert found["孙长伟"].role == "deputy"
    assert {"冯锋", "比其格图", "乌仁图雅", "巴图孟和", "高岚"} <= set(found)


def test_words_around_roles_are_not_taken_for_names():
    found = delegates_of(
        "# 两会报道\n\n代表委员们纷纷表示，要抓好落实。各位代表认真审议了报告。会议期间，市人大代表共提出议案和建议286件。"
        "现代化产业体系在自治区两会上成为代表委员热议的焦点。\n\n自治区人大代表、某公司董事长王进平表示，要创新。"
    )
    assert list(found) == ["王进平"]


def test_credits_of_every_byline_shape():
    article = parse_article(
        "# 标题\n\n□本报记者 康丽娜 韩雪茹\n\n自治区人大代表、某公司董事长王进平表示，要创新。\n\n"
        "## 路战远代表: 装备先行\n\n□文/本报记者 梅刚  \n图/本报记者 王磊\n\n自治区人大代表、某院院长路战远说，要加强装备。\n\n"
        "2月4日，自治区政协委员乌仁图雅发言。  \n本报记者 王晓博 摄\n\n"
        "市人大代表、某校校长李华说，要办好教育。（记者 何宇 通讯员 黄晓岚）\n\n■ 本报记者/乌日娜 郑凯"
    )
    assert article.reporters == ("康丽娜", "韩雪茹", "梅刚", "何宇", "黄晓岚", "乌日娜", "郑凯")
    assert article.photographers == ("王磊", "王晓博")


def test_headline_piece_gives_the_proposal_its_headline_and_whole_body():
    article = parse_article(
        "## 谷守江代表: 对接市场让蔬菜进京\n\n□文/本报记者 梅刚\n\n"
        "“今年要加大对接。”自治区人大代表、某合作社理事长谷守江表示。\n\n谷守江介绍，合作社扩大了基地。\n\n今年要争取更多品牌授权。"
    )
    (proposal,) = article.proposals
    assert proposal.headline == "对接市场让蔬菜进京"
    assert article.text[proposal.start : proposal.end].endswith("今年要争取更多品牌授权。")


def test_key_task_follows_the_article_framing_and_records_evidence():
    article = parse_article(
        "# 标题\n\n围绕“建设文化强区”这项重点工作，代表委员们积极建言。\n\n"
        "自治区政协委员、某艺术学院副院长云宇峰说，要加强岩画遗址保护，推动非遗传承。"
    )
    (proposal,) = article.proposals
    assert proposal.key_tasks[0].slug == "culture"
    assert "岩画" in proposal.key_tasks[0].evidence


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "empty"), ("   \n\n ", "empty"), ("This is an English page about nothing in particular. " * 5, "not-article"),
     ("# 标题\n\n今天天气很好，我们去公园散步，看到很多花开了，非常漂亮，大家都很开心。", "no-delegates")],
)
def test_texts_that_are_not_articles_raise_a_parse_error_with_a_reason(text, code):
    with pytest.raises(ParseError) as error:
        parse_article(text)
    assert error.value.code == code
    assert "\n" not in error.value.reason


def test_parsing_is_deterministic():
    text = "# 标题\n\n自治区人大代表、某公司董事长王进平表示，要推动科技创新和产业升级。"
    assert parse_article(text) == parse_article(text)


def test_committees_officials_and_delegation_role_shapes():
    found = delegates_of(
        "# 两会报道\n\n市委常委、宣传部部长张华出席会议并讲话。党委委员李强介绍了情况。市政协主席刘军主持会议。\n\n"
        "全国人大代表、全国劳动模范、某钢铁集团董事长赵建国说，要推动钢铁行业绿色转型。\n\n"
        "参加审议的广东代表团代表黄志明说，要扩大开放。中国科学院学部委员会议召开。\n\n"
        "江苏代表团的吴海燕、郑志刚两位代表共同提出议案。"
    )
    assert set(found) == {"赵建国", "黄志明", "吴海燕", "郑志刚"}
    assert found["郑志刚"].delegation == "江苏代表团"
    assert (found["赵建国"].organization, found["赵建国"].title) == ("某钢铁集团", "董事长")
    assert found["赵建国"].affiliation == "全国劳动模范、某钢铁集团董事长"  # verbatim, honours included
    assert (found["黄志明"].role, found["黄志明"].delegation) == ("deputy", "广东代表团")


@pytest.mark.parametrize(
    ("head", "newspaper", "date"),
    [
        ("来源：内蒙古日报\n发布时间：2026-01-28 08:30\n\n", "内蒙古日报", "2026-01-28"),
        ("2026年2月6日 星期五\n\n", "", "2026-02-06"),
        ("《广西日报》 2026年1月20日\n\n", "广西日报", "2026-01-20"),
    ],
)
def test_newspaper_and_date_are_read_from_the_page_header_and_it_is_not_the_title(head, newspaper, date):
    article = parse_article(head + "# 标题\n\n自治区人大代表、某公司董事长王进平表示，要推动科技创新。")
    assert (article.newspaper, article.published_on, article.title) == (newspaper, date, "标题")


def test_a_piece_headlined_with_a_bare_name_gives_its_delegate_the_headline():
    article = parse_article(
        "## 【代表声音】刘志强：让科技成果走出实验室\n\n□本报记者 张丽\n\n"
        "省人大代表、某农业科学院研究员刘志强说，要建设中试基地。\n\n刘志强建议，设立成果转化专项基金。\n\n"
        "## 陈晓燕：把养老服务送到家门口\n\n省政协委员、某社区卫生服务中心主任陈晓燕认为，要发展社区嵌入式养老服务。\n\n"
        "## 张明：一个不是代表的人\n\n他在街头接受采访。"
    )
    headlines = {p.delegates[0]: p.headline for p in article.proposals}
    assert headlines == {"刘志强": "让科技成果走出实验室", "陈晓燕": "把养老服务送到家门口"}
    assert "设立成果转化专项基金" in article.proposals[0].passage


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
    # the parser busy for minutes; a hang here means the guard in _caption_credit is gone.
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
    match = parse._caption_credit(line)
    assert (match.group(1).strip() if match else None) == names
