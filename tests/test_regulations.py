"""Regulations: which titles are normative documents, and their canonical titles."""
from conftest import canon, rels

from kg.extract.regulations import canonical_title, is_national, is_regulation

HEAD = "平城区2020年法治政府建设报告\n"


def test_national_laws_get_the_national_prefix():
    assert canonical_title("宪法") == "中华人民共和国宪法"
    assert canonical_title("民法典") == "中华人民共和国民法典"
    assert canonical_title("行政复议法") == "中华人民共和国行政复议法"
    assert canonical_title("政府信息公开条例") == "中华人民共和国政府信息公开条例"
    assert canonical_title("中华人民共和国公职人员政务处分法") == "中华人民共和国公职人员政务处分法"
    # a law's usual short name that is not its title less the prefix
    assert canonical_title("保密法") == "中华人民共和国保守国家秘密法"
    assert canonical_title("反恐法") == "中华人民共和国反恐怖主义法"
    # a law newer than the catalogue still takes it; a standard's method of testing does not
    assert canonical_title("民营经济促进法") == "中华人民共和国民营经济促进法"
    title = "土壤和地下水 石油烃(C10-C40)中脂肪族和芳香族分类及分段的测定 气相色谱法"
    assert canonical_title(title) == title


def test_local_and_administrative_titles_stay_as_written():
    assert canonical_title("重大行政决策程序暂行条例") == "重大行政决策程序暂行条例"
    assert canonical_title("山西省行政规范性文件制定与监督管理办法") == \
        "山西省行政规范性文件制定与监督管理办法"
    assert canonical_title("大同市实施办法") == "大同市实施办法"


def test_brackets_and_year_dashes_normalised():
    assert canonical_title("法治政府建设实施纲要（2015—2020年）") == "法治政府建设实施纲要(2015-2020年)"
    assert canonical_title("农村生活污水处理专项规划(2020～2025年)") == "农村生活污水处理专项规划(2020-2025年)"
    # spaces go; a central document's period carries its 年, a local one stays as written
    assert canonical_title("法治政府建设实施纲要（2021—2025 年）") == "法治政府建设实施纲要(2021-2025年)"
    assert canonical_title("法治政府建设实施纲要(2021—2025)") == "法治政府建设实施纲要(2021-2025年)"
    assert canonical_title("某县法治政府建设实施方案(2021—2025)") == "某县法治政府建设实施方案(2021-2025)"
    # a page's gaps around a figure are no part of the title
    assert canonical_title("云南省法治化营商环境全面提质 23 条措施") == "云南省法治化营商环境全面提质23条措施"
    assert canonical_title("某县人民政府办公室关于印发 某县2020年依法行政工作要点的通知") == \
        "某县人民政府办公室关于印发某县2020年依法行政工作要点的通知"
    assert canonical_title("中共中央 国务院关于加强法治建设的意见") == "中共中央 国务院关于加强法治建设的意见"
    assert canonical_title("法治政府建设实施纲要(2015年—2020年)") == "法治政府建设实施纲要(2015-2020年)"
    assert canonical_title("法治政府建设实施纲要 (2021—2025年)") == "法治政府建设实施纲要(2021-2025年)"
    assert canonical_title("中华人民共和国 行政处罚法") == "中华人民共和国行政处罚法"
    assert canonical_title("某省法治政府建设规划（2016年-2020年）") == "某省法治政府建设规划(2016-2020年)"


def test_an_outline_is_a_document():
    # 大纲 as 纲要: 青少年法治教育大纲 (教育部、司法部、全国普法办, 2016)
    assert is_regulation("青少年法治教育大纲")


def test_a_plans_division_of_tasks_as_a_table_is_a_document_a_form_is_not():
    # 分工表, 分解表: a plan's tasks and who carries each out, issued with a notice as the plan is
    assert is_regulation("渝北区贯彻落实〈重庆市法治政府建设实施方案(2021-2025年)〉任务分工表")
    assert is_regulation("深圳市应急管理局2024年法治政府建设工作任务分解表")
    # a form to fill in, a report, a newspaper: their endings still tell
    assert not is_regulation("领导干部学法用法考核登记表")
    assert not is_regulation("行政复议申请表")
    assert not is_regulation("县司法局2023年工作总结") and not is_regulation("法治日报")


def test_a_count_of_measures_ends_a_title():
    assert is_regulation("行政检查执法备案智能管理改革工作督察20条")
    assert is_regulation("优化营商环境三十条")
    assert is_regulation("稳经济33条措施")
    assert not is_regulation("第五条") and not is_regulation("民法典第三十条")
    # a count of prohibitions, the quotation marks round it
    assert is_regulation("城市管理执法“十项禁令”") and is_regulation("公安民警五条禁令")


def test_a_kind_written_as_a_mark_after_the_name():
    assert is_regulation("大悟县2015年依法行政工作十件事(要点)")
    assert is_regulation("某县优化营商环境若干措施（实施方案）")
    assert not is_regulation("依法行政工作十件事(2015年)")
    # a model text for others to adopt, its kind a mark or the title's end
    assert is_regulation("建设工程施工合同(示范文本)")
    assert is_regulation("四川省中小学校党组织会议议事规则示范文本(试行)")


def test_kinds_of_titles():
    for t in ("公共信用信息管理暂行办法", "信用信息征集目录", "普法责任清单", "山西省土地整治条例(草案)",
              "河南省法治政府建设示范县创建指标体系责任分工(2023版)", "打赢蓝天保卫战2020年决战计划",
              "非法集资行政案件办理程序", "江门市新会区行政执法程序", "市县法治政府建设示范指标体系"):
        assert is_regulation(t), t
    for t in ("法治日报", "致全县人民的一封信", "关于2013年依法行政宣传月活动的情况报告",
              "府院联动,关键在动", "信访事项处理意见书", "习近平谈治国理政", "粤商通小程序",
              "现代化治理体系"):
        assert not is_regulation(t), t


def test_back_reference_is_an_alias(extract):
    r = extract(HEAD + "贯彻国务院《全面推进依法行政实施纲要》。各级政府落实《纲要》。\n")
    regs = [e for e in r["entities"] if e["type"] == "Regulation"]
    assert [e["canonical"] for e in regs] == ["全面推进依法行政实施纲要"]
    assert "纲要" in regs[0]["aliases"]
    # the kind with its 实施 (《实施纲要》: the last 实施纲要 named)
    r = extract(HEAD + "全面落实《法治政府建设实施纲要(2015—2020年)》，落实中央和我省《实施纲要》。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2015-2020年)"}
    # 若干 and a kind: the last words of many a title, short for it
    r = extract(HEAD + "贯彻《国务院关于加强法治政府建设的若干意见》，按照《若干意见》要求推进。"
                "市法制办要根据《若干规定》做好工作。\n")
    assert canon(r, "Regulation") == {"国务院关于加强法治政府建设的若干意见"}
    # any kind alone: the last title of its kind, or no document (a committee's 《工作规则》)
    r = extract(HEAD + "成立复议咨询委员会并下发了委员会《工作规则》。制定《平城区行政应诉工作规则》，"
                "《工作规则》的出台规范了应诉。\n")
    regs = [e for e in r["entities"] if e["type"] == "Regulation"]
    assert [(e["canonical"], e["aliases"]) for e in regs] == [("平城区行政应诉工作规则",
                                                              ["平城区行政应诉工作规则", "工作规则"])]


def test_unbracketed_strong_kinds_and_known_titles(extract):
    r = extract(HEAD + "制定普法责任清单。把宪法等法律法规列入学习内容，加大信访条例的宣传力度。\n")
    assert {"普法责任清单", "中华人民共和国宪法", "信访条例"} <= canon(r, "Regulation")


def test_non_regulations_in_brackets(extract):
    r = extract(HEAD + "《法治日报》报道了我区经验，录制《致全区人民的一封信》，学习《习近平法治思想学习纲要》。\n")
    assert canon(r, "Regulation") == set()
    # a work someone wrote, whatever its title ends with, and cut off by the page's end too
    r = extract(HEAD + "县信访局撰写的《基层信访法治化的实施办法研究》获奖，发表《依法行政的路径》，"
                       "撰写《新时代“枫桥经验”下基层信访局推动信访法治化的优化路")
    assert canon(r, "Regulation") == set()
    # a film or a book named by its kind before the title
    r = extract(HEAD + "录制展播苏轼律法思想专题片《古今探法》，编印普法读本《民法典与百姓生活》。\n")
    assert canon(r, "Regulation") == set()


def test_title_nested_in_a_title(extract):
    r = extract(HEAD + "贯彻《河南省实施〈中华人民共和国土地管理法〉办法》。\n")
    assert canon(r, "Regulation") == {"河南省实施〈中华人民共和国土地管理法〉办法",
                                      "中华人民共和国土地管理法"}


def test_titles_nested_two_deep_and_in_ascii_brackets(extract):
    r = extract(HEAD + "印发《关于印发〈某省有关部门贯彻落实〈决定〉责任分工方案〉的通知》和"
                "《关于印发<2024年涉企行政执法现场检查计划>的通知》。\n")
    assert {"关于印发〈某省有关部门贯彻落实〈决定〉责任分工方案〉的通知", "某省有关部门贯彻落实〈决定〉责任分工方案",
            "关于印发<2024年涉企行政执法现场检查计划>的通知",
            "2024年涉企行政执法现场检查计划"} <= canon(r, "Regulation")


def test_a_document_number_written_inside_the_brackets_is_no_part_of_the_title(extract):
    # 《关于印发…的通知(奉节委法〔2022〕3号)》: the number inside the 》, the notice's title before it
    r = extract(HEAD + "认真贯彻落实中共平城区委全面依法治区委员会《关于印发中共平城区委全面依法治区委员会"
                "2022年工作要点的通知(平城委法〔2022〕3号)》。\n")
    assert canon(r, "Regulation") == {"关于印发中共平城区委全面依法治区委员会2022年工作要点的通知",
                                      "中共平城区委全面依法治区委员会2022年工作要点"}


def test_a_title_a_notice_publishes_without_inner_brackets(extract):
    # the page dropped the 〈〉 inside: the notice still publishes a document of that title,
    # which its issuer issued; a notice of no document kind publishes none
    r = extract(HEAD + "落实《湖北省人民政府办公厅关于印发提升行政执法质量实施方案的通知》，"
                "执行《关于印发平城区法治建设重点巡察内容清单的通知》，《关于转发省司法厅工作的通知》。\n")
    assert canon(r, "Regulation") == {"湖北省人民政府办公厅关于印发提升行政执法质量实施方案的通知", "提升行政执法质量实施方案",
                                      "关于印发平城区法治建设重点巡察内容清单的通知", "平城区法治建设重点巡察内容清单",
                                      "关于转发省司法厅工作的通知"}
    assert ("湖北省人民政府办公厅", "提升行政执法质量实施方案") in rels(r, "ISSUED")
    # so does a notice's title heading the page, without 《》 (a space where the line broke)
    r = extract("四川省人民政府办公厅关于印发 四川省人民政府2021年立法计划的通知\n"
                "记者获悉，今年立法计划项目共92件。\n")
    assert canon(r, "Regulation") == {"四川省人民政府办公厅关于印发四川省人民政府2021年立法计划的通知",
                                      "四川省人民政府2021年立法计划"}
    assert ("四川省人民政府办公厅", "四川省人民政府2021年立法计划") in rels(r, "ISSUED")
    # its edition's mark after the kind
    r = extract(HEAD + "落实《省人民政府办公厅关于印发山西省行政许可事项清单(2022年版)的通知》要求。\n")
    assert "山西省行政许可事项清单(2022年版)" in canon(r, "Regulation")


