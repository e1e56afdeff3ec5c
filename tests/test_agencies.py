"""Agencies: the naming grammar, region prefixes written out, abbreviations expanded."""
from conftest import canon, rels

SHANXI = "山西省人民政府法制办公室关于2013年全省推进依法行政工作的情况报告\n"
PINGCHENG = "平城区2020年法治政府建设报告\n"


def test_provincial_department_gets_the_province(extract):
    r = extract(SHANXI + "省民政厅制定印发了意见。省人社厅、交通厅开展考核。\n")
    assert {"山西省民政厅", "山西省人力资源和社会保障厅", "山西省交通运输厅"} <= canon(r, "Agency")


def test_a_provinces_bureaus_of_prisons_drug_rehabilitation_and_medicines(extract):
    # run by its 司法厅 (监狱管理局, 戒毒管理局) or its market regulator (药品监督管理局, 2018)
    r = extract(SHANXI + "省监狱管理局、省戒毒管理局和省药品监督管理局严格规范执法。\n")
    assert {"山西省监狱管理局", "山西省戒毒管理局", "山西省药品监督管理局"} <= canon(r, "Agency")


def test_government_offices_and_abbreviations(extract):
    r = extract(SHANXI + "省政府法制办与省发改委、省住建厅联合检查，报国务院法制办备案。\n")
    assert {"山西省人民政府法制办公室", "山西省发展和改革委员会", "山西省住房和城乡建设厅",
            "国务院法制办公室"} <= canon(r, "Agency")
    # 办 that starts a verb (办理, 办结) is no office
    r = extract("濮阳县2022年法治政府建设情况报告\n县政府办理人大建议12件，县委办结信访件，县政府办印发通知。\n")
    assert canon(r, "Agency") == {"河南省濮阳市濮阳县人民政府", "中共河南省濮阳市濮阳县委员会",
                                  "河南省濮阳市濮阳县人民政府办公室", "河南省濮阳市濮阳县人民代表大会"}


def test_department_abbreviations_as_bodies_write_them(extract):
    r = extract(PINGCHENG + "参加大同市交运局组织的培训，区市监局、区自规局、区审批局、区文广旅体局开展执法。\n")
    assert {"山西省大同市交通运输局", "山西省大同市平城区市场监督管理局", "山西省大同市平城区自然资源和规划局",
            "山西省大同市平城区行政审批局", "山西省大同市平城区文化广电旅游体育局"} <= canon(r, "Agency")
    # Chongqing's bodies write their economy and IT commission 经济信息委
    r = extract("重庆市璧山区人民政府关于2024年度法治政府建设情况的报告\n区经济信息委、区公安局专题述法。\n")
    assert {"重庆市璧山区经济和信息化委员会", "重庆市璧山区公安局"} <= canon(r, "Agency")
    # 市监委 is the city's supervisory commission (监委), though 市监局 is its market regulator
    r = extract(PINGCHENG + "区市监局会同市监委开展检查。\n")
    assert canon(r, "Agency") == {"山西省大同市平城区市场监督管理局", "山西省大同市监察委员会"}
    # 省纪委监委: the supervisory commission written right after its discipline commission shares
    # its prefix (the two work as one office), not the report's own
    r = extract(PINGCHENG + "整改省纪委监委专项检查反馈问题，区纪委监委开展监督。\n")
    assert canon(r, "Agency") == {"中共山西省纪律检查委员会", "山西省监察委员会",
                                  "中共山西省大同市平城区纪律检查委员会", "山西省大同市平城区监察委员会"}
    # the civil service bureau, a sign a county's 组织部 or 人社局 bears
    r = extract("安溪县2015年依法行政工作报告\n县委组织部、县委党校、县公务员局牵头举办培训班。\n")
    assert "福建省泉州市安溪县公务员局" in canon(r, "Agency")
    # Jiangsu's cities and counties sign their 自然资源和规划局 资源规划局 (not a 规划局)
    r = extract("张家港市2022年法治政府建设报告\n选取市人民法院、市资源规划局、市自然资源规划局等单位现场评议。\n")
    assert canon(r, "Agency") == {"江苏省苏州市张家港市人民法院", "江苏省苏州市张家港市自然资源和规划局"}
    # a province's foreign and overseas-Chinese affairs office before the 2018 reform
    r = extract("云南省人民政府关于2015年法治政府建设情况的报告\n省外侨办参加。\n")
    assert "云南省外事侨务办公室" in canon(r, "Agency")
    # Shenzhen's human-resources bureau as it signs itself (人力资源保障局)
    r = extract("深圳市2025年法治政府建设年度报告\n市人力资源保障局开展执法。\n")
    assert canon(r, "Agency") == {"广东省深圳市人力资源和社会保障局"}


def test_the_short_name_a_page_gives_a_body_is_that_body(extract):
    # …文化广播电视和旅游局(以下简称“市文广旅局”): the grammar writes 文广旅局 out as
    # 文化广电和旅游局, but the page says it is the body just named
    r = extract("公主岭市文化广播电视和旅游局关于2025年度法治政府建设情况的报告\n2025年，公主岭市文化广播电视"
                "和旅游局(以下简称“市文广旅局”)坚持依法行政。市文广旅局制定《甲办法》。\n")
    assert canon(r, "Agency") == {"吉林省长春市公主岭市文化广播电视和旅游局"}


def test_a_short_form_is_the_body_the_page_writes_out_another_way(extract):
    # 政数局 is written out 政务服务和数据管理局 by the grammar; this county's bureau is
    # 政务服务和数字化建设管理局, and the short form's characters stand in it in order
    r = extract("梨树县政务服务和数字化建设管理局关于2025年度法治政府建设情况的报告\n2025年，梨树县政数局坚持"
                "依法行政，县文旅局、县文化广电和旅游局参加。\n")
    assert canon(r, "Agency") == {"吉林省四平市梨树县政务服务和数字化建设管理局",
                                  "吉林省四平市梨树县文化广电和旅游局"}
    # not where the grammar's own name is written out too: two bodies the page names
    r = extract("梨树县2025年度法治政府建设情况报告\n县政数局、县政务服务和数据管理局、"
                "县政务服务和数字化建设管理局参加。\n")
    assert "吉林省四平市梨树县政务服务和数据管理局" in canon(r, "Agency")
    # nor a body inside the one the short form names (the standing committee's own committee)
    r = extract("梨树县2025年度法治政府建设情况报告\n县人大常委会、县人民代表大会常务委员会法制工作委员会参加。\n")
    assert "吉林省四平市梨树县人民代表大会常务委员会" in canon(r, "Agency")
    # nor another field's body whose name holds the characters by chance: 国资局 is the
    # state-assets bureau, 国土资源局 the land bureau (the two names part after 国)
    r = extract("大悟县2015年依法行政工作报告\n县国资局、县国土资源局开展检查。\n")
    assert canon(r, "Agency") == {"湖北省孝感市大悟县国有资产监督管理局", "湖北省孝感市大悟县国土资源局"}


def test_the_audit_commission_is_the_party_committees(extract):
    # 审计委员会 (2018 plan) sits under the party committee only: written after 委 or not
    r = extract("湛江市审计局2024年度法治政府建设情况报告\n认真履行审计委员会办公室职责。市审计委员会召开会议。"
                "市委审计办向市委审计委员会请示报告。\n")
    assert canon(r, "Agency") == {"广东省湛江市审计局", "中共广东省湛江市委员会审计委员会",
                                  "中共广东省湛江市委员会审计委员会办公室"}


def test_party_committee_and_its_departments(extract):
    r = extract(PINGCHENG + "坚持在区委统一领导下，区委组织部、区委党校协同推进。\n")
    assert {"中共山西省大同市平城区委员会", "中共山西省大同市平城区委员会组织部",
            "中共山西省大同市平城区委员会党校"} <= canon(r, "Agency")
    # the offices of the 2018 and 2023 reform plans, by their short forms
    r = extract(PINGCHENG + "区委社工部、区委金融办、区委外办、区委审计办、区委机要保密局参加述法。\n")
    assert canon(r, "Agency") == {"中共山西省大同市平城区委员会" + d for d in (
        "社会工作部", "金融委员会办公室", "外事工作委员会办公室", "审计委员会办公室", "机要保密局")}
    # the committees of the 2023 plan themselves, each local committee's after the central ones
    # (a government's 科技委员会 is its science department)
    r = extract(PINGCHENG + "区委金融委员会、区委科技委员会、区委科技办召开会议，区科技委员会参加。\n")
    assert canon(r, "Agency") == {"中共山西省大同市平城区委员会金融委员会", "中共山西省大同市平城区委员会科技委员会",
                                  "中共山西省大同市平城区委员会科技委员会办公室", "山西省大同市平城区科学技术委员会"}
    # and short (区委科技委), where a government's short form is 科委 (北京市科委)
    r = extract(PINGCHENG + "区委科技委召开会议。\n")
    assert canon(r, "Agency") == {"中共山西省大同市平城区委员会科技委员会"}
    # (机要局, the confidential bureau before the merger, as many committees still name it)
    r = extract(PINGCHENG + "区委机要局参加述法。\n")
    assert canon(r, "Agency") == {"中共山西省大同市平城区委员会机要局"}


def test_level_words_sharing_one_body(extract):
    r = extract(PINGCHENG + "严格落实中央、省、市、区委关于法治建设的部署，接收国家、省、市信访局督办案件。\n")
    agencies = canon(r, "Agency")
    assert {"中共中央", "中共山西省委员会", "中共山西省大同市委员会",
            "中共山西省大同市平城区委员会"} <= agencies
    assert {"国家信访局", "山西省信访局", "山西省大同市信访局"} <= agencies
    # a city's name ending in 市 before 、 is no level word
    r = extract(PINGCHENG + "朔州市、大同市、省文化和旅游厅主要负责同志现场述法。\n")
    assert canon(r, "Agency") == {"山西省文化和旅游厅"}


def test_a_level_word_after_and_joining_two_bodies_is_the_next_bodys(extract):
    # 和 joins the bodies, though jieba reads 和县 (Anhui's county): the mention is 县人大常委会
    r = extract("临朐县人民政府2015年依法行政工作报告\n规范性文件报市政府和县人大常委会备案，市司法局和县司法局联合检查。\n")
    written = {a for e in r["entities"] if e["type"] == "Agency" for a in e["aliases"]}
    assert {"县人大常委会", "县司法局"} <= written
    assert not {"人大常委会", "司法局"} & written


def test_congress_and_its_standing_committee(extract):
    r = extract(PINGCHENG + "自觉接受区人大及其常委会的法律监督，接受区政协的民主监督。\n")
    assert {"山西省大同市平城区人民代表大会", "山西省大同市平城区人民代表大会常务委员会",
            "中国人民政治协商会议山西省大同市平城区委员会"} <= canon(r, "Agency")


def test_city_word_follows_the_city_named_in_the_sentence(extract):
    r = extract(SHANXI + "太原市建立了市政府办公厅、市政府法制办协作机制。\n")
    assert {"山西省太原市人民政府办公厅", "山西省太原市人民政府法制办公室"} <= canon(r, "Agency")
    # a county-level city listed in a city's report is an example, no actor of the next clause
    r = extract("株洲市人民政府2014年度依法行政工作报告\n醴陵市、攸县被评为全省依法行政示范县(市)，"
                "市国土资源局被评为全省依法行政示范单位。醴陵市建立了市政府法制办。\n")
    assert {"湖南省株洲市国土资源局", "湖南省株洲市醴陵市人民政府法制办公室"} <= canon(r, "Agency")
    assert "湖南省株洲市醴陵市国土资源局" not in canon(r, "Agency")


def test_a_city_named_in_a_setting_from_above_is_not_the_clause_afters(extract):
    # a county-level city's report: the prefecture leads it (在…领导下，), and the bodies
    # named after that setting by their level alone are the report's own
    r = extract("古交市2022年法治政府建设情况报告\n2022年，在太原市委、市政府的坚强领导下，"
                "市委、市政府高度重视法治政府建设。\n")
    assert {"中共山西省太原市委员会", "山西省太原市人民政府",
            "中共山西省太原市古交市委员会", "山西省太原市古交市人民政府"} == canon(r, "Agency")
    # a department of that city, guided by the prefecture's bureau, led by its own city
    r = extract("古交市司法局2022年法治政府建设工作报告\n2022年，在太原市司法局的指导下，"
                "在市委、市政府的坚强领导下，局党组深入推进法治建设。\n")
    assert {"山西省太原市司法局", "中共山西省太原市古交市委员会", "山西省太原市古交市人民政府",
            "中共山西省太原市古交市司法局党组"} <= canon(r, "Agency")


def test_a_courts_own_report_names_its_party_group_by_yuan(extract):
    # 院党组 in a court's or a procuratorate's own report: its party group, as 局党组 is a
    # bureau's; 医院 and 学院 stay what they are
    r = extract("德阳市旌阳区人民法院关于2023年度依法履职情况的报告\n院党组严格落实全面从严治党主体责任。"
                "区人民医院党委开展普法。\n")
    assert "中共四川省德阳市旌阳区人民法院党组" in canon(r, "Agency")
    assert not any("医院" in a for a in canon(r, "Agency"))
    r = extract("绵竹市人民检察院2023年法治建设工作报告\n院党组专题研究法治建设。\n")
    assert "中共四川省德阳市绵竹市人民检察院党组" in canon(r, "Agency")


def test_courts_procuratorates_and_named_groups(extract):
    r = extract("濮阳县法治政府建设领导小组关于示范县创建活动的情况说明\n"
                "县法院、濮阳县人民检察院参加会议。成立法治政府建设领导小组。\n")
    agencies = canon(r, "Agency")
    assert {"河南省濮阳市濮阳县人民法院", "河南省濮阳市濮阳县人民检察院",
            "河南省濮阳市濮阳县法治政府建设领导小组"} <= agencies
    assert r["publisher"] == "河南省濮阳市濮阳县法治政府建设领导小组"


def test_generic_bodies_are_not_agencies(extract):
    r = extract(PINGCHENG + "各级政府和政府部门、行政机关要支持人民法院工作，通过政府网站公开。\n")
    assert canon(r, "Agency") == set()


def test_publisher_from_signature(extract):
    r = extract("关于2022年法治政府建设情况的报告\n正文。\n\n北京市朝阳区人民政府\n2023年3月20日\n")
    assert r["publisher"] == "北京市朝阳区人民政府"
    # or under the title, the body and its date on one line
    r = extract("关于2022年法治政府建设情况的报告\n北京市朝阳区人民政府 2023年03月20日\n"
                "区司法局起草了报告，中共中央办公厅、国务院办公厅印发规定。\n" + "一、正文。\n" * 6)
    assert r["publisher"] == "北京市朝阳区人民政府"


def test_publisher_opening_a_titles_subtitle(extract):
    # an experience material's headline, then its author after a dash, on its line or the next
    r = extract("打造“枫桥式”司法所 推进基层依法治理——桐梓县司法局经验材料\n近年来，县司法局出台"
                "《桐梓县人民调解工作规范》。\n")
    assert r["publisher"] == "贵州省遵义市桐梓县司法局"
    assert ("贵州省遵义市桐梓县司法局", "桐梓县人民调解工作规范") in rels(r, "ISSUED")
    r = extract("坚持依法行政 建设法治政府\n　——宜良县人民政府2023年法治政府建设工作综述\n正文。\n")
    assert r["publisher"] == "云南省昆明市宜良县人民政府"
    # not a profile of a body (——记…)
    r = extract("坚持依法行政 建设法治政府\n——记宜良县司法局\n正文。\n")
    assert r["publisher"] is None


def test_the_staffing_committees_office_written_short(extract):
    r = extract("濮阳县2014年依法行政工作报告\n县委编委办、县编委办参加。\n")
    assert canon(r, "Agency") == {"中共河南省濮阳市濮阳县委员会机构编制委员会办公室"}


def test_names_written_out_in_full(extract):
    r = extract("濮阳县2021年法治政府建设报告\n中共濮阳县委员会、中国人民政治协商会议濮阳县委员会、"
                "县委编办、县教体局参加。\n")
    assert {"中共河南省濮阳市濮阳县委员会", "中国人民政治协商会议河南省濮阳市濮阳县委员会",
            "中共河南省濮阳市濮阳县委员会机构编制委员会办公室",
            "河南省濮阳市濮阳县教育和体育局"} <= canon(r, "Agency")


def test_party_standing_committee_party_group_and_general_office(extract):
    r = extract(PINGCHENG + "区委常委会会议研究法治工作，区政府党组专题学习，区委办公厅印发通知。\n")
    assert {"中共山西省大同市平城区委员会常务委员会", "中共山西省大同市平城区人民政府党组",
            "中共山西省大同市平城区委员会办公厅"} <= canon(r, "Agency")
    # the report's own government's, written bare after a verb or a mark (召开政府党组会议,
    # 组织政府党组理论学习: GUIDELINES' 政府党组), as in a list after its committee already
    own = "中共山西省大同市平城区人民政府党组"
    for said in ("召开政府党组会议研究法治工作。", "全年组织政府党组理论学习14次。", "经政府党组会议研究同意。"):
        assert own in canon(extract(PINGCHENG + said + "\n"), "Agency"), said
    # not every level's (各级政府党组), nor a township's (a township has no party group)
    assert not any(a.endswith("党组") for a in canon(extract(PINGCHENG + "督促各级政府党组落实责任。\n"), "Agency"))
    r = extract("新驿镇2024年法治政府建设工作报告\n2024年，新驿镇推进依法行政，召开政府党组会议。\n")
    assert not any(a.endswith("党组") for a in canon(r, "Agency"))


def test_the_rule_of_law_committees_coordination_groups(extract):
    # one body of the committee, named right after it: no mention of the committee alone
    r = extract(PINGCHENG + "区委依法治区委守法普法协调小组办公室、区委全面依法治区委员会执法协调小组履行职责。\n")
    assert canon(r, "Agency") == {"中共山西省大同市平城区委员会全面依法治区委员会守法普法协调小组办公室",
                                  "中共山西省大同市平城区委员会全面依法治区委员会执法协调小组"}
    # the groups listed after the first share the committee written once before it, and
    # each is named once where it stands
    r = extract(PINGCHENG + "区委全面依法治区委员会立法协调小组、执法协调小组、司法协调小组和守法普法协调小组召开会议。\n")
    groups = [(e["canonical"], [m["text"] for m in e["mentions"]]) for e in r["entities"] if e["type"] == "Agency"]
    committee = "中共山西省大同市平城区委员会全面依法治区委员会"
    assert groups == [(committee + "立法协调小组", ["区委全面依法治区委员会立法协调小组"]),
                      (committee + "执法协调小组", ["执法协调小组"]), (committee + "司法协调小组", ["司法协调小组"]),
                      (committee + "守法普法协调小组", ["守法普法协调小组"])]


