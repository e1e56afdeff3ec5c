"""Regions: gazetteer resolution to canonical paths, in the report's context."""
import random

from conftest import canon

from kg.gazetteer import load


def test_gazetteer_covers_every_level():
    g = load()
    levels = {d.level for d in g.divisions.values()}
    assert levels == {1, 2, 3, 4}
    assert sum(d.level == 1 for d in g.divisions.values()) == 31
    assert g.path(g.by_name["平城区"][0]) == "山西省/大同市/平城区"
    assert g.path(g.by_name["静海区"][0]) == "天津市/静海区"        # municipality: no 市辖区
    assert g.path(g.by_name["仙桃市"][0]) == "湖北省/仙桃市"        # 省直辖县级市
    # a town named after its county keeps its name (芒市镇 of 芒市); no division is a bare 镇
    assert g.path(g.by_name["芒市镇"][0]) == "云南省/德宏傣族景颇族自治州/芒市/芒市镇"
    assert not {"镇", "乡", "街道", "苏木"} & set(g.by_name)


def test_former_names_resolve_to_today():
    g = load()
    assert g.path(g.by_name["襄樊市"][0]) == "湖北省/襄阳市"
    assert g.path(g.by_name["思茅市"][0]) == "云南省/普洱市"
    # a 地区 made a city under a new code (铜仁地区 522200 → 铜仁市 520600)
    assert g.path(g.by_name["铜仁地区"][0]) == "贵州省/铜仁市"
    assert g.path(g.by_name["吐鲁番地区"][0]) == "新疆维吾尔自治区/吐鲁番市"
    # a city merged into another lives on as its district of that name (莱芜市, 2019;
    # 东川市, 1998); a 地区 never becomes a district so (达川地区 became 达州市)
    assert g.path(g.by_name["莱芜市"][0]) == "山东省/济南市/莱芜区"
    assert g.path(g.by_name["东川市"][0]) == "云南省/昆明市/东川区"
    assert "达川地区" not in g.by_name
    # a one-character county named anew with a second character (郫县 → 郫都区, 2016;
    # 横县 → 横州市, 2021): the only division of the prefecture whose name starts so
    assert g.path(g.by_name["郫县"][0]) == "四川省/成都市/郫都区"
    assert g.path(g.by_name["蓟县"][0]) == "天津市/蓟州区"
    assert g.path(g.by_name["横县"][0]) == "广西壮族自治区/南宁市/横州市"


def test_a_townships_former_level_word_resolves_to_it_today(extract, tmp_path):
    from kg.data.build_regions import former_township_names
    # 视高镇 (NBS 2015-2019) is 视高街道 today; a 2019 report names the town
    assert load().path(load().by_name["视高镇"][0]) == "四川省/眉山市/仁寿县/视高街道"
    r = extract("仁寿县2019年法治政府建设情况报告\n视高镇、文林街道作为试点推行“街乡吹哨、部门报到”机制。\n")
    assert {"四川省/眉山市/仁寿县/视高街道", "四川省/眉山市/仁寿县/文林街道"} <= canon(r, "Region")
    # the builder, on an earlier year's townships written as NBS wrote them: a 乡 made a 镇
    # (its county's name before it), a 街道办事处 of the oldest tables; not a name a
    # township bears today, nor a stem two of the county's townships share, nor a merged one
    rows = [("51", "四川省", 1, ""), ("5114", "眉山市", 2, "51"), ("511421", "仁寿县", 3, "5114"),
            ("511421004", "视高街道", 4, "511421"), ("511421101", "汪洋镇", 4, "511421"),
            ("511421102", "龙马镇", 4, "511421"), ("511421103", "龙马乡", 4, "511421")]
    old = tmp_path / "2016"
    old.mkdir()
    (old / "streets.csv").write_text(
        "code,name,areaCode,provinceCode,cityCode\n511421139,仁寿县视高镇,511421,51,5114\n"
        "511421150,汪洋乡,511421,51,5114\n511421151,龙马街道,511421,51,5114\n"
        "511421152,龙马乡,511421,51,5114\n511421153,禾加乡,511421,51,5114\n", "utf-8")
    oldest = tmp_path / "2015"
    oldest.mkdir()
    (oldest / "streets.json").write_text(
        '[{"code": "511421004000", "name": "视高街道办事处", "parent_code": "511421"}]', "utf-8")
    assert former_township_names([old, oldest], rows) == {"511421004": {"视高镇"}, "511421101": {"汪洋乡"}}