def test_a_period_that_lost_its_closing_parenthesis(extract):
    r = extract(HEAD + "制定印发了《三明市卫生健康系统法治宣传教育第八个五年规划(2021—2025年》的通知，"
                "印发《某区普法规划（2021-2025年》。\n")
    assert canon(r, "Regulation") == {"三明市卫生健康系统法治宣传教育第八个五年规划(2021-2025年)",
                                      "某区普法规划(2021-2025年)"}


def test_a_period_that_lost_its_opening_parenthesis(extract):
    r = extract(HEAD + "落实《法治政府建设实施纲要2021-2025年)》精神，印发《某区普法规划2021—2025年）》。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2021-2025年)", "某区普法规划(2021-2025年)"}


def test_a_claim_to_be_the_first_of_its_kind_is_no_part_of_the_title(extract):
    r = extract(HEAD + "开拓性编制了全国第一个林长制实施规划，出台全省首部物业管理办法。\n")
    assert {"林长制实施规划", "物业管理办法"} <= canon(r, "Regulation")
    assert not any(t.startswith(("全国", "全省")) for t in canon(r, "Regulation"))


def test_a_system_is_no_documents_end(extract):
    # 治理体系和治理能力现代化: one phrase inside one plan's name, not two documents
    r = extract(HEAD + "制定学校推进治理体系和治理能力现代化建设行动计划。\n")
    assert canon(r, "Regulation") == {"学校推进治理体系和治理能力现代化建设行动计划"}


def test_a_period_written_without_parentheses(extract):
    r = extract(HEAD + "2020年是落实《法治政府建设实施纲要2015-2020》的最后一年，围绕《人力资源和社会保障部关于印发"
                "〈人力资源和社会保障法治建设实施纲要2016-2020年〉的通知》推进。\n")
    assert {"法治政府建设实施纲要(2015-2020年)", "人力资源和社会保障法治建设实施纲要(2016-2020年)"} \
        <= canon(r, "Regulation")
    # (a year after a title that is no kind's stays the title's words)
    assert not is_regulation("法治建设2020-2021")


def test_one_title_written_with_and_without_its_inner_brackets_is_one_document(extract):
    # the plan quoted alone with <>, then inside a task breakdown's title without them
    r = extract(HEAD + "贯彻落实《自治区贯彻落实<法治社会建设实施纲要(2020-2025)>实施方案》，制定了"
                "《平城区贯彻落实<自治区贯彻落实法治社会建设实施纲要(2020-2025)实施方案>的任务分解方案》。\n")
    assert canon(r, "Regulation") == {
        "自治区贯彻落实<法治社会建设实施纲要(2020-2025年)>实施方案", "法治社会建设实施纲要(2020-2025年)",
        "平城区贯彻落实<自治区贯彻落实法治社会建设实施纲要(2020-2025年)实施方案>的任务分解方案"}


def test_a_closing_mark_no_inner_title_opened_leaves_the_title():
    assert canonical_title("安溪县贯彻<法治福建建设纲要(2014—2020)>的意见>") == \
        "安溪县贯彻<法治福建建设纲要(2014-2020)>的意见"
    assert canonical_title("关于印发<平城区法治政府建设规划>的通知") == "关于印发<平城区法治政府建设规划>的通知"


def test_an_inner_title_closed_past_its_period(extract):
    # the inner bracket written at the outer title's end: the inner title ends with its period
    r = extract(HEAD + "制定了《某县贯彻落实<法治政府建设实施纲要(2021-2025年)工作方案>》和"
                "《某区贯彻落实〈法治政府建设实施纲要(2021—2025年)的实施方案〉》。\n")
    assert canon(r, "Regulation") == {"某县贯彻落实<法治政府建设实施纲要(2021-2025年)>工作方案",
                                      "某区贯彻落实〈法治政府建设实施纲要(2021-2025年)〉的实施方案",
                                      "法治政府建设实施纲要(2021-2025年)"}
    # a title that holds a period of its own and ends inside the outer one stays whole
    r = extract(HEAD + "印发《关于印发〈某市法治建设规划(2021-2025年)〉的通知》。\n")
    assert canon(r, "Regulation") == {"关于印发〈某市法治建设规划(2021-2025年)〉的通知",
                                      "某市法治建设规划(2021-2025年)"}


def test_a_title_cut_by_the_page_is_not_taken(extract):
    r = extract(HEAD + "出台《关于建立法治督察与\n下一段。\n")
    assert canon(r, "Regulation") == set()


def test_lost_dash_and_henceforth_note(extract):
    assert canonical_title("法治政府建设实施纲要(20212025年)") == "法治政府建设实施纲要(2021-2025年)"
    r = extract(HEAD + "落实《某市法治政府建设实施方案(2016—2020年)(以下称《实施方案》)》，《实施方案》明确。\n")
    regs = [e for e in r["entities"] if e["type"] == "Regulation"]
    assert [e["canonical"] for e in regs] == ["某市法治政府建设实施方案(2016-2020年)"]
    assert "实施方案" in regs[0]["aliases"]


def test_catalogue_titles_official_and_bare(extract):
    assert canonical_title("刑法") == "中华人民共和国刑法"
    assert canonical_title("土地管理法实施条例") == "中华人民共和国土地管理法实施条例"
    r = extract(HEAD + "学习宪法、刑法、民法典和行政诉讼法，开展宪法宣传周活动。\n")
    assert canon(r, "Regulation") == {"中华人民共和国宪法", "中华人民共和国刑法",
                                      "中华人民共和国民法典", "中华人民共和国行政诉讼法"}
    r = extract(HEAD + "开展宪法宣传周活动，刑法学研究。\n")
    assert canon(r, "Regulation") == set()
    # a special economic zone's regulation of the same name is the zone's
    r = extract(HEAD + "解读生物安全法、特区中医药条例等法律法规。\n")
    assert canon(r, "Regulation") == {"中华人民共和国生物安全法", "特区中医药条例"}
    # a law being amended is named: 推进矿产资源法修改, as …法修订
    r = extract(HEAD + "配合有关机关推进矿产资源法修改。\n")
    assert canon(r, "Regulation") == {"中华人民共和国矿产资源法"}
    # the party's constitution by its short name, bare or in 《》; not inside 党章党规党纪
    r = extract(HEAD + "组织学习党章等党内法规，学习《党章》，用党章党规党纪规范自己。\n")
    assert [(e["canonical"], e["aliases"]) for e in r["entities"] if e["type"] == "Regulation"] == \
        [("中国共产党章程", ["党章"])]
    r = extract(HEAD + "将习近平法治思想、《党章》等党内法规纳入学法计划。\n")
    assert canon(r, "Regulation") == {"中国共产党章程"}


def test_catalogued_ministry_rules_and_local_titles_named_bare(extract):
    # a ministry's rules and a local regulation whose title opens with its region's full
    # name are as specific bare as in 《》; a title that opens with no region stays unnamed;
    # the rules carrying one out are a document of their own
    r = extract(HEAD + "严格执行公安机关办理行政案件程序规定，贯彻实施上海市住宅物业管理规定和"
                "北京市统计条例实施办法，落实口岸服务条例。\n")
    assert canon(r, "Regulation") == {"公安机关办理行政案件程序规定", "上海市住宅物业管理规定",
                                      "北京市统计条例实施办法"}
    r = extract(HEAD + "推动宪法实施，落实土地管理法实施条例。\n")
    assert canon(r, "Regulation") == {"中华人民共和国宪法", "中华人民共和国土地管理法实施条例"}


def test_a_bare_law_being_publicised_is_named_but_its_campaign_is_not(extract):
    r = extract(HEAD + "结合禁毒、宪法及民法典宣传等开展法治宣传活动，组织宪法学习。\n")
    assert canon(r, "Regulation") == {"中华人民共和国宪法", "中华人民共和国民法典"}
    r = extract(HEAD + "落实优化营商环境条例要求，举行宪法宣誓仪式。\n")
    assert canon(r, "Regulation") == {"优化营商环境条例", "中华人民共和国宪法"}
    r = extract(HEAD + "开展民法典宣传月和宪法宣传日活动。\n")
    assert canon(r, "Regulation") == set()
    # a standing committee's inspection of how a law is carried out names the law
    r = extract(HEAD + "配合县人大常委会开展土地管理法执法检查。\n")
    assert canon(r, "Regulation") == {"中华人民共和国土地管理法"}


def test_a_law_opening_a_quoted_slogan_is_its_theme_not_the_document(extract):
    r = extract(HEAD + "开展“宪法与浙江”宣传月、“民法典进万家”活动和\"宪法伴我行\"活动。\n")
    assert canon(r, "Regulation") == set()
    r = extract(HEAD + "组织学习“宪法、民法典”和“民法典”。\n")
    assert canon(r, "Regulation") == {"中华人民共和国宪法", "中华人民共和国民法典"}


def test_central_documents_named_bare(extract):
    r = extract(HEAD + "严格落实党政主要负责人履行推进法治建设第一责任人职责规定，"
                "贯彻法治政府建设实施纲要(2021—2025年)，落实法治政府建设实施纲要要求。\n")
    assert canon(r, "Regulation") == {"党政主要负责人履行推进法治建设第一责任人职责规定",
                                      "法治政府建设实施纲要(2021-2025年)"}


def test_unbracketed_documents_after_verbs(extract):
    r = extract(HEAD + "制定2017年度依法行政考核目录，编制公布行政许可事项清单236项，"
                "制定领导干部学法计划，扎实推进某市法治政府建设实施方案(2021--2025年)，制订实施述法工作方案，梳理优化长春市“证照分离”改革事项清单86项。\n")
    assert {"2017年度依法行政考核目录", "行政许可事项清单", "领导干部学法计划",
            "某市法治政府建设实施方案(2021-2025年)", "述法工作方案",
            "长春市“证照分离”改革事项清单"} <= canon(r, "Regulation")
    assert not {"实施述法工作方案", "优化长春市“证照分离”改革事项清单"} & canon(r, "Regulation")
    r = extract(HEAD + "局党组集体研究通过2024年普法依法治理工作要点。\n")
    assert canon(r, "Regulation") == {"2024年普法依法治理工作要点"}
    # (a list's first name may be a description, 的 before its kind: the next is still named)
    r = extract(HEAD + "省委常委会会议审议新时代全面依法治省的实施意见、普法强基补短板专项行动方案等。\n")
    assert canon(r, "Regulation") == {"普法强基补短板专项行动方案"}
    # 总体方案: a plan as a whole (海南自由贸易港建设总体方案, 中共中央、国务院 2020)
    r = extract(HEAD + "认真贯彻落实海南自由贸易港建设总体方案，落实总体方案各项任务。\n")
    assert canon(r, "Regulation") == {"海南自由贸易港建设总体方案"}
    # a body's rules of work and its office's detailed rules
    # a list's 以及: the last item is the name (a generic plan here), not the words before
    r = extract(HEAD + "对贯彻落实中央法治建设“一规划两纲要”以及市级实施方案的情况进行评估。\n")
    assert canon(r, "Regulation") == set()
    # evaluated: 做好…规划(2021-2025年)中期评估工作
    r = extract(HEAD + "扎实做好法治政府建设规划(2021-2025年)中期评估工作，做好宣传工作。\n")
    assert canon(r, "Regulation") == {"法治政府建设规划(2021-2025年)"}
    r = extract(HEAD + "推动修订省委全面依法治省委员会工作规则、省委全面依法治省委员会办公室工作细则。\n")
    assert canon(r, "Regulation") == {"省委全面依法治省委员会工作规则", "省委全面依法治省委员会办公室工作细则"}
    # and rules of procedure (议事规则), the second of two after 和 too; a kind alone is none
    r = extract(HEAD + "修订完善区政府工作规则和区政府常务会议议事规则，严格执行议事规则和管理办法。\n")
    assert canon(r, "Regulation") == {"区政府工作规则", "区政府常务会议议事规则"}


