"""Report metadata: title, subject region, date, year."""
import pytest
from conftest import canon, rels

from kg.extract.dates import parse_date_line


@pytest.mark.parametrize("line,iso", [
    ("2021年3月12日", "2021-03-12"), ("  2014年2月20日 ", "2014-02-20"), ("20231018", "2023-10-18"),
    ("2022-01-28", "2022-01-28"), ("二〇二一年三月十二日", "2021-03-12"),
    ("二〇一〇年二月二十六日", "2010-02-26"), ("2021年13月1日", None), ("报告于2021年3月12日", None),
    # the longest a date line gets: a date in Chinese numerals in brackets, then a note of 16
    ("（二〇二二年十二月三十一日）（此件公开发布此件公开发布此件公开）", "2022-12-31"),
    ("  （ 二〇二二年 十二月 三十一日 ）  （此件公开发布此件公开发布此件公开） ", "2022-12-31"),
    ("（二〇二二年十二月三十一日）（此件公开发布此件公开发布此件公开了）", None)])
def test_date_lines(line, iso):
    assert parse_date_line(line) == iso


def test_signature_date_before_publication_date(extract):
    r = extract("山西省人民政府法制办公室关于2013年全省推进依法行政工作的情况报告\n"
                "时间:2014年07月07日\n正文。\n山西省人民政府法制办公室\n2014年2月20日\n")
    assert (r["date"], r["year"], r["subject_region"]) == ("2014-02-20", 2013, "山西省")
    assert r["publisher"] == "山西省人民政府法制办公室"
    # a page that lost its line breaks: the signature runs on after the last sentence
    para = "全省各级行政机关推进依法行政，完善行政执法程序，规范行政执法行为，取得明显成效。" * 3
    r = extract("山西省人民政府法制办公室关于2013年全省推进依法行政工作的情况报告 时间:2014年07月07日 "
                f"{para} 山西省人民政府法制办公室 2014年2月20日 上一条:山西省人民政府法制办公室2014年工作要点\n")
    assert r["date"] == "2014-02-20"
    # …and its title is among the header's fields, which only white space set apart
    r = extract("青政〔2017〕28号《青海省人民政府关于2016年法治政府建设工作的报告》 浏览量:   时间:2019-01-25 "
                f"04:46:43 青海省人民政府关于2016年法治政府建设工作的报告 青政〔2017〕28号  2016年,{para}\n")
    assert (r["title"], r["year"], r["publisher"]) == ("青海省人民政府关于2016年法治政府建设工作的报告", 2016,
                                                      "青海省人民政府")
    # (not its first sentence)
    r = extract(f"2023年,我县坚持以习近平法治思想为指导 {para}\n")
    assert r["title"] == ""
    # a title run into the first paragraph with nothing between (a copy that dropped the
    # line breaks), its year set with spaces by the file (one field, not two)
    r = extract(f"某县 2025 年度法治政府建设情况报告2025 年,全县坚持依法行政 {para}\n")
    assert (r["title"], r["year"]) == ("某县2025年度法治政府建设情况报告", 2025)
    # …and a mirror site's banner run into the title: the title names its publisher
    r = extract("秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度法治政府建设情况的报告"
                f"2023年,省政府坚持依法行政 {para}\n")
    assert (r["title"], r["publisher"]) == ("湖北省人民政府关于2023年度法治政府建设情况的报告", "湖北省人民政府")
    # (a body's first sentence that runs a 情况 into a year is no title: a clause of it)
    r = extract(f"根据要求,现将全县依法行政工作情况2023年,全县坚持依法行政 {para}\n")
    assert r["title"] == ""
    # …not a source's date after the last sentence (《 人民日报 》( 2024年04月02日 07 版))
    r = extract(f"山西省推进依法行政 发布时间:2024-04-28 {para} 《 人民日报 》( 2024年04月02日 07 版)\n")
    assert r["date"] == "2024-04-28"


@pytest.mark.parametrize("written", ["二O二二年三月一日", "二〇二二年三月一日", "（2022年3月1日）",
                                     "二o二二年三月一日", "二0二二年三月一日"])
def test_a_signatures_date_as_pages_type_it(extract, written):
    # a year's zero typed as the letter O or o, or as the digit; a date in brackets
    r = extract(f"平城区2021年法治政府建设报告\n2021年，平城区推进依法行政。\n平城区人民政府\n{written}\n")
    assert r["date"] == "2022-03-01" and r["publisher"] == "山西省大同市平城区人民政府"


@pytest.mark.parametrize("year", ["二〇二二", "二O二二", "２０２２"])
def test_a_titles_year_in_chinese_numerals_or_full_width_digits(extract, year):
    r = extract(f"平城区{year}年法治政府建设情况报告\n平城区坚持依法行政，推进法治政府建设。\n")
    assert r["year"] == 2022


def test_publication_date_when_unsigned(extract):
    r = extract("平城区2020年法治政府建设报告\n发布时间:2021-04-30 10:39 来源: 浏览量:\n正文。\n")
    assert (r["date"], r["year"]) == ("2021-04-30", 2020)


def test_the_body_hosting_the_site_is_named_but_publishes_nothing(extract):
    for host in ("主办:平城区人民政府办公室\n", "主办单位：平城区人民政府办公室 承办单位：平城区大数据中心\n",
                 "版权所有：平城区人民政府办公室 技术支持：某公司\n", "版权所有©平城区人民政府办公室\n"):
        r = extract("平城区2020年法治政府建设报告\n" + host + "发布时间:2021-04-30\n正文。\n" + host)
        assert r["publisher"] is None
        assert "山西省大同市平城区人民政府办公室" in {e["canonical"] for e in r["entities"]}
    # the host's region is the subject of an excerpt that names no other (我局…)
    r = extract("信息来源：司法局  发布时间：2024-01-05\n2023年，我局认真落实县委、县政府决策部署。\n"
                "版权所有：泾源县人民政府 技术支持：某公司\n")
    assert r["subject_region"] == "宁夏回族自治区/固原市/泾源县"


def test_year_from_date_when_title_has_none(extract):
    r = extract("濮阳县法治政府建设领导小组关于示范县创建活动的情况说明\n2023年上半年，完成创建。\n\n20231018\n")
    assert (r["date"], r["year"]) == ("2023-10-18", 2023)


def test_a_yearly_report_written_in_the_first_half_covers_the_year_before(extract):
    # due in the first quarter after the year; the date under the signature is no year it names
    r = extract("濮阳县法治政府建设工作情况报告\n一年来，我县深入推进依法行政。\n\n濮阳县人民政府\n2023年1月10日\n")
    assert (r["date"], r["year"]) == ("2023-01-10", 2022)
    r = extract("濮阳县法治政府建设工作情况报告\n今年以来，我县深入推进依法行政。\n\n濮阳县人民政府\n2023年12月20日\n")
    assert r["year"] == 2023
    # nor is the date in the page's header, when that is all the page names
    r = extract("【发布时间】2024年03月20日 【字体：大 中 小】\n我县深入推进依法行政，法治政府建设取得新成效。\n")
    assert (r["date"], r["year"]) == ("2024-03-20", 2023)
    # a notice is of the year it is written in
    r = extract("濮阳县人民政府关于印发濮阳县行政执法公示办法的通知\n现印发给你们，请认真贯彻执行。\n\n"
                "濮阳县人民政府\n2023年4月10日\n")
    assert r["year"] == 2023


def test_a_month_standing_alone_is_no_opening_year(extract):
    r = extract("关于履行推进法治建设第一责任人职责情况的报告\n2025年2月\n2024年，我坚持以习近平法治思想为指导。\n")
    assert r["year"] == 2024


def test_no_date_at_all(extract):
    r = extract("某地情况说明\n没有日期的正文。\n")
    assert r["date"] is None


def test_subject_and_publisher_from_a_joint_signature(extract):
    r = extract("关于2021年法治政府建设情况的报告\n2021年，我县认真贯彻省委、省政府部署。\n\n"
                "中共滑县委员会  滑县人民政府\n2022年1月10日\n")
    assert r["subject_region"] == "河南省/安阳市/滑县"
    assert r["publisher"] == "中共河南省安阳市滑县委员会"
    assert (r["date"], r["year"]) == ("2022-01-10", 2021)


def test_township_named_in_the_title_is_the_subject(extract):
    r = extract("柳城县龙头镇2025年法治政府建设年度报告\n2025年，龙头镇坚持依法行政。\n")
    assert r["subject_region"] == "广西壮族自治区/柳州市/柳城县/龙头镇"
    # 土城子乡 is two banners' township: neither, and not the one 城子乡 inside its name
    r = extract("土城子乡2022年法治政府建设报告\n2022年，我乡坚持依法行政。\n")
    assert r["subject_region"] is None
    # an ethnic township's name runs long (凤山彝族蒙古族乡, 哈日布日格德音乌拉镇)
    r = extract("凤山彝族蒙古族乡2023年法治政府建设工作报告\n2023年，在大方县委、大方县政府的领导下，我乡坚持依法行政。\n")
    assert r["subject_region"] == "贵州省/毕节市/大方县/凤山彝族蒙古族乡"
    # a name the tables do not hold names no township its end is (梧桐大街街道: no 周村区's
    # 大街街道); one after its county's stem or 关于 is named there
    r = extract("梧桐大街街道2025年度法治政府建设工作报告\n2025年\n")
    assert r["subject_region"] is None
    # a development zone's 街道 is its city's (银杏大街街道 of 安阳高新技术产业开发区)
    r = extract("银杏大街街道2025年度法治政府建设工作报告\n2025年\n")
    assert r["subject_region"] == "河南省/安阳市/银杏大街街道"
    for title in ("濮阳庆祖镇2022年法治政府建设工作报告", "关于庆祖镇2022年法治政府建设情况的报告"):
        r = extract(f"{title}\n2022年，镇党委、镇政府坚持依法行政。\n")
        assert r["subject_region"] == "河南省/濮阳市/濮阳县/庆祖镇"
    # Beijing's 地区 are townships (NBS: 来广营地区, a 乡 whose office is a 地区办事处)
    r = extract("北京市朝阳区来广营地区办事处2023年法治政府建设情况报告\n2023年，来广营地区坚持依法行政。\n")
    assert r["subject_region"] == "北京市/朝阳区/来广营地区"
    r = extract("来广营地区2023年法治政府建设情况报告\n2023年，来广营地区在朝阳区委、区政府的领导下坚持依法行政。\n")
    assert r["subject_region"] == "北京市/朝阳区/来广营地区"


def test_an_excerpts_short_first_paragraph_opens_with_its_township(extract):
    # cut before 50 characters, but opened with its year: a paragraph, whose actor is the
    # township; an info table's row is none
    r = extract("索 引 号: | hedongquhd030801/2025-0000012 | 公开目录: | 法治政府建设 |\n"
                "成文日期: | 2025-02-14 | 发布日期: | 2025-02-14 |\n发布机构: | 河东区汤头街道 |\n"
                "2024年,汤头街道在区委、区政府的坚强领导下,紧密围绕区委中心工作大局,落实党政主要负责人履行法\n")
    assert r["subject_region"] == "山东省/临沂市/河东区/汤头街道"


def test_untitled_township_report_speaking_of_itself(extract):
    r = extract("2025年，下蜀镇坚持以法治思想为指导，为全镇发展提供保障。\n"
                "一、完善制度\n镇党委加强组织领导。\n")
    assert r["subject_region"] == "江苏省/镇江市/句容市/下蜀镇"


def test_an_opening_actor_written_with_its_path_is_the_last_place(extract):
    # the city, district, township and village written out: the page is the township's
    # (the village's, which kg does not place), though the province's titles are named more
    r = extract("广州市番禺区石楼镇大岭村认真开展“民主法治示范村”创建工作，先后荣获“广东省卫生村”"
                "“广东名村”“广东省文明村”“广东省文化和旅游特色村”等称号。\n")
    assert r["subject_region"] == "广东省/广州市/番禺区/石楼镇"


def test_an_opening_department_named_by_its_level_is_the_one_written_out_later(extract):
    # 2023年，市公安局…: the page names other cities as often (宜春—长沙市, a route), but
    # writes its own bureau out once (《宜春市公安局…方案》): the bureau's city; a bureau of
    # another level (县) is no help
    r = extract("2023年，市公安局认真贯彻落实法治政府建设工作部署。针对宜春—长沙市确定“跨省通办”事项8项。"
                "制定落实了《宜春市公安局营商环境提升行动实施方案》。\n")
    assert r["subject_region"] == "江西省/宜春市"
    assert "江西省宜春市公安局" in canon(r, "Agency")
    r = extract("2023年，市公安局认真贯彻落实法治政府建设工作部署。针对宜春—长沙市确定“跨省通办”事项8项。"
                "指导万载县公安局开展执法。\n")
    assert r["subject_region"] != "江西省/宜春市/万载县"


def test_a_township_two_cities_have_placed_by_the_city_its_page_names_by_stem(extract):
    # 洪梅镇 is a town of 东莞 and of 南安; the page builds 法治东莞 (no 东莞镇 of 莒县 either)
    r = extract("2022年，我镇紧扣《法治东莞建设规划(2021—2025年)》的要求推进依法治镇。"
                "制定《中共洪梅镇委全面依法治镇委员会办公室关于2022年度学习宣传贯彻习近平法治思想工作方案》。\n")
    assert r["subject_region"] == "广东省/东莞市/洪梅镇"


def test_county_report_naming_town_bodies_stays_the_county(extract):
    r = extract("滑县2021年法治政府建设情况报告\n各乡镇党委落实责任，城关镇政府推行清单。\n")
    assert r["subject_region"] == "河南省/安阳市/滑县"


@pytest.mark.parametrize("header,iso", [
    ("2023-02-15 14:49\n", "2023-02-15"),
    ("| 索 引 号 | 无 | 发布日期 | 2020-01-10 |\n", "2020-01-10"),
    ("上海市司法局2023年法治政府建设情况报告 (2024-02-26)\n", "2024-02-26")])