def test_a_county_named_anew_after_the_last_gb2260_revision_resolves_to_it_today(extract, tmp_path):
    from kg.data.build_regions import former_county_names
    # 大同县 became 云州区 (2018) under a new code, no stem in common: a report of 2015 names it
    assert load().path(load().by_name["大同县"][0]) == "山西省/大同市/云州区"
    r = extract("大同县2015年依法行政工作报告\n大同县人民政府推进依法行政，南郊区参加。\n")
    assert r["subject_region"] == "山西省/大同市/云州区"
    assert canon(r, "Region") == {"山西省/大同市/云州区", "山西省/大同市/云冈区"}
    # the builder: the county of today holding most of the old one's townships, in its
    # prefecture; not a label (郊区), nor a county whose towns went to several, nor one
    # whose towns' namesakes lie in another prefecture
    rows = [("14", "山西省", 1, ""), ("1402", "大同市", 2, "14"), ("1404", "长治市", 2, "14"),
            ("140215", "云州区", 3, "1402"), ("140214", "云冈区", 3, "1402"), ("140213", "平城区", 3, "1402"),
            ("140404", "上党区", 3, "1404"),
            *[(f"140215{i:03}", n, 4, "140215") for i, n in enumerate(("西坪镇", "倍加造镇", "周士庄镇"))],
            *[(f"140214{i:03}", n, 4, "140214") for i, n in enumerate(("口泉乡", "西韩岭乡"))],
            *[(f"140213{i:03}", n, 4, "140213") for i, n in enumerate(("新旺乡", "马军营乡"))],
            ("140404001", "韩店镇", 4, "140404")]
    old = tmp_path / "2017"
    old.mkdir()
    (old / "areas.csv").write_text("code,name,cityCode,provinceCode\n140227,大同县,1402,14\n"
                                   "140211,南郊区,1402,14\n140212,郊区,1402,14\n140228,北郊县,1402,14\n"
                                   "140229,韩店县,1402,14\n", "utf-8")
    (old / "streets.csv").write_text(
        "code,name,areaCode,provinceCode,cityCode\n140227100,西坪镇,140227,14,1402\n"
        "140227101,倍加造镇,140227,14,1402\n140227102,周士庄乡,140227,14,1402\n"
        "140211100,口泉乡,140211,14,1402\n140211101,西韩岭乡,140211,14,1402\n140211102,新旺乡,140211,14,1402\n"
        "140212100,马军营乡,140212,14,1402\n140228100,口泉镇,140228,14,1402\n140228101,新旺镇,140228,14,1402\n"
        "140229100,韩店镇,140229,14,1402\n", "utf-8")
    assert former_county_names([old], rows) == [("南郊区", "140214"), ("大同县", "140215")]


def test_short_forms_of_autonomous_divisions():
    g = load()
    assert g.path(g.by_name["延边州"][0]) == "吉林省/延边朝鲜族自治州"
    assert g.path(g.by_name["内蒙古"][0]) == "内蒙古自治区"
    # names that write a group without 族 (哈萨克, 蒙古, 维吾尔) have their short forms too
    assert g.path(g.by_name["伊犁州"][0]) == "新疆维吾尔自治区/伊犁哈萨克自治州"
    assert g.path(g.by_name["博尔塔拉州"][0]) == "新疆维吾尔自治区/博尔塔拉蒙古自治州"
    assert g.path(g.by_name["木垒县"][0]) == "新疆维吾尔自治区/昌吉回族自治州/木垒哈萨克自治县"
    assert g.by_name["新疆"] == ["65"] and "新疆维吾尔" not in g.by_name
    # a one-character group keeps its 族: 长白朝鲜族自治县 is 长白县, never 长县 (白族)
    assert "长白县" in g.by_name and "长县" not in g.by_name and "西" not in g.by_name
    # and with 自治 kept, as their own pages write them (镇宁自治县, 恩施自治州)
    assert g.path(g.by_name["镇宁自治县"][0]) == "贵州省/安顺市/镇宁布依族苗族自治县"
    assert g.path(g.by_name["恩施自治州"][0]) == "湖北省/恩施土家族苗族自治州"


def test_banners_by_their_tribes_first_character_wing_and_position(extract):
    g = load()
    for short, path in (("科右中旗", "内蒙古自治区/兴安盟/科尔沁右翼中旗"),
                        ("察右前旗", "内蒙古自治区/乌兰察布市/察哈尔右翼前旗"),
                        ("土左旗", "内蒙古自治区/呼和浩特市/土默特左旗"),
                        ("乌前旗", "内蒙古自治区/巴彦淖尔市/乌拉特前旗"),
                        ("东乌旗", "内蒙古自治区/锡林郭勒盟/东乌珠穆沁旗"),
                        # named for its people alone, by the people's name and its level
                        ("鄂温克旗", "内蒙古自治区/呼伦贝尔市/鄂温克族自治旗"),
                        ("鄂伦春旗", "内蒙古自治区/呼伦贝尔市/鄂伦春自治旗"),
                        # a league of a long name by its first character (兴安盟 is short)
                        ("锡盟", "内蒙古自治区/锡林郭勒盟"), ("阿盟", "内蒙古自治区/阿拉善盟")):
        assert [g.path(c) for c in g.by_name[short]] == [path]
    r = extract("兴安盟科右中旗法治政府建设五年综述\n五年来，科右中旗锚定总目标，制定《科右中旗法治政府建设实施方案(2021-2025年)》。\n")
    assert r["subject_region"] == "内蒙古自治区/兴安盟/科尔沁右翼中旗"
    r = extract("西乌珠穆沁旗2022年法治政府建设报告\n认真落实自治区、锡盟各项决策部署。\n")
    assert "内蒙古自治区/锡林郭勒盟" in canon(r, "Region")


def test_usual_short_names_no_rule_derives(extract):
    # 博州, 巴州, 克州: what their own governments call them (usual_short_names.tsv)
    r = extract("博州2023年法治政府建设情况报告\n2023年，博州党委、政府坚持依法行政，"
                "博乐市、精河县积极推进。\n")
    assert r["subject_region"] == "新疆维吾尔自治区/博尔塔拉蒙古自治州"
    assert "中共新疆维吾尔自治区博尔塔拉蒙古自治州委员会" in canon(r, "Agency")
    r = extract("巴州2022年法治政府建设年度报告\n巴州司法局牵头起草《巴州行政规范性文件管理办法》。\n")
    assert r["subject_region"] == "新疆维吾尔自治区/巴音郭楞蒙古自治州"
    # 巴中市's 巴州区 keeps its own name: the longer name wins
    r = extract("巴州区2022年法治政府建设年度报告\n巴州区司法局全面推进依法行政。\n")
    assert r["subject_region"] == "四川省/巴中市/巴州区"