def test_rules_and_measures_named_bare_when_made(extract):
    # 规定 and 办法 name one document bare only as what a body made, with a stem that says
    # what they rule (行政处罚案件办理规定), not what a law provides (按照法律规定)
    r = extract(HEAD + "印发行政处罚案件办理规定、行政执法案卷评查工作实施方案，修改完善了依法行政工作考核办法，"
                "制定出台了行政规范性文件管理办法、政府合同管理规定。\n")
    assert canon(r, "Regulation") == {"行政处罚案件办理规定", "行政执法案卷评查工作实施方案",
                                      "依法行政工作考核办法", "行政规范性文件管理办法", "政府合同管理规定"}
    # a draft's or a trial version's mark is part of the title
    r = extract(HEAD + "起草平城区物业管理条例（草案），制定行政执法公示办法(试行)。\n")
    assert canon(r, "Regulation") == {"平城区物业管理条例(草案)", "行政执法公示办法(试行)"}
    # a discretion benchmark, rules of operation, a guide to a kind of work, when made
    r = extract(HEAD + "出台行政处罚裁量基准，制定了行政执法人员操作规程，编制行政执法工作指引；"
                "执行操作规程，明确裁量基准，用好工作指引。\n")
    assert canon(r, "Regulation") == {"行政处罚裁量基准", "行政执法人员操作规程", "行政执法工作指引"}
    # the benchmark written as a discretion standard (裁量标准), not any standard (a rate)
    r = extract(HEAD + "制定特区医疗条例行政处罚自由裁量标准，制定征收补偿标准。\n")
    assert canon(r, "Regulation") == {"特区医疗条例行政处罚自由裁量标准"}
    # when in the year it was made, then the verb: neither is the title's
    r = extract(HEAD + "按照年初制定法治政府建设工作计划，将工作任务细化分解。\n")
    assert canon(r, "Regulation") == {"法治政府建设工作计划"}
    r = extract(HEAD + "严格执行法律规定，落实国家规定，研究解决办法，制定解决办法，落实有关规定，"
                "严格执行集体决策制度规定，落实重大行政决策程序规定，研究制定具体实施办法，"
                "修订完善内部管理制度和办法。\n")
    assert canon(r, "Regulation") == set()


def test_a_plan_named_bare_when_made(extract):
    # 方案 of any kind is one document as what a body made (编制…巩固提升方案), with a stem
    # that names its matter; a plan only kept to (落实…方案) or described (学习宣传方案) is not
    r = extract(HEAD + "市委依法治市委研究编制法治政府示范创建巩固提升方案，区政府制定行政执法规范化提升方案。\n")
    assert canon(r, "Regulation") == {"法治政府示范创建巩固提升方案", "行政执法规范化提升方案"}
    r = extract(HEAD + "制定学习宣传方案，制定整改方案，制定宣传方案，落实巩固提升方案。\n")
    assert canon(r, "Regulation") == set()


def test_lists_that_share_a_system_are_no_documents(extract):
    # 权力清单、责任清单制度: the system of making such lists, not the lists themselves
    r = extract(HEAD + "完善权力清单、责任清单制度，落实权力清单和责任清单制度。\n")
    assert canon(r, "Regulation") == set()
    r = extract(HEAD + "公布权力清单和责任清单，完善工作制度。\n")
    assert canon(r, "Regulation") == {"权力清单", "责任清单"}


def test_a_local_regulation_named_bare_opens_with_its_region(extract):
    # a local 条例 is titled with its region's full name; a bare 条例 without one names none
    r = extract(HEAD + "起草并提请省人大常委会审议山西省反不正当竞争条例修订草案、山西省养老机构条例，"
                "市人大常委会审议通过大同市文明行为促进条例，制定养犬管理条例，修订物业管理条例。\n")
    assert canon(r, "Regulation") == {"山西省反不正当竞争条例", "山西省养老机构条例", "大同市文明行为促进条例",
                                      "物业管理条例"}      # (the State Council's, in the catalogue)
    # a list after the first, under its region: each a local regulation, though the catalogue
    # names the State Council's so too (法律援助条例); two verbs joined by 和 before it
    r = extract(HEAD + "共制定和修订武汉市实施道路交通安全法办法、湖泊保护条例、法律援助条例等3件法规。\n")
    assert canon(r, "Regulation") == {"武汉市实施道路交通安全法办法", "武汉市湖泊保护条例", "武汉市法律援助条例"}
    # a policy of several measures so titled; without its region, which?
    r = extract(HEAD + "制定大同市优化营商环境若干措施，出台若干措施。\n")
    assert canon(r, "Regulation") == {"大同市优化营商环境若干措施"}
    # studied or spread as well as made or applied (学习山西省安全生产条例: no catalogue's)
    r = extract(HEAD + "组织学习山西省安全生产条例，宣传大同市文明行为促进条例，学习养犬管理条例。\n")
    assert canon(r, "Regulation") == {"山西省安全生产条例", "大同市文明行为促进条例"}


def test_a_local_document_named_after_a_central_one_is_the_locality_s(extract):
    # a versioned central title with its period is the central document; with more after
    # it, a document of its own, which the local body that issued it issued
    assert is_national("法治政府建设实施纲要(2021-2025年)") and is_national("法治政府建设实施纲要2021—2025年")
    assert not is_national("法治政府建设实施纲要重要举措分工方案")
    r = extract("九江市2022年法治政府建设情况报告\n市委全面依法治市委员会召开会议，"
                "印发法治政府建设实施纲要重要举措分工方案，加强顶层设计。制定任务分工方案。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要重要举措分工方案"}
    assert rels(r, "ISSUED") == {("中共江西省九江市委员会全面依法治市委员会", "法治政府建设实施纲要重要举措分工方案")}


def test_a_clause_putting_one_thing_into_another_is_no_title(extract):
    r = extract(HEAD + "将第一责任人履行推进法治建设成效纳入考核指标体系，把法治建设纳入应急管理工作总体规划。\n")
    assert canon(r, "Regulation") == set()
    # 对…作出规定 lays a rule down: a clause after the verb of making, no title
    r = extract(HEAD + "制发《关于规范街道办文工作的通知》，对街道公文办文制发流程作出具体规定。\n")
    assert canon(r, "Regulation") == {"关于规范街道办文工作的通知"}


def test_generic_kinds_are_no_document(extract):
    r = extract(HEAD + "制定工作计划，落实制度规划，印发年度工作要点，完善相关清单，制定年度学法计划。\n")
    assert canon(r, "Regulation") == set()
    # the whole year's (全年) is every year's too; 与 joins two kinds as 和 does
    r = extract(HEAD + "制订全年学法计划与学法清单，制定全年普法工作要点。\n")
    assert not any(name.startswith("全年") for name in canon(r, "Regulation"))
    # 落实到…: the verb carried into a field, its object no document
    r = extract(HEAD + "把法治要求落实到交通运输规划、建设、管理等领域。\n")
    assert canon(r, "Regulation") == set()


def test_a_name_opening_with_a_conjunction_is_no_title(extract):
    # 公开 is the verb of 依申请公开; 及 joins the next item, no title opens with it
    r = extract(HEAD + "认真做好政府信息主动公开、依申请公开及政务公开工作要点的落实。\n")
    assert canon(r, "Regulation") == set()


def test_descriptions_of_documents_are_no_title(extract):
    r = extract(HEAD + "梳理各类事项清单，根据市级清单，梳理确认我区政务服务事项清单31个，"
                "落实推进法治政府建设的主要工作安排。\n")
    assert canon(r, "Regulation") == set()
    # each body's own (各街道“三定”规定: every street's, no one document)
    r = extract(HEAD + "重新修订各街道“三定”规定，完善各部门权责清单。\n")
    assert canon(r, "Regulation") == set()
    # bodies joined before 关于 (省厅和市政府关于…): each body's documents, no one title
    r = extract(HEAD + "认真落实省厅和市政府关于2020年法治政府建设工作要点。\n")
    assert canon(r, "Regulation") == set()
    # documents of a weight and a generic field (重大发展规划): no one title
    r = extract(HEAD + "全年依法审议重大发展规划、重大项目投资等事项24项，制定重大行政决策程序规定。\n")
    assert canon(r, "Regulation") == {"重大行政决策程序规定"}
    # its own (及其…): a part of the document named before, no title of its own
    r = extract(HEAD + "出台《哈尔滨市法治政府建设行动方案(2021—2025年)》及其重要举措分工方案。\n")
    assert canon(r, "Regulation") == {"哈尔滨市法治政府建设行动方案(2021-2025年)"}
    # a kind described, then the title it stands for (…方案6.0版——《…》)
    r = extract(HEAD + "出台营商环境改革方案6.0版——《平城区全方位优化营商环境工作方案》。\n")
    assert canon(r, "Regulation") == {"平城区全方位优化营商环境工作方案"}
    # a kind after a conjunction stands alone; a conjunction inside the name's stem does not
    r = extract(HEAD + "根据市领导批示和工作安排，完成评估工作。制定人口和计划生育工作安排。\n")
    assert canon(r, "Regulation") == {"人口和计划生育工作安排"}
    # levels before a description: each level's rules, no one title
    r = extract(HEAD + "严格执行《重大行政决策程序暂行条例》及市县相关规定，落实省市有关办法。\n")
    assert canon(r, "Regulation") == {"重大行政决策程序暂行条例"}
    # a kind alone, then a preposition's clause: 规定 is the verb's whole object
    r = extract(HEAD + "按照规定对自治区级权责清单进行动态调整，依据方案向社会公布。\n")
    assert canon(r, "Regulation") == set()
    # the provisions on a matter (…相关规定, …有关制度); in 《》 a title all the same
    r = extract(HEAD + "制定重大行政决策相关规定，完善法治建设有关制度，制定《平城区重大行政决策相关规定》。\n")
    assert canon(r, "Regulation") == {"平城区重大行政决策相关规定"}