def test_rule_of_law_committees_and_offices_at_each_level(extract):
    r = extract(PINGCHENG + "在省委依法治省委和区委全面依法治区委员会指导下，市委依法治市办督察，"
                "区依法治区办牵头。\n")
    assert {"中共山西省委员会全面依法治省委员会",
            "中共山西省大同市平城区委员会全面依法治区委员会",
            "中共山西省大同市委员会全面依法治市委员会办公室",
            "中共山西省大同市平城区委员会全面依法治区委员会办公室"} <= canon(r, "Agency")
    # a 盟's: 盟委依法治盟办
    r = extract("锡林郭勒盟2023年法治政府建设情况报告\n盟委依法治盟办、盟司法局开展督察。\n")
    assert {"中共内蒙古自治区锡林郭勒盟委员会全面依法治盟委员会办公室",
            "内蒙古自治区锡林郭勒盟司法局"} <= canon(r, "Agency")
    # a 地区's (地委依法治地委员会), and 新疆's, named with 疆 as 西藏's is with 藏
    r = extract("巴楚县2022年法治建设工作情况报告\n贯彻落实自治区党委依法治疆委员会第一次会议和"
                "地委依法治地委员会第一次会议精神。\n")
    assert {"中共新疆维吾尔自治区委员会全面依法治疆委员会",
            "中共新疆维吾尔自治区喀什地区委员会全面依法治地委员会"} <= canon(r, "Agency")
    # a street's, named a working committee as its party committee is (not 依法治街工作会议)
    r = extract("清城区东城街道2022年法治政府建设报告\n调整全面依法治街工作委员会成员，召开依法治街工作会议。\n")
    assert canon(r, "Agency") == {"中共广东省清远市清城区东城街道工作委员会全面依法治街委员会"}


def test_central_bodies_national_ministries_and_courts(extract):
    r = extract(PINGCHENG + "落实中央决策部署和中央编办、交通运输部、全国普法办要求，"
                "区法院与市中院、省高级人民法院会商。\n")
    assert {"中共中央", "中央机构编制委员会办公室", "交通运输部", "全国普法办公室",
            "山西省大同市平城区人民法院", "山西省大同市中级人民法院",
            "山西省高级人民法院"} <= canon(r, "Agency")
    # the central committee's Political Bureau, and the rule-of-law commission written in full
    # without 全面
    r = extract(PINGCHENG + "学习习近平总书记在中共中央政治局第三十五次集体学习时的讲话，落实中央依法治国委员会会议精神。\n")
    assert {"中共中央政治局", "中央全面依法治国委员会"} <= canon(r, "Agency")
    assert "中央依法治国委员会" in next(e["aliases"] for e in r["entities"]
                                       if e["canonical"] == "中央全面依法治国委员会")
    # the supreme court and procuratorate by their own short names
    r = extract(PINGCHENG + "按照高检院部署，接待中央政法委、司法部、最高院来区调研。\n")
    assert {"最高人民检察院", "最高人民法院"} <= canon(r, "Agency")
    # 中央《…》: the centre heading the documents it issued
    r = extract(PINGCHENG + "学习贯彻中央《关于加强行政执法协调监督工作体系建设的意见》《提升行政执法质量三年行动计划》。\n")
    assert rels(r, "ISSUED") == {("中共中央", "关于加强行政执法协调监督工作体系建设的意见"),
                                 ("中共中央", "提升行政执法质量三年行动计划")}

    # the Central Military Commission issuing with the centre; the market regulator's two
    # commissions by their short names
    r = extract(PINGCHENG + "中共中央、国务院、中央军委印发《关于加强国防教育的意见》，国家标准委、国家认监委部署。\n")
    assert rels(r, "ISSUED") == {(body, "关于加强国防教育的意见") for body in ("中共中央", "国务院", "中央军事委员会")}
    assert {"国家标准化管理委员会", "国家认证认可监督管理委员会"} <= canon(r, "Agency")


def test_central_alone_is_not_a_body(extract):
    r = extract(PINGCHENG + "学习中央全面依法治国工作会议精神，落实中央环保督察整改。\n")
    assert "中共中央" not in canon(r, "Agency")


def test_township_report_bare_party_committee_and_stations(extract):
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n镇党委发挥核心作用，党委书记带头，"
                "司法所和派出所开展普法。各级党委负责。\n")
    town = "广西壮族自治区柳州市柳城县龙头镇"
    assert {f"中共{town}委员会", f"{town}司法所", f"{town}派出所"} <= canon(r, "Agency")
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n辖区派出所负责人任副组长。\n")
    assert canon(r, "Agency") == {f"{town}派出所"}
    # 党委(党组): every committee's or party group's, no one body
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n把习近平法治思想作为党委(党组)理论学习中心组学习的重要内容。\n")
    assert canon(r, "Agency") == set()


def test_a_townships_law_enforcement_brigade(extract):
    # the brigade a township formed in the reform of township law enforcement
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n组建镇综合行政执法大队，5名执法人员取得资格。\n")
    assert canon(r, "Agency") == {"广西壮族自治区柳州市柳城县龙头镇综合行政执法大队"}
    # a district's or a city's force of no one field is a 支队 (Chongqing's districts)
    r = extract("綦江区2022年法治政府建设情况报告\n区综合行政执法支队开展执法案卷评查，市综合行政执法支队给予指导。\n")
    assert canon(r, "Agency") == {"重庆市綦江区综合行政执法支队", "重庆市综合行政执法支队"}
    # 队伍 (its staff, the enforcement teams) and 队员 open no 执法队
    r = extract("晋中市交通运输局2023年法治政府建设年度报告\n市综合行政执法队伍持续规范执法，镇综合行政执法队员参加培训。\n")
    assert canon(r, "Agency") == {"山西省晋中市交通运输局"}
    r = extract("晋中市交通运输局2023年法治政府建设年度报告\n市综合行政执法队开展执法。\n")
    assert canon(r, "Agency") == {"山西省晋中市交通运输局", "山西省晋中市综合行政执法队"}


def test_a_streets_own_bodies_written_after_the_word_streets(extract):
    # 街道 in a 街道's report, as 镇 in a town's: its own office of the township enforcement reform
    r = extract("龙湖区外砂街道办事处2022年法治政府建设年度报告\n街道综合行政执法办公室承接区下放执法事项，"
                "街道司法所开展调解。\n")
    street = "广东省汕头市龙湖区外砂街道"
    assert canon(r, "Agency") >= {f"{street}综合行政执法办公室", f"{street}司法所"}
    assert "广东省汕头市龙湖区综合行政执法办公室" not in canon(r, "Agency")
    # a city's streets, in the title of its law, are no one street's
    r = extract("朝阳区东湖街道2022年法治政府建设工作报告\n落实《北京市街道办事处条例》。\n")
    assert canon(r, "Agency") == set()
    # the street's rule-of-law committee written with the whole word (依法治街道委员会)
    r = extract("东莞市东城街道2022年法治政府建设年度报告\n召开全面依法治街道委员会会议。\n")
    assert canon(r, "Agency") == {"中共广东省东莞市东城街道工作委员会全面依法治街道委员会"}


def test_a_station_is_a_townships_not_its_districts(extract):
    # one 司法所 in each township: 西城区司法所 (in a title, the district's stations) is none
    r = extract("西城区2023年法治政府建设情况报告\n编制《西城区司法所高质量发展评估指标体系》，"
                "德胜街道司法所率先试点。\n")
    assert canon(r, "Agency") >= {"北京市西城区德胜街道司法所"}
    assert "北京市西城区司法所" not in canon(r, "Agency")


def test_a_forest_districts_and_a_special_districts_own_bodies(extract):
    # 神农架林区 and 六枝特区 are county-level divisions whose kind word has two characters:
    # 林区党委, 林区政府, 特区司法局 in their own reports are theirs (林区 and 特区 are words too)
    r = extract("神农架林区2022年法治政府建设情况报告\n在林区党委的领导下，林区政府深入推进法治政府建设，"
                "林区司法局组织开展法治宣传。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Agency"}
    assert found == {"中共湖北省神农架林区委员会": ["林区党委"], "湖北省神农架林区人民政府": ["林区政府"],
                     "湖北省神农架林区司法局": ["林区司法局"]}
    r = extract("六枝特区2021年法治政府建设年度报告\n特区党委、特区政府高度重视法治建设。\n")
    assert canon(r, "Agency") == {"中共贵州省六盘水市六枝特区委员会", "贵州省六盘水市六枝特区人民政府"}
    # elsewhere a forest area's or a special zone's government is no one body of the report's
    r = extract(PINGCHENG + "国有林区政府职能转变，经济特区政府先行先试。\n")
    assert canon(r, "Agency") == set()


def test_a_county_named_with_one_character_before_its_level_word_again(extract):
    # 浚县县委: the county's committee, its name written in full (the report's publisher)
    r = extract("中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告\n"
                "中共浚县县委、浚县人民政府印发《浚县行政执法办法》，浚县县委常委会审议。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Agency"}
    assert found["中共河南省鹤壁市浚县委员会"] == ["中共浚县县委"]
    assert found["中共河南省鹤壁市浚县委员会常务委员会"] == ["浚县县委常委会"]
    assert r["publisher"] == "中共河南省鹤壁市浚县委员会"


def test_a_station_named_after_a_townships_stem(extract):
    # a county's stations go by the township's name without 镇 (太平司法所), in the county's
    # report and in those of the townships a station also serves; a verb is no township's
    # name (尤溪县 has a 联合镇: 联合派出所 is 'together with the police station')
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n组织太平司法所、沙埔派出所工作人员普法。\n")
    county = "广西壮族自治区柳州市柳城县"
    assert {f"{county}太平镇司法所", f"{county}沙埔镇派出所"} <= canon(r, "Agency")
    assert f"{county}龙头镇司法所" not in canon(r, "Agency")
    r = extract("尤溪县2023年法治政府建设情况报告\n县司法局联合派出所开展普法。\n")
    assert not any("联合镇" in a for a in canon(r, "Agency"))


def test_bare_party_committee_outside_a_township_is_no_one(extract):
    r = extract(PINGCHENG + "各级党委和基层党委落实责任，党委书记带头。\n")
    assert not any(a.startswith("中共") for a in canon(r, "Agency"))


def test_autonomous_region_party_committee(extract):
    r = extract("内蒙古自治区2022年法治政府建设情况报告\n自治区党委依法治区办组织督察。\n")
    assert {"中共内蒙古自治区委员会全面依法治区委员会办公室"} <= canon(r, "Agency")
    # its own report names the committee's organs after 党委 alone
    r = extract("内蒙古自治区2022年法治政府建设情况报告\n纳入党委常委会年度工作要点，召开党委全面依法治区委员会会议。\n")
    assert canon(r, "Agency") == {"中共内蒙古自治区委员会常务委员会",
                                  "中共内蒙古自治区委员会全面依法治区委员会"}
    # (a rule for every level's committees is no one's; nor a district's 党委常委会)
    r = extract("内蒙古自治区2022年法治政府建设情况报告\n各级党委常委会要听取法治建设汇报。\n")
    assert canon(r, "Agency") == set()
    r = extract(PINGCHENG + "党委常委会审议，党委全面依法治区委员会召开会议。\n")
    assert canon(r, "Agency") == set()


def test_deputies_need_their_congress_named(extract):
    r = extract(PINGCHENG + "办理人大代表建议和政协委员提案，区人大代表视察。\n")
    assert canon(r, "Agency") == {"山西省大同市平城区人民代表大会"}
    # nor a chairman (人大主席: a township congress's; 政协主席), bare
    r = extract("宝山区罗店镇2020年度法治政府建设情况报告\n成立以镇党委书记为主任、镇长和人大主席为副主任的委员会。\n")
    assert canon(r, "Agency") == {"中共上海市宝山区罗店镇委员会"}


def test_publisher_from_the_page_header(extract):
    r = extract("太原市2024年法治政府建设年度报告\n时间:2025-03-24      来源: 太原市司法局       字号:[ ]\n"
                "2024年，我市推进依法行政。\n")
    assert r["publisher"] == "山西省太原市司法局"
    assert "山西省太原市司法局" in canon(r, "Agency")
    # the issuing body's field (发文机构) and the author's, where a body wrote the page
    r = extract("2023年度长宁区应急管理局法治政府建设情况报告\n  • 发文机构:上海市长宁区应急管理局\n"
                "2023年，长宁区应急管理局推进法治建设。\n")
    assert r["publisher"] == "上海市长宁区应急管理局"
    r = extract("长宁区2023年法治政府建设年度报告\n来源:本网  作者:上海市长宁区司法局  发布日期:2024-01-29\n"
                "2023年，长宁区推进法治建设。\n")
    assert r["publisher"] == "上海市长宁区司法局"
    # both a body as the source and one as the author: the source published it, the author
    # drafted it for the source
    r = extract("栾川县2023年法治政府建设情况报告\n作者：县司法局 来源：栾川县人民政府 发布时间：2024-02-01\n"
                "2023年，栾川县坚持依法行政。\n")
    assert r["publisher"] == "河南省洛阳市栾川县人民政府"


def test_publisher_field_naming_a_township(extract):
    r = extract("新驿镇2025年度法治政府建设工作汇报\n| 发布机构 | 兖州区新驿镇 | 组配分类 | 年报 |\n"
                "2025年，新驿镇在区委领导下推进法治建设。\n")
    assert r["publisher"] == "山东省济宁市兖州区新驿镇人民政府"
    # a table's cell after the label's colon (发布机构: | 河东区汤头街道 |)
    r = extract("成文日期: | 2025-02-14 | 发布日期: | 2025-02-14 |\n发布机构: | 河东区汤头街道 |\n"
                "2024年，汤头街道在区委、区政府的坚强领导下推进法治建设。\n")
    assert r["publisher"] == "山东省临沂市河东区汤头街道办事处"


def test_a_coordinating_group_is_named_as_a_leading_group_is(extract):
    r = extract("密云区2019年法治政府建设报告\n由区长任密云区推进依法行政工作协调小组组长。"
                "调整区委全面依法治区委员会及各协调小组成员。\n")
    assert canon(r, "Agency") == {"北京市密云区推进依法行政工作协调小组",
                                  "中共北京市密云区委员会全面依法治区委员会"}
    # nor the words of a meeting before one (…工作会议暨执法协调小组(扩大)会议)
    r = extract("上海市嘉定区人民政府2022年度法治政府建设情况报告\n召开区法治政府建设工作会议暨执法协调小组"
                "(扩大)会议，召开市法治政府建设工作会议暨领导小组会议。\n")
    assert canon(r, "Agency") == {"上海市嘉定区人民政府"}


def test_a_rule_of_law_committees_group_under_the_committees_full_name(extract):
    r = extract("大同市2023年法治政府建设情况报告\n市委依法治市委员会守法普法协调小组、"
                "市委依法治市办执法协调小组召开会议。\n")
    assert {"中共山西省大同市委员会全面依法治市委员会守法普法协调小组",
            "中共山西省大同市委员会全面依法治市委员会办公室执法协调小组"} <= canon(r, "Agency")


def test_named_groups_with_a_level_word_or_a_long_name(extract):
    r = extract("关于安庆市2020年度法治政府建设情况的报告\n及时调整市推进依法行政工作领导小组，"
                "履行省法治政府建设工作领导小组办公室职责。由县长任双组长的法治政府建设领导小组统筹。\n")
    agencies = canon(r, "Agency")
    assert {"安徽省安庆市推进依法行政工作领导小组", "安徽省法治政府建设工作领导小组办公室"} <= agencies
    assert not any("县长" in a for a in agencies)
    r = extract("西安市新城区2022年法治政府建设情况报告\n区委、区政府主要领导担任法治政府建设示范创建工作领导小组组长。\n")
    assert canon(r, "Agency") == {"中共陕西省西安市新城区委员会", "陕西省西安市新城区人民政府"}
    r = extract("海西州2020年度法治政府建设工作报告\n调整海西州深入推进依法行政加快建设法治政府工作领导小组。\n")
    assert "青海省海西蒙古族藏族自治州深入推进依法行政加快建设法治政府工作领导小组" in canon(r, "Agency")
    # after 以及, as after 和 or 及, the level word opens the group's name
    r = extract("郏县2023年法治政府建设情况报告\n县长等，以及县法治政府建设领导小组成员单位主要负责同志参加。\n")
    assert "河南省平顶山市郏县法治政府建设领导小组" in canon(r, "Agency")
    # a meeting's year between the verb and the level word
    r = extract("安徽省人民政府关于2021年法治政府建设情况的报告\n召开2021年省推进依法行政工作领导小组会议。\n")
    assert "安徽省推进依法行政工作领导小组" in canon(r, "Agency")
    # ... or after the region or body it is named after: the meeting's, not the group's
    r = extract("濮阳县2023年法治政府建设报告\n召开濮阳县2023年度法治政府建设领导小组会议，"
                "召开县委2023年全面依法治县工作领导小组会议。\n")
    assert {"河南省濮阳市濮阳县法治政府建设领导小组",
            "中共河南省濮阳市濮阳县委员会全面依法治县工作领导小组"} <= canon(r, "Agency")
    assert not any("2023" in a for a in canon(r, "Agency"))


def test_a_group_named_after_a_count_of_its_meetings(extract):
    # 召开3次, 两次, 第一次, 经过两轮: how many meetings stand between the verb and the level word
    r = extract("南昌县2019年法治政府建设情况报告\n全年召开3次县法治政府建设领导小组会议，"
                "召开2019年第一次县推进依法行政工作领导小组会议。"
                "经过两轮县机构改革领导小组组长会议研究审定。\n")
    assert {"江西省南昌市南昌县法治政府建设领导小组", "江西省南昌市南昌县推进依法行政工作领导小组",
            "江西省南昌市南昌县机构改革领导小组"} <= canon(r, "Agency")
    assert not any(c in a for a in canon(r, "Agency") for c in "次轮2")


def test_a_group_named_after_a_verb_and_its_aspect_particle(extract):
    # 成立了, 调整充实了: the verb's 了 (and a second verb) stand between it and the name
    r = extract("兴化市2023年法治政府建设情况报告\n成立了市法治政府建设领导小组，"
                "及时调整充实了市依法行政工作领导小组。\n")
    assert {"江苏省泰州市兴化市法治政府建设领导小组",
            "江苏省泰州市兴化市依法行政工作领导小组"} <= canon(r, "Agency")
    r = extract("金花街道2024年度法治政府建设工作情况报告\n调整充实了街道法治建设工作领导小组。\n")
    assert "广东省广州市荔湾区金花街道法治建设工作领导小组" in canon(r, "Agency")


def test_a_group_after_a_word_naming_a_basis(extract):
    # 根据 and 按照 open the group's name as a verb does: the level word after them is its region
    r = extract("江苏省2019年法治政府建设情况报告\n根据省全面推进依法行政工作领导小组办公室"
                "《关于规范报送2019年法治政府建设情况报告的通知》要求，现报告如下。\n")
    assert "江苏省全面推进依法行政工作领导小组办公室" in canon(r, "Agency")
    assert ("ISSUED", "江苏省全面推进依法行政工作领导小组办公室", "关于规范报送2019年法治政府建设情况报告的通知") \
        in {(x["type"], x["source"], x["target"]) for x in r["relations"]}
    r = extract("宁河区2024年法治政府建设情况报告\n按照区依法治区协调小组的部署开展普法。\n")
    assert "天津市宁河区依法治区协调小组" in canon(r, "Agency")


