"""Relations: CITES, ISSUED, IMPLEMENTS, PART_OF, each with evidence."""
from conftest import canon, rels

PINGCHENG = "平城区2020年法治政府建设报告\n"
SHANXI = "山西省人民政府法制办公室关于2013年全省推进依法行政工作的情况报告\n"


def test_subject_cites_every_regulation_with_evidence(extract):
    r = extract(PINGCHENG + "依据《山西省行政规范性文件制定与监督管理办法》，加强备案审查。\n")
    assert ("山西省/大同市/平城区", "山西省行政规范性文件制定与监督管理办法") in rels(r, "CITES")
    rel = next(x for x in r["relations"] if x["type"] == "CITES")
    ev = rel["evidence"][0]
    assert ev["sentence"].startswith("依据《山西省")
    text = PINGCHENG + "依据《山西省行政规范性文件制定与监督管理办法》，加强备案审查。\n"
    assert text[ev["start"]:ev["end"]].strip() == ev["sentence"]
    s, e = ev["mention"]
    assert text[s:e] == "山西省行政规范性文件制定与监督管理办法"


def test_unnamed_actor_is_the_subject_government(extract):
    r = extract(PINGCHENG + "制定《法治政府建设示范创建实施方案》，成立领导组。\n")
    assert ("山西省大同市平城区人民政府", "法治政府建设示范创建实施方案") in rels(r, "ISSUED")
    assert "山西省大同市平城区人民政府" in {e["canonical"] for e in r["entities"]}


def test_a_body_named_but_unknown_leaves_no_unnamed_actor(extract):
    # 洋浦经济开发区管委会: a zone's committee no city's stem opens, named before the verb
    r = extract("儋州市2023年法治政府建设报告\n洋浦经济开发区管委会印发《洋浦经济开发区行政执法办法》。"
                "制定《儋州市行政执法办法》。\n")
    issued = rels(r, "ISSUED")
    assert not {a for a, t in issued if t == "洋浦经济开发区行政执法办法"}
    assert ("海南省儋州市人民政府", "儋州市行政执法办法") in issued
    # a bureau calling itself by its level word (市局) is the report's own body, no unknown one
    r = extract("宜昌市税务局2023年法治税务建设情况报告\n市局印发《税务行政执法公示实施办法》。\n")
    assert rels(r, "ISSUED") == {("国家税务总局湖北省宜昌市税务局", "税务行政执法公示实施办法")}
    # so where another body opened the sentence: the clause of the verb names its actor (县局,
    # 我局), the department itself, not its party committee of the clause before
    for own in ("县局", "我局"):
        r = extract(f"国家税务总局濮阳县税务局2022年法治税务建设情况报告\n县局党委深入学习，{own}制定了"
                    "《濮阳县税务局重大税务案件审理办法》。\n")
        assert rels(r, "ISSUED") == {("国家税务总局河南省濮阳市濮阳县税务局", "濮阳县税务局重大税务案件审理办法")}
    # 市局 in a county bureau's report is the city's bureau: not the report's own, nor the
    # party committee of the clause before
    for before in ("县局党委深入学习，", "2022年，"):
        r = extract(f"国家税务总局濮阳县税务局2022年法治税务建设情况报告\n{before}市局制定了"
                    "《税务行政处罚裁量基准》。\n")
        assert rels(r, "ISSUED") == {("国家税务总局河南省濮阳市税务局", "税务行政处罚裁量基准")}
    # a branch bureau calls itself 分局 (分局党组…，分局制定了《X》)
    r = extract("大同市生态环境局云州分局2022年法治政府建设情况报告\n分局党组认真履行职责，分局制定了"
                "《云州分局行政执法公示制度》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市生态环境局云州区分局", "云州分局行政执法公示制度")}
    # nor where kg does not know it (省局 of a province whose police is a 厅): no one
    r = extract("濮阳县公安局2022年法治公安建设情况报告\n县局党委深入学习，省局制定了《执法办案规范》。\n")
    assert rels(r, "ISSUED") == set()


def test_citing_without_issuing_verb_gives_no_issuer(extract):
    r = extract(PINGCHENG + "根据《重大行政决策程序暂行条例》，严格落实决策程序。\n")
    assert rels(r, "ISSUED") == set()


def test_joint_issuers_and_named_agency(extract):
    r = extract(PINGCHENG + "中共中央、国务院联合印发《法治政府建设实施纲要（2015—2020年）》。\n"
                "省民政厅制定印发了《关于进一步加强全省民政法制工作的意见》。\n")
    issued = rels(r, "ISSUED")
    assert ("中共中央", "法治政府建设实施纲要(2015-2020年)") in issued
    assert ("国务院", "法治政府建设实施纲要(2015-2020年)") in issued
    assert ("山西省民政厅", "关于进一步加强全省民政法制工作的意见") in issued


def test_both_offices_one_word_names_issue_together(extract):
    # 两办: the general offices of the party committee and of the government of the region
    # before it, each a body and each an issuer; a province's are 办公厅
    r = extract(PINGCHENG + "区两办印发《平城区法治督察办法》。省两办联合印发《山西省法治政府建设考核办法》，"
                "制定《山西省法治督察工作规定》。\n")
    district, province = "山西省大同市平城区", "山西省"
    assert {f"中共{district}委员会办公室", f"{district}人民政府办公室",
            f"中共{province}委员会办公厅", f"{province}人民政府办公厅"} <= {
        e["canonical"] for e in r["entities"] if e["type"] == "Agency"}
    assert {(f"中共{district}委员会办公室", "平城区法治督察办法"), (f"{district}人民政府办公室", "平城区法治督察办法"),
            (f"中共{province}委员会办公厅", "山西省法治政府建设考核办法"),
            (f"{province}人民政府办公厅", "山西省法治政府建设考核办法"),
            (f"中共{province}委员会办公厅", "山西省法治督察工作规定"),
            (f"{province}人民政府办公厅", "山西省法治督察工作规定")} == rels(r, "ISSUED")


def test_the_addressee_is_not_an_actor(extract):
    # 市人大常委会： opens the report's first sentence; the government writing to it acts
    r = extract("六盘水市人民政府关于2024年度法治政府建设情况的报告\n市人大常委会: 落实集体学法制度，"
                "制定领导干部应知应会党内法规和法律法规清单。\n")
    assert rels(r, "ISSUED") == {("贵州省六盘水市人民政府", "领导干部应知应会党内法规和法律法规清单")}
    # (指导全市单位制定…: the units it guided made theirs; see the test of pushed bodies)
    r = extract("六盘水市人民政府关于2024年度法治政府建设情况的报告\n市人大常委会: 落实集体学法制度，"
                "指导全市单位制定领导干部应知应会党内法规和法律法规清单。\n")
    assert rels(r, "ISSUED") == set()


def test_issuers_heading_the_title(extract):
    r = extract(SHANXI + "认真贯彻《国务院关于加强法治政府建设的意见》。\n")
    assert ("国务院", "国务院关于加强法治政府建设的意见") in rels(r, "ISSUED")
    # unless the actor led its making: the drafter, GUIDELINES' issuer (a department's report)
    r = extract("四川省司法厅2021年法治政府建设年度报告\n牵头制定并推动落实《四川省人民政府2021年度法治政府建设"
                "重点工作安排》。\n")
    assert rels(r, "ISSUED") == {("四川省司法厅", "四川省人民政府2021年度法治政府建设重点工作安排")}


def test_region_named_as_actor_implements(extract):
    r = extract(SHANXI + "如晋中市邀请法学专家举办了9期“法治大讲堂”。\n")
    implements = rels(r, "IMPLEMENTS")
    assert ("山西省", "法治大讲堂") in implements
    assert ("山西省/晋中市", "法治大讲堂") in implements
    # 我省晋中市…: the page's own division written before the one that acts
    r = extract(SHANXI + "我省晋中市“多元调解服务中心”建设获评全国法治政府建设示范项目。\n")
    assert ("山西省/晋中市", "多元调解服务中心建设") in rels(r, "IMPLEMENTS")
    # two groups of regions, the first closed by its kind (大同、吕梁等市和平城区…): all act
    r = extract(SHANXI + "大同、吕梁等市和平城区、介休市开展相对集中行政许可权改革试点。\n")
    assert {("山西省/大同市", "相对集中行政许可权改革试点"), ("山西省/吕梁市", "相对集中行政许可权改革试点"),
            ("山西省/大同市/平城区", "相对集中行政许可权改革试点"),
            ("山西省/晋中市/介休市", "相对集中行政许可权改革试点")} <= rels(r, "IMPLEMENTS")


def test_a_clause_opening_with_its_own_body_is_not_the_sentences_regions(extract):
    # 晋中市…，省司法厅开展…，各市开展…: the later clauses name their own actors; 晋中市
    # carries out only its own clause's programme
    r = extract(SHANXI + "晋中市推行“证照分离”改革，省司法厅开展“法律明白人”培养工程，各市开展“八五”普法。\n")
    implements = rels(r, "IMPLEMENTS")
    assert ("山西省/晋中市", "证照分离改革") in implements
    assert ("山西省/晋中市", "法律明白人培养工程") not in implements
    assert ("山西省/晋中市", "八五普法") not in implements
    assert ("山西省", "八五普法") in implements


def test_a_branch_acts_in_the_region_its_name_sets_it_in(extract):
    # a city bureau's branch named for a county: the county acts, not the whole city
    r = extract(SHANXI + "晋中市生态环境局介休市分局推行“一枚印章管审批”改革。\n")
    implements = rels(r, "IMPLEMENTS")
    assert ("山西省/晋中市/介休市", "一枚印章管审批改革") in implements
    assert ("山西省/晋中市", "一枚印章管审批改革") not in implements
    r = extract(SHANXI + "晋中市生态环境局推行“一枚印章管审批”改革。\n")
    assert ("山西省/晋中市", "一枚印章管审批改革") in rels(r, "IMPLEMENTS")
    # bodies listed as the actor: each one's region acts, not only the first's
    r = extract(SHANXI + "晋中市司法局、大同市司法局和吕梁市生态环境局柳林县分局推行“一枚印章管审批”改革。\n")
    assert {("山西省/晋中市", "一枚印章管审批改革"), ("山西省/大同市", "一枚印章管审批改革"),
            ("山西省/吕梁市/柳林县", "一枚印章管审批改革")} <= rels(r, "IMPLEMENTS")


def test_the_region_written_before_a_quoted_programme_carried_it_out(extract):
    # 推广平城区“一枚印章管审批”改革经验, 学习借鉴浙江省“最多跑一次”改革经验: the region the
    # programme is written with is where it was carried out, and spreads from
    r = extract(SHANXI + "在全省推广平城区“一枚印章管审批”改革经验，学习借鉴浙江省“最多跑一次”改革经验。\n")
    implements = rels(r, "IMPLEMENTS")
    assert {("山西省/大同市/平城区", "一枚印章管审批改革"), ("浙江省", "最多跑一次改革"),
            ("山西省", "一枚印章管审批改革")} <= implements
    assert ("山西省/大同市/平城区", "最多跑一次改革") not in implements
    # not a document's region (大同市“十四五”规划 is the city's plan, no programme)
    r = extract(SHANXI + "落实大同市“十四五”规划。\n")
    assert ("山西省/大同市", "大同市“十四五”规划") not in rels(r, "CITES")