def test_a_title_issued_by_a_notice_is_a_document_whatever_its_ending(extract):
    r = extract(HEAD + "印发《关于印发〈某省依法治省2015年重点事项〉的通知》，转发《关于转发〈2015年工作总结〉的通知》。\n")
    found = canon(r, "Regulation")
    assert "某省依法治省2015年重点事项" in found
    assert "2015年工作总结" not in found
    # a table's gaps around the inner bracket: the same two documents, named without them
    r = extract(HEAD + "依据《某厅关于印发 <某省政府信息公开工作年度报告格式> 的通知》制作。\n")
    assert canon(r, "Regulation") == {"某厅关于印发<某省政府信息公开工作年度报告格式>的通知",
                                      "某省政府信息公开工作年度报告格式"}


def test_a_regions_five_year_plan_without_brackets(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n编制县“十四五”规划，实施濮阳县“十四五”法治宣传教育规划，"
                "“十四五”规划开局之年，省“十四五”规划时期。\n")
    assert canon(r, "Regulation") == {"濮阳县“十四五”规划", "濮阳县“十四五”法治宣传教育规划"}
    # its outline, and the fourteenth's full name, are the documents named
    r = extract("濮阳县2022年法治政府建设情况报告\n编制县“十四五”规划纲要，落实省“十四五”规划和二〇三五年远景目标纲要。\n")
    assert canon(r, "Regulation") == {"濮阳县“十四五”规划纲要", "河南省“十四五”规划和二〇三五年远景目标纲要"}


def test_a_legal_publicity_cycles_plan_names_one_document(extract):
    # the plan of a cycle of 普法, written without its region; not a plan of the 八五 period
    r = extract("濮阳县2022年法治政府建设情况报告\n结合“八五”普法规划，开展法治宣传；“八五”时期规划先行。\n")
    assert canon(r, "Regulation") == {"“八五”普法规划"}
    # a plan of the cycle's publicity and of governing by law: one title, 普法 being no law's
    # name that 和 would end (a law's name before 和 does: 行政处罚法和…)
    r = extract("郑州市2022年法治政府建设情况报告\n全面落实郑州市“八五”普法和依法治理工作规划。\n")
    assert canon(r, "Regulation") == {"郑州市“八五”普法和依法治理工作规划"}


def test_documents_joined_to_one_verb(extract):
    r = extract(HEAD + "印发2022年立法工作计划和权责清单，梳理公布权力清单、责任清单，制定学法计划和宣传活动。\n")
    assert canon(r, "Regulation") == {"2022年立法工作计划", "权责清单", "权力清单", "责任清单", "学法计划"}
    # 以及 joins as 及 does: the name after it is whole, not cut at the verb inside it (推进)
    r = extract(HEAD + "审议通过年度工作要点以及党政主要负责人履行推进法治建设第一责任人职责清单。\n")
    assert canon(r, "Regulation") == {"党政主要负责人履行推进法治建设第一责任人职责清单"}
    r = extract(HEAD + "印发了2014年依法行政工作要点或安排意见。\n")
    assert canon(r, "Regulation") == {"2014年依法行政工作要点"}


def test_listed_documents_share_the_region_and_may_be_quoted(extract):
    r = extract("濮阳县2022年法治政府建设情况报告\n梳理编制濮阳县基本履职事项清单117项、配合履职事项清单46项，"
                "发布“高效办成一件事”事项清单4期，落实“一规划两纲要”。\n")
    assert canon(r, "Regulation") == {"濮阳县基本履职事项清单", "濮阳县配合履职事项清单",
                                      "“高效办成一件事”事项清单"}
    assert "高效办成一件事" in canon(r, "Initiative")


def test_a_title_whose_closing_bracket_the_note_swallowed(extract):
    r = extract(HEAD + "以贯彻《某市法治政府建设实施方案(2016-2020年)(以下称《实施方案》)为主线，落实《实施方案》。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Regulation"}
    assert found == {"某市法治政府建设实施方案(2016-2020年)": ["某市法治政府建设实施方案(2016-2020年)", "实施方案"]}


def test_national_issuers_written_inside_the_brackets_are_no_part_of_a_known_title(extract):
    r = extract(HEAD + "围绕《中共中央、国务院法治政府建设实施纲要(2021-2025年)》，贯彻《国务院全面推进依法行政实施纲要》"
                "和《国务院关于加强法治政府建设的意见》，学习《国务院某某办法》。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2021-2025年)", "全面推进依法行政实施纲要",
                                      "国务院关于加强法治政府建设的意见", "国务院某某办法"}
    assert ("国务院", "全面推进依法行政实施纲要") in rels(r, "ISSUED")


def test_a_title_with_a_document_number_is_a_document(extract):
    r = extract(HEAD + "写进《2022年政治理论学习重点内容计划安排》(黔环党〔2022〕5号)，"
                "印发《某县工作总结》(濮政〔2022〕1号)，学习《某某书》。\n")
    assert canon(r, "Regulation") == {"2022年政治理论学习重点内容计划安排"}


def test_a_bodys_document_of_a_year_named_bare_by_body_year_and_kind(extract):
    # wherever it stands, no verb before it; the body heading it made it
    r = extract(HEAD + "区政府2020年立法工作计划近日对外公布，区政府2020年以来出台多项规定。"
                "按照区委全面依法治区委员会2020年工作要点要求推进。\n")
    assert canon(r, "Regulation") == {"区政府2020年立法工作计划", "区委全面依法治区委员会2020年工作要点"}
    assert ("山西省大同市平城区人民政府", "区政府2020年立法工作计划") in rels(r, "ISSUED")
    # not what a body did in a year: its verb between the year and a kind
    r = extract(HEAD + "区政府2023年印发了法治政府建设实施方案，区委2023年召开全面依法治区委员会会议审议工作要点。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施方案"}
    # a year written without its 年 (起草2019法治政府建设工作要点), as some offices write it
    r = extract(HEAD + "起草2019法治政府建设工作要点，协助区政府研究部署。\n")
    assert canon(r, "Regulation") == {"2019法治政府建设工作要点"}


def test_a_title_written_without_the_region_it_opens_with_elsewhere_is_that_document(extract):
    r = extract(HEAD + "制定《平城区2023年法治政府建设工作要点》，按照《2023年法治政府建设工作要点》推进；"
                "区政府2020年立法工作计划公布，平城区政府2020年立法工作计划明确任务。"
                "贯彻《优化营商环境条例》和《山西省优化营商环境条例》。\n")
    regs = {e["canonical"]: set(e["aliases"]) for e in r["entities"] if e["type"] == "Regulation"}
    assert regs == {"平城区2023年法治政府建设工作要点": {"平城区2023年法治政府建设工作要点", "2023年法治政府建设工作要点"},
                    "平城区政府2020年立法工作计划": {"平城区政府2020年立法工作计划", "区政府2020年立法工作计划"},
                    "优化营商环境条例": {"优化营商环境条例"}, "山西省优化营商环境条例": {"山西省优化营商环境条例"}}
    assert {t for _, t in rels(r, "CITES")} == set(regs)
    # another region's title beside one written bare: two documents (the district's own plan)
    r = extract(HEAD + "贯彻《大同市法治政府建设实施方案》，制定《法治政府建设实施方案》。\n")
    assert canon(r, "Regulation") == {"大同市法治政府建设实施方案", "法治政府建设实施方案"}
    # a local regulation (条例: a province's or a city's congress makes them) written without
    # the name of a region above the report's is that region's
    r = extract(HEAD + "落实《生活垃圾管理条例》，执行《大同市生活垃圾管理条例》。\n")
    regs = {e["canonical"]: set(e["aliases"]) for e in r["entities"] if e["type"] == "Regulation"}
    assert regs == {"大同市生活垃圾管理条例": {"生活垃圾管理条例", "大同市生活垃圾管理条例"}}
    # written with less of its region's path (the district without its city): that document,
    # the report's own; the city's title beside it, bare after the city, another
    r = extract(HEAD + "印发《平城区2023年依法行政工作要点》，落实《大同市平城区2023年依法行政工作要点》，"
                "贯彻《大同市法治政府建设规划》和《法治政府建设规划》。\n")
    regs = {e["canonical"]: set(e["aliases"]) for e in r["entities"] if e["type"] == "Regulation"}
    assert regs == {"大同市平城区2023年依法行政工作要点": {"平城区2023年依法行政工作要点", "大同市平城区2023年依法行政工作要点"},
                    "大同市法治政府建设规划": {"大同市法治政府建设规划"}, "法治政府建设规划": {"法治政府建设规划"}}


def test_a_title_written_bare_with_its_document_number_is_a_document(extract):
    # its number after it, in brackets or after a space (a table's row): from the region's full
    # name, or 关于, to its kind
    r = extract(HEAD + "按照平城区重大行政决策程序规定（平政发〔2021〕5号）要求开展工作。\n"
                "1 平城区农村集体资产管理办法 平政办发〔2023〕12号 区政府\n"
                "2 关于进一步加强安全生产工作的意见 平政发〔2023〕45号 区政府\n")
    assert canon(r, "Regulation") == {"平城区重大行政决策程序规定", "平城区农村集体资产管理办法",
                                      "关于进一步加强安全生产工作的意见"}
    # a body and its verb before the title are no part of it
    r = extract(HEAD + "平城区人民政府印发平城区X办法（平政发〔2023〕1号）。\n")
    assert canon(r, "Regulation") == {"平城区X办法"}
    # ... but a verb its kind holds is the title's own (…管理实施细则, …实施方案)
    r = extract(HEAD + "3 平城区农村宅基地管理实施细则 平政发〔2023〕7号\n")
    assert canon(r, "Regulation") == {"平城区农村宅基地管理实施细则"}
    # a number alone, or after words that name no document, gives none
    r = extract(HEAD + "平城区工作总结（平政发〔2021〕6号），按照平城区要求（平政发〔2021〕7号）办理。\n")
    assert canon(r, "Regulation") == set()


def test_a_kind_that_is_a_whole_name_stands_alone(extract):
    r = extract(HEAD + "制定三定方案，印发规划和工作方案，落实权责清单。\n")
    assert canon(r, "Regulation") == {"三定方案", "权责清单"}


def test_a_list_of_tasks_is_no_document(extract):
    r = extract(HEAD + "研究列出118 项贯彻落实任务清单，制定任务清单，编制权责清单。\n")
    assert canon(r, "Regulation") == {"权责清单"}


def test_a_count_of_items_before_a_list_names_the_list(extract):
    # N项 counts the items of one list; N个 or N张 counts lists, none of them named
    r = extract(HEAD + "动态调整行政许可、行政处罚、行政强制等9类459项权责清单，公布了区发改局等16个部门84项"
                "行政审批中介服务事项清单，编制1214个“一事通办”事项清单，制定 13个事项清单。\n")
    assert canon(r, "Regulation") == {"权责清单", "行政审批中介服务事项清单"}


def test_a_short_name_given_in_a_note_is_the_titles_alias(extract):
    r = extract(HEAD + "根据中央依法治国办《市县法治政府建设示范指标体系申报指南》(以下简称《指标体系》)要求，"
                "结合实际，制定本实施方案。主要围绕《指标体系》10项一级指标。\n")
    regs = [e for e in r["entities"] if e["type"] == "Regulation"]
    assert [(e["canonical"], sorted(e["aliases"])) for e in regs] == [
        ("市县法治政府建设示范指标体系申报指南", ["市县法治政府建设示范指标体系申报指南", "指标体系"])]