def test_township_names_are_searched_within_a_home_region_only():
    g = load()
    text = "庆祖镇和平城区"
    puyang = g.home(g.by_name["濮阳县"][0])
    assert g.path(puyang) == "河南省/濮阳市"
    assert [h.surface for h in g.find(text)] == ["平城区"]
    assert [h.surface for h in g.find(text, puyang)] == ["庆祖镇", "平城区"]
    assert [h.surface for h in g.find(text, g.home(g.by_name["平城区"][0]))] == ["平城区"]
    # leftmost-longest across both searches: a township never splits a county's name
    assert [(h.start, h.end) for h in g.find("濮阳县庆祖镇", puyang)] == [(0, 3), (3, 6)]


def test_title_region_is_subject(extract):
    r = extract("平城区2020年法治政府建设报告\n\n2020年，平城区人民政府全面贯彻……\n")
    assert r["subject_region"] == "山西省/大同市/平城区"
    assert "山西省/大同市/平城区" in canon(r, "Region")


def test_ambiguous_district_resolved_by_report_region(extract):
    beijing = extract("北京市朝阳区2021年法治政府建设报告\n朝阳区深化改革。\n")
    changchun = extract("长春市2021年法治政府建设报告\n长春市朝阳区、南关区推进依法行政。\n")
    assert "北京市/朝阳区" in canon(beijing, "Region")
    assert "吉林省/长春市/朝阳区" in canon(changchun, "Region")
    assert "北京市/朝阳区" not in canon(changchun, "Region")


def test_enumerated_stems_share_the_level_word(extract):
    r = extract("山西省2013年依法行政工作报告\n如晋中、忻州等市建立了联席会议制度。\n")
    assert {"山西省/晋中市", "山西省/忻州市"} <= canon(r, "Region")
    # a count before the level word, and a level word for each kind of item (县区)
    r = extract("山西省2013年依法行政工作报告\n大同、朔州两市开展试点，云州、阳高等县区推进改革。\n")
    assert canon(r, "Region") == {"山西省", "山西省/大同市", "山西省/朔州市", "山西省/大同市/云州区",
                                  "山西省/大同市/阳高县"}
    # the kinds of the list's tier in brackets: 县（市、区）, counties and county-level cities
    r = extract("晋城市2023年法治政府建设情况报告\n沁水、陵川、高平等县（市、区）被命名为示范县（市、区）。\n")
    assert canon(r, "Region") == {"山西省/晋城市", "山西省/晋城市/沁水县", "山西省/晋城市/陵川县",
                                  "山西省/晋城市/高平市"}
    # what the list's level word says over what an item read alone: 抚顺 the county among
    # counties, not the city; 河南店 a township among townships, no 河南
    r = extract("抚顺市2023年法治政府建设情况报告\n新宾、清原、抚顺等县开展试点。\n")
    assert "辽宁省/抚顺市/抚顺县" in canon(r, "Region")
    r = extract("涉县2023年法治政府建设情况报告\n在河南店、神头、涉城等乡镇开展试点。\n")
    assert canon(r, "Region") == {"河北省/邯郸市/涉县", "河北省/邯郸市/涉县/河南店镇",
                                  "河北省/邯郸市/涉县/神头乡", "河北省/邯郸市/涉县/涉城镇"}
    # a stem a town and a street share: the list's kind tells (章党镇, 章党街道)
    r = extract("东洲区2023年法治政府建设情况报告\n在章党、碾盘、兰山等乡镇开展试点。\n")
    assert {"辽宁省/抚顺市/东洲区/章党镇", "辽宁省/抚顺市/东洲区/碾盘乡"} <= canon(r, "Region")
    # townships' stems as long as Mongolian names
    r = extract("新巴尔虎右旗2023年法治政府建设情况报告\n在阿拉坦额莫勒、阿日哈沙特、呼伦等乡镇开展试点。\n")
    assert {"内蒙古自治区/呼伦贝尔市/新巴尔虎右旗/阿拉坦额莫勒镇",
            "内蒙古自治区/呼伦贝尔市/新巴尔虎右旗/阿日哈沙特镇"} <= canon(r, "Region")
    # the report's county's townships by their stems, before a township's level word; a list
    # with any item no township of it names none
    r = extract("南昌县2023年法治政府建设工作报告\n在莲塘、向塘、武阳等乡镇开展试点，蒋巷、冈上两镇参与，"
                "教育、卫生等乡镇部门配合。\n")
    assert canon(r, "Region") == {"江西省/南昌市/南昌县", "江西省/南昌市/南昌县/莲塘镇", "江西省/南昌市/南昌县/向塘镇",
                                  "江西省/南昌市/南昌县/武阳镇", "江西省/南昌市/南昌县/蒋巷镇",
                                  "江西省/南昌市/南昌县/冈上镇"}


def test_township_and_village_inside_subject(extract):
    r = extract("濮阳县法治政府建设情况报告\n建成庆祖镇后郑寨村民主法治文化广场。\n")
    assert "河南省/濮阳市/濮阳县/庆祖镇" in canon(r, "Region")
    assert "河南省/濮阳市/濮阳县/庆祖镇/后郑寨村" in canon(r, "Region")
    # Inner Mongolia's villages are 嘎查
    r = extract("西乌珠穆沁旗2023年法治政府建设情况报告\n高日罕镇白音高勒嘎查获评全国民主法治示范村。\n")
    assert "内蒙古自治区/锡林郭勒盟/西乌珠穆沁旗/高日罕镇/白音高勒嘎查" in canon(r, "Region")