def test_each_listed_programme_is_carried_out_by_the_region_before_it(extract):
    r = extract(SHANXI + "晋中市“一枚印章管审批”改革、大同市“三零”单位创建获评全国法治政府建设示范项目。\n")
    implements = rels(r, "IMPLEMENTS")
    assert {("山西省/晋中市", "一枚印章管审批改革"), ("山西省/大同市", "三零单位创建")} <= implements
    assert ("山西省/晋中市", "三零单位创建") not in implements


def test_a_region_named_like_a_lead_word_is_the_actor(extract):
    # 中阳县 opens with 中 (as 其中 ends), 如东县 with 如 (for example)
    r = extract(SHANXI + "同时，中阳县推行“一枚印章管审批”改革。\n")
    assert ("山西省/吕梁市/中阳县", "一枚印章管审批改革") in rels(r, "IMPLEMENTS")


def test_part_of_follows_canonical_names(extract):
    r = extract(PINGCHENG + "平城区人民政府召开会议，大同市信访局参加。\n")
    part_of = rels(r, "PART_OF")
    assert ("山西省大同市平城区人民政府", "山西省/大同市/平城区") in part_of


def test_issuers_joined_before_the_title_and_of_a_title_inside(extract):
    r = extract(PINGCHENG + "落实中共中央办公厅、国务院办公厅《法治政府建设与责任落实督察工作规定》，"
                "转发《中共中央 国务院关于印发〈法治政府建设实施纲要(2015—2020年)〉的通知》。\n")
    issued = rels(r, "ISSUED")
    assert {("中共中央办公厅", "法治政府建设与责任落实督察工作规定"),
            ("国务院办公厅", "法治政府建设与责任落实督察工作规定"),
            ("中共中央", "法治政府建设实施纲要(2015-2020年)"),
            ("国务院", "法治政府建设实施纲要(2015-2020年)")} <= issued
    # the inner title written in 《》 too, as pages do, or with its brackets dropped
    r = extract(PINGCHENG + "区政府办公室印发《关于印发《平城区行政执法公示办法》的通知》。\n")
    assert ("山西省大同市平城区人民政府办公室", "平城区行政执法公示办法") in rels(r, "ISSUED")


def test_a_title_cited_inside_a_local_title_is_not_issued_by_its_makers(extract):
    r = extract("内蒙古自治区2022年法治政府建设情况报告\n自治区党委和政府印发"
                "《内蒙古自治区贯彻〈法治政府建设实施纲要(2021—2025年)〉实施方案》。\n")
    issued = rels(r, "ISSUED")
    outer = "内蒙古自治区贯彻〈法治政府建设实施纲要(2021-2025年)〉实施方案"
    assert ("内蒙古自治区人民政府", outer) in issued
    assert not any(t == "法治政府建设实施纲要(2021-2025年)" for _, t in issued)


def test_deliberating_body_named_earlier_in_the_sentence(extract):
    r = extract(PINGCHENG + "召开区委全面依法治区委员会会议，审议通过《平城区2024年法治政府建设工作要点》。\n")
    assert ("中共山西省大同市平城区委员会全面依法治区委员会", "平城区2024年法治政府建设工作要点") \
        in rels(r, "ISSUED")


def test_a_meeting_that_studied_and_deliberated_a_document_issued_it(extract):
    r = extract(PINGCHENG + "区长主持召开区政府常务会议研究审议《平城区行政规范性文件管理办法》。\n")
    assert ("山西省大同市平城区人民政府", "平城区行政规范性文件管理办法") in rels(r, "ISSUED")


def test_a_congress_that_voted_a_document_through_issued_it(extract):
    r = extract(PINGCHENG + "区人大常委会表决通过《关于加强法治宣传教育的决议》。\n")
    assert ("山西省大同市平城区人民代表大会常务委员会", "关于加强法治宣传教育的决议") \
        in rels(r, "ISSUED")
    r = extract(PINGCHENG + "在第四次区委全面依法治区委员会中讨论并通过了《平城区法治政府建设实施纲要》。\n")
    assert ("中共山西省大同市平城区委员会全面依法治区委员会", "平城区法治政府建设实施纲要") \
        in rels(r, "ISSUED")
    # a congress or a government that made a decision or resolution (作出《…的决定》) issued it
    r = extract(PINGCHENG + "区人大常委会作出《关于加强法治宣传教育的决议》，区政府作出了《关于推进依法行政的决定》。\n")
    assert {("山西省大同市平城区人民代表大会常务委员会", "关于加强法治宣传教育的决议"),
            ("山西省大同市平城区人民政府", "关于推进依法行政的决定")} <= rels(r, "ISSUED")
    # 通过 done (通过了《…》) is adopting; 通过 alone is the way (通过《法治日报》宣传)
    r = extract(PINGCHENG + "区人大常委会通过了《关于加强法治宣传教育的决议》。"
                "区司法局通过《平城区法治宣传手册》宣传《中华人民共和国民法典》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民代表大会常务委员会", "关于加强法治宣传教育的决议")}
    # …, and so is 通过 alone right after a congress or a meeting (组织法: they adopt by vote)
    r = extract(PINGCHENG + "区人大常委会通过《关于加强法治政府建设的决议》。区十七届人大常委会第十次会议通过"
                "《关于开展第八个五年法治宣传教育的决议》。区政府通过《平城日报》宣传《中华人民共和国民法典》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民代表大会常务委员会", "关于加强法治政府建设的决议"),
                                 ("山西省大同市平城区人民代表大会常务委员会", "关于开展第八个五年法治宣传教育的决议")}


def test_a_region_named_as_the_actor_issued_it(extract):
    # GUIDELINES: ISSUED is Agency or Region → Regulation; the clauses after the one the
    # region opens go on with it as their actor, until a body opens one
    r = extract("青海省人民政府关于2016年法治政府建设工作的报告\n《纲要》印发后，青海省在全国率先印发学习"
                "贯彻《纲要》精神的通知，制定《青海省法治政府建设实施方案》。省司法厅起草《青海省行政复议"
                "办法》，修订《青海省行政执法条例》。\n")
    assert rels(r, "ISSUED") == {("青海省", "学习贯彻《纲要》精神的通知"), ("青海省", "青海省法治政府建设实施方案"),
                                 ("青海省司法厅", "青海省行政复议办法"), ("青海省司法厅", "青海省行政执法条例")}
    assert ("Agency", "青海省") not in {(e["type"], e["canonical"]) for e in r["entities"]}
    # after the words that count or date a point (一是, 2023年，), the region is still its actor
    r = extract("巴楚县2022年度法治建设工作情况报告\n一是巴楚县将法治建设纳入县委县政府重点工作，持续加强"
                "法治型政府建设，印发《巴楚县领导干部学法清单》。\n")
    assert rels(r, "ISSUED") == {("新疆维吾尔自治区/喀什地区/巴楚县", "巴楚县领导干部学法清单")}


def test_a_department_is_the_unnamed_actor_of_its_own_report(extract):
    r = extract("湖北省市场监督管理局2019年法治政府建设年度报告\n制定《市场监管行政处罚裁量规则》。\n")
    assert rels(r, "ISSUED") == {("湖北省市场监督管理局", "市场监管行政处罚裁量规则")}
    # a joint title naming the party's working committee first: the department acts
    r = extract("中共重庆市委教育工作委员会重庆市教育委员会2022年度法治政府建设情况报告\n"
                "印发《重庆市教育从业人员执业信用管理办法(试行)》。\n")
    assert rels(r, "ISSUED") == {("重庆市教育委员会", "重庆市教育从业人员执业信用管理办法(试行)")}


def test_a_national_body_is_the_unnamed_actor_of_its_own_report(extract):
    # a ministry's report has no subject region; its unnamed actor is the ministry, and a
    # title headed by the flood-control headquarters' short name is that body's
    r = extract("应急管理部2019年法治政府建设年度报告\n制定特别重大自然灾害救灾捐赠工作方案。"
                "国家防汛抗旱总指挥部修订印发《国家防总巡堤查险工作规定》。\n")
    assert rels(r, "ISSUED") == {("应急管理部", "特别重大自然灾害救灾捐赠工作方案"),
                                 ("国家防汛抗旱总指挥部", "国家防总巡堤查险工作规定")}
    # a ministry's page that lost its title opens with the ministry as its actor
    r = extract("2022年，司法部坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                "扎实推进法治政府建设。\n"
                "制定深化学习宣传习近平法治思想工作方案。\n")
    assert rels(r, "ISSUED") == {("司法部", "深化学习宣传习近平法治思想工作方案")}
    # the ministry under the name it had in the year reported on (written after a reform);
    # 原平市 is a city, not 原 and 平市
    r = extract("2017年，原环境保护部深入学习宣传贯彻党的十九大精神，扎实推进生态环境保护领域法治政府建设工作，取得较好进展。\n"
                "一是修订发布《建设项目环境影响评价分类管理名录》。\n")
    assert rels(r, "ISSUED") == {("环境保护部", "建设项目环境影响评价分类管理名录")}
    r = extract("2023年，原平市市场监管局在市委市政府的坚强领导下，深入学习贯彻习近平法治思想，全面推进法治建设。\n"
                "出台《2023年度法治建设工作清单》。\n")
    assert rels(r, "ISSUED") == {("山西省忻州市原平市市场监督管理局", "2023年度法治建设工作清单")}


def test_a_department_calling_itself_ours_is_the_unnamed_actor(extract):
    r = extract("辽宁省2024年行政执法工作情况\n省市场监管局推进执法监督。我局制定《涉企行政执法检查计划管理办法》。\n")
    assert rels(r, "ISSUED") == {("辽宁省市场监督管理局", "涉企行政执法检查计划管理办法")}


def test_a_court_or_procuratorate_in_its_own_report_is_the_unnamed_actor(extract):
    # a court reports to its congress on its work: what it makes is its own, not its
    # region's government's
    r = extract("德阳市旌阳区人民法院关于2023年度依法履职情况的报告\n旌阳区人大常委会：\n"
                "2023年，旌阳区人民法院坚持以习近平法治思想为指导。出台《关于为优化营商环境提供司法服务和保障的实施意见》。\n")
    assert rels(r, "ISSUED") == {("四川省德阳市旌阳区人民法院", "关于为优化营商环境提供司法服务和保障的实施意见")}
    r = extract("绵竹市人民检察院2023年法治建设工作报告\n制定《绵竹市人民检察院检察建议工作规定》。\n")
    assert rels(r, "ISSUED") == {("四川省德阳市绵竹市人民检察院", "绵竹市人民检察院检察建议工作规定")}
    # a page that lost its title and opens with the court: the same
    r = extract("2023年，旌阳区人民法院坚持以习近平法治思想为指导，全面推进依法治院。\n"
                "出台《关于为优化营商环境提供司法服务和保障的实施意见》。\n")
    assert rels(r, "ISSUED") == {("四川省德阳市旌阳区人民法院", "关于为优化营商环境提供司法服务和保障的实施意见")}