def test_titles_the_page_broke(extract):
    r = extract(HEAD + "制定《平城区法治政府建设实施方案（2021 2025年）》，落实《山西省行政规范性文件制定与监督管理办法\n"
                "和相关制度，制定《岳阳县法治政府建设实施方案(20\n")
    # (the page ends inside the last title's period: the title without it)
    assert canon(r, "Regulation") == {"平城区法治政府建设实施方案(2021-2025年)", "山西省行政规范性文件制定与监督管理办法",
                                      "岳阳县法治政府建设实施方案"}


def test_a_bodys_yearly_plan_named_without_brackets(extract):
    r = extract(HEAD + "印发区政府2022年立法工作计划，推动出台省政府2023年立法工作计划。\n")
    assert canon(r, "Regulation") == {"区政府2022年立法工作计划", "省政府2023年立法工作计划"}


def test_a_year_told_from_the_pages_own_is_no_part_of_a_bare_title(extract):
    # (which year 今年 is, the page's date says; the document is named after it)
    r = extract(HEAD + "会议审议通过了县委全面依法治县委员会工作规则、今年法治长兴建设工作要点。"
                "县司法局制定了本年度平城区行政执法监督工作计划，按照年初全面依法治县工作要点及县委依法治县办统一部署，加强法治宣传。\n")
    assert canon(r, "Regulation") == {"县委全面依法治县委员会工作规则", "法治长兴建设工作要点",
                                      "平城区行政执法监督工作计划", "全面依法治县工作要点"}


def test_a_note_inside_a_title_names_the_title_it_stands_in(extract):
    r = extract(HEAD + "《关于印发〈法治建设规划（以下简称《建设规划》)〉的通知》要求。\n")
    regs = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Regulation"}
    assert "建设规划" not in regs and "建设规划" in regs["法治建设规划"]


def test_discretion_benchmarks_are_documents(extract):
    r = extract(HEAD + "制定了《平城区市场监督管理局行政处罚裁量权基准》。\n")
    assert canon(r, "Regulation") == {"平城区市场监督管理局行政处罚裁量权基准"}


def test_rules_of_conduct_are_documents_and_handbooks_are_not(extract):
    r = extract(HEAD + "印发《平城区行政执法人员行为规范》《平城区行政执法工作手册》。\n")
    assert canon(r, "Regulation") == {"平城区行政执法人员行为规范"}


def test_a_yearly_kind_and_a_count_of_documents_name_no_title(extract):
    r = extract(HEAD + "及时发布法治政府建设年度工作要点、工作报告，编制行政检查实施清单4086张，"
                "梳理权力清单117项。\n")
    assert canon(r, "Regulation") == {"权力清单"}
    # the breakdown of a document's tasks named before it: its, no title of its own
    r = extract(HEAD + "研究出台《关于进一步加强法治政府建设的实施意见》及任务分解方案，印发责任分解方案。\n")
    assert canon(r, "Regulation") == {"关于进一步加强法治政府建设的实施意见"}
    # a plan of study and publicity for whatever the sentence is about: no one document
    r = extract(HEAD + "出台学习贯彻宣讲工作方案，印发学习宣讲方案，开展百姓宣讲。\n")
    assert canon(r, "Regulation") == set()


def test_a_guanyu_title_named_without_brackets(extract):
    r = extract(HEAD + "区委、区政府印发关于加强法治政府建设的实施意见，出台了关于推进行政执法三项制度的实施方案，"
                "征求关于行政复议工作的意见，根据市委办公厅、市政府办公厅关于市属事业单位改革实施方案精神，"
                "配合做好市人大关于地方立法征求意见和立法项目库调研工作。\n")
    assert canon(r, "Regulation") == {"关于加强法治政府建设的实施意见", "关于推进行政执法三项制度的实施方案",
                                      "市委办公厅、市政府办公厅关于市属事业单位改革实施方案"}
    issued = rels(r, "ISSUED")
    assert ("中共山西省大同市平城区委员会", "关于推进行政执法三项制度的实施方案") in issued
    assert ("山西省大同市平城区人民政府", "关于推进行政执法三项制度的实施方案") in issued
    # the decisions and notices on a matter, described (的有关决定通知): no one title
    r = extract(HEAD + "贯彻落实市人大常委会关于疫情防控的有关决定通知要求，落实市政府关于加强管理的通知要求。\n")
    assert canon(r, "Regulation") == {"市政府关于加强管理的通知"}
    # a slogan quoted inside it, the bodies heading it joined by 、
    r = extract(HEAD + "落实省委、省政府关于深化“放管服”改革的实施意见。\n")
    assert canon(r, "Regulation") == {"省委、省政府关于深化“放管服”改革的实施意见"}
    assert {body for body, _ in rels(r, "ISSUED")} == {"中共山西省委员会", "山西省人民政府"}
    # its document number (or a trial's mark) may follow it
    r = extract(HEAD + "根据市政府法制办关于印发2013年度依法行政考核指标和评分标准的通知(合府法〔2013〕1号)，"
                "印发关于加强行政执法监督的意见(试行)(平政〔2013〕5号)。\n")
    assert {"市政府法制办关于印发2013年度依法行政考核指标和评分标准的通知",
            "关于加强行政执法监督的意见(试行)"} <= canon(r, "Regulation")
    r = extract(HEAD + "深入学习中共中央关于全面推进依法治国若干重大问题的决定。\n")
    assert rels(r, "ISSUED") == {("中共中央", "中共中央关于全面推进依法治国若干重大问题的决定")}
    # after a verb applying it, or listed after another title, as a 2014 report names the State
    # Council's documents; not where a verb asks for opinions on it
    r = extract(HEAD + "认真贯彻关于加强法治政府建设的意见，按照关于做好规范性文件清理工作的通知要求清理文件，"
                "落实国务院全面推进依法行政实施纲要和关于加强市县政府依法行政的决定，广泛征求关于草案的意见。\n")
    assert canon(r, "Regulation") == {"关于加强法治政府建设的意见", "关于做好规范性文件清理工作的通知",
                                      "全面推进依法行政实施纲要", "关于加强市县政府依法行政的决定"}
    # a body sets a document up (建立《…工作机制》): it made it
    r = extract(HEAD + "召开联席会议，建立《平城区常态化府院联动工作机制》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民政府", "平城区常态化府院联动工作机制")}
    # a congress's resolution (决议)
    r = extract(HEAD + "区人大常委会审议通过关于加强法治宣传教育的决议。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民代表大会常务委员会", "关于加强法治宣传教育的决议")}
    # the provisions of the party committees on a subject: no 文种 ends a title there
    r = extract(HEAD + "贯彻落实中央和省、市委关于党政主要负责人履行推进法治建设第一责任人职责的制度规定。\n")
    assert canon(r, "Regulation") == set()


def test_a_document_that_implements_a_title_named_without_brackets(extract):
    r = extract(HEAD + "率先印发学习贯彻《纲要》精神的通知，制定贯彻《法治政府建设实施纲要（2015—2020年）》的实施方案，"
                "学习贯彻《宪法》精神。\n")
    assert {"学习贯彻《纲要》精神的通知", "贯彻《法治政府建设实施纲要(2015-2020年)》的实施方案"} <= canon(r, "Regulation")
    assert not {n for n in canon(r, "Regulation") if n.endswith("精神")}


def test_a_laws_implementing_regulation_named_after_it(extract):
    r = extract(HEAD + "认真贯彻《中华人民共和国行政复议法》及其实施条例，学习土地管理法及其实施条例，"
                "落实政府信息公开条例和实施细则。\n")
    found = canon(r, "Regulation")
    assert {"中华人民共和国行政复议法实施条例", "中华人民共和国土地管理法实施条例"} <= found
    # no such national title: a local 实施细则 is titled otherwise
    assert "中华人民共和国政府信息公开条例实施细则" not in found


def test_a_title_the_end_of_a_cut_page_leaves_open(extract):
    r = extract(HEAD + "自治区党委依法治区办出台《关于建立法治督察与")
    assert "关于建立法治督察与" in canon(r, "Regulation")
    # a line break, or a web page's blanked footer, after the cut: still the page's end
    for after in ("\n", "\n\n   \n      \n"):
        r = extract(HEAD + "自治区党委依法治区办出台《关于建立法治督察与" + after)
        assert "关于建立法治督察与" in canon(r, "Regulation")
    # a cut title is as written: 法 may open 法律知识 (a whole law's name is still official)
    r = extract(HEAD + "印发《新型冠状病毒肺炎疫情防控法")
    assert canon(r, "Regulation") == {"新型冠状病毒肺炎疫情防控法"}
    r = extract(HEAD + "学习《行政处罚法")
    assert canon(r, "Regulation") == {"中华人民共和国行政处罚法"}
    # (an inner title's bracket the cut left open is no part of the name; one closed is)
    r = extract(HEAD + "完成了《行业协会条例(草案)》、《<养老保险条")
    assert canon(r, "Regulation") == {"行业协会条例(草案)", "养老保险条"}
    r = extract(HEAD + "制定《<中华人民共和国土地管理法>实施办法")
    assert "<中华人民共和国土地管理法>实施办法" in canon(r, "Regulation")
    # open at a line's end inside the page: a broken line, nothing
    r = extract(HEAD + "出台《关于建立法治督察与\n纪检监察监督协作配合机制的意见》的有关情况。\n")
    assert "关于建立法治督察与" not in canon(r, "Regulation")
    # where the next line ends the title with its 》, the title spans the break
    assert canon(r, "Regulation") == {"关于建立法治督察与纪检监察监督协作配合机制的意见"}


def test_a_title_whose_closing_bracket_the_page_lost(extract):
    # before a comma, where a document's kind ends it; and before the next title
    r = extract(HEAD + "执行《大同市行政执法监督办法，推进工作，制定《平城区2023年普法工作要点》。\n")
    assert canon(r, "Regulation") == {"大同市行政执法监督办法", "平城区2023年普法工作要点"}
    r = extract(HEAD + "执行《大同市行政执法，推进工作。\n")
    assert canon(r, "Regulation") == set()
    # a title that ends with its period, before a full stop or a line's end
    r = extract(HEAD + "落实《大同市法治政府建设实施方案（2021—2025年）。市财政局配合，印发《平城区2023年普法"
                "工作要点》。执行《平城区法治社会建设实施方案（2021—2025年）\n推进工作。\n")
    assert canon(r, "Regulation") == {"大同市法治政府建设实施方案(2021-2025年)", "平城区2023年普法工作要点",
                                      "平城区法治社会建设实施方案(2021-2025年)"}


def test_full_width_digits_are_one_title_with_ascii_ones():
    # a Word file typed in an input method's full-width mode
    assert canonical_title("法治政府建设实施纲要（２０２１－２０２５年）") == "法治政府建设实施纲要(2021-2025年)"
    assert canonical_title("大同市２０２２年立法工作计划") == "大同市2022年立法工作计划"