def test_a_group_after_a_body_and_a_conjunction_is_the_level_words(extract):
    r = extract("宜州区2019年法治政府建设工作总结\n严格按照河池市宜州区人民政府和区全面推进依法行政工作领导小组的要求。\n")
    assert canon(r, "Agency") == {"广西壮族自治区河池市宜州区人民政府",
                                  "广西壮族自治区河池市宜州区全面推进依法行政工作领导小组"}


def test_internal_divisions_after_their_department(extract):
    r = extract(SHANXI + "省司法厅法规处审核文件，由县司法局法制科具体承办。依法查处违法行为，推动科技创新。\n")
    agencies = canon(r, "Agency")
    assert {"山西省司法厅法规处"} <= agencies
    assert not any(a.endswith(("查处", "科技")) for a in agencies)
    # named with its head's title after a department's person, it is that department's
    r = extract("濮阳县2022年法治政府建设情况报告\n邀请省司法厅高级法律专务梁某、依法行政指导处处长陈某作专题报告。\n")
    assert "河南省司法厅依法行政指导处" in canon(r, "Agency")
    # a government's office and a commission have divisions too
    r = extract("长海县2020年度法治政府建设情况报告\n县政府办文书科负责公文审核，县发改委法规科参与。\n")
    assert {"辽宁省大连市长海县人民政府办公室文书科", "辽宁省大连市长海县发展和改革委员会法规科"} <= canon(r, "Agency")
    # a ministry's are 司 (not 司法: 部司法…)
    r = extract("交通运输部2023年法治政府建设年度报告\n教育部政策法规司指导，部法制司牵头起草《交通运输行政执法工作规定》。\n")
    assert {"教育部政策法规司", "交通运输部法制司"} <= canon(r, "Agency")
    assert ("交通运输部法制司", "交通运输行政执法工作规定") in rels(r, "ISSUED")
    # and only a ministry's: a province's office or department has 处, so a 司 in its report,
    # bare or after its name, is no division of its own
    r = extract("吉林省人民政府法制办公室2011年工作总结\n深入贯彻全国法制办主任、法规司司长会议精神，"
                "省司法厅法规司配合。\n")
    assert not any(a.endswith("司") for a in canon(r, "Agency"))
    # a ministry's or an administration's internal bureau (局) after its name, and only a
    # national body's (省公安厅法制局长 is a person's post; a province's department has 处)
    r = extract(SHANXI + "司法部法治督察局、公安部法制局、市场监管总局执法稽查局到我省调研，"
                "省公安厅法制局长、省司法厅法规局参加。\n")
    assert {"司法部法治督察局", "公安部法制局", "国家市场监督管理总局执法稽查局"} <= canon(r, "Agency")
    assert not any(a.startswith("山西省") and a.endswith("局") and "厅" in a for a in canon(r, "Agency"))
    # a department's general office, which issues in its own name
    r = extract(SHANXI + "省司法厅办公室印发《关于做好法治政府建设报告工作的通知》。\n")
    assert rels(r, "ISSUED") == {("山西省司法厅办公室", "关于做好法治政府建设报告工作的通知")}


def test_a_department_names_its_general_office_and_other_divisions_by_its_head(extract):
    # 厅办公室 in the department's own report: its general office, which issues in its name;
    # and divisions named in its 三定 plan by their work (安全监督处, 规划处)
    r = extract("山西省交通运输厅2023年法治政府建设情况报告\n厅办公室印发《山西省交通运输厅X办法》，"
                "厅安全监督处、厅综合规划处牵头。\n")
    assert canon(r, "Agency") == {"山西省交通运输厅", "山西省交通运输厅办公室", "山西省交通运输厅安全监督处",
                                  "山西省交通运输厅综合规划处"}
    assert {(rel["source"], rel["target"]) for rel in r["relations"] if rel["type"] == "ISSUED"} == \
        {("山西省交通运输厅办公室", "山西省交通运输厅X办法")}
    # a water department's supervision division (监督处 since the 2018 plans), not 监督处理
    r = extract("舟山市水利局2024年法治政府建设工作报告\n确定局监督处为水行政执法的牵头处室，加强监督处理。\n")
    assert canon(r, "Agency") == {"浙江省舟山市水利局", "浙江省舟山市水利局监督处"}
    # an ecological environment department's law and standards division (法规与标准处
    # since the 2018 plans, as the ministry's 法规与标准司), bare in its own report
    r = extract("江苏省生态环境厅2023年法治政府建设情况报告\n法规与标准处牵头开展执法案卷评查。\n")
    assert canon(r, "Agency") == {"江苏省生态环境厅", "江苏省生态环境厅法规与标准处"}
    # a justice bureau's, by the names of its 2019 plan
    r = extract("宝鸡市司法局2023年法治政府建设年度报告\n局公共法律服务管理科、人民参与和促进法治科、"
                "社区矫正管理科分工负责。\n")
    assert canon(r, "Agency") == {"陕西省宝鸡市司法局", "陕西省宝鸡市司法局公共法律服务管理科",
                                  "陕西省宝鸡市司法局人民参与和促进法治科", "陕西省宝鸡市司法局社区矫正管理科"}
    # any division or bureau named after its head, by words of its own (not 厅机关各处室),
    # not a bureau of the province (厅综合执法局)
    r = extract("湖南省交通运输厅2018年度法治政府部门建设情况报告\n厅运输处、厅公路局建立抽查清单，"
                "厅综合执法局推行“三项制度”，厅运输处处长参加，厅机关各处室和厅直属单位配合。\n")
    assert canon(r, "Agency") == {"湖南省交通运输厅", "湖南省交通运输厅运输处", "湖南省交通运输厅公路局",
                                  "湖南省交通运输厅综合执法局"}
    # no verb's or its party organ's words before a 局 (局召开局长办公会, 局党组研究通过局…)
    r = extract("杭州市人力资源和社会保障局2022年法治政府建设年度报告\n局召开局长办公会，"
                "局党组研究通过局2024年普法依法治理工作要点。\n")
    assert canon(r, "Agency") == {"浙江省杭州市人力资源和社会保障局", "中共浙江省杭州市人力资源和社会保障局党组"}


def test_a_department_names_its_own_divisions_and_party_committee_by_its_head(extract):
    """In 黑龙江省司法厅's own report (its title below a page's list bullet), 厅 is itself."""
    r = extract("  • 黑龙江省司法厅关于2023年法治政府建设情况的报告\n\n"
                "黑龙江省司法厅关于2023年法治政府建设情况的报告\n"
                "日期:2024-03-04 来源:厅法治督察处\n"
                "厅党委高度重视，由厅法规处牵头审核，各厅局配合，召开厅党组会议，省政府办公厅党组指导。\n")
    assert r["publisher"] == "黑龙江省司法厅"
    agencies = canon(r, "Agency")
    assert {"黑龙江省司法厅法治督察处", "黑龙江省司法厅法规处",
            "中共黑龙江省司法厅委员会", "中共黑龙江省司法厅党组"} <= agencies
    assert "中共黑龙江省人民政府办公厅党组" in agencies          # 办公厅's, not the 司法厅's
    # a department whose opening names it by its party group alone: its divisions are in its
    # province (PART_OF), so they may issue the province's titles
    r = extract("2021年，省自然资源厅党组坚持以习近平法治思想为指导。厅法规处牵头起草《湖北省土地管理实施办法"
                "（修订草案）》，报省政府审议。\n")
    assert ("湖北省自然资源厅法规处", "湖北省") in rels(r, "PART_OF")
    assert rels(r, "ISSUED") == {("湖北省自然资源厅法规处", "湖北省土地管理实施办法(修订草案)")}
    # another department's division written out: its 厅 ends that department's name
    r = extract("湖南省交通运输厅2022年法治政府建设情况报告\n厅法规处牵头，省生态环境厅法规与标准处参加，"
                "省司法厅党委指导。\n")
    agencies = canon(r, "Agency")
    assert {"湖南省交通运输厅法规处", "湖南省生态环境厅法规与标准处", "中共湖南省司法厅委员会"} <= agencies
    assert "湖南省交通运输厅法规与标准处" not in agencies
    # a city's bureau calls itself 市局 too (市局党委, 市局法制科, 市局稽查局); a district's
    # branch means its city's bureau by it, and no other word before 市局 makes it the bureau's
    r = extract("国家税务总局宜昌市税务局2023年法治税务建设情况报告\n一、市局党委召开会议专题研究法治建设，"
                "市局法制科牵头制定工作要点。市局稽查局查处案件45起。\n")
    assert {"中共国家税务总局湖北省宜昌市税务局委员会", "国家税务总局湖北省宜昌市税务局法制科",
            "国家税务总局湖北省宜昌市税务局稽查局"} <= canon(r, "Agency")
    # after a verb or a preposition too (通过区局党组…学习, 召开区局党委会议)
    r = extract("梅县区市场监督管理局2023年法治政府建设工作报告\n通过区局党组理论学习中心组学习，召开区局党委会议。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Agency"}
    assert found["中共广东省梅州市梅县区市场监督管理局党组"] == ["区局党组"]
    assert found["中共广东省梅州市梅县区市场监督管理局委员会"] == ["区局党委"]
    r = extract("宿迁市自然资源和规划局宿城分局2024年度法治政府建设工作报告\n2024年，我局认真贯彻落实市局党组和"
                "区委、区政府法治建设部署。\n")
    assert not any(a.endswith("党组") for a in canon(r, "Agency"))
    # its party committee's theory study group names the committee
    r = extract("厦门市应急管理局关于2025年度法治政府建设情况的报告\n将安全生产法纳入局党委理论学习中心组学习计划，"
                "市政府党组理论学习中心组专题学法。\n")
    assert {"中共福建省厦门市应急管理局委员会", "中共福建省厦门市人民政府党组"} <= canon(r, "Agency")
    # a branch bureau calls itself 分局 (分局党委)
    r = extract("广州市公安局增城区分局关于2023年度法治政府建设情况的报告\n分局党委会议8次专题研究法治政府建设。\n")
    assert "中共广东省广州市公安局增城区分局委员会" in canon(r, "Agency")
    # written out with 中共 and 委员会, heading the report jointly with the department
    r = extract("中共渠县教育局委员会 渠县教育局 关于2023年法治政府建设情况的报告\n"
                "来源:中共渠县教育局委员会 渠县教育局\n2023年，县教育系统推进依法治校，由政策法规股统筹。\n")
    assert {"中共四川省达州市渠县教育局委员会", "四川省达州市渠县教育局",
            "四川省达州市渠县教育局政策法规股"} <= canon(r, "Agency")
    assert r["publisher"] == "中共四川省达州市渠县教育局委员会"
    # and bare, where nothing before them is a name (设在…, 由…); a county's are 股
    r = extract("兰州市生态环境局2023年法治政府建设工作报告\n领导小组办公室设在政策法规科，由法制科审核，"
                "省厅法规处指导，安运法规股配合。\n")
    # (省厅法规处: the province's department's division, by its level word)
    assert canon(r, "Agency") == {"甘肃省兰州市生态环境局", "甘肃省兰州市生态环境局政策法规科",
                                  "甘肃省兰州市生态环境局法制科", "甘肃省生态环境厅法规处"}
    r = extract("开江县交通运输局2023年度法治政府建设年度报告\n办公室设在政策法规股。股东大会召开。\n")
    assert "四川省达州市开江县交通运输局政策法规股" in canon(r, "Agency")
    # or after its region's level word alone (市劳动保障监察支队 in the city's 人社局's report),
    # not another level's (县劳动保障监察大队: a county's, whose bureau is not named)
    r = extract("岳阳市人力资源和社会保障局2023年度法治政府建设情况报告\n市劳动保障监察支队开展根治欠薪专项行动，"
                "县劳动保障监察大队配合。\n")
    assert canon(r, "Agency") == {"湖南省岳阳市人力资源和社会保障局",
                                  "湖南省岳阳市人力资源和社会保障局劳动保障监察支队"}
    # the market regulators' enforcement divisions (执法稽查处 since the 2018 plans)
    r = extract("哈尔滨市市场监督管理局2022年法治政府建设情况报告\n局执法稽查处开展“铁拳”行动，稽查科查办案件。\n")
    assert {"黑龙江省哈尔滨市市场监督管理局执法稽查处", "黑龙江省哈尔滨市市场监督管理局稽查科"} <= canon(r, "Agency")
    # and the inspection brigades of the food and drug and market regulators (稽查大队), not
    # the verb after them (查处: no 稽查大队查处)
    r = extract("濮阳县食品药品监督管理局2016年法治工作总结\n2016年，县局稽查大队查处案件86起。\n")
    assert "河南省濮阳市濮阳县食品药品监督管理局稽查大队" in canon(r, "Agency")
    assert not {a for a in canon(r, "Agency") if a.endswith("查处")}
    r = extract("濮阳县城市管理局2022年法治政府建设情况报告\n局市容大队查处违规案件12起。\n")
    assert canon(r, "Agency") == {"河南省濮阳市濮阳县城市管理局", "河南省濮阳市濮阳县城市管理局市容大队"}
    r = extract("大同市环境保护局2016年依法行政工作报告\n市环境监察支队开展环保专项执法检查。\n")
    assert "山西省大同市环境保护局环境监察支队" in canon(r, "Agency")
    # a division whose name joins two functions is not a list's last division
    r = extract("嘉兴市教育局2021年度法治政府建设情况报告\n建立由校园安全与法规处牵头的工作机制，"
                "由办公室与法制科配合。\n")
    assert canon(r, "Agency") == {"浙江省嘉兴市教育局", "浙江省嘉兴市教育局法制科"}