def test_a_rule_of_law_office_in_its_own_report_is_the_unnamed_actor(extract):
    # the party committee's rule-of-law office reports on the whole city's work: what it
    # issues unnamed is its own, not the government's (which the page never names)
    r = extract("中共渭南市委全面依法治市委员会办公室关于2022年全市法治建设工作情况的报告\n"
                "2022年，市委依法治市办在市委的坚强领导下统筹推进法治建设。印发《渭南市法治督察工作办法》。\n")
    assert rels(r, "ISSUED") == {("中共陕西省渭南市委员会全面依法治市委员会办公室", "渭南市法治督察工作办法")}
    assert "陕西省渭南市人民政府" not in canon(r, "Agency")
    # a party committee's and a government's joint report: the government, as before
    r = extract("中共洛宁县委 洛宁县人民政府关于2021年度法治政府建设情况的报告\n出台《洛宁县证明事项告知承诺清单》。\n")
    assert rels(r, "ISSUED") == {("河南省洛阳市洛宁县人民政府", "洛宁县证明事项告知承诺清单")}


def test_a_department_opening_the_untitled_report_is_its_unnamed_actor(extract):
    body = "在市委市政府的坚强领导下，深入学习贯彻法治思想，全面推进严格规范公正文明执法。"
    r = extract(f"2023年，绍兴市市场监管局{body}\n出台《2023年度法治市场监管建设工作清单》。\n")
    assert rels(r, "ISSUED") == {("浙江省绍兴市市场监督管理局", "2023年度法治市场监管建设工作清单")}
    r = extract(f"2023年，绍兴市{body}\n出台《2023年度法治建设工作清单》。\n")
    assert rels(r, "ISSUED") == {("浙江省绍兴市人民政府", "2023年度法治建设工作清单")}
    # two settings before it: 在…领导下，在…指导下，
    r = extract("2022年，在市委市政府的坚强领导下，在市司法局的有力指导下，绍兴市市场监管局深入学习贯彻法治"
                "思想，全面推进严格规范公正文明执法。\n出台《2022年度法治市场监管建设工作清单》。\n")
    assert rels(r, "ISSUED") == {("浙江省绍兴市市场监督管理局", "2022年度法治市场监管建设工作清单")}
    # the second setting without its 在 (…领导下，省农业农村厅的正确指导下，): no actor
    r = extract("2021年，在市委、市政府的坚强领导下，省市场监管局的正确指导下，绍兴市市场监管局深入学习贯彻法治"
                "思想，全面推进严格规范公正文明执法。\n出台《2021年度法治市场监管建设工作清单》。\n")
    assert rels(r, "ISSUED") == {("浙江省绍兴市市场监督管理局", "2021年度法治市场监管建设工作清单")}
    # a year up to now (2025年至今) or 今年以来 opens the paragraph as a year does
    for since in ("2025年至今", "今年以来"):
        r = extract(f"{since}，绍兴市市场监管局{body}\n出台《2025年度法治市场监管建设工作清单》。\n")
        assert rels(r, "ISSUED") == {("浙江省绍兴市市场监督管理局", "2025年度法治市场监管建设工作清单")}
    # the page's info table above it is no paragraph, however long its rows
    r = extract("| 索 引 号 | XM00503-25-00-2026-004 | 主题分类 | 行政行为情况 | 公开方式 | 主动公开 |\n"
                f"2023年，绍兴市市场监管局{body}\n出台《2023年度法治市场监管建设工作清单》。\n")
    assert rels(r, "ISSUED") == {("浙江省绍兴市市场监督管理局", "2023年度法治市场监管建设工作清单")}
    # a covering opening that sends up the body's report (现将…枣庄市教育局…报告如下)
    r = extract("根据市委依法治市办的通知，现将2023年度枣庄市教育局法治政府建设工作情况报告如下。\n"
                "制定了《2023年普法责任清单》。\n")
    assert rels(r, "ISSUED") == {("山东省枣庄市教育局", "2023年普法责任清单")}
    # or sends it up as an account (汇报如下)
    r = extract("根据市委依法治市办的通知，现将枣庄市教育局2023年度法治政府建设工作情况汇报如下。\n"
                "制定了《2023年普法责任清单》。\n")
    assert rels(r, "ISSUED") == {("山东省枣庄市教育局", "2023年普法责任清单")}
    # or makes it public (现将市人社局2021年…情况报告予以公开): the body's own party group too
    r = extract("根据《法治政府建设实施纲要(2021—2025年)》和市委依法治市办的通知要求，现将枣庄市教育局"
                "2023年度法治政府建设情况报告予以公开。\n局党组带头学法。制定了《2023年普法责任清单》。\n")
    assert rels(r, "ISSUED") == {("山东省枣庄市教育局", "2023年普法责任清单")}
    assert "中共山东省枣庄市教育局党组" in {e["canonical"] for e in r["entities"]}


def test_a_title_heading_body_spaced_from_its_year_issued_it(extract):
    r = extract(SHANXI + "省政府印发《省司法厅 2023 年普法工作要点》。\n")
    assert rels(r, "ISSUED") == {("山西省司法厅", "省司法厅2023年普法工作要点")}
    # or one carrying out another document: 住建部贯彻〈…〉的实施方案
    r = extract(SHANXI + "落实《住建部贯彻〈法治政府建设实施纲要(2015—2020年)〉的实施方案》。\n")
    assert ("住房和城乡建设部", "住建部贯彻〈法治政府建设实施纲要(2015-2020年)〉的实施方案") in rels(r, "ISSUED")


def test_a_government_office_drafts_for_its_government(extract):
    r = extract(SHANXI + "起草《山西省露天煤矿管理办法(草案)》。\n山西省人民政府法制办公室\n2014年2月20日\n")
    assert rels(r, "ISSUED") == {("山西省人民政府", "山西省露天煤矿管理办法(草案)")}


def test_no_unnamed_issuer_for_national_or_other_regions_documents(extract):
    r = extract(PINGCHENG + "转发印发《大同市行政规范性文件备案管理办法》，印发《中华人民共和国行政处罚法》释义。\n")
    assert rels(r, "ISSUED") == set()
    r = extract(PINGCHENG + "印发《平城区行政规范性文件备案管理办法》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民政府", "平城区行政规范性文件备案管理办法")}


def test_each_title_issued_by_the_bodies_before_its_own_verb(extract):
    r = extract(PINGCHENG + "区政府认真落实国务院制定的《全面推进依法行政实施纲要》和省委、省政府印发的"
                "《山西省法治政府建设实施方案》，依据《大同市人民政府关于加强法治建设的意见》制定《平城区实施办法》。\n")
    issued = rels(r, "ISSUED")
    assert ("国务院", "全面推进依法行政实施纲要") in issued
    assert {("中共山西省委员会", "山西省法治政府建设实施方案"),
            ("山西省人民政府", "山西省法治政府建设实施方案")} <= issued
    assert not {a for a, t in issued if t == "山西省法治政府建设实施方案"} - {
        "中共山西省委员会", "山西省人民政府"}
    assert ("山西省大同市人民政府", "平城区实施办法") not in issued


def test_the_body_before_brackets_issues_not_its_other_name_inside(extract):
    # 县委依法治县办(县司法局): the office, housed in the bureau; 局政策法规处(行政审批处): one unit
    r = extract("浚县2023年法治政府建设报告\n县委依法治县办（县司法局）牵头起草《浚县法治建设规划》。\n")
    assert {a for a, t in rels(r, "ISSUED") if t == "浚县法治建设规划"} == {
        "中共河南省鹤壁市浚县委员会全面依法治县委员会办公室"}
    r = extract("南昌市教育局2023年度法治政府建设工作报告\n局政策法规处（行政审批处）牵头修订"
                "《南昌市教育局重大行政决策程序规定》。\n")
    assert {a for a, t in rels(r, "ISSUED")} == {"江西省南昌市教育局政策法规处"}


def test_bodies_named_after_the_title_with_jing_or_you(extract):
    r = extract(PINGCHENG + "《平城区行政执法公示办法》经区政府第10次常务会议审议通过并印发实施。"
                "《平城区法治政府建设实施方案》由区委、区政府联合印发。贯彻《重大行政决策程序暂行条例》，经区政府同意，建立制度。\n")
    assert rels(r, "ISSUED") == {
        ("山西省大同市平城区人民政府", "平城区行政执法公示办法"),
        ("中共山西省大同市平城区委员会", "平城区法治政府建设实施方案"),
        ("山西省大同市平城区人民政府", "平城区法治政府建设实施方案")}
    # 经…同意，由…印发: the body the next clause names issued it; 审定 is a verb of adoption
    r = extract(PINGCHENG + "《平城区合法性审查办法》经区政府同意，由区政府办公室印发。"
                "区政府常务会议审定《平城区重大行政决策程序规定》。\n")
    assert rels(r, "ISSUED") == {
        ("山西省大同市平城区人民政府办公室", "平城区合法性审查办法"),
        ("山西省大同市平城区人民政府", "平城区重大行政决策程序规定")}
    # 由…起草，经…审议通过后印发: the body that drafted it and the one that adopted it; a body
    # that only checked it (审核) issued nothing
    r = extract(PINGCHENG + "《平城区行政规范性文件管理办法》由区司法局起草，经区政府第12次常务会议审议通过后印发实施。"
                "《平城区法律顾问工作规则》由区司法局起草，经区委依法治区办审核后报送。\n")
    assert rels(r, "ISSUED") == {
        ("山西省大同市平城区司法局", "平城区行政规范性文件管理办法"),
        ("山西省大同市平城区人民政府", "平城区行政规范性文件管理办法"),
        ("山西省大同市平城区司法局", "平城区法律顾问工作规则")}
    # a clause whose verb takes a title of its own says who made that one, not the one before
    r = extract(PINGCHENG + "提请区人大常委会审议通过《平城区养犬管理条例》《平城区绿化条例》，"
                "经区政府常务会议审议通过《平城区规章制定程序规定》。\n")
    assert rels(r, "ISSUED") == {
        ("山西省大同市平城区人民代表大会常务委员会", "平城区养犬管理条例"),
        ("山西省大同市平城区人民代表大会常务委员会", "平城区绿化条例"),
        ("山西省大同市平城区人民政府", "平城区规章制定程序规定")}
    # the body that drafted it, before its verb and 的, made it too
    r = extract(PINGCHENG + "由区司法局牵头起草的《平城区行政执法公示办法》经区政府常务会议审议通过。"
                "学习区政府印发的《平城区法治政府建设实施方案》。\n")
    assert rels(r, "ISSUED") == {
        ("山西省大同市平城区司法局", "平城区行政执法公示办法"),
        ("山西省大同市平城区人民政府", "平城区行政执法公示办法"),
        ("山西省大同市平城区人民政府", "平城区法治政府建设实施方案")}
    # the body a maker sent it to (报请, 提请), where that body adopted or issued it; not
    # one it was only filed with
    r = extract("湖北省自然资源厅2022年法治政府建设情况报告\n起草《湖北省土地管理实施办法》，"
                "报请省政府常务会议审议通过。制定《湖北省自然资源行政处罚裁量基准》，报请省司法厅备案。\n")
    assert rels(r, "ISSUED") == {
        ("湖北省自然资源厅", "湖北省土地管理实施办法"), ("湖北省人民政府", "湖北省土地管理实施办法"),
        ("湖北省自然资源厅", "湖北省自然资源行政处罚裁量基准")}
    # sent up as 报经 or 报 before the body (报省政府审定后印发), and the same where it was
    # only filed (报省司法厅备案)
    r = extract("湖北省自然资源厅2022年法治政府建设情况报告\n修订《湖北省地质灾害防治办法》，报省政府审定后印发。"
                "起草《湖北省矿产资源管理办法》，报经省政府常务会议审议通过。制定《湖北省自然资源执法细则》，报省司法厅备案。\n")
    assert rels(r, "ISSUED") == {
        ("湖北省自然资源厅", "湖北省地质灾害防治办法"), ("湖北省人民政府", "湖北省地质灾害防治办法"),
        ("湖北省自然资源厅", "湖北省矿产资源管理办法"), ("湖北省人民政府", "湖北省矿产资源管理办法"),
        ("湖北省自然资源厅", "湖北省自然资源执法细则")}
    # a department that asked, naming no one, asked its own government; a government that
    # asked names no one known, nor does a department that pushed another (推动出台)
    r = extract("广州市司法局关于2022年度法治政府建设情况的报告\n提请印发《广州市法治政府建设实施纲要》，"
                "推动出台《广州市行政执法条例》。\n")
    assert rels(r, "ISSUED") == {("广东省广州市人民政府", "广州市法治政府建设实施纲要")}
    r = extract("广州市2022年度法治政府建设情况的报告\n提请印发《广州市法治政府建设实施纲要》。\n")
    assert rels(r, "ISSUED") == set()
    # the bodies a bracket after the title says adopted or issued it, as a law's own head
    # says (…（2020年11月25日江西省第十三届人民代表大会常务委员会第二十六次会议通过）); not a
    # bracket that names none (2021年修订) or a document number
    r = extract("宜春市2022年法治政府建设情况报告\n贯彻《江西省优化营商环境条例》（2020年省人大常委会通过）"
                "和《江西省法治宣传教育条例》（2020年11月25日江西省第十三届人民代表大会常务委员会第二十六次会议通过），"
                "落实《宜春市文明行为促进条例》（市人大常委会2021年颁布）、《宜春市城市管理办法》（2021年修订）"
                "和《宜春市停车管理办法》（宜府发〔2021〕3号）。\n")
    assert rels(r, "ISSUED") == {
        ("江西省人民代表大会常务委员会", "江西省优化营商环境条例"),
        ("江西省人民代表大会常务委员会", "江西省法治宣传教育条例"),
        ("江西省宜春市人民代表大会常务委员会", "宜春市文明行为促进条例"),
        ("江西省宜春市人民政府", "宜春市停车管理办法")}


