"""Shapes the blind real sets 197 to 205 (sixteenth session) showed the parser missing or misreading,
each with a look-alike that must keep its reading. Every article here is fictional (虚构示例), set in
other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import names_of as names


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]


# Dotted names in a list ------------------------------------------------------------------------------

def test_dotted_names_of_an_elected_list_are_read_whole():
    text = ("2011年1月12日 本报讯 政协伊宁市第九届委员会第一次会议闭幕。阿不来提·买买提当选为市政协主席；"
            "艾尼瓦尔·托乎提、买买提热依木·阿不都热西提、木拉提·艾则孜江、周红梅、赛力克·吾斯曼当选为副主席。")
    assert names(text) == ["阿不来提·买买提", "艾尼瓦尔·托乎提", "买买提热依木·阿不都热西提", "木拉提·艾则孜江",
                           "周红梅", "赛力克·吾斯曼"]


def test_a_dotted_name_before_an_adverb_still_ends_there():
    text = ("2016年1月20日 本报讯 自治区政协十一届四次会议开幕。自治区政协委员艾尔肯·吐尼亚孜都表示，"
            "要把南疆的林果业做强。自治区政协委员古丽娜·阿不都说，要办好学前教育。")
    assert names(text) == ["艾尔肯·吐尼亚孜", "古丽娜·阿不都"]


# Words read as names -----------------------------------------------------------------------------------

def test_a_city_after_a_verb_is_no_title_before_a_name():
    text = ("2017年1月8日 本报讯 出席区政协十四届五次会议的政协委员,陆续抵达长宁向大会报到。"
            "区政协委员刘晓梅说，要把社区养老做好。")
    assert names(text) == ["刘晓梅"]


def test_a_post_ending_in_chang_still_titles_the_name_after_it():
    text = ("2017年1月22日 本报讯 吉林省政协十一届五次会议开幕。省政协委员、某县县长沙建军说，要把冰雪经济做大。")
    assert found(text) == [("沙建军", "member", "regional", "某县县长")]


def test_a_nickname_in_quotes_with_its_role_is_no_name():
    text = ("2020年1月15日 本报讯 在首度开启的江西省政协会议“委员通道”中,5位“网红委员”就乡村旅游作了发言。"
            "省政协委员罗红梅说，要办好乡村旅游。")
    assert names(text) == ["罗红梅"]


def test_a_name_in_quotes_beside_its_role_outside_them_is_read():
    text = ("2020年1月15日 本报讯 江西省政协会议开幕。“罗红梅”委员的提案引起关注。罗红梅委员说，要办好乡村旅游。")
    assert names(text) == ["罗红梅"]


def test_a_conjunction_after_a_role_and_a_comma_is_no_name():
    text = ("2019年3月5日 本报讯 全国人大会议开幕。港区全国人大代表周永康说，入选主席团不一定会做人大常委,"
            "但因常委人数不多，如能参与常委的工作，他会感到荣幸。")
    assert names(text) == ["周永康"]


def test_a_headline_role_before_words_that_open_with_a_frequent_word():
    text = ("【两会直击】蔡永年当选人大常委 宣传修宪推广大湾区为首要任务\n"
            "2018年3月19日 本报讯 全国人大代表昨日选出新一届人大常委会委员,蔡永年当选人大常委。"
            "他表示,上任首要任务是宣传修宪内容。")
    assert found(text) == [("蔡永年", "deputy", "national", "")]


def test_a_name_before_a_verb_of_carrying():
    text = ("2011年3月6日 本报讯 今年,代表与委员们都挺关注低碳话题,全国人大代表冯晓飞背了一只大麻袋,"
            "里头装了菜篮子。冯晓飞说，要减少塑料袋。")
    assert names(text) == ["冯晓飞"]


# Titles that are given names, lists after 赴, posts after the name ---------------------------------------

def test_a_given_name_that_is_also_a_title_after_a_common_surname():
    text = ("2021年1月20日 澳门日报消息 今天上午,福建省政协十二届四次会议在福州开幕。澳区全国政协委员刘明星、"
            "许宗真、何富成列席会议。省政协常委吕联华、黄丽芬,委员宋碧芸、陈明旭赴闽出席参会。")
    assert names(text) == ["刘明星", "许宗真", "何富成", "吕联华", "黄丽芬", "宋碧芸", "陈明旭"]


def test_a_star_as_a_post_before_a_name_stays_a_post():
    text = ("2023年1月17日 本报讯 新一届全国政协委员名单公布。在其他类别中，影视明星冯子华也首次获任政协委员。")
    assert found(text) == [("冯子华", "member", "national", "影视明星")]


def test_a_speech_for_a_party_by_a_name_with_its_post_after_it():
    text = ("2023年1月10日 本报讯 在钦州市政协八届二次会议第二次全体会议上,黄丽副主委代表民盟钦州市委会作了题为"
            "《关于推进坭兴陶产业发展的建议》的口头发言。")
    assert found(text) == [("黄丽", "member", "municipal", "副主委")]


def test_a_speech_by_a_name_with_a_post_held_in_part_keeps_the_whole_post():
    text = ("2023年1月10日 本报讯 在钦州市政协八届二次会议第二次全体会议上,韦建国常务副主委代表民进钦州市委会作了题为"
            "《关于发展海洋经济的建议》的口头发言。")
    assert found(text) == [("韦建国", "member", "municipal", "常务副主委")]


# The pronoun's role after the sentence naming the subject -------------------------------------------

def test_the_role_of_a_pronoun_after_the_sentence_that_names_the_subject():
    text = ("2016年1月14日 本报讯 玉树州称多县某村的四郎班觉是第一次参加全省两会。作为一名农牧民政协委员，他显得非常激动。"
            "四郎班觉表示，村里发生了翻天覆地的变化。")
    assert found(text) == [("四郎班觉", "member", "regional", "")]


def test_a_pronoun_role_after_a_sentence_opening_with_a_place_names_nobody():
    text = ("2016年1月14日 本报讯 玉树州称多县的牧区是第一次迎来通电。作为一名农牧民政协委员，他显得非常激动。"
            "省政协委员马永福说，要建好电网。")
    assert names(text) == ["马永福"]


# Posts before the name, after a delegation or a role said with a dash --------------------------------------

def test_posts_between_a_delegation_and_the_name():
    text = ("2016年3月16日 本报讯 现在两会闭幕了,代表委员马上就要回到原来的生活之中。来自江西代表团的江西移动总经理"
            "温建平告诉记者,通过这次会议他感觉到了改革的决心。")
    assert [(d.name, d.role, d.level, d.affiliation, d.delegation) for d in parse_article(text + FICTIONAL_END).delegates] == [
        ("温建平", "deputy", "national", "江西移动总经理", "江西代表团")]


def test_a_role_then_a_dash_then_entries_of_posts_and_names_ending_in_the_verb():
    text = ("3月2日,肩负全市人民的期望和重托,我市全国人大代表———市委副书记、市长邹建明,市第一中学校长贺美琳,"
            "市旅游集团副总经理苏晓玲启程,参加即将召开的十二届全国人大一次会议。")
    assert found(text) == [("邹建明", "deputy", "national", "市委副书记、市长"), ("贺美琳", "deputy", "national", "市第一中学校长"),
                           ("苏晓玲", "deputy", "national", "市旅游集团副总经理")]


def test_two_names_after_a_post_and_before_their_count_and_role():
    text = ("2019年1月12日 本报讯 武昌区两会召开。民进区工委副主委刘立辉和郭圣明两位代表提交了关于老旧小区改造的建议。")
    assert found(text) == [("刘立辉", "deputy", "county", "民进区工委副主委"), ("郭圣明", "deputy", "county", "")]


def test_the_name_a_deputy_is_called_by():
    text = ("2017年2月1日 本报讯 萍乡市人大会议开幕。这位年轻代表叫林梦婷,生于1995年,是全市年龄最小的人大代表。"
            "林梦婷带来了4个议案。")
    assert names(text) == ["林梦婷"]


def test_a_rare_surname_lun_before_the_role():
    text = "2021年1月10日 本报讯 邯郸市人大会议期间。伦绍华代表说,丛台区将认真落实市两会精神。"
    assert names(text) == ["伦绍华"]


def test_a_name_after_a_unit_and_de_then_the_role_of_her_pronoun():
    text = ("2013年2月9日 本报讯 8日上午,在政协委员报到现场,诸城团的入场格外引人注目。"
            "排在队伍尾端的是诸城市妇联的褚晓磊,作为一名女政协委员,她的提案更关注妇女儿童权益。")
    assert names(text) == ["褚晓磊"]


def test_a_place_before_a_count_of_members_is_no_name():
    text = ("诸城28名政协委员中11名为女性\n2013年2月9日 本报讯 诸城市政协会议开幕。市政协委员王丽华说，要关注妇女就业。")
    assert names(text) == ["王丽华"]


def test_a_titled_name_before_an_unknown_word_when_it_opens_a_sentence_elsewhere():
    text = ("2022年1月23日 中新社香港电 “今年参加贵州省两会期间,港澳委员们都非常开心!”贵州省政协常委、港区省级政协委员"
            "联谊会常务副会长柯志猛语带欣慰。\n柯志猛告诉记者,去年联谊会第一时间捐助了10万元。")
    assert found(text) == [("柯志猛", "member", "regional", "港区省级政协委员联谊会常务副会长")]


def test_a_titled_name_whose_last_character_the_other_mentions_share_stays_whole():
    text = ("2024年1月20日 本报讯 省政协十二届二次会议开幕。\n詹秋实\n省政协委员、某师范大学心理学院副院长詹秋实关注县域学生心理健康。"
            "詹秋实说，要配齐心理教师。")
    assert names(text) == ["詹秋实"]


# Lists: after 其中包括 with semicolons, joined by 与, after a quoted honour; officers office by office -----

def test_a_list_of_posts_and_names_set_apart_by_semicolons_after_qizhong_baokuo():
    text = ("2022年1月20日 本报讯 会议期间,将开辟“委员通道”,邀请十余位省政协委员,直面媒体接受采访。其中包括:"
            "某医科大学附属医院儿科主任李丽晖;省中小企业协会名誉会长袁学文;某师范大学教授吴言成。")
    assert found(text) == [("李丽晖", "member", "regional", "某医科大学附属医院儿科主任"),
                           ("袁学文", "member", "regional", "省中小企业协会名誉会长"), ("吴言成", "member", "regional", "某师范大学教授")]


def test_a_slogan_of_being_a_good_deputy_is_no_name():
    text = ("華龍網1月19日10時58分訊(記者 徐某) 人大代表人民選,當好代表為人民。今(19)日,貴陽市十五屆人大一次會議以"
            "“市人大代表履職大家談”為主題舉行。市人大代表申希明說,要當好帶頭人。")
    assert names(text) == ["申希明"]


def test_a_name_joined_by_yu_to_the_list_of_a_count_of_deputies():
    text = ("2016年1月28日 本报讯 青海省第十二届人民代表大会第五次会议召开。某集团公司董事长李维德与市领导王锐华、柴金明、"
            "王光宇等我市40名省人大代表参加了本次盛会。")
    assert found(text) == [("李维德", "deputy", "regional", "某集团公司董事长"), ("王锐华", "deputy", "regional", "市领导"),
                           ("柴金明", "deputy", "regional", ""), ("王光宇", "deputy", "regional", "")]


def test_a_quoted_honour_of_deputies_then_its_list():
    text = ("2011年1月20日 本报讯 昨天下午,我市隆重表彰2010年度“十佳人大代表”。"
            "受表彰的“十佳人大代表”分别是:柯云海、陈进林、吴土生。")
    assert names(text) == ["柯云海", "陈进林", "吴土生"]


def test_a_comma_after_the_role_then_xiang_opens_a_clause():
    text = ("2011年1月20日 本报讯 市人大常委会号召全市人大代表,向受表彰的先进代表学习。市人大代表刘国华说，要学习先进。")
    assert names(text) == ["刘国华"]


def test_officers_listed_office_by_office_after_their_election():
    text = ("2013年1月20日 本报讯 政协第十届南平市委员会第一次会议选举政协第十届南平市委员会主席、副主席、秘书长和常务委员。"
            "\n主席张金生,副主席盛云海、吴海涛、鲁德明,秘书长张强华。")
    assert found(text) == [("张金生", "member", "municipal", ""), ("盛云海", "member", "municipal", ""),
                           ("吴海涛", "member", "municipal", ""), ("鲁德明", "member", "municipal", ""),
                           ("张强华", "member", "municipal", "")]


def test_officers_listed_under_the_heading_of_a_committee_with_padded_names():
    text = ("政协武威市第一届委员会简介\n发表时间:2010-1-31\n  政协武威市第一届委员会\n  (1985年12月—1990年2月)\n"
            "  主席:李洪山\n  副主席:王培林 杨伯海\n  常   委:王观明 卓  航 陈菊芬\n")
    assert names(text) == ["李洪山", "王培林", "杨伯海", "王观明", "卓航", "陈菊芬"]


def test_an_office_and_a_name_named_in_passing_is_no_officer():
    text = ("2013年1月20日 本报讯 市政协会议开幕。\n主席张金生出席会议并讲话。市政协委员王丽芳说，要办好教育。")
    assert names(text) == ["王丽芳"]


def test_a_speech_for_a_federation_made_straight_before_its_title():
    text = ("2024年1月15日 本报讯 市政协十四届四次会议期间,台联界别共提交集体提案5件,其中,秘书长陈以慧代表市台联作"
            "《关于推动老旧电梯更新的建议》的座谈会发言。")
    assert found(text) == [("陈以慧", "member", "municipal", "秘书长")]


# Objects of a verb, signatures, attendance -------------------------------------------------------------

def test_a_name_after_a_verb_and_le_then_its_role():
    text = ("2019年3月3日 本报讯 委员赴京途中,李丽萍拿起手机采访其他委员。她还采访了邓亚军委员关注青少年体育的话题。"
            "全国政协委员李丽萍说，要做好宣传。")
    assert names(text) == ["邓亚军", "李丽萍"]


def test_quote_signatures_after_a_dash_with_the_ethnic_group():
    text = ("2012年3月10日 本报讯 全国两会期间，少数民族代表委员畅谈团结。\n——部分代表委员感言\n"
            "●我们共同开拓了祖国辽阔的疆域,共同发展了祖国的经济。\n――和一丹委员(纳西族)\n"
            "●爱国爱教,国家为先,才能大有作为。\n——马国城委员(回族)")
    assert found(text) == [("和一丹", "member", "national", ""), ("马国城", "member", "national", "")]


def test_a_member_who_sits_in_throughout():
    text = "1月4日至7日,政协包头市第十五届委员会第四次会议召开。自治区政协委员安宇芳全程列席会议。"
    assert found(text) == [("安宇芳", "member", "regional", "")]


def test_a_new_member_come_to_register():
    text = ("2022年1月10日 本报讯 市政协十五届一次会议报到。“作为一名新委员,我感觉特别兴奋。”前来报到的新委员佟晓鑫激动地说。")
    assert found(text) == [("佟晓鑫", "member", "municipal", "")]


# A congress standing committee's members; a session's region after a verb ------------------------------

def test_members_elected_to_a_congress_standing_committee_are_deputies():
    text = ("2021年6月30日 本报讯 南海区第十六届人民代表大会第六次会议举行第二次全体会议。"
            "大会提名梁国华为南海区十六届人大常委会主任候选人,陈志刚、何建明为南海区十六届人大常委会委员候选人。\n"
            "经全体人大代表投票选举,陈志刚、何建明则当选为南海区第十六届人大常委会委员。")
    assert found(text) == [("陈志刚", "deputy", "county", ""), ("何建明", "deputy", "county", "")]


def test_a_district_named_after_a_verb_is_the_session_region_without_it():
    text = ("2021年6月30日 本报讯 大会投票选举南海区第十六届人大常委会有关组成人员,接受梁某辞任南海区第十六届人大常委会主任"
            "职务的请求。南海区人大代表陈志刚说，要做好工作。")
    session = parse_article(text + FICTIONAL_END).session
    assert (session.level, session.region) == ("county", "南海区")


def test_a_deputy_re_elected_for_a_list_of_terms():
    text = ("2014年3月5日 本报讯 9:50分,姜建华来到人民大会堂,准备进入会场。姜建华已经连任第八、九、十、十一、十二届的全国人大代表,"
            "履职已经进入了第22个年头。")
    assert found(text) == [("姜建华", "deputy", "national", "")]


def test_a_deputy_who_was_once_re_elected_is_still_no_deputy_by_it():
    text = ("2014年3月5日 本报讯 全国人大会议开幕。姜建华曾连任三届全国人大代表，如今已经退休。全国人大代表王海燕说，要发展。")
    assert names(text) == ["王海燕"]


def test_a_partys_unit_before_the_name_is_its_affiliation():
    text = ("2020年1月15日 本报讯 会展业发展已具备一定基础。省人大代表、民盟绵阳师范学院支部仇丹提交了《关于提升会展产业能级的建议》。")
    assert found(text) == [("仇丹", "deputy", "regional", "民盟绵阳师范学院支部")]


def test_the_hui_surname_mai_before_a_time_word():
    text = "大象新闻记者 卢某 新乡台李某\n全国两会刚闭幕,全国人大代表买世芳第一时间返回岗位,用最接地气的话讲解政府工作报告。"
    assert found(text) == [("买世芳", "deputy", "national", "")]


def test_a_routine_adverb_after_the_role_is_no_name():
    text = ("2024年3月6日 本报讯 全国人大代表余先明说，要加强人大代表“家站点”建设,推动各级人大代表常态化“进家入站”。")
    assert names(text) == ["余先明"]


# Big5 small forms, how often elected, a speech 作题为 -------------------------------------------------------

def test_elections_set_apart_by_a_small_form_semicolon():
    text = ("2018年1月29日 本報訊 貴州省十三屆人大一次會議舉行第五次全體會議。選舉孫志剛為貴州省第十三屆人民代表大會常務委員會主任﹔"
            "選舉阿來、陳寶華為省第十三屆人民代表大會常務委員會副主任。")
    assert names(text) == ["孫志剛", "阿來", "陳寶華"]


def test_elected_for_the_third_time_after_the_posts():
    text = ("2022年1月12日 本报讯 漳州市政协十二届一次会议召开。九三学社漳州市委原主委黄培明第三次当选漳州市政协副主席。")
    assert found(text) == [("黄培明", "member", "municipal", "九三学社漳州市委原主委")]


def test_a_speech_for_a_party_made_with_tiwei_and_no_le():
    text = ("2022年1月12日 本报讯 漳州市政协十二届一次会议召开。社漳州市委副主委吕鑫华代表九三学社漳州市委作题为"
            "《整合遥感卫星资源》的发言。")
    assert found(text) == [("吕鑫华", "member", "municipal", "社漳州市委副主委")]


# Nicknames before a list, ranks, honours over two years ------------------------------------------------

def test_a_quoted_nickname_role_before_a_list_of_names():
    text = ("【本報記者 李某 深圳20日電】深圳市政協六屆二次會議18日開幕,共有600人出席。「明星委員」曾志明、韓志鵬的一亮相即遭圍追堵截。")
    assert names(text) == ["曾志明", "韓志鵬"]


def test_a_military_rank_before_a_dotted_name():
    text = "2012年3月8日 本报讯 全国人大会议期间。全国人大代表、武警少将艾力·赛都拉说,新疆越发展,越要团结。"
    assert found(text) == [("艾力·赛都拉", "deputy", "national", "武警少将")]


def test_people_each_with_posts_honoured_over_a_span_of_years():
    text = ("2026年1月12日 本报讯 大会上,宜昌市政协印发了《关于表彰2024-2025年度优秀市政协委员的决定》。"
            "民建宜昌市委委员、市司法局副局长涂阳华,民建会员、某酒店管理有限公司董事长张春兰,"
            "某文化传播有限公司总经理黄小明,分别被评为2024-2025年度优秀市政协委员。")
    assert found(text) == [("涂阳华", "member", "municipal", "民建宜昌市委委员、市司法局副局长"),
                           ("张春兰", "member", "municipal", "民建会员、某酒店管理有限公司董事长"),
                           ("黄小明", "member", "municipal", "某文化传播有限公司总经理")]


# From the review: quoted job labels, levels in quotes, the small full stop, a committee's own level ----

def test_a_quoted_job_label_of_representatives_names_no_deputy():
    text = "2023年1月10日 本报讯 市政协十届三次会议开幕。市政协委员刘建华发言。会上，“企业代表”王晓明、李建国发言。"
    assert names(text) == ["刘建华"]


def test_a_level_inside_the_quotes_is_the_delegates_level():
    text = "2023年1月10日 本报讯 某市政协十届三次会议开幕。“全国人大代表”王晓明回到家乡调研。王晓明说，要发展。"
    assert found(text) == [("王晓明", "deputy", "national", "")]


def test_the_small_full_stop_inside_a_transliterated_name():
    text = "2016年1月20日 本報訊 自治區政協十一屆四次會議開幕。自治區政協委員艾尔肯﹒吐尼亚孜說，要發展林果業。"
    assert names(text) == ["艾尔肯﹒吐尼亚孜"]


def test_officers_take_the_level_of_their_own_committee():
    text = "2018年1月28日 本报讯 会议在市里选举产生省人大常委会主任、副主任。\n主任刘建华，副主任陈志强、王晓明。"
    assert {d.level for d in parse_article(text + FICTIONAL_END).delegates} == {"regional"}
