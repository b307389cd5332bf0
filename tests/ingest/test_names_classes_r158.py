"""Shapes the blind real sets 158 to 178 (fifteenth session) showed the parser missing or
misreading, each with a look-alike that must keep its reading. Every article here is fictional
(虚构示例), set in other provinces, years and levels than the pages."""

from __future__ import annotations

from proposals.ingest.parse import parse_article
from tests.ingest.helpers import FICTIONAL_END
from tests.ingest.helpers import delegates_of as delegates
from tests.ingest.helpers import names_of as names


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(d.name, d.role, d.level, d.affiliation) for d in parse_article(text + FICTIONAL_END).delegates]


PLENARY = "政协阆中市第九届委员会第二次会议闭幕\n\n2022年1月14日，政协阆中市第九届委员会第二次会议举行第二次全体会议。"


# Lists after a verb ----------------------------------------------------------------------------

def test_a_list_joined_by_and_after_a_verb_and_its_particle():
    text = PLENARY + "大会听取了罗建平、何晓梅和蒲国庆委员的大会发言。"
    assert delegates(text) == [(n, "member", "municipal") for n in ("罗建平", "何晓梅", "蒲国庆")]


def test_a_list_joined_by_and_before_a_group_after_a_verb():
    text = PLENARY + "大会听取了罗建平、何晓梅和蒲国庆等委员的发言。"
    assert names(text) == ["罗建平", "何晓梅", "蒲国庆"]


def test_two_names_after_a_verb_without_its_particle():
    text = PLENARY + "大会听取罗建平和蒲国庆委员的发言。"
    assert names(text) == ["罗建平", "蒲国庆"]


def test_sectors_and_units_after_a_verb_name_nobody():
    text = PLENARY + ("罗建平委员说，要加快发展。大会听取了经济界、农业界和教育界委员的发言。"
                      "会前，他们走访了企业、社区和村民代表。会议听取了常委会、法院和检察院代表的意见。")
    assert names(text) == ["罗建平"]


# Posts printed around the name rather than before it ---------------------------------------------

DATELINE = "2024年3月6日 某报讯\n"


def test_posts_in_apposition_after_the_name_close_their_sentence():
    text = DATELINE + ("省人大代表向秀英，龙山县洗车河镇牙龙村党支部书记。她说，村里的茶叶卖得好了。"
                       "省政协委员田国栋，湘西州民族医院副院长，这次带来了关于民族医药的提案。")
    assert found(text) == [("向秀英", "deputy", "regional", "龙山县洗车河镇牙龙村党支部书记"),
                           ("田国栋", "member", "regional", "湘西州民族医院副院长")]


def test_a_clause_after_the_name_that_is_no_post_gives_none():
    text = DATELINE + "省人大代表向秀英，今年第三次参会。省政协委员田国栋，他带来了一件提案。"
    assert found(text) == [("向秀英", "deputy", "regional", ""), ("田国栋", "member", "regional", "")]


def test_the_unit_a_delegate_comes_from_before_or_after_the_name():
    text = DATELINE + ("来自怀化职业技术学院的舒丽娟代表第一个发言。她建议加强职业教育。"
                       "话音刚落，杨国富代表（来自湘西矿业集团）接过话题。")
    assert found(text) == [("舒丽娟", "deputy", "unknown", "怀化职业技术学院"), ("杨国富", "deputy", "unknown", "湘西矿业集团")]


def test_the_place_a_delegate_comes_from_is_no_affiliation():
    text = DATELINE + ("全国人大代表吴金莲来自湘西州花垣县，她的家乡变了样。"
                       "来自怀化市沅陵县的舒丽娟代表说，要发展。杨国富代表所在的保靖县吕洞山镇夯沙村，靠黄金茶致富。")
    assert found(text) == [("吴金莲", "deputy", "national", ""), ("舒丽娟", "deputy", "national", ""),
                           ("杨国富", "deputy", "national", "")]


def test_a_grassroots_job_ends_an_affiliation():
    text = DATELINE + "来自和田地区的新疆人大代表，于田县托格日尕孜乡5村村民、草根宣讲员买买提·吐尔逊的故事很动人。"
    assert found(text) == [("买买提·吐尔逊", "deputy", "regional", "于田县托格日尕孜乡5村村民、草根宣讲员")]


# Associations and posts named like roles -------------------------------------------------------

def test_an_association_of_members_is_no_role_and_a_post_taken_is_no_name():
    text = DATELINE + ("考察团由全国政协常委、澳区省级政协委员联谊会会长梁锦松任荣誉团长，"
                       "黑龙江省政协委员、联谊会秘书长黄华康等任副团长。")
    assert found(text) == [("梁锦松", "member", "national", "澳区省级政协委员联谊会会长"),
                           ("黄华康", "member", "regional", "联谊会秘书长")]