def test_bodies_a_department_pushed_to_make_a_document_made_it(extract):
    # 指导各乡镇制定《X》: the townships made X, not the department that guided them
    r = extract("平城区司法局2022年法治政府建设情况报告\n区司法局指导各乡镇制定《乡镇合法性审查工作办法》，"
                "督促区直各部门制定《行政执法公示办法》，推进依法行政，制定《平城区行政执法办法》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区司法局", "平城区行政执法办法")}
    # the bodies counted (指导全市300余家单位制定)
    r = extract("平城区司法局2022年法治政府建设情况报告\n指导全区300余家单位制定《领导干部应知应会法律法规清单》。\n")
    assert rels(r, "ISSUED") == set()
    # the report's own department pushed (指导我局制定): it made the document, not the
    # bodies that guided it
    r = extract("汕头市龙湖区教育局2022年法治政府建设年度报告\n区委依法治区办、区司法局指导我局制定《龙湖区教育系统普法规划》。\n")
    assert rels(r, "ISSUED") == {("广东省汕头市龙湖区教育局", "龙湖区教育系统普法规划")}
    # a body named after the push is the one that made it (报请区政府印发, 建议市政府出台)
    r = extract("平城区司法局2022年法治政府建设情况报告\n报请区政府印发《平城区行政复议工作规则》，"
                "建议市政府出台《大同市行政调解办法》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民政府", "平城区行政复议工作规则"),
                                 ("山西省大同市人民政府", "大同市行政调解办法")}


def test_regions_a_pivot_verb_sets_to_act_implement(extract):
    r = extract(SHANXI + "省政府法制办督促指导吕梁市柳林县和介休市在城市管理领域开展了相对集中行政处罚权试点。\n")
    assert rels(r, "IMPLEMENTS") == {("山西省", "相对集中行政处罚权试点"),
                                     ("山西省/吕梁市/柳林县", "相对集中行政处罚权试点"),
                                     ("山西省/晋中市/介休市", "相对集中行政处罚权试点")}
    # a region's body that sets another to act does not carry it out itself: the regions
    # it names do, or, naming a body (县司法局), the report's own
    r = extract("疏附县2023年法治政府建设情况报告\n喀什地区司法局指导县司法局开展“八五”普法中期评估。\n")
    assert rels(r, "IMPLEMENTS") == {("新疆维吾尔自治区/喀什地区/疏附县", "八五普法")}
    r = extract("大同市2023年法治政府建设情况报告\n大同市督促云冈区开展“法治体检”活动。\n")
    assert rels(r, "IMPLEMENTS") == {("山西省/大同市", "法治体检活动"), ("山西省/大同市/云冈区", "法治体检活动")}
    # a region chosen to carry it out (选取…作为试点县) carries it out
    r = extract("大同市2023年法治政府建设情况报告\n市司法局选取阳高县作为“首违不罚”试点县。\n")
    assert ("山西省/大同市/阳高县", "首违不罚试点") in rels(r, "IMPLEMENTS")
    # ... or the regions it is tried in first (以…为试点，推行…); not a principle (以法治为引领)
    r = extract("平城区2023年法治政府建设报告\n以永泰街道、古城街道为试点，推行“街乡吹哨、部门报到”改革。"
                "以法治为引领，推行“一网通办”。\n")
    assert rels(r, "IMPLEMENTS") == {("山西省/大同市/平城区", "街乡吹哨部门报到改革"),
                                     ("山西省/大同市/平城区/永泰街道", "街乡吹哨部门报到改革"),
                                     ("山西省/大同市/平城区/古城街道", "街乡吹哨部门报到改革"),
                                     ("山西省/大同市/平城区", "一网通办")}


def test_the_region_an_actor_is_first_in_does_not_implement(extract):
    r = extract(PINGCHENG + "我区在山西省率先推行企业登记全程电子化改革，在大同市首家开展告知承诺制改革。\n")
    assert {s for s, _ in rels(r, "IMPLEMENTS")} == {"山西省/大同市/平城区"}


def test_the_place_of_a_visit_is_no_actor(extract):
    r = extract(PINGCHENG + "学习习近平总书记在山西考察时的重要讲话精神、《中国共产党宣传工作条例》等党内法规，"
                "学习领导在大同市调研期间的讲话和《山西省法治宣传教育条例》。\n")
    assert {s for s, _ in rels(r, "CITES")} == {"山西省/大同市/平城区"}


def test_bodies_before_guanyu_and_the_title_issued_it(extract):
    r = extract(PINGCHENG + "区政府出台贯彻中共中央关于《法治中国建设规划》与中共中央、国务院关于《法治政府建设实施纲要》的实施方案。\n")
    issued = rels(r, "ISSUED")
    plan, outline = "法治中国建设规划(2020-2025年)", "法治政府建设实施纲要(2015-2020年)"   # (of 2020)
    assert {("中共中央", plan), ("中共中央", outline), ("国务院", outline)} <= issued


def test_a_document_number_names_its_issuer(extract):
    r = extract(PINGCHENG + "印发《关于建立学法清单制度的实施方案》(平法委发〔2024〕3号)，"
                "明确《关于加强生猪防疫监管的通知》(平政发〔2019〕26号)期满失效，"
                "落实《关于印发〈某某规定〉的通知》(厅字〔2019〕28号)，参照《某某办法》(黔环党〔2022〕5号)。\n")
    issued = rels(r, "ISSUED")
    assert ("中共山西省大同市平城区委员会全面依法治区委员会", "关于建立学法清单制度的实施方案") in issued
    assert ("山西省大同市平城区人民政府", "关于加强生猪防疫监管的通知") in issued
    assert {("中共中央办公厅", "关于印发〈某某规定〉的通知"), ("国务院办公厅", "关于印发〈某某规定〉的通知")} <= issued
    assert not [s for s, t in issued if t == "某某办法"]
    # the committee written 依法委 or 法治委 (and no kind after it), its office 依法办
    r = extract(PINGCHENG + "印发《平城区法治督察实施方案》(平依法委发〔2023〕1号)，"
                "《平城区述法工作办法》(平依法办发〔2023〕2号)，《平城区2024年依法行政工作要点》(平法治委〔2024〕1号)。\n")
    issued = rels(r, "ISSUED")
    committee = "中共山西省大同市平城区委员会全面依法治区委员会"
    assert {(committee, "平城区法治督察实施方案"), (committee + "办公室", "平城区述法工作办法"),
            (committee, "平城区2024年依法行政工作要点")} <= issued
    # the subject's province by its one-character name, a government coded 府; not another
    # province's (宁政发 is 宁夏's and 南京's alike)
    r = extract(PINGCHENG + "落实《关于加强行政执法工作的意见》(晋政发〔2022〕12号)、《政务公开工作要点》"
                "(晋政办发〔2023〕5号)，参照《某某通知》(宁政发〔2022〕3号)、《某某意见》(渝府发〔2021〕9号)。\n")
    assert rels(r, "ISSUED") == {("山西省人民政府", "关于加强行政执法工作的意见"),
                                 ("山西省人民政府办公厅", "政务公开工作要点")}
    r = extract("重庆市綦江区2021年法治政府建设报告\n落实《某某意见》(渝府发〔2021〕9号)、"
                "《某某通知》(国办发明电〔2020〕3号)。\n")
    assert rels(r, "ISSUED") == {("重庆市人民政府", "某某意见"), ("国务院办公厅", "某某通知")}
    # a people's congress standing committee (人常) and its office; of two regions the
    # abbreviation fits (濮 of 濮阳市 and 濮阳县), the one the title opens with, else the deepest
    r = extract("濮阳县2023年法治政府建设报告\n落实《濮阳市某某审查办法》(濮人常〔2021〕5号)、"
                "《某某通知》(濮人常办〔2022〕2号)。\n")
    assert rels(r, "ISSUED") == {("河南省濮阳市人民代表大会常务委员会", "濮阳市某某审查办法"),
                                 ("河南省濮阳市濮阳县人民代表大会常务委员会办公室", "某某通知")}
    # the rule-of-law office coded 法治办; the State Council's disclosure office
    r = extract("广东省2021年法治政府建设报告\n根据《关于做好年度报告的通知》(粤法治办〔2021〕5号)、《关于印发"
                "<政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)要求。\n")
    assert rels(r, "ISSUED") == {("中共广东省委员会全面依法治省委员会办公室", "关于做好年度报告的通知"),
                                 ("国务院办公厅政府信息与政务公开办公室",
                                  "关于印发<政府信息公开工作年度报告格式>的通知")}