def test_no_village_of_a_function_word_or_determiner(extract):
    r = extract("濮阳县法治政府建设情况报告\n庆祖镇在各村设置法治宣传栏，庆祖镇全村通网。\n")
    assert not any(p.startswith("河南省/濮阳市/濮阳县/庆祖镇/") for p in canon(r, "Region"))
    # nor of a kind of village: the one it is paired with, the countryside, a model village
    r = extract("濮阳县法治政府建设情况报告\n走进庆祖镇联系村，深入庆祖镇农村、庆祖镇民主法治示范村，"
                "庆祖镇新华社区普法。\n")
    villages = [p for p in canon(r, "Region") if p.startswith("河南省/濮阳市/濮阳县/庆祖镇/")]
    assert villages == ["河南省/濮阳市/濮阳县/庆祖镇/新华社区"]


def test_a_townships_own_villages_named_alone(extract):
    # NBS lists 后郑寨村 and 西辛庄村 under 庆祖镇 (as 后郑寨村委会, 西辛庄村民委员会); 东风村 is
    # none of its villages, 示范村 a kind, 本村 no name
    r = extract("濮阳县庆祖镇2022年法治政府建设工作报告\n后郑寨村、西辛庄村被评为省级民主法治示范村，"
                "东风村开展普法，本村建成法治广场。\n")
    villages = {p for p in canon(r, "Region") if p.startswith("河南省/濮阳市/濮阳县/庆祖镇/")}
    assert villages == {"河南省/濮阳市/濮阳县/庆祖镇/后郑寨村", "河南省/濮阳市/濮阳县/庆祖镇/西辛庄村"}
    # (a county's report looks for its villages only after their township)
    r = extract("濮阳县2022年法治政府建设工作报告\n后郑寨村被评为省级民主法治示范村。\n")
    assert not any("后郑寨村" in p for p in canon(r, "Region"))


def test_a_townships_own_name_of_two_characters(extract):
    # 彭镇 (双流区) is sought in its own report only: its mentions, and the bodies named after it
    r = extract("双流区彭镇人民政府2024年法治政府建设年度报告\n来源：彭镇\n2024年，彭镇推进城镇化建设，"
                "彭镇党委高度重视。\n")
    town = [e for e in r["entities"] if e["canonical"] == "四川省/成都市/双流区/彭镇"]
    assert town and town[0]["aliases"] == ["彭镇"] and len(town[0]["mentions"]) == 4
    assert {"四川省成都市双流区彭镇人民政府", "中共四川省成都市双流区彭镇委员会"} <= canon(r, "Agency")
    assert r["publisher"] == "四川省成都市双流区彭镇人民政府"
    r = extract("双流区2024年法治政府建设年度报告\n彭镇推进城镇化建设。\n")
    assert "四川省/成都市/双流区/彭镇" not in canon(r, "Region")


def test_village_names_as_reports_write_them():
    from kg import villages
    from kg.data.build_regions import village_name
    assert village_name("后郑寨村委会") == "后郑寨村"
    assert village_name("东一村民委员会") == village_name("东一村村民委员会") == "东一村"
    assert village_name("多福巷社区居委会") == village_name("多福巷社区居民委员会") == "多福巷社区"
    assert village_name("巴彦芒哈嘎查委员会") == "巴彦芒哈嘎查"
    assert village_name("万柳（集团）股份经济合作社六郎庄生活区") is None
    assert village_name("村委会") is None
    qingzu = load().by_name["庆祖镇"][0]
    assert {"后郑寨村", "西辛庄村"} <= set(villages.of_township(qingzu))
    assert all(n.endswith(("村", "社区", "嘎查")) for n in villages.of_township(qingzu))


def test_township_names_as_reports_write_them():
    from kg.data.build_regions import town_name
    assert town_name("濮阳县庆祖镇", ("河南省", "濮阳市", "濮阳县")) == "庆祖镇"
    assert town_name("四平市铁东区平东街道", ("吉林省", "四平市", "铁东区")) == "平东街道"
    # a zone's or a new town's name before it
    assert town_name("开发区黎明街道", ("黑龙江省", "大庆市", "大庆高新技术产业开发区")) == "黎明街道"
    assert town_name("扬州市生态科技新城泰安镇", ("江苏省", "扬州市", "广陵区")) == "泰安镇"
    assert town_name("（工业园区）城南街道", ("吉林省", "白城市", "洮北区")) == "城南街道"
    assert town_name("化学新材料产业园-沿江街道", ("江苏省", "泰州市", "高港区")) == "沿江街道"
    # not a town named after its county, nor a name whose words hold a zone's kind
    assert town_name("芒市镇", ("云南省", "德宏傣族景颇族自治州", "芒市")) == "芒市镇"
    assert town_name("浮山新区街道", ("山东省", "青岛市", "市南区")) == "浮山新区街道"
    assert town_name("新城子藏族乡", ("甘肃省", "甘南藏族自治州", "卓尼县")) == "新城子藏族乡"
    # a zone's towns are its city's divisions
    assert load().path(load().by_name["宋营镇"][0]) == "河北省/石家庄市/宋营镇"


def test_township_outside_subject_prefecture_is_not_taken(extract):
    r = extract("平城区2020年法治政府建设报告\n城关镇的做法值得学习。\n")
    assert not any(p.endswith("城关镇") for p in canon(r, "Region"))


def test_university_named_after_place_is_not_a_region(extract):
    r = extract("山西省2013年依法行政工作报告\n在浙江大学举办了研修班。\n")
    assert "浙江省" not in canon(r, "Region")