def test_a_slip_of_法制_for_法治_in_a_known_title_is_mended():
    assert canonical_title("法制政府建设实施纲要（2015—2020年）") == "法治政府建设实施纲要(2015-2020年)"
    # titles that are 法制 in the catalogue, or unknown, stay as written
    assert canonical_title("洛阳市法制宣传教育条例") == "洛阳市法制宣传教育条例"
    assert canonical_title("某县法制宣传教育规划") == "某县法制宣传教育规划"


def test_a_kind_of_documents_after_another_names_no_document(extract):
    r = extract("长治市司法局2022年法治政府建设年度报告\n市司法局精心制定学习方案计划，"
                "制订实施述法工作方案。\n")
    assert "学习方案计划" not in canon(r, "Regulation")
    assert "述法工作方案" in canon(r, "Regulation")


def test_a_field_a_kind_names_too_is_no_document(extract):
    r = extract("华容县2023年法治政府建设报告\n集中公布了城乡规划、重大项目建设、农村土地征收等32个领域"
                "基层政务公开事项内容。编制华容县城乡规划。\n")
    assert canon(r, "Regulation") == {"华容县城乡规划"}


def test_documents_of_a_weight_name_no_document(extract):
    r = extract("2022年内蒙古自治区法治政府建设情况\n自治区党委书记审定法治政府建设重大规划方案、重大政策举措，"
                "制订实施述法工作方案。\n")
    assert canon(r, "Regulation") == {"述法工作方案"}


def test_a_group_of_documents_in_brackets_is_no_document(extract):
    r = extract("湘潭县自然资源局2025年度法治政府建设工作报告\n将《一法一条例一办法》"
                "《中华人民共和国城乡规划法》纳入学习内容，落实“一规划两纲要”。\n")
    assert canon(r, "Regulation") == {"中华人民共和国城乡规划法"}
    assert not is_regulation("一法一条例一办法") and is_regulation("土地管理法实施条例")


def test_a_legislative_plans_note_after_a_title_is_no_part_of_it():
    assert canonical_title("重庆市突发事件应对条例（修订）") == "重庆市突发事件应对条例"
    assert canonical_title("重庆市生产安全事故报告和调查处理办法(制定)") == "重庆市生产安全事故报告和调查处理办法"
    assert canonical_title("某市物业管理条例(修订草案)") == "某市物业管理条例(修订草案)"    # a draft's own title
    assert canonical_title("某市行政执法公示办法(试行)") == "某市行政执法公示办法(试行)"


def test_central_party_regulations_by_their_short_titles():
    assert canonical_title("纪律处分条例") == "中国共产党纪律处分条例"
    assert canonical_title("党内监督条例") == "中国共产党党内监督条例"
    assert canonical_title("中国共产党问责条例") == "中国共产党问责条例"


def test_a_laws_edition_noted_inside_its_title_is_the_laws(extract):
    # 《…行政复议法(2023年修订)》 is the law the catalogue knows; a list's edition (…(2022年版))
    # is part of its own title, no law's
    r = extract(HEAD + "学习《中华人民共和国行政复议法（2023年修订）》《行政许可法(2019年修正)》，"
                "公布《大同市行政许可事项清单(2022年版)》。\n")
    assert canon(r, "Regulation") == {"中华人民共和国行政复议法", "中华人民共和国行政许可法",
                                      "大同市行政许可事项清单(2022年版)"}


def test_central_party_regulations_named_bare_by_their_full_titles(extract):
    # 中国共产党…条例 (…准则, …规定, …规则): a party regulation by the grammar of its title
    # (党内法规制定条例 art. 5), catalogued or not, its prefix part of the name written
    r = extract("平城区2023年法治政府建设报告\n学习中国共产党宣传工作条例、中国共产党农村工作条例和"
                "中国共产党纪律处分条例，落实中国共产党党员权利保障条例(试行)要求。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Regulation"}
    assert found == {"中国共产党宣传工作条例": ["中国共产党宣传工作条例"],
                     "中国共产党农村工作条例": ["中国共产党农村工作条例"],
                     "中国共产党纪律处分条例": ["中国共产党纪律处分条例"],
                     "中国共产党党员权利保障条例(试行)": ["中国共产党党员权利保障条例(试行)"]}
    # and those on cadres, whose titles open with no 中国共产党
    r = extract("平城区2023年法治政府建设报告\n严格执行党政领导干部选拔任用工作条例、党政机关厉行节约反对浪费条例。\n")
    assert canon(r, "Regulation") == {"党政领导干部选拔任用工作条例", "党政机关厉行节约反对浪费条例"}
    # and the party's constitution by its full title
    r = extract("平城区2023年法治政府建设报告\n认真学习中国共产党章程。\n")
    assert canon(r, "Regulation") == {"中国共产党章程"}
    # not the party itself, nor what it did (中国共产党成立…周年, 中国共产党领导…的规定性)
    r = extract("平城区2021年法治政府建设报告\n庆祝中国共产党成立100周年，坚持中国共产党的领导。\n")
    assert canon(r, "Regulation") == set()


def test_a_title_a_headings_line_broke_before_its_period(extract):
    r = extract("江西省住房和城乡建设厅2016年法治政府建设报告\n关于贯彻《江西省法治政府建设实施纲要\n"
                "(2016—2020年)》的实施方案\n")
    assert "江西省法治政府建设实施纲要(2016-2020年)" in canon(r, "Regulation")
    assert "江西省法治政府建设实施纲要" not in canon(r, "Regulation")



def test_a_title_a_wrapped_line_broke_inside_its_kind_or_its_period(extract):
    # (a paragraph of a PDF's text copied with its lines: 纲⏎要, (2021—2025⏎年))
    r = extract("洪雅县2021年度法治政府建设工作情况的报告\n全面落实《法治政府建设实施纲\n"
                "要（2021—2025年）》《四川省法治政府建设实施方案（2021—2025\n年）》，现将情况报告如下。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2021-2025年)", "四川省法治政府建设实施方案(2021-2025年)"}
    # a line that goes on with other words than a title's is no part of it
    r = extract("洪雅县2021年度法治政府建设工作情况的报告\n全面落实《法治政府建设\n工作，推进依法行政。\n")
    assert canon(r, "Regulation") == set()


def test_the_levels_sharing_a_document_named_once_are_no_part_of_its_title(extract):
    r = extract("广州市水务局2019年度法治政府建设工作情况报告\n"
                "我局认真落实中央和省法治政府建设实施纲要、《广州市依法行政条例》。\n")
    # (the central one, written without its period, is the version of the year reported on)
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2015-2020年)", "广州市依法行政条例"}
    # nor is the department's word for itself before the year
    r = extract("杭州市人力资源和社会保障局2022年法治政府建设年度报告\n"
                "制定了局2022年度法治建设工作计划，局党组研究通过局2024年普法依法治理工作要点。\n")
    assert canon(r, "Regulation") == {"2022年度法治建设工作计划", "2024年普法依法治理工作要点"}
    # a second verb joined by 并, or one of carrying out (组织实施, 完成), is no part of the name
    r = extract("武汉市2024年法治政府建设报告\n科学编制并组织实施市政府2024年度立法工作计划，编制完成市政府年度立法计划。\n")
    assert canon(r, "Regulation") == {"市政府2024年度立法工作计划", "市政府年度立法计划"}
    # what each body made (各镇街均制发…, 各部门都制定了…) is each one's, no one document
    r = extract("临沭县2024年度法治政府建设报告\n编制县政府年度重大行政决策事项目录，各镇街均制发重大行政决策"
                "事项目录，各部门都制定了权责清单，县直32个执法部门均已制定行政执法事项清单。\n")
    assert canon(r, "Regulation") == {"县政府年度重大行政决策事项目录"}
    # with the manner of the second between (制定并及时修订)
    r = extract("武汉市2024年法治政府建设报告\n制定并及时修订市政府常务会议学法计划。\n")
    assert canon(r, "Regulation") == {"市政府常务会议学法计划"}
    # nor one of making public (动态调整并公开权责清单)
    r = extract("武汉市2024年法治政府建设报告\n动态调整并公开权责清单，明确各项行政权力的依据。\n")
    assert canon(r, "Regulation") == {"权责清单"}
    # (before 年度 alone: which year's? no one document)
    r = extract("杭州市人力资源和社会保障局2022年法治政府建设年度报告\n制订局年度法治政府建设工作要点。\n")
    assert canon(r, "Regulation") == set()


def test_a_bare_document_a_report_keeps_to_or_measures_itself_against(extract):
    # 紧扣/对照 apply a document as 落实 does, and its name may end before 要求
    r = extract("北京市密云区果园街道2025年法治政府建设情况报告\n"
                "紧扣区委全面依法治区委员会2025年工作要点要求，对照南昌市法治政府建设工作要点，推进工作。\n")
    assert canon(r, "Regulation") == {"区委全面依法治区委员会2025年工作要点", "南昌市法治政府建设工作要点"}
    # (or before the tasks it sets: 落实…清单任务)
    r = extract("三明市卫健委2025年法治政府建设情况报告\n全面落实2025年度法治责任清单任务，履行第一责任人职责。\n")
    assert canon(r, "Regulation") == {"2025年度法治责任清单"}
    # (紧扣 a year's points without saying whose: no one document)
    r = extract("北京市密云区果园街道2025年法治政府建设情况报告\n紧扣年度法治政府建设工作要点要求。\n")
    assert canon(r, "Regulation") == set()


def test_a_bare_law_before_yiji_or_a_study_session(extract):
    r = extract("江苏省交通运输厅2024年度法治政府部门建设情况报告\n"
                "厅党组开展党章党纪、行政复议法以及公平竞争审查条例等专题学习，组织民法典专题讲座。\n")
    assert canon(r, "Regulation") == {"中华人民共和国行政复议法", "公平竞争审查条例", "中华人民共和国民法典"}


def test_a_bare_national_title_before_its_making(extract):
    r = extract("水利部2021年法治政府建设年度报告\n长江保护法颁布实施，地下水管理条例制定出台。\n")
    assert canon(r, "Regulation") == {"中华人民共和国长江保护法", "地下水管理条例"}


def test_a_long_bare_list_named_after_a_whole_system(extract):
    r = extract("四川省交通运输厅2024年法治政府部门建设情况\n"
                "制定印发四川省交通运输系统领导干部应知应会党内法规和法律法规清单，推动领导干部带头尊规学规。\n")
    assert canon(r, "Regulation") == {"四川省交通运输系统领导干部应知应会党内法规和法律法规清单"}
    # a slogan in quotation marks inside the name, digits and + too; a count of documents
    # before their kind is several documents, no title
    r = extract("钱塘区2024年法治政府建设年度报告\n出台2024年法治政府建设工作要点、钱塘区党政主要负责人履行推进"
                "法治建设第一责任人“共性+个性”清单，梳理“36+10”首违不罚清单。出台推进涉外法治工作和加快涉外法治"
                "人才培养两个方案。\n")
    assert canon(r, "Regulation") == {"2024年法治政府建设工作要点", "“36+10”首违不罚清单",
                                      "钱塘区党政主要负责人履行推进法治建设第一责任人“共性+个性”清单"}
    # the report's own region or body said with 我 before the name: no part of it
    r = extract("湖南省人民政府2023年法治政府建设情况报告\n"
                "制定我省领导干部应知应会党内法规和法律法规规章清单，编制我厅行政执法事项清单。梳理我区各类事项清单。\n")
    assert canon(r, "Regulation") == {"领导干部应知应会党内法规和法律法规规章清单", "行政执法事项清单"}