def test_dates_in_the_page_header(extract, header, iso):
    r = extract(f"上海市司法局2023年法治政府建设情况报告\n{header}2023年，市司法局推进依法行政。\n")
    assert r["date"] == iso


def test_year_from_the_opening_paragraph_when_untitled(extract):
    r = extract("2017年，山东省全面落实《法治政府建设实施纲要(2015—2020年)》。\n"
                "到2020年基本建成法治政府，2020年的目标。2020年。\n")
    assert r["year"] == 2017
    # a space before 年, as PDFs and some pages write it; the township still opens it
    r = extract("2025 年，大桥江乡在县委、县政府的坚强有力领导下，以习近平新时代中国特色社会主义思想为科学指引，"
                "深入学习贯彻习近平法治思想，全面贯彻落实党中央决策部署。\n")
    assert (r["year"], r["subject_region"]) == (2025, "湖南省/怀化市/麻阳苗族自治县/大桥江乡")
    # the year written in words, as some pages write it (the year and subject as in digits)
    r = extract("二〇二三年，平城区坚持依法行政，推进法治政府建设。到2025年基本建成法治政府。2025年。\n")
    assert (r["year"], r["subject_region"]) == (2023, "山西省/大同市/平城区")
    # a paragraph telling the work since a year long before the page was written opens a
    # span of years, not the year reported; since the year before, it is that year's
    body = "\n2021年以来，平城区深入推进法治政府建设，2023年完成各项任务。\n"
    r = extract("平城区法治政府建设示范创建情况说明\n发布时间：2023-12-20" + body)
    assert r["year"] == 2023
    r = extract("平城区法治政府建设示范创建情况说明\n发布时间：2022-03-20" + body)
    assert r["year"] == 2021


def test_untitled_township_report_found_through_its_district(extract):
    # 东城街道 is a name in a dozen districts; the district's own plan tells which
    r = extract("2022年，在区委、区政府领导下，东城街道落实《广东省法治政府建设实施纲要》"
                "和《清城区2022年法治政府建设工作要点》。现将我街道2022年工作报告如下：\n")
    assert r["subject_region"] == "广东省/清远市/清城区/东城街道"


def test_an_untitled_townships_county_named_by_its_rule_of_law_programme(extract):
    # 城关镇 is a name in some ninety counties; 法治五河 names the county of one of them
    r = extract("在县依法治县办的指导下，城关镇紧紧围绕建设法治五河的总体要求，以规范依法行政为"
                "着力点，统筹推进严格执法、全民守法。现将2024年城关镇法治政府建设工作报告如下：\n")
    assert r["subject_region"] == "安徽省/蚌埠市/五河县/城关镇"


def test_township_named_again_and_again_with_no_larger_region(extract):
    r = extract("2022年，南星街道深入推进依法行政。\n南星街道率先出台裁量基准，街道领导出庭应诉。\n")
    assert r["subject_region"] == "浙江省/杭州市/上城区/南星街道"


def test_township_named_once_as_the_first_paragraphs_actor(extract):
    # a cut excerpt: the township opens the report and is not named again
    r = extract("市委、市政府:\n2025年，下蜀镇坚持以习近平新时代中国特色社会主义思想为指导，深入学习"
                "贯彻党的二十大精神，紧紧围绕上级关于法治建设的部署要求推进各项工作。\n")
    assert r["subject_region"] == "江苏省/镇江市/句容市/下蜀镇"
    # 龙头镇 is a name of many townships: no telling which
    r = extract("2025年，龙头镇始终坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实"
                "习近平法治思想，全方位推进法治政府建设各项工作。\n")
    assert r["subject_region"] is None


def test_a_jiedao_written_as_guangzhou_writes_it(extract):
    # 鹤龙街 is 白云区's 鹤龙街道; 人民街街道 keeps its own 街 (西宁's, not a 人民街道)
    r = extract("2024年，鹤龙街坚持以习近平新时代中国特色社会主义思想为指导，推动法治白云建设。"
                "鹤龙街党工委会议专题学习习近平法治思想5次。\n")
    assert r["subject_region"] == "广东省/广州市/白云区/鹤龙街道"
    assert ("中共广东省广州市白云区鹤龙街道工作委员会", "鹤龙街党工委") in \
        {(e["canonical"], a) for e in r["entities"] for a in e["aliases"]}
    r = extract("城中区委全面依法治区委员会:\n在全面建设社会主义现代化国家新征程上，人民街街道办事处坚持以"
                "习近平法治思想为根本遵循，系统推进法治政府建设，由街道党工委书记任组长。\n")
    assert r["subject_region"] == "青海省/西宁市/城中区/人民街街道"


def test_a_county_speaking_of_itself_named_by_its_stem(extract):
    # 我县 on a page that names only its province in full: the county of that province
    # whose stem it writes as a word (法治宁海: 宁海县)
    r = extract("2024年，我局按照省委决策部署和县委工作要求，扎实推进我县法治市场监管建设，全面提升市场"
                "监管法治化水平。现结合《2024年度法治宁海建设工作要点》等文件精神汇报如下：\n"
                "贯彻落实《浙江省优化营商环境条例》。\n")
    assert r["subject_region"] == "浙江省/宁波市/宁海县"
    # or of its own bureau by the level word, opening a clause (县市场监管局…法治郧西建设)
    r = extract("2023年，县市场监管局认真落实《湖北省法治政府建设实施方案》《湖北省2023年法治政府建设工作要点》，"
                "推进法治郧西建设。\n")
    assert r["subject_region"] == "湖北省/十堰市/郧西县"
    # no county named, by name or stem, but a township of one (柳屯镇: 濮阳县's)
    r = extract("2023年，我局在县委、县政府的坚强领导下，认真落实《河南省法治政府建设实施方案》和"
                "《河南省2023年法治政府建设工作要点》，指导柳屯镇开展法治创建。\n")
    assert r["subject_region"] == "河南省/濮阳市/濮阳县"
    # a city named most, the page speaking as one of its counties, which it never names: whose
    # the report is, the text cannot tell (not the city's)
    r = extract("2023年，县市场监管局在县委、县政府的坚强领导下，认真落实《绍兴市2023年法治政府建设工作要点》。\n")
    assert r["subject_region"] is None
    # (a page that speaks as the city too, 我市, stays the city's)
    r = extract("2023年，在县委、县政府的坚强领导下，我市认真落实《绍兴市2023年法治政府建设工作要点》。\n")
    assert r["subject_region"] == "浙江省/绍兴市"
    # (a district's page: a county's township is no township of its own)
    r = extract("2023年，我局在区委、区政府的坚强领导下，认真落实《河南省法治政府建设实施方案》和"
                "《河南省2023年法治政府建设工作要点》，学习柳屯镇经验。\n")
    assert r["subject_region"] != "河南省/濮阳市/濮阳县"


def test_an_untitled_zones_report_is_its_citys(extract):
    # the zone opens the first paragraph by its city's stem: the city, not the province
    # its plans are named after
    r = extract("2023年，十堰经济技术开发区党工委、管委会在市委、市政府坚强领导下，深入学习贯彻习近平法治思想，"
                "全面落实《法治湖北建设规划(2021-2025年)》文件精神。现将有关情况报告如下：\n")
    assert r["subject_region"] == "湖北省/十堰市"


def test_a_division_whose_name_ends_in_a_zones_kind_is_no_zone(extract):
    # 滨海新区 is a district of 天津, not a zone of 滨海县 (Jiangsu) named after its stem: its
    # government makes what its report makes, unnamed
    r = extract("滨海新区2023年法治政府建设情况报告\n2023年，滨海新区坚持依法行政，推进法治政府建设。\n"
                "制定《滨海新区行政执法办法》。\n")
    assert r["subject_region"] == "天津市/滨海新区"
    assert ("ISSUED", "天津市滨海新区人民政府", "滨海新区行政执法办法") in {
        (x["type"], x["source"], x["target"]) for x in r["relations"]}


def test_a_zone_named_after_its_district_opens_a_page_that_names_no_region(extract):
    # 宁河经济开发区 is run by 天津市宁河区, the one district whose stem is 宁河
    r = extract("经济开发区2024年度法治政府建设情况报告\n2024年宁河经济开发区在区委、区政府的正确领导下，"
                "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神及习近平法治思想。\n")
    assert r["subject_region"] == "天津市/宁河区"


def test_a_city_bureaus_county_branch_reports_on_its_county(extract):
    r = extract("2025年，岳阳市生态环境局岳阳县分局坚持以习近平新时代中国特色社会主义思想为指导，严格对标"
                "《法治政府建设实施纲要(2021—2025年)》要求，将法治政府建设贯穿生态环境保护工作全过程。\n")
    assert r["subject_region"] == "湖南省/岳阳市/岳阳县"
    # a branch named in the title by its district's stem (宿城 for 宿城区), its region by the
    # city's plans and bodies named more
    r = extract("宿迁市自然资源和规划局宿城分局2024年度法治政府建设工作报告\n2024年，我局认真贯彻落实"
                "市局党组和区委、区政府法治建设部署要求，对照《宿迁市法治政府建设实施方案》推进工作。\n")
    assert r["subject_region"] == "江苏省/宿迁市/宿城区"
    assert "江苏省宿迁市宿城区人民政府" in canon(r, "Agency")
    r = extract("深圳市市场监督管理局龙岗监管局2024年法治政府建设年度报告\n2024年，我局坚持依法行政。\n")
    assert r["subject_region"] == "广东省/深圳市/龙岗区"
    # (the city bureau itself: the city)
    r = extract("2025年，岳阳市生态环境局坚持以习近平新时代中国特色社会主义思想为指导，严格对标"
                "《法治政府建设实施纲要(2021—2025年)》要求，将法治政府建设贯穿生态环境保护工作全过程。\n")
    assert r["subject_region"] == "湖南省/岳阳市"


def test_the_sentence_handing_a_report_over_names_its_region(extract):
    # the first paragraph opens with the documents it follows; 现将 names the bureau, whose
    # city lies inside the province the page names more often
    r = extract("根据《法治政府建设与责任落实督察工作规定》《安徽省法治政府建设年度报告制定和公开工作办法》规定要求，"
                "现将池州市生态环境局2025年度法治政府建设工作情况报告如下：\n"
                "学习贯彻习近平法治思想和总书记考察安徽重要讲话精神。\n")
    assert r["subject_region"] == "安徽省/池州市"
    # the year reported on may come first (现将2023年度平城区司法局…): the bureau follows it
    r = extract("根据《山西省贯彻落实法治政府建设年度报告制定的规定》要求，现将2023年度平城区司法局法治政府建设情况"
                "报告如下：一、落实《大同市法治政府建设实施方案》，全面完成大同市下达的各项任务，推进大同市示范创建。\n")
    assert r["subject_region"] == "山西省/大同市/平城区"


def test_a_county_that_names_its_rule_of_law_programme_after_itself(extract):
    # a department's page that names no region: 全县 and 法治始兴建设 (法治 + the place)
    r = extract("2022年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实习近平法治思想，"
                "奋力推动法治始兴建设高质量发展，在全县文旅体市场行业营造了浓厚的法治建设氛围。\n")
    assert r["subject_region"] == "广东省/韶关市/始兴县"
    # a page that does not speak as a county: no telling
    r = extract("2022年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实习近平法治思想，"
                "奋力推动法治始兴建设高质量发展，营造了浓厚的法治建设氛围。\n")
    assert r["subject_region"] is None
    # or the place its modernisation makes anew (现代化新衡山建设)
    r = extract("2024年，我县法治建设工作在县委的坚强领导下，为推进现代化新衡山建设提供了有力法治保障。\n")
    assert r["subject_region"] == "湖南省/衡阳市/衡山县"
    # a stem whose first character makes a word with 治 (法治安远: jieba cuts 法|治安|远)
    r = extract("2023年，我县在县委、县政府的坚强领导下，坚持依法行政，推进法治安远建设。\n")
    assert r["subject_region"] == "江西省/赣州市/安远县"
    # and a stem of four characters (法治吉木萨尔建设)
    r = extract("2023年，我县在县委、县政府的坚强领导下，坚持依法行政，推进法治吉木萨尔建设。\n")
    assert r["subject_region"] == "新疆维吾尔自治区/昌吉回族自治州/吉木萨尔县"
    # a stem that is an everyday word names no county (法治公安: the police's, not 公安县's)
    r = extract("2025年，我局深入贯彻落实党中央、市委、县委决策部署，全面推进法治公安建设，取得了一系列成效。\n")
    assert r["subject_region"] is None


def test_a_township_that_names_its_rule_of_law_programme_after_itself(extract):
    r = extract("2024年，在县委、县政府的坚强领导下，我乡坚持依法行政，明确法治舒桥建设的重点任务与目标。\n")
    assert r["subject_region"] == "浙江省/丽水市/青田县/舒桥乡"
    # 法治 and a name that is no township's there (法治政府建设): no telling
    r = extract("2024年，在县委、县政府的坚强领导下，我乡坚持依法行政，明确法治政府建设的重点任务。\n")
    assert r["subject_region"] is None


def test_an_addressee_run_onto_the_first_paragraph_is_not_its_actor(extract):
    # a page on one line: 国务院 is whom the report goes to, not a national body's own report
    r = extract("国务院: 2015年，在党中央、国务院和河南省委的领导下，我省各级行政机关认真贯彻落实党的十八届"
                "四中全会精神，在推进依法行政、建设法治政府方面取得了新的成效。河南省人民政府加强领导。\n")
    assert r["subject_region"] == "河南省"


def test_a_provinces_short_name_after_fazhi_is_a_word_of_the_page(extract):
    # 法治山西 is 法治/山西 (治山 is a word too, but not here)
    r = extract("2024年，省司法厅全面履行依法治省职能，深化法治山西、法治政府、法治社会一体建设试点。\n")
    assert r["subject_region"] == "山西省"