def test_an_autonomous_regions_number_names_its_party_committee_by_dang(extract):
    # an autonomous region's or prefecture's party committee numbers with 党 (内党发, 新党办发),
    # and an autonomous prefecture is abbreviated by its first character and 州 (伊州)
    r = extract("伊犁州水利局2023年度法治政府建设情况报告\n落实《某某实施方案》(伊州党发〔2023〕14号)、"
                "《某某意见》(伊州政发〔2023〕3号)、《某某通知》(新党办发〔2022〕7号)。\n")
    assert rels(r, "ISSUED") == {("中共新疆维吾尔自治区伊犁哈萨克自治州委员会", "某某实施方案"),
                                 ("新疆维吾尔自治区伊犁哈萨克自治州人民政府", "某某意见"),
                                 ("中共新疆维吾尔自治区委员会办公厅", "某某通知")}


def test_a_document_number_after_a_bare_title_names_its_issuer(extract):
    r = extract(PINGCHENG + "按照平城区重大行政决策程序规定（平政发〔2021〕5号）要求开展工作。\n"
                "1 平城区农村集体资产管理办法 平政办发〔2023〕12号\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民政府", "平城区重大行政决策程序规定"),
                                 ("山西省大同市平城区人民政府办公室", "平城区农村集体资产管理办法")}


def test_a_decree_number_names_its_issuer(extract):
    # 规章 and 行政法规 are issued as a decree: by name, province short name or level word
    r = extract("宜良县2024年法治政府建设报告\n按照《重大行政决策程序暂行条例》(国务院令第713号)、"
                "《云南省重大行政决策程序规定》(省人民政府令第217号)、《某省规定》(吉林省人民政府令第270号)、"
                "《某市规定》(沪府令35号)、《某部规定》(司法部令第1号)等要求。\n")
    issued = rels(r, "ISSUED")
    assert {("国务院", "重大行政决策程序暂行条例"), ("云南省人民政府", "云南省重大行政决策程序规定"),
            ("吉林省人民政府", "某省规定"), ("上海市人民政府", "某市规定"), ("司法部", "某部规定")} <= issued
    # the serial before 令, and a province's short name before 政令
    r = extract("四平市2020年法治政府建设报告\n落实《吉林省某办法》(省政府第3号令)、《吉林省某规定》(吉政令第218號)。\n")
    assert {("吉林省人民政府", "吉林省某办法"), ("吉林省人民政府", "吉林省某规定")} <= rels(r, "ISSUED")


def test_a_document_a_clause_follows_is_not_what_its_verb_made(extract):
    r = extract("龙岗区2016年度依法行政工作报告\n2016年，区政府规范性文件的制定部门按照《龙岗区重大行政决策公开征集意见"
                "和咨询论证暂行办法》的要求起草草案。根据《中华人民共和国立法法》制定《龙岗区规范性文件管理办法》。\n")
    assert rels(r, "ISSUED") == {("广东省深圳市龙岗区人民政府", "龙岗区规范性文件管理办法")}


def test_a_title_listed_after_another_shares_the_bodies_written_before_it(extract):
    r = extract("2022年，自治区出台贯彻中共中央关于《法治中国建设规划（2020—2025年）》《法治社会建设实施纲要（2021—2025年）》"
                "的实施方案。贯彻国务院《优化营商环境条例》、《内蒙古自治区优化营商环境条例》。\n")
    assert rels(r, "ISSUED") == {("中共中央", "法治中国建设规划(2020-2025年)"),
                                 ("中共中央", "法治社会建设实施纲要(2021-2025年)"),
                                 ("国务院", "优化营商环境条例")}


def test_a_title_joined_by_a_conjunction_shares_the_bodies_written_before_the_first(extract):
    # 国务院《A》、《B》和《C》, 国务院《A》及《D》: 和 and 及 join a list as 、 does
    r = extract("2013年，贯彻落实国务院《全面推进依法行政实施纲要》、《关于加强市县政府依法行政的决定》"
                "和《关于加强法治政府建设的意见》等文件精神。贯彻中共中央《法治中国建设规划（2020—2025年）》"
                "以及《法治社会建设实施纲要（2020—2025年）》。贯彻国务院《优化营商环境条例》和《内蒙古自治区优化营商环境条例》。\n")
    assert rels(r, "ISSUED") == {("国务院", "全面推进依法行政实施纲要"),
                                 ("国务院", "关于加强市县政府依法行政的决定"),
                                 ("国务院", "关于加强法治政府建设的意见"),
                                 ("中共中央", "法治中国建设规划(2020-2025年)"),
                                 ("中共中央", "法治社会建设实施纲要(2020-2025年)"),
                                 ("国务院", "优化营商环境条例")}


def test_the_bodies_named_before_others_unnamed_issued_a_title(extract):
    # 省人社厅等三部门《…》: the named ones, the others left unnamed
    r = extract("南昌县人社局2023年法治政府建设工作报告\n根据省人社厅等三部门《关于阶段性降低失业保险费率的通知》精神，"
                "根据省人社厅、省财政厅等部门《关于调整工伤保险的通知》要求。\n")
    assert rels(r, "ISSUED") == {("江西省人力资源和社会保障厅", "关于阶段性降低失业保险费率的通知"),
                                 ("江西省人力资源和社会保障厅", "关于调整工伤保险的通知"),
                                 ("江西省财政厅", "关于调整工伤保险的通知")}


def test_what_a_named_groups_meeting_adopted_it_issued(extract):
    r = extract("2015年6月24日，应城市召开法治应城建设领导小组第一次全会，审议并通过了《法治应城建设领导小组工作规则》"
                "和《2015年法治应城建设工作要点》。\n")
    group = "湖北省孝感市应城市法治应城建设领导小组"
    assert rels(r, "ISSUED") == {(group, "法治应城建设领导小组工作规则"), (group, "2015年法治应城建设工作要点")}


def test_a_verb_inside_another_title_issues_nothing(extract):
    r = extract("2025年，金昌市推进法治建设。《关于印发〈法治建设考核办法〉的通知》（以下简称《通知》）要求明确。\n")
    assert rels(r, "ISSUED") == set()


def test_regions_where_a_programme_is_carried_out_implement_it(extract):
    r = extract("2017年，湖南省稳步推进改革。在长沙市芙蓉区、湘潭市经开区开展相对集中行政许可权改革试点。\n")
    assert rels(r, "IMPLEMENTS") == {("湖南省", "相对集中行政许可权改革试点"),
                                     ("湖南省/长沙市/芙蓉区", "相对集中行政许可权改革试点"),
                                     ("湖南省/湘潭市", "相对集中行政许可权改革试点")}
    r = extract("2017年，湖南省稳步推进改革。在湖南省司法厅指导下推进综合行政执法改革。\n")
    assert rels(r, "IMPLEMENTS") == {("湖南省", "综合行政执法改革")}
    r = extract("长沙县2017年法治政府建设报告\n2017年，长沙县稳步推进改革。在湖南省司法厅指导下推进综合行政执法改革。\n")
    assert rels(r, "IMPLEMENTS") == {("湖南省/长沙市/长沙县", "综合行政执法改革")}


def test_a_body_that_pushed_for_a_document_did_not_issue_it(extract):
    r = extract("山东省司法厅2023年法治政府建设年度报告\n2023年，省司法厅推动出台《山东省2023年法治政府建设工作计划》，"
                "组织研究起草并推动印发《山东省行政执法监督条例实施办法》。\n")
    assert rels(r, "ISSUED") == {("山东省司法厅", "山东省行政执法监督条例实施办法")}
    r = extract("濮阳县2022年法治政府建设情况报告\n2022年，县司法局参与起草《河南省行政执法条例》。\n")
    assert rels(r, "ISSUED") == set()


def test_a_document_issued_jointly_with_a_named_body(extract):
    r = extract("2023年，市市场监管局深入学习贯彻习近平法治思想，在市委市政府坚强领导下，扎实推进法治政府建设，取得明显成效。\n"
                "联合市公安局印发《关于加强食品安全行政执法与刑事司法衔接工作的意见》。市委联合市政府印发《大同市法治政府建设实施方案》。\n")
    assert rels(r, "ISSUED") == {
        ("山西省大同市市场监督管理局", "关于加强食品安全行政执法与刑事司法衔接工作的意见"),
        ("山西省大同市公安局", "关于加强食品安全行政执法与刑事司法衔接工作的意见"),
        ("中共山西省大同市委员会", "大同市法治政府建设实施方案"),
        ("山西省大同市人民政府", "大同市法治政府建设实施方案")}


def test_a_document_cosigned_with_a_named_body(extract):
    r = extract(PINGCHENG + "区政府与区法院建立府院联动机制，与区检察院会签《关于加强行政检察监督的意见》。"
                "区司法局与区公安局联合会签《平城区社区矫正衔接办法》。\n")
    assert rels(r, "ISSUED") == {
        ("山西省大同市平城区人民政府", "关于加强行政检察监督的意见"),
        ("山西省大同市平城区人民检察院", "关于加强行政检察监督的意见"),
        ("山西省大同市平城区司法局", "平城区社区矫正衔接办法"),
        ("山西省大同市平城区公安局", "平城区社区矫正衔接办法")}
    # a department speaking of itself (我局与…) issues it with them
    r = extract("大同市司法局2023年法治政府建设年度报告\n我局与市中级人民法院联合出台《关于建立府院联动机制的意见》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市司法局", "关于建立府院联动机制的意见"),
                                 ("山西省大同市中级人民法院", "关于建立府院联动机制的意见")}
    # 会同 after an earlier clause a body opens: that body is the actor (a page with no own body)
    r = extract("2023年，全国公安机关推进执法规范化建设。\n公安部贯彻落实宽严相济刑事政策，会同最高人民检察院联合"
                "印发《人民检察院 公安机关羁押必要性审查、评估工作规定》。\n")
    assert rels(r, "ISSUED") == {("公安部", "人民检察院 公安机关羁押必要性审查、评估工作规定"),
                                 ("最高人民检察院", "人民检察院 公安机关羁押必要性审查、评估工作规定")}
    # in a county's report, the department opening the earlier clause, not the county's government
    r = extract(PINGCHENG + "区市场监管局开展专项整治，会同区公安局联合印发《平城区食品安全联合执法办法》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区市场监督管理局", "平城区食品安全联合执法办法"),
                                 ("山西省大同市平城区公安局", "平城区食品安全联合执法办法")}
    # an adverb before 与 (先后与…, 积极与…)
    r = extract("大同市司法局2023年法治政府建设年度报告\n先后与市委宣传部联合印发《关于加强普法工作的通知》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市司法局", "关于加强普法工作的通知"),
                                 ("中共山西省大同市委员会宣传部", "关于加强普法工作的通知")}