def test_the_central_issuer_before_a_bare_title_is_no_part_of_it(extract):
    r = extract("黑龙江省人民政府关于2015年依法行政工作情况的报告\n"
                "认真贯彻国务院全面推进依法行政实施纲要和国务院关于加强市县政府依法行政的决定。\n")
    assert canon(r, "Regulation") == {"全面推进依法行政实施纲要", "国务院关于加强市县政府依法行政的决定"}
    assert rels(r, "ISSUED") == {("国务院", "全面推进依法行政实施纲要"),
                                 ("国务院", "国务院关于加强市县政府依法行政的决定")}


def test_a_bare_catalogue_of_major_decisions(extract):
    # 重大行政决策目录 is a catalogue a government publishes each year (not 目录化管理)
    r = extract("姚安县2025年法治政府建设报告\n年初制定公布2025年重大行政决策目录，推进重大行政决策目录化管理。\n")
    assert canon(r, "Regulation") == {"2025年重大行政决策目录"}


def test_a_document_named_without_brackets_in_a_list_after_a_title(extract):
    r = extract("广州市水务局2019年度法治政府建设工作情况报告\n"
                "我局落实《广州市依法行政条例》、市法治政府建设规划等文件要求，学习《行政处罚法》"
                "(2021年修订)和权责清单，执行《行政许可法》及实施细则。\n")
    assert canon(r, "Regulation") == {"广州市依法行政条例", "市法治政府建设规划", "中华人民共和国行政处罚法",
                                      "权责清单", "中华人民共和国行政许可法"}


def test_a_document_named_without_brackets_with_ascii_quotes(extract):
    r = extract(HEAD + '发布"高效办成一件事"事项清单 4 期，编制"一规划事项清单。\n')
    assert {n.replace('"', "") for n in canon(r, "Regulation")} == {"高效办成一件事事项清单"}


def test_a_name_opening_with_setting_a_system_up_is_no_title(extract):
    r = extract(HEAD + "加快推进建立部门权力责任清单，落实2023年权责清单。\n")
    assert canon(r, "Regulation") == {"2023年权责清单"}


def test_a_title_in_quotation_marks_by_its_year_region_or_known_title(extract):
    r = extract(HEAD + "落实“2023年法治平城建设工作要点”，学习“法治政府建设实施纲要”和“山西省行政执法条例”，"
                "推行“实行法治建设年度报告制度”，落实“一规划两纲要”和“行政执法三项制度”。\n")
    assert canon(r, "Regulation") == {"2023年法治平城建设工作要点", "法治政府建设实施纲要(2015-2020年)",
                                      "山西省行政执法条例"}


def test_quotation_marks_bound_a_title_read_in_part_without_them(extract):
    # (a real city department's page, 2023: its decision's plan stands in “” inside the list's
    # title; the region's name inside the plan's title had read only from it on)
    r = extract(HEAD + "其中“加强生态环境保护推进美丽平城建设行动方案”列入区政府重大行政决策事项目录。\n")
    assert "加强生态环境保护推进美丽平城建设行动方案" in canon(r, "Regulation")
    assert "美丽平城建设行动方案" not in canon(r, "Regulation")
    # (a catalogued name has no left edge to guess: the marks hold a slogan, not a title)
    r = extract(HEAD + "开展“学宪法讲宪法”活动。\n")
    assert not any("学宪法" in n for n in canon(r, "Regulation"))


def test_a_quoted_name_ending_in_a_system_word_is_a_practice_not_a_document(extract):
    # (GUIDELINES: a named local model is an Initiative; a document would stand in 《》)
    r = extract("蒙城县司法局2023年法治政府建设报告\n“蒙城县矛盾化解会商机制”“蒙城县行政执法公示制度”"
                "入选示范项目，落实“2023年蒙城县法治建设工作要点”。\n")
    assert canon(r, "Regulation") == {"2023年蒙城县法治建设工作要点"}
    assert {"蒙城县矛盾化解会商机制", "蒙城县行政执法公示制度"} <= canon(r, "Initiative")


def test_two_documents_the_name_pattern_ran_together_are_two(extract):
    r = extract(HEAD + "出台重要举措分工方案和全区“八五”普法规划，印发学习贯彻通知和重点任务工作方案，制定学习宣传贯彻实施方案，"
                "贯彻《中国共产党政法工作条例》及省市实施细则。\n")
    assert canon(r, "Regulation") == {"全区“八五”普法规划", "中国共产党政法工作条例"}


def test_a_bare_versioned_title_with_a_year_on_both_ends_of_its_period(extract):
    r = extract(HEAD + "认真落实法治政府建设实施纲要(2015年—2020年)。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2015-2020年)"}


def test_a_versioned_title_without_its_period_is_the_version_meant(extract):
    # the version the report names with its period, 《纲要》 after both being the same one
    r = extract("灵丘县2023年法治政府建设情况报告\n贯彻《法治政府建设实施纲要（2021-2025年）》。"
                "对照《法治政府建设实施纲要》要求，落实《纲要》。\n")
    assert [(e["canonical"], e["aliases"]) for e in r["entities"] if e["type"] == "Regulation"] == \
        [("法治政府建设实施纲要(2021-2025年)", ["法治政府建设实施纲要（2021-2025年）", "法治政府建设实施纲要", "纲要"])]
    # else the version begun by the year reported on; none before the first
    r = extract("灵丘县2017年法治政府建设情况报告\n贯彻《法治政府建设实施纲要》。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2015-2020年)"}
    r = extract("灵丘县2022年法治政府建设情况报告\n贯彻《法治政府建设实施纲要》和法治中国建设规划。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2021-2025年)", "法治中国建设规划(2020-2025年)"}
    r = extract("灵丘县2014年依法行政工作报告\n贯彻《法治政府建设实施纲要》。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要"}
    # so without 《》 too, after its issuers (中共中央、国务院印发的…)
    r = extract("灵丘县2016年法治政府建设情况报告\n贯彻中共中央、国务院印发的法治政府建设实施纲要。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2015-2020年)"}
    assert rels(r, "ISSUED") == {("中共中央", "法治政府建设实施纲要(2015-2020年)"),
                                 ("国务院", "法治政府建设实施纲要(2015-2020年)")}
    # a province's own document of that name, with its period, is no version of it
    r = extract("灵丘县2019年法治政府建设情况报告\n根据中央和省《法治政府建设实施纲要》"
                "《山西省法治政府建设实施纲要(2016—2020年)》要求推进依法行政。\n")
    assert canon(r, "Regulation") == {"法治政府建设实施纲要(2015-2020年)",
                                      "山西省法治政府建设实施纲要(2016-2020年)"}


def test_a_bare_document_name_with_a_bracketed_word(extract):
    # 乡镇(街道), 村(社区): the kinds of division a list is for, written inside its name
    r = extract("滑县2024年法治政府建设情况报告\n2024年，滑县编制村(社区)权责清单和县直部门权责清单，"
                "落实乡镇（街道）履行职责事项清单。\n")
    names = {e["canonical"] for e in r["entities"] if e["type"] == "Regulation"}
    assert {"村(社区)权责清单", "县直部门权责清单", "乡镇(街道)履行职责事项清单"} <= names
    # the period of the document it carries out, inside its name (not a programme 法治领域改革)
    r = extract("巴州2024年法治政府建设情况报告\n制定自治州贯彻落实法治领域改革纲要(2023—2027年)任务分工方案。\n")
    assert canon(r, "Regulation") == {"自治州贯彻落实法治领域改革纲要(2023-2027年)任务分工方案"}
    assert canon(r, "Initiative") == set()


def test_an_indicator_system_named_without_brackets(extract):
    # 指标体系 is a kind of document (GUIDELINES: standards and indicator systems); one
    # named only by what it measures (考核) is no one document
    r = extract("广州市司法局关于2022年度法治政府建设情况的报告\n率先制定法治镇街指标体系，完善考核指标体系。\n")
    assert {e["canonical"] for e in r["entities"] if e["type"] == "Regulation"} == {"法治镇街指标体系"}


def test_a_bare_document_name_before_bing(extract):
    # 并 (and then) ends a name as 和 does; 并联 (in parallel) and 并入 (merged into) do not
    r = extract("滑县2024年法治政府建设情况报告\n编制2025年度重大行政决策事项目录并向社会公布，"
                "推行许可事项清单并联审批。\n")
    names = {e["canonical"] for e in r["entities"] if e["type"] == "Regulation"}
    assert names == {"2025年度重大行政决策事项目录"}


def test_a_bare_plan_examined_or_deliberated(extract):
    # 研究/审议 a plan named with its body and year: a document the meeting took up
    r = extract("福州市2025年法治政府建设情况\n2025年，市委书记主持召开市委全面依法治市委员会会议，审议市委全面依法治市委员会"
                "2025年工作要点；市政府党组会议先后研究市政府2025年度立法工作计划及《福州市养犬管理条例》。\n")
    names = {e["canonical"] for e in r["entities"] if e["type"] == "Regulation"}
    assert {"市委全面依法治市委员会2025年工作要点", "市政府2025年度立法工作计划", "福州市养犬管理条例"} <= names
    # 研究部署 is one verb: 部署 is no part of the plan's name
    r = extract("福州市2025年法治政府建设情况\n市政府常务会议研究部署2025年法治政府建设工作要点。\n")
    assert {e["canonical"] for e in r["entities"] if e["type"] == "Regulation"} == {"2025年法治政府建设工作要点"}


def test_a_verb_after_an_applied_object_starts_the_name(extract):
    # 贯彻…讲话精神 is one object; 制定 starts a new one: no document …精神制定学习计划
    r = extract(HEAD + "结合学习贯彻习近平总书记重要讲话精神制定学习计划，按照市委部署制定2024年立法工作计划。\n")
    assert canon(r, "Regulation") == {"2024年立法工作计划"}
    # nor does another object joined to it (落实…工作要求及…工作要点)
    r = extract(HEAD + "贯彻落实省、市法治政府建设实施工作要求及区委全面依法治区委员会年度工作要点。\n")
    assert canon(r, "Regulation") == {"区委全面依法治区委员会年度工作要点"}