def test_a_surname_before_a_post_is_still_read_as_a_name():
    text = DATELINE + "全国政协委员、澳门某商会会长任荣华说，要加强交流。"
    assert names(text) == ["任荣华"]


def test_a_given_name_that_is_the_word_for_national():
    text = DATELINE + "在全国政协委员、郑州大学副校长李全国的房间里，桌上堆满了材料。李全国说，要多反映社情民意。"
    assert found(text) == [("李全国", "member", "national", "郑州大学副校长")]


def test_national_before_a_role_is_still_no_part_of_the_name_before_it():
    text = DATELINE + "会上，省委书记王刚、全国人大代表李明先后发言。"
    assert names(text) == ["李明"]


def test_a_special_committee_post_and_another_post_before_the_name():
    text = DATELINE + "全国政协社会和法制委员会副主任、澳门某商会会长梁庆文说，要加强交流。"
    assert found(text) == [("梁庆文", "member", "national", "全国政协社会和法制委员会副主任、澳门某商会会长")]


def test_speakers_labelled_with_their_delegation_and_role():
    text = ("两会声音\n来源:某新闻网 2017-01-12 08:37\n"
            "  城关代表团代表邓丽华:政府工作报告内容实在，明确了发展目标。\n"
            "  河西代表团代表罗永福：建议加快老旧小区改造。\n")
    assert [(d.name, d.delegation) for d in parse_article(text + FICTIONAL_END).delegates] == [
        ("邓丽华", "城关代表团"), ("罗永福", "河西代表团")]


def test_a_delegation_and_role_before_a_colon_that_opens_no_name():
    text = "两会声音\n来源:某新闻网 2017-01-12 08:37\n城关代表团代表罗永福说，要发展。河西代表团代表：建议加快老旧小区改造。\n"
    assert names(text) == ["罗永福"]


# Signatures, titles and what follows a name ----------------------------------------------------

def test_a_quotes_signature_line_keeps_its_posts_above_a_repeated_caption():
    text = ("2019年3月10日\n"
            "  ——全国人大代表、贵州省黔东南州从江县加勉乡党扭村党支部书记韦秀英\n\n五位基层“村支书”人大代表的履职心声\n\n"
            "  韦秀英说，村里修通了公路。\n")
    assert found(text) == [("韦秀英", "deputy", "national", "贵州省黔东南州从江县加勉乡党扭村党支部书记")]


def test_a_liaison_officer_is_a_title_and_a_chat_group_follows_a_name():
    text = DATELINE + ("港区全国人大代表、前海管理局香港事务首席联络官黄志雄受访表示，要深化合作。"
                       "全国人大代表、九江市某社区主任刘冬梅微信群里的一段话，获得点赞。")
    assert found(text) == [("黄志雄", "deputy", "national", "前海管理局香港事务首席联络官"),
                           ("刘冬梅", "deputy", "national", "九江市某社区主任")]


# Members named by how they came or went --------------------------------------------------------

NEW_LIST = "2018年2月25日 某报讯 本报记者从有关方面获悉，第十三届全国政协委员名单日前正式公布。\n"


def test_members_of_the_outgoing_term_after_a_bare_role():
    text = NEW_LIST + "现届委员黄汉明、冯志坚、廖泽云则因年龄等原因，未在名单之内。"
    assert delegates(text) == [(n, "member", "national") for n in ("黄汉明", "冯志坚", "廖泽云")]


def test_people_who_made_the_list_of_members():
    text = NEW_LIST + "中联办副主任王少峰、外交部驻澳特派员沈文彬亦入选全国政协委员之列。"
    assert found(text) == [("王少峰", "member", "national", "中联办副主任"), ("沈文彬", "member", "national", "外交部驻澳特派员")]


def test_people_who_made_the_list_in_a_capacity_said_before_a_comma():
    text = NEW_LIST + "中联办副主任王少峰、外交部驻澳特派员沈文彬以特别邀请人士身份，亦入选全国政协委员之列。"
    assert found(text) == [("王少峰", "member", "national", "中联办副主任"), ("沈文彬", "member", "national", "外交部驻澳特派员")]


def test_a_proposal_that_made_a_list_names_no_member():
    text = NEW_LIST + "黄汉明的提案入选全国政协优秀提案。冯志坚委员说，要发展。"
    assert names(text) == ["冯志坚"]


# Yi names, honours counted with a noun, the time a delegate acts ----------------------------------