def test_a_page_speaking_as_a_city_that_names_only_its_province_has_no_subject(extract):
    # 我市 and 考察湖北: one of Hubei's cities, which the page never names
    r = extract("2024年，市司法局党委始终坚持以习近平新时代中国特色社会主义思想为指导，各项工作不断取得"
                "新成效。我市3个集体荣获全国先进集体。及时传达学习习近平总书记考察湖北重要讲话精神。\n")
    assert r["subject_region"] is None
    # or of its leaders as a county's (在县委、县政府的领导下), which still places its township
    r = extract("2024年，在县委、县政府的正确领导下，我局学习《江西省优化营商环境条例》，"
                "落实省人社厅《关于阶段性降低工伤保险费率有关问题的通知》。\n")
    assert r["subject_region"] is None
    r = extract("2025年，黄村镇在县委、县政府的坚强领导下，紧密围绕广东省委“1310”具体部署，"
                "全面提升依法治镇水平。\n")
    assert r["subject_region"] == "广东省/河源市/东源县/黄村镇"
    # an autonomous region calls itself 我区, a municipality 本市
    r = extract("2022年，我区坚持以习近平新时代中国特色社会主义思想为指导，推动内蒙古法治政府建设"
                "取得新进展，内蒙古自治区人民政府把学习贯彻习近平法治思想作为重大政治责任。\n")
    assert r["subject_region"] == "内蒙古自治区"