def test_a_plenary_sessions_decision_named_by_its_kind(extract):
    # 十八届四中全会《决定》 is the decision the session adopted, by the Central Committee
    r = extract(HEAD + "深入学习党的十八届四中全会《决定》，贯彻十九届六中全会《决议》，落实《决定》要求。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Regulation"}
    assert set(found) == {"中共中央关于全面推进依法治国若干重大问题的决定",
                          "中共中央关于党的百年奋斗重大成就和历史经验的决议"}
    assert ("中共中央", "中共中央关于全面推进依法治国若干重大问题的决定") in rels(r, "ISSUED")
    decision = next(e for e in r["entities"] if e["canonical"] == "中共中央关于全面推进依法治国若干重大问题的决定")
    assert decision["aliases"] == ["决定"] and len(decision["mentions"]) == 2
    # another session's 《决定》 after one named: the decision its own session adopted
    r = extract(HEAD + "学习十八届四中全会《决定》，学习十八届三中全会《决定》，落实《决定》要求。\n")
    found = {e["canonical"]: len(e["mentions"]) for e in r["entities"] if e["type"] == "Regulation"}
    assert found == {"中共中央关于全面推进依法治国若干重大问题的决定": 1,
                     "中共中央关于全面深化改革若干重大问题的决定": 2}
    # a session's proposal (建议), named the same way
    r = extract(HEAD + "学习十九届五中全会《建议》，落实《建议》要求。\n")
    assert {e["canonical"]: len(e["mentions"]) for e in r["entities"] if e["type"] == "Regulation"} == \
        {"中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议": 2}



def test_a_bodys_plan_of_work_named_bare_is_no_title(extract):
    r = extract("湘潭县2023年法治政府建设报告\n根据县委全面依法治县办公室工作安排，按照县政府工作计划，"
                "落实县政府2023年重点工作安排，编制区政府2022年立法工作计划。\n")
    # a body's name and the kind alone: its plan of work; with a year and a field: a title
    assert canon(r, "Regulation") == {"县政府2023年重点工作安排", "区政府2022年立法工作计划"}


def test_a_plan_for_building_alone_is_no_title(extract):
    # 建设实施方案, 创建工作方案: the plan for the programme the sentence is about, unnamed
    r = extract(HEAD + "入选的县（区）要制定完善建设实施方案，报省政府备案。组建示范县创建指挥部，印发创建工作方案。"
                "印发《平城区法治政府建设实施方案》。\n")
    assert canon(r, "Regulation") == {"平城区法治政府建设实施方案"}


def test_the_writers_own_units_document_described_is_no_title(extract):
    # 单位, 本单位: the writer's own unit's plan, described, not a title
    r = extract(HEAD + "研究制定单位2025年度党组理论学习计划，动态调整本单位权责清单。\n")
    assert not canon(r, "Regulation")


def test_each_departments_own_document_described_is_no_title(extract):
    # 本部门, 本系统, 本机关: each one's own plan, described; a department named is a title
    r = extract(HEAD + "区工商局、区环保局等部门分别制定了本部门依法行政工作计划，"
                "健全本系统行政执法责任清单，印发本机关2024年普法责任清单，"
                "区环保局制定了区环保局2024年普法责任清单。\n")
    assert canon(r, "Regulation") == {"区环保局2024年普法责任清单"}
    # the levels named as the actors: each level's own plan
    r = extract(HEAD + "市、县区印发了2014年依法行政工作要点，市县两级制定了权责清单。区政府印发了2014年普法工作要点。\n")
    assert canon(r, "Regulation") == {"2014年普法工作要点"}
    # and their governments (指导市县政府制定…, 市、县政府均制定…); one level's is its own
    r = extract(HEAD + "指导市县政府制定法治政府建设工作方案，市、县人民政府均制定了依法行政工作要点。"
                "区政府印发了2014年普法工作要点。\n")
    assert canon(r, "Regulation") == {"2014年普法工作要点"}


def test_a_name_ending_in_a_work_of_the_law_is_no_law(extract):
    # 智慧执法, 工作法: a project and a way of working end in 法; 公司法 and 立法法 are laws
    r = extract(HEAD + "“平城区城市管理智慧执法”项目获评示范项目，推广“六尺巷工作法”。"
                "学习《中华人民共和国公司法》《立法法》《涉外民事关系法律适用法》。\n")
    assert canon(r, "Regulation") == {"中华人民共和国公司法", "中华人民共和国立法法",
                                      "中华人民共和国涉外民事关系法律适用法"}
    assert "平城区城市管理智慧执法项目" in canon(r, "Initiative")


def test_general_rules_are_a_kind_of_document(extract):
    r = extract(HEAD + "1950年12月政务院通过的《乡(行政村)人民政府组织通则》规定。\n")
    assert canon(r, "Regulation") == {"乡(行政村)人民政府组织通则"}


def test_a_duty_laid_down_makes_no_document(extract):
    # an article's 应: what each government must make, not a plan one of them made
    r = extract(HEAD + "第四条 县(市、区)人民政府应根据实际情况制定扫除文盲规划，并组织实施。\n"
                "区应急管理局制定安全生产专项整治实施方案。\n")
    assert canon(r, "Regulation") == {"安全生产专项整治实施方案"}


def test_the_document_that_follows_is_no_title(extract):
    # 制定如下实施意见: the page's own text after the sentence, not a document it names
    r = extract(HEAD + "结合我区实际，制定如下实施意见。按照下列工作方案推进。\n")
    assert not canon(r, "Regulation")


def test_laws_named_by_their_usual_short_names(extract):
    # 地方组织法, 代表法, 招投标法: the NPC's and readers' short names, not the title less its prefix
    r = extract(HEAD + "根据宪法、地方组织法以及有关法律规定，学习代表法、监督法，重点学习了《招投标法》。\n")
    assert {"中华人民共和国地方各级人民代表大会和地方各级人民政府组织法", "全国人民代表大会和地方各级人民代表大会代表法",
            "中华人民共和国各级人民代表大会常务委员会监督法", "中华人民共和国招标投标法"} <= canon(r, "Regulation")


def test_every_short_named_law_is_a_catalogued_title():
    from kg.extract.regulations import grammar
    from kg.laws import catalogue
    official = set(catalogue().official.values())
    laws = {t for t in grammar().national_titles.values() if t.endswith("法")}
    assert laws and laws <= official, laws - official


def test_the_provisions_on_a_matter_described_are_no_title(extract):
    # 关于…相关规定, 关于…的有关规定: provisions described by their matter, not a title
    r = extract(HEAD + "严格贯彻落实国务院办公厅、市政府办公厅关于政府信息公开相关规定及政策文件要求，"
                "执行市政府关于行政执法的有关规定，印发关于加强行政执法的规定。\n")
    assert canon(r, "Regulation") == {"关于加强行政执法的规定"}


def test_a_departments_three_fixings_plan_however_written(extract):
    # 三定方案, “三定”方案, “三定”规定: each department's plan of functions, bodies and staff
    r = extract(HEAD + "我区已完成32个政府工作部门的“三定”方案，3月29日印发了15家单位的“三定”规定，"
                "推动权责清单与“三定”规定有机衔接，按照局三定方案明确执法职能。\n")
    assert {"“三定”方案", "“三定”规定", "三定方案"} <= canon(r, "Regulation")


def test_a_title_cut_after_its_issuers_names_is_none_yet(extract):
    r = extract(HEAD + "贯彻落实国家宗教事务局通知精神、《中共广东省委 广东省人民政府")
    assert canon(r, "Regulation") == set()
    r = extract(HEAD + "贯彻落实《中共广东省委 广东省人民政府关于")
    assert canon(r, "Regulation") == {"中共广东省委 广东省人民政府关于"}


def test_a_list_of_the_problems_found_is_each_inspections_own(extract):
    r = extract(HEAD + "工作组现场梳理问题清单。全面对照梳理督察反馈意见问题清单。\n")
    assert canon(r, "Regulation") == {"督察反馈意见问题清单"}
    # matters alone: what any list lists (编制事项清单); a list naming its matters is one
    r = extract(HEAD + "聚焦事中审核，编制事项清单，明确审核重点；编制涉法事项清单。\n")
    assert canon(r, "Regulation") == {"涉法事项清单"}


def test_an_inner_title_opened_before_the_publishing_verb(extract):
    r = extract(HEAD + "根据《丹江口市人民政府办公室<关于印发2020年政务公开工作要点>的通知》要求。\n")
    assert canon(r, "Regulation") == {"丹江口市人民政府办公室<关于印发2020年政务公开工作要点>的通知",
                                      "2020年政务公开工作要点"}


def test_a_list_the_report_calls_laws_names_its_items(extract):
    # 等法律法规 after a list: each item a regulation, even one no catalogue knows (a
    # province's draft); the first item starts after the verb opening the list
    r = extract(HEAD + "持续推动学前教育条例、学生体质健康促进条例、学生资助条例等法律法规制定修订工作，"
                "推动出台山西省家庭教育促进条例等地方性法规。\n")
    assert {"学前教育条例", "学生体质健康促进条例", "学生资助条例",
            "山西省家庭教育促进条例"} <= canon(r, "Regulation")
    # no verb before the first item: where it starts is not known, so it is left out; a
    # list of subjects, or a description, names no document
    r = extract(HEAD + "加快城市管理条例等法规立法，宣传禁毒、反诈等法律法规，认真学习相关规定等法律法规。\n")
    assert canon(r, "Regulation") == set()


def test_a_title_carrying_out_anothers_named_without_brackets(extract):
    # 贯彻/落实《X》, the parts of X it carries out, its kind: one document by its form, after
    # a verb that made or applies it
    r = extract(HEAD + "审议贯彻《全面深化法治领域改革纲要(2023—2027年)》重要举措任务清单，"
                "印发落实《法治社会建设实施纲要(2020—2025年)》重要举措分工方案，认真落实《优化营商环境条例》要求。\n")
    assert {"贯彻《全面深化法治领域改革纲要(2023-2027年)》重要举措任务清单",
            "落实《法治社会建设实施纲要(2020-2025年)》重要举措分工方案"} <= canon(r, "Regulation")
    assert not any(t.startswith("落实《优化") for t in canon(r, "Regulation"))


def test_an_attachment_line_names_its_document_whole(extract):
    # 附件：X (GB/T 9704's 附件说明): the rest of the line is the attached document's title, its
    # left edge the colon (or the list's number), not where a verb inside it ends
    r = extract("宁夏回族自治区人民政府办公厅关于征求意见的通知\n请提出意见。\n"
                "附件: 自治区人民政府全面推进法治政府建设五年规划(征求意见稿)\n"
                "附件：1. 银川市推进依法行政实施方案\n      2. 银川市行政执法评议考核表\n")
    regulations = canon(r, "Regulation")
    assert {"自治区人民政府全面推进法治政府建设五年规划(征求意见稿)", "银川市推进依法行政实施方案"} <= regulations
    assert not {"法治政府建设五年规划(征求意见稿)", "依法行政实施方案", "银川市行政执法评议考核表"} & regulations


def test_the_law_popularisation_plans_are_central_documents(extract):
    # 中央宣传部、司法部's five-year plans of law popularisation, which 中共中央、国务院 forward:
    # the report's own government printing one out issued none of them
    assert is_national("关于开展法治宣传教育的第八个五年规划(2021-2025年)")
    assert is_national("关于在公民中开展法治宣传教育的第七个五年规划(2016-2020年)")
    r = extract(HEAD + "印发《关于开展法治宣传教育的第八个五年规划(2021—2025年)》，"
                "制定《平城区法治宣传教育第八个五年规划(2021—2025年)》。\n")
    assert rels(r, "ISSUED") == {("山西省大同市平城区人民政府", "平城区法治宣传教育第八个五年规划(2021-2025年)")}