def test_a_level_character_ending_a_word_is_no_prefix(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n推进社区便民服务中心建设，定期召开县委常委会。\n")
    agencies = canon(r, "Agency")
    assert "中共河南省濮阳市濮阳县委员会常务委员会" in agencies
    assert not any("便民服务中心" in a for a in agencies)
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n推进镇便民服务中心和社区便民服务中心建设。\n")
    assert canon(r, "Agency") == {"广西壮族自治区柳州市柳城县龙头镇便民服务中心"}
    # nor one ending a longer word (示范区党工委: a demonstration zone's, not the district's)
    r = extract("杨陵区2025年法治政府建设情况的报告\n在示范区党工委、管委会的坚强领导下，区委、区政府部署。\n")
    assert canon(r, "Agency") == {"中共陕西省咸阳市杨陵区委员会", "陕西省咸阳市杨陵区人民政府"}


def test_a_street_office_is_its_government(extract):
    r = extract("鲤城区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告\n"
                "2022年，我街道制定《金龙街道重大事项决策规则》，街道办事处聘请法律顾问。\n")
    office = "福建省泉州市鲤城区金龙街道办事处"
    assert r["publisher"] == office
    assert office in canon(r, "Agency")
    assert (office, "金龙街道重大事项决策规则") in rels(r, "ISSUED")
    r = extract("留下街道2022年度法治政府建设工作报告\n来源:留下街道 点击率:\n"
                "2022年，留下街道在区委领导下推进法治建设。\n")
    assert r["publisher"] == "浙江省杭州市西湖区留下街道办事处"


def test_more_bodies_of_state_and_party(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n县气象局、县保密局配合，县委老干部局组织学习。\n")
    assert {"河南省濮阳市濮阳县气象局", "河南省濮阳市濮阳县保密局",
            "中共河南省濮阳市濮阳县委员会老干部局"} <= canon(r, "Agency")


def test_a_group_named_after_a_branded_place_keeps_the_brand(extract):
    r = extract("石家庄市2016年法治政府建设情况报告\n调整了法治石家庄建设领导小组办公室。\n")
    assert "河北省石家庄市法治石家庄建设领导小组办公室" in canon(r, "Agency")


def test_both_names_of_the_approval_bureau_stay_as_written(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n县行政审批局和县行政审批服务局分别受理。\n")
    assert {"河南省濮阳市濮阳县行政审批局", "河南省濮阳市濮阳县行政审批服务局"} <= canon(r, "Agency")


def test_central_bodies_written_in_full(extract):
    r = extract(PINGCHENG + "中共中央组织部、中共中央宣传部和国务院审改办部署。\n")
    assert {"中共中央组织部", "中共中央宣传部", "国务院行政审批制度改革工作领导小组办公室"} <= canon(r, "Agency")
    assert "中共中央" not in canon(r, "Agency")


def test_a_townships_rule_of_law_committee_and_office(extract):
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n召开镇党委全面依法治镇委员会会议，镇依法治镇办牵头。\n")
    town = "中共广西壮族自治区柳州市柳城县龙头镇委员会"
    assert {f"{town}全面依法治镇委员会", f"{town}全面依法治镇委员会办公室"} <= canon(r, "Agency")


def test_a_township_has_no_cppcc_and_a_street_no_congress(extract):
    r = extract("坡子街街道2022年法治政府建设年度报告\n2022年，长沙市天心区坡子街街道完善党工委统一领导、人大、政协监督的工作机制。\n")
    assert {"湖南省长沙市天心区人民代表大会", "中国人民政治协商会议湖南省长沙市天心区委员会"} <= canon(r, "Agency")
    r = extract("新驿镇2022年法治政府建设年度报告\n2022年，济宁市兖州区新驿镇完善党委统一领导、人大、政协监督的工作机制。\n")
    assert {"山东省济宁市兖州区新驿镇人民代表大会", "中国人民政治协商会议山东省济宁市兖州区委员会"} <= canon(r, "Agency")
    # nor a congress's standing committee: the one its report answers to is its county's
    r = extract("新驿镇2022年法治政府建设年度报告\n依法接受人大及其常委会监督，配合人大常委会开展执法检查。\n")
    assert canon(r, "Agency") == {"山东省济宁市兖州区新驿镇人民代表大会", "山东省济宁市兖州区人民代表大会常务委员会"}


def test_a_municipalitys_bodies_by_their_own_names(extract):
    # 北京市交通委员会, 上海市交通委员会 (not the 交通运输委员会 the grammar writes 交通委 out to,
    # as Tianjin's is)
    r = extract("北京市2023年法治政府建设情况报告\n市交通委、市卫生健康委开展执法，上海市交通委员会配合。\n")
    assert canon(r, "Agency") == {"北京市交通委员会", "北京市卫生健康委员会", "上海市交通委员会"}
    r = extract("天津市2023年法治政府建设情况报告\n市交通委开展执法。\n")
    assert canon(r, "Agency") == {"天津市交通运输委员会"}


def test_a_cultural_heritage_bureau(extract):
    r = extract("大同市2024年法治政府建设情况报告\n市文物局、灵丘县文物局开展文物执法，国家文物局指导。\n")
    assert canon(r, "Agency") == {"山西省大同市文物局", "山西省大同市灵丘县文物局", "国家文物局"}


def test_a_party_committees_decision_making_committees_by_their_short_names(extract):
    r = extract("灵丘县2023年法治政府建设报告\n县委财经委、县委审计委、县委外事办和县委保密委召开会议。\n")
    assert canon(r, "Agency") == {"中共山西省大同市灵丘县委员会" + body for body in
                                  ("财经委员会", "审计委员会", "外事工作委员会办公室", "保密委员会")}
    # a province's inspection office (巡视), as a county's (巡察)
    r = extract("山西省2023年法治政府建设报告\n省委巡视办开展巡视。\n")
    assert canon(r, "Agency") == {"中共山西省委员会巡视工作领导小组办公室"}


def test_a_governments_reconsideration_committee(extract):
    # the committee each government of a county and above sets up (行政复议法 2023, art. 52)
    r = extract("义乌市2023年法治政府建设报告\n市政府行政复议委员会审议案件，开展行政复议委员会试点，"
                "整合行政复议资源，行政复议办案质量提升。\n")
    assert canon(r, "Agency") == {"浙江省金华市义乌市人民政府行政复议委员会"}
    # and its office, which takes the cases in
    r = extract("南平市2018年依法行政工作情况报告\n市政府行政复议委员会办公室受理行政复议案件98件。\n")
    assert canon(r, "Agency") == {"福建省南平市人民政府行政复议委员会办公室"}


def test_a_streets_discipline_and_congress_working_committees(extract):
    # a 街道 has a working committee of the party (党工委) and its discipline working committee
    # (纪工委), sent by the district's
    r = extract("坡子街街道2022年法治政府建设年度报告\n街道纪工委加强监督，纪工委开展专项检查。\n")
    assert canon(r, "Agency") == {"中共湖南省长沙市天心区坡子街街道纪律检查工作委员会"}
    # and the working committee its district's congress standing committee sends there (a 街道
    # has no congress), written 街道人大工委, 人大街道工委 or bare; each street's in a district's
    # report is no one body
    r = extract("坡子街街道2022年法治政府建设年度报告\n街道人大工委依法开展监督，人大街道工委听取报告。\n")
    assert canon(r, "Agency") == {"湖南省长沙市天心区人民代表大会常务委员会坡子街街道工作委员会"}
    r = extract("天心区2022年法治政府建设年度报告\n各街道人大工委依法开展监督。\n")
    assert canon(r, "Agency") == set()
    # a 盟's, from the autonomous region's standing committee
    r = extract("阿拉善盟2022年法治政府建设情况报告\n盟司法局、盟人大工委开展执法检查。\n")
    assert "内蒙古自治区人民代表大会常务委员会阿拉善盟工作委员会" in canon(r, "Agency")


def test_a_division_in_brackets_after_another_department_is_that_departments(extract):
    r = extract("古丈县司法局关于2024年度法治政府建设情况的报告\n"
                "组织县公安局(交警大队)等20余家行政执法部门召开推进会，局政策法规股(行政审批股)负责审查。\n")
    agencies = canon(r, "Agency")
    assert "湖南省湘西土家族苗族自治州古丈县公安局交警大队" in agencies
    assert "湖南省湘西土家族苗族自治州古丈县司法局交警大队" not in agencies
    # after the publisher's own division, the other name of a division of its own
    assert "湖南省湘西土家族苗族自治州古丈县司法局行政审批股" in agencies


def test_a_courts_and_a_procuratorates_divisions(extract):
    r = extract("灵丘县2023年法治政府建设报告\n县法院行政审判庭、县检察院第一检察部、市中级人民法院执行局开展工作。\n")
    assert {"山西省大同市灵丘县人民法院行政审判庭", "山西省大同市灵丘县人民检察院第一检察部",
            "山西省大同市中级人民法院执行局"} <= canon(r, "Agency")


def test_a_short_form_names_the_body_of_its_reports_year(extract):
    # 粮食局: the 粮食局 before the 2018 reform, the 粮食和物资储备局 since
    r = extract("山西省2015年依法行政工作报告\n省粮食局开展执法。\n")
    assert canon(r, "Agency") == {"山西省粮食局"}
    r = extract("山西省2020年法治政府建设报告\n省粮食局开展执法。\n")
    assert canon(r, "Agency") == {"山西省粮食和物资储备局"}
    # and by the short name of 国发〔2018〕7号's national bureau
    r = extract("山西省2020年法治政府建设报告\n省粮食和储备局开展执法。\n")
    assert canon(r, "Agency") == {"山西省粮食和物资储备局"}


def test_a_committees_departments_listed_after_its_first(extract):
    # 县委组织部、宣传部、统战部: the committee written once; not 宣传部门 (a kind of body); and
    # the government's office after the committee's (县委办、政府办)
    r = extract("灵丘县2023年法治政府建设报告\n县委组织部、宣传部、统战部参加，县委政法委和编办配合，"
                "县委组织部、宣传部门负责，县委办、政府办牵头。\n")
    assert canon(r, "Agency") == {"中共山西省大同市灵丘县委员会" + d for d in
                                  ("组织部", "宣传部", "统一战线工作部", "政法委员会", "机构编制委员会办公室", "办公室")} \
        | {"山西省大同市灵丘县人民政府办公室"}


def test_a_congresss_presidium(extract):
    # a township's congress acts between its sessions through its presidium (主席团), as a
    # county's through its standing committee
    r = extract("新驿镇2022年法治政府建设年度报告\n镇人大主席团依法开展监督，镇政府向镇人大主席团报告工作。\n")
    assert canon(r, "Agency") == {"山东省济宁市兖州区新驿镇人民代表大会主席团", "山东省济宁市兖州区新驿镇人民政府"}
    r = extract("新驿镇2022年法治政府建设年度报告\n自觉接受人大主席团的监督。\n")
    assert canon(r, "Agency") == {"山东省济宁市兖州区新驿镇人民代表大会主席团"}


def test_bodies_named_by_their_level_to_another_are_no_ones(extract):
    r = extract("清水县2023年法治政府建设报告\n各级政府应当向同级党委、人大常委会报告，向上一级政府报告。"
                "县政府向县人大常委会报告。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Agency"}
    assert found["甘肃省天水市清水县人民代表大会常务委员会"] == ["县人大常委会"]
    # a level alone names every body of that level (县级统计局负责人, 市级司法局)
    r = extract("河南省统计局2020年法治政府建设报告\n2020年，省统计局推进依法统计。举办县级统计局负责人培训班，"
                "指导市级司法局开展工作。\n")
    assert canon(r, "Agency") == {"河南省统计局"}
    assert not any("统计局" in e["aliases"] for e in r["entities"])
    # so does a count of levels (省市县三级统计局, 市县两级政府)
    r = extract("诸暨市统计局2024年度法治政府建设工作报告\n2024年，诸暨市统计局根据省市县三级统计局的部署开展普查。"
                "市县两级政府高度重视。\n")
    assert canon(r, "Agency") == {"浙江省绍兴市诸暨市统计局"}
    assert not any("统计局" in e["aliases"] for e in r["entities"])


def test_a_townships_bare_bureaus_are_its_countys(extract):
    # a township has stations (派出所) and offices (党政办), no bureaus or commissions
    r = extract("下蜀镇2024年法治政府建设情况报告\n镇党委邀请司法局、市场监管局开展培训，联合派出所开展整治。\n")
    assert {"江苏省镇江市句容市司法局", "江苏省镇江市句容市市场监督管理局",
            "江苏省镇江市句容市下蜀镇派出所"} <= canon(r, "Agency")
    r = extract("朝阳区东湖街道2024年法治政府建设情况报告\n街道邀请发改委开展培训。\n")
    assert canon(r, "Agency") == {"北京市朝阳区发展和改革委员会"}


def test_a_townships_office_that_serves_its_congress_is_no_congress(extract):
    # Guangdong's townships sign their party and government office 党政和人大办: one office
    r = extract("遂溪县河头镇人民政府2025年法治政府建设年度报告\n来源:党政和人大办 时间:2026-01-05\n"
                "镇党政和人大办公室牵头，镇人大主席团监督。\n")
    names = canon(r, "Agency")
    assert "广东省湛江市遂溪县河头镇党政和人大办公室" in names
    assert "广东省湛江市遂溪县河头镇人民代表大会" not in names


def test_a_streets_party_body_is_a_working_committee(extract):
    # 党工委 is the party's 工作委员会 in a street, which elects no committee of its own;
    # the street's page calling it 党委 means the same body; a town's 党委 is its 委员会
    r = extract("四季青街道2023年法治政府建设工作报告\n2023年，上城区四季青街道党工委、办事处推进法治建设，"
                "街道党委书记带头学法。\n")
    assert "中共浙江省杭州市上城区四季青街道工作委员会" in canon(r, "Agency")
    assert "中共浙江省杭州市上城区四季青街道委员会" not in canon(r, "Agency")
    r = extract("新驿镇2022年法治政府建设年度报告\n2022年，济宁市兖州区新驿镇党委推进法治建设。\n")
    assert "中共山东省济宁市兖州区新驿镇委员会" in canon(r, "Agency")
    # 工委 after a street's name is that committee too, and a street has its rule-of-law
    # committee and office (依法治街委员会, 依法治街办) under it
    r = extract("东阳市2023年法治政府建设情况报告\n中共东阳市白云街道工委全面依法治街委员会办公室揭牌。\n")
    street = "中共浙江省金华市东阳市白云街道工作委员会"
    assert canon(r, "Agency") == {street + "全面依法治街委员会办公室"}
    r = extract("白云街道2023年法治政府建设情况报告\n2023年，东阳市白云街道推进法治建设。"
                "街道党工委依法治街委员会召开会议，依法治街办开展督察。\n")
    assert {street + "全面依法治街委员会", street + "全面依法治街委员会办公室"} <= canon(r, "Agency")
    # a street's page calling it 街道工委 bare, as Beijing's streets do
    r = extract("东湖街道2024年度法治政府建设情况报告\n2024年，朝阳区东湖街道积极贯彻习近平法治思想。"
                "街道工委、办事处坚持党建引领。\n")
    assert canon(r, "Agency") == {"中共北京市朝阳区东湖街道工作委员会", "北京市朝阳区东湖街道办事处"}


def test_an_online_service_named_after_a_bureau_is_no_body(extract):
    r = extract("2017年，山东省推进依法行政。10月份“山东地税电子税务局”正式上线，省税务局推广网上税务局。\n")
    agencies = [e for e in r["entities"] if e["type"] == "Agency"]
    assert [(a["canonical"], a["aliases"]) for a in agencies] == [("山东省税务局", ["省税务局"])]


def test_a_member_of_a_committee_is_no_committee(extract):
    r = extract("中村乡2022年法治政府建设工作情况报告\n2022年，禄丰市中村乡由乡人民政府乡长任组长，政法委员为副组长，乡纪委委员参加。\n")
    assert canon(r, "Agency") == {"云南省楚雄彝族自治州禄丰市中村乡人民政府", "中共云南省楚雄彝族自治州禄丰市中村乡纪律检查委员会"}


def test_an_untitled_departments_report_names_its_party_organs_by_its_head(extract):
    r = extract("2022年，省司法厅坚持以习近平新时代中国特色社会主义思想为指导，扎实推进依法行政，法治政府建设取得新成效。\n"
                "厅党委第一时间召开全系统学习动员部署会，印发通知和方案。\n")
    assert "中共广东省司法厅委员会" not in canon(r, "Agency")       # no province named: whose?
    r = extract("2022年，广东省司法厅坚持以习近平新时代中国特色社会主义思想为指导，扎实推进依法行政，法治政府建设取得新成效。\n"
                "厅党委第一时间召开全系统学习动员部署会，印发通知和方案。\n")
    assert "中共广东省司法厅委员会" in canon(r, "Agency")
    r = extract("2022年，司法部坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设，各项工作取得重要进展和成效。\n"
                "部党组先后召开6次部党组会，学习贯彻党的二十大精神。\n")
    assert canon(r, "Agency") == {"司法部", "中共司法部党组"}
    r = extract("2021年，兰州市交通运输委员会深入学习贯彻习近平法治思想，扎实推进交通运输法治政府部门建设，取得新成效。\n委党组履行法治政府建设主体责任。\n")
    assert "中共甘肃省兰州市交通运输委员会党组" in canon(r, "Agency")


def test_a_ministrys_party_organs_named_after_it(extract):
    # written out with 中共 or not; a title of office after 党组 (副书记) names a person's post
    r = extract(PINGCHENG + "《中共中国气象局党组关于全面推进气象法治建设的意见》印发，水利部党组提出要求，"
                "国家税务总局党委部署工作，农业农村部党组副书记讲话。\n")
    assert {"中共中国气象局党组", "中共水利部党组", "中共国家税务总局委员会", "农业农村部"} <= canon(r, "Agency")
    assert "中共农业农村部党组" not in canon(r, "Agency")
    assert ("中共中国气象局党组", "中共中国气象局党组关于全面推进气象法治建设的意见") in rels(r, "ISSUED")


def test_the_staffing_office_named_without_its_party_committee(extract):
    r = extract("2018年，鹤岗市推进行政审批制度改革，由市编办提出调整意见，省委编办审核。\n")
    assert {"中共黑龙江省鹤岗市委员会机构编制委员会办公室", "中共黑龙江省委员会机构编制委员会办公室"} <= canon(r, "Agency")


def test_congress_committees_and_reformed_departments(extract):
    r = extract("太原市司法局2022年法治政府建设年度报告\n2022年，市行政审批服务管理局、市营商环境建设局、"
                "市人大常委会法工委、市人大法制委参加。\n")
    assert {"山西省太原市行政审批服务管理局", "山西省太原市营商环境建设局",
            "山西省太原市人民代表大会常务委员会法制工作委员会",
            "山西省太原市人民代表大会法制委员会"} <= canon(r, "Agency")
    # 人大法工委: the standing committee's legislative affairs commission, written short
    r = extract("太原市司法局2022年法治政府建设年度报告\n市人大法工委参加。\n")
    assert canon(r, "Agency") >= {"山西省太原市人民代表大会常务委员会法制工作委员会"}
    assert "山西省太原市人民代表大会" not in canon(r, "Agency")


def test_a_cppcc_committees_special_committee(extract):
    # 政协社会和法制委员会: one of a CPPCC committee's special committees, by its name as
    # written (社会法制委员会 where a county's drops 和); 政协委员 is none
    r = extract("亭湖区2023年法治政府建设工作报告\n区政协社会和法制委员会、区政协提案委员会开展视察，"
                "区政协委员提出建议。\n")
    assert {"中国人民政治协商会议江苏省盐城市亭湖区委员会社会和法制委员会",
            "中国人民政治协商会议江苏省盐城市亭湖区委员会提案委员会"} <= canon(r, "Agency")
    r = extract("沛县2023年法治政府建设工作报告\n县政协社会法制委员会开展民主监督。\n")
    assert "中国人民政治协商会议江苏省徐州市沛县委员会社会法制委员会" in canon(r, "Agency")


def test_bureaus_of_earlier_years_and_words_that_only_look_like_bureaus(extract):
    r = extract("大同市2013年依法行政工作报告\n2013年，市文化局、市旅游局、市文广新局、市人口计生委、市畜牧局、市农机局参加。\n")
    assert {"山西省大同市文化局", "山西省大同市旅游局", "山西省大同市文化广电新闻出版局",
            "山西省大同市人口和计划生育委员会", "山西省大同市畜牧兽医局", "山西省大同市农业机械局"} <= canon(r, "Agency")
    r = extract("濮阳县2022年法治政府建设情况报告\n2022年，县政府形成法治文化局面，打开民政局面，扭转审计局势，"
                "突破统计局限，改善卫生局部条件，县司法局面向社会公开。\n")
    assert canon(r, "Agency") == {"河南省濮阳市濮阳县人民政府", "河南省濮阳市濮阳县司法局"}
    r = extract("濮阳县2022年法治政府建设情况报告\n2022年，县政府制定财政办法，教育部署到位，税务部署，交通运输部署。\n")
    assert canon(r, "Agency") == {"河南省濮阳市濮阳县人民政府"}


def test_a_governments_bodies_named_by_their_kind_are_no_government(extract):
    r = extract(SHANXI + "如，大同、晋中、忻州等市政府法制机构参与了本级政府目标责任考核，省政府部门普遍建立了法律顾问制度。"
                "太原市政府办公厅印发了通知。\n")
    names = canon(r, "Agency")
    assert not {"山西省大同市人民政府", "山西省晋中市人民政府", "山西省忻州市人民政府"} & names
    assert "山西省太原市人民政府办公厅" in names


def test_a_congress_named_with_its_term_and_a_heading_broken_over_lines(extract):
    r = extract("西乌珠穆沁旗人民政府2024年度法治政府建设情况报告\n2025年3月17日在西乌珠穆沁旗第十六届人民代表大会\n"
                "常务委员会第二十四次会议上\n主任、各位副主任、委员：\n2024年，旗政府扎实推进依法行政。\n")
    congress = [e for e in r["entities"] if e["canonical"].endswith("西乌珠穆沁旗人民代表大会常务委员会")]
    assert congress and congress[0]["aliases"] == ["西乌珠穆沁旗第十六届人民代表大会常务委员会"]
    # the mention keeps the text as the file has it, line break and all
    assert "\n" in congress[0]["mentions"][0]["text"]
    # the term written without 第, after a level word: that level's congress, not the report's
    r = extract("南昌县2019年法治政府建设工作报告\n市十五届人大常委会第十次会议审议通过《南昌市Y条例》，"
                "县十八届人大三次会议召开。\n")
    assert canon(r, "Agency") == {"江西省南昌市人民代表大会常务委员会", "江西省南昌市南昌县人民代表大会"}
    assert rels(r, "ISSUED") == {("江西省南昌市人民代表大会常务委员会", "南昌市Y条例")}


def test_a_courts_level_follows_its_regions(extract):
    r = extract(SHANXI + "省法院、省检察院加强行政审判监督，太原市中院、大同市人民法院和平城区人民法院积极配合，"
                "太原市中级法院开展府院联动。\n")
    names = canon(r, "Agency")
    assert {"山西省高级人民法院", "山西省太原市中级人民法院", "山西省大同市中级人民法院",
            "山西省大同市平城区人民法院"} <= names
    assert "山西省人民法院" not in names and "山西省大同市人民法院" not in names
    # 高院, the high court's short name (省高院 as 市中院)
    r = extract(SHANXI + "省高院、省检察院联合开展行政审判监督。\n")
    assert "山西省高级人民法院" in canon(r, "Agency")
    # a municipality's intermediate courts are numbered, and are the municipality's
    r = extract("东城区2024年法治政府建设报告\n北京市第四中级人民法院行政庭庭长讲解，北京市第二中院审理。\n")
    assert {"北京市第四中级人民法院", "北京市第二中级人民法院"} <= canon(r, "Agency")
    # so are the basic courts of a city with no county, and they are the city's
    r = extract("东莞市2025年法治政府建设年度报告\n全力配合东莞市第二人民法院设立巡回法庭。\n")
    assert canon(r, "Agency") == {"广东省东莞市第二人民法院"}
    # special courts, named by their city's name without its level word, as they sign it
    r = extract("南京市2022年法治政府建设情况报告\n南京铁路运输法院集中管辖全市行政案件，与郑州铁路运输中级法院、"
                "广州互联网法院、上海海事法院和上海市金融法院交流。各地海事法院审理案件。\n")
    assert {"南京铁路运输法院", "郑州铁路运输中级法院", "广州互联网法院", "上海海事法院", "上海金融法院"} \
        <= canon(r, "Agency")
    court = next(x for x in r["relations"] if x["type"] == "PART_OF" and x["source"] == "南京铁路运输法院")
    assert court["target"] == "江苏省/南京市"
    assert not any(n.endswith("海事法院") and n.startswith("各地") for n in canon(r, "Agency"))
    # a customs district named after its city; a province's telecommunications and postal bureaus
    r = extract("青岛市2022年法治政府建设情况报告\n青岛海关、山东省通信管理局、山东省邮政管理局联合开展执法，"
                "配合海关总署工作。\n")
    assert {"青岛海关", "山东省通信管理局", "山东省邮政管理局"} <= canon(r, "Agency")


def test_a_national_administrations_units_named_after_the_region_they_serve(extract):
    # the survey teams, the central bank's branches, the financial regulator's offices: the
    # national name, the region (its stem or its full name, as the unit signs), the unit
    r = extract("大同市2023年法治政府建设情况报告\n国家统计局大同调查队、中国人民银行大同市中心支行、"
                "国家金融监督管理总局大同监管分局、人民银行灵丘县支行联合执法，国家统计局部署。\n")
    assert canon(r, "Agency") == {"国家统计局大同调查队", "中国人民银行大同市中心支行",
                                  "国家金融监督管理总局大同监管分局", "中国人民银行灵丘县支行", "国家统计局"}
    team = next(x for x in r["relations"] if x["type"] == "PART_OF" and x["source"] == "国家统计局大同调查队")
    assert team["target"] == "山西省/大同市"
    # a survey team, which no other body's unit is named like, without the national name
    r = extract("大同市2023年法治政府建设情况报告\n大同调查队、灵丘调查队和山西调查总队开展统计执法。\n")
    assert canon(r, "Agency") == {"国家统计局大同调查队", "国家统计局灵丘调查队", "国家统计局山西调查总队"}


def test_regions_listed_before_a_body_each_have_it(extract):
    # 昆明市、曲靖市国土资源局: each city's bureau; not a region of another level
    r = extract("云南省2015年依法行政工作报告\n昆明市、曲靖市国土资源局被评为先进集体。\n")
    assert {"云南省昆明市国土资源局", "云南省曲靖市国土资源局"} <= canon(r, "Agency")
    r = extract(PINGCHENG + "大同市、平城区司法局开展工作。\n")
    assert "山西省大同市司法局" not in canon(r, "Agency")


def test_a_list_of_bodies_writes_its_region_once(extract):
    # 自治区人大常委会、政府、政协、高级法院: each item after the first is the same region's
    r = extract("广西壮族自治区2022年法治政府建设情况报告\n"
                "自治区党委听取自治区人大常委会、政府、政协、高级法院、检察院工作汇报。\n")
    assert {"广西壮族自治区人民政府", "中国人民政治协商会议广西壮族自治区委员会",
            "广西壮族自治区高级人民法院", "广西壮族自治区人民检察院"} <= canon(r, "Agency")
    # in a district's report, the city's bodies listed after the city's first
    r = extract(PINGCHENG + "市人大常委会、政协开展视察。市司法局、财政局联合发文。\n")
    names = canon(r, "Agency")
    assert {"中国人民政治协商会议山西省大同市委员会", "山西省大同市财政局"} <= names
    assert "山西省大同市平城区财政局" not in names


def test_more_working_bodies_of_a_party_committee(extract):
    r = extract(SHANXI + "省委编委、省委改革办、省委政研室、省委农办、省委巡察办参与督察。\n")
    prefix = "中共山西省委员会"
    assert {prefix + b for b in ("机构编制委员会", "全面深化改革委员会办公室", "政策研究室",
                                 "农村工作领导小组办公室", "巡察工作领导小组办公室")} <= canon(r, "Agency")


def test_committees_of_the_youth_league_and_democratic_parties_are_not_the_partys(extract):
    r = extract(PINGCHENG + "团区委、共青团平城区委、民盟平城区委和九三学社区委开展普法宣传。\n")
    assert not any(a.startswith("中共") for a in canon(r, "Agency"))
    r = extract(PINGCHENG + "团区委书记列席区委常委会。\n")
    assert {"中共山西省大同市平城区委员会常务委员会"} <= canon(r, "Agency")
    assert "中共山西省大同市平城区委员会" not in canon(r, "Agency")


def test_a_governments_office_written_府办(extract):
    r = extract(PINGCHENG + "区府办牵头，市府办督办，建立府院联动机制。\n")
    assert {"山西省大同市平城区人民政府办公室", "山西省大同市人民政府办公室"} <= canon(r, "Agency")
    assert not any("法院" in a for a in canon(r, "Agency"))


def test_a_city_bureaus_branch_in_a_district(extract):
    r = extract("广州市公安局增城区分局关于2023年度法治政府建设情况的报告\n2023年，我分局推进法治公安建设，"
                "与市公安局天河分局开展协作。\n")
    assert {"广东省广州市公安局增城区分局", "广东省广州市公安局天河区分局"} <= canon(r, "Agency")
    assert r["publisher"] == "广东省广州市公安局增城区分局"


def test_a_city_bureaus_branches_named_bare_in_its_own_report(extract):
    # 东宝分局 in 荆门市市场监督管理局's report: its branch in 东宝区; not in a list's middle
    # word (高新区分局: no district), nor in another body's report
    r = extract("荆门市市场监督管理局2020年法治政府建设工作报告\n局执法支队、东宝分局、掇刀分局、高新区分局"
                "全面落实“三项制度”。\n")
    assert {"湖北省荆门市市场监督管理局东宝区分局", "湖北省荆门市市场监督管理局掇刀区分局"} <= canon(r, "Agency")
    assert not any(a.endswith("高新区分局") for a in canon(r, "Agency"))
    r = extract("荆门市2020年法治政府建设工作报告\n东宝分局、掇刀分局全面落实“三项制度”。\n")
    assert not any(a.endswith("分局") for a in canon(r, "Agency"))
    # after a list's 一是, 三是 (the copula opens the item's words)
    r = extract("遵义市公安局2022年法治政府建设工作情况报告\n三是红花岗区分局、汇川区分局建成执法办案管理中心。\n")
    assert {"贵州省遵义市公安局红花岗区分局", "贵州省遵义市公安局汇川区分局"} <= canon(r, "Agency")


def test_a_city_bureaus_administration_in_a_district(extract):
    # a city bureau's branch may be a 管理局 or 监管局 named after the district it serves
    r = extract("2025年，市交通运输局龙岗管理局深入推进依法行政，与深圳市市场监督管理局龙岗监管局、"
                "市规划和自然资源局交通管理处开展协作。\n")
    assert {"广东省深圳市交通运输局龙岗区管理局", "广东省深圳市市场监督管理局龙岗区监管局"} <= canon(r, "Agency")
    assert not any("交通管理处" in a or a.endswith("局交通管理局") for a in canon(r, "Agency"))


def test_a_provinces_department_written_局_is_its_厅(extract):
    r = extract(PINGCHENG + "在省、市教育局指导下，省公安局、省统计局参加。\n")
    assert {"山西省教育厅", "山西省大同市教育局", "山西省公安厅", "山西省统计局"} <= canon(r, "Agency")
    r = extract("北京市2022年法治政府建设年度情况报告\n市公安局推进执法规范化建设。\n")
    assert "北京市公安局" in canon(r, "Agency")            # a municipality's stays 局


def test_人力社保局_and_no_cppcc_inside_行政协议(extract):
    r = extract("上城区2023年法治政府建设报告\n制定《上城区人力社保局行政合法性审查事项目录清单》，"
                "加强行政协议审查，做好行政协调。\n")
    assert canon(r, "Agency") >= {"浙江省杭州市上城区人力资源和社会保障局"}
    assert not any("政治协商会议" in a for a in canon(r, "Agency"))


def test_a_two_character_national_body_inside_a_word_is_none(extract):
    r = extract(PINGCHENG + "推行集中办公，全国办理案件。中办、国办印发《意见》。\n")
    names = canon(r, "Agency")
    assert {"中共中央办公厅", "国务院办公厅"} <= names
    r = extract(PINGCHENG + "推行集中办公，实现全国办理。\n")
    assert not canon(r, "Agency") & {"中共中央办公厅", "国务院办公厅"}


def test_national_bodies_by_their_own_short_names_and_none_made_local(extract):
    r = extract("广东省2022年法治政府建设报告\n在国家卫生健康委、国家药监局、国家林草局指导下，"
                "国家网信办参加，省卫生健康委推进。\n")
    names = canon(r, "Agency")
    assert {"国家卫生健康委员会", "国家药品监督管理局", "国家林业和草原局", "广东省卫生健康委员会"} <= names
    assert not names & {"广东省林业和草原局", "广东省食品药品监督管理局"}
    assert not any("网络安全和信息化" in n or "互联网信息" in n for n in names if n.startswith("广东"))
    # the State Council's institutions whose local bureaus report too (中国气象局, 中国地震局)
    r = extract("山东省气象局2023年度法治政府建设工作情况的报告\n2023年，在中国气象局和山东省委、省政府的"
                "正确领导下，山东省气象局配合中国地震局开展工作。\n")
    names = canon(r, "Agency")
    assert {"中国气象局", "中国地震局", "山东省气象局"} <= names
    assert "山东省地震局" not in names


def test_tax_bureaus_carry_the_national_name(extract):
    r = extract("国家税务总局大同市税务局2023年法治税务建设工作报告\n国家税务总局大同市税务局在"
                "国家税务总局山西省税务局的领导下推进依法治税，平城区税务局开展宣传。\n")
    names = canon(r, "Agency")
    # (平城区税务局, written without the national name, is the national administration's too)
    assert {"国家税务总局山西省大同市税务局", "国家税务总局山西省税务局",
            "国家税务总局山西省大同市平城区税务局"} <= names
    assert "国家税务总局" not in names and "山西省大同市税务局" not in names
    assert "山西省大同市平城区税务局" not in names
    assert r["publisher"] == "国家税务总局山西省大同市税务局"
    # the national name alone, or before a region that no bureau follows, is the administration
    r = extract("大同市2023年法治政府建设报告\n落实国家税务总局和国家税务总局大同市的部署。\n")
    assert "国家税务总局" in canon(r, "Agency")
    # before the 2018 merger a province's 税务局 was its own (beside the state's 国税局)
    r = extract("山西省2017年法治政府建设报告\n省税务局推进依法治税。\n")
    assert canon(r, "Agency") == {"山西省税务局"}


def test_a_national_bodys_general_office(extract):
    # 办公厅 after a ministry's or commission's name is its office, which issues in its name;
    # a body named as an office takes none
    r = extract("湖南省自然资源厅2023年法治政府建设年度报告\n落实自然资源部办公厅印发的《关于进一步规范自然资源"
                "行政执法的通知》，国家发展改革委办公厅、国务院办公厅、国家林业和草原局办公室的要求。\n")
    assert canon(r, "Agency") == {"湖南省自然资源厅", "自然资源部办公厅", "国家发展和改革委员会办公厅",
                                  "国务院办公厅", "国家林业和草原局办公室"}
    assert rels(r, "ISSUED") == {("自然资源部办公厅", "关于进一步规范自然资源行政执法的通知")}


def test_a_short_form_names_the_body_of_its_years(extract):
    # 药监局: the food and drug administration before the 2018 reform, the province's drug
    # administration since
    r = extract("山西省2020年法治政府建设报告\n省药监局开展执法检查。\n")
    assert canon(r, "Agency") == {"山西省药品监督管理局"}
    r = extract("山西省2016年法治政府建设报告\n省药监局开展执法检查。\n")
    assert canon(r, "Agency") == {"山西省食品药品监督管理局"}
    # (a county has none since: its 药监局 is the old name used loosely)
    r = extract("平城区2020年法治政府建设报告\n区药监局开展执法检查。\n")
    assert canon(r, "Agency") == {"山西省大同市平城区食品药品监督管理局"}


def test_central_party_offices_of_the_reform_plans(extract):
    r = extract("广东省2022年法治政府建设报告\n中央网信办、中央改革办、中央金融办、中央社会工作部参与，"
                "省委网信办参加。\n")
    names = canon(r, "Agency")
    assert {"中央网络安全和信息化委员会办公室", "中央全面深化改革委员会办公室", "中央金融委员会办公室",
            "中共中央社会工作部", "中共广东省委员会网络安全和信息化委员会办公室"} <= names
    assert "广东省金融工作办公室" not in names


def test_ministries_are_never_the_regions(extract):
    r = extract("广东省2022年法治政府建设报告\n文旅部、退役军人部、体育总局、金融监管总局、证监会、国管局、"
                "水产部参与，省委宣传部组织。\n")
    names = canon(r, "Agency")
    assert {"文化和旅游部", "退役军人事务部", "国家体育总局", "国家金融监督管理总局",
            "中国证券监督管理委员会", "国家机关事务管理局", "中共广东省委员会宣传部"} <= names
    assert not any(n.startswith("广东省") and n.endswith(("部", "总局")) for n in names)


def test_a_notices_addressees_by_kind_are_no_bodies_of_its_region(extract):
    r = extract("各设区市和省直管试点县(市)建设局、规划局、房管局、城管局:\n现将《江西省住房城乡建设法治"
                "建设实施方案》印发给你们。\n省住房和城乡建设厅\n2016年10月14日\n")
    assert canon(r, "Agency") == {"江西省住房和城乡建设厅"}
    assert r["title"] != "省住房和城乡建设厅"           # a signature, not a title


def test_a_place_named_with_ge_is_no_line_of_addressees(extract):
    # 赵各庄街道's first paragraph ends 报告如下： and holds a 各, in the street's own name
    r = extract("2024年，赵各庄街道坚持以习近平法治思想为指导，扎实推进法治政府建设。街道党工委、街道办事处"
                "高度重视，街道司法所认真履职。现将有关情况报告如下：\n一、主要工作\n")
    assert {"中共河北省唐山市古冶区赵各庄街道工作委员会", "河北省唐山市古冶区赵各庄街道办事处",
            "河北省唐山市古冶区赵各庄街道司法所"} <= canon(r, "Agency")


def test_a_group_named_by_a_level_word_after_a_conjunction_or_a_party_committee(extract):
    r = extract("江苏省民政厅关于2017年度法治政府建设情况的报告\n"
                "在省委、省政府的正确领导和省全面推进依法行政工作领导小组的具体指导下，省民政厅推进。"
                "禄丰市委全面依法治市工作领导小组召开会议。\n")
    names = {e["canonical"] for e in r["entities"] if e["type"] == "Agency"}
    assert "江苏省全面推进依法行政工作领导小组" in names
    assert "中共云南省楚雄彝族自治州禄丰市委员会全面依法治市工作领导小组" in names
    assert not any(n.endswith("禄丰市委全面依法治市工作领导小组") for n in names)


def test_central_commissions_of_the_reform_plans(extract):
    r = extract("鱼峰区审计局2025年法治政府建设年度报告\n学习习近平总书记在中央审计委员会会议上的讲话，"
                "中央财办、中央外办、中央党校的要求。\n")
    assert {"中央审计委员会", "中央财经委员会办公室", "中央外事工作委员会办公室", "中共中央党校"} <= canon(r, "Agency")


def test_ministries_by_their_short_official_names(extract):
    r = extract("平城区2022年法治政府建设报告\n住房城乡建设部、人力资源社会保障部、国家网信办联合印发《关于X的通知》。\n")
    assert {"住房和城乡建设部", "人力资源和社会保障部", "国家互联网信息办公室"} <= canon(r, "Agency")


def test_a_cppccs_special_committee_is_no_body_of_the_regions_own(extract):
    # (it is the CPPCC committee's: test_a_cppcc_committees_special_committee)
    r = extract("平城区2022年法治政府建设报告\n区政协社会法制委员会开展视察，区政府法制办审查。\n")
    assert canon(r, "Agency") == {"中国人民政治协商会议山西省大同市平城区委员会社会法制委员会",
                                  "山西省大同市平城区人民政府法制办公室"}


def test_a_beijing_township_areas_working_committee_and_office(extract):
    # Beijing's 地区 is a township its district runs through an office, as a 街道: its 地区工委
    # is the party's working committee, the government's own documents its office's, no
    # prefecture's 行政公署
    r = extract("来广营地区2023年法治政府建设工作报告\n2023年，来广营地区在朝阳区委、区政府的领导下坚持依法行政。"
                "地区工委高度重视法治建设。制定《来广营地区重大行政决策程序规定》。\n")
    assert {"中共北京市朝阳区来广营地区工作委员会"} <= canon(r, "Agency")
    assert rels(r, "ISSUED") == {("北京市朝阳区来广营地区办事处", "来广营地区重大行政决策程序规定")}
    # a prefecture's 地区 keeps its 行署
    r = extract("2023年，阿里地区坚持依法行政。制定《阿里地区行政规范性文件管理办法》。\n")
    assert rels(r, "ISSUED") == {("西藏自治区阿里地区行政公署", "阿里地区行政规范性文件管理办法")}


def test_a_prefectures_committee_and_commissioners_office(extract):
    # a county of 喀什地区 led by the 地委 and 行署; 自治区党委 is Xinjiang's, not the 地区's
    r = extract("叶城县2023年度法治政府建设工作报告\n2023年，在地委、行署的坚强领导下，叶城县坚持依法行政，"
                "全面落实党中央、自治区党委、地委关于法治政府建设工作部署，当地委托第三方开展评估。\n")
    names = {e["canonical"] for e in r["entities"] if e["type"] == "Agency"}
    assert {"中共新疆维吾尔自治区喀什地区委员会", "新疆维吾尔自治区喀什地区行政公署",
            "中共新疆维吾尔自治区委员会"} <= names
    assert "中共新疆维吾尔自治区喀什地区叶城县委员会" not in names      # (当地委托: no 地委)
    # 区党委 is the autonomous region's too: 区 is no 地区's level word
    r = extract("日土县2023年法治政府建设情况报告\n2023年，在地委、行署的坚强领导下，日土县坚持依法行政，"
                "落实党中央、区党委、地委关于法治建设的决策部署。\n")
    assert {"中共西藏自治区委员会", "中共西藏自治区阿里地区委员会"} <= canon(r, "Agency")
    # a 盟's, by its level word
    r = extract("西乌珠穆沁旗2023年法治政府建设情况报告\n2023年，盟行署印发《锡林郭勒盟行政规范性文件管理办法》。\n")
    assert ("内蒙古自治区锡林郭勒盟行政公署", "锡林郭勒盟行政规范性文件管理办法") in \
        rels(r, "ISSUED")
    # a county under a city has no 行署
    r = extract("滑县2023年法治政府建设情况报告\n2023年，在县委、行署的领导下，滑县坚持依法行政。\n")
    assert not any(e["canonical"].endswith("行政公署") for e in r["entities"])
    # the 地区's departments by its level word, the 地委's departments, the 行署's office
    r = extract("叶城县2023年度法治政府建设工作报告\n2023年，地委组织部、行署办公室、地区司法局和地区中级人民法院"
                "到叶城县调研，本地区司法所配合。\n")
    assert {"中共新疆维吾尔自治区喀什地区委员会组织部", "新疆维吾尔自治区喀什地区行政公署办公室",
            "新疆维吾尔自治区喀什地区司法局", "新疆维吾尔自治区喀什地区中级人民法院"} <= canon(r, "Agency")
    assert not any("地区司法所" in e["canonical"] for e in r["entities"])


def test_each_citys_bureau_is_no_one_body(extract):
    # 各市交通运输局: the cities' bureaus, not the province's own 交通运输厅
    r = extract("山东省交通运输厅2022年法治政府建设年度报告\n2022年，省交通运输厅坚持依法行政。"
                "厅属各单位、各市交通运输局扎实推进依法行政。\n")
    own = [e for e in r["entities"] if e["canonical"] == "山东省交通运输厅"]
    assert own and "交通运输局" not in own[0]["aliases"]
    # nor with the kinds counted with them in brackets: 各市（州）, 县（市、区）
    r = extract("四川省司法厅2023年法治政府建设年度报告\n指导各市（州）司法局开展工作，县（市、区）司法局全面推进。\n")
    own = [e for e in r["entities"] if e["canonical"] == "四川省司法厅"]
    assert own and "司法局" not in own[0]["aliases"]
    # nor with several levels counted after 各, listed or run together
    r = extract("南宁市2015年法治政府建设报告\n各县、区人民政府，市政府各部门：各县市区司法局要落实。\n")
    assert not {"广西壮族自治区人民政府", "广西壮族自治区司法厅"} & canon(r, "Agency")
    # nor with two levels written together and no 各: 乡镇, 市县 (every township's, every
    # city's and county's), after a township the report names
    r = extract("安吉县2022年法治政府建设报告\n在孝丰镇开展试点，组建乡镇综合行政执法队12支，"
                "乡镇党委、乡镇人民政府依法履职，落实《国务院关于加强市县政府依法行政的决定》。\n")
    assert canon(r, "Agency") == {"国务院"}


def test_the_national_congress_legislative_affairs_commission(extract):
    r = extract("平城区2022年法治政府建设报告\n全国人大常委会法工委来我区调研备案审查工作，向全国人大常委会报告。\n")
    assert {"全国人民代表大会常务委员会法制工作委员会", "全国人民代表大会常务委员会"} <= canon(r, "Agency")


def test_the_autonomous_regions_bodies_in_a_districts_report(extract):
    # 自治区党委 is Guangxi's committee, not the district's own (its level word is 自治区)
    r = extract("青秀区2022年法治政府建设情况报告\n2022年，青秀区认真落实自治区党委、自治区人民政府和市委、"
                "市政府的部署，自治区党委依法治区办加强指导。\n")
    names = canon(r, "Agency")
    assert {"中共广西壮族自治区委员会", "广西壮族自治区人民政府",
            "中共广西壮族自治区委员会全面依法治区委员会办公室"} <= names
    assert "中共广西壮族自治区南宁市青秀区委员会" not in names
    # a bare 区委 there is the district's, though the sentence names the region short
    r = extract("2022年，兴庆区认真学习贯彻习近平总书记视察宁夏重要讲话精神，聚焦区委“四城同创”工作目标，"
                "向区委、区政府交出答卷。\n")
    assert canon(r, "Agency") == {"中共宁夏回族自治区银川市兴庆区委员会", "宁夏回族自治区银川市兴庆区人民政府"}


def test_bodies_of_the_2023_reform_by_their_short_names(extract):
    r = extract("西城区2023年法治政府建设情况报告\n2023年，西城区调整组建区国动办、区疾控局，区委社会工作部、"
                "区数据资源局积极配合。\n")
    assert {"北京市西城区国防动员办公室", "北京市西城区疾病预防控制局", "中共北京市西城区委员会社会工作部",
            "北京市西城区数据资源局"} <= canon(r, "Agency")
    # Guangdong's data bureau of its 2018 plan, 和 not yet in its name
    r = extract("惠东县2022年法治政府建设年度报告\n县政务服务数据管理局推动平台应用。\n")
    assert canon(r, "Agency") == {"广东省惠州市惠东县政务服务数据管理局"}
    # a province's private-economy bureau, set up after the NDRC's of 2023
    r = extract("山西省2024年法治政府建设情况报告\n组建山西省民营经济发展局，出台政策措施。\n")
    assert canon(r, "Agency") == {"山西省民营经济发展局"}


def test_the_culture_sports_and_tourism_bureaus_of_the_county_reforms(extract):
    # 文体和旅游局 is one body's name, not 文体 and a 旅游局
    r = extract("明溪县文体和旅游局2025年度法治政府建设情况报告\n2025年，明溪县文体和旅游局深入贯彻落实"
                "法治政府建设实施纲要，区文化体育和旅游局、区文体广电和旅游局配合执法。\n")
    assert "福建省三明市明溪县文体和旅游局" in canon(r, "Agency")
    assert r["publisher"] == "福建省三明市明溪县文体和旅游局"
    assert not any(n.endswith("县旅游局") for n in canon(r, "Agency"))
    # the education and sports bureau written without 和, 教育体育局, is one body too, not a 体育局
    r = extract("西山区教育体育局2023年法治政府建设工作报告\n修订《西山区教育体育局内控制度》。\n")
    assert canon(r, "Agency") == {"云南省昆明市西山区教育体育局"}
    assert r["publisher"] == "云南省昆明市西山区教育体育局"


def test_a_countys_merged_bureau_is_one_body(extract):
    # two departments joined by 和 before one head: the bureau the county merged them
    # into, named as written (not its 水利局, not a 工业和信息化局)
    r = extract(PINGCHENG + "区农业农村和水利局、区科技和工业信息化局、区商务和投资促进局开展执法，"
                "区公安局和区交通局配合，区人力资源和社会保障局参加。\n")
    assert canon(r, "Agency") == {"山西省大同市平城区农业农村和水利局", "山西省大同市平城区科技和工业信息化局",
                                  "山西省大同市平城区商务和投资促进局", "山西省大同市平城区公安局",
                                  "山西省大同市平城区交通运输局", "山西省大同市平城区人力资源和社会保障局"}


def test_a_merged_bureau_written_without_and_is_one_body(extract):
    # the stems of the departments merged, in a row (2019 county reforms): one bureau, up
    # to three stems; and a construction bureau that lost its housing (城乡建设局)
    r = extract(PINGCHENG + "区教育科技局、区文化旅游广电体育局、区商务粮食局和区城乡建设局开展执法，"
                "区司法局配合。\n")
    assert canon(r, "Agency") == {"山西省大同市平城区教育科技局", "山西省大同市平城区文化旅游广电体育局",
                                  "山西省大同市平城区商务粮食局", "山西省大同市平城区城乡建设局",
                                  "山西省大同市平城区司法局"}
    # four stems, as Hainan names its tourism, culture, radio and sports department
    r = extract("海南省2023年法治政府建设报告\n省旅游和文化广电体育厅开展检查。\n")
    assert canon(r, "Agency") == {"海南省旅游和文化广电体育厅"}


def test_inner_mongolias_agriculture_and_animal_husbandry_bodies(extract):
    # 农牧厅 since the 2018 reform, 农牧局 in leagues and banners, 农牧业局 before it; merged too
    r = extract("锡林浩特市2023年法治政府建设报告\n配合市农牧和科技局开展检查，市农牧局开展执法，"
                "自治区农牧厅印发通知，盟农牧业局开展检查，农牧民增收。\n")
    assert canon(r, "Agency") == {"内蒙古自治区锡林郭勒盟锡林浩特市农牧和科技局", "内蒙古自治区锡林郭勒盟锡林浩特市农牧局",
                                  "内蒙古自治区农牧厅", "内蒙古自治区锡林郭勒盟农牧业局"}


def test_a_departments_brigades_and_institutes_and_the_congress_committees(extract):
    # a department's field units right after its name, named as written; the congress's
    # law committee written in full is one mention
    r = extract(PINGCHENG + "区公安局交警大队、市公安局出入境管理支队、区人社局劳动保障监察大队、"
                "区卫健委卫生监督所和区人大法制委员会参加，区公安局大队长讲话。\n")
    assert {"山西省大同市平城区公安局交警大队", "山西省大同市公安局出入境管理支队",
            "山西省大同市平城区人力资源和社会保障局劳动保障监察大队",
            "山西省大同市平城区卫生健康委员会卫生监督所"} <= canon(r, "Agency")
    # the police's legal-affairs brigade, a natural-resources bureau's enforcement brigade
    r2 = extract(PINGCHENG + "区公安局法制大队、区自然资源局执法监察大队参加。\n")
    assert {"山西省大同市平城区公安局法制大队", "山西省大同市平城区自然资源局执法监察大队"} <= canon(r2, "Agency")
    law = next(e for e in r["entities"] if e["canonical"] == "山西省大同市平城区人民代表大会法制委员会")
    assert law["aliases"] == ["区人大法制委员会"]
    # the congress's other special committees and its standing committee's working bodies
    r = extract(PINGCHENG + "区人大监察和司法委员会、区人大常委会监察和司法工作委员会、区人大财经委和区人大常委会预工委参加。\n")
    assert canon(r, "Agency") == {"山西省大同市平城区人民代表大会监察和司法委员会",
                                  "山西省大同市平城区人民代表大会常务委员会监察和司法工作委员会",
                                  "山西省大同市平城区人民代表大会财政经济委员会",
                                  "山西省大同市平城区人民代表大会常务委员会预算工作委员会"}


def test_a_municipalitys_own_bodies_and_its_governments_research_offices(extract):
    r = extract("上海市2023年法治政府建设情况报告\n市绿化市容局、市房屋管理局、市口岸办、市合作交流办、"
                "市民防办和市政府研究室、市政府参事室、市政府督查室、市政府法律顾问室参加。\n")
    assert canon(r, "Agency") == {"上海市绿化和市容管理局", "上海市房屋管理局", "上海市口岸办公室",
                                  "上海市合作交流办公室", "上海市民防办公室", "上海市人民政府研究室",
                                  "上海市人民政府参事室", "上海市人民政府督查室", "上海市人民政府法律顾问室"}
    # the education inspection office and committee of 教育督导条例 (2012)
    r = extract("东湖区教育体育局2023年法治政府建设情况报告\n区政府教育督导室开展督导，区政府教育督导委员会召开会议。\n")
    assert canon(r, "Agency") == {"江西省南昌市东湖区教育体育局", "江西省南昌市东湖区人民政府教育督导室",
                                  "江西省南昌市东湖区人民政府教育督导委员会"}


def test_public_security_offices_of_a_county_and_a_township(extract):
    r = extract("滑县2023年法治政府建设工作报告\n县委平安办、县综治办和县综治委参加，平安局面持续稳定。\n")
    assert canon(r, "Agency") == {"中共河南省安阳市滑县委员会平安建设领导小组办公室",
                                  "河南省安阳市滑县社会治安综合治理办公室",
                                  "河南省安阳市滑县社会治安综合治理委员会"}
    r = extract("白道口镇2023年法治政府建设工作报告\n镇平安办、镇综治办、司法所参加。\n")
    assert {"河南省安阳市滑县白道口镇平安建设办公室", "河南省安阳市滑县白道口镇社会治安综合治理办公室"} \
        <= canon(r, "Agency")


def test_a_commissions_office_and_the_military_civil_fusion_office(extract):
    r = extract(PINGCHENG + "区机构编制委员会办公室和区委军民融合办参加会议。\n")
    assert canon(r, "Agency") == {"山西省大同市平城区机构编制委员会办公室",
                                  "中共山西省大同市平城区委员会军民融合发展委员会办公室"}


def test_a_fields_comprehensive_enforcement_bureau_is_one_body(extract):
    # the enforcement bureaus of the 2019 reform are named after their field (城市管理,
    # 生态环境保护 + 综合行政执法局): one body, not a bare 综合行政执法局 of the region
    r = extract(PINGCHENG + "区城市管理综合行政执法局、区生态环境保护综合行政执法局开展联合检查，区综合行政执法局配合。\n")
    assert canon(r, "Agency") == {"山西省大同市平城区城市管理综合行政执法局",
                                  "山西省大同市平城区生态环境保护综合行政执法局",
                                  "山西省大同市平城区综合行政执法局"}


def test_commissions_and_offices_by_their_one_word_stems(extract):
    # as the municipalities sign their commissions (市教委, 市科委) and offices (市政府外办),
    # and the 农委 and 建委 of the years before 2018; never inside other words
    r = extract("北京市2019年法治政府建设情况报告\n市教委、市科委、市农委、市政府外办、市住房城乡建设管理委、"
                "市规划自然资源委联合开展检查。宗教局、政治协商委员会、市民委托律师、平台办公、对外办事。\n")
    assert canon(r, "Agency") == {
        "北京市教育委员会", "北京市科学技术委员会", "北京市农业委员会", "北京市人民政府外事办公室",
        "北京市住房和城乡建设管理委员会", "北京市规划和自然资源委员会", "北京市宗教事务局"}


def test_an_office_named_after_a_city_is_no_street_office(extract):
    # 办事处 is a 街道's own office; after a city's name it is a liaison or an association's
    r = extract("湛江市司法局关于2024年法治政府建设的年度报告\n推动成立全国城市农贸中心联合会湛江办事处，"
                "指导赤坎区中华街道办事处开展普法。\n")
    names = canon(r, "Agency")
    assert "广东省湛江市办事处" not in names and "广东省湛江市赤坎区中华街道办事处" in names


def test_a_development_zones_committee_and_its_departments(extract):
    # a zone is no division: its committee and bureaus are named after it, under its province
    r = extract("大同经济技术开发区管理委员会应急管理局2022年度法治政府建设工作总结\n"
                "2022年，我局扎实推进法治政府建设工作。\n")
    assert canon(r, "Agency") == {"山西省大同经济技术开发区管理委员会", "山西省大同经济技术开发区管理委员会应急管理局"}
    assert r["publisher"] == "山西省大同经济技术开发区管理委员会应急管理局"
    r = extract("湖南省2022年法治政府建设工作总结\n2022年，湖南湘江新区管委会印发通知。\n")
    assert "湖南湘江新区管理委员会" in canon(r, "Agency")


def test_a_zone_whose_name_is_one_word_to_jieba_is_opened_by_its_city(extract):
    # jieba's dictionary holds 苏州工业园区 whole, so 苏州 is no whole word there: the city
    # that opens a zone's name is its city all the same, and the committee the zone's
    r = extract("苏州工业园区管理委员会2023年法治政府建设情况报告\n2023年，园区坚持依法行政。\n")
    assert canon(r, "Agency") == {"江苏省苏州工业园区管理委员会"}
    assert r["publisher"] == "江苏省苏州工业园区管理委员会"
    assert r["subject_region"] == "江苏省/苏州市"
    # a park calls itself 园区: its bodies so named are its own, not its city's
    r = extract("苏州工业园区管理委员会2023年法治政府建设情况报告\n园区党工委、管委会认真落实苏州市委部署，"
                "园区法制办牵头制定制度，2023年园区综合执法局开展执法。园区企业合规经营。\n")
    assert canon(r, "Agency") == {"江苏省苏州工业园区管理委员会", "中共江苏省苏州工业园区工作委员会",
                                  "中共江苏省苏州市委员会", "江苏省苏州工业园区法制办公室",
                                  "江苏省苏州工业园区综合行政执法局"}
    # and so does a high-tech or development zone in its own report
    r = extract("株洲高新技术产业开发区管理委员会2023年法治政府建设情况报告\n2023年，株洲高新区坚持依法行政，"
                "园区综合执法局开展执法，园区企业合规经营。\n")
    assert canon(r, "Agency") == {"湖南省株洲高新技术产业开发区管理委员会", "湖南省株洲高新技术产业开发区综合行政执法局"}
    # (in a city's report 园区 is any park, none named)
    r = extract("苏州市2023年法治政府建设情况报告\n园区管委会、园区法制办加强指导。\n")
    assert not any("园区" in a for a in canon(r, "Agency"))
    # (a word that only begins with a city's name stays no mention of it: 大同小异)
    r = extract("山西省2023年法治政府建设情况报告\n各地做法大同小异。\n")
    assert "山西省/大同市" not in canon(r, "Region")


def test_a_body_after_a_zone_no_region_opens_is_not_the_provinces(extract):
    # 赣江新区 (a national new area named after a river): its 行政审批局 is the zone's, which
    # kg cannot name, not 江西省's
    r = extract("江西省2021年法治政府建设工作报告\n2021年，赣江新区行政审批局划转审批事项182项，省司法局加强指导。\n")
    assert canon(r, "Agency") == {"江西省司法厅"}


def test_a_zones_committee_named_by_its_kind_alone_in_its_own_report(extract):
    # 开发区管委会 in the zone's report is the zone's the title names; a committee after
    # another zone's own name (芦台经济开发区) is not
    r = extract("大同经济技术开发区2022年法治政府建设工作报告\n2022年，开发区管委会推进依法行政，"
                "与芦台经济开发区管委会开展交流。\n")
    assert canon(r, "Agency") == {"山西省大同经济技术开发区管理委员会"}
    # nor in a city's report
    r = extract("大同市2022年法治政府建设工作报告\n2022年，开发区管委会推进依法行政。\n")
    assert not any("管理委员会" in a for a in canon(r, "Agency"))
    # its bodies by the kind's last character (区党工委、区管委会) or bare, and its party working
    # committee by the kind too (开发区党工委)
    r = extract("大同经济技术开发区2022年法治政府建设工作报告\n区党工委、区管委会印发《开发区法治建设要点》。"
                "党工委理论学习中心组学法，开发区党工委部署，管委会落实。\n")
    assert canon(r, "Agency") == {"山西省大同经济技术开发区管理委员会", "中共山西省大同经济技术开发区工作委员会"}
    assert rels(r, "ISSUED") == {(body, "开发区法治建设要点") for body in canon(r, "Agency")}
    # (a 街道's 党工委 in a city's report is no zone's)
    r = extract("大同市2022年法治政府建设工作报告\n区党工委、区管委会推进依法行政。\n")
    assert not any("开发区" in a for a in canon(r, "Agency"))
    # its departments after its kind or the kind's last character (开发区财政局, 区财政局) are the
    # zone's, as its publisher is; not after another place's name (平城区财政局)
    r = extract("大同经济技术开发区财政局2022年法治政府建设工作报告\n2022年，区财政局推进依法行政，"
                "开发区财政局开展执法，配合平城区财政局开展检查。\n")
    assert r["publisher"] == "山西省大同经济技术开发区财政局"
    assert canon(r, "Agency") == {"山西省大同经济技术开发区财政局", "山西省大同市平城区财政局"}


def test_a_zones_own_report_that_never_names_it_in_full(extract):
    # the zone opens the report by its kind alone, its city only by its stem: the zone of
    # that kind after the city's stem, as zones are named
    r = extract("2023年，高新区坚持依法行政，聚焦市委市政府工作安排，平安绍兴建设考评获得优秀等次。\n"
                "区党工委、区管委会印发《高新区2023年法治政府建设工作要点》。高新区综治局开展普法。\n")
    assert r["subject_region"] == "浙江省/绍兴市"
    assert canon(r, "Agency") == {"中共浙江省绍兴高新区工作委员会", "浙江省绍兴高新区管理委员会",
                                  "浙江省绍兴高新区社会治安综合治理局", "中共浙江省绍兴市委员会",
                                  "浙江省绍兴市人民政府"}
    # a page of a city naming a zone by its kind is no zone's
    r = extract("2023年，绍兴市坚持依法行政，高新区开展试点。\n区党工委、区管委会推进依法行政。\n")
    assert not any("高新区" in a for a in canon(r, "Agency"))


def test_a_zones_bureaus_and_party_working_committee_follow_its_name(extract):
    # no 管委会 between: the bureau is the zone's all the same, and so its 工委
    r = extract("武汉经开区统计局关于2025年度法治政府建设情况的报告\n中共武汉经开区工委：\n"
                "今年以来，区统计局联合武汉经开区市场监管局开展统计执法检查。\n")
    assert {"湖北省武汉经开区统计局", "中共湖北省武汉经开区工作委员会",
            "湖北省武汉经开区市场监督管理局"} <= canon(r, "Agency")
    assert r["publisher"] == "湖北省武汉经开区统计局"
    r = extract("2023年，十堰经济技术开发区党工委、管委会在市委、市政府坚强领导下，深入学习贯彻习近平法治思想。\n")
    assert {"中共湖北省十堰经济技术开发区工作委员会", "湖北省十堰经济技术开发区管理委员会"} <= canon(r, "Agency")
    # a county's zone with its city before it is the zone the county's name opens, one body
    r = extract("河源东源产业园区管委会2025年法治政府建设年度报告\n东源产业园区管委会始终坚持依法行政。\n")
    assert [a for a in canon(r, "Agency") if "园区" in a] == ["广东省东源产业园区管理委员会"]
    assert r["subject_region"] == "广东省/河源市/东源县"
    # a district named 新区 is a division, its bureau the district's
    r = extract("上海市2023年法治政府建设情况报告\n2023年，上海浦东新区司法局印发通知。\n")
    assert "上海市浦东新区司法局" in canon(r, "Agency")


def test_the_urban_management_enforcement_bureaus_before_2019(extract):
    r = extract("柳州市城市管理局2025年法治政府建设年度报告\n柳州市城市管理行政执法局更名为柳州市城市管理局。\n")
    assert canon(r, "Agency") == {"广西壮族自治区柳州市城市管理行政执法局", "广西壮族自治区柳州市城市管理局"}


def test_a_letterhead_naming_a_body_inside_a_government_is_that_body(extract):
    # 北京市西城区人民政府广安门内街道办事处: the street's office, not the district's government
    r = extract("北京市西城区人民政府广安门内街道办事处\n2020年法治政府建设年度情况报告\n区委、区政府:\n"
                "2020年，广内街道在区委、区政府的有力领导下推进法治政府建设。\n")
    assert r["publisher"] == "北京市西城区广安门内街道办事处"


def test_a_provinces_rule_of_law_committee_named_by_its_short_name(extract):
    # Tibet's is the 全面依法治藏委员会 (藏: 西藏自治区's short name); its office written
    # short is the province's though the sentence names no province
    r = extract("西藏自治区2019年法治政府建设情况\n2019年，自治区党委全面依法治藏委员会充分发挥牵头抓总作用，"
                "依法治藏办加强督导检查。\n")
    assert {"中共西藏自治区委员会全面依法治藏委员会",
            "中共西藏自治区委员会全面依法治藏委员会办公室"} <= canon(r, "Agency")


def test_the_general_offices_of_a_congress_standing_committee_and_a_conference(extract):
    # 人大常委会办公室, 政协办公室: bodies of their own, not the committee they serve
    r = extract(PINGCHENG + "平城区人大常委会办公室、区政协办公室等7个单位获评先进，区人大常委会开展执法检查。\n")
    assert {"山西省大同市平城区人民代表大会常务委员会办公室",
            "中国人民政治协商会议山西省大同市平城区委员会办公室",
            "山西省大同市平城区人民代表大会常务委员会"} <= canon(r, "Agency")


def test_a_notice_signed_dated_and_noted_above_the_document_it_issues(extract):
    # the signature, its date and the note under it (GB/T 9704's 附注), then the document
    r = extract("各市市场监督管理局，省局各处室：\n《山东省法治市场监管建设规划(2021—2025年)》已经省局局务会议"
                "研究通过，现印发给你们，请认真贯彻执行。\n山东省市场监督管理局\n2021年12月31日\n(此件主动公开)\n"
                "山东省法治市场监管建设规划\n(2021—2025年)\n为深入学习贯彻习近平法治思想，制定本规划。\n")
    assert r["publisher"] == "山东省市场监督管理局"
    issued = {(x["source"], x["target"]) for x in r["relations"] if x["type"] == "ISSUED"}
    # 《X》已经…通过，现印发给你们: the document approved, then handed over by the signer
    assert ("山东省市场监督管理局", "山东省法治市场监管建设规划(2021-2025年)") in issued


def test_a_region_that_convenes_its_group_is_no_part_of_the_groups_name(extract):
    # 甘谷县召开…: the county acts; its group is named after the verb
    r = extract("甘谷县2014年法治报告\n11月21日，甘谷县召开依法治县领导小组工作会议。平城区成立领导小组。\n")
    names = canon(r, "Agency")
    assert "甘肃省天水市甘谷县依法治县领导小组" in names
    assert not any("召开" in n or "成立" in n for n in names)


def test_a_zone_signing_with_its_short_kind_is_the_zone_its_page_names_in_full(extract):
    r = extract("湛江经济技术开发区应急管理局2023年法治政府建设年度报告\n2023年，湛江经开区应急管理局在区党委、"
                "管委会的正确领导下推进法治建设。\n")
    names = canon(r, "Agency")
    assert "广东省湛江经济技术开发区应急管理局" in names
    assert not any("经开区" in n for n in names)
    # a page naming no full kind keeps the short one (经开区 is also a provincial 经济开发区's)
    r = extract("湛江经开区应急管理局2023年法治政府建设年度报告\n2023年，湛江经开区应急管理局推进法治建设。\n")
    assert "广东省湛江经开区应急管理局" in canon(r, "Agency")


def test_an_autonomous_regions_group_named_by_its_level_word(extract):
    r = extract("日喀则市2023年法治政府建设工作情况报告\n在自治区党委全面依法治藏委员会、"
                "自治区法治政府建设工作领导小组的具体指导下，日喀则市深入推进法治政府建设。\n")
    assert "西藏自治区法治政府建设工作领导小组" in canon(r, "Agency")
    r = extract("延边州2021年法治政府建设情况报告\n召开自治州推进依法行政工作领导小组会议。\n")
    assert "吉林省延边朝鲜族自治州推进依法行政工作领导小组" in canon(r, "Agency")


def test_own_level_after_each_names_no_one_body(extract):
    # 各县市人民政府在本级党委统一领导下: each county's own committee, not the report's
    r = extract("伊犁州2022年法治政府建设情况报告\n各县市人民政府在本级党委统一领导下，履行法治政府建设主体责任。"
                "州党委常委会研究法治建设。\n")
    committee = [e for e in r["entities"] if e["canonical"] == "中共新疆维吾尔自治区伊犁哈萨克自治州委员会"]
    assert not committee or "本级党委" not in committee[0]["aliases"]
    r = extract("伊犁州2022年法治政府建设情况报告\n州政府常务会议听取本级政府法治建设情况汇报。\n")
    government = [e for e in r["entities"] if e["canonical"] == "新疆维吾尔自治区伊犁哈萨克自治州人民政府"]
    assert government and "本级政府" in government[0]["aliases"]
    # (宪法等法律法规: 等 ends a list of laws, not of places; 本级党校 is the county's own)
    r = extract("濮阳县2022年法治政府建设情况报告\n把宪法等法律法规列入本级党校必修课。\n")
    assert "中共河南省濮阳市濮阳县委员会党校" in canon(r, "Agency")


def test_a_party_committees_reform_era_committees(extract):
    # the 领导小组 the 2018 plans made committees: 区委审计委员会 is the party committee's
    r = extract("潮阳区2022年度审计工作报告\n根据审计法规定和区委审计委员会批准的审计计划，区审计局依法审计。"
                "区委全面深化改革委员会审议通过方案，区委网络安全和信息化委员会召开会议。\n")
    names = canon(r, "Agency")
    assert {"中共广东省汕头市潮阳区委员会审计委员会", "中共广东省汕头市潮阳区委员会全面深化改革委员会",
            "中共广东省汕头市潮阳区委员会网络安全和信息化委员会"} <= names
    assert "广东省汕头市潮阳区审计委员会" not in names


def test_a_governments_open_government_office(extract):
    # the office in the general office that sets and publishes the yearly disclosure reports
    r = extract("江西省人民政府政务公开办公室关于公布基层政务公开标准化规范化“十县百乡”建设入选名单的通知\n"
                "各市、县（区）人民政府办公室，省政府各部门办公室：\n经省政府同意，现予以公布，于2月25日前报省政府政务公开办公室备案。"
                "依据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》。\n")
    assert r["publisher"] == "江西省人民政府政务公开办公室"
    assert "国务院办公厅政府信息与政务公开办公室" in canon(r, "Agency")


def test_a_zones_and_a_townships_joint_party_and_government_office(extract):
    r = extract("赣州经济技术开发区2023年政府信息公开工作年度报告\n本报告由赣州经济技术开发区党政办公室结合有关统计数据编制。\n")
    office = [e for e in r["entities"] if e["canonical"] == "江西省赣州经济技术开发区党政办公室"]
    # the whole head, though 结 after a one-character 办 would open 办结
    assert office and office[0]["aliases"] == ["赣州经济技术开发区党政办公室"]
    r = extract("大中街道2021年法治政府建设工作报告\n明确街道党政办、司法所等部门的法治工作职责。\n")
    assert "江苏省盐城市大丰区大中街道党政办公室" in canon(r, "Agency")
    # where a township's offices were merged into a few comprehensive ones: 党政综合办
    r = extract("留下街道2022年度法治政府建设工作报告\n成立法治工作办公室，由街道党政综合办牵头，平安办、司法所配合。\n")
    assert "浙江省杭州市西湖区留下街道党政综合办公室" in canon(r, "Agency")


def test_a_group_named_by_its_level_word_after_a_preposition_or_a_description(extract):
    r = extract("城中区人民街街道2025年法治政府建设工作总结\n对街道法治政府建设工作领导小组成员实施优化调整。\n")
    assert "青海省西宁市城中区人民街街道法治政府建设工作领导小组" in canon(r, "Agency")
    r = extract("永安市小陶镇人民政府2024年法治政府建设情况报告\n成立由党委书记、镇长任组长的镇法治建设领导小组。"
                "由县长任双组长的法治政府建设领导小组统筹。\n")
    groups = {n for n in canon(r, "Agency") if n.endswith("领导小组")}
    assert groups == {"福建省三明市永安市小陶镇法治建设领导小组"}


def test_a_zone_committees_general_office(extract):
    r = extract("重庆高新技术产业开发区管理委员会办公室2023年政府信息公开工作年度报告\n"
                "2023年，重庆高新区管委会办公室严格贯彻落实政府信息公开相关规定。\n")
    assert r["publisher"] == "重庆高新技术产业开发区管理委员会办公室"
    # (the office's name holds no mention of the committee)
    assert canon(r, "Agency") == {"重庆高新技术产业开发区管理委员会办公室"}


def test_the_ethnic_and_religious_affairs_commission_and_a_fire_and_rescue_bureau(extract):
    # 民族宗教委 as the provinces sign it, not a 宗教委 of the region
    r = extract("广东省民族宗教委2022年法治政府建设年度报告\n2022年，广东省民族宗教委坚持依法行政。\n")
    assert canon(r, "Agency") == {"广东省民族宗教事务委员会"}
    r = extract("龙岗区消防救援局2025年法治政府建设年度报告\n来源: 深圳市龙岗区消防救援局\n我局扎实推动法治政府建设。\n")
    assert r["publisher"] == "广东省深圳市龙岗区消防救援局"


def test_the_language_commissions(extract):
    # 语委, and Tibet's 藏语委, whose own report it publishes (来源 written with 区 alone)
    r = extract("西藏自治区藏语委办2025年度法治政府建设工作\n来源:区藏语委办 发布时间:2026-01-09\n"
                "2025年，在自治区党委、政府的领导下，自治区语委推进语言文字法治建设。\n")
    assert {"西藏自治区藏语言文字工作委员会", "西藏自治区语言文字工作委员会"} <= canon(r, "Agency")
    assert r["publisher"] == "西藏自治区藏语言文字工作委员会"


def test_national_bodies_kept_outward_in_the_2018_plan(extract):
    # merged into the central party departments, still issuing under their own names
    r = extract("江门市民族宗教事务局2017年工作总结\n贯彻国家宗教事务局、国务院侨办和国家版权局的部署，配合国台办工作。\n")
    assert {"国家宗教事务局", "国务院侨务办公室", "国家版权局", "国务院台湾事务办公室"} <= canon(r, "Agency")


def test_national_bodies_by_the_short_names_of_the_state_councils_notices(extract):
    # the bureaus under ministries by the short names their notices give (国家外汇局,
    # 国家粮食和储备局, 中国民航局), the offices of the State Council (国务院港澳办, 参事室),
    # and the regulators and bureaus of the years before 2018 (银监会, 保监会, 国家粮食局)
    r = extract("平城区2016年法治政府建设报告\n配合国家外汇局、国家粮食和储备局、中国民航局、国务院港澳办、"
                "国务院参事室和国家密码管理局开展调研，落实银监会、保监会、国家粮食局的要求。\n")
    assert {"国家外汇管理局", "国家粮食和物资储备局", "中国民用航空局", "国务院港澳事务办公室",
            "国务院参事室", "国家密码管理局", "中国银行业监督管理委员会", "中国保险监督管理委员会",
            "国家粮食局"} <= canon(r, "Agency")


def test_the_body_under_the_day_a_report_was_given_gave_it(extract):
    r = extract("关于《北京市消防条例》贯彻实施情况的报告\n——2018年5月30日在北京市第十五届人民代表大会常务委员会第四次会议上\n"
                "北京市公安局\n主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，向市人大常委会作书面报告。\n")
    assert r["publisher"] == "北京市公安局"


def test_the_central_leading_groups_before_they_became_commissions(extract):
    r = extract("平城区2017年法治政府建设报告\n中央全面深化改革领导小组第28次会议审议通过《意见》，中央财经领导小组部署。\n")
    assert {"中央全面深化改革领导小组", "中央财经领导小组"} <= canon(r, "Agency")


def test_a_county_that_has_since_become_a_city_or_district_has_its_county_bodies(extract):
    # 射洪县 (射洪市 since 2019), 太谷县 (太谷区 since 2019): a report of the years before
    r = extract("射洪县2017年法治政府建设年度报告\n县委、县政府高度重视，县司法局印发通知。\n")
    assert {"中共四川省遂宁市射洪市委员会", "四川省遂宁市射洪市人民政府",
            "四川省遂宁市射洪市司法局"} <= canon(r, "Agency")
    r = extract("太谷县2017年法治政府建设工作报告\n县委、县政府高度重视。\n")
    assert {"中共山西省晋中市太谷区委员会", "山西省晋中市太谷区人民政府"} <= canon(r, "Agency")


def test_a_prefecture_or_leagues_own_document_is_its_commissioners_offices(extract):
    # a 盟 or 地区 has a 行政公署, no people's government, to issue what it makes
    r = extract("兴安盟2024年法治政府建设情况报告\n制发《兴安盟诚信建设工程实施方案》，明确65项具体任务。\n")
    assert ("内蒙古自治区兴安盟行政公署", "兴安盟诚信建设工程实施方案") in rels(r, "ISSUED")
    assert not any(n.endswith("兴安盟人民政府") for n in canon(r, "Agency"))


def test_a_governments_enforcement_oversight_bureau(extract):
    # set up after 关于加强行政执法协调监督工作体系建设的意见 (2024)
    r = extract("南阳市2024年法治政府建设年度报告\n南阳市人民政府行政执法协调监督局组织开展行政执法案卷集中评查活动。\n")
    assert "河南省南阳市人民政府行政执法协调监督局" in canon(r, "Agency")
    # signed under the county's own name, or by the level word; a unit glued to another
    # body's name is that body's, no bureau of the report's region
    r = extract("唐县2024年法治政府建设年度报告\n县行政执法协调监督局开展案卷评查，唐县行政执法协调监督局"
                "组织培训。胡某是库车市司法局行政执法协调监督办公室负责人。\n")
    assert canon(r, "Agency") == {"河北省保定市唐县行政执法协调监督局",
                                  "新疆维吾尔自治区阿克苏地区库车市司法局"}


def test_a_bare_body_starting_inside_a_word_is_none(extract):
    # 怀柔科学城管委会: the science city's committee, no 城管委 (city management) of 怀柔
    r = extract("北京市2020年法治政府建设年度报告\n持续向城市副中心管委会、怀柔科学城管委会等赋权。"
                "由司法局牵头，会同财政局推进。\n")
    assert canon(r, "Agency") == {"北京市司法局", "北京市财政局"}
    # 省生态环境执法监察局: a bare stem (监察) ending a field unit's work (执法监察) is its
    # name's end, the bureau one body (see test_a_fields_enforcement_brigade), no 监察局
    r = extract("江西省生态环境厅关于2023年度法治政府建设情况的报告\n省生态环境执法监察局开展专项执法行动，"
                "组织监察局、司法局开展检查。\n")
    assert canon(r, "Agency") == {"江西省生态环境厅", "江西省生态环境执法监察局", "江西省监察局", "江西省司法厅"}
    assert [m["text"] for e in r["entities"] if e["canonical"] == "江西省监察局" for m in e["mentions"]] == ["监察局"]
    # 市数字经济发展局: a level word, then words kg has no stem for (数字), then a known body's
    # name (经济发展局): one body kg cannot name, not the city's 经济发展局
    r = extract("大同市2024年法治政府建设情况报告\n市数字经济发展局、市营商环境建设局联合开展执法检查。\n")
    assert canon(r, "Agency") == {"山西省大同市营商环境建设局"}


def test_a_fields_enforcement_brigade(extract):
    # the 2018 reform's enforcement forces, one per field, named after it
    r = extract("东城区2021年法治政府建设情况报告\n保留5支行政执法队伍，分别为区城管执法局、区市场监管综合执法大队、"
                "区文化市场综合执法大队；市交通运输行政执法队开展培训，加强执法队伍建设，执法队员持证上岗。\n")
    assert canon(r, "Agency") == {"北京市东城区城市管理综合执法局", "北京市东城区市场监督管理综合执法大队",
                                  "北京市东城区文化市场综合执法大队", "北京市交通运输行政执法队"}
    # a brigade of no field is the township's, in a county's report no body of its own
    r = extract("濮阳县2021年法治政府建设报告\n整合司法所、综合执法大队及派出所力量。\n")
    assert not {n for n in canon(r, "Agency") if n.endswith("大队")}
    # named for inspection too (执法监察: the land departments' brigades, a field's bureau)
    r = extract("宜春市2022年法治政府建设情况报告\n市自然资源执法监察支队、市国土资源执法监察支队开展联合执法，"
                "省生态环境执法监察局开展“利剑”专项执法。\n")
    assert canon(r, "Agency") == {"江西省宜春市自然资源执法监察支队", "江西省宜春市国土资源执法监察支队",
                                  "江西省生态环境执法监察局"}


def test_fire_and_rescue_brigades_by_level(extract):
    # the 2018 reform's fire and rescue force: a province's 总队, a city's 支队, a county's 大队
    r = extract("临泽县2023年法治政府建设情况报告\n县应急管理局、县消防救援大队开展安全生产检查，张掖市消防救援支队、"
                "甘肃省消防救援总队督导。加强消防救援队伍建设，消防救援人员参加培训。\n")
    assert canon(r, "Agency") == {"甘肃省张掖市临泽县应急管理局", "甘肃省张掖市临泽县消防救援大队",
                                  "甘肃省张掖市消防救援支队", "甘肃省消防救援总队"}
    r = extract("张掖市消防救援支队2023年法治政府建设年度报告\n2023年，支队坚持依法履职。\n")
    assert r["publisher"] == "甘肃省张掖市消防救援支队"


def test_the_justice_departments_bodies_of_their_own_name(extract):
    # 行政复议局 (a government's review work given to it), 行政复议委员会 (行政复议法 2023 第五十二条),
    # 社区矫正管理局 and 社区矫正委员会 (社区矫正法 2019 第八条)
    r = extract("株洲市司法局2023年法治政府建设年度报告\n市行政复议局办理复议案件420件，市社区矫正管理局加强监管，"
                "市行政复议委员会审议案件12件，市社区矫正委员会召开会议。\n")
    assert canon(r, "Agency") == {"湖南省株洲市司法局", "湖南省株洲市行政复议局", "湖南省株洲市社区矫正管理局",
                                  "湖南省株洲市行政复议委员会", "湖南省株洲市社区矫正委员会"}
    # not 行政复议 and 办案 (handling cases), nor the kind of body a programme sets up, bare
    # (行政复议委员会试点, 推进行政复议局建设); a rule-of-law office's level word says whose
    r = extract("株洲市司法局2023年法治政府建设年度报告\n行政复议办案质量提升，开展行政复议委员会试点，"
                "推进行政复议局建设，加强依法治市办建设。\n")
    assert canon(r, "Agency") == {"湖南省株洲市司法局", "中共湖南省株洲市委员会全面依法治市委员会办公室"}
    # a township's own station is its own where its building-up is meant (加强司法所建设)
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n加强司法所建设，推进行政复议局建设。\n")
    assert canon(r, "Agency") == {"广西壮族自治区柳州市柳城县龙头镇司法所"}


def test_local_chronicles_office(extract):
    # 地方志工作条例: a government's chronicles office, merged with party history as 史志办
    r = extract("衡阳县2022年法治政府建设情况报告\n县地方志办公室、县史志办、市地方志办开展普法，宣传地方志工作条例。\n")
    assert canon(r, "Agency") == {"湖南省衡阳市衡阳县地方志办公室", "湖南省衡阳市衡阳县史志办公室",
                                  "湖南省衡阳市地方志办公室"}


def test_a_townships_comprehensive_offices(extract):
    # the offices a township set up when its grass-roots forces were integrated (2019)
    r = extract("禄丰市中村乡2025年法治政府建设情况报告\n领导小组下设办公室在乡平安法治办，由平安法治办统一协调；"
                "乡社会事务办、乡经济发展办、乡党建办参加。\n")
    prefix = "云南省楚雄彝族自治州禄丰市中村乡"
    assert canon(r, "Agency") == {prefix + "平安法治办公室", prefix + "社会事务办公室",
                                  prefix + "经济发展办公室", prefix + "党建工作办公室"}


def test_doing_practical_things_is_no_office(extract):
    # 办实事 after a body's name is what it does, not its office (市政府办 is one)
    r = extract("禄丰市2025年法治政府建设情况报告\n市政府办实事，抓党建办实事；市政府办印发通知。\n")
    assert canon(r, "Agency") == {"云南省楚雄彝族自治州禄丰市人民政府", "云南省楚雄彝族自治州禄丰市人民政府办公室"}


def test_a_governments_reconsideration_office(extract):
    # 行政复议法 (2023) art. 4: the body a government handles reconsideration by
    r = extract("宁国市2022年行政复议和行政应诉案件办理情况统计分析报告\n宁国市人民政府行政复议办公室共收到"
                "行政复议案件35件，市政府行政复议办公室依法审结。\n")
    assert canon(r, "Agency") == {"安徽省宣城市宁国市人民政府行政复议办公室"}
    # and the open-government office of the 2007 条例
    r = extract("晋安区人民政府2016年政府信息公开工作年度报告\n晋安区人民政府信息公开办公室提供本报告的电子版。\n")
    assert "福建省福州市晋安区人民政府信息公开办公室" in canon(r, "Agency")


def test_a_consultative_conferences_committee_named_whole_with_its_term(extract):
    r = extract("中国人民政治协商会议\n第七届磐安县委员会常务委员会工作报告\n"
                "政协景洪市委员会在中共景洪市委的领导下工作，政协常宁市第十一届委员会第五次会议召开。\n")
    names = canon(r, "Agency")
    assert {"中国人民政治协商会议浙江省金华市磐安县委员会", "中国人民政治协商会议云南省西双版纳傣族自治州景洪市委员会",
            "中国人民政治协商会议湖南省衡阳市常宁市委员会"} <= names
    # not the party's 磐安县委员会 and its standing committee
    assert not any(n.startswith("中共浙江省金华市磐安县") for n in names)


def test_a_party_committee_named_whole_with_its_term(extract):
    r = extract("磐安县2022年法治政府建设报告\n中国共产党磐安县第十五届委员会第二次全体会议召开。\n")
    assert canon(r, "Agency") == {"中共浙江省金华市磐安县委员会"}


def test_the_government_services_office_as_districts_sign_it(extract):
    r = extract("天河区2015年依法行政工作报告\n区人社局、区政务办等职能部门制定了本单位的年度依法行政工作计划。\n")
    assert "广东省广州市天河区政务服务管理办公室" in canon(r, "Agency")


def test_the_local_financial_regulator_by_its_2024_name_and_a_local_financial_work_bureau(extract):
    r = extract("广东省地方金融管理局2024年法治政府建设年度报告\n广东省地方金融管理局全面落实“谁执法谁普法”责任制。\n")
    assert r["publisher"] == "广东省地方金融管理局"
    r = extract("武汉市2022年政府信息公开年度报告\n2022年，武汉市地方金融工作局坚持依法行政。\n")
    assert "湖北省武汉市地方金融工作局" in canon(r, "Agency")


def test_culture_bureaus_by_the_names_some_cities_gave_them(extract):
    r = extract("丽水市2020年法治政府建设年度报告\n丽水市文化和广电旅游体育局始终坚持以习近平法治思想为指引。\n")
    assert canon(r, "Agency") == {"浙江省丽水市文化和广电旅游体育局"}


def test_a_standing_committees_legislative_affairs_commission_however_abbreviated(extract):
    r = extract("山东省2018年法治政府建设报告\n山东省人大常委会法制工作委员会审查，省人民代表大会常务委员会法工委备案。\n")
    assert canon(r, "Agency") == {"山东省人民代表大会常务委员会法制工作委员会"}


def test_a_committees_other_working_bodies(extract):
    # the education work committee, the security, talent and secrecy offices, the Taiwan
    # work office and the party history office a local committee has, as reports name them
    r = extract("大同市2023年法治政府建设报告\n市委教育工委、市委党史研究室、市委保密办、市委国安办、"
                "市委人才办、市委台办参加。\n")
    committee = "中共山西省大同市委员会"
    assert canon(r, "Agency") >= {committee + "教育工作委员会", committee + "党史研究室",
                                  committee + "保密委员会办公室", committee + "国家安全委员会办公室",
                                  committee + "人才工作领导小组办公室", committee + "台湾工作办公室"}
    # the health work committee set up beside the education one, by its short name or in full
    r = extract("大同市平城区2023年法治政府建设报告\n区委卫健工委、市委卫生健康工作委员会参加。\n")
    assert canon(r, "Agency") == {"中共山西省大同市平城区委员会卫生健康工作委员会", committee + "卫生健康工作委员会"}


def test_no_body_inside_a_document_number_written_year_first(extract):
    # 〔2014〕保市府办172号: 保 + 市府办 are the number's letters, no mention of the office
    r = extract("保定市人民政府关于2016年度法治政府建设情况的报告\n2014年制定了《保定市人民政府领导干部学法制度》"
                "(〔2014〕保市府办172号)。\n")
    assert canon(r, "Agency") == {"河北省保定市人民政府"}
    # the office named in the sentence is still named
    r = extract("保定市人民政府关于2016年度法治政府建设情况的报告\n市府办牵头落实(〔2014〕保市府办172号)。\n")
    agencies = [e for e in r["entities"] if e["type"] == "Agency" and e["canonical"].endswith("办公室")]
    assert [m["text"] for e in agencies for m in e["mentions"]] == ["市府办"]


def test_no_national_body_opening_another_bodys_document_number(extract):
    # 国办公开办函〔2021〕30号 is the number of the State Council office's open-government
    # office: 国办 opens it but names no mention of the office itself
    r = extract("宝力根花苏木人民政府2025年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开"
                "工作年度报告格式》(国办公开办函〔2021〕30号)制作。\n")
    assert "国务院办公厅" not in canon(r, "Agency")
    assert "国务院办公厅政府信息与政务公开办公室" in canon(r, "Agency")
    # a number of the office's own (国办发) still names it where it opens the number
    r = extract("某县司法局2023年度法治政府建设情况报告\n贯彻《关于加快推进政务服务标准化规范化便利化的指导意见》"
                "(国办发〔2022〕5号)。\n")
    assert "国务院办公厅" in canon(r, "Agency")


def test_a_party_committee_and_its_government_written_as_one_word(extract):
    # 县党委政府, 州委政府: two bodies of one region (jieba holds 党委政府 as one word); the
    # levels listed before the committee share both
    r = extract("武定县人民政府办公室2022年法治政府建设工作报告\n在州委政府的领导下，落实省、州、县党委政府工作安排。\n")
    assert canon(r, "Agency") >= {
        "中共云南省委员会", "云南省人民政府", "中共云南省楚雄彝族自治州委员会", "云南省楚雄彝族自治州人民政府",
        "中共云南省楚雄彝族自治州武定县委员会", "云南省楚雄彝族自治州武定县人民政府"}
    # a government's own word after a committee's name is no second body (纪委监委, 党委政法委)
    r = extract("武定县人民政府办公室2022年法治政府建设工作报告\n县委政法委牵头，县纪委监委监督。\n")
    assert not any(a.endswith("县人民政府") for a in canon(r, "Agency"))


def test_a_countys_law_popularisation_office(extract):
    # the office of the county's 普法 leading group, named as the national 全国普法办公室 is
    r = extract("丰都县栗子乡2025年法治政府建设情况报告\n党政班子成员参加县普法办集中普法考试，市普法办督导。\n")
    assert canon(r, "Agency") == {"重庆市丰都县普法办公室", "重庆市普法办公室"}


def test_a_departments_own_report_names_its_superiors_by_their_level_word(extract):
    # 省局, 市局, 省厅 in a department's own report: the same department of the region above
    # (the tax bureaus one national administration's, a province's police a 厅); its own
    # level's word is the department itself (deictic, no mention), as 我局 is
    r = extract("国家税务总局濮阳县税务局2022年法治税务建设情况报告\n在省局、市局和县委、县政府的坚强领导下，"
                "县局深入推进法治税务建设。省局党委部署开展执法督察。\n")
    agencies = canon(r, "Agency")
    assert {"国家税务总局河南省税务局", "国家税务总局河南省濮阳市税务局",
            "中共国家税务总局河南省税务局委员会"} <= agencies
    r = extract("濮阳县公安局2022年法治公安建设情况报告\n在省厅、市局的指导下，县局推进执法规范化建设。\n")
    assert {"河南省公安厅", "河南省濮阳市公安局"} <= canon(r, "Agency")
    # after a verb whose object it is (报省厅备案, 按照市局部署)
    r = extract("濮阳县公安局2022年法治公安建设情况报告\n重大执法决定报省厅备案，按照市局部署开展专项行动。\n")
    assert {"河南省公安厅", "河南省濮阳市公安局"} <= canon(r, "Agency")
    # a county-level city's bureau calls itself 市局 (孟州市, in 焦作市): no city's bureau named
    r = extract("孟州市公安局2022年法治公安建设情况报告\n在省厅和市委、市政府的领导下，市局推进执法规范化建设。\n")
    assert canon(r, "Agency") >= {"河南省公安厅"}
    assert "河南省焦作市公安局" not in canon(r, "Agency")
    # not a level's bureau of the wrong head (省局 of a province whose police is a 厅), nor each
    # city's (各市局), nor in a government's report
    r = extract("濮阳县公安局2022年法治公安建设情况报告\n省局、各市局推进执法规范化建设。\n")
    assert canon(r, "Agency") == {"河南省濮阳市濮阳县公安局"}
    r = extract("濮阳县人民政府2022年法治政府建设情况报告\n在省厅、市局的指导下推进执法规范化建设。\n")
    assert not {a for a in canon(r, "Agency") if a.endswith(("厅", "局"))}
    # a 厅 written is one, the department's name of that year (环境保护 in 2016, before 生态环境)
    r = extract("大同市环境保护局2016年依法行政工作报告\n在省厅的统一部署下，开展环境保护大检查。\n")
    assert "山西省环境保护厅" in canon(r, "Agency")
    # an autonomous region's by its whole level word
    r = extract("呼伦贝尔市生态环境局2022年法治政府建设情况报告\n在自治区厅和市委、市政府的领导下推进执法。\n")
    assert "内蒙古自治区生态环境厅" in canon(r, "Agency")


def test_a_branch_bureaus_own_report_names_its_city_bureau_and_itself(extract):
    # 云州分局 in 大同市生态环境局云州分局's report is the branch itself, not a branch of it;
    # 市局 its city bureau, 平城分局 a sibling, 省厅 the province's department
    r = extract("大同市生态环境局云州分局2022年法治政府建设情况报告\n在市局和区委、区政府的坚强领导下，"
                "云州分局与平城分局联合执法，省厅督察组来区检查。\n")
    agencies = canon(r, "Agency")
    assert {"山西省大同市生态环境局云州区分局", "山西省大同市生态环境局", "山西省大同市生态环境局平城区分局",
            "山西省生态环境厅"} <= agencies
    assert not {a for a in agencies if a.endswith("分局分局") or "分局云州" in a}
    r = extract("广州市公安局增城区分局关于2023年度法治政府建设情况的报告\n2023年，分局在市局党委和区委、"
                "区政府的领导下推进法治公安建设。\n")
    assert "中共广东省广州市公安局委员会" in canon(r, "Agency")


def test_a_courts_or_procuratorates_own_report_names_those_above_by_their_level_word(extract):
    # 市院, 省院 in a procuratorate's own report: the procuratorates of the city and the
    # province; in a court's, the intermediate and the high court (人民法院组织法)
    r = extract("濮阳县人民检察院2022年法治建设工作报告\n2022年，在县委和市院、省院的领导下，院党组推进法治建设。"
                "市院党组部署开展专项监督。\n")
    assert {"河南省濮阳市人民检察院", "河南省人民检察院", "中共河南省濮阳市人民检察院党组"} <= canon(r, "Agency")
    # (市院党组: the city's group, no 院党组 of the county's own inside it)
    own = [e for e in r["entities"] if e["canonical"] == "中共河南省濮阳市濮阳县人民检察院党组"]
    assert len(own[0]["mentions"]) == 1
    r = extract("濮阳县人民法院2022年法治建设工作情况报告\n在市院、省院的指导下推进诉源治理。\n")
    assert {"河南省濮阳市中级人民法院", "河南省高级人民法院"} <= canon(r, "Agency")
    # its own level's word is itself; and not in a government's report
    r = extract("濮阳市人民检察院2022年法治建设工作报告\n市院党组推进法治建设，在省院的领导下。\n")
    assert "河南省人民检察院" in canon(r, "Agency")
    assert not {a for a in canon(r, "Agency") if a.startswith("河南省濮阳市") and a.count("检察院") > 1}
    r = extract("濮阳县人民政府2022年法治政府建设情况报告\n在市院的指导下推进诉源治理。\n")
    assert not {a for a in canon(r, "Agency") if a.endswith("院")}


def test_a_courts_or_procuratorates_own_report_names_its_divisions_bare(extract):
    # 第一检察部, 院检察委员会 in a procuratorate's own report: its own (人民检察院组织法); so
    # 执行局 and 院审判委员会 in a court's (人民法院组织法 第三十六条: 审判委员会)
    r = extract("濮阳县人民检察院2022年法治建设工作报告\n第一检察部办理审查逮捕案件200件，院检察委员会研究重大案件"
                "12件，控告申诉检察部接待来访。\n")
    assert {"河南省濮阳市濮阳县人民检察院第一检察部", "河南省濮阳市濮阳县人民检察院检察委员会",
            "河南省濮阳市濮阳县人民检察院控告申诉检察部"} <= canon(r, "Agency")
    r = extract("濮阳县人民法院2022年法治建设工作情况报告\n院审判委员会讨论案件45件，执行局执结案件900件。\n")
    assert {"河南省濮阳市濮阳县人民法院审判委员会", "河南省濮阳市濮阳县人民法院执行局"} <= canon(r, "Agency")
    # not in another body's report, nor another court's division (市中院执行局)
    r = extract("濮阳县人民政府2022年法治政府建设情况报告\n第一检察部办理案件。\n")
    assert not {a for a in canon(r, "Agency") if "检察" in a}
    r = extract("濮阳县人民法院2022年法治建设工作情况报告\n市中院执行局督办案件。\n")
    assert "河南省濮阳市濮阳县人民法院执行局" not in canon(r, "Agency")


def test_a_departments_own_report_names_its_subordinates_by_their_region(extract):
    # 太原市局, 平城区局 in a provincial tax bureau's report: the same system's bureaus of
    # those regions (国家税务总局山西省太原市税务局); 大同市局 in a police 厅's report the
    # city's 公安局; 县院 in a procuratorate's the county's
    r = extract("国家税务总局山西省税务局2022年法治税务建设情况报告\n2022年，指导太原市局、大同市局开展执法"
                "规范化试点，平城区局推行首违不罚。各市局同步推进。\n")
    assert {"国家税务总局山西省太原市税务局", "国家税务总局山西省大同市税务局",
            "国家税务总局山西省大同市平城区税务局"} <= canon(r, "Agency")
    r = extract("山西省公安厅2022年法治公安建设情况报告\n2022年，大同市局开展执法规范化建设，晋中市局党委被评为先进。\n")
    assert {"山西省大同市公安局", "中共山西省晋中市公安局委员会"} <= canon(r, "Agency")
    r = extract("濮阳市人民检察院2022年法治建设工作报告\n濮阳县院、清丰县院开展公益诉讼。\n")
    assert {"河南省濮阳市濮阳县人民检察院", "河南省濮阳市清丰县人民检察院"} <= canon(r, "Agency")
    # not in a government's report (whose 局?), nor a region outside the department's
    r = extract("山西省人民政府2022年法治政府建设情况报告\n大同市局开展执法规范化建设。\n")
    assert not {a for a in canon(r, "Agency") if a.endswith("局")}
    r = extract("山西省公安厅2022年法治公安建设情况报告\n郑州市局来晋交流。\n")
    assert not {a for a in canon(r, "Agency") if "郑州" in a}