def test_a_national_bodys_report_is_about_no_region(extract):
    # the regions a ministry's report names are the ones it worked with, not its subject
    r = extract("司法部2023年法治政府建设年度报告\n指导各省（区、市）司法厅（局）落实《法治政府建设实施纲要"
                "（2021—2025年）》。浙江省、广东省率先出台《行政执法监督条例》。\n")
    assert r["subject_region"] is None
    r = extract("2022年，司法部坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                "扎实推进法治政府建设。\n指导浙江省开展试点。\n")
    assert r["subject_region"] is None
    # a local bureau of a national administration is its region's
    r = extract("国家税务总局湖南省税务局2023年法治税务建设情况报告\n2023年，长沙市税务局推进依法治税。\n")
    assert r["subject_region"] == "湖南省"


def test_the_actor_after_a_sentence_about_the_year(extract):
    # 2024年是…之年: the year is that sentence's subject; the report's actor opens the next,
    # and of the 西兴街道 of three cities the one in the province the page names
    r = extract("2024年是全面贯彻落实党的二十大精神的关键之年，也是西兴街道高质量发展的重要之年。"
                "西兴街道始终坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平总书记"
                "考察浙江重要讲话精神，全力推进法治政府建设。\n")
    assert r["subject_region"] == "浙江省/杭州市/滨江区/西兴街道"


def test_an_ambiguous_district_placed_by_its_township(extract):
    # 城中区 is in 西宁 and in 柳州, 人民街街道 in 西宁's 城中区 and in 驻马店: one pair fits;
    # the township is the actor after a setting that ends in 上 (在…新征程上，)
    r = extract("城中区委全面依法治区委员会:\n在全面建设社会主义现代化国家新征程上,人民街街道办事处坚持"
                "以习近平法治思想为根本遵循,认真贯彻落实《城中区2025年法治政府建设工作要点》要求,"
                "系统推进法治政府建设。街道党工委书记任组长。\n")
    assert r["subject_region"] == "青海省/西宁市/城中区/人民街街道"
    # a title naming a district of several cities: the one its streets are in, or none
    title = "市中区2022年法治政府建设情况报告\n2022年，在市委、市政府坚强领导下，市中区坚持依法行政。"
    assert extract(title + "大观园街道、杆石桥街道开展法治示范创建。\n")["subject_region"] == "山东省/济南市/市中区"
    assert extract(title + "\n")["subject_region"] is None


def test_a_province_named_only_by_the_short_name_of_a_visit(extract):
    # an untitled provincial excerpt: 来陕考察 (陕 is 陕西) names its province, 省政府 speaks
    body = ("2023年，省政府深入学习贯彻习近平法治思想，贯通落实习近平总书记历次来陕考察重要讲话重要指示，"
            "在省委坚强领导下，深入推进法治政府建设，依法接受省人大及其常委会监督。\n")
    r = extract(body)
    assert r["subject_region"] == "陕西省"
    assert "陕西省人民政府" in {e["canonical"] for e in r["entities"] if e["type"] == "Agency"}
    # a city's page tells of the same visit: the province is not its subject
    assert extract(body.replace("省政府深入", "市政府深入"))["subject_region"] is None


def test_a_province_named_only_by_its_short_name_in_document_numbers(extract):
    # an untitled department's excerpt: 苏依法办 (苏 is 江苏, 依法办 a body's code) numbers
    # the notice it reports under, and 我省, 全省 speak as a province
    body = ("根据省全面推进依法行政工作领导小组办公室《关于规范报送2019年法治政府建设情况报告的通知》"
            "(苏依法办〔2019〕5号)要求,现将我局2019年度法治政府建设情况报告如下:\n"
            "全省市场主体总量突破千万户。我省获批I类新药6个品规。\n")
    r = extract(body)
    assert r["subject_region"] == "江苏省"
    assert "江苏省全面推进依法行政工作领导小组办公室" in {e["canonical"] for e in r["entities"]}
    # a city's page citing its province's number speaks as a city: the province is not its subject
    assert extract(body.replace("全省市场", "全市市场"))["subject_region"] is None
    # two provinces' numbers: neither is the page's
    assert extract(body.replace("要求,", "和《关于做好年度报告的通知》(浙依法办〔2019〕2号)要求,"))[
        "subject_region"] is None
    # a number with no body's code or kind after the short name (苏〔2019〕5号) names no body
    assert extract(body.replace("苏依法办", "苏"))["subject_region"] is None
    # an autonomous region's short name (宁: 宁夏, and 南京 too) in a page speaking as a 省
    assert extract(body.replace("苏依法办", "宁政发"))["subject_region"] is None


def test_a_page_speaking_only_as_a_province_or_a_city_names_its_divisions_as_examples(extract):
    # 省政府, 全省 and nothing below: the cities and the district it names are its examples
    body = ("2022年，省政府深入推进法治政府建设，为全省高质量发展提供法治保障。积极参加全国法治政府建设示范创建活动，"
            "延安市被命名为全国法治政府建设示范市，西安市莲湖区一个项目被命名为示范项目。\n")
    assert extract(body)["subject_region"] == "陕西省"
    # a city's bureau written out with its city (沈阳市司法局) is one more example, no 市 spoken as
    r = extract("全国率先！2024年，辽宁全面建立政府决策合法性评估协调机制，全省推进依法行政。"
                "沈阳市司法局开展执法监督走访。\n")
    assert r["subject_region"] == "辽宁省"
    # and so is a city's whose name ends in 州 (广州市司法局: no 州's bureau inside the name)
    r = extract("2023年，省政府坚持依法行政，全省推进法治建设，广州市司法局获评先进单位，广州市获评示范市。\n"
                "省委、省政府高度重视法治政府建设。\n")
    assert r["subject_region"] == "广东省"
    # a prefecture's page speaks of its own 州委 as well: it is its own subject
    r = extract("2020年，在省委、省政府和红河州委、州政府的坚强领导下，全州推进法治政府建设。\n")
    assert r["subject_region"] == "云南省/红河哈尼族彝族自治州"
    # so does a page speaking only as a city (市委, 全市, 市司法局) of the counties it names
    body = ("市司法局2023年法治政府建设工作报告\n2023年，在市委、市政府的坚强领导下，市司法局推进依法行政，"
            "全市办理法律援助案件1200件，指导忻府区、原平市开展示范创建。\n")
    assert extract(body)["subject_region"] == "山西省/忻州市"
    # a county's page speaks of its own 县委 as well
    assert extract(body.replace("市司法局推进", "县委推进"))["subject_region"] != "山西省/忻州市"
    # a district's bureau (区司法局) speaks from below the city too
    r = extract("2023年，在市委、市政府和市司法局的指导下，区司法局推进依法行政，指导南关街道、北关街道开展示范创建，"
                "平城区法律援助中心办理案件。\n")
    assert r["subject_region"] == "山西省/大同市/平城区"
    # an autonomous region speaks of itself as 全区, 区党委; a 区委 is a district's
    r = extract("2023年，自治区人民政府坚持依法行政，区党委、区政府高度重视，全区法治政府建设取得成效，"
                "南宁市、柳州市获评全国法治政府建设示范市。\n")
    assert r["subject_region"] == "广西壮族自治区"
    # (the street its first paragraph opens with as the actor, of that district)
    r = extract("2023年，在自治区党委、区委、区政府的坚强领导下，新竹街道推进依法行政，南宁市青秀区司法局指导。\n")
    assert r["subject_region"] == "广西壮族自治区/南宁市/青秀区/新竹街道"
    # a prefecture's page (州委, 州司法局) of its county-level cities; a city's own page among them
    r = extract("2023年，州司法局在州委、州政府的坚强领导下，指导延吉市、图们市开展法治政府建设示范创建。\n")
    assert r["subject_region"] == "吉林省/延边朝鲜族自治州"
    r = extract("2023年，在州委、州政府和市委、市政府的坚强领导下，全市推进依法行政，延吉市司法局指导进学街道、"
                "依兰镇开展示范创建。\n")
    assert r["subject_region"] == "吉林省/延边朝鲜族自治州/延吉市"
    # and a county-level city speaks of itself as 市
    r = extract("2023年，在市委、市政府的坚强领导下，全市推进依法行政，义乌市行政执法局开展执法，"
                "稠城街道、佛堂镇开展示范创建。\n")
    assert r["subject_region"] == "浙江省/金华市/义乌市"
    # a municipality speaks as a 市 (本市, 全市, 市政府办公厅) of the districts it gives as examples,
    # each with its own bodies (黄浦区通过区委中心组学习会)
    r = extract("2021年，全市各区、各部门在市委、市政府的坚强领导下，深入推进法治政府建设。本市印发通知，"
                "市政府办公厅、市发展改革委开展学习。全市16个区也相继举办专题学习会，徐汇区对领导干部开展培训，"
                "黄浦区通过区委中心组学习会、区政府常务会议会前学法等形式开展学习。\n")
    assert r["subject_region"] == "上海市"
    # a municipality's district's bureau written out (重庆市荣昌区公安局) speaks as no 市
    r = extract("2021年，重庆市荣昌区公安局始终坚持以习近平法治思想为指导，推进依法行政。\n")
    assert r["subject_region"] == "重庆市/荣昌区"


def test_an_offices_address_is_no_subject(extract):
    r = extract("根据《法治政府建设实施纲要(2021—2025年)》要求，现将市人社局2022年法治政府建设情况报告予以"
                "公开。如有疑问，请与市人社局法规处联系(地址:天津市和平区建设路18号;邮编:300040)。\n")
    assert r["subject_region"] != "天津市/和平区"


def test_an_office_naming_no_place_but_its_address_is_of_the_level_it_speaks_as(extract):
    # the address names the city (a municipality here) the page speaks as (市人社局, 市委)
    r = extract("现将市人社局2021年法治政府建设情况报告予以公开。如有疑问，请与市人社局法规处联系"
                "(地址:天津市和平区建设路18号;邮编:300040)。\n一、工作开展情况\n"
                "局党组带头学习市委常委会扩大会议精神，印发《市人社局学习宣传实施方案》。\n")
    assert r["subject_region"] == "天津市"
    assert "天津市人力资源和社会保障局" in {e["canonical"] for e in r["entities"]}
    # a county bureau's page: the county its address names; a banner's (旗市场监管局: 市场 is a
    # word, no city's bureau); 全州县's (全州 is its name, no page speaking as the whole of a 州)
    page = ("现将{0}市场监管局2021年法治政府建设情况报告如下。联系地址:{1}人民路1号。\n"
            "{0}市场监管局在{0}委、{0}政府的领导下推进依法行政。\n")
    for level, address, expected in (("县", "平顺县青羊镇", "山西省/长治市/平顺县"),
                                     ("旗", "杭锦旗锡尼镇", "内蒙古自治区/鄂尔多斯市/杭锦旗"),
                                     ("县", "全州县", "广西壮族自治区/桂林市/全州县")):
        assert extract(page.format(level, address))["subject_region"] == expected, address
    # an address naming no division of the level spoken as, or a page speaking as two: none
    for text in ("现将市人社局2021年法治政府建设情况报告予以公开。地址:和平区建设路18号。\n",
                 "市委、县委高度重视法治建设。联系地址:平顺县青羊镇北大街1号。\n"):
        assert extract(text)["subject_region"] is None, text


def test_a_province_naming_one_of_its_cities_stays_the_province(extract):
    r = extract("2016年，山西省全面推进依法行政，山西省各级政府加强领导，太原市率先试点。\n")
    assert r["subject_region"] == "山西省"


def test_a_header_field_is_no_title(extract):
    # an info table written as a list: its fields before the title field are no title
    r = extract("- 索 引 号:370402/2022-00029\n- 主题分类:法治政府建设\n- 发布机构:人力资源和社会保障局\n"
                "- 标 题:平城区人力资源和社会保障局2021年度法治政府建设情况报告\n"
                "2021年以来，区人社局在区委、区政府正确领导下，坚持依法行政，各项工作取得显著成效。\n")
    assert r["title"] == "平城区人力资源和社会保障局2021年度法治政府建设情况报告"
    r = extract("来源：大同市住房和城乡建设局\n" + "2021年，市住建局坚持依法行政，推进法治政府建设。" * 3 + "\n")
    assert r["title"] == ""
    # a table's row holding a field whose value is a report's kind (| 体 裁:报告 |)
    r = extract("| 发布机构:平城区人民政府 | 关 键 词:法制宣传 | |\n| 体 裁:报告 | 生效日期 | 废止日期 |\n"
                "平城区人民政府\n关于平城区2014年度依法行政工作\n开展情况的报告\n"
                "2014年，我区依法行政工作取得新进展。\n")
    assert r["title"] == "关于平城区2014年度依法行政工作开展情况的报告"


def test_an_experience_pieces_headline_after_its_regions_name_is_the_title(extract):
    # a region's name and a colon open it, as a field's label does (来源：…)
    r = extract("首页 > 工作动态 > 经验交流\n安吉县：坚持“三个聚焦” 推动法治政府建设走深走实\n"
                "时间：2022-08-15 来源：湖州市司法局\n近年来，安吉县坚持依法行政。\n")
    assert r["title"] == "安吉县：坚持“三个聚焦” 推动法治政府建设走深走实"
    assert r["subject_region"] == "浙江省/湖州市/安吉县"
    # a field whose label is no region's or body's name is no title
    r = extract("主题分类：法治政府建设工作经验材料汇编\n近年来，安吉县坚持依法行政。\n")
    assert r["title"] == ""


def test_a_crumb_of_the_breadcrumb_trail_is_no_title(extract):
    # each crumb on its own line after >: a column of the site, though it reads as a report's kind
    r = extract("当前位置:首页\n> 政府信息公开\n> 政府信息公开年报\n> 2022年\n"
                "马头铺镇人民政府2022年度政府信息公开工作年度报告\n"
                "本报告依据《中华人民共和国政府信息公开条例》要求编制。\n")
    assert r["title"] == "马头铺镇人民政府2022年度政府信息公开工作年度报告"


@pytest.mark.parametrize("superiors,subject", [
    ("自治区党委、自治区人民政府", "西藏自治区/拉萨市/城关区"),
    ("省委、省政府", "甘肃省/兰州市/城关区"),
    ("市委、市政府", None)])
def test_an_ambiguous_district_placed_by_its_provinces_kind(extract, superiors, subject):
    # 城关区 is a district of 拉萨 (西藏自治区) and of 兰州 (甘肃省)
    r = extract(f"城关区2022年法治政府建设情况报告\n2022年，在{superiors}的坚强领导下，城关区坚持依法行政。\n")
    assert r["subject_region"] == subject


@pytest.mark.parametrize("index", ["370402/2022-00029", "11370402MB2851234X/2022-00029"])
def test_an_info_tables_index_number_places_an_ambiguous_title(extract, index):
    # 市中区 is a district of 济南, 枣庄, 乐山 and 内江; the 索引号 opens with 枣庄's code
    r = extract(f"| 索 引 号 | {index} | 发布机构 | 人力资源和社会保障局 |\n"
                "市中区人力资源和社会保障局2021年度法治政府建设情况报告\n"
                "2021年以来，区人社局在区委、区政府正确领导下，坚持依法行政，各项工作取得显著成效。\n")
    assert r["subject_region"] == "山东省/枣庄市/市中区"
    assert r["publisher"] == "山东省枣庄市市中区人力资源和社会保障局"


def test_a_district_page_placed_by_its_index_number_without_its_label(extract):
    # the page names only its city's documents and speaks as 区政府; the index number,
    # copied without its 索引号 label, opens with 平城区's code
    r = extract("11140213MB1234567X/2023-0012345\n区政府办公室\n2023-12-20\n"
                "区政府常务会议议题解读：关于2023年度法治建设工作情况的汇报\n"
                "十九届区政府第37次常务会议审议了2023年度法治建设工作情况，区司法局梳理总结了全年工作，"
                "依据《大同市2023年度高质量发展综合绩效考核办法》和《大同市法治建设考核评价办法》制定措施。\n")
    assert r["subject_region"] == "山西省/大同市/平城区"
    # a page speaking as its city keeps the city the index number is inside of
    r = extract("11140213MB1234567X/2023-0012345\n"
                "2023年，市政府坚持依法行政，依据《大同市法治建设考核评价办法》推进法治政府建设，"
                "市司法局梳理总结了全年工作，全市法治建设工作成效不断提升。\n")
    assert r["subject_region"] == "山西省/大同市"


def test_a_township_page_placed_by_its_index_number_alone(extract):
    # 龙头镇 is a name of many townships; the info bar's 索引号 (blanked as page furniture)
    # opens with 柳城县's code
    r = extract("[ 索引号 ] 11450222MB1234567X/2025-00012 [ 发文字号 ]\n龙头镇2025年法治政府建设年度报告\n"
                "2025年，龙头镇始终坚持以习近平新时代中国特色社会主义思想为指导，镇党委、镇政府全方位推进"
                "法治政府建设各项工作。\n")
    assert r["subject_region"] == "广西壮族自治区/柳州市/柳城县/龙头镇"


def test_banners_and_body_headings_are_no_title(extract):
    body = "2024年，省市场监管局坚持依法行政，" + "推动行政执法工作取得成效，" * 8 + "成效明显。"
    r = extract(f"辽宁省人民政府\n{body}\n一、行政执法工作情况\n全年办理案件9件。\n")
    assert r["title"] == ""
    r = extract(f"一、主要工作成效\n{body}\n")
    assert r["title"] == ""


def test_bracketed_info_fields_are_no_title_and_name_the_publisher(extract):
    r = extract("[ 索引号 ] 11500230/2026-00004 [ 发文字号 ]\n[ 主题分类 ] 司法、法制 [ 体裁分类 ] 工作报告\n"
                "[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]\n丰都县栗子乡2025年法治政府建设情况报告\n"
                "2025年，乡党委、政府推进法治建设。\n")
    assert r["title"] == "丰都县栗子乡2025年法治政府建设情况报告"
    assert r["publisher"] == "重庆市丰都县栗子乡人民政府"


def test_untitled_report_goes_down_one_line_of_regions(extract):
    r = extract("2024年，区教育局贯彻《浙江省法治政府建设实施纲要》及《杭州市上城区2024年法治政府建设工作要点》，"
                "在区委区政府领导下推进依法治教。\n")
    assert r["subject_region"] == "浙江省/杭州市/上城区"
    # a district the first paragraph opens with, not as a body of it, is one the city names
    r = extract("2022年，平城区被确定为全省法治政府建设示范区创建单位，大同市法治政府建设取得新成效。"
                "大同市全面推进依法行政，落实《大同市法治政府建设实施方案》。\n")
    assert r["subject_region"] == "山西省/大同市"


def test_regions_on_other_branches_named_as_often_give_the_one_they_lie_in(extract):
    # a province's notice listing its cities and counties, each city twice: the province
    r = extract("按照《河北省依法行政考核办法》，现将考核优秀等次单位通报如下：\n"
                "一、市政府：衡水、唐山、沧州、保定、承德。\n"
                "二、县(市、区)政府：唐山市丰南区、承德市兴隆县、衡水市深州市。\n"
                "三、市直部门：唐山市公安局、承德市交通运输局、衡水市财政局、辛集市卫生健康局。\n")
    assert r["subject_region"] == "河北省"


def test_the_end_of_a_period_is_no_year_the_report_covers(extract):
    r = extract("自治区出台贯彻《法治中国建设规划（2020—2025年）》《法治社会建设实施纲要（2021—2025年）》的实施方案，"
                "落实《法治政府建设实施纲要（2021—2025年）》。\n")
    assert r["year"] is None
    # nor in a title: a notice of a plan for 2022-2025, written in 2022
    r = extract("中共抚州市委 抚州市人民政府 关于印发《抚州市法治政府建设实施方案(2022-2025年)》的通知\n"
                "现将《抚州市法治政府建设实施方案(2022-2025年)》印发给你们。\n2022年4月21日\n"
                "为推动法治政府建设率先突破，结合我市实际，制定本实施方案。2022年起实施。\n")
    assert r["year"] == 2022
    # a report of several years written as a period (its own, not in a plan's brackets)
    # covers no one year (null, as GUIDELINES has it where unclear), not the year it was written in
    r = extract("平城区2021—2023年法治政府建设情况报告\n2024年1月，区政府总结三年来的法治政府建设工作。\n")
    assert r["year"] is None


def test_a_target_year_is_no_year_the_report_covers(extract):
    # 到2035年…, 为2035年基本建成…, 2025年前: years a plan looks ahead to
    r = extract("上海法治社会建设规划(2021-2025年)\n党的十九大把法治社会基本建成确立为到2035年基本实现社会主义现代化的"
                "重要目标之一。为2035年基本建成具有世界影响力的社会主义法治城市筑牢坚实基础。到2025年，普法规划全面完成。\n")
    assert r["year"] is None
    # but the first months of a year are that year's (2023年前8个月)
    r = extract("濮阳县法治政府建设情况说明\n截至2023年上半年，梳理审批事项。2022年，接收申请51件。"
                "2023年前8个月，全县行政诉讼案件下降。\n")
    assert r["year"] == 2023


def test_a_city_named_only_by_its_stem_when_the_page_speaks_as_a_city(extract):
    r = extract("2025年，市交通运输局推进法治建设，我市首条高速秦皇岛段建成通车。\n")
    assert r["subject_region"] == "河北省/秦皇岛市"
    r = extract("2025年，交通运输局推进法治建设，首条高速秦皇岛段建成通车。\n")
    assert r["subject_region"] is None            # no city speaking of itself


def test_a_city_named_by_its_stem_beside_its_province_named_in_full(extract):
    # a city the province runs itself (文昌市), its province named only in a plan's title
    body = ("2022年，在省委、省政府的正确领导下，我市坚持以习近平法治思想为指导，护航文昌经济社会"
            "高质量发展。根据《海南省法治政府建设实施方案(2021-2025年)》，制定工作要点。\n")
    assert extract(body)["subject_region"] == "海南省/文昌市"
    # a province's report names its cities' committees (文昌市委), not itself as 我市
    body = ("2022年，海南省坚持以习近平法治思想为指导，护航文昌经济社会高质量发展，文昌市委"
            "推进依法行政。根据《海南省法治政府建设实施方案(2021-2025年)》，制定工作要点。\n")
    assert extract(body)["subject_region"] == "海南省"


def test_a_provincial_departments_page_opening_with_it_by_the_level_word(extract):
    # 省司法厅 opens the first paragraph: the province's page, the city it names an example
    body = "2023年，省司法厅认真落实《浙江省法治政府建设实施方案》，指导绍兴市开展示范创建。\n"
    assert extract(body)["subject_region"] == "浙江省"
    body = "2023年，省市场监管局认真落实《浙江省法治政府建设实施方案》，绍兴市局获评先进。\n"
    assert extract(body)["subject_region"] == "浙江省"
    # an autonomous region's: 区 before a 厅, which only a province-level department heads
    body = "2023年，区司法厅认真落实《广西壮族自治区法治政府建设实施方案》，指导南宁市开展示范创建。\n"
    assert extract(body)["subject_region"] == "广西壮族自治区"
    # (区 before a 局 there is a district's)
    body = ("2023年，区司法局认真落实《广西壮族自治区法治政府建设实施方案》和《南宁市法治政府建设实施方案》，"
            "推进法治青秀建设。\n")
    assert extract(body)["subject_region"] == "广西壮族自治区/南宁市/青秀区"
    # a city's bureau under the provincial department's guidance stays the city's
    body = "2023年，我局在省司法厅的指导下，认真落实《浙江省法治政府建设实施方案》，绍兴市获评示范市。\n"
    assert extract(body)["subject_region"] == "浙江省/绍兴市"


def test_a_city_departments_page_that_names_its_province_more_than_its_city(extract):
    # 省委 above, 市委 its own, the city by its stem (a department's opening, its title lost)
    body = ("2023年，我局紧密围绕省委“1310”具体部署和市委十二届六次全会工作部署，深入打好污染防治攻坚战。"
            "汕头因在治水领域成效显著获得国务院督查激励；我局项目入选广东省推荐申报项目，"
            "获评广东省优秀普法工作项目。\n")
    assert extract(body)["subject_region"] == "广东省/汕头市"
    # the city named in full once, its province twice
    body = ("2023年，我局紧密围绕省委部署和市委全会工作部署，汕头市成效显著；我局项目入选广东省推荐申报项目，"
            "获评广东省优秀普法工作项目。\n")
    assert extract(body)["subject_region"] == "广东省/汕头市"
    # a city whose name ends in 州 named with its bureau (广州市司法局): no page speaking as a 州
    # (州市司法局 is inside the name)
    body = ("2023年，我局在市委、市政府的坚强领导下，紧扣省委“1310”具体部署，认真落实《广东省法治政府建设实施方案》"
            "和《广东省2023年法治政府建设工作要点》，会同广州市司法局开展执法检查。\n")
    assert extract(body)["subject_region"] == "广东省/广州市"
    # no city named at all, one of its districts given as an example: the city that holds it
    body = ("2023年，我局紧密围绕省委部署和市委全会工作部署推进法治建设，澄海区获评示范区；"
            "我局项目入选广东省推荐申报项目，获评广东省优秀普法项目。\n")
    assert extract(body)["subject_region"] == "广东省/汕头市"
    body = ("2023年，市司法局在市委、市政府的领导下，落实《浙江省法治政府建设实施纲要》"
            "《浙江省2023年法治政府建设工作要点》，指导柯桥区开展示范创建。\n")
    assert extract(body)["subject_region"] == "浙江省/绍兴市"
    # its own bureau by the level word (市司法局), the city named in a plan's title once
    body = ("2023年，市司法局认真落实《浙江省法治政府建设实施纲要》《浙江省2023年法治政府建设工作要点》"
            "和《绍兴市2023年法治政府建设工作要点》，推进法治建设。\n")
    assert extract(body)["subject_region"] == "浙江省/绍兴市"
    # a prefecture that is a 州 speaks as one (州司法局), the county-level city it names its own
    body = ("2023年，州司法局认真落实《贵州省法治政府建设实施方案》《贵州省2023年法治政府建设工作要点》，"
            "指导兴义市开展示范创建。\n")
    assert extract(body)["subject_region"] == "贵州省/黔西南布依族苗族自治州"
    # the bodies of two levels, every one of them (市县生态环境局), speak as no city
    body = ("2023年，省生态环境厅认真落实《贵州省法治政府建设实施方案》《贵州省2023年法治政府建设工作要点》，"
            "指导市县生态环境局开展执法，兴义市获评先进。\n")
    assert extract(body)["subject_region"] == "贵州省"
    # districts of two cities: no telling whose
    body = ("2023年，市司法局在市委、市政府的领导下，落实《浙江省法治政府建设实施纲要》"
            "《浙江省2023年法治政府建设工作要点》，学习上城区经验，指导柯桥区开展示范创建。\n")
    assert extract(body)["subject_region"] in (None, "浙江省")
    # a province's page naming a city's committee (汕头市委) speaks as no city
    body = ("2023年，广东省紧密围绕省委部署推进法治建设，汕头市委推进依法行政，汕头成效显著；"
            "广东省获评先进。\n")
    assert extract(body)["subject_region"] == "广东省"
    # a county's page speaks of its own 县委 too: whose the report is, 市委 does not tell
    body = ("2023年，我局在省委、市委和县委的领导下，推进法治建设，汕头成效显著；"
            "广东省获评先进，广东省推荐申报项目。\n")
    assert extract(body)["subject_region"] != "广东省/汕头市"


def test_a_district_speaking_as_我区_that_names_itself_once_in_a_title(extract):
    body = ("2016年，我区深入贯彻视察重庆重要讲话精神，以《重庆市法治政府建设实施方案》为主线，"
            "按照重庆市委部署推进工作。制定《梁平区行政规范性文件管理办法》。\n")
    assert extract(body)["subject_region"] == "重庆市/梁平区"
    # a district department's page: its district's 区委、区政府, the city's plan named more
    body = ("2023年，我分局在区委、区政府的坚强领导下，对照《广州市法治政府建设实施纲要》"
            "《中共广州市增城区委全面依法治区委员会2023年工作要点》，推进广州市法治公安建设。\n")
    assert extract(body)["subject_region"] == "广东省/广州市/增城区"
    # a name two districts share (宁波's 江北区 and 重庆's), in a page of the city named most
    body = ("2024年，区政府办公室严格落实《重庆市法治政府建设实施方案(2021—2025年)》。对照"
            "《江北区2024年国家机关普法责任清单》，现将我办2024年度法治政府建设情况报告如下。\n")
    assert extract(body)["subject_region"] == "重庆市/江北区"
    # an autonomous region calls itself 我区: one county named is not the report's
    body = ("2022年，我区深入贯彻《宁夏回族自治区法治政府建设实施方案》，宁夏回族自治区各级政府"
            "推进依法行政，盐池县创建示范县。\n")
    assert extract(body)["subject_region"] == "宁夏回族自治区"


def test_listed_info_fields_are_no_title_and_name_the_publisher(extract):
    r = extract("  • 发文机关:威海市生态环境局\n    • 主题分类:城乡建设_环境保护_其他\n    • 文件类型:其他文件\n"
                "    • 发文字号:威环发〔2023〕3号\n    • 所属单位:威海市生态环境局\n\n    威海市生态环境局\n\n"
                "    2022年法治政府建设情况工作报告\n\n2022年，市生态环境局深入学习贯彻习近平法治思想。\n")
    # (the body's letterhead above the title is part of it)
    assert r["title"] == "威海市生态环境局2022年法治政府建设情况工作报告"
    assert r["publisher"] == "山东省威海市生态环境局"


def test_a_publishing_field_naming_a_body_and_its_second_name_names_the_first(extract):
    # 司法局(行政复议局): the bureau, then the sign it bears as the reviewing body
    r = extract("关于浦东新区2024年度法治政府建设情况的报告\n索引号 发布机构 司法局(行政复议局)\n"
                "公开类别 主动公开 发布时间 2025-03-31\n2024年，区司法局持续深入学习贯彻习近平法治思想。\n")
    assert r["publisher"] == "上海市浦东新区司法局"


def test_the_body_after_the_titles_year_publishes_it(extract):
    r = extract("2015年武汉市人民代表大会常务委员会工作报告\n2014年，市人大常委会在中共武汉市委领导下依法履职。\n")
    assert r["publisher"] == "湖北省武汉市人民代表大会常务委员会"
    # (a region after the year is no body: 2022年平城区法治政府建设报告 names no publisher so)
    r = extract("2022年平城区法治政府建设报告\n2022年，平城区坚持以习近平法治思想为指导。\n")
    assert r["publisher"] is None


def test_a_party_group_heading_its_report_publishes_it(extract):
    r = extract("中共青岛市交通运输局党组2021年度法治政府建设报告\n  • 索引号 2447335092833488092\n"
                "  • 主题分类 其他\n  • 发文单位 青岛市交通运输局\n  • 规范性文件登记号\n\n"
                "2021年，市交通运输局党组深入学习贯彻习近平法治思想，推进法治政府部门建设。\n")
    assert r["publisher"] == "中共山东省青岛市交通运输局党组"
    r = extract("2021年度法治政府建设报告\n  • 主题分类 其他\n  • 发文单位 青岛市交通运输局\n\n"
                "2021年，市交通运输局党组深入学习贯彻习近平法治思想，推进法治政府部门建设。\n")
    assert r["title"] == "2021年度法治政府建设报告"
    assert r["publisher"] == "山东省青岛市交通运输局"


def test_info_fields_set_apart_by_spaces_are_no_title(extract):
    r = extract("索  引  号 113708120042347000/2026-00508 公开方式 主动公开\n"
                "发布机构 兖州区司法局 组配分类 法治政府建设年报\n成文日期 2026-01-21 废止日期\n有效性\n"
                "济宁市兖州区司法局2025年度法治政府建设情况的报告\n2025年，兖州区司法局坚持以习近平法治思想为指导。\n")
    assert r["title"] == "济宁市兖州区司法局2025年度法治政府建设情况的报告"
    assert r["publisher"] == "山东省济宁市兖州区司法局"


def test_a_title_wrapped_over_lines_below_its_issuer(extract):
    r = extract("西政办〔2020〕20号\n西平县人民政府办公室\n关于印发西平县2020年度法治政府建设\n工作安排的通知\n"
                "各乡镇人民政府，各街道办事处，县直有关单位：\n《西平县2020年度法治政府建设工作安排》已经县政府同意，"
                "现印发给你们，请认真贯彻执行。\n2020年7月8日\n")
    assert r["title"] == "关于印发西平县2020年度法治政府建设工作安排的通知"
    assert r["publisher"] == "河南省驻马店市西平县人民政府办公室"


def test_a_title_cut_after_about_and_its_year(extract):
    r = extract("亳州市生态环境局关于2024年度\n法治政府建设情况的报告\n2024年，我局坚持依法行政。\n")
    assert r["title"] == "亳州市生态环境局关于2024年度法治政府建设情况的报告"
    assert r["year"] == 2024 and r["subject_region"] == "安徽省/亳州市"
    r = extract("县司法局关于2021-2025年度行\n政复议体制改革工作总结报告\n根据上级部署，我县推进改革。\n")
    assert r["title"] == "县司法局关于2021-2025年度行政复议体制改革工作总结报告"
    # (a line that opens with 关于, naming no body)
    r = extract("关于那曲市色尼区2025年度法治政府\n建设情况的报告\n2025年，色尼区坚持依法行政。\n")
    assert r["title"] == "关于那曲市色尼区2025年度法治政府建设情况的报告"
    # (cut after the year and a few of the title's words, below a body's or a region's name)
    r = extract("昌吉州人民政府2024年度法治政府\n建设情况报告\n2024年，昌吉州人民政府坚持依法行政。\n")
    assert r["title"] == "昌吉州人民政府2024年度法治政府建设情况报告"
    assert r["publisher"] == "新疆维吾尔自治区昌吉回族自治州人民政府"
    r = extract("大同市平城区2020年度法治政府\n建设工作报告\n2020年，平城区坚持依法行政。\n")
    assert r["title"] == "大同市平城区2020年度法治政府建设工作报告"


def test_the_title_field_of_an_info_table(extract):
    r = extract("索 引 号 | 11620300013909010R/2025-48086 | 主题分类 | 金政发 |\n发文字号 | 金政发〔2025〕33号 | 制发机构 | |\n"
                "标 题 | 金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知 |\n"
                "永昌县、金川区人民政府，市政府各部门：\n现印发给你们，请认真抓好贯彻落实。\n")
    assert r["title"] == "金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知"
    assert r["publisher"] == "甘肃省金昌市人民政府"
    r = extract("索引号: 11440115MB2D065126/2020-00071 分类: 综合政务\n"
                "名称: 金昌市人民政府办公室关于印发 金昌市2020年依法行政工作要点的通知\n"
                "文号: 金政办函〔2020〕4号 发布日期: 2020-05-26\n各县区人民政府：\n现印发给你们。\n")
    assert r["title"] == "金昌市人民政府办公室关于印发 金昌市2020年依法行政工作要点的通知"
    # the next field on the title's line, after a space
    r = extract("发布机构: 宁国市司法局 主题分类: 公安、安全、司法\n"
                "名称: 宁国市2022年行政复议和行政应诉案件办理情况统计分析报告 文号:\n"
                "生成日期: 2023-03-01\n根据《中华人民共和国行政复议法实施条例》规定，进行了统计分析。\n")
    assert r["title"] == "宁国市2022年行政复议和行政应诉案件办理情况统计分析报告"
    # the table's cells copied as runs of spaces
    r = extract("标      题 西藏自治区人民政府关于2017年度全区法治政府建设情况的报告\n"
                "索引号 000014349/2018-00024 文      号\n\n2017年，在自治区党委、政府的坚强领导下推进依法行政。\n")
    assert r["title"] == "西藏自治区人民政府关于2017年度全区法治政府建设情况的报告"
    # 信息名称, as the info tables of Jiangxi's counties label it
    r = extract("政府信息公开\n信息名称：永修县人民政府2021年法治政府建设年度报告\n生成日期：2022-03-25\n"
                "2021年，永修县认真贯彻落实中央、省、市关于法治政府建设的决策部署。\n")
    assert r["title"] == "永修县人民政府2021年法治政府建设年度报告"
    assert r["publisher"] == "江西省九江市永修县人民政府"


def test_a_page_title_keeps_the_report_not_the_site(extract):
    r = extract("岳阳县人民政府门户网站\n岳阳县2022年法治政府建设年度报告_法治政府建设年度报告_岳阳县人民政府\n"
                "2022年，县人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。\n")
    assert r["title"] == "岳阳县2022年法治政府建设年度报告"
    r = extract("岳阳县2022年法治政府建设年度报告 | 岳阳县人民政府\n2022年，县人民政府推进依法行政。\n")
    assert r["title"] == "岳阳县2022年法治政府建设年度报告"


def test_a_body_signing_under_the_title_publishes_it(extract):
    r = extract("陇南市2014年度依法行政工作情况报告\n\n18.03.2015  13:07\n\n          陇南市人民政府\n          (2015年1月10日)\n\n"
                "2014年，在省委、省政府的坚强领导下，我市依法行政工作取得明显成效。\n")
    assert r["publisher"] == "甘肃省陇南市人民政府"
    assert r["date"] == "2015-01-10"
    r = extract("| 标题:陇南市2014年依法行政年度报告 |\n| 2014年，陇南市政府推进依法行政。 |\n")
    assert r["title"] == "陇南市2014年依法行政年度报告"
    # a mirror site's posting date, day first, where nothing else dates the page
    r = extract("厦门市海沧区政府2015年推进依法行政工作情况及2016年工作打算\n\n25.02.2016  10:00\n\n"
                "      2015年，海沧区扎实开展各项依法行政工作，健全法治政府建设，全面推进依法行政。\n")
    assert r["date"] == "2016-02-25"


def test_a_model_county_is_no_county_named_fan(extract):
    r = extract("关于创建省级法治政府建设示范县工作情况的报告\n2022年，我县积极创建省级法治政府建设示范县，"
                "示范县创建取得成效，县委、县政府高度重视。\n")
    assert r["subject_region"] is None
    r = extract("范县2022年法治政府建设报告\n2022年，范县积极创建省级法治政府建设示范县。\n")
    assert r["subject_region"] == "河南省/濮阳市/范县"


def test_a_columns_tag_is_no_part_of_the_title(extract):
    r = extract("【法治建设报告】湖北省司法厅2022年法治政府建设年度报告\n2022年，省司法厅推进依法行政。\n")
    assert r["title"] == "湖北省司法厅2022年法治政府建设年度报告"
    r = extract("鹤政发〔2025〕4号\n关于完善“府院联动”机制的意见的通知\n各县（区）人民政府：\n现印发给你们。\n")
    assert r["title"] == "关于完善“府院联动”机制的意见的通知"
    # the document's number in brackets before the title, in the info table's field and its
    # heading: the title's body publishes it (not the office the table names as 发文机关)
    r = extract("- 发文机关: 天水市人民政府办公室\n- 标题: [天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告\n"
                "[天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告\n市委:\n"
                "2025年，市政府深入学习贯彻习近平法治思想。\n")
    assert r["title"] == "天水市人民政府关于2025年法治政府建设情况的报告"
    assert r["publisher"] == "甘肃省天水市人民政府"


def test_a_signature_dated_by_month_names_the_publisher(extract):
    r = extract("岳阳县2022年度法治政府建设情况报告\n2022年，县政府推进依法行政。\n岳阳县人民政府\n2023年3月\n")
    assert r["publisher"] == "湖南省岳阳市岳阳县人民政府"
    assert r["date"] is None


def test_a_title_line_in_brackets_after_its_document_number(extract):
    r = extract("甬司〔2024〕5号《宁波市司法局关于2023年度法治政府建设情况的报告》\n"
                "宁波市司法局关于2023年度法治政府建设情况的报告\n市委、市政府：\n现呈送我局2023年度法治政府建设情况报告，请审阅。\n"
                "宁波市司法局\n2024年3月1日\n2023年，局党委召开会议研究法治建设。\n")
    assert r["title"] == "宁波市司法局关于2023年度法治政府建设情况的报告"
    assert r["publisher"] == "浙江省宁波市司法局"
    r = extract("《平城区2022年度法治政府建设报告》\n2022年，区政府推进依法行政。\n")
    assert r["title"] == "平城区2022年度法治政府建设报告"


def test_the_region_an_untitled_report_opens_with_is_its_subject(extract):
    r = extract("2022年，长治市司法局坚持以习近平新时代中国特色社会主义思想为指导，在市委、市政府的坚强领导下，履职尽责，"
                "各项工作取得新成效。平顺县龙溪镇龙镇村等4个村有望被命名为“全国民主法治示范村”。\n")
    assert r["subject_region"] == "山西省/长治市"
    # the district a city's department report opens with is its own, though the city is named more
    r = extract("2022年，上城区司法局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政工作，成效明显。"
                "落实《杭州市法治政府建设实施方案》《杭州市法治社会建设实施方案》。\n")
    assert r["subject_region"] == "浙江省/杭州市/上城区"
    # a district the first paragraph opens with, not as a body of it, is one the city names
    r = extract("2022年，平城区被确定为全省法治政府建设示范区创建单位，大同市法治政府建设取得新成效。"
                "大同市全面推进依法行政，落实《大同市法治政府建设实施方案》。\n")
    assert r["subject_region"] == "山西省/大同市"


def test_a_region_one_goes_to_is_not_the_subject(extract):
    r = extract("2022年，我局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，推进法治建设。"
                "局党委书记亲自带队到永川区学习法治政府建设经验。拟定《荣昌区法治政府建设实施方案》。\n")
    assert r["subject_region"] == "重庆市/荣昌区"


def test_a_letter_spaced_heading_and_a_dated_title(extract, read):
    body = "2022年，县政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n"
    r = extract(read("武 功 县 2022 年 法 治 政 府 建 设 年 度 报 告\n" + body))
    assert (r["title"], r["subject_region"]) == ("武功县2022年法治政府建设年度报告", "陕西省/咸阳市/武功县")
    r = extract("武功县2022年法治政府建设年度报告（2023-03-28）\n" + body)
    assert r["title"] == "武功县2022年法治政府建设年度报告" and r["date"] == "2023-03-28"


def test_a_signature_on_one_line_or_with_a_note_after_its_date(extract):
    body = "武功县2022年法治政府建设年度报告\n2022年，县政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。\n"
    r = extract(body + "武功县人民政府 2023年3月28日\n")
    assert (r["publisher"], r["date"]) == ("陕西省咸阳市武功县人民政府", "2023-03-28")
    r = extract(body + "武功县人民政府\n2023年3月28日（此件公开发布）\n")
    assert (r["publisher"], r["date"]) == ("陕西省咸阳市武功县人民政府", "2023-03-28")
    # a sentence ending in a date signs nothing
    r = extract(body + "县政府常务会议审议通过本报告， 2023年3月28日\n")
    assert r["publisher"] is None
    # the signer's region names an untitled report's subject
    r = extract("2022年，县政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设，成效明显。\n"
                "武功县人民政府 2023年3月28日\n")
    assert r["subject_region"] == "陕西省/咸阳市/武功县"
    # the links a portal lists under the report, each a title and its day, sign nothing: the
    # signature above them dates the report, and they cover no year of it
    r = extract(body + "武功县人民政府\n2023年3月28日\n最新动态\n武功县召开全面依法治县委员会会议 2024-12-29\n"
                "武功县2021年法治政府建设年度报告 2022-03-15\n")
    assert (r["publisher"], r["date"], r["year"]) == ("陕西省咸阳市武功县人民政府", "2023-03-28", 2022)


def test_a_report_of_a_unit_named_after_the_region_it_serves_is_about_that_region(extract):
    # a national administration's local unit, a customs district: its report is about the
    # region its name holds by its stem (大同, the one the page's province holds), and it is
    # the unnamed actor of its own documents
    r = extract("国家统计局大同调查队2023年法治政府建设工作报告\n2023年，我队在国家统计局山西调查总队和"
                "市委、市政府的领导下推进依法统计，制定《大同调查队统计执法检查工作方案》。\n")
    assert (r["subject_region"], r["publisher"]) == ("山西省/大同市", "国家统计局大同调查队")
    assert rels(r, "ISSUED") == {("国家统计局大同调查队", "大同调查队统计执法检查工作方案")}
    r = extract("青岛海关2023年法治政府建设情况报告\n2023年，青岛海关制定《青岛海关行政执法公示办法》。\n")
    assert (r["subject_region"], r["publisher"]) == ("山东省/青岛市", "青岛海关")
    assert rels(r, "ISSUED") == {("青岛海关", "青岛海关行政执法公示办法")}


def test_a_development_zones_report_is_about_its_city(extract):
    r = extract("大同经济技术开发区管理委员会2022年法治政府建设工作报告\n2022年，开发区管委会坚持以习近平法治思想为指导，"
                "深入推进依法行政，制定《大同经济技术开发区行政执法公示办法》。\n")
    assert r["subject_region"] == "山西省/大同市"
    # the zone's committee made it (开发区管委会: the zone the title names), not the city's government
    assert rels(r, "ISSUED") == \
        {("山西省大同经济技术开发区管理委员会", "大同经济技术开发区行政执法公示办法")}
    # the zone's own place between its city and its kind, after the province
    r = extract("山西大同御河经济开发区管委会2022年度法治政府建设工作报告\n2022年，开发区深入推进依法行政。\n")
    assert r["subject_region"] == "山西省/大同市"
    # (a county's stem there is the county's zone)
    r = extract("大同云州经济开发区2022年法治政府建设情况报告\n2022年，开发区深入推进依法行政。\n")
    assert r["subject_region"] == "山西省/大同市/云州区"
    # a zone's kind opening a street's whole name is no zone (浮山新区街道: 青岛's, not 浮山县's)
    r = extract("浮山新区街道2022年法治政府建设工作报告\n2022年，街道党工委深入推进依法行政。\n")
    assert r["subject_region"] == "山东省/青岛市/市北区/浮山新区街道"


def test_a_title_opening_with_a_zone_after_its_year_is_the_zones_report(extract):
    # the zone's committee made its plan, not the municipality's government
    r = extract("2022年天津经济技术开发区法治政府建设情况报告\n2022年，经开区管委会坚持依法行政，"
                "制定出台《天津经济技术开发区法治政府建设实施方案》。\n")
    assert r["subject_region"] == "天津市"
    assert rels(r, "ISSUED") == \
        {("天津经济技术开发区管理委员会", "天津经济技术开发区法治政府建设实施方案")}
    # a zone one with its district: the district government's report
    r = extract("高新区(新市区)人民政府2024年法治政府建设工作报告\n2024年，区人民政府坚持依法行政，"
                "出台《高新区(新市区)行政机关负责人出庭应诉制度》。\n")
    assert ("新疆维吾尔自治区乌鲁木齐市新市区人民政府", "高新区(新市区)行政机关负责人出庭应诉制度") \
        in rels(r, "ISSUED")


def test_a_zone_in_the_title_outweighs_a_city_the_body_studies(extract):
    # the zone's bureau studies a notice about another province's city, named twice
    r = extract("武汉经开区统计局关于2025年度法治政府建设情况的报告\n今年以来，区统计局扎实推进依法行政。"
                "重点学习《关于把云南省曲靖市统计造假的典型案例作为反面教材的通知》，曲靖市的教训深刻。\n")
    assert r["subject_region"] == "湖北省/武汉市"


def test_a_zone_the_report_is_handed_over_for_issues_its_own_documents(extract):
    # 郑东新区 is no division: the page opens with 我区 and hands the zone's report over; the
    # zone's committee made its documents, not the city's government
    r = extract("2025年，在市政府的正确领导下，我区深入学习贯彻习近平新时代中国特色社会主义思想，扎实推进"
                "法治政府建设，现将郑东新区2025年度法治政府建设情况报告如下：\n制定《郑东新区2025年度领导干部学法计划》。"
                "学习《郑州市地方立法条例》。\n")
    assert r["subject_region"] == "河南省/郑州市"
    assert not [x for x in r["relations"] if x["type"] == "ISSUED" and "学法计划" in x["target"]]


def test_a_zone_opening_with_the_municipality_that_runs_it_is_a_zone(extract):
    # 天津 opens the zone's name, no division's name runs into its kind: the zone's committee
    # made its documents (浦东新区, below, is a division)
    r = extract("2025年，天津经济技术开发区管理委员会坚持以习近平新时代中国特色社会主义思想为指导，按照天津市、"
                "滨海新区决策部署，积极推进法治政府建设。\n制定《经开区2025年法治政府建设工作要点》。\n")
    assert r["subject_region"] == "天津市"
    assert not [x for x in r["relations"] if x["type"] == "ISSUED"]
    # and so it is in a long report's later sections, read apart from its opening
    filler = "经开区持续优化营商环境，推进依法行政。\n" * 6000
    r = extract("2025年，天津经济技术开发区管理委员会坚持以习近平新时代中国特色社会主义思想为指导，按照天津市、"
                "滨海新区决策部署，积极推进法治政府建设。\n" + filler + "制定《经开区2025年法治政府建设工作要点》。\n")
    assert "经开区2025年法治政府建设工作要点" in canon(r, "Regulation")
    assert not [x for x in r["relations"] if x["type"] == "ISSUED"]


def test_a_zones_report_without_a_title_opens_with_the_zone(extract):
    r = extract("2023年，高新区坚持以习近平法治思想为指导，推进珠海市法治建设，区党工委、区管委会"
                "印发《高新区2023年法治政府建设工作要点》等文件。\n")
    assert r["subject_region"] == "广东省/珠海市"
    # (its bodies by the kind's last character: the zone of that kind after its city's stem)
    assert rels(r, "ISSUED") == {(body, "高新区2023年法治政府建设工作要点")
                                 for body in ("中共广东省珠海高新区工作委员会", "广东省珠海高新区管理委员会")}
    # a district named 新区 is a division: its government made it
    r = extract("2023年，浦东新区坚持以习近平法治思想为指导，推进依法行政工作，区政府"
                "印发《浦东新区2023年法治政府建设工作要点》等文件。\n")
    assert rels(r, "ISSUED") == {("上海市浦东新区人民政府", "浦东新区2023年法治政府建设工作要点")}


def test_a_city_of_an_autonomous_region_speaking_as_我市(extract):
    body = ("2022年，在自治区党委、政府的领导下，我市深入贯彻《广西壮族自治区法治政府建设实施方案》"
            "《广西壮族自治区重大行政决策程序规定》，柳州市各部门推进依法行政。\n")
    assert extract(body)["subject_region"] == "广西壮族自治区/柳州市"


def test_a_departments_letterhead_above_a_title_that_opens_with_its_year(extract):
    r = extract("吴忠市红寺堡区民政局\n2023年法治政府建设年度总结报告\n"
                "2023年以来，在区委、区政府的领导下，我局推进依法行政。\n")
    assert r["title"] == "吴忠市红寺堡区民政局2023年法治政府建设年度总结报告"
    assert r["publisher"] == "宁夏回族自治区吴忠市红寺堡区民政局"
    assert r["subject_region"] == "宁夏回族自治区/吴忠市/红寺堡区"
    # or one that opens with 关于
    r = extract("巫溪县大河乡人民政府\n关于法治政府建设的情况报告\n2025年，大河乡推进依法行政。\n")
    assert r["title"] == "巫溪县大河乡人民政府关于法治政府建设的情况报告"
    assert r["publisher"] == "重庆市巫溪县大河乡人民政府"
    # a township's government after its municipality's and district's names
    r = extract("重庆市铜梁区西河镇人民政府\n2023年法治政府建设工作报告\n今年以来，我镇推进依法行政。\n")
    assert r["title"] == "重庆市铜梁区西河镇人民政府2023年法治政府建设工作报告"
    # a joint letterhead: a party committee and its government
    r = extract("惠委〔2026〕17号\n中共惠安县委 惠安县人民政府\n关于2025年度法治政府建设工作情况的报告\n"
                "中共泉州市委、泉州市人民政府:\n2025年，惠安县推进依法行政。\n")
    assert r["title"] == "中共惠安县委 惠安县人民政府关于2025年度法治政府建设工作情况的报告"


def test_a_letterhead_above_the_title_headed_again_under_it(extract):
    # the page heads the title, its info table names it, then the document under its letterhead
    r = extract("2021年法治政府建设工作情况报告\n名 称:2021年法治政府建设工作情况报告\n发布日期:2022-03-31\n"
                "眉山市彭山区公义镇人民政府\n2021年法治政府建设工作情况报告\n2021年，我镇推进依法行政。\n")
    assert r["publisher"] == "四川省眉山市彭山区公义镇人民政府"


def test_a_portals_banner_above_a_bodys_title_is_not_joined(extract):
    r = extract("禄丰市人民政府\n中村乡人民政府关于2022年法治政府建设工作情况报告\n"
                "2022年，中村乡推进依法行政。\n")
    assert r["title"] == "中村乡人民政府关于2022年法治政府建设工作情况报告"
    # an info table's field whose label the page's furniture took, its value left alone above
    r = extract("• 索 引 号:wanghe/2026-00009\n  • 发布机构:王河乡\n  • 公开方式:公开\n"
                "王河镇人民政府关于2025年法治政府建设的报告\n发布日期:2026-03-06\n\n"
                "2025年，在县委、县政府的正确领导下，王河镇推进依法行政。\n")
    assert r["title"] == "王河镇人民政府关于2025年法治政府建设的报告"


def test_a_title_naming_its_body_by_level_under_a_header_naming_it_in_full(extract):
    # the portal's top bar (湖北政府网) says nothing of the subject; the info line does
    r = extract("中国政府网|湖北政府网|繁体|无障碍\n2026-01-20 17:01  |  武汉市水务局\n"
                "市水务局2025年度法治政府建设情况报告\n"
                "2025年，我局按照省委、市委要求推进法治建设，学习《湖北省人民政府办公厅关于印发"
                "提升行政执法质量实施方案的通知》。\n")
    assert r["subject_region"] == "湖北省/武汉市"
    assert r["publisher"] == "湖北省武汉市水务局"


def test_a_township_many_divisions_bear_is_the_one_under_the_kind_its_superiors_name(extract):
    # three towns are called 东庄镇; one lies in a 区 (秀屿区), the others in 县
    body = "区委、区政府:\n2024年，在区委、区政府的领导下，我镇推进依法行政，纳入东庄镇发展规划。\n"
    assert extract(body)["subject_region"] == "福建省/莆田市/秀屿区/东庄镇"
    # two 牛田镇, both in a 县: no telling which
    body = "2024年，在县委、县政府的领导下，我镇推进依法行政，牛田镇全年办结案件。\n"
    assert extract(body)["subject_region"] is None


def test_a_township_many_divisions_bear_is_the_one_the_page_also_names_by_a_name_its_alone(extract):
    # three towns are called 王河镇, two under a 县; the info table gives the town's old
    # name, 王河乡, which one of them alone bore
    page = ("发布机构:王河乡\n王河镇人民政府关于2025年法治政府建设的报告\n"
            "2025年，在县委、县政府的正确领导下，王河镇推进依法行政，镇党委专题学法3次。\n")
    assert extract(page)["subject_region"] == "甘肃省/天水市/清水县/王河镇"
    # without the old name the page names one of the two 王河镇 under a 县: no subject
    assert extract(page.split("\n", 1)[1])["subject_region"] is None


def test_a_township_many_divisions_bear_is_the_one_whose_villages_the_page_names(extract):
    # six towns are called 三都镇; 三江口村 and 乌祥村 are villages of 建德市's
    title = "三都镇2025年法治政府建设年度报告\n2025年，三都镇深入学习贯彻习近平法治思想。"
    r = extract(title + "三江口村、乌祥村获评民主法治示范村。\n")
    assert r["subject_region"] == "浙江省/杭州市/建德市/三都镇"
    assert "浙江省/杭州市/建德市/三都镇/乌祥村" in {e["canonical"] for e in r["entities"]}
    # one village's name, which several of them have (三都村), places none
    assert extract(title + "三都村获评民主法治示范村。\n")["subject_region"] is None


def test_a_sites_banners_over_the_reports_heading_are_no_title(extract):
    # a special column's banners (its topic, its campaign) above the breadcrumb and the heading
    page = ("法治政府建设\n某某市创建全国法治政府建设示范市\n本专题内容由司法局发布\n"
            "当前位置: 法治政府建设专栏>法治政府工作报告\n济源市人民政府关于2025年度法治政府建设情况的报告\n"
            "来源:司法局 发布日期:2026-01-22\n\n2025年，济源市深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n")
    r = extract(page)
    assert r["title"] == "济源市人民政府关于2025年度法治政府建设情况的报告"
    assert r["publisher"] == "河南省济源市人民政府"
    # nor joined to the heading of its own right below it
    r = extract("法治政府建设\n济源市人民政府关于2025年度法治政府建设情况的报告\n来源:司法局\n\n"
                "2025年，济源市深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n")
    assert r["title"] == "济源市人民政府关于2025年度法治政府建设情况的报告"
    # (a banner with its region and year, above a heading that opens with its region and year)
    r = extract("平城区2024年法治政府建设专栏\n平城区2024年法治政府建设报告\n"
                "2024年，平城区坚持以习近平法治思想为指导，推进法治政府建设。\n")
    assert r["title"] == "平城区2024年法治政府建设报告"
    # a spam mirror's name after the page's title, the heading clean below it
    r = extract("金华市教育局关于2023年法治政府建设工作情况的报告-某某娱乐\n朗读\n金华市教育局关于2023年法治政府"
                "\n建设工作情况的报告\n2023年，市教育局推进依法治校。\n")
    assert r["title"] == "金华市教育局关于2023年法治政府建设工作情况的报告"
    # a headline that names no report, with no report's heading after it, stays the title
    r = extract("坚持依法行政 推进法治政府建设\n来源：某某县司法局\n文种：工作报告\n2023年，某某县推进依法行政。\n")
    assert r["title"] == "坚持依法行政 推进法治政府建设"


def test_a_web_pages_header_with_blank_lines_between_its_fields(extract):
    # an HTML page's text: a blank line after every element, a menu a line per item
    menu = "\n\n".join(["平城区人民政府", "政务公开", "政务服务", "互动交流", "政府信息公开", "法治政府建设",
                          "平城区2021年法治政府建设报告", "来源：平城区司法局", "发布时间：2022-03-01"])
    r = extract(menu + "\n\n2021年，平城区推进依法行政，法治政府建设取得新成效，现将有关情况报告如下，"
                "一是加强组织领导，二是完善制度体系，三是规范行政执法。\n")
    assert r["date"] == "2022-03-01" and r["publisher"] == "山西省大同市平城区司法局"


# the rest of a report: lines enough that a signature near its top is no signature at its end
BODY = "".join(f"（{n}）推进依法行政。\n" for n in "一二三四五六")


def test_the_title_is_the_heading_not_the_pages_title_field(extract):
    # the page's <title> (title_column_site) comes first; the publisher signs under the heading
    r = extract("平城区2021年法治政府建设报告_政务公开_平城区人民政府\n政务公开\n"
                "平城区2021年法治政府建设报告\n平城区人民政府\n2022年3月1日\n"
                "2021年，平城区推进依法行政，法治政府建设取得新成效，现将有关情况报告如下，"
                "一是加强组织领导，二是完善制度体系，三是规范行政执法。\n" + BODY)
    assert r["publisher"] == "山西省大同市平城区人民政府"


def test_a_notice_signed_above_the_title_of_the_document_it_issues(extract):
    r = extract("各市司法局:\n现将《平城区法治政府建设实施方案》印发给你们，请认真贯彻落实。\n"
                "平城区司法局\n2016年10月14日\n平城区法治政府建设实施方案\n"
                "为贯彻落实《法治政府建设实施纲要(2015—2020年)》，结合实际，制定本实施方案，"
                "一是加强组织领导，二是完善制度体系，三是规范行政执法。\n" + BODY)
    assert r["publisher"] == "山西省大同市平城区司法局"


def test_a_page_that_lost_its_line_breaks_keeps_its_header_date(extract):
    r = extract("吉林市2022年度法治政府建设工作报告 2023-02-15 14:49 2022年，吉林市坚持以习近平法治思想为统领，"
                "扎实推进法治政府建设，依法全面正确履行政府职能，持续深化简政放权，严格规范公正文明执法，"
                "优化营商环境。2022年3月1日，市政府召开常务会议。")
    assert r["date"] == "2023-02-15"
    # a date in the body's first sentence is no header's
    r = extract("2022年3月1日，吉林市召开法治政府建设工作会议，扎实推进法治政府建设，依法全面正确履行政府职能，"
                "持续深化简政放权，严格规范公正文明执法，优化营商环境，依法保护企业合法权益，"
                "全市依法行政水平取得新进展新成效。")
    assert r["date"] is None


def test_an_info_tables_title_field_ends_at_the_next_field(extract):
    r = extract("索引号 | 123 | 发布机构 | 平城区司法局\n标 题 | 平城区2021年法治政府建设报告 | 成文日期 | 2022-03-01\n"
                "2021年，平城区坚持以习近平法治思想为指导，深入推进依法行政，加快建设法治政府，法治政府建设"
                "取得新成效，现将有关情况报告如下，一是加强组织领导，二是完善制度体系。\n")
    assert (r["title"], r["date"], r["publisher"]) == ("平城区2021年法治政府建设报告", "2022-03-01",
                                                       "山西省大同市平城区司法局")


def test_a_report_given_at_a_meeting_is_dated_the_day_it_was_given(extract):
    # the dateline under a report to the people's congress, before the page's 发布时间
    r = extract("省人民政府关于2015年依法行政工作的报告\n发布时间:2016-06-28 11:24:58\n"
                "——2016年3月29日在省十二届人大常委会第二十二次会议上\n甘肃省人民政府副秘书长\n"
                "2015年是全面依法治国的开局之年，在省委、省人大的领导和监督下，全省各级政府和部门深入贯彻"
                "党的十八大精神，依法行政各项工作稳步推进，法治政府建设取得新成效。\n")
    assert r["date"] == "2016-03-29"


def test_an_empty_title_field_is_no_title(extract):
    # | 名称: | |||: the table left it empty; the title is the heading below, its body above it
    r = extract("| 索引号: | 4300000001/2026-00628 | 分类: | |\n| 名称: | |||\n东安县应急管理局\n2025年法治政府建设报告\n"
                "东安县应急管理局坚持以习近平法治思想为统揽，全面贯彻落实国家和省市关于法治建设的各项重要部署，"
                "在县委县政府的坚强领导下，坚持依法履职。\n")
    assert (r["title"], r["publisher"]) == ("东安县应急管理局2025年法治政府建设报告", "湖南省永州市东安县应急管理局")


@pytest.mark.parametrize("site", ["-大同市人民政府", "—平城区人民政府门户网站", "_法治政府建设_平城区人民政府",
                                  " - 政务公开 - 平城区政府网", "|大同市人民政府", "｜平城区人民政府门户网站"])
def test_a_pages_title_line_without_its_site(extract, site):
    # (a city's site names a county's report: the site's name is no part of the title)
    r = extract(f"平城区2021年法治政府建设报告{site}\n2021年，平城区推进依法行政。\n")
    assert (r["title"], r["subject_region"]) == ("平城区2021年法治政府建设报告", "山西省/大同市/平城区")


def test_a_sites_banner_above_a_title_naming_its_region_is_no_publisher(extract):
    r = extract("大同市人民政府\n平城区2021年法治政府建设报告\n2021年，平城区推进依法行政，法治政府建设"
                "取得新成效，现将有关情况报告如下，一是加强组织领导，二是完善制度体系，三是规范行政执法。\n"
                + BODY + "平城区人民政府\n2022年3月1日\n")
    assert r["publisher"] == "山西省大同市平城区人民政府"
    # a township's report on its county's site: the county's banner, and the site's section
    r = extract("左贡县人民政府\n政府信息公开\n碧土乡2024年法治政府建设情况报告\n2024年，在县委、县政府的坚强领导下，"
                "碧土乡推进依法治乡工作，现将有关情况报告如下。\n")
    assert r["subject_region"] == "西藏自治区/昌都市/左贡县/碧土乡" and r["publisher"] is None


@pytest.mark.parametrize("field", ["制发机构 | 平城区司法局 | 有效性 |", "供稿单位：平城区司法局", "发布部门: 平城区司法局",
                                   "供稿：平城区司法局 发布时间：2022-03-01",
                                   "浏览次数:信息来源: 区司法局发布时间:2022-03-01 16:34"])
def test_more_of_the_fields_portals_name_a_publisher_by(extract, field):
    r = extract(f"{field}\n2021年，平城区推进依法行政，法治政府建设取得新成效，现将有关情况报告如下，"
                "一是加强组织领导，二是完善制度体系，三是规范行政执法。\n")
    assert r["publisher"] == "山西省大同市平城区司法局"


def test_a_sites_banner_above_a_year_title_naming_its_region_is_not_joined(extract):
    r = extract("平城区司法局\n2021年平城区法治政府建设报告\n2021年，平城区推进依法行政，法治政府建设取得新成效，"
                "现将有关情况报告如下，一是加强组织领导，二是完善制度体系，三是规范行政执法。\n")
    assert r["title"] == "2021年平城区法治政府建设报告" and r["publisher"] is None


def test_a_portals_calendar_widget_dates_no_report(extract):
    r = extract("今天是:2019年10月31日 星期三 农历十月初七\n平城区2021年法治政府建设报告\n"
                "2021年，平城区推进依法行政，法治政府建设取得新成效，现将有关情况报告如下，"
                "一是加强组织领导，二是完善制度体系，三是规范行政执法。\n")
    assert r["date"] is None
    # the site's name and its day with the weekday, above the title: its clock too; a day
    # with its weekday alone under the title is the page's
    r = extract("天津市静海区人民政府 2019年12月3日星期二\n静海区2023年度法治政府建设情况报告\n来源\n")
    assert r["date"] is None
    r = extract("平城区2022年法治政府建设情况报告\n2023年03月15日 星期三\n2022年，平城区推进依法行政。\n")
    assert r["date"] == "2023-03-15"


def test_an_excerpt_cut_on_a_short_line_after_its_sentences_has_no_title_there(extract):
    # (the heading-like fragment an excerpt ends on is the body's, not a title under a signature)
    r = extract("清水县人民政府 2024年01月08日\n按照省市法治政府建设工作要求，我县总结2023年全县法治政府建设工作，"
                "印发《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》。\n党中央、国务院高度重视法治政府建设\n")
    assert r["title"] == "" and r["publisher"] is None
    # an excerpt whose one line is its first paragraph cut before the full stop
    r = extract("2023年，认真贯彻落实党中央关于全面依法治国的决策部署及省委、省政府工作要求，强力推动法治政府建设十项重点任务落\n")
    assert r["title"] == ""
    # or opens with its setting (在…领导和亲切关怀下，): a paragraph, which says nothing of its year
    r = extract("来源:自治区人民政府法制办 发布日期:2018-04-03 16:13\n在以习近平同志为核心的党中央的坚强领导和亲切关怀下,"
                "自治区认真落实《法治政府建设实施纲要(2015—2020年)》(以下简称《纲\n")
    assert (r["title"], r["year"]) == ("", 2017)


def test_the_issuers_line_above_a_notices_title_is_part_of_it(extract):
    r = extract("大政发〔2025〕4号\n大同市人民政府 大同市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n"
                "各县(区)人民政府、法院：\n现印发给你们，请认真贯彻执行。\n")
    assert r["title"] == "大同市人民政府 大同市中级人民法院印发关于完善“府院联动”机制的意见的通知"
    assert r["publisher"] == "山西省大同市人民政府"


def test_a_townships_letterhead_above_a_year_title_is_part_of_it(extract):
    r = extract("通城镇人民政府\n2025年法治政府建设情况\n2025年，通城镇坚持以习近平法治思想为指导。\n")
    assert r["title"] == "通城镇人民政府2025年法治政府建设情况"


def test_the_report_a_covering_letter_sends_up_is_the_title(extract):
    # the page opens with the letter to the city's leaders; the report's heading follows it
    r = extract("同环法〔2024〕5号\n市委、市政府：\n"
                "根据《法治政府建设与责任落实督察工作规定》关于年度报告的要求，我局认真总结了2023年度"
                "推进法治政府建设的主要举措和成效、存在的不足和原因以及2024年的工作安排，"
                "现将《大同市生态环境局关于2023年度法治政府建设情况的报告》报上，请审阅。\n"
                "大同市生态环境局\n2024年1月20日\n"
                "大同市生态环境局关于2023年度\n法治政府建设情况的报告\n"
                "2023年，市生态环境局坚持以习近平法治思想为指导，推进依法行政。\n")
    assert r["title"] == "大同市生态环境局关于2023年度法治政府建设情况的报告"
    assert (r["year"], r["subject_region"]) == (2023, "山西省/大同市")


def test_a_district_that_opens_carrying_on_its_work_is_the_subject(extract):
    # though it names its municipality more (视察重庆, 美丽重庆, 重庆市实施方案)
    r = extract("2024年，南岸区坚持以习近平新时代中国特色社会主义思想为指导，认真学习贯彻习近平总书记视察重庆"
                "重要讲话精神，落实重庆市实施方案，建设美丽重庆，打造重庆高质量发展南部增长极。\n")
    assert r["subject_region"] == "重庆市/南岸区"
    # (平城区被确定为…, a district the city names, stays the city's: the test above)


def test_an_ambiguous_district_that_opens_its_report_is_placed_by_the_places_named(extract):
    # 城中区 is 西宁's and 柳州's; the opening names 西宁 and 青海 once each
    r = extract("2025年，城中区坚持以习近平新时代中国特色社会主义思想为指导，统筹推进法治政府建设各项目标任务，"
                "为推动西宁在现代化新青海建设中挑大梁勇争先提供有力法治保障。\n")
    assert r["subject_region"] == "青海省/西宁市/城中区"


def test_a_page_speaking_as_above_that_writes_a_division_short_is_that_division(extract):
    # a county bureau's page names its province's plan and 省委 and no 县委, but writes its
    # county by its stem (始兴林业, 绿美始兴) beside the county's own plan in full
    body = ("2024年，我局严格遵循习近平法治思想核心要义，为新时代始兴林业高质量发展和绿美始兴生态建设筑牢法治根基。"
            "对标省委部署，依据《广东省法治政府建设实施纲要》，制定出台《始兴县林业法治建设2024年工作要点》。\n")
    assert extract(body)["subject_region"] == "广东省/韶关市/始兴县"
    # named in full only, the county is the province's example
    assert extract(body.replace("始兴林业", "林业").replace("绿美始兴", "绿美广东"))["subject_region"] == "广东省"


def test_a_yearly_statistics_report_is_titled_and_a_parts_heading_is_not(extract):
    r = extract("黄石市自然资源和规划局2023年度行政执法统计年报\n\n来源:法规科    时间:2024-01-26 09:31\n\n"
                "一、行政执法主体概况\n本级行政机关为黄石市自然资源和规划局，是黄石市政府主管自然资源的工作部门，"
                "依法受委托的二级单位共5个。\n")
    assert r["title"] == "黄石市自然资源和规划局2023年度行政执法统计年报"
    assert r["publisher"] == "湖北省黄石市自然资源和规划局"
    # a table of contents' part and a table's caption are headings, no title
    r = extract("目 录\n第二部分 广州市司法局2019年度行政执法情况说明\n表一 广州市司法局2019年度行政许可实施情况统计表\n"
                "说明:“申请数量”的统计范围为统计年度1月1日至12月31日期间许可机关收到当事人许可申请的数量。\n")
    assert not r["title"]


def test_a_period_the_report_covers_is_no_page_date(extract):
    # an information-disclosure report's opening names its statistics period, not its own day
    r = extract("葫芦岛市医疗保障局2023年政府信息公开工作年度报告\n"
                "根据《中华人民共和国政府信息公开条例》规定编制本报告，报告数据统计期限为2023年1月1日"
                "至2023年12月31日。\n" + BODY)
    assert r["date"] is None
    r = extract("平城区2023年法治政府建设报告\n发布时间：2024-01-24 09:30\n"
                "本报告统计期限自2023年1月1日起至2023年12月31日止。\n" + BODY)
    assert r["date"] == "2024-01-24"


def test_a_disclosure_report_compiled_by_a_body_named_in_its_opening(extract):
    r = extract("本报告根据《中华人民共和国政府信息公开条例》《中华人民共和国政府信息公开工作年度报告格式》"
                "《吕梁市人民政府办公室关于做好政府信息公开工作年度报告有关事项的通知》要求，由交口县人民政府办公室编制。\n"
                "本报告包括总体情况、主动公开政府信息情况等6部分。\n" + BODY)
    assert r["publisher"] == "山西省吕梁市交口县人民政府办公室"
    # (a body the opening names otherwise compiled nothing)
    r = extract("交口县2023年政府信息公开工作年度报告\n本报告根据吕梁市人民政府办公室的通知要求，由县政府组织实施。\n" + BODY)
    assert r["publisher"] != "山西省吕梁市人民政府办公室"


def test_the_line_a_report_was_given_on_names_no_year_it_covers(extract):
    # a government work report given in March covers the year before, which it goes on to name
    r = extract("政府工作报告\n2019年3月2日在浮山县第十六届人民代表大会第四次会议上\n各位代表：\n"
                "现在，我代表县人民政府向大会报告工作，请予审议。\n一、2018年工作回顾\n"
                "过去一年，县政府坚持以习近平新时代中国特色社会主义思想为指导，全县经济运行保持总体平稳。"
                "2018年，全县地区生产总值完成46.1亿元。\n")
    assert (r["date"], r["year"]) == ("2019-03-02", 2018)


def test_a_paragraph_opening_with_an_events_day_names_no_year_it_covers(extract):
    r = extract("关于《北京市消防条例》贯彻实施情况的报告\n——2018年5月30日在北京市第十五届人民代表大会常务委员会第四次会议上\n"
                "2011年5月27日，市人大常委会表决通过了《条例》。七年来，2017年全市火灾起数下降。\n")
    assert r["year"] == 2017
    # a period's first day does open the year covered
    r = extract("政府信息公开工作年度报告\n2021年1月1日至12月31日，本机关主动公开信息120条。\n")
    assert r["year"] == 2021


def test_a_heading_broken_inside_a_committees_full_name_is_one_title(extract):
    r = extract("中国人民政治协商会议景洪市第四届\n委员会常务委员会工作报告\n——2012年2月20日在政协景洪市委员会四届五次会议上\n"
                "各位委员：\n我受常务委员会的委托，向大会作工作报告。\n")
    assert r["title"] == "中国人民政治协商会议景洪市第四届委员会常务委员会工作报告"
    assert r["publisher"] == "中国人民政治协商会议云南省西双版纳傣族自治州景洪市委员会"


def test_a_heading_whose_first_line_is_the_year_and_the_body(extract):
    r = extract("2022年上海市地方金融监督管理局\n政府信息公开工作年度报告\n本年度报告由上海市地方金融监督管理局编制。\n")
    assert r["title"] == "2022年上海市地方金融监督管理局政府信息公开工作年度报告"


def test_a_date_written_after_the_title_with_a_space(extract):
    r = extract("五角场街道2015年工作总结和2016年工作安排 2016-03-07\n2015年，街道办事处在区委、区政府的正确领导下开展工作。\n")
    assert r["title"] == "五角场街道2015年工作总结和2016年工作安排" and r["date"] == "2016-03-07"


def test_a_heading_broken_inside_the_bodies_names_is_one_title(extract):
    # a PDF's centred title wrapped inside 人民政府, before its 关于
    r = extract("中共濮阳县委 濮阳县人民政\n府关于2023年度法治政府建设情况的报告\n2023年,濮阳县深入推进依法行政。\n")
    assert r["title"] == "中共濮阳县委 濮阳县人民政府关于2023年度法治政府建设情况的报告"
    r = extract("濮阳县人民\n政府关于2023年度法治政府建设情况的报告\n2023年,濮阳县深入推进依法行政。\n")
    assert r["title"] == "濮阳县人民政府关于2023年度法治政府建设情况的报告"


def test_the_body_of_the_speaker_under_the_day_a_report_was_given_publishes_it(extract):
    # ——…在…会议上 (wrapped over two lines) / 白沙黎族自治县人民政府县长 黄聪: the body whose report
    r = extract("政府工作报告\n——2025年1月23日在白沙黎族自治县第十六届\n人民代表大会第五次会议上\n"
                "白沙黎族自治县人民政府县长 黄聪\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n")
    assert (r["publisher"], r["date"]) == ("海南省白沙黎族自治县人民政府", "2025-01-23")
    # a line that goes on after the post is no speaker's (…县长在会上强调)
    r = extract("政府工作报告\n——2025年1月23日在白沙黎族自治县第十六届人民代表大会第五次会议上\n"
                "白沙黎族自治县人民政府县长在会上强调依法行政\n各位代表：\n现在，我们向大会报告工作。\n")
    assert r["publisher"] is None


def test_a_letter_spaced_title_still_names_its_publisher(extract, read):
    # a heading set with a space between its characters is read without them
    r = extract(read("鲁 山 县 人 民 政 府 关 于 2 0 2 4 年 法 治 政 府 建 设 情 况 的 报 告\n"
                     "2024年，鲁山县坚持依法行政，法治政府建设取得新成效。\n"))
    assert (r["title"], r["publisher"]) == ("鲁山县人民政府关于2024年法治政府建设情况的报告", "河南省平顶山市鲁山县人民政府")
    r = extract(read("市 水 务 局 2 0 2 5 年 度 法 治 政 府 建 设 情 况 报 告\n2025年，武汉市水务局坚持依法行政。\n"))
    assert r["publisher"] == "湖北省武汉市水务局"
    # a department's own document, its report's title letter-spaced: the department made it
    r = extract(read("市 水 务 局 2 0 2 5 年 度 法 治 政 府 建 设 情 况 报 告\n2025年，我局在武汉市委、市政府的领导下"
                     "坚持依法行政，制定《武汉市水务行政执法公示办法》。\n"))
    assert rels(r, "ISSUED") == {("湖北省武汉市水务局", "武汉市水务行政执法公示办法")}
    # the places and bodies the title names are mentions, as in any title
    r = extract(read("广 州 市 公 安 局 增 城 区 分 局 关 于 2 0 2 4 年 法 治 建 设 情 况 的 报 告\n"
                     "2024年，我局坚持依法行政。\n"))
    assert r["publisher"] == "广东省广州市公安局增城区分局"
    assert "广东省/广州市/增城区" in canon(r, "Region")


def test_a_titles_shared_name_left_unplaced_is_no_other_divisions_stem(extract):
    # 朝阳区 is 北京's and 长春's; a page cut before it names either has no subject, not
    # 辽宁's 朝阳市, whose stem its words hold (新时代朝阳发展); a body that names 北京 places it
    text = ("朝阳区人民政府2024年法治政府建设年度情况报告\n2024年，朝阳区政府坚持以新时代朝阳发展为统领，"
            "扎实推进依法行政，为谱写中国式现代化的朝阳篇章提供法治保障。在全市率先发布开放方案。\n")
    assert extract(text)["subject_region"] is None
    placed = extract(text + "案件入选北京市知识产权领域优化营商环境十大典型案例。\n")
    assert placed["subject_region"] == "北京市/朝阳区"


@pytest.mark.parametrize("town, subject", [
    ("烧锅镇乡", "吉林省/白城市/大安市/烧锅镇乡"),        # no 烧锅镇 (农安县's) inside it
    ("夏镇街道", "山东省/济宁市/微山县/夏镇街道"),        # no 夏镇 (托克逊县's)
    ("东阳江镇", "浙江省/金华市/东阳市/东阳江镇"),        # no 阳江, a city's stem, inside it
    ("眉山乡", "福建省/泉州市/南安市/眉山乡"),            # nor 眉山 opening it
])
def test_a_townships_whole_name_over_names_inside_it(extract, town, subject):
    r = extract(f"{town}2024年法治政府建设工作报告\n2024年，{town}在县委、县政府的正确领导下，"
                f"推进法治建设。党委、政府高度重视。\n")
    assert r["subject_region"] == subject


@pytest.mark.parametrize("town, subject", [
    ("富镇镇", "河北省/沧州市/泊头市/富镇镇"),           # a level word inside the name
    ("镇罗营镇", "北京市/平谷区/镇罗营镇"),
    ("江西街乡", "四川省/凉山彝族自治州/会东县/江西街乡"),  # no 江西街(道), 大连's
    ("萨马街鄂温克民族乡", "内蒙古自治区/呼伦贝尔市/扎兰屯市/萨马街鄂温克民族乡"),   # nine characters
])
def test_an_untitled_page_opening_with_its_townships_name(extract, town, subject):
    kind = town[-1]
    r = extract(f"2024年，{town}坚持以习近平法治思想为指导，扎实推进法治政府建设。{kind}党委、{kind}政府"
                f"高度重视。现将有关情况报告如下：\n一、主要工作\n")
    assert r["subject_region"] == subject