def test_two_character_county_near_the_subject_only(extract):
    r = extract("滑县2021年法治政府建设情况报告\n滑县人民政府推进依法行政。\n")
    assert r["subject_region"] == "河南省/安阳市/滑县"
    # the one two-character city, too; not inside a word (光芒市场)
    r = extract("芒市2023年法治政府建设报告\n芒市人民政府推进依法行政，打造光芒市场。\n")
    assert r["subject_region"] == "云南省/德宏傣族景颇族自治州/芒市"
    assert canon(r, "Agency") == {"云南省德宏傣族景颇族自治州芒市人民政府"}
    r = extract("大同市2023年法治政府建设报告\n打造光芒市场。\n")
    assert canon(r, "Region") == {"山西省/大同市"}
    r = extract("濮阳县2021年法治政府建设报告\n创建全省法治政府建设示范县。\n")
    assert "河南省/濮阳市/范县" not in canon(r, "Region")      # 示范县 is not 范县
    # far from the subject, right after its city's name: that city's county (a two-character
    # city too, which no scan takes alone)
    r = extract("山西省2021年法治政府建设报告\n保定市易县人民政府、益阳市南县和德宏傣族景颇族自治州芒市"
                "推进依法行政。\n")
    assert {"河北省/保定市/易县", "湖南省/益阳市/南县", "云南省/德宏傣族景颇族自治州/芒市"} <= canon(r, "Region")
    assert "河北省保定市易县人民政府" in canon(r, "Agency")


def test_a_place_name_opening_a_townships_name_is_no_mention(extract):
    # 青岛's streets named after provinces; a province's 镇 of another county; not 河北乡村振兴
    r = extract("宁夏路街道2023年法治政府建设工作报告\n2023年，在市北区委、区政府的领导下，我街道坚持依法行政。\n")
    assert r["subject_region"] == "山东省/青岛市/市北区/宁夏路街道"
    assert "宁夏回族自治区" not in canon(r, "Region")
    r = extract("北京市房山区2023年法治政府建设报告\n房山区河北镇人民政府推进依法行政。\n")
    assert "北京市/房山区/河北镇" in canon(r, "Region") and "河北省" not in canon(r, "Region")
    r = extract("河北省2023年法治政府建设报告\n推进河北乡村振兴。\n")
    assert canon(r, "Region") == {"河北省"}


def test_a_place_name_inside_a_townships_name_is_no_mention(extract):
    # 阿拉善右旗's 巴丹吉林镇 and 灯塔市's 大河南镇 hold a province's name after their first
    # character; 扩大河南镇村经济 names 河南 (大 is 扩大's)
    r = extract("巴丹吉林镇2024年法治政府建设工作报告\n2024年，巴丹吉林镇党委、镇政府高度重视法治建设。\n")
    assert r["subject_region"] == "内蒙古自治区/阿拉善盟/阿拉善右旗/巴丹吉林镇"
    assert "吉林省" not in canon(r, "Region")
    r = extract("灯塔市2024年法治政府建设报告\n大河南镇政府推进依法行政。\n")
    assert "辽宁省/辽阳市/灯塔市/大河南镇" in canon(r, "Region") and "河南省" not in canon(r, "Region")
    r = extract("河南省2024年法治政府建设报告\n扩大河南镇村经济规模。\n")
    assert canon(r, "Region") == {"河南省"}


def test_a_township_whose_level_word_opens_a_home_stem_is_no_mention(extract):
    # 平安镇赉: 平安 and 镇赉 (镇赉县's stem), not 洮北区's 平安镇; which that town's own
    # body names
    r = extract("镇赉县2023年法治政府建设情况报告\n2023年，县司法局为建设更高水平的平安镇赉提供法治保障。\n")
    assert canon(r, "Region") == {"吉林省/白城市/镇赉县"}
    r = extract("洮北区2023年法治政府建设情况报告\n2023年，平安镇人民政府推进依法行政。\n")
    assert "吉林省/白城市/洮北区/平安镇" in canon(r, "Region")

def test_a_provinces_short_name_across_a_streets_words_is_no_mention(extract):
    r = extract("安庆市医疗保障局2021年政府信息公开工作年度报告\n请与市医疗保障局办公室联系（地址：安庆市"
                "菱湖北路30号），或致函广州市中山西路8号。浙江西部地区干部赴湖北学习。\n")
    assert canon(r, "Region") == {"安徽省/安庆市", "广东省/广州市", "浙江省", "湖北省"}


def test_a_full_name_that_begins_inside_a_word_is_no_mention(extract):
    # 滨海|城市, 沿海|城市: coastal cities, no 海城市 (辽宁); 盐城市 and 海城市 written as words are
    r = extract("漳州市2024年法治政府建设情况报告\n为加快建设现代化滨海城市提供保障，学习沿海城市经验。\n")
    assert canon(r, "Region") == {"福建省/漳州市"}
    r = extract("漳州市2024年法治政府建设情况报告\n赴盐城市、海城市考察。\n")
    assert canon(r, "Region") == {"福建省/漳州市", "江苏省/盐城市", "辽宁省/鞍山市/海城市"}
    # after a function word or a verb of one character, a name is one though jieba joins
    # them (和平, 在内, 到达)
    r = extract("漳州市2024年法治政府建设情况报告\n大同市和平城区、在内乡县的领导下，到达州市考察。\n")
    assert {"山西省/大同市/平城区", "河南省/南阳市/内乡县", "四川省/达州市"} <= canon(r, "Region")


def test_stems_of_the_home_prefecture_and_its_counties(extract):
    r = extract("太原市2024年法治政府建设年度报告\n全面再现锦绣太原城盛景，清徐葡萄，坚持长治久安。\n")
    regions = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Region"}
    assert "太原" in regions["山西省/太原市"]
    assert "山西省/太原市/清徐县" in regions
    assert "山西省/长治市" not in regions


def test_a_provinces_report_names_its_cities_by_their_stems(extract):
    r = extract("山西省2020年法治政府建设报告\n在太原召开现场会，坚持长治久安，清徐葡萄。\n")
    assert canon(r, "Region") == {"山西省", "山西省/太原市"}
    # not another province's cities, nor its cities' counties
    r = extract("河北省2020年法治政府建设报告\n在太原召开现场会，清徐葡萄。\n")
    assert canon(r, "Region") == {"河北省"}