def test_the_body_leading_an_earlier_clause_made_it_not_those_assisting(extract):
    # 由县司法局牵头，制定《X》: the body 由 puts in the lead; 县财政局配合: a body helping, the
    # clause before says who made it; one helping alone leaves the report's actor
    r = extract("兰西县2022年法治政府建设情况报告\n由县司法局牵头，制定《兰西县乙办法》。县司法局牵头，县财政局配合，"
                "制定《兰西县丙办法》。由县司法局牵头、县财政局配合，制定《兰西县丁办法》。县财政局配合，制定《兰西县戊办法》。"
                "由县委书记任组长，制定《兰西县己办法》。\n")
    assert rels(r, "ISSUED") == {
        ("黑龙江省绥化市兰西县司法局", "兰西县乙办法"), ("黑龙江省绥化市兰西县司法局", "兰西县丙办法"),
        ("黑龙江省绥化市兰西县司法局", "兰西县丁办法"), ("黑龙江省绥化市兰西县人民政府", "兰西县戊办法"),
        ("黑龙江省绥化市兰西县人民政府", "兰西县己办法")}


def test_a_document_drafted_then_issued_or_adopted_by_another_body(extract):
    # the drafter and the body after 由/经, beyond a comma after the title
    r = extract("大同市司法局2023年法治政府建设年度报告\n市委依法治市办牵头起草了《大同市法治督察工作办法》，"
                "由市委办公室印发。起草《大同市养犬管理条例》，经市人大常委会审议通过。\n")
    assert rels(r, "ISSUED") == {
        ("中共山西省大同市委员会全面依法治市委员会办公室", "大同市法治督察工作办法"),
        ("中共山西省大同市委员会办公室", "大同市法治督察工作办法"),
        ("山西省大同市人民代表大会常务委员会", "大同市养犬管理条例"),
        ("山西省大同市司法局", "大同市养犬管理条例")}
    # a plan drawn up (编制), then approved and issued by another body
    r = extract("大同市司法局2023年法治政府建设年度报告\n市发展改革委牵头编制《大同市法治社会建设实施方案》，"
                "经市委审定后印发。\n")
    assert rels(r, "ISSUED") == {("山西省大同市发展和改革委员会", "大同市法治社会建设实施方案"),
                                 ("中共山西省大同市委员会", "大同市法治社会建设实施方案")}

    # drafted on another body's behalf (代…起草, 代拟): the drafter and, named, that body
    r = extract(PINGCHENG + "区司法局代区政府起草《平城区行政执法监督办法》。区司法局代拟《平城区重大行政决策程序规定》，"
                "经区政府常务会议审议通过。区司法局草拟了《平城区法律顾问工作规则》。\n")
    assert rels(r, "ISSUED") == {
        (body, title) for title in ("平城区行政执法监督办法", "平城区重大行政决策程序规定")
        for body in ("山西省大同市平城区司法局", "山西省大同市平城区人民政府")} | {
        ("山西省大同市平城区司法局", "平城区法律顾问工作规则")}


def test_the_body_a_sentence_opens_with_issues_in_its_later_clauses(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n2022年，县司法局制发《濮阳县行政规范性文件备案审查办法》，"
                "拟定《濮阳县行政复议工作规则》。一是县政府办公室牵头，起草《濮阳县政务公开办法》。\n")
    assert rels(r, "ISSUED") == {("河南省濮阳市濮阳县司法局", "濮阳县行政规范性文件备案审查办法"),
                                 ("河南省濮阳市濮阳县司法局", "濮阳县行政复议工作规则"),
                                 ("河南省濮阳市濮阳县人民政府办公室", "濮阳县政务公开办法")}
    # or the body that opens an earlier clause of it, after what the sentence is for
    r = extract("濮阳县2022年法治政府建设情况报告\n强化学法用法能力，县委依法治县委员会印发了《濮阳县学法"
                "若干措施》，制定濮阳县领导干部学法清单，各部门根据清单开展学习。\n")
    assert rels(r, "ISSUED") == {("中共河南省濮阳市濮阳县委员会全面依法治县委员会", "濮阳县学法若干措施"),
                                 ("中共河南省濮阳市濮阳县委员会全面依法治县委员会", "濮阳县领导干部学法清单")}


def test_a_person_holding_several_posts_acts_for_the_body_of_the_last(extract):
    # 省委常委、市委书记、市委全面依法治市委员会主任林宝金: the posts are listed from the rank
    # down to the one the person acts in here
    r = extract("福州市2023年法治政府建设情况\n省委常委、市委书记、市委全面依法治市委员会主任林宝金主持召开会议，"
                "制定印发《关于学习宣传贯彻党的二十大精神全面推进依法治市的实施方案》。\n")
    assert rels(r, "ISSUED") == {("中共福建省福州市委员会全面依法治市委员会",
                                  "关于学习宣传贯彻党的二十大精神全面推进依法治市的实施方案")}
    # (bodies listed as themselves share the act: 县委、县政府)
    r = extract("福州市2023年法治政府建设情况\n市委、市政府主持召开会议，制定印发《福州市某某办法》。\n")
    assert rels(r, "ISSUED") == {("中共福建省福州市委员会", "福州市某某办法"),
                                 ("福建省福州市人民政府", "福州市某某办法")}


def test_the_body_drafting_before_another_adopts_issues_too(extract):
    # 由…牵头起草、经…审议通过的《X》: the drafter as well as the adopter
    r = extract("濮阳县2022年法治政府建设情况报告\n由县司法局牵头起草、经县政府常务会议审议通过的"
                "《濮阳县行政规范性文件管理办法》正式实施。县司法局起草、县政府印发了《濮阳县法律顾问工作规则》。\n")
    assert rels(r, "ISSUED") == {(body, title) for body in ("河南省濮阳市濮阳县司法局", "河南省濮阳市濮阳县人民政府")
                                 for title in ("濮阳县行政规范性文件管理办法", "濮阳县法律顾问工作规则")}


def test_a_division_drafts_and_its_departments_own_meeting_adopts(extract):
    # 局法规科起草、经局长办公会审定的《X》 in the bureau's own report: the division drafted it,
    # the bureau, whose meeting that is, adopted it (so a commission's 主任办公会)
    r = extract("许昌市生态环境局2023年法治政府建设情况报告\n局法规科起草、经局长办公会审定的"
                "《许昌市生态环境局行政执法公示办法》正式印发。\n")
    assert rels(r, "ISSUED") == {("河南省许昌市生态环境局法规科", "许昌市生态环境局行政执法公示办法"),
                                 ("河南省许昌市生态环境局", "许昌市生态环境局行政执法公示办法")}
    r = extract("许昌市卫生健康委员会关于2023年法治政府建设情况的报告\n委法规科起草、经主任办公会审议通过的"
                "《许昌市卫生健康委员会重大行政决策程序规定》印发实施。\n")
    assert ("河南省许昌市卫生健康委员会", "许昌市卫生健康委员会重大行政决策程序规定") in rels(r, "ISSUED")
    # a bureau's meeting in a government's report is none of the government's
    r = extract("濮阳县2022年法治政府建设情况报告\n县司法局起草、经局长办公会审定的《濮阳县行政执法公示办法》正式印发。\n")
    assert rels(r, "ISSUED") == {("河南省濮阳市濮阳县司法局", "濮阳县行政执法公示办法")}


def test_the_members_named_for_a_group_do_not_act_in_later_clauses(extract):
    # 镇平安办、镇党政办、司法所等…为成员的领导小组: who sits on the group, not who makes
    # the plan the sentence goes on to (the township's own government, unnamed)
    r = extract("濮阳县2022年法治政府建设情况报告\n成立依法治县领导小组，县司法局、县信访局等相关工作人员为成员的"
                "领导小组，定期听取汇报，同时制定完善《濮阳县依法治县责任制实施方案》。\n")
    assert rels(r, "ISSUED") == {("河南省濮阳市濮阳县人民政府", "濮阳县依法治县责任制实施方案")}
    r = extract("濮阳县2022年法治政府建设情况报告\n县司法局、县信访局任成员单位，同时制定《濮阳县信访工作办法》。\n")
    assert rels(r, "ISSUED") == {("河南省濮阳市濮阳县人民政府", "濮阳县信访工作办法")}


def test_a_document_numbers_year_in_any_brackets(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n2022年，落实《关于推进依法行政的通知》(国发(2021)8号)、"
                "《关于加强政务公开的意见》（国办发﹝2020﹞12号）。\n")
    assert rels(r, "ISSUED") == {("国务院", "关于推进依法行政的通知"), ("国务院办公厅", "关于加强政务公开的意见")}


def test_an_open_telegrams_number_names_its_issuer(extract):
    r = extract("伊犁州2021年法治政府建设情况报告\n根据《关于报送2021年法治政府建设工作总结的通知》"
                "(新政办明电〔2021〕309号)文件要求，现报告如下。\n")
    assert rels(r, "ISSUED") == {("新疆维吾尔自治区人民政府办公厅", "关于报送2021年法治政府建设工作总结的通知")}


def test_a_document_called_new_was_not_made_by_the_reader(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n2022年，县司法局组织学习新修订的《中华人民共和国行政复议法》。"
                "县政府常务会议学习，重点学习最新颁布的《优化营商环境条例》。县政府创新制定《濮阳县行政执法督察20条》。\n")
    assert rels(r, "ISSUED") == {("河南省濮阳市濮阳县人民政府", "濮阳县行政执法督察20条")}
    # a verb right after a title names that title's work (《A》修订立法), not the next one's
    r = extract("山东省气象局2023年法治政府建设报告\n组织开展《山东省防御和减轻雷电灾害管理规定》修订立法和"
                "“山东省气候资源保护和利用条例”调研论证工作。\n")
    assert ("山东省气象局", "山东省气候资源保护和利用条例") not in rels(r, "ISSUED")
    # nor does a verb in a note on the title before (its revision's year)
    r = extract("宜城市2023年法治政府建设工作报告\n市政府常务会议学习了《中华人民共和国行政复议法》(2023年修订)"
                "和《湖北省行政规范性文件管理办法》。\n")
    assert rels(r, "ISSUED") == set()


def test_a_dated_state_plan_for_a_region_has_no_unnamed_maker(extract):
    # 2020年6月1日印发的《海南自由贸易港…》: the date tells when, the region's short name that
    # it is the State's plan for the region, not the report's body's; its own titles keep theirs
    r = extract("海南省司法厅2024年法治政府建设年度报告\n2020年6月1日印发的《海南自由贸易港建设总体方案》"
                "作出制度设计。2024年3月印发的《海南省行政复议办法》施行。\n")
    assert rels(r, "ISSUED") == {("海南省司法厅", "海南省行政复议办法")}


