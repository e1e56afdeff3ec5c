"""Agencies: the naming grammar, region prefixes written out, abbreviations expanded."""
from conftest import canon

SHANXI = "山西省人民政府法制办公室关于2013年全省推进依法行政工作的情况报告\n"
PINGCHENG = "平城区2020年法治政府建设报告\n"


def test_provincial_department_gets_the_province(extract):
    r = extract(SHANXI + "省民政厅制定印发了意见。省人社厅、交通厅开展考核。\n")
    assert {"山西省民政厅", "山西省人力资源和社会保障厅", "山西省交通运输厅"} <= canon(r, "Agency")


def test_government_offices_and_abbreviations(extract):
    r = extract(SHANXI + "省政府法制办与省发改委、省住建厅联合检查，报国务院法制办备案。\n")
    assert {"山西省人民政府法制办公室", "山西省发展和改革委员会", "山西省住房和城乡建设厅",
            "国务院法制办公室"} <= canon(r, "Agency")


def test_party_committee_and_its_departments(extract):
    r = extract(PINGCHENG + "坚持在区委统一领导下，区委组织部、区委党校协同推进。\n")
    assert {"中共山西省大同市平城区委员会", "中共山西省大同市平城区委员会组织部",
            "中共山西省大同市平城区委员会党校"} <= canon(r, "Agency")


def test_level_words_sharing_one_body(extract):
    r = extract(PINGCHENG + "严格落实中央、省、市、区委关于法治建设的部署，接收国家、省、市信访局督办案件。\n")
    agencies = canon(r, "Agency")
    assert {"中共中央", "中共山西省委员会", "中共山西省大同市委员会",
            "中共山西省大同市平城区委员会"} <= agencies
    assert {"国家信访局", "山西省信访局", "山西省大同市信访局"} <= agencies


def test_congress_and_its_standing_committee(extract):
    r = extract(PINGCHENG + "自觉接受区人大及其常委会的法律监督，接受区政协的民主监督。\n")
    assert {"山西省大同市平城区人民代表大会", "山西省大同市平城区人民代表大会常务委员会",
            "中国人民政治协商会议山西省大同市平城区委员会"} <= canon(r, "Agency")


def test_city_word_follows_the_city_named_in_the_sentence(extract):
    r = extract(SHANXI + "太原市建立了市政府办公厅、市政府法制办协作机制。\n")
    assert {"山西省太原市人民政府办公厅", "山西省太原市人民政府法制办公室"} <= canon(r, "Agency")


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


def test_names_written_out_in_full(extract):
    r = extract("濮阳县2021年法治政府建设报告\n中共濮阳县委员会、中国人民政治协商会议濮阳县委员会、"
                "县委编办、县教体局参加。\n")
    assert {"中共河南省濮阳市濮阳县委员会", "中国人民政治协商会议河南省濮阳市濮阳县委员会",
            "中共河南省濮阳市濮阳县委员会机构编制委员会办公室",
            "河南省濮阳市濮阳县教育和体育局"} <= canon(r, "Agency")
