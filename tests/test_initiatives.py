"""Initiatives: quoted names with their heads, unquoted names, national programmes."""
from conftest import canon, rels

HEAD = "平城区2020年法治政府建设报告\n"


def test_quoted_names_take_their_head(extract):
    r = extract(HEAD + "推进“一枚印章管审批”改革，全面开展“双随机、一公开”监管，扎实推进“三零”单位创建。\n")
    assert {"一枚印章管审批改革", "双随机一公开监管", "三零单位创建"} <= canon(r, "Initiative")
    # a head that a second one follows (制度 改革): the reform of the system is the name
    r = extract(HEAD + "推进“三证合一、一照一码”工商登记制度改革，审批时限缩短。\n")
    assert canon(r, "Initiative") == {"三证合一一照一码工商登记制度改革"}


def test_a_space_inside_a_slogan_goes_as_its_comma_does(extract):
    r = extract(HEAD + "组织开展“学宪法 讲宪法”活动，深化“放管服”改革。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found["学宪法讲宪法活动"] == ["“学宪法 讲宪法”活动"]
    # a comma, full width or not
    r = extract(HEAD + "实行“一窗受理,并联审批，一口出照”服务模式。\n")
    assert canon(r, "Initiative") == {"一窗受理并联审批一口出照服务模式"}


def test_a_quotation_a_meeting_is_held_on_is_no_programme(extract):
    r = extract(HEAD + "参加全国首届“行政规范性文件法治化与高质量”建设研讨会，承办“港航扬帆”普法现场会。\n")
    assert canon(r, "Initiative") == set()
    # (the meeting may stand inside what reads as a head: …研讨会上分享经验)
    r = extract(HEAD + "受邀在全国第二届“行政规范性文件法治化与高质量建设”研讨会上分享经验。\n")
    assert canon(r, "Initiative") == set()
    # nor one a course is held in (“线上+线下”执法岗位培训班: how it is given)
    r = extract(HEAD + "开展“线上+线下”执法岗位培训班5期，推行“任前考法+庭审观摩”。\n")
    assert canon(r, "Initiative") == {"任前考法+庭审观摩"}
    # nor the modes with the work written after each
    r = extract(HEAD + "通过“现场述法+书面述法”的方式实现述法全覆盖，推行“互联网+监管”。\n")
    assert canon(r, "Initiative") == {"互联网+监管"}
    # nor a sports meeting named for a slogan (its head 运动 runs into 会)
    r = extract(HEAD + "举行“喜迎二十大、永远跟党走、奋进新征程”趣味运动会。\n")
    assert canon(r, "Initiative") == set()



def test_a_quotation_naming_an_aim_is_no_programme(extract):
    # a goal, a place to reach, a way of thinking: slogans, no programme carried out; a
    # national programme's name keeps its own
    r = extract(HEAD + "为实现全区“两高三新”目标和“一基地三区”定位，树牢“互联网+政务服务”理念，深化“放管服”改革。\n")
    assert canon(r, "Initiative") == {"互联网+政务服务", "放管服改革"}
    # a bottom line, a requirement, a principle
    r = extract(HEAD + "守住“两不愁三保障”底线，按照“四个最严”要求，落实“放管服”改革要求。\n")
    assert canon(r, "Initiative") == {"放管服改革"}
    # or the aim named inside the quotation marks
    r = extract(HEAD + "坚持立法决策与发展“三大定位”相衔接，落实“两个目标”，为加快实现“三高四新”美好蓝图贡献力量，"
                "深化“放管服”改革。\n")
    assert canon(r, "Initiative") == {"放管服改革"}
    # a role played (发挥…作用), after the quotation marks or inside them
    r = extract(HEAD + "发挥“两代表一委员作用”，发挥“法律明白人”作用，深化“放管服”改革。\n")
    assert canon(r, "Initiative") == {"放管服改革"}


def test_a_quotation_naming_a_group_of_people_is_no_programme(extract):
    # people enlisted, named inside the quotation marks or after them; a programme that
    # trains them keeps its head
    r = extract(HEAD + "整合“两代表一委员”、律师、“五老人员”等力量，发动“五老”人员，培育“法律明白人”，"
                "组建“红袖标”志愿者，实施“法律明白人”培养工程。\n")
    assert canon(r, "Initiative") == {"法律明白人培养工程"}
    # (after the head of a programme's name too: a team of people working in that field)
    r = extract(HEAD + "组建“蒲公英”普法志愿者中队，用好法治带头人。\n")
    assert canon(r, "Initiative") == set()
    r = extract(HEAD + "开展“蒲公英”普法活动。\n")
    assert canon(r, "Initiative") == {"蒲公英普法活动"}


def test_a_quotation_naming_a_channel_is_no_programme(extract):
    # a media account, a WeChat account, a platform; a national programme's name stays one
    r = extract(HEAD + "工作被区“九龙发布”等媒体报道，通过“法治陇西”微信公众号述法，依托“一网通办”平台办理。\n")
    assert canon(r, "Initiative") == {"一网通办"}
    # new media, converged media (新媒体, 融媒体)
    r = extract(HEAD + "通过“南方+”等新媒体推出报道，在“古丈发布”融媒体平台发布信息。\n")
    assert canon(r, "Initiative") == set()


def test_joined_quoted_names_share_the_head(extract):
    r = extract(HEAD + "统筹推进“证照分离”和“多证合一”改革。\n")
    assert {"证照分离改革", "多证合一改革"} <= canon(r, "Initiative")
    # not a national name's own word (八五普法): the name beside it stands alone
    r = extract(HEAD + "开展“法律进村入户”和“八五”普法宣传。\n")
    assert canon(r, "Initiative") == {"法律进村入户", "八五普法"}


def test_unquoted_names_end_at_a_boundary(extract):
    r = extract(HEAD + "持续推进行政审批制度改革，深化扫黑除恶专项斗争，扎实推进基层整合审批服务执法力量改革。\n")
    assert {"行政审批制度改革", "扫黑除恶专项斗争", "基层整合审批服务执法力量改革"} <= canon(r, "Initiative")
    # a verb of leading on ends it (引领改革创新: reform in general)
    r = extract(HEAD + "积极运用法治思维和法治方式引领改革创新。\n")
    assert canon(r, "Initiative") == set()
    # a body's name is no word of it, though jieba joins the body's last character to a
    # preposition (发展改革委|以: 委以): the name starts after the body and its 以
    r = extract("杭州市2021年法治政府建设工作报告\n2021年，市发展改革委以数字化改革为引领，推进法治政府建设。\n")
    assert canon(r, "Initiative") == {"数字化改革"}
    r = extract(HEAD + "召开省政府常务会议，研究综合行政执法改革等工作。\n")
    assert canon(r, "Initiative") == {"综合行政执法改革"}
    r = extract(HEAD + "主持召开专题会议，研究解决综合执法改革、土地承包纠纷等重点问题。\n")
    assert canon(r, "Initiative") == {"综合执法改革"}
    # a campaign of rectification by its name; the bare words name none
    r = extract(HEAD + "深入开展行政执法领域突出问题集中整治行动，开展整治行动。\n")
    assert canon(r, "Initiative") == {"行政执法领域突出问题集中整治行动"}
    # entering a programme's entry (参评): the entry's words alone are generic
    r = extract(HEAD + "推荐东城、延庆和通州三个区参评综合示范创建，五个区参评单项示范创建。\n")
    assert canon(r, "Initiative") == set()
    # nor the level whose round it is (市级示范创建: the municipality's round)
    r = extract(HEAD + "有序部署市级示范创建，推进省级示范创建。\n")
    assert canon(r, "Initiative") == set()
    # reforms related to a field (相关, 有关) are named by none of its words
    r = extract(HEAD + "承担国务院法治建设相关改革试点等任务7项，获省委省政府法治建设有关改革试点。\n")
    assert canon(r, "Initiative") == set()
    # a verb of using an occasion (利用, which jieba tags as a noun) opens the clause
    r = extract(HEAD + "利用法制宣传月、“12.4”法制宣传日等，开展相关的法制宣传。\n")
    assert canon(r, "Initiative") == {"法制宣传月"}
    # a publicity month named by its topic, a verb of the field (禁毒, which jieba tags a verb)
    r = extract(HEAD + "结合禁毒宣传月、政法综治宣传月等各类活动开展宣传。要加大专项整治力度。\n")
    assert canon(r, "Initiative") == {"禁毒宣传月", "政法综治宣传月"}


def test_national_programmes_without_quotes(extract):
    r = extract(HEAD + "实现网上可办、一网通办，推进跨省通办，开展了相对集中行政处罚权工作，"
                "推动法治建设与乡村振兴深度融合，区乡村振兴局配合。\n")
    assert {"一网通办", "跨省通办", "相对集中行政处罚权", "乡村振兴"} <= canon(r, "Initiative")
    assert len([e for e in r["entities"] if e["canonical"] == "乡村振兴"][0]["mentions"]) == 1
    # 告知承诺制 (国办发〔2020〕42号) alone, and with its field where the report gives one
    r = extract(HEAD + "探索容缺受理制和告知承诺制，推行证明事项告知承诺制。\n")
    assert canon(r, "Initiative") == {"告知承诺制", "证明事项告知承诺制"}
    # the earlier plans of law popularisation, and the party's campaigns of study by their
    # names (党的 left out or not, 不忘初心、牢记使命 whole)
    r = extract(HEAD + "开展六五普法检查验收，结合群众路线教育实践活动，深入开展党的群众路线教育实践活动，"
                "开展两学一做学习教育和三严三实专题教育，扎实开展不忘初心、牢记使命主题教育。\n")
    assert canon(r, "Initiative") == {"六五普法", "党的群众路线教育实践活动", "两学一做学习教育",
                                      "三严三实专题教育", "不忘初心牢记使命主题教育"}
    # a local campaign of education and practice, quoted, by the same kind of head
    r = extract(HEAD + "推进“四讲四爱”群众教育实践活动。\n")
    assert canon(r, "Initiative") == {"四讲四爱群众教育实践活动"}
    # 数字乡村建设 (《数字乡村发展战略纲要》, 2019) as 数字政府建设: unquoted, and quoted with its head
    r = extract(HEAD + "大力推进数字乡村建设，加快数字政府建设。\n")
    assert canon(r, "Initiative") == {"数字乡村建设", "数字政府建设"}
    r = extract(HEAD + "推进“数字乡村”建设，实施数字乡村发展战略。\n")
    assert canon(r, "Initiative") == {"数字乡村建设"}


def test_slogans_that_name_no_programme(extract):
    r = extract(HEAD + "抓住领导干部这个“关键少数”，围绕“四个重点”，走完“最后一公里”。\n")
    assert canon(r, "Initiative") == set()
    # the metaphors and maxims of speeches: a reform's main frame, two tasks held at once
    r = extract(HEAD + "构建法治建设“四梁八柱”，坚持“两手抓、两手都要硬”，做到“两手抓、两手硬”。\n")
    assert canon(r, "Initiative") == set()
    # a count of characters (做实“六字文章”); a method so named keeps its head
    r = extract(HEAD + "做实“六字文章”，推行“六字”工作法。\n")
    assert canon(r, "Initiative") == {"六字工作法"}
    # a figure of speech counted like a quantity (一盘棋: one game of chess), unless headed
    r = extract(HEAD + "研究解决重大问题，形成“一盘棋”格局。推行“一盘棋”工作机制。\n")
    assert canon(r, "Initiative") == {"一盘棋工作机制"}
    # an idiom quoted alone (成语: 一池春水, 一马当先), unless a head makes it a campaign's name
    r = extract(HEAD + "激活基层治理“一池春水”，争当“一马当先”。开展“春风化雨”专项行动。\n")
    assert canon(r, "Initiative") == {"春风化雨专项行动"}
    # nor the channels any work goes through
    r = extract(HEAD + "通过“线上+线下”融合宣传，推行“互联网+监管”。\n")
    assert canon(r, "Initiative") == {"互联网+监管"}
    # nor the mode of an inspection, nor the state bodies a congress oversees, by their count
    r = extract(HEAD + "采取“实地+书面”方式开展督察，支持“一府一委两院”依法依规开展工作。\n")
    assert canon(r, "Initiative") == set()
    # nor the people who sit in the congresses and the CPPCC, by their count, however listed
    r = extract(HEAD + "指定包保人对“两代表、一委员”点对点传达，邀请“两代表一委员”监督执法。\n")
    assert canon(r, "Initiative") == set()
    # any modes of work joined (“书面+现场”述法方式)
    r = extract(HEAD + "采取“书面+现场”述法方式，开展“现场+视频”培训。\n")
    assert canon(r, "Initiative") == set()
    # nor a place in the whole (法治政府建设是…主体工程)
    r = extract(HEAD + "聚焦“主体工程”，法治化营商环境持续优化。\n")
    assert canon(r, "Initiative") == set()


def test_leading_year_is_not_part_of_the_name(extract):
    r = extract(HEAD + "18所学校参加2020年法治创建活动。\n")
    assert "法治创建活动" in canon(r, "Initiative")


def test_counted_names_stand_alone(extract):
    r = extract(HEAD + "推行“收件即受理”、“首席事务代表制”三项改革，落实十项重点改革。\n")
    inits = canon(r, "Initiative")
    assert {"收件即受理", "首席事务代表制"} <= inits
    assert not inits & {"三项改革", "十项重点改革", "重点改革", "首席事务代表制三项改革"}


def test_names_listed_before_a_shared_head(extract):
    r = extract(HEAD + "实施“万人助万企”“法治体检”等活动，深入开展“我为群众办实事”等实践活动。\n")
    assert {"万人助万企活动", "法治体检活动", "我为群众办实事实践活动"} <= canon(r, "Initiative")
    # a name with a head of its own keeps it alone (“民法典宣传月”等主题活动)
    r = extract(HEAD + "组织开展“宪法宣传周”“民法典宣传月”等主题活动464余场次。\n")
    assert canon(r, "Initiative") == {"宪法宣传周", "民法典宣传月"}
    # a head whose words go on names what the list is of, not the names' head
    r = extract(HEAD + "落实行政执法“三项制度”等法治建设工作，结合“12.4”等特定普法节日宣传。\n")
    assert canon(r, "Initiative") == {"三项制度"}


def test_the_three_enforcement_systems_written_out_are_the_three_systems(extract):
    r = extract(HEAD + "全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。\n")
    assert canon(r, "Initiative") == {"三项制度"}
    r = extract(HEAD + "落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度。\n")
    assert [(e["canonical"], e["aliases"]) for e in r["entities"] if e["type"] == "Initiative"] == \
        [("三项制度", ["行政执法公示、执法全过程记录、重大执法决定法制审核三项制度"])]
    # counted with a figure, written out or alone
    r = extract(HEAD + "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核3项制度，落实行政执法“3项制度”。\n")
    assert canon(r, "Initiative") == {"三项制度"}
    # their pilot of 2017, before the systems were rolled out (国办发〔2017〕14号)
    r = extract(HEAD + "突出推进行政执法三项制度试点等重点工作。\n")
    assert canon(r, "Initiative") == {"三项制度"}


def test_groups_of_documents_periods_and_counts_are_not_programmes(extract):
    r = extract(HEAD + "落实“一规划、两纲要”，谋划“十三五”，围绕“四个重点”攻坚战。\n")
    assert canon(r, "Initiative") == set()
    # a kind may be a compound one (行动方案: 一规划两行动方案, a plan and two action plans)
    r = extract(HEAD + "落实区委、区政府法治建设“一规划两行动方案”要求。\n")
    assert canon(r, "Initiative") == set()
    # documents counted by the sheet (四张清单: four lists), and the system counted by the item
    r = extract(HEAD + "贯彻落实上级主管部门制定的“四张清单”，即不予处罚事项清单、从轻处罚事项清单、"
                "减轻处罚事项清单、免予行政强制事项清单。落实行政执法“三项制度”。\n")
    assert canon(r, "Initiative") == {"三项制度"}
    # a counted name is a programme only under the head of a system or a campaign of its own
    r = extract(HEAD + "围绕“四个全面”战略布局，设立“一站式”服务窗口，深化“三个年”活动，建立“十件实事”制度，"
                "创新“三个一”工作机制。\n")
    assert canon(r, "Initiative") == {"三个年活动", "十件实事制度", "三个一工作机制"}


def test_name_starts_after_a_verb_phrase(extract):
    r = extract(HEAD + "积极开展省级法治政府建设示范县创建活动，全面推开企业简易注销登记改革。\n")
    inits = canon(r, "Initiative")
    assert "企业简易注销登记改革" in inits
    assert not any(n.startswith(("积极", "推开", "全面")) for n in inits)
    # 履行 a system of responsibility, and the adverbs before it
    r = extract(HEAD + "认真履行党风廉政建设责任制，严格履行行政执法责任制。\n")
    assert canon(r, "Initiative") == {"党风廉政建设责任制", "行政执法责任制"}


def test_a_one_character_verb_before_a_head_takes_it_as_its_object(extract):
    r = extract(HEAD + "运用法治思维和法治方式抓改革、谋发展、促稳定。\n")
    assert canon(r, "Initiative") == set()
    # (not an abbreviation's last character, jieba finding no word: 综改 of 综合改革)
    r = extract(HEAD + "对全省综改试验区建设情况开展了监督检查。\n")
    assert canon(r, "Initiative") == {"综改试验区建设"}


def test_national_programme_inside_a_title(extract):
    r = extract(HEAD + "印发《关于深化放管服改革进一步优化政务环境的意见》。\n")
    assert "放管服改革" in canon(r, "Initiative")
    assert "关于深化放管服改革进一步优化政务环境的意见" in canon(r, "Regulation")
    # a law's title names the field it governs, no programme the region carries out
    r = extract(HEAD + "集中学习《中华人民共和国乡村振兴促进法》《优化营商环境条例》等法律法规。\n")
    assert canon(r, "Initiative") == set()
    assert "中华人民共和国乡村振兴促进法" in canon(r, "Regulation")
    # a government's measures may carry one out (《…“放管服”改革实施办法》)
    r = extract(HEAD + "制定《大同市深化放管服改革实施办法》。\n")
    assert "放管服改革" in canon(r, "Initiative")


def test_quoted_name_with_head_and_action(extract):
    r = extract(HEAD + "开展“我说法治财政建设”征文活动和“示范县”创建行动。\n")
    assert {"我说法治财政建设征文活动", "示范县创建行动"} <= canon(r, "Initiative")


def test_projects_and_long_names_starting_with_a_count(extract):
    r = extract(HEAD + "打造“非遗传承+普法宣传”创新项目，推进“五个现代化天津”建设。\n")
    assert {"非遗传承+普法宣传创新项目", "五个现代化天津建设"} <= canon(r, "Initiative")


def test_names_do_not_start_at_a_verb_time_word_or_preposition(extract):
    # jieba's tags: 加大 a verb standing alone before the head, 目前 a time word, 经过 a
    # preposition; 相对集中行政处罚权 starts with an adverb and is a name
    r = extract(HEAD + "进一步加大改革力度，目前改革已完成；经过机构改革，开展相对集中行政处罚权试点。\n")
    found = canon(r, "Initiative")
    assert {"机构改革", "相对集中行政处罚权试点"} <= found
    assert not {"加大改革", "目前改革", "经过机构改革"} & found
    # but the wrongs a campaign ends, verbs right after the verb that carries it out
    r = extract(HEAD + "联合交警开展超限超载专项整治行动，要加大专项整治。\n")
    assert canon(r, "Initiative") == {"超限超载专项整治行动"}
    # nor a verb before a generic stem (突出|主体工程: a duty's words)
    r = extract(HEAD + "坚持把法治思想贯穿到法治政府建设全过程，突出主体工程、务求率先突破。\n")
    assert canon(r, "Initiative") == set()
    # nor at the verb of bringing into play (发挥…作用), which the segmenter does not tag
    r = extract(HEAD + "充分发挥重大改革牵引全局的放大效应，发挥行政审批制度改革的作用。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革"}


def test_counted_slogans_are_no_programme(extract):
    r = extract(HEAD + "领会“十一个坚持”的内涵，推进“一次都不跑”改革。\n")
    assert canon(r, "Initiative") == {"一次都不跑改革"}
    # so many things done as they should be: a standard, unless a head names it a system
    r = extract(HEAD + "做到责任机制、监督机制和评议考核“三到位”。推行“四到位”工作机制。\n")
    assert canon(r, "Initiative") == {"四到位工作机制"}


def test_a_name_of_numerals_only_needs_its_head(extract):
    r = extract(HEAD + "“十三五”时期，建立“三三三”工作机制。\n")
    assert canon(r, "Initiative") == {"三三三工作机制"}


def test_counts_and_levels_before_a_name_are_not_the_name(extract):
    r = extract(HEAD + "经过两轮机构改革，开展省级法治政府建设示范创建，深化市场监管改革，开展第一批主题教育。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert {"机构改革", "法治政府建设示范创建", "市场监管改革", "主题教育"} <= set(found)
    assert "第一批主题教育" not in found
    r = extract(HEAD + "自新一轮行政复议体制改革启动以来，全面完成改革。\n")
    assert canon(r, "Initiative") == {"行政复议体制改革"}
    assert found["法治政府建设示范创建"] == ["省级法治政府建设示范创建"]
    # the scope it runs across: 全镇, 全市
    r = extract(HEAD + "会议研究推进全镇综合执法改革。\n")
    assert canon(r, "Initiative") == {"综合执法改革"}
    # before a two-character stem, the scope is the name (全市通办 as 全省通办, 跨省通办)
    r = extract(HEAD + "300个高频事项实现“全市通办”。\n")
    assert canon(r, "Initiative") == {"全市通办"}
    # 市域, 县域: the whole of its area, a word of the name, no level before it
    r = extract(HEAD + "持续推进市域社会治理现代化试点。\n")
    assert canon(r, "Initiative") == {"市域社会治理现代化试点"}
    # two levels together are the kinds of place it spans, part of its name (镇街: towns
    # and streets); one before it is whose it is
    r = extract(HEAD + "推进镇街综合行政执法改革，深化县机构改革。\n")
    assert canon(r, "Initiative") == {"镇街综合行政执法改革", "机构改革"}
    # so are a level and the other it stands with in brackets (镇(街道): towns and streets),
    # as 村(社区) does
    r = extract(HEAD + "推动解决镇(街道)综合行政执法改革等重要问题。\n")
    assert canon(r, "Initiative") == {"镇(街道)综合行政执法改革"}


def test_a_long_quotation_is_a_name_by_its_head(extract):
    r = extract(HEAD + "“小微企业劳动关系事务托管服务试点项目”获市法治建设创新项目一等奖，"
                "落实“规范行政裁量权基准制度和管理制度”要求。\n")
    assert canon(r, "Initiative") == {"小微企业劳动关系事务托管服务试点项目"}


def test_the_days_before_an_unquoted_campaign_are_no_part_of_it(extract):
    r = extract(HEAD + "开展420知识产权宣传周活动，开展12.4宪法宣传周活动，开展2020年法治创建活动。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found["知识产权宣传周"] == ["知识产权宣传周"]
    assert found["宪法宣传周"] == ["宪法宣传周"]
    assert "法治创建活动" in found


def test_the_day_with_its_month_before_a_quoted_campaign_is_no_part_of_it(extract):
    # (as unquoted; a bare number may be the name's own: “365天不打烊”服务)
    r = extract(HEAD + "开展“12·4宪法宣传周”活动，组织“4.26知识产权宣传周”活动，推行“365天不打烊”服务。\n")
    found = canon(r, "Initiative")
    assert {"宪法宣传周", "知识产权宣传周"} <= found
    assert not any(n.startswith(("12", "4")) for n in found)
    assert not any(n.startswith("天不打烊") for n in found)


def test_things_built_as_one_are_the_names_words(extract):
    r = extract(HEAD + "在3市8县深化法治山西、法治政府、法治社会一体建设试点工作。\n")
    assert canon(r, "Initiative") == {"法治山西法治政府法治社会一体建设试点"}
    # so are the places a campaign goes to, each after 进
    r = extract(HEAD + "广泛开展习近平法治思想进机关、进农村、进社区、进企业、进校园宣传宣讲活动。\n")
    assert canon(r, "Initiative") == {"习近平法治思想进机关进农村进社区进企业进校园宣传宣讲活动"}


def test_a_designated_zone_being_built_is_a_programme(extract):
    # 示范区建设, 先行区建设: building a zone a level above designated; 谋划 plans it
    r = extract(HEAD + "持续推进法治中国首善之区示范区建设，亲自谋划交通强国山东示范区建设。\n")
    assert canon(r, "Initiative") == {"法治中国首善之区示范区建设", "交通强国山东示范区建设"}
    # 先导区建设 too, its name's last word 发展 (发展 before 改革 is the field 发展改革)
    r = extract(HEAD + "率先开展涉外法律服务高质量发展先导区建设，推进发展改革工作。\n")
    assert canon(r, "Initiative") == {"涉外法律服务高质量发展先导区建设"}


def test_reforms_counted_or_listed_as_items_are_no_programme(extract):
    r = extract(HEAD + "推出85项年度营商环境改革事项，推出12项改革。\n")
    assert canon(r, "Initiative") == set()
    # the units of a pilot counted (…卫生院3家法治医院创建试点单位): the pilot after the count
    r = extract(HEAD + "区中医医院、水江中心卫生院3家法治医院创建试点单位。\n")
    assert canon(r, "Initiative") == {"法治医院创建试点"}


def test_serving_after_a_verb_of_focus_is_no_part_of_the_name(extract):
    # 聚焦服务…: 服务 is the verb of the goal; 服务型 describes a programme
    r = extract(HEAD + "聚焦服务新旧动能转换重大工程，围绕服务保障乡村振兴示范工程，推进服务型政府建设试点。\n")
    assert canon(r, "Initiative") == {"新旧动能转换重大工程", "乡村振兴示范工程", "服务型政府建设试点"}


def test_a_quoted_campaign_takes_a_short_head_ending_in_activity(extract):
    r = extract(HEAD + "开展“新年首个工作日学法”宣讲活动，争创“全国先进、省内一流”政务服务。\n")
    assert canon(r, "Initiative") == {"新年首个工作日学法宣讲活动"}


def test_a_head_inside_a_longer_phrase_ends_no_name(extract):
    r = extract(HEAD + "将法治建设纳入教育改革发展总体规划，坚持改革开放，深化教育综合改革。\n")
    assert canon(r, "Initiative") == {"教育综合改革"}


def test_a_national_name_keeps_its_level_word(extract):
    r = extract("2021年，市交通运输局推进道路运输高频事项“跨省通办”“全省通办”，深化全省机构改革。\n")
    assert {"跨省通办", "全省通办", "机构改革"} <= canon(r, "Initiative")


def test_development_and_reform_is_a_field_not_a_programme(extract):
    r = extract("2021年，兰州市交通运输委员会将法治政府建设与行业发展改革工作一起部署，深化交通运输综合行政执法改革。\n")
    assert canon(r, "Initiative") == {"交通运输综合行政执法改革"}


def test_campaigns_fought_and_systems_listed_alike(extract):
    r = extract("2022年，市生态环境局全面落实河长制、湖长制、湾长制，深入打好蓝天保卫战、碧水保卫战，"
                "围绕深入打好污染防治攻坚战推进工作。\n")
    assert canon(r, "Initiative") == {"河长制", "湖长制", "湾长制", "蓝天保卫战", "碧水保卫战", "污染防治攻坚战"}
    # the river and lake chiefs named together, quoted and headless
    r = extract("2023年，郏县“河湖长制”工作获国务院督查激励表彰。\n")
    assert canon(r, "Initiative") == {"河湖长制"}


def test_reforms_of_unnamed_fields_are_no_programme(extract):
    r = extract("2020年，西平县深化重点领域改革，推进关键领域改革和农村综合改革。\n")
    assert canon(r, "Initiative") == {"农村综合改革"}
    # a whole domain of government reformed (an area of 全面深化改革), not a field within one
    r = extract("2020年，西平县深化行政体制改革，推进经济体制改革，以法治方式深化教育改革和行政改革，"
                "推进行政执法体制改革。\n")
    assert canon(r, "Initiative") == {"行政执法体制改革"}


def test_a_document_or_task_about_a_reform_is_not_its_name(extract):
    r = extract("2023年，东城区出台营商环境改革方案6.0版，完成国家创新试点改革任务，深化告知承诺制改革。\n")
    assert canon(r, "Initiative") == {"告知承诺制改革"}


def test_a_body_named_after_a_programme_is_not_its_name(extract):
    # the office or group that runs a campaign (省委主题教育办, 扫黑办) is a body, and its
    # first words (省委) no programme's
    r = extract(HEAD + "相关做法被省委主题教育办肯定推广，县机构改革领导小组召开会议，"
                "区法治政府建设示范创建工作专班统筹推进，深化综合行政执法改革。\n")
    assert canon(r, "Initiative") == {"综合行政执法改革"}
    # 办 opening a word of its own is still the name's end (主题教育|办实事)
    r = extract(HEAD + "开展主题教育办实事，推进专项整治办理案件。\n")
    assert canon(r, "Initiative") == {"主题教育"}


def test_contests_pushes_and_campaigns_of_putting_right_at_once(extract):
    r = extract(HEAD + "开展行政执法大比武，推进安全生产百日攻坚，深化群众身边不正之风和腐败问题集中整治，"
                "开展集中整治，对校园周边环境进行集中整治。\n")
    assert canon(r, "Initiative") == {"行政执法大比武", "安全生产百日攻坚", "群众身边不正之风和腐败问题集中整治"}
    # a campaign of enforcement against what it names (专项执法行动), not one counted
    r = extract(HEAD + "联合开展打击野生动物违规交易专项执法行动，开展专项执法行动3次。\n")
    assert canon(r, "Initiative") == {"打击野生动物违规交易专项执法行动"}


def test_a_campaign_named_by_its_season(extract):
    # 冬季, 秋冬季: time words to jieba, like the 目前 that ends a name, but a campaign's own
    r = extract(HEAD + "深入开展根治欠薪冬季专项行动。部署秋冬季大气污染综合治理攻坚行动。目前专项行动进展顺利。\n")
    assert canon(r, "Initiative") == {"根治欠薪冬季专项行动", "秋冬季大气污染综合治理攻坚行动"}


def test_a_class_a_studio_and_a_way_of_mediating_named_in_quotes(extract):
    # “法治微课堂” (a lecture series, as “法治大讲堂”), “老杨调解工作室” (a local model by its
    # founder's name), “板凳会”调解法 (a way of mediating, as a 工作法); not a facility's kind
    r = extract(HEAD + "开设“法治微课堂”，打造“老杨调解工作室”，推广“板凳会”调解法，建设“法律服务驿站”。\n")
    assert canon(r, "Initiative") == {"法治微课堂", "老杨调解工作室", "板凳会调解法"}
    # an evening school of law, as villages' programmes name their classes (not one unnamed)
    r = extract(HEAD + "开设“法治夜校”，参加夜校学习。\n")
    assert canon(r, "Initiative") == {"法治夜校"}
    # a named mediation room is such a model too; a team of volunteers or speakers is no
    # programme, whatever its head (普法) before the team's words
    r = extract(HEAD + "建成“老李调解室”，组建“红马甲”普法志愿服务队，成立“百姓名嘴”宣讲团，设立人民调解室12个。\n")
    assert canon(r, "Initiative") == {"老李调解室"}


def test_village_work_named_by_its_programme_is_one(extract):
    # (two real Xinjiang pages: the 访惠聚 teams' work; unnamed, 驻村工作 names no programme)
    r = extract(HEAD + "深入开展“访惠聚”驻村工作，以“访惠聚”驻村工作为载体开展普法。加强驻村工作，选派第一书记驻村工作。\n")
    assert canon(r, "Initiative") == {"访惠聚驻村工作"}
    assert ("山西省/大同市/平城区", "访惠聚驻村工作") in rels(r, "IMPLEMENTS")


def test_a_national_name_takes_the_head_written_after_it(extract):
    r = extract("2022年，新驿镇开展民主法治示范村创建，落实双随机、一公开监管，开展主题教育活动和宪法宣传周活动，"
                "推进一网通办服务，落实《濮阳县常态化府院联动工作机制》。\n")
    assert canon(r, "Initiative") == {"民主法治示范村(社区)创建", "双随机一公开监管", "主题教育活动", "宪法宣传周",
                                      "一网通办", "府院联动"}


def test_a_national_name_with_its_head_holds_what_was_read_inside_it(extract):
    # (the unquoted reader had cut 一件 off as a count and kept 事一次办改革 beside the whole)
    r = extract(HEAD + "推进一件事一次办改革，深化商事制度改革。\n")
    assert canon(r, "Initiative") == {"一件事一次办改革", "商事制度改革"}


def test_the_system_of_a_kind_of_work_is_the_heads_end(extract):
    # 普法|工作责任制: the head runs on to the system (it had ended at 普法)
    r = extract(HEAD + "全面落实“谁执法谁普法”普法工作责任制，推行“八五”普法工作。\n")
    assert canon(r, "Initiative") == {"谁执法谁普法普法工作责任制", "八五普法"}


def test_a_project_built_is_named_without_the_building(extract):
    # “雪亮工程”建设: the project's name is 雪亮工程 (GUIDELINES' own example); a place's
    # rule-of-law drive is named by its building (“平安平城”建设)
    r = extract(HEAD + "持续推进“雪亮工程”建设，推进“天网工程”建设工作，深化“平安平城”建设。\n")
    assert canon(r, "Initiative") == {"雪亮工程", "天网工程", "平安平城建设"}


def test_a_villages_and_a_communitys_title_are_one_programme(extract):
    r = extract("濮阳县2022年法治政府建设报告\n后郑寨村获评全国民主法治示范村，东街社区入选省级民主法治示范村（社区），"
                "开展民主法治示范社区创建活动。\n")
    assert canon(r, "Initiative") == {"民主法治示范村(社区)创建"}


def test_the_levels_of_a_national_programme_are_one_programme(extract):
    r = extract("2022年，濮阳县积极开展省级法治政府建设示范县创建活动，渝北区推进法治政府建设综合示范区创建，"
                "开展国家食品安全示范县创建。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建", "国家食品安全示范县创建"}
    # striven for (争创), after the title: the same programme
    r = extract("绍兴市司法局2021年法治政府建设情况报告\n诸暨市启动全国法治政府建设示范县争创。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    # a district's report names the title it won 示范区
    r = extract("2023年，我区被命名为第二批全国法治政府建设示范区，获评广东省节水型社会示范区。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建", "节水型社会示范区创建"}
    # 示范地区: the title's name since the second round (示范地区和项目), for the regions named
    r = extract("大同市2023年法治政府建设报告\n平城区、云冈区被命名为第三批全国法治政府建设示范地区。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    assert {x["source"] for x in r["relations"] if x["type"] == "IMPLEMENTS"} >= \
        {"山西省/大同市/平城区", "山西省/大同市/云冈区"}
    # the work of winning the title (…示范县工作会议): its creation; a prefecture's (州) or a
    # league's (盟) round, and Inner Mongolia's 示范旗县(市、区), the same programme
    r = extract("2024年，郎溪县坚持依法行政。召开全县争创安徽省第三批法治政府建设示范县工作会议。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    assert {m["text"] for e in r["entities"] for m in e["mentions"] if e["type"] == "Initiative"} == \
        {"法治政府建设示范县"}
    r = extract("2023年，武定县积极创建全国、省、州法治政府建设示范县。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    r = extract("2023年，阿拉善左旗开展盟法治政府建设示范旗创建，争创全区法治政府建设示范旗县（市、区）。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}


def test_a_programme_for_villages_and_communities_is_one_programme(extract):
    r = extract(HEAD + "实现一村（社区）一法律顾问全覆盖，各乡镇推行一村(居)一法律顾问，全面落实一村一法律顾问。\n")
    assert canon(r, "Initiative") == {"一村一法律顾问"}
    written = {m["text"] for e in r["entities"] if e["type"] == "Initiative" for m in e["mentions"]}
    assert written == {"一村（社区）一法律顾问", "一村(居)一法律顾问", "一村一法律顾问"}
    # the lawyer who serves as the adviser (一村(社区)一律师(法律顾问)): the same programme
    r = extract(HEAD + "“一村(社区)一律师(法律顾问)”实现全覆盖，推行一村一律师。\n")
    assert canon(r, "Initiative") == {"一村一法律顾问"}


def test_the_levels_a_name_covers_are_in_it(extract):
    # （市、区） after the name's level word: the levels it covers, its 、 kept
    r = extract("平城区2023年法治政府建设报告\n开展全国法治县（市、区）创建活动，推行“双随机、一公开”监管。\n")
    assert canon(r, "Initiative") == {"法治县(市、区)创建活动", "双随机一公开监管"}
    # the campaign an honor is named after is the honor's qualifier; 荣获 ends a name's left edge
    r = extract("平城区2023年法治政府建设报告\n平城区荣获全省法治县（市、区）创建活动先进单位，荣获省级平安建设示范创建。\n")
    assert canon(r, "Initiative") == {"平安建设示范创建"}
    # so is a reform named before the kind of project an award is given to
    r = extract("平城区2023年法治政府建设报告\n“平城‘执’播”入选市法治改革创新项目，深化行政审批制度改革。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革"}


def test_a_project_a_demonstration_programme_named(extract):
    r = extract("长春市2022年法治政府建设报告\n三是落实整改任务。我市构建智能高效公共法律服务体系获评全国法治政府"
                "建设示范项目，我市2个项目入选示范项目，绿园区“一站式”矛盾纠纷调处化解项目被命名为全省示范项目。\n")
    assert canon(r, "Initiative") == {"构建智能高效公共法律服务体系", "一站式矛盾纠纷调处化解项目"}
    assert ("吉林省/长春市/绿园区", "一站式矛盾纠纷调处化解项目") in \
        {(x["source"], x["target"]) for x in r["relations"] if x["type"] == "IMPLEMENTS"}
    # the title won, quoted, is the award: no programme of its own
    r = extract("陕西省2022年法治政府建设报告\n西安市莲湖区“自然人法人全生命周期政务服务”项目被命名为"
                "“全国法治政府建设示范项目”。\n")
    assert canon(r, "Initiative") == {"自然人法人全生命周期政务服务项目"}
    # a project written after its kind: the quotation names it
    r = extract("北京市2020年法治政府建设报告\n通州区单项示范项目“行政复议规范化建设”荣获全国首批法治政府建设示范项目。\n")
    assert canon(r, "Initiative") == {"行政复议规范化建设"}
    # a list of honors won is topped (上榜) too; three projects striving for one name none
    r = extract("芜湖市2022年法治政府建设报告\n芜湖市依法兑现公共政策成功上榜全国法治政府建设示范项目，"
                "3个项目争创示范项目。\n")
    assert canon(r, "Initiative") == {"依法兑现公共政策"}
    # a place the gazetteer names otherwise (古美街道) won it: no project, though no region either
    r = extract("上海市闵行区人民政府关于2023年法治政府建设情况的报告\n古美路街道获评上海市法治政府建设示范项目。\n")
    assert canon(r, "Initiative") == set()


def test_a_project_named_by_a_quotation_a_demonstration_programme_named(extract):
    r = extract("民乐县2022年法治政府建设报告\n近年来，民乐县“以一流营商环境护航高质量发展”被命名为"
                "第二批全省法治政府建设示范项目。\n")
    assert canon(r, "Initiative") == {"以一流营商环境护航高质量发展"}
    # an instruction quoted: its object is the project (“推进行政审批制度改革”)
    r = extract("宁夏回族自治区2019年法治政府建设报告\n2019年以来，银川市“推进行政审批制度改革”被命名为"
                "首批全国法治政府建设示范项目。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found == {"行政审批制度改革": ["行政审批制度改革"]}
    # a name with its slogan quoted inside, and one the passive follows (被命名为示范项目 is
    # no head of it)
    r = extract("蒙城县司法局2023年法治政府建设报告\n“蒙城县‘5+N’矛盾化解会商机制”被命名为“安徽省第二批"
                "法治政府建设示范项目”，“蒙城县诉源治理机制”被命名为示范项目。\n")
    assert canon(r, "Initiative") == {"蒙城县5+N矛盾化解会商机制", "蒙城县诉源治理机制"}


def test_the_bodies_that_carry_a_programme_out_are_not_its_name(extract):
    r = extract("2013年，市政府法制办与市监察局联合，对执法单位执法责任制落实情况进行了评议考核，推行行政机关首问负责制。\n")
    assert not {n for n in canon(r, "Initiative") if n.startswith(("执法单位", "行政机关"))}
    # nor the department's own organs (局机关); 机关 alone is a word of names
    r = extract(HEAD + "制定局机关行政执法责任制度，推进机关事业单位养老保险制度改革，开展节约型机关创建行动。\n")
    assert canon(r, "Initiative") == {"行政执法责任制", "机关事业单位养老保险制度改革", "节约型机关创建行动"}


def test_a_leader_dispatching_a_campaign_is_not_its_name(extract):
    r = extract("岳阳市2025年法治政府建设报告\n分管副市长多次调度涉企行政执法专项行动，市政府督办扫黑除恶专项斗争。\n")
    assert canon(r, "Initiative") == {"涉企行政执法专项行动", "扫黑除恶专项斗争"}


def test_what_a_report_ensures_of_a_campaign_is_not_its_name(extract):
    r = extract("乡镇法治政府建设工作总结\n一、加强组织领导，确保法治创建活动落到实处。\n")
    assert canon(r, "Initiative") == {"法治创建活动"}


def test_a_list_before_deng_is_part_of_the_name(extract):
    r = extract("2023年，濮阳县开展道路交通安全和运输执法等领域突出问题专项整治，对交通，等领域专项整治。\n")
    assert canon(r, "Initiative") == {"道路交通安全和运输执法等领域突出问题专项整治"}


def test_two_events_joined_by_ji_are_not_one_name(extract):
    r = extract("2023年，司法部举办部直属机关宣讲报告会暨法治大讲堂。\n")
    assert canon(r, "Initiative") == {"法治大讲堂"}


def test_a_quoted_day_before_a_programme_is_not_its_name(extract):
    r = extract("2021年，东溪镇结合“12.4”宪法宣传周开展宣传，开展“12·4”国家宪法日活动。\n")
    assert "宪法宣传周" in canon(r, "Initiative")
    assert not {n for n in canon(r, "Initiative") if n[:1].isdigit()}
    # the words after a quoted day that name the day (中国品牌日) hold no programme's head
    r = extract("2021年，东溪镇开展“3·15”国际消费者权益日、“5·20”中国品牌日等主题宣传活动。\n")
    assert canon(r, "Initiative") == set()


def test_a_demonstration_title_names_the_programme_that_awards_it(extract):
    r = extract(HEAD + "开展法治宣传活动，创建全国民主法治示范村(社区)，新增全省民主法治示范村(社区)3个。"
                "全区5所学校入选首批山西省依法治校示范校。成功创建国家食品安全示范城市。"
                "积极争创全国法治政府建设示范市。\n")
    found = canon(r, "Initiative")
    assert {"民主法治示范村(社区)创建", "依法治校示范校创建", "国家食品安全示范城市创建",
            "法治政府建设示范创建"} <= found
    # quoted alone, the title still names its programme
    r = extract(HEAD + "法治政府建设取得成效，并获得“全省法治政府建设示范县”命名。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    # so does one followed by the word for a title (称号)
    r = extract(HEAD + "平城区荣获第二批全国法治政府建设示范区称号。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    # and a province's pilot of the programme is the programme
    r = extract(HEAD + "平城区被确定为全省法治政府建设示范创建试点。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    # a title that qualifies the next words, or one with no programme before it, is none
    r = extract(HEAD + "深入推进法治示范校“一校一品”建设，持续巩固示范市成果。\n")
    assert not any(n.endswith("示范校创建") or n.endswith("示范市创建") for n in canon(r, "Initiative"))
    # a preposition or conjunction after a title ends it (以创建…示范县为抓手); a level
    # alone before it names no programme (争创省级示范县和示范项目)
    r = extract(HEAD + "以创建全国法治政府建设示范县为抓手，争创省级示范县和示范项目。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}


def test_a_short_form_stands_for_the_name_the_report_gives_in_full(extract):
    r = extract(HEAD + "全区推行行政执法责任制。大同、吕梁等市政府法制办对执法单位执法责任制落实情况进行评议考核。"
                "要加大改革力度。\n")
    assert canon(r, "Initiative") == {"行政执法责任制"}
    full = next(e for e in r["entities"] if e["canonical"] == "行政执法责任制")
    assert "执法责任制" in full["aliases"]
    # alone, a verb and a head name nothing
    r = extract(HEAD + "对执法单位执法责任制落实情况进行评议考核。\n")
    assert canon(r, "Initiative") == set()
    # a national programme's short name after its full one: the one programme
    r = extract(HEAD + "深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，以主题教育成果推动工作。\n")
    assert canon(r, "Initiative") == {"习近平新时代中国特色社会主义思想主题教育"}
    r = extract(HEAD + "深入开展“不忘初心、牢记使命”主题教育，以主题教育成果推动工作。\n")
    assert canon(r, "Initiative") == {"不忘初心牢记使命主题教育"}
    # (alone, the short name is the programme)
    r = extract(HEAD + "以主题教育成果推动工作。\n")
    assert canon(r, "Initiative") == {"主题教育"}


def test_a_quoted_name_with_a_campaign_head_of_several_words(extract):
    r = extract(HEAD + "组织开展“美好生活·民法典相伴”主题宣传月活动。\n")
    assert canon(r, "Initiative") == {"美好生活·民法典相伴主题宣传月活动"}


def test_full_width_digits_and_brackets_name_the_same_programme(extract):
    r = extract("平城区２０２１年法治政府建设报告\n平城区深入开展２０２１年法治创建活动，"
                "创建全国民主法治示范村（社区）。\n")
    assert {"法治创建活动", "民主法治示范村(社区)创建"} <= canon(r, "Initiative")
    assert not any(n.startswith("年") for n in canon(r, "Initiative"))


def test_a_campaign_run_over_years_keeps_its_years(extract):
    r = extract(HEAD + "开展安全生产专项整治三年行动，推进行政审批制度改革。\n")
    assert {"安全生产专项整治三年行动", "行政审批制度改革"} <= canon(r, "Initiative")
    assert "安全生产专项整治" not in canon(r, "Initiative")


def test_no_name_starts_inside_a_places_name(extract):
    # 在向塘镇试点: jieba reads 向 as a preposition, the edge cut the township's name
    r = extract("南昌县2023年法治政府建设工作报告\n在向塘镇试点推行“一站式”矛盾纠纷调处模式。\n")
    assert canon(r, "Initiative") == {"一站式矛盾纠纷调处模式"}


def test_the_words_before_a_quoted_rank_name_it(extract):
    # 一号 ranks a reform first; the words before the quotation say which (Zhejiang's 2023
    # 营商环境优化提升“一号改革工程”), its verbs of raising too; a count of ranked ones
    # (三个“一号工程”) is no name of one
    r = extract("绍兴市2023年法治政府建设情况报告\n深入实施营商环境优化提升“一号改革工程”，"
                "按照三个“一号工程”决策部署推进工作。\n")
    assert canon(r, "Initiative") == {"营商环境优化提升一号改革工程", "一号工程"}
    assert ("浙江省/绍兴市", "营商环境优化提升一号改革工程") in rels(r, "IMPLEMENTS")


def test_places_piloting_in_turn_name_no_programme(extract):
    # 相继, 分别, 率先: adverbs of how places carry something out, no programme's words;
    # 各县区, 各乡镇 open no name either
    r = extract("清远市2023年法治政府建设情况报告\n在全市推广连州市“环保管家”服务模式，英德市、阳山县相继试点。"
                "各县区分别试点，各乡镇率先试点，全市同步推进“法律明白人”培养工程。\n")
    assert canon(r, "Initiative") == {"环保管家服务模式", "法律明白人培养工程"}
    # nor does a distinguishing word (唯一, 主要: which one, no name)
    r = extract("宜昌市2023年法治政府建设情况报告\n夷陵区作为全省唯一试点，率先推行“一业一证”改革，推进主要改革。\n")
    assert canon(r, "Initiative") == {"一业一证改革"}


def test_enforcement_reforms_named_by_what_a_business_is_spared(extract):
    r = extract(HEAD + "推行“扫码入企”，落实“轻微免罚”，确保对企业实现“无事不扰”。\n")
    assert canon(r, "Initiative") == {"扫码入企", "轻微免罚"}


def test_two_verbs_before_a_head_are_one_action_of_the_name(extract):
    # 优化 before 提升行动, a word of the name before them: the name's; not a clause's verb
    r = extract(HEAD + "实施营商环境优化提升行动，开展示范创建巩固提升行动，开展提升行动，推进全市的提升行动。\n")
    assert canon(r, "Initiative") == {"营商环境优化提升行动", "示范创建巩固提升行动"}
    # a verb of raising before a campaign's or a programme's head, what it raises before it
    r = extract(HEAD + "开展气象法治能力提升专项行动，实施行政执法能力提升工程，开展营商环境优化专项行动，"
                "开展提升专项行动。\n")
    assert canon(r, "Initiative") == {"气象法治能力提升专项行动", "行政执法能力提升工程", "营商环境优化专项行动"}
    # both verbs of a pair of them (优化提升), what they raise before them
    r = extract(HEAD + "开展营商环境优化提升专项行动，开展优化提升专项行动。\n")
    assert canon(r, "Initiative") == {"营商环境优化提升专项行动"}
    # a year's campaign named for what it raises (…优化年活动, …提升年行动)
    r = extract(HEAD + "开展营商环境优化年活动，结合党史学习教育、能力作风提升年活动，深入推进执法规范化提升年行动，"
                "开展提升年活动。\n")
    assert canon(r, "Initiative") == {"营商环境优化年活动", "党史学习教育", "能力作风提升年活动", "执法规范化提升年行动"}

    # a verb of raising before what it raises, then the head: the verb is the campaign's first
    # word, after the clause's verb or a conjunction; not before verbs alone (提升改造工程)
    r = extract(HEAD + "开展优化营商环境攻坚行动，推进“放管服”改革和优化营商环境专项行动，"
                "实施提升执法能力专项行动，实施提升改造工程。\n")
    assert canon(r, "Initiative") == {"优化营商环境攻坚行动", "放管服改革", "优化营商环境专项行动",
                                      "提升执法能力专项行动"}

def test_a_statistics_trend_in_quotes_is_no_programme(extract):
    r = extract(HEAD + "全区警情实现“十一连降”，呈现“两降四升”态势，推进“放管服”改革。\n")
    assert canon(r, "Initiative") == {"放管服改革"}
    # two figures rising or falling together, quoted at its clause's end; a campaign for it is a
    # programme
    r = extract(HEAD + "实现办案数量与处罚金额“双上升”，群众满意度和知晓率“双提升”。开展“双下降”行动。\n")
    assert canon(r, "Initiative") == {"双下降行动"}


def test_an_anniversary_in_quotes_is_no_programme(extract):
    r = extract(HEAD + "组织开展纪念法治浙江建设“十五周年”系列活动，推进“放管服”改革。\n")
    assert canon(r, "Initiative") == {"放管服改革"}


def test_a_head_before_a_unit_names_a_kind_of_unit(extract):
    r = extract(HEAD + "各省直管试点县参加，开展相对集中行政许可权改革试点。\n")
    assert canon(r, "Initiative") == {"相对集中行政许可权改革试点"}


def test_spreading_or_consolidating_a_programme_is_no_part_of_its_name(extract):
    r = extract(HEAD + "在全省推广法治政府建设示范创建典型经验，巩固行政审批制度改革成果。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建", "行政审批制度改革"}


def test_a_quoted_name_with_a_common_head_is_a_programme_when_carried_out(extract):
    # 活动, 服务, 建设, 监督 end many quoted phrases; after a verb of carrying out, the
    # quotation is the programme's name
    r = extract(HEAD + "区市场监管局开展了“食品安全放心消费创建活动”，推行“企业开办暖心服务”。\n")
    assert canon(r, "Initiative") == {"食品安全放心消费创建活动", "企业开办暖心服务"}
    r = extract(HEAD + "将“法治政府建设”纳入年度考核，检查事项为“强制性产品认证活动”，开展“法律服务”。\n")
    assert canon(r, "Initiative") == set()


def test_a_quoted_reordering_of_two_steps_is_a_reform(extract):
    # 先X后Y: a procedure's steps reordered (先照后证), a reform of its own; not a priority
    r = extract(HEAD + "对工业产品许可实行“先证后检”、无纸化申请，12个项目纳入“先批后审”，"
                "坚持“先易后难”，按照“先急后缓”原则推进。\n")
    assert canon(r, "Initiative") == {"先证后检", "先批后审"}


def test_a_head_after_an_evaluative_word_names_no_programme(extract):
    r = extract(HEAD + "将基层法治建设作为现代化的基础工程，实施民生工程，推进雪亮工程。\n")
    assert canon(r, "Initiative") == {"雪亮工程"}
    r = extract(HEAD + "创新服务改革，深化职能改革，推进雪亮工程。\n")
    assert canon(r, "Initiative") == {"雪亮工程"}
    # 工作, 领导: a responsibility system of work, of leaders, no one programme
    r = extract(HEAD + "严格落实领导责任制，健全工作责任制，落实行政执法责任制。\n")
    assert canon(r, "Initiative") == {"行政执法责任制"}
    # 赋能, 护航: verbs a name does not run across
    r = extract(HEAD + "以法治思维赋能行政审批制度改革，以法治护航“放管服”改革。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革", "放管服改革"}


def test_the_kinds_of_place_taking_part_name_no_programme(extract):
    r = extract(HEAD + "参加法治政府建设示范创建活动，完成县(市)区、开发区示范创建申报任务。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    # nor the kinds of entry (单项, 综合): the programme's, named in full before
    r = extract(HEAD + "申报全省法治政府建设示范创建，报送2个单项示范创建候选项目，推进综合示范创建。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    # (a level before the kind of entry too: 省级综合示范地区)
    r = extract(HEAD + "每年命名省级综合示范地区(单位)15个左右、单项示范项目20个左右。\n")
    assert canon(r, "Initiative") == set()


def test_ascii_quotes_pair_as_curly_ones_do(extract):
    # a one-character quote, a headline longer than any name: ASCII quotes have no sides
    r = extract(HEAD + '开办费用"零"成本。全面落实"双随机、一公开"监管制度。"协同推进知识产权纠纷快速处理'
                       ' 为创新主体办实事、解难题"获评案例，深化"最多跑一次"改革。\n')
    assert canon(r, "Initiative") == {"双随机一公开监管", "最多跑一次改革"}


def test_a_national_system_named_bare_or_with_its_head(extract):
    r = extract(HEAD + "严格落实第一议题、“三会一课”等制度，落实中心组学法制度和“第一议题”学法要求。\n")
    assert "第一议题" in canon(r, "Initiative")


def test_the_central_committees_study_campaigns_as_主题教育_is_one(extract):
    r = extract(HEAD + "深入开展党史学习教育，以开展党纪学习教育为契机，推进依法行政。\n")
    assert canon(r, "Initiative") == {"党史学习教育", "党纪学习教育"}


def test_the_2023_system_of_laws_leading_officials_must_know(extract):
    # 中办、国办《关于建立领导干部应知应会党内法规和国家法律清单制度的意见》(2023): the system,
    # also written with 法律法规 or 法律法规规章 (named as written); the list each body makes under it is a document
    r = extract(HEAD + "推行领导干部应知应会党内法规和国家法律清单制度，制定领导干部应知应会党内法规和国家法律清单。\n")
    assert canon(r, "Initiative") == {"领导干部应知应会党内法规和国家法律清单制度"}
    assert canon(r, "Regulation") == {"领导干部应知应会党内法规和国家法律清单"}
    r = extract(HEAD + "推动建立区领导干部应知应会党内法规和法律法规清单制度。\n")
    assert canon(r, "Initiative") == {"领导干部应知应会党内法规和法律法规清单制度"}
    r = extract(HEAD + "印发领导干部应知应会党内法规和法律法规规章清单制度。\n")
    assert canon(r, "Initiative") == {"领导干部应知应会党内法规和法律法规规章清单制度"}


def test_a_quoted_fault_to_be_done_away_with_is_no_programme(extract):
    r = extract(HEAD + "摒弃主观臆断与“一言堂” 模式，杜绝“一刀切”，防止“体外循环”，推行“最多跑一次”改革，"
                "研究解决“三重一大”事项。\n")
    assert canon(r, "Initiative") == {"最多跑一次改革", "三重一大"}
    # nor the way given up for another (变“X”为“Y”)
    r = extract(HEAD + "通过变“逐项依次审批”为“集中并联审批”，缩短审批时限。\n")
    assert canon(r, "Initiative") == {"集中并联审批"}


def test_the_whole_name_of_fangguanfu_is_the_same_reform(extract):
    r = extract(HEAD + "深化简政放权、放管结合、优化服务改革，召开简政放权放管结合优化服务改革座谈会。\n")
    assert canon(r, "Initiative") == {"放管服改革"}
    # its three principles written without 改革 name it too
    r = extract(HEAD + "以法治方式深化简政放权、放管结合、优化服务，着力提升政务服务能力。\n")
    assert canon(r, "Initiative") == {"放管服改革"}


def test_a_quoted_name_whose_head_goes_on_as_a_field_is_no_programme(extract):
    r = extract(HEAD + "将“十四五”时期自然资源改革发展同步谋划，推进“最多跑一次”改革。\n")
    assert canon(r, "Initiative") == {"最多跑一次改革"}


def test_a_head_that_ends_inside_a_word_is_no_head(extract):
    # 各项目标任务: 各项|目标, no 项目 (project) there
    r = extract(HEAD + "加快落实“十四五”规划各项目标任务，推进“放管服”改革各项目标落实，开展“法治进企业”项目。\n")
    assert canon(r, "Initiative") == {"放管服改革", "法治进企业项目"}


def test_applying_for_a_demonstration_title_and_its_round_are_no_part_of_it(extract):
    r = extract(HEAD + "市本级、平城区申报省级第二批法治政府建设示范市(县、区)，落实住所信息申报制承诺改革。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建", "住所信息申报制承诺改革"}


def test_a_service_circle_named_by_its_travel_time(extract):
    r = extract(HEAD + "构建15分钟公共法律服务圈，打造半小时政务服务圈，办理用时30分钟以内。\n")
    assert canon(r, "Initiative") == {"15分钟公共法律服务圈", "半小时政务服务圈"}
    assert ("山西省/大同市/平城区", "15分钟公共法律服务圈") in rels(r, "IMPLEMENTS")


def test_a_quoted_system_opening_with_a_number_of_steps(extract):
    r = extract(HEAD + "建立“五步决策闭环机制”，推行“三色预警管理制度”，落实“两个机制”，"
                "获评“一号改革工程”最佳实践案例。\n")
    assert canon(r, "Initiative") == {"五步决策闭环机制", "三色预警管理制度"}


def test_improving_a_reform_is_no_part_of_its_name(extract):
    # 优化, 改进 are verbs of carrying a reform further, as 深化 and 提升 are; “放管服”
    # alone is the 放管服改革's short name
    r = extract(HEAD + "持续优化行政审批制度改革，改进综合行政执法改革，在全市“放管服”考核中进入第一方阵。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革", "综合行政执法改革", "放管服改革"}


def test_a_three_year_campaign(extract):
    # the State Council's 三年行动 campaigns, found without quotation marks; the campaign of
    # 国办发〔2023〕27号 however its words are turned
    r = extract(HEAD + "开展提升行政执法质量三年行动，实施行政执法质量提升三年行动，"
                "开展安全生产治本攻坚三年行动。\n")
    assert canon(r, "Initiative") == {"提升行政执法质量三年行动", "安全生产治本攻坚三年行动"}
    r = extract(HEAD + "开展重点工作三年行动。\n")
    assert canon(r, "Initiative") == set()


def test_a_quoted_system_named_by_how_it_works(extract):
    # “积分制”: a system; a one-character ending only as a word of its own or the end of a
    # longer one, not in an everyday word (“体制”, “挑战”)
    r = extract(HEAD + "推行“积分制”管理，实行“两票制”，打好“百日攻坚战”，解决“体制”问题，迎接“挑战”。\n")
    assert canon(r, "Initiative") == {"积分制", "两票制", "百日攻坚战"}


def test_a_quoted_rule_of_answering_for_a_matter(extract):
    # 负责制 heads a quoted system (“首问负责制”); a county's 县长负责制, unquoted, is its
    # constitution's rule, no programme
    r = extract(HEAD + "建立“首问负责制”，政府实行县长负责制，县司法局负责制定工作方案。\n")
    assert canon(r, "Initiative") == {"首问负责制"}


def test_a_ministrys_yearly_drill_for_its_enforcers(extract):
    # 大练兵: found without quotation marks, its short form after the long one the same
    r = extract(HEAD + "深入开展生态环境保护执法大练兵活动，被评为全省执法大练兵表现突出集体。\n")
    assert canon(r, "Initiative") == {"生态环境保护执法大练兵"}


def test_the_title_of_a_national_campaign_for_police_stations_names_it(extract):
    r = extract(HEAD + "积极创建“枫桥式公安派出所”，新平派出所被命名为全国“枫桥式公安派出所”。\n")
    assert canon(r, "Initiative") == {"枫桥式公安派出所创建"}
    # the model quoted alone before the station, with or without 创建: the same campaign
    for sentence in ("莲塘派出所成功创建“枫桥式”公安派出所。", "开展“枫桥式”公安派出所创建活动。",
                     "积极创建枫桥式公安派出所。", "深化“枫桥式”派出所创建活动。"):
        assert canon(extract(HEAD + sentence + "\n"), "Initiative") == {"枫桥式公安派出所创建"}


def test_awarding_a_demonstration_title_and_its_round_are_no_part_of_it(extract):
    # the province names the second round's areas: its own award of the national programme
    r = extract(HEAD + "省政府命名第二批山西省法治政府建设示范地区8个、示范项目4个。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}
    # the round after the region that awards it, before an unquoted programme
    r = extract(HEAD + "平城区成功入选山西省第一批法治示范创建街镇。\n")
    assert canon(r, "Initiative") == {"法治示范创建"}


def test_a_townships_demonstration_title_names_its_programme(extract):
    r = extract("天目西路街道2023年法治工作报告\n根据上海市法治示范街镇创建有关要求分配任务，部署法治建设示范乡镇(街道)创建工作。\n")
    assert {"法治示范街镇创建", "法治建设示范乡镇(街道)创建"} <= canon(r, "Initiative")


def test_the_demonstration_programme_at_an_autonomous_regions_level_and_without_jian_she(extract):
    # 自治区级 is a level like 省级; 法治政府示范创建 is the same programme written short
    r = extract("宁夏回族自治区2022年度法治政府建设工作报告\n宁夏先后两批次开展自治区级法治政府建设示范创建活动，"
                "政务服务是法治政府示范创建最为直观的体现。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert set(found) == {"法治政府建设示范创建"}


def test_a_quoted_process_word_and_a_recommendation_are_no_part_of_a_programme(extract):
    # “一体化”协作: a process, no slogan; 推荐申报: applying for the programme's title
    r = extract(HEAD + "从“一体化”协作、“网格化”管理两个方面实现创新，该项工作被市委全面依法治市办向省级"
                "推荐申报法治政府单项示范创建项目。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}


def test_a_count_in_figures_is_no_part_of_a_name(extract):
    r = extract(HEAD + "依法治省办已推荐我区作为山西省3个行政执法体制改革试点地区之一上报。\n")
    assert canon(r, "Initiative") == {"行政执法体制改革试点"}
    # nor a count in words, nor the fields it is carried out in
    r = extract(HEAD + "着力深化市场准入、投资项目两个重点领域行政审批制度改革。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革"}


def test_a_verb_of_placing_and_a_field_after_its_head_end_no_name(extract):
    # 将法治工作放在医药卫生体制改革…的高度: the programme starts after 放在; 事业改革与发展
    # is a field of work
    r = extract(HEAD + "将法治工作放在医药卫生体制改革的高度统筹推进，发挥法治对卫生健康事业改革与发展的保障作用。\n")
    assert canon(r, "Initiative") == {"医药卫生体制改革"}


def test_the_political_and_legal_ranks_rectification_campaign(extract):
    # 2021's 全国政法队伍教育整顿, written 队伍教育整顿 by the bodies it covered; listed after
    # 党史学习教育 it is no sibling 队伍教育
    r = extract(HEAD + "扎实开展党史学习教育和队伍教育整顿，巩固政法队伍教育整顿成果。\n")
    assert canon(r, "Initiative") == {"党史学习教育", "政法队伍教育整顿"}


def test_the_partys_education_campaigns_take_their_quoted_names(extract):
    # “不忘初心、牢记使命”主题教育 (2019), “两学一做”学习教育 (2016), “三严三实”专题教育 (2015);
    # 常态化扫黑除恶斗争 carries on the 专项斗争 from 2021; 主题教育活动 keeps its 活动
    r = extract(HEAD + "开展“不忘初心、牢记使命”主题教育，开展“两学一做”学习教育和“三严三实”专题教育，"
                "开展常态化扫黑除恶斗争，深入开展第一批主题教育活动。\n")
    assert canon(r, "Initiative") == {"不忘初心牢记使命主题教育", "两学一做学习教育", "三严三实专题教育",
                                      "常态化扫黑除恶斗争", "主题教育活动"}


def test_a_national_programmes_name_ends_the_words_before_it(extract):
    # 市委依法治市委研究编制法治政府示范创建巩固提升方案: the programme is its own words,
    # not the committee and the verbs before them
    r = extract(HEAD + "市委依法治市委研究编制法治政府示范创建巩固提升方案。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found == {"法治政府建设示范创建": ["法治政府示范创建"]}


def test_construction_works_are_no_programme(extract):
    # 建设工程 and 建筑工程 are the law's words for construction works (建设工程质量管理条例)
    r = extract(HEAD + "深化行政审批制度改革，建设工程项目审批事项压减三成，建筑工程施工许可证办理提速。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革"}
    # nor are the works a field builds (交通, 水利: the industries' works); a programme of
    # works keeps its name (城市棚户区改造工程)
    r = extract(HEAD + "修订交通建设工程招标投标管理、交通工程质量监督登记等规范性文件，加强水利工程质量监督，"
                "推进城市棚户区改造工程。\n")
    assert canon(r, "Initiative") == {"城市棚户区改造工程"}
    # (before 工程 only: a field's reform or campaign is a programme)
    r = extract(HEAD + "深化电力体制改革，开展公路专项整治。\n")
    assert canon(r, "Initiative") == {"电力体制改革", "公路专项整治"}


def test_no_head_after_a_quoted_name_and_its_own_words(extract):
    # “十四五”规划的攻坚之年: a year of the plan's hard work, no programme
    r = extract(HEAD + "2024年是深入实施“十四五”规划的攻坚之年。\n")
    assert canon(r, "Initiative") == set()


def test_an_instruction_quoted_names_its_object(extract):
    # “实行法治建设年度报告制度”: the verb is the instruction's, the system is the name
    r = extract(HEAD + "中共中央提出“实行法治建设年度报告制度”，深化“推进行政审批制度改革”，推行“最多跑一次”。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found == {"法治建设年度报告制度": ["法治建设年度报告制度"],
                     "行政审批制度改革": ["行政审批制度改革"], "最多跑一次": ["“最多跑一次”"]}
    # a theme quoted before its own head is the name whole, its verb too
    r = extract(HEAD + "组织开展“深入践行习近平法治思想 建设更高水平法治天水”主题征文活动。\n")
    assert canon(r, "Initiative") == {"深入践行习近平法治思想建设更高水平法治天水主题征文活动"}


def test_a_quotation_about_a_quoted_name_is_no_name(extract):
    # “全面实施‘法治立局’战略”: the programme is the name quoted inside
    r = extract(HEAD + "强化“法治立局”战略贯彻落实，从“全面实施‘法治立局’战略”等方面开展考核。\n")
    assert canon(r, "Initiative") == {"法治立局战略"}


def test_fields_joined_by_he_before_a_campaign_are_its_words(extract):
    # the national campaign of 2022 names two fields joined by 和; 完成 ends the words
    # before a name as 实现 does, and 实际 ends the frame 结合…实际
    r = extract(HEAD + "在全省率先开展道路交通安全和运输执法领域突出问题专项整治，圆满完成示范创建推荐工作。\n")
    assert canon(r, "Initiative") == {"道路交通安全和运输执法领域突出问题专项整治"}
    # 结合…实际 frames the words before a verb 改革: no name
    r = extract(HEAD + "结合经开区实际改革审批方式，缩短办理时限。\n")
    assert canon(r, "Initiative") == set()
    # a one-character pronoun jieba left between characters it found no word for (降/本)
    r = extract(HEAD + "实施降本减负专项行动，开展其他专项行动。\n")
    assert canon(r, "Initiative") == {"降本减负专项行动"}
    # an aspect particle ends the verb before a name (标志着…)
    r = extract(HEAD + "办公室揭牌，标志着镇乡街道法治化综合改革又向前迈进了一步。\n")
    assert canon(r, "Initiative") == {"镇乡街道法治化综合改革"}


def test_quoted_service_reforms_named_by_what_they_change(extract):
    # the 放管服 reforms named by the service as it now is (“不见面审批”, “一网受理”,
    # “简易注销”, “31证合一”, “一次不用跑”), not a quoted verb phrase (“马上办”) alone
    r = extract(HEAD + "推行“不见面审批”，实现“一网受理”“简易注销”，推进“31证合一”，群众办事“一次不用跑”，"
                "做到“马上办”，梳理“免办证”事项，打造“15分钟政务服务圈”，努力建设“重要窗口”。\n")
    assert canon(r, "Initiative") == {"不见面审批", "一网受理", "简易注销", "31证合一", "一次不用跑", "免办证",
                                      "15分钟政务服务圈"}
    # the reform's ending written after the quoted words, where the name ends there
    r = extract(HEAD + "实现了“不见面”审批和企业“零跑腿”，实施基层“点菜式”放权，推行“一窗”受理事项。\n")
    assert canon(r, "Initiative") == {"不见面审批", "点菜式放权"}
    # the ways listed together are one reform
    r = extract(HEAD + "全面推行审批服务“马上办、网上办、就近办、一次办、自助办”，推行“网上办”。\n")
    assert canon(r, "Initiative") == {"马上办网上办就近办一次办自助办"}


def test_names_listed_before_deng_share_a_head_with_its_kind(extract):
    # “我为群众办实事”等实践活动: the head after 等 may say what kind of campaign it is
    r = extract(HEAD + "深入开展“我为群众办实事”等实践活动，开展“蓝天”“碧水”等专项行动。\n")
    assert canon(r, "Initiative") == {"我为群众办实事实践活动", "蓝天专项行动", "碧水专项行动"}
    # 专项 and what the campaign does (等专项执法行动, 等专项检查行动)
    r = extract(HEAD + "深入开展“铁拳”等专项执法行动。\n")
    assert canon(r, "Initiative") == {"铁拳专项执法行动"}


def test_a_head_right_after_a_common_one_ends_the_name(extract):
    # 服务 (a common head) with one word at most before it, then the name's own head
    r = extract(HEAD + "打造“帮帮您”政务服务品牌，推行“马上办”服务模式。"
                "“小微企业事务托管服务”获市法治建设创新项目。\n")
    names = canon(r, "Initiative")
    assert {"帮帮您政务服务品牌", "马上办服务模式"} <= names
    assert not any("获市" in n for n in names)
    # a brand (品牌) is the name's head after any kind of work
    r = extract(HEAD + "打造“灵丘e法”普法品牌。\n")
    assert canon(r, "Initiative") == {"灵丘e法普法品牌"}
    # so is a model (模式) after any head, however long; not after a national programme's
    # name, which keeps its one head (GUIDELINES: 双随机一公开监管)
    r = extract(HEAD + "推行“信用+双随机”分级分类监管模式，落地“十通三外”涉外法治服务模式，"
                "健全“双随机、一公开”监管模式。\n")
    assert canon(r, "Initiative") == {"信用+双随机分级分类监管模式", "十通三外涉外法治服务模式",
                                      "双随机一公开监管"}


def test_a_verb_after_a_quoted_name_takes_its_own_object(extract):
    # the quoted words say how a reform is pushed, the reform is the verb's object; a verb
    # right before the head is the head's attribute (创新机制)
    r = extract("2024年，南岸区“一企一策”推进国企改革，建立“复调对接”创新机制。\n")
    names = canon(r, "Initiative")
    assert "国企改革" in names and "复调对接创新机制" in names
    assert not any("推进" in n for n in names)


def test_valuing_a_round_or_naming_it_by_level_names_no_programme(extract):
    # 高度重视 ends a name on its left; the national round named by its level alone is
    # generic, as the province's is
    r = extract("2023年，衡阳市一是高度重视示范创建。三是国家级示范创建稳步推进。深入推进法治政府建设示范创建。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}


def test_a_scope_quoted_with_a_short_stem_is_the_names_own(extract):
    r = extract("2023年，安庆市深化“全省一单”权责清单制度，推行“全市通办”改革，全县机构改革稳步推进。\n")
    assert {"全省一单权责清单制度", "全市通办改革", "机构改革"} <= canon(r, "Initiative")


def test_the_problems_of_a_kind_of_work_are_no_programme(extract):
    # 改革难题: reform's problems, not a reform named 法治方式破解改革
    r = extract(HEAD + "领导干部运用法治思维和法治方式破解改革难题，推进行政审批制度改革。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革"}


def test_a_national_programmes_head_that_begins_a_longer_phrase_is_not_its_own(extract):
    # “一网通办”服务事项: the service items of 一网通办; “八五”普法规划 keeps its 普法
    r = extract(HEAD + "“一网通办”服务事项达92.8%，落实“八五”普法规划。\n")
    assert canon(r, "Initiative") == {"一网通办", "八五普法"}


def test_a_national_programme_quoted_before_a_reform_of_it_names_that_reform(extract):
    # “一件事一次办”集成改革: the words after the quotes end with a reform's head; a system
    # built for a programme (“互联网+监管”系统建设) is still the programme
    r = extract(HEAD + "深入推进“一件事一次办”集成改革，深化“互联网+监管”系统建设。\n")
    assert canon(r, "Initiative") == {"一件事一次办集成改革", "互联网+监管"}


def test_a_head_after_a_verb_of_carrying_out_is_that_verbs_object(extract):
    # “侗族大歌”进村寨开展普法宣传: a song used to spread the law, 普法 the object of 开展
    r = extract(HEAD + "利用“侗族大歌”进村寨开展普法宣传，开展“法律进万家”活动。\n")
    assert canon(r, "Initiative") == {"法律进万家活动"}


def test_a_quoted_campaign_of_clearing_up_takes_its_head(extract):
    # 整治: “散乱污”场所整治 names the campaign; after it a campaign's own head ends the
    # name (“夏季风暴”严打整治专项行动), a reform's pilot does not (“证照分离”改革试点)
    r = extract(HEAD + "开展“散乱污”场所整治和“三线”整治，开展“夏季风暴”严打整治专项行动，推进“证照分离”改革试点。\n")
    assert canon(r, "Initiative") == {"散乱污场所整治", "三线整治", "夏季风暴严打整治专项行动", "证照分离改革"}


def test_a_quoted_name_is_written_with_the_field_it_serves_before_it(extract):
    # GUIDELINES: 行政执法“三项制度” is 三项制度 as the text writes it; the level that runs it
    # (省), a verb (推出) or the verb paired after 和 (坚持和发展) is no word of the field
    r = extract(HEAD + "严格落实行政执法“三项制度”，在省政务服务“一张网”上线事项，推出“一证即办”，"
                "坚持和发展新时代“枫桥经验”，牢固树立“互联网+政务服务”理念。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found["三项制度"] == ["行政执法“三项制度”"]
    assert found["一张网"] == ["政务服务“一张网”"]
    assert found["一证即办"] == ["“一证即办”"]
    assert found["枫桥经验"] == ["“枫桥经验”"]
    assert found["互联网+政务服务"] == ["“互联网+政务服务”"]
    # the verb that publishes a list of it ends the actor before it, no field's word
    r = extract(HEAD + "全面推行“最多跑一趟”，市县两级公布“最多跑一趟”事项清单。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found["最多跑一趟"] == ["“最多跑一趟”"]
    # nor a manner and its verb after a clause before it (全力守护: how hard it guards)
    r = extract(HEAD + "持续深化营商环境改革，全力守护“三品一特”安全底线，切实推行“一网通办”。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found["三品一特"] == ["“三品一特”"] and found["一网通办"] == ["“一网通办”"]
    # nor a place kg does not know and the verb launching it (推出, 组建: boundaries)
    r = extract(HEAD + "2022年，金龙街道推出“蒲公英”普法，开展“蒲公英”普法活动。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found["蒲公英普法活动"] == ["“蒲公英”普法", "“蒲公英”普法活动"]


def test_the_national_campaign_against_gangs_with_its_words_turned_round(extract):
    # 扫黑除恶常态化斗争 is the 常态化扫黑除恶斗争 of 2021 on
    r = extract(HEAD + "扎实开展扫黑除恶常态化斗争。\n")
    assert canon(r, "Initiative") == {"常态化扫黑除恶斗争"}
    # and by the words of its own title (关于常态化开展扫黑除恶斗争巩固专项斗争成果的意见)
    r = extract(HEAD + "常态化开展扫黑除恶斗争，营造安全稳定的社会环境。\n")
    found = {e["canonical"]: e["aliases"] for e in r["entities"] if e["type"] == "Initiative"}
    assert found == {"常态化扫黑除恶斗争": ["常态化开展扫黑除恶斗争"]}
    # 扫黑除恶斗争, written alone, is named as written (the 专项斗争 before 2021, its
    # continuation after)
    r = extract(HEAD + "深入推进扫黑除恶斗争。\n")
    assert canon(r, "Initiative") == {"扫黑除恶斗争"}


def test_a_quoted_list_of_places_the_law_goes_to_is_one_name_however_long(extract):
    r = extract(HEAD + "深入开展“法律进机关、进乡村、进社区、进学校、进企业、进单位”活动。\n")
    assert canon(r, "Initiative") == {"法律进机关进乡村进社区进学校进企业进单位活动"}


def test_a_head_before_the_tasks_of_its_work_ends_no_name(extract):
    # 示范创建工作任务: the work's tasks; 改革工作 alone is the reform's work
    r = extract(HEAD + "明确示范创建工作任务、要求，完成行政审批制度改革工作。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革"}


def test_the_verb_an_adverb_of_manner_modifies_starts_no_name(extract):
    # 大力宣传数字化改革: 宣传 is what 大力 modifies, the reform is 数字化改革
    r = extract(HEAD + "大力宣传数字化改革、扫黑除恶等相关法律法规，深入推进行政审批制度改革。\n")
    assert canon(r, "Initiative") >= {"数字化改革", "行政审批制度改革"}
    assert not any(n.startswith("宣传") for n in canon(r, "Initiative"))


def test_an_adverb_of_effort_before_the_verb_of_applying_ends_the_name(extract):
    # 全力争创全国…示范市: 争创 is the verb whose object is the title, 全力 how hard; the
    # title names the demonstration programme, and no 全力争创 or 努力争创 is one
    r = extract(HEAD + "全力争创全国法治政府建设示范市，努力争创省级食品安全示范县。\n")
    names = canon(r, "Initiative")
    assert "法治政府建设示范创建" in names
    assert not any(n.endswith("争创") for n in names)


def test_a_word_newer_than_jiebas_dictionary_is_no_preposition(extract):
    # 营商环境对标提升专项行动: 对标 (measuring against the best) is one word jieba guesses,
    # not the preposition 对 and 标; 和综改试验区建设 still ends at the conjunction 和
    r = extract(HEAD + "开展营商环境对标提升专项行动，保障重点工作和综改试验区建设。\n")
    names = canon(r, "Initiative")
    assert "营商环境对标提升专项行动" in names
    assert "标提升专项行动" not in names
    assert not any(n.startswith("和") for n in names)


def test_engineering_construction_projects_are_no_programme(extract):
    # 工程建设项目 (a term of the 招标投标法): its 工程 is no programme's head; the reform of
    # their approval keeps its own, and a 工程 before 建设 still names one
    r = extract(HEAD + "全年累计办理工程建设项目审批事项1216件，深化工程建设项目审批制度改革，推进雪亮工程建设。\n")
    assert canon(r, "Initiative") == {"工程建设项目审批制度改革", "雪亮工程"}


def test_service_reforms_named_by_how_a_service_is_now_given(extract):
    # “证照联办”, “全程网办” are reforms of 放管服; “中联办” is the petitions conference's office
    r = extract(HEAD + "开展“证照联办”，大力推进“全程网办”，“中联办”交办信访事项19件。\n")
    assert canon(r, "Initiative") == {"证照联办", "全程网办"}


def test_a_methods_latin_abbreviation_is_part_of_the_reforms_name(extract):
    # DRG, DIP: the payment methods the reform brings in (按疾病诊断相关分组, 按病种分值)
    r = extract(HEAD + "聚焦职工门诊共济、DIP支付方式改革等领域，深化DRG付费改革。\n")
    assert {"DIP支付方式改革", "DRG付费改革"} <= canon(r, "Initiative")
    assert "支付方式改革" not in canon(r, "Initiative")


def test_the_verb_of_building_before_a_demonstration_title_is_no_part_of_it(extract):
    r = extract("浙江省2022年法治政府建设报告\n要一体协同建设法治中国示范区、平安中国示范区，高质量建设健康中国先行示范区，"
                "积极创建全国法治政府建设示范市。\n")
    assert {"法治中国示范区创建", "平安中国示范区创建", "健康中国先行示范区创建",
            "法治政府建设示范创建"} == canon(r, "Initiative")


def test_a_quoted_verb_and_its_object_is_no_programme(extract):
    # “进项目”“进企业”: the places the 五进 campaign goes to, though 项目 can end a name
    r = extract(HEAD + "开展“益企普法”活动，确保公共法律服务“进项目”“进企业”的精准性。\n")
    assert canon(r, "Initiative") == {"益企普法"}
    # a campaign's verbs before its own head inside the quotation are its name
    r = extract(HEAD + "开展法治绍兴(法治政府)建设“补短迎考攻坚行动”，成立工作专班。\n")
    assert canon(r, "Initiative") == {"补短迎考攻坚行动"}


def test_two_heads_overlapping_end_the_name_at_the_later(extract):
    # 专项整治 and 整治行动 share 整治: the campaign is the 专项整治行动
    r = extract(HEAD + "开展保健品市场虚假宣传专项整治行动，开展打击非法采砂专项整治行动。\n")
    assert canon(r, "Initiative") == {"保健品市场虚假宣传专项整治行动", "打击非法采砂专项整治行动"}


def test_a_works_praise_before_its_head_names_no_programme(extract):
    # the 四个伟大: 伟大工程 is the party's building, praised
    r = extract(HEAD + "统筹推进伟大斗争、伟大工程、伟大事业、伟大梦想，实施雪亮工程。\n")
    assert canon(r, "Initiative") == {"雪亮工程"}


def test_a_bare_quoted_name_stands_for_its_fullest_headed_form(extract):
    # written alone, then with 责任制 and with 普法责任制: the heads lie one inside the other
    r = extract(HEAD + "召开“谁执法谁普法”履职报告评议会，落实“谁执法谁普法”责任制，"
                "推动“谁执法谁普法”普法责任制落实。\n")
    assert canon(r, "Initiative") == {"谁执法谁普法责任制", "谁执法谁普法普法责任制"}
    # (heads not one inside another: no one name it stands for)
    r = extract(HEAD + "推行“双随机”，开展“双随机”监管和“双随机”改革。\n")
    assert "双随机" in canon(r, "Initiative")
    # the system of a work and the system: “三书一函”机制 is the “三书一函”工作机制 named before
    r = extract(HEAD + "创新推行“三书一函”工作机制，建立“三书一函”机制，落实“双审”机制。\n")
    assert canon(r, "Initiative") == {"三书一函工作机制", "双审机制"}


def test_a_whole_or_the_typical_ones_before_a_head_name_nothing(extract):
    # 所有工程: all the works; 典型示范村(社区): the typical ones among a programme's villages
    r = extract(HEAD + "村内所有工程发包均公开招标。涌现出一批依法治理扎实有效的典型示范村(社区)。实施雪亮工程。\n")
    assert canon(r, "Initiative") == {"雪亮工程"}
    # the works of the place, and the cases a reform or a work brings to court
    r = extract(HEAD + "有效助推当地重大工程项目落地，构建涉重大工程行政案件立审执绿色通道，"
                "召开行政复议体制改革案件协调会。\n")
    assert canon(r, "Initiative") == set()
    # works under construction, above the statistics' size
    r = extract(HEAD + "在全市率先实现规模以上在建工程100%复工。\n")
    assert canon(r, "Initiative") == set()


def test_words_that_bound_an_unquoted_name_or_leave_it_none(extract):
    # the higher level's reform, and the work plans of a campaign made finer
    r = extract(HEAD + "对照上级行政审批制度改革取消事项，因地制宜、细化实化专项行动工作安排。\n")
    assert canon(r, "Initiative") == {"行政审批制度改革"}
    # a reform named only by the word for a system (统筹 cut the name before it)
    r = extract(HEAD + "深化政府法律顾问统筹机制改革，推进行政执法体制改革。\n")
    assert canon(r, "Initiative") == {"行政执法体制改革"}
    # grasping a reform's trend
    r = extract(HEAD + "紧紧把握数字化改革大势。\n")
    assert canon(r, "Initiative") == {"数字化改革"}
    # the end of a span (从…到…) and a start (改革开始试点: the reform began its trial)
    r = extract(HEAD + "城市治理已经从治理机制创新到街道行政体制改革，1997年相对集中行政处罚权改革开始试点。\n")
    assert canon(r, "Initiative") == {"街道行政体制改革", "相对集中行政处罚权改革"}
    # a landing (改革落地…试点) and a pilot named only by its place (荣昌试点)
    r = extract(HEAD + "农村居民法治素养精准提升示范建设改革落地荣昌试点。\n")
    assert canon(r, "Initiative") == set()
    # or by its full name, acting (灵丘县试点: the county pilots it)
    r = extract(HEAD + "其中灵丘县试点“容缺受理”。\n")
    assert canon(r, "Initiative") == {"容缺受理"}
    # a count made rough (10个左右), a wait (待…命名后), and the national round alone: the
    # demonstration programme the areas are named in, nothing else
    r = extract(HEAD + "力争打造10个左右国家级法治政府建设示范地区和项目。待第二批国家示范创建命名后一同表彰。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建"}


def test_a_college_named_for_its_field_is_no_programme(extract):
    r = extract(HEAD + "(1.中共山东省委党校,山东 济南 250001;2.山东农业工程学院党委宣传部,山东 济南 250100)"
                "实施雪亮工程。\n")
    assert canon(r, "Initiative") == {"雪亮工程"}


def test_a_short_name_given_to_what_stands_before_is_no_programme(extract):
    # (以下简称“一法两规定”): the short name of the law and two provisions before it
    r = extract(HEAD + "继续开展《中华人民共和国民族区域自治法》《贵州省实施〈中华人民共和国民族区域自治法〉"
                "若干规定》(以下简称“一法两规定”)执法检查，对“一法两规定”开展执法检查。\n")
    assert canon(r, "Initiative") == set()


def test_a_quotation_then_a_verb_and_a_longer_phrase_is_no_name(extract):
    # “打造…营商环境”作出制度设计: the quotation, then 作出 and the design it makes
    r = extract(HEAD + "《总体方案》对 “打造法治化、国际化、便利化营商环境”作出制度设计，推行“复调对接”创新机制。\n")
    assert canon(r, "Initiative") == {"复调对接创新机制"}
    # the goal the whole of the work builds, quoted: no one programme
    r = extract(HEAD + "以推进“法治政府”建设压实政府责任，提出了“法治中国”建设的基本目标。\n")
    assert canon(r, "Initiative") == set()


def test_a_name_and_its_motto_after_a_middle_dot(extract):
    # “法治讲堂·逢九必讲”: a lecture series named by its head, its motto after the dot
    r = extract(HEAD + "积极参加自治区“法治讲堂·逢九必讲”专题法治讲座。参加“法治讲堂•逢五必学”。"
                "围绕“多彩綦江·创新之城”推进工作。\n")
    assert canon(r, "Initiative") == {"法治讲堂·逢九必讲", "法治讲堂•逢五必学"}


def test_a_title_wrapped_inside_a_word_opens_no_name(extract):
    # a PDF's title wrapped inside 行政: its second line is no name's start
    r = extract("县司法局关于2021-2025年度行\n政复议体制改革工作总结报告\n"
                "自新一轮行政复议体制改革启动以来,我县推进各项改革任务。\n")
    assert canon(r, "Initiative") == {"行政复议体制改革"}


def test_the_last_of_a_list_of_titles_before_a_quotation_is_one_of_them(extract):
    # 示范区、示范街镇和示范村(社区)“三级联创”: three titles, each its programme's, then the
    # joint campaign's quoted name (not a title qualifying it, as 法治示范校“一校一品”建设)
    r = extract(HEAD + "开展法治政府建设示范区、法治建设示范街镇和民主法治示范村(社区)“三级联创”工作。\n")
    assert canon(r, "Initiative") == {"法治政府建设示范创建", "法治建设示范街镇创建",
                                      "民主法治示范村(社区)创建", "三级联创"}


def test_full_width_brackets_read_as_half_width_ones_in_a_name(extract):
    # 病种分值（DIP）付费改革 as 病种分值(DIP)付费改革; a heading's number in either is no name's start
    half = extract(HEAD + "推进病种分值(DIP)付费改革,开展中国(北京)自由贸易试验区建设。\n(二)坚持不懈抓改革\n")
    full = extract(HEAD + "推进病种分值（DIP）付费改革，开展中国（北京）自由贸易试验区建设。\n（二）坚持不懈抓改革\n")
    assert canon(full, "Initiative") == canon(half, "Initiative") == {"病种分值(DIP)付费改革", "中国(北京)自由贸易试验区建设"}


def test_a_name_that_ends_the_text_is_kept(extract):
    # excerpts are cut anywhere: a head or a demonstration title as the very last characters
    r = extract(HEAD + "2023年，深入推进行政执法体制改革")
    assert "行政执法体制改革" in canon(r, "Initiative")
    r = extract(HEAD + "2023年，成功创建全国法治政府建设示范区")
    assert "法治政府建设示范创建" in canon(r, "Initiative")


def test_the_places_listed_before_a_reform_carry_it_out(extract):
    r = extract("西乌珠穆沁旗2022年法治政府建设报告\n"
                "巴拉嘎尔高勒镇、浩勒图高勒镇综合行政执法改革稳步推进，下放事项87项。\n")
    assert canon(r, "Initiative") == {"综合行政执法改革"}
    assert {s.rsplit("/", 1)[-1] for s, _ in rels(r, "IMPLEMENTS")} >= {"巴拉嘎尔高勒镇", "浩勒图高勒镇"}
    # one region alone before the name is left as it was read (it may own the programme)
    r = extract("西乌珠穆沁旗2022年法治政府建设报告\n浩勒图高勒镇综合行政执法改革稳步推进。\n")
    assert canon(r, "Initiative") == {"浩勒图高勒镇综合行政执法改革"}


def test_a_quoted_count_of_one_that_governs_a_field_is_a_reform(extract):
    # “一支队伍管执法”: one body, 管, the field (a count of things or a motto is none)
    r = extract(HEAD + "推行“一支队伍管执法”，形成“一张蓝图绘到底”，落实“三个清单”，坚持“一个口子管理”。\n")
    assert canon(r, "Initiative") == {"一支队伍管执法"}
    # explored is carried out too (探索“…”: a county trying the reform)
    r = extract(HEAD + "泽州县探索“一枚印章管审批”。\n")
    assert canon(r, "Initiative") == {"一枚印章管审批"}
    # an aim reached, not a reform carried out
    r = extract(HEAD + "下放执法事项66项，逐步实现“一支队伍管执法”。\n")
    assert canon(r, "Initiative") == set()


def test_a_township_piloting_a_system_is_no_programme(extract):
    # 在…街道试点“…”: the streets pilot it; a township's name before 试点 is no name of a pilot
    # (townships are found in running text only near their county: the name alone decides)
    r = extract("天津市河西区2021年法治政府建设情况报告\n在越秀路街道、挂甲寺街道试点“街道吹哨、部门报到”工作机制。\n")
    assert canon(r, "Initiative") == {"街道吹哨部门报到工作机制"}


def test_a_yearly_round_and_a_theme_year(extract):
    # “清废行动2022”: the campaign with the year of its round; “最多跑一趟”: 福建's 最多跑一次
    r = extract(HEAD + "开展“清废行动2022”，全面推行“一趟不用跑”和“最多跑一趟”。\n")
    assert canon(r, "Initiative") == {"清废行动2022", "一趟不用跑", "最多跑一趟"}
    # a year named for its theme (作风建设年, 安全规范年): its campaign, unquoted
    r = extract(HEAD + "开展作风建设年活动，配合省医保局开展医保基金监管安全规范年行动。今年活动丰富，全年活动12次。\n")
    assert canon(r, "Initiative") == {"作风建设年活动", "医保基金监管安全规范年行动"}
    # a figure and a year alone are no name
    r = extract(HEAD + "开展“2022”，开展“绿盾2020”。\n")
    assert canon(r, "Initiative") == set()


def test_a_head_before_a_head_is_no_name(extract):
    # 加大…力度: the verb opens the clause; 整治 is a head, and a head names nothing before another
    r = extract(HEAD + "加大整治专项行动力度，加大扫黑除恶专项斗争力度。\n")
    assert canon(r, "Initiative") == {"扫黑除恶专项斗争"}


def test_a_count_of_campaigns_and_a_fields_reforms_are_no_names(extract):
    # 四大攻坚战: the four listed before it, counted (jieba's 清|废 must not leave 废四大攻坚战)
    r = extract(HEAD + "推进蓝天、碧水、净土、清废四大攻坚战，打好污染防治攻坚战。\n")
    assert canon(r, "Initiative") == {"污染防治攻坚战"}
    # the reforms of a field, unnamed; a field's campaign keeps its name
    r = extract(HEAD + "深化生态环境领域改革，开展工程领域专项治理。\n")
    assert canon(r, "Initiative") == {"工程领域专项治理"}
    # the rule of law as the field reformed (法治改革, as 法治领域改革)
    r = extract(HEAD + "加强法治建设、规范法治实施、深化法治改革，推进行政复议体制改革。\n")
    assert canon(r, "Initiative") == {"行政复议体制改革"}


def test_a_special_campaign_named_by_a_verb_and_its_object(extract):
    # 严打 (严厉打击), 治超 (治理超限超载): a special campaign is named by the wrong it acts
    # against, cut to two characters, as a publicity month by its topic
    r = extract(HEAD + "深入推进严打专项行动，县交通运输综合行政执法大队开展治超专项行动。\n")
    assert canon(r, "Initiative") == {"严打专项行动", "治超专项行动"}
    # an act every body does, alone, names none (inspections, publicity, a joint one)
    r = extract(HEAD + "开展检查专项行动、宣传专项行动和联合专项行动，开展集中专项整治。\n")
    assert canon(r, "Initiative") == set()
    # 普法 and 执法 still name the systems of their fields (普法责任制, 执法责任制)
    r = extract(HEAD + "落实普法责任制，推行执法责任制。\n")
    assert {"普法责任制"} <= canon(r, "Initiative")


def test_a_provinces_democracy_and_rule_of_law_village(extract):
    # 省级民主法治村: a province's round of the 民主法治示范村(社区) programme, under its own name
    r = extract("长兴县林城镇2022年法治政府建设工作报告\n林城镇开展“法治进文化礼堂”活动，创成省级民主法治村2个。\n")
    assert "民主法治示范村(社区)创建" in canon(r, "Initiative")
    assert ("IMPLEMENTS", "浙江省/湖州市/长兴县/林城镇", "民主法治示范村(社区)创建") in {
        (x["type"], x["source"], x["target"]) for x in r["relations"]}
    # the national title written with 示范 but as no award (…示范村（社区）所在乡镇): the same
    # programme, one name whichever way a report writes it
    r = extract("南召县2023年法治政府建设情况报告\n云阳镇被评为全国民主法治示范村（社区）所在乡镇。\n")
    assert canon(r, "Initiative") == {"民主法治示范村(社区)创建"}



def test_a_maxim_that_turns_its_words_round_is_no_programme(extract):
    # “一把手抓、抓一把手”: the leader takes it in hand, and is taken in hand; a pair of
    # service steps (“一窗受理、一次办结”) is still a reform's name
    r = extract(HEAD + "坚持“一把手抓、抓一把手”，实行“一窗受理、一次办结”。\n")
    assert canon(r, "Initiative") == {"一窗受理一次办结"}


def test_a_responsibility_system_after_the_quoted_name_and_de(extract):
    # 落实“谁执法谁普法”的普法责任制 (中办、国办 2017: 关于实行国家机关“谁执法谁普法”普法责任制的
    # 意见): one system, named as without 的; no second 普法责任制 beside it
    r = extract(HEAD + "全面落实“谁执法谁普法”的普法责任制。严格落实“谁执法谁普法、谁主管谁普法、"
                "谁服务谁普法”的普法责任制度。落实“首问负责”的工作责任制。\n")
    assert canon(r, "Initiative") == {"谁执法谁普法普法责任制", "首问负责工作责任制"}
    # not any word after 的 (“谁执法谁普法”的要求: the system's demands)
    r = extract(HEAD + "按照“谁执法谁普法”的工作要求。\n")
    assert canon(r, "Initiative") == {"谁执法谁普法"}


def test_a_name_joining_a_pair_runs_across_its_conjunction(extract):
    # 衔接, 协同: the word joins the pair written before it with 与, so the pair is the name's
    # (环评与排污许可衔接改革试点, not 排污许可衔接改革试点, which names half of it)
    r = extract(HEAD + "在赣州市开展环评与排污许可衔接改革试点。深化审批与监管协同改革。"
                "推进诉讼与非诉讼衔接机制改革。\n")
    assert canon(r, "Initiative") == {"环评与排污许可衔接改革试点", "审批与监管协同改革",
                                      "诉讼与非诉讼衔接机制改革"}
    # no joining word: 与 still ends the name (法治宣传与|乡村振兴示范创建)
    r = extract(HEAD + "开展法治宣传与乡村振兴示范创建。\n")
    assert canon(r, "Initiative") == {"乡村振兴示范创建"}


def test_an_unquoted_campaign_taking_the_law_to_a_place(extract):
    # 法律进机关、进乡村… (the 法律六进 of the seventh 普法 plan), 送法下乡: the law's words,
    # 进 or 下 and a place, then 活动, name a campaign written without quotation marks too
    r = extract(HEAD + "开展法治进校园活动，覆盖中小学80所。深入开展送法下乡活动。"
                "组织开展法治宣传进企业活动8次。\n")
    assert canon(r, "Initiative") == {"法治进校园活动", "送法下乡活动", "法治宣传进企业活动"}
    assert ("山西省/大同市/平城区", "法治进校园活动") in rels(r, "IMPLEMENTS")
    # the places listed, each with its 进, are one campaign
    r = extract(HEAD + "深入推进法治宣传教育进机关、进乡村、进社区、进学校、进企业、进单位活动。\n")
    assert canon(r, "Initiative") == {"法治宣传教育进机关进乡村进社区进学校进企业进单位活动"}
    # no law among the words before: anyone's visit, no campaign named (党员进社区)
    r = extract(HEAD + "组织党员进社区活动，开展干部下基层活动。\n")
    assert canon(r, "Initiative") == set()
    # quoted, the name is read as it was
    r = extract(HEAD + "开展“法治进校园”活动9次。\n")
    assert canon(r, "Initiative") == {"法治进校园活动"}