def test_an_autonomous_prefecture_by_its_place_name(extract):
    # 凉山 is 凉山彝族自治州 (its stem is the place name, not 凉山彝族)
    r = extract("四川省2023年法治政府建设情况报告\n凉山、甘孜、阿坝三州推进依法治理。\n")
    assert {"四川省/凉山彝族自治州", "四川省/甘孜藏族自治州", "四川省/阿坝藏族羌族自治州"} <= canon(r, "Region")
    # 昌吉 in the prefecture's own report is the prefecture, not its seat 昌吉市
    r = extract("昌吉州2023年法治政府建设情况报告\n“和合昌吉”法务区争创示范项目，昌吉市司法局开展普法。\n")
    regions = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Region"}
    assert "昌吉" in regions["新疆维吾尔自治区/昌吉回族自治州"]
    assert regions["新疆维吾尔自治区/昌吉回族自治州/昌吉市"] == ["昌吉市"]
    # and in the seat's report, the seat
    r = extract("临夏市2023年法治政府建设情况报告\n临夏各族群众共同推进。\n")
    assert canon(r, "Region") == {"甘肃省/临夏回族自治州/临夏市"}


def test_county_stems_only_in_the_county_s_own_prefecture(extract):
    r = extract("重庆市梁平区人民政府2016年法治政府建设年度报告\n推进法治梁平建设。\n")
    assert "梁平" in next(e["aliases"] for e in r["entities"] if e["canonical"] == "重庆市/梁平区")
    r = extract("黑龙江省司法厅关于2023年法治政府建设情况的报告\n推进法治龙江建设。\n")
    assert "黑龙江省/齐齐哈尔市/龙江县" not in {e["canonical"] for e in r["entities"]}


def test_a_city_without_counties_is_one_division(extract):
    # the code tables list 东莞市 twice, as the city and as the county holding its towns
    r = extract("东莞市2024年法治政府建设情况报告\n东莞市交通运输局推进依法行政，东城街道开展普法。\n")
    assert r["subject_region"] == "广东省/东莞市"
    assert "广东省/东莞市/东城街道" in {e["canonical"] for e in r["entities"] if e["type"] == "Region"}


def test_and_the_county_is_no_county_named_he(extract):
    r = extract("棣棠乡2023年度法治政府建设情况报告\n2023年，棣棠乡在县委、县政府正确领导和县依法治县委员会支持下，"
                "全面贯彻落实习近平法治思想。\n")
    assert r["subject_region"] == "重庆市/彭水苗族土家族自治县/棣棠乡"
    r = extract("和县2023年度法治政府建设情况报告\n2023年，和县人民政府推进依法行政，马鞍山市和县司法局参加。\n")
    assert r["subject_region"] == "安徽省/马鞍山市/和县"


def test_together_with_the_county_is_no_county_named_huitong(extract):
    # 会同 (together with) between two bodies, not Hunan's 会同县
    r = extract("濮阳县2023年法治政府建设报告\n县司法局会同县财政局制定《濮阳县法律顾问经费管理办法》。\n")
    assert canon(r, "Region") == {"河南省/濮阳市/濮阳县"}
    assert {"河南省濮阳市濮阳县司法局", "河南省濮阳市濮阳县财政局"} <= canon(r, "Agency")
    issuers = {x["source"] for x in r["relations"] if x["type"] == "ISSUED"}
    assert issuers == {"河南省濮阳市濮阳县司法局", "河南省濮阳市濮阳县财政局"}
    r = extract("怀化市会同县2023年法治政府建设报告\n2023年，会同县全面推进法治政府建设，县司法局推进会同县法治建设。\n")
    assert r["subject_region"] == "湖南省/怀化市/会同县"
    assert "湖南省怀化市会同县司法局" in canon(r, "Agency")