LIANGSHAN = "2024年1月20日 某报讯 州十一届人大四次会议期间，各代表团认真审议政府工作报告。\n"


def test_yi_names_of_a_clan_and_a_given_name_in_a_list_before_the_role():
    text = LIANGSHAN + "吉克曲布、依火阿木、曲木阿卓、勒尔拉毅等代表在审议时建议，加快乡村振兴。"
    assert names(text) == ["吉克曲布", "依火阿木", "曲木阿卓", "勒尔拉毅"]


def test_a_list_of_han_names_before_the_role_keeps_its_first_name_whole():
    text = LIANGSHAN + "我州王国庆、李秀英、张建华等代表在审议时建议，加快乡村振兴。"
    assert names(text) == ["王国庆", "李秀英", "张建华"]


def test_members_honoured_counted_with_what_they_are():
    text = ("2021年1月25日 某报讯 周口市政协五届五次会议闭幕，会议表彰了优秀提案和优秀政协委员。\n"
            "朱立新、孙晓红、郑国华3名会员被评为2020年度优秀政协委员。")
    assert delegates(text) == [(n, "member", "municipal") for n in ("朱立新", "孙晓红", "郑国华")]


def test_a_member_doing_something_for_the_second_time():
    text = "2022年1月10日 某报讯 市政协十三届一次会议期间，委员们积极建言。\n民盟界别政协委员许丽娟第二次参加两会，今年适逢换届。"
    assert names(text) == ["许丽娟"]


# Terms renewed and posts held -------------------------------------------------------------------

NPC = "2023年3月3日 新华社北京电 记者从大会获悉，代表们陆续抵京报到。\n"


def test_a_deputy_whose_term_is_renewed_with_its_number_and_a_time_between():
    text = NPC + "来自贵州的杨丽华今年连任第十四届全国人大代表，她谈起自己的建议清单如数家珍。"
    assert delegates(text) == [("杨丽华", "deputy", "national")]


def test_the_posts_held_before_the_name_and_at_a_named_unit_after_it():
    text = NPC + ("身为自治区发改委主任的陆宏文代表率先介绍了变化。全国人大代表韦秀兰说，要发展。"
                  "韦秀兰是连山县小三江镇加田水电站的一名运行工。")
    assert found(text) == [("陆宏文", "deputy", "national", "自治区发改委主任"),
                           ("韦秀兰", "deputy", "national", "连山县小三江镇加田水电站的一名运行工")]


def test_a_kind_of_person_at_an_unnamed_unit_is_no_post():
    text = NPC + "全国人大代表韦秀兰说，要发展。韦秀兰是连山县一家合作社的带头人。"
    assert found(text) == [("韦秀兰", "deputy", "national", "")]


def test_a_name_before_listening_and_watching():
    text = ("2017年10月18日 某报讯 各级政协委员收听收看党的十九大开幕会。\n"
            "井陉县政协委员、县文联常务副主席马建平收听收看了开幕会，创作了一首新歌。")
    assert found(text) == [("马建平", "member", "county", "县文联常务副主席")]


# Places, elections and photo lists --------------------------------------------------------------

def test_cities_whose_names_open_with_the_day_character_are_the_session_region():
    for city in ("日喀则市", "日照市"):
        text = f"{city}两会开幕\n2024年1月15日上午，{city}第二届人民代表大会第六次会议隆重开幕。市人大代表王秀英说，要发展。"
        assert parse_article(text + FICTIONAL_END).session.region == city


def test_a_tibetan_name_elected_in_a_by_election():
    text = ("政协某自治区委员会举行选举大会\n2025年1月15日，政协第十二届西藏自治区委员会第三次会议举行选举大会，"
            "补选斯朗次仁为政协第十二届西藏自治区委员会副主席。会议还补选了常委。")
    assert names(text) == ["斯朗次仁"]


def test_a_deputy_elected_beside_an_official_elected_to_a_post():
    text = ("某镇召开人代会\n2023年1月3日，某镇召开第十四届人民代表大会第六次会议，应到代表47名。"
            "会议选举马永贵同志为某镇人大主席和海北州第十四届人大代表、何建军同志为某镇副镇长。")
    assert delegates(text) == [("马永贵", "deputy", "municipal")]


def test_a_deputy_by_a_provinces_delegation_short_name_and_giving_after_an_ethnic_note():
    text = ("全国两会\n2022年3月7日 某报讯 代表们深入基层调研。吉林团代表孙丽娟是长春市某公司驾驶员，当天她来到公交场站。"
            "全国人大代表才让卓玛(藏族)给记者展示了一组照片。")
    assert [(d.name, d.delegation) for d in parse_article(text + FICTIONAL_END).delegates] == [
        ("孙丽娟", "吉林代表团"), ("才让卓玛", "")]