def test_a_meetings_adoption_and_a_title_taken_up_again(extract):
    r = extract("深圳市应急管理局2024年法治政府建设报告\n推动制定《深圳经济特区灾害事故应急处置条例》，"
                "规范应急处置工作，该条例已经深圳市第七届人民代表大会常务委员会第三十四次会议通过。"
                "《深圳市安全生产监督管理条例》经市人大常委会第十次会议通过。\n")
    issued = rels(r, "ISSUED")
    congress = "广东省深圳市人民代表大会常务委员会"
    assert {(congress, "深圳经济特区灾害事故应急处置条例"),
            (congress, "深圳市安全生产监督管理条例")} <= issued
    # the day it was adopted between the kind and the body (该条例于2021年11月19日经…)
    r = extract("深圳市应急管理局2024年法治政府建设报告\n完成《深圳市消防条例》立法调研，该条例于2021年"
                "11月19日经市人大常委会第三次会议审议通过；起草《深圳市救援条例》，该条例已于9月由市人大常委会审议通过。\n")
    assert {(congress, "深圳市消防条例"), (congress, "深圳市救援条例")} <= rels(r, "ISSUED")
    # 该办法 takes up no 条例; 通过 alone is also "by means of"
    r = extract("深圳市应急管理局2024年法治政府建设报告\n制定《深圳市应急预案管理条例》，该办法经市政府"
                "通过网上征求意见。\n")
    assert not any(s == "广东省深圳市人民政府" for s, _ in rels(r, "ISSUED"))
    # the adoption told in the clause before the title (经…审议通过，《X》自…起施行)
    r = extract("深圳市应急管理局2024年法治政府建设报告\n经市人大常委会第十次会议审议通过，《深圳市安全"
                "生产监督管理条例》自3月1日起施行。经过反复论证通过，《深圳市应急预案管理办法》印发。\n")
    # (经过…通过 names no body: the 办法 is the bureau's, the report's unnamed actor)
    assert rels(r, "ISSUED") == {(congress, "深圳市安全生产监督管理条例"),
                                 ("广东省深圳市应急管理局", "深圳市应急预案管理办法")}


def test_a_title_opening_with_a_regions_full_name_is_not_a_national_bodys(extract):
    r = extract(PINGCHENG + "区政府紧紧围绕中共中央、国务院印发的《法治政府建设实施纲要(2021—2025年)》和"
                "《山西省法治政府建设实施方案》，落实国务院印发的《海南自由贸易港建设总体方案》。\n")
    issued = rels(r, "ISSUED")
    assert ("国务院", "法治政府建设实施纲要(2021-2025年)") in issued
    assert not {a for a, t in issued if t == "山西省法治政府建设实施方案"}
    assert ("国务院", "海南自由贸易港建设总体方案") in issued     # a short name: a national plan


def test_a_title_opening_with_the_subjects_full_path_is_its_own(extract):
    r = extract(PINGCHENG + "制定了《大同市平城区行政执法公示办法》，转发《大同市行政执法公示办法》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民政府", "大同市平城区行政执法公示办法")}
    # a township's: the gazetteer's region search knows no townships, its title still names it
    r = extract("2023年，四季青街道在区委区政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
                "笃学践行习近平法治思想。\n出台了《上城区四季青街道综合行政执法处罚案件集体讨论规定》，"
                "转发《上城区行政执法公示办法》。\n")
    assert rels(r, "ISSUED") == {("浙江省杭州市上城区四季青街道办事处", "上城区四季青街道综合行政执法处罚案件集体讨论规定")}


def test_a_national_document_is_no_local_bodys(extract):
    r = extract(PINGCHENG + "召开区委全面依法治区委员会会议，审议通过《全面深化法治领域改革纲要(2023—2027年)》实施方案、"
                "《重大行政决策程序暂行条例》和《平城区行政执法公示办法》。\n")
    issued = rels(r, "ISSUED")
    assert not {a for a, t in issued if t in ("全面深化法治领域改革纲要(2023-2027年)", "重大行政决策程序暂行条例")}
    assert ("中共山西省大同市平城区委员会全面依法治区委员会", "平城区行政执法公示办法") in issued


def test_bodies_heading_a_notice_that_issues_a_title_issued_it(extract):
    r = extract(PINGCHENG + "印发《区委办公室区政府办公室印发〈平城区行政执法公示办法〉的通知》。\n")
    issued = rels(r, "ISSUED")
    assert ("山西省大同市平城区人民政府办公室", "平城区行政执法公示办法") in issued


def test_a_body_whose_meeting_dates_the_sentence_is_not_its_actor(extract):
    r = extract(SHANXI + "省委十届五次全会召开后，我们修改完善《山西省法治政府建设规划》；省政府自2014年以来制定《山西省行政执法条例》。\n")
    issued = rels(r, "ISSUED")
    assert not {t for a, t in issued if a == "中共山西省委员会"}
    assert ("山西省人民政府", "山西省行政执法条例") in issued


def test_documents_listed_after_a_colon_that_counts_them(extract):
    # 出台规范性文件3件：《A》《B》: the verb before the colon issued each one listed
    # and 制定规范性文件2件，分别是《A》和《B》; not a document a title includes (包括《C》)
    r = extract("滑县2022年法治政府建设情况报告\n2022年，县政府出台规范性文件2件：《滑县行政执法公示管理办法》"
                "《滑县合同审查规定》。县司法局审查规范性文件5件：《滑县河道管理办法》。县政府制定规范性文件"
                "2件，分别是《滑县信用管理办法》和《滑县物业管理办法》。县政府印发《滑县A方案》，包括《滑县B细则》。\n")
    issued = rels(r, "ISSUED")
    gov = "河南省安阳市滑县人民政府"
    assert issued == {(gov, "滑县行政执法公示管理办法"), (gov, "滑县合同审查规定"), (gov, "滑县信用管理办法"),
                      (gov, "滑县物业管理办法"), (gov, "滑县A方案")}


def test_titles_listed_with_commas_share_the_verb_before_them(extract):
    # 制定了《A》，《B》 and 印发《C》,《D》和《E》: a comma between two titles lists them, as 、
    # does, and the verb before the first issued each one
    r = extract("滑县2022年法治政府建设情况报告\n县政府制定了《滑县A办法》，《滑县B规定》。县政府印发"
                "《滑县C细则》,《滑县D方案》和《滑县E规则》。\n")
    issued = rels(r, "ISSUED")
    gov = "河南省安阳市滑县人民政府"
    assert issued == {(gov, "滑县A办法"), (gov, "滑县B规定"), (gov, "滑县C细则"), (gov, "滑县D方案"),
                      (gov, "滑县E规则")}


def test_an_unnamed_department_is_no_ones_implicit_issuer(extract):
    # 我局 in a page that never names the bureau: who made the plan is not known (not the
    # city government); a government's legal office (我办) drafts for its government
    r = extract("2020年，我局在市委市政府的正确领导下推进法治建设。我局制定《2020年度依法行政工作要点》。"
                "江门市卫生健康工作稳步推进。\n")
    assert not [x for x in r["relations"] if x["type"] == "ISSUED"]
    r = extract("2024年，我分局在市局和区委、区政府的坚强领导下推进法治公安建设。制定《深入学习贯彻"
                "习近平法治思想工作实施方案》。荔湾区法治政府建设稳步推进。\n")
    assert not [x for x in r["relations"] if x["type"] == "ISSUED"]
    r = extract("2020年，我办在省委省政府的正确领导下推进依法行政。我办起草《山西省信息化条例(草案)》。"
                "山西省依法行政工作稳步推进。\n")
    assert ("山西省人民政府", "山西省信息化条例(草案)") in \
        rels(r, "ISSUED")


def test_a_notice_handing_a_document_over_was_issued_by_its_signer(extract):
    r = extract("发文机关中共安徽省交通运输厅党组\n厅直各单位：\n经厅党组会议审议同意，现将《关于进一步深化交通运输"
                "法治政府部门建设的实施意见》印发给你们，请认真抓好落实。\n中共安徽省交通运输厅党组\n2021年12月21日\n")
    assert rels(r, "ISSUED") == {("中共安徽省交通运输厅党组", "关于进一步深化交通运输法治政府部门建设的实施意见")}


def test_an_unnamed_maker_is_the_one_the_text_names_elsewhere(extract):
    r = extract("安徽省统计局2025年法治政府建设情况报告\n2025年12月31日，省十四届人大常委会第二十一次会议表决通过了"
                "《安徽省实施〈中华人民共和国统计法〉办法》(以下简称《办法》)。\n制定《办法》是贯彻落实中央决策部署的"
                "必然要求。制定《安徽省统计执法检查办法》。\n")
    issued = {(x["source"], x["target"]) for x in r["relations"] if x["type"] == "ISSUED"}
    # the congress's standing committee adopted it: 制定《办法》 says no more of who made it
    assert ("安徽省人民代表大会常务委员会", "安徽省实施〈中华人民共和国统计法〉办法") in issued
    assert not any(t == "安徽省实施〈中华人民共和国统计法〉办法" and s != "安徽省人民代表大会常务委员会"
                   for s, t in issued)
    # a document no one is named for is still the report's own body's
    assert ("安徽省统计局", "安徽省统计执法检查办法") in issued


def test_a_body_whose_meetings_spirit_is_relayed_adopts_nothing_here(extract):
    r = extract("蒙阴县2019年法治报告\n蒙阴县委全面依法治县委员会召开第一次会议，传达市委全面依法治市委员会"
                "第一次会议精神，审议通过县委全面依法治县委员会工作规则。\n")
    issued = {(x["source"], x["target"]) for x in r["relations"] if x["type"] == "ISSUED"}
    assert issued == {("中共山东省临沂市蒙阴县委员会全面依法治县委员会", "县委全面依法治县委员会工作规则")}


def test_the_meeting_that_adopted_a_document_is_the_one_the_news_reported(extract):
    r = extract("蒲城县2021年法治报告\n12月14日，蒲城县召开了全面依法治县委员会第五次工作会议。会议传达学习了"
                "习近平法治思想。\n会议审议通过了《法治蒲城建设实施方案(2021—2025年)》。\n")
    issued = {(x["source"], x["target"]) for x in r["relations"] if x["type"] == "ISSUED"}
    assert issued == {("中共陕西省渭南市蒲城县委员会全面依法治县委员会", "法治蒲城建设实施方案(2021-2025年)")}


def test_a_body_heading_a_title_with_its_region_issued_it(extract):
    # a body written out with its region opens the title, the subject and kind after it
    # (no 关于): the body's own rules. A body named bare (人民法院组织法) heads no title.
    r = extract("关于2024年政府规章和行政规范性文件备案审查工作情况的报告\n濮阳市人民政府副市长\n"
                "按照《濮阳市人民代表大会常务委员会规范性文件审查办法》(濮人常〔2016〕14号)规定的程序报备。"
                "修订《濮阳市人民政府工作规则》。学习《人民法院组织法》。\n")
    issued = rels(r, "ISSUED")
    assert ("河南省濮阳市人民代表大会常务委员会", "濮阳市人民代表大会常务委员会规范性文件审查办法") in issued
    assert ("河南省濮阳市人民政府", "濮阳市人民政府工作规则") in issued
    assert not any(t.endswith("人民法院组织法") for _, t in issued)
    r = extract(PINGCHENG + "印发《重庆市人大常委会对市人民政府规范性文件备案审查工作评议方案》。"
                "学习《湖北省党委(党组)落实主体责任办法》。\n")
    issued = rels(r, "ISSUED")
    assert ("重庆市人民代表大会常务委员会", "重庆市人大常委会对市人民政府规范性文件备案审查工作评议方案") in issued
    assert not any(a.endswith("人民政府") and t.startswith("重庆") for a, t in issued)
    assert not any(t.startswith("湖北省党委") for _, t in issued)