def test_district_names_that_are_common_nouns(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n2022年，濮阳县加快新城区建设和老城区改造，主城区扩容。\n")
    assert canon(r, "Region") == {"河南省/濮阳市/濮阳县"}
    r = extract("濮阳县2022年法治政府建设情况报告\n2022年，濮阳县学习洛阳市老城区的经验。\n")
    assert "河南省/洛阳市/老城区" in canon(r, "Region")
    # the titles of 平安建设 (省级平安县, 平安区创建) are no 青海省/海东市/平安区 (平安县 until
    # 2015), which its own reports and its city's name still find
    r = extract("长兴县2022年法治政府建设情况报告\n2022年，长兴县连续十五年被评为省级平安县，"
                "开展平安县（市、区）创建，全市平安区创建成效明显。\n")
    assert canon(r, "Region") == {"浙江省/湖州市/长兴县"}
    r = extract("平安区2023年法治政府建设工作报告\n2023年，平安区坚持依法行政，学习海东市平安区司法局经验。\n")
    assert r["subject_region"] == "青海省/海东市/平安区"


def test_a_name_written_after_its_parent_is_the_parents_child(extract):
    r = extract("山东省2022年法治政府建设报告\n2022年，济南市、枣庄市推进依法行政，枣庄市市中区率先开展试点。\n")
    assert "山东省/枣庄市/市中区" in canon(r, "Region") and "山东省/济南市/市中区" not in canon(r, "Region")


def test_a_level_character_that_begins_a_word_ends_no_name(extract):
    r = extract("庆阳市2022年法治政府建设报告\n2022年，庆阳市推进“雪亮工程”，环县城、环县域全覆盖。\n")
    assert canon(r, "Region") == {"甘肃省/庆阳市"}
    # …where the words read so: 滑县城市管理局 is 滑县 and its 城市管理局
    r = extract("安阳市2022年法治政府建设报告\n2022年，滑县城乡规划局和沧州市青县城市管理局座谈。\n")
    assert {"河北省沧州市青县城市管理局", "河南省安阳市滑县城乡规划局"} <= canon(r, "Agency")
    r = extract("庆阳市2022年法治政府建设报告\n2022年，环县人民政府推进依法行政。\n")
    assert "甘肃省/庆阳市/环县" in canon(r, "Region")
    r = extract("天津市2022年法治政府建设报告\n2022年，天津市维护和平区域稳定，推动安定区域发展。\n")
    assert canon(r, "Region") == {"天津市"}


def test_enumerations_are_the_patterns_matches():
    from kg.extract.regions import (_ENUMERATION, _LONGEST_TOWN_ITEM, _TOWNS_LISTED,
                                    enumerations)
    rng = random.Random(11)
    alphabet = "晋中忻州大同阳泉长治等和及市县区、、、，3个（）"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert [m.span() for m in enumerations(text)] == \
            [m.span() for m in _ENUMERATION.finditer(text)], text
    alphabet = "莲塘向武阳蒋巷冈上等两乡镇街道、、、，a3个"        # (items up to nine characters)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert [m.span() for m in enumerations(text, _TOWNS_LISTED, _LONGEST_TOWN_ITEM)] == \
            [m.span() for m in _TOWNS_LISTED.finditer(text)], text
    text = "如晋中、忻州等市，阳泉、长治、大同3个市和太原、吕梁县"
    assert [m.group() for m in enumerations(text)] == \
        [m.group() for m in _ENUMERATION.finditer(text)] == ["如晋中、忻州等市", "阳泉、长治、大同3个市", "和太原、吕梁县"]


def test_a_place_opening_a_firms_or_a_universitys_name_is_no_mention(extract):
    r = extract("2024年，我局聘请江苏承匠律师事务所律师作为法律顾问，与山西大学合作开展培训，"
                "大同煤矿集团有限公司参加。\n")
    assert canon(r, "Region") == set() and r["subject_region"] is None
    r = extract("平城区2020年法治政府建设报告\n平城区聘请山西华炬律师事务所律师担任法律顾问。\n")
    assert canon(r, "Region") == {"山西省/大同市/平城区"}
    # nor an airport's
    r = extract("北京市2021年法治政府建设报告\n组建北京大兴国际机场临空经济区联合管委会。\n")
    assert canon(r, "Region") == {"北京市"}
    # …but a township's name may open with such a word (海淀区学院路街道)
    r = extract("2021年，海淀区学院路街道推进依法行政。\n")
    assert {"北京市/海淀区", "北京市/海淀区/学院路街道"} <= canon(r, "Region")


def test_a_two_character_district_after_its_city(extract):
    # 城区, 郊区, 矿区 are words of running text, and districts after their city's name
    r = extract("阳泉市郊区2022年法治政府建设报告\n2022年，郊区区委、区政府推进依法行政。阳泉市郊区人民政府"
                "印发《郊区行政执法公示办法》，推进郊区农村改造，加快城区建设。\n")
    assert r["subject_region"] == "山西省/阳泉市/郊区"
    assert "山西省阳泉市郊区人民政府" in canon(r, "Agency")
    r = extract("山西省2022年法治政府建设报告\n晋城市城区推进改革，阳泉市郊区和矿区跟进，加快新城区建设。\n")
    assert canon(r, "Region") == {"山西省", "山西省/晋城市", "山西省/晋城市/城区", "山西省/阳泉市",
                                  "山西省/阳泉市/郊区", "山西省/阳泉市/矿区"}


def test_a_place_name_as_a_persons_given_name_is_no_mention(extract):
    # a title, a surname, the given name: 吴青海 is the congress's director, not Qinghai; a
    # verb or a preposition before the name leaves it the place
    r = extract("扎鲁特旗2021年法治政府建设情况报告\n旗人大常委会主任吴青海主持会议，李长春同志出席。"
                "县委书记赴四川考察，在湖南学习经验。\n")
    regions = canon(r, "Region")
    assert "青海省" not in regions and "吉林省/长春市" not in regions
    assert {"四川省", "湖南省"} <= regions


def test_letters_of_a_document_numbers_head_are_no_mention(extract):
    # 柳城管法: 柳 (柳州) + 城管 + 法, not 柳城县
    r = extract("柳州市城市管理局2025年法治政府建设年度报告\n印发《柳州市城市管理局2025年法治政府建设工作要点》"
                "(柳城管法〔2025〕11号)。\n")
    assert canon(r, "Region") == {"广西壮族自治区/柳州市"}
    # a head that opens with its region and a body code names both (丰都 + 府办)
    r = extract("栗子乡2025年法治政府建设工作报告\n严格对照《2025年全县法治政府建设工作要点》(丰都府办〔2025〕37号)。\n")
    assert "重庆市/丰都县" in canon(r, "Region")
    assert "重庆市丰都县人民政府办公室" in canon(r, "Agency")


def test_a_county_stem_that_is_an_everyday_word_names_it_only_in_a_list(extract):
    # 平安建设 in a report from 海东 is public-safety work, not 平安区; 公安 and 资源 likewise
    r = extract("海东市2023年法治政府建设情况报告\n2023年，海东市审议《海东市平安建设工作条例》。\n")
    assert canon(r, "Region") == {"青海省/海东市"}
    r = extract("荆州市2023年法治政府建设情况报告\n市公安、检察、法院加强协作，整合执法资源。\n")
    assert canon(r, "Region") == {"湖北省/荆州市"}
    # in a list of places with their level word, and written in full, it is the county
    r = extract("海东市2023年法治政府建设情况报告\n平安、互助等县区开展示范创建，公安县参加。\n")
    assert {"青海省/海东市/平安区", "青海省/海东市/互助土族自治县"} <= canon(r, "Region")
    # and in the county's own report the stem is the county
    r = extract("平安区2023年法治政府建设情况报告\n2023年，平安区推进平安建设。\n")
    assert canon(r, "Region") == {"青海省/海东市/平安区"}


def test_a_far_countys_full_name_opening_with_an_everyday_word_is_that_word_where_cut_so(extract):
    # 合作市场, 西南部县区, 比如县里, 延长县级: the words, not 合作市, 南部县, 比如县 or 延长县
    r = extract("濮阳县2022年法治政府建设情况报告\n加强区域合作市场监管，西南部县区发展，比如县里的工作，"
                "延长县级补贴期限。\n")
    assert canon(r, "Region") == {"河南省/濮阳市/濮阳县"}
    # 会同 (with) before the report's own level word and a department: its own department
    r = extract("濮阳县司法局2022年法治政府建设情况报告\n会同县财政局制定《濮阳县法律援助经费管理办法》。\n")
    assert canon(r, "Region") == {"河南省/濮阳市/濮阳县"}
    assert "河南省濮阳市濮阳县财政局" in canon(r, "Agency")
    # the county itself near home, after its city, or its government far from home
    r = extract("怀化市2022年法治政府建设情况报告\n会同县财政局制定办法。\n")
    assert "湖南省/怀化市/会同县" in canon(r, "Region")
    r = extract("濮阳县2022年法治政府建设情况报告\n赴甘南州合作市学习，到怀化市会同县考察，会同县人民政府介绍经验。\n")
    assert {"甘肃省/甘南藏族自治州/合作市", "湖南省/怀化市/会同县"} <= canon(r, "Region")


def test_the_everyday_word_stems_are_counties_stems():
    from kg.gazetteer import word_stems
    g = load()
    assert {"平安", "资源", "公安", "合作"} <= word_stems()
    for stem in word_stems():
        assert g.is_stem(stem) and any(g.divisions[c].level == 3 for c in g.by_stem[stem])
    # prefectures called by their stems every day are not among them
    assert not {"大连", "桂林", "拉萨", "太原"} & word_stems()


def test_everyday_word_stems_are_measured(tmp_path):
    import gzip
    import zipfile

    import srsly

    from kg.data.build_word_stems import WORDLIST, word_stems, zipf_values
    # wordfreq's list: a header, then the words at 0, -1, -2 … centibels (Zipf 9 - n/100)
    wheel = tmp_path / "wordfreq-3.1.1-py3-none-any.whl"
    packed = [{"format": "cB", "version": 1}] + [[] for _ in range(601)]
    packed[460] += ["大连", "平安"]       # Zipf 4.41
    packed[501] += ["长安"]               # 4.0
    packed[601] += ["清徐"]               # 3.0
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(WORDLIST, gzip.compress(srsly.msgpack_dumps(packed)))
    zipf = zipf_values(wheel)
    assert zipf["平安"] == 4.41 and zipf["清徐"] == 3.0
    stems = [row[0] for row in word_stems(zipf, {"长安": "ns", "平安": "a"})]
    # not a prefecture (大连), not what jieba knows as a place (长安), not a rare word (清徐)
    assert stems == ["平安"]


def test_a_far_citys_stem_is_a_place_only_where_the_words_around_make_it_one(extract):
    r = extract("大宁县2023年工作报告\n在上海、三亚等地成功举办多场品牌推介。组织赴杭州、苏州考察学习。"
                "学习借鉴银川、固原等城市经验做法。\n")
    assert {"海南省/三亚市", "浙江省/杭州市", "江苏省/苏州市", "宁夏回族自治区/固原市"} <= canon(r, "Region")
    # (三亚 alone, a word in 长治久安, 大同小异: no place)
    r = extract("大宁县2023年工作报告\n三亚旅游推介会召开，维护社会长治久安，各地做法大同小异。\n")
    assert canon(r, "Region") == {"山西省/临汾市/大宁县"}


def test_a_conjunction_name_after_a_closed_title_is_the_conjunction(extract):
    # 《条例》和县政府: and the county government, not 和县 of 马鞍山
    r = extract("2016年政府信息公开工作年度报告\n我办认真贯彻落实了《条例》和县政府对政府信息公开工作的有关精神。\n")
    assert r["subject_region"] is None and canon(r, "Region") == set()


def test_a_zones_own_name_after_its_city_is_no_other_citys_district(extract):
    # 南京江北新区 in a Chongqing report: 南京's zone, not 重庆's 江北区 (written whole, 江北区
    # is)
    r = extract("重庆市2022年法治政府建设报告\n南京江北新区、西安西咸新区、山西大同经开区参加交流，江北区司法局参加。\n")
    assert canon(r, "Region") == {"重庆市", "山西省", "重庆市/江北区"}
    assert [m["text"] for e in r["entities"] if e["canonical"] == "重庆市/江北区"
            for m in e["mentions"]] == ["江北区"]
    r = extract("重庆市2022年法治政府建设报告\n南京江北新区参加交流。\n")
    assert "重庆市/江北区" not in canon(r, "Region")


def test_a_home_stem_cut_out_of_other_words_gives_way_to_the_name_they_hold(extract):
    # 推广灵丘县: 推广 and 灵丘县, not 广灵 (广灵县's stem, found near home) and a lost 灵丘县
    r = extract("大同市2021年法治政府建设报告\n推广灵丘县“容缺受理”做法，广灵县参加。\n")
    assert canon(r, "Region") == {"山西省/大同市", "山西省/大同市/灵丘县", "山西省/大同市/广灵县"}