def test_members_in_a_photo_each_with_a_position_and_a_list_ending_before_a_verb():
    text = ("2014年3月4日 某报讯 政协十二届二次会议在北京人民大会堂开幕，政协委员步入会场。\n"
            "政协委员吴立东（左一）、柯晓丽（左二）、方良娟（右一）、甘蓉（右二）在交谈。政协委员何建东、潘雪梅、方芳在交谈。")
    assert names(text) == ["吴立东", "柯晓丽", "方良娟", "甘蓉", "何建东", "潘雪梅", "方芳"]


def test_a_post_and_an_art_before_the_name():
    text = ("2021年3月8日 某报讯 全国两会期间，妇联界别的委员们举行主题活动。\n"
            "大家拉起由全国政协委员、某书画院院长篆刻家骆玉芃书写的条幅。")
    assert found(text) == [("骆玉芃", "member", "national", "某书画院院长篆刻家")]


# Honoured proposals, shared posts, capacities -----------------------------------------------------

def test_proposers_whose_proposals_a_body_honoured():
    text = ("2024年1月20日 某报讯 两会还进行了大会表彰。市委会提交的《关于深化科技创新合作的建议》、程海提交的《关于利用“工业上楼”"
            "模式的建议》和姚中华提交的《关于发展智慧城市的建议》被评为市政协2023年度优秀提案。"
            "方徽秀提出的《关于加快构建公共创新平台的建议》和曹翠兰提出的《关于振兴新安医学的几点建议》被评为2023年度市人大优秀建议。")
    assert delegates(text) == [("程海", "member", "municipal"), ("姚中华", "member", "municipal"),
                               ("方徽秀", "deputy", "municipal"), ("曹翠兰", "deputy", "municipal")]


def test_papers_honoured_by_no_body_of_the_sessions_name_nobody():
    text = ("2024年1月20日 某报讯 两会期间，市政协委员王建国说，要发展。"
            "程海提交的《关于工业上楼的论文》被评为市社科联2023年度优秀论文。")
    assert names(text) == ["王建国"]


def test_posts_before_a_role_and_its_place_belong_to_each_name_after_it():
    text = "2019年1月20日 某报讯 北京市两会召开，我校代表委员积极履职。\n石大教师、北京市政协委员何劲军、钟强斌参加了会议，并提交了提案。"
    assert found(text) == [("何劲军", "member", "regional", "石大教师"), ("钟强斌", "member", "regional", "石大教师")]


def test_a_group_acting_in_the_capacity_of_deputies():
    text = ("2025年1月10日 某报讯 昨日下午，新昌县代表团召开全体会议，审议政府工作报告。\n"
            "县领导裘建华、孙海波、潘超英等以绍兴市人大代表身份参加审议。")
    assert names(text) == ["裘建华", "孙海波", "潘超英"]


# New members and elected lists of Hong Kong and Macao ----------------------------------------------

HK_LIST = "新一届全国政协名单出炉\n2018年2月3日 本报讯 新一届全国政协委员名单2日公布。"


def test_people_appointed_members_after_their_posts_and_a_group_word():
    text = HK_LIST + "在其他类别中，演艺明星甄子华、某银行亚太区行政总裁王冬林、圣公会大主教邝保华等人也首次获任政协委员。"
    assert found(text) == [("甄子华", "member", "national", "演艺明星"), ("王冬林", "member", "national", "某银行亚太区行政总裁"),
                           ("邝保华", "member", "national", "圣公会大主教")]


def test_a_list_of_new_members_closed_by_deng_before_a_clause_about_one_of_them():
    text = HK_LIST + ("在特邀香港人士类别的124名政协委员中，有42名新人，包括前政务司长唐英明、前警务处长邓竟生、"
                      "前廉政专员汤显华等，其中唐英明被视为政协常委的人选。")
    assert names(text) == ["唐英明", "邓竟生", "汤显华"]


def test_those_elected_each_with_the_votes_they_won():
    text = ("12名澳区人大代表产生\n时间：2027年12月12日\n会上选出新一届12名澳区全国人大代表，有效票为482张。"
            "而是次选出的12名澳区人大代表，有9名为现任澳区人大代表以及3名全国政协委员。"
            "按得票数分别为刘艺华 (465票)、高开明 (459票)、何敬东 (454票)、陈虹英 (438票)")
    assert delegates(text) == [(n, "deputy", "national") for n in ("刘艺华", "高开明", "何敬东", "陈虹英")]