def test_a_body_written_out_whole_heading_a_title_made_it_where_no_verb_says(extract):
    # a national name, a level word or 中共 and a region: the body written out whole
    r = extract("大同市2023年法治政府建设报告\n对照《应急管理部权责清单》《市委常委会工作规则》"
                "《中共山东省气象局党组职责任务清单》查找问题。学习《国务院组织法》。\n")
    issued = rels(r, "ISSUED")
    assert {("应急管理部", "应急管理部权责清单"),
            ("中共山西省大同市委员会常务委员会", "市委常委会工作规则"),
            ("中共山东省气象局党组", "中共山东省气象局党组职责任务清单")} <= issued
    assert not any(t == "国务院组织法" or t.endswith("国务院组织法") for _, t in issued)
    # a verb with the report's body as its unnamed actor says who made it (GUIDELINES)
    r = extract("渝北区2021年法治政府建设情况报告\n成立区委全面依法治区委员会，出台《中共重庆市渝北区委全面依法治区委员会工作规则》。\n")
    assert rels(r, "ISSUED") == {("重庆市渝北区人民政府", "中共重庆市渝北区委全面依法治区委员会工作规则")}
    # a committee's study group before the year is the committee's (its 理论学习中心组's plan)
    r = extract("渝北区2021年法治政府建设情况报告\n制定《中共重庆市渝北区委理论学习中心组2021年专题学习研讨计划》。\n")
    assert rels(r, "ISSUED") == {("中共重庆市渝北区委员会", "中共重庆市渝北区委理论学习中心组2021年专题学习研讨计划")}
    # an inner title names its own makers (贯彻落实<中共中央关于…>的意见)
    r = extract(PINGCHENG + "落实《中共广西壮族自治区委员会关于贯彻落实<中共中央关于全面深化改革若干重大问题的决定>的意见》。\n")
    assert ("中共中央", "中共中央关于全面深化改革若干重大问题的决定") in rels(r, "ISSUED")


def test_an_indented_lines_clause_is_no_part_of_the_sentence_before(extract):
    # a paragraph indented with full-width spaces: its clause starts in its indentation,
    # which belongs to its own sentence, not to the line before (whose body made nothing here)
    text = ("海口市人民政府2021年度法治政府建设情况报告\n\u3000\u3000(一)加强党的领导。市委全面依法治市委员会研究部署法治建设\n"
            "\u3000\u3000(二)科学谋划法治政府建设工作编制《海口市法治政府建设实施方案(2021—2025年)》,明确路径。\n")
    flat = extract(text.replace("\u3000", ""))
    indented = extract(text)
    assert rels(indented, "ISSUED") == rels(flat, "ISSUED")
    assert not any("依法治市" in a for a, _ in rels(indented, "ISSUED"))


def test_a_verb_after_a_title_that_opens_its_clause_issues_it(extract):
    # 《X》出台, 《X》于…正式印发, 牵头完成《X》起草工作: made by the clause's actor, the
    # report's own where none is named (GUIDELINES' unnamed actor)
    gov = "山西省大同市平城区人民政府"
    r = extract(PINGCHENG + "2020年8月，《平城区行政复议规范化建设工作方案》出台，规范复议受理。"
                "《平城区重大行政决策程序规定》于2020年5月正式印发实施。"
                "区司法局牵头完成《平城区行政执法公示办法（草案）》起草工作。"
                "接续完成《平城区规范性文件管理办法》修订工作。\n")
    issued = rels(r, "ISSUED")
    assert (gov, "平城区行政复议规范化建设工作方案") in issued
    assert (gov, "平城区重大行政决策程序规定") in issued
    assert ("山西省大同市平城区司法局", "平城区行政执法公示办法(草案)") in issued
    assert (gov, "平城区行政执法公示办法(草案)") not in issued
    assert (gov, "平城区规范性文件管理办法") in issued
    # a body named after the help that the clause's actor gave made it (配合X完成《Y》修订)
    r = extract(PINGCHENG + "配合区人大常委会完成《平城区物业管理办法》修订工作。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民代表大会常务委员会", "平城区物业管理办法")}


def test_a_verb_after_a_title_that_makes_it_a_time_or_a_topic_issues_nothing(extract):
    # 出台后, 颁布实施以来, 发布会, 《办法》制定背景; 参与/推动完成 (another body made it);
    # a clause that does more before the title (学习《X》…)
    r = extract(PINGCHENG + "《平城区行政复议规范化建设工作方案》出台后，复议受理更加规范。"
                "《平城区重大行政决策程序规定》颁布实施以来，决策更加科学。"
                "举办《平城区行政执法公示办法》发布会。"
                "深度参与《平城区优化营商环境条例》起草工作。"
                "推动完成《平城区规范性文件管理办法》修订。"
                "组织学习《平城区法律顾问工作规则》印发情况。\n")
    assert rels(r, "ISSUED") == set()


def test_a_making_named_after_a_title_with_de_issues_it(extract):
    # 完成《X》的起草工作, 《X》的修订工作顺利完成: the making a noun after the title, as with
    # 对; not its background or a body's part in it (为《X》的制定提供依据)
    gov = "山西省大同市平城区人民政府"
    r = extract(PINGCHENG + "完成《平城区行政执法公示办法》的起草工作。《平城区法律顾问工作规则》的修订工作顺利完成。"
                "为《平城区重大行政决策程序规定》的制定提供依据。介绍《平城区规范性文件管理办法》的制定背景。\n")
    assert rels(r, "ISSUED") == {(gov, "平城区行政执法公示办法"), (gov, "平城区法律顾问工作规则")}


def test_a_verb_after_a_list_of_titles_issues_each(extract):
    r = extract(PINGCHENG + "完成《平城区行政执法公示办法》《平城区法律顾问工作规则》制定。\n")
    issued = rels(r, "ISSUED")
    assert ("山西省大同市平城区人民政府", "平城区行政执法公示办法") in issued
    assert ("山西省大同市平城区人民政府", "平城区法律顾问工作规则") in issued
    # the bodies after 经 or 由 that follow a list of titles made each of them
    r = extract(PINGCHENG + "《大同市物业管理条例》《大同市养犬管理条例》已经市人大常委会审议通过，"
                "《平城区A办法》、《平城区B办法》和《平城区C办法》由区政府办公室印发。\n")
    assert rels(r, "ISSUED") == {
        ("山西省大同市人民代表大会常务委员会", "大同市物业管理条例"),
        ("山西省大同市人民代表大会常务委员会", "大同市养犬管理条例"),
        ("山西省大同市平城区人民政府办公室", "平城区A办法"), ("山西省大同市平城区人民政府办公室", "平城区B办法"),
        ("山西省大同市平城区人民政府办公室", "平城区C办法")}


def test_a_document_issued_in_a_bodys_name_after_its_title(extract):
    # 《X》以县政府办公室名义印发: as 由县政府办公室印发; not 以来 (since)
    r = extract(PINGCHENG + "《平城区重大行政决策程序规定》以区政府办公室名义印发。"
                "《平城区法律顾问工作规则》实施以来，区司法局加强指导。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民政府办公室", "平城区重大行政决策程序规定")}
    # a government's rules go out as its decree (以省政府令第168号公布): it made them, beside the
    # department that drafted them
    r = extract("山西省司法厅2023年法治政府建设情况报告\n牵头起草《山西省行政规范性文件管理办法》，"
                "以省政府令第168号公布。\n")
    assert rels(r, "ISSUED") == {("山西省人民政府", "山西省行政规范性文件管理办法"),
                                 ("山西省司法厅", "山西省行政规范性文件管理办法")}


def test_a_making_named_after_a_title_with_dui_issues_it(extract):
    # 对《X》进行了全面修订, 完成对《X》的修订: the actor made it; not 进行学习, nor a
    # revision's opinions (修改意见), nor a clause doing more (加强对《X》的修订)
    gov = "山西省大同市平城区人民政府"
    r = extract(PINGCHENG + "对《平城区法治政府建设实施方案》进行了全面修订。完成对《平城区法律顾问工作规则》的修订。"
                "对《平城区行政执法公示办法》进行学习。提出对《平城区重大行政决策程序规定》的修改意见。\n")
    assert rels(r, "ISSUED") == {(gov, "平城区法治政府建设实施方案"), (gov, "平城区法律顾问工作规则")}


def test_titles_inside_the_words_leading_into_a_clause(extract):
    # 在认真研究《A》和《B》修订工作的基础上，起草了《C》: the lead-in holds the titles (and a
    # verb after them, which is no making of theirs), the clause after it drafts C
    r = extract(PINGCHENG + "在认真研究《纲要》和《山西省法治政府建设实施方案》修订工作的基础上，"
                "起草了《平城区法治政府建设实施方案》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民政府", "平城区法治政府建设实施方案")}


def test_bodies_that_respectively_made_the_titles_listed(extract):
    # 分别: as many bodies as titles, each made the one in its place
    r = extract(PINGCHENG + "区财政局、区审计局分别制定了《平城区财政监督办法》和《平城区审计整改办法》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区财政局", "平城区财政监督办法"),
                                 ("山西省大同市平城区审计局", "平城区审计整改办法")}
    # so do the bodies after 分别由, the titles listed first
    r = extract(PINGCHENG + "《平城区财政监督办法》《平城区审计整改办法》分别由区财政局、区审计局印发。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区财政局", "平城区财政监督办法"),
                                 ("山西省大同市平城区审计局", "平城区审计整改办法")}
    # not as many: each body made each title (区委、区政府分别… one title: both made it)
    r = extract(PINGCHENG + "区委、区政府分别印发《平城区法治督察办法》。\n")
    assert rels(r, "ISSUED") == {("中共山西省大同市平城区委员会", "平城区法治督察办法"),
                                 ("山西省大同市平城区人民政府", "平城区法治督察办法")}


def test_a_draft_put_before_another_body_for_review_is_the_askers(extract):
    # 提请…审议《X(草案)》: the body asking drafted it; the one reviewing it made nothing yet
    gov = "山西省大同市平城区人民政府"
    r = extract(PINGCHENG + "区政府提请区人大常委会审议《平城区物业管理条例（草案）》。"
                "区政府向区人大常委会提请审议《平城区养犬管理条例（草案）》。\n")
    assert rels(r, "ISSUED") == {(gov, "平城区物业管理条例(草案)"), (gov, "平城区养犬管理条例(草案)")}
    # no body before it: the report's own government, the unnamed actor
    r = extract(PINGCHENG + "提请区人大常委会审议《平城区供水条例（草案）》。\n")
    assert rels(r, "ISSUED") == {(gov, "平城区供水条例(草案)")}
    # a draft named without 《》
    r = extract(PINGCHENG + "区政府提请区人大常委会审议平城区物业管理条例（草案）。\n")
    assert rels(r, "ISSUED") == {(gov, "平城区物业管理条例(草案)")}