def test_topics_with_votes_name_nobody():
    text = ("网络投票结果\n时间：2027年12月12日\n市政协委员王建国说，要发展。"
            "得票最多的议题为教育 (465票)、医疗 (459票)、住房 (454票)。")
    assert names(text) == ["王建国"]


def test_an_official_in_the_headline_and_dateline_is_no_member_and_posts_held_before_the_role():
    text = ("韩立会见港区政协委员\n2022年3月8日 本报讯 韩立会见港区全国政协委员。"
            "身兼某联盟主席的政协委员李慧芳指，要集中精力解决经济民生问题。")
    assert found(text) == [("李慧芳", "member", "national", "某联盟主席")]


def test_a_rare_surname_in_a_list_before_the_role():
    text = ("网友互动\n2019-03-05 09:08:03 来源:某晚报 3月3日下午，某代表团代表与网友互动交流。\n"
            "交流中，殷一平、陈靖华、杲云、许立新等代表回答了网友的提问。")
    assert names(text) == ["殷一平", "陈靖华", "杲云", "许立新"]


def test_a_vote_before_a_name_is_no_affiliation():
    text = "2023年1月12日 本报讯 大会选举周丹惠为某市五届人大常委会副主任，洪立兵为五届人大常委会委员，表决通过洪立兵为社会建设委员会委员。"
    assert found(text) == [("周丹惠", "deputy", "municipal", ""), ("洪立兵", "deputy", "municipal", "")]


def test_a_role_shared_with_the_person_before():
    text = ("新面孔\n2022年1月10日 本报讯 在新一届某区人大代表中，出现了不少新面孔。"
            "同为区人大代表，杭州某交通工程有限公司经理金永年说，要发展。")
    assert found(text) == [("金永年", "deputy", "county", "杭州某交通工程有限公司经理")]


def test_a_sector_in_brackets_between_a_name_and_its_verb():
    text = ("2020年1月20日 据某省台联报道 某省十三届人大三次会议和某省政协十二届三次会议召开。"
            "台联界省政协委员邹振华与台籍省政协委员李玉芬(新闻界)分别参加了会议。")
    assert names(text) == ["邹振华", "李玉芬"]


def test_a_great_occasion_before_an_election_verb_is_no_name():
    text = ("全國(guó)人大代表、某設(shè)計(jì)集團(tuán)董事長(zhǎng)戴雅芳赴京參加十三屆全國(guó)“兩會(huì)”打印\n發(fā)布時(shí)間:2019-03-03\n"
            "一年一度的全國(guó)“兩會(huì)”是聚民意、謀發(fā)展的盛會(huì),連續(xù)三屆當(dāng)選全國(guó)人大代表,既是一種榮譽(yù)。"
            "戴雅芳代表說(shuō),她將提交一件建議。")
    assert names(text) == ["戴雅芳"]


def test_a_channel_before_the_posts_is_no_part_of_them():
    text = ("2016年1月22日 某会讯 某市两会召开。我会还通过副主委、市人大常委孙明向市人大提交了建议。")
    assert found(text) == [("孙明", "deputy", "municipal", "副主委")]


def test_taiwan_born_members_by_their_group_word():
    text = ("臺籍委員:作為地道臺灣人 更要為促進兩岸交流努力\n2014年03月03日 21:31 來源:某網\n"
            "全國政協第十二屆二次會議在北京人民大會堂開幕。“今年的報告非常精煉。”步出開幕會場的臺籍委員王二林對記者如是説。"
            "臺籍委員張寧遠尤為注意報告中關於兩岸關係的內容。")
    assert delegates(text) == [("王二林", "member", "national"), ("張寧遠", "member", "national")]


def test_a_rare_surname_before_a_count_without_deng():
    text = ("某代表团共提出议案4件\n05-27 06:09:24 来源:某日报 5月26日，代表团通报代表依法提出议案、建议有关情况。"
            "代表团共有骞芳华、孙宪文、刘希兰3名代表分别领衔提出议案4件。")
    assert names(text) == ["骞芳华", "孙宪文", "刘希兰"]


def test_the_unit_a_deputy_is_said_to_come_from_and_a_label_line_of_posts():
    text = ("2024年1月20日 某报讯 省人大代表余丽婷是来自某医疗(咸宁)有限公司的一名企业员工，她建议改善用工环境。\n"
            "全国人大代表王小川 记者 李某 摄\n\n嘉陵江航道管理处北碚航道站站长王小川\n\n王小川:作为一名新代表，我感到十分光荣。")
    assert found(text) == [("余丽婷", "deputy", "regional", "某医疗(咸宁)有限公司"),
                           ("王小川", "deputy", "national", "嘉陵江航道管理处北碚航道站站长")]
