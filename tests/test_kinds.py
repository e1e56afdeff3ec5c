"""Kinds, jurisdictions and legal status of regulations, on titles written here."""
import json

import pytest

from conftest import SHARED, canon
from kg import laws
from kg.extract.kinds import describe, legal_status

PINGCHENG = "140213"           # 山西省/大同市/平城区
SHANXI = "14"


def kind(title, issuers=(), subject=PINGCHENG):
    return describe(title, list(issuers), subject)["kind"]


@pytest.mark.parametrize("title,issuers,expected", [
    ("中华人民共和国宪法", [], "宪法"),
    ("中华人民共和国行政复议法", [], "法律"),
    ("中华人民共和国乡村振兴促进法", [], "法律"),
    ("重大行政决策程序暂行条例", [], "行政法规"),
    ("最高人民法院关于审理行政协议案件若干问题的规定", [], "司法解释"),
    ("某某事项管理暂行条例", [("国务院", None)], "行政法规"),
    ("司法行政机关行政许可实施与监督工作规则", [("司法部", None)], "部门规章"),
    ("山西省森林公园条例", [], "地方性法规"),
    ("大同市文明行为促进条例", [("山西省大同市人民代表大会常务委员会", "1402")], "地方性法规"),
    ("山西省重大行政决策合法性审查办法", [("山西省人民政府", SHANXI)], "地方政府规章"),
    ("中国共产党纪律处分条例", [], "党内法规"),
    ("领导干部报告个人有关事项规定", [("中共中央", None)], "党内法规"),
    ("平城区行政执法公示办法", [("中共山西省大同市平城区委员会", PINGCHENG)], "规范性文件"),
    ("关于进一步加强行政复议工作的通知", [], "规范性文件"),
    ("平城区法治政府建设规划(2021-2025年)", [], "规划纲要"),
    ("平城区2021年法治政府建设工作要点", [], "工作方案"),
    ("平城区行政执法事项清单", [], "清单目录"),
    ("平城区法治政府建设示范创建指标体系", [], "标准"),
    ("平城区行政执法台账", [], "其他"),
])
def test_kinds(title, issuers, expected):
    assert kind(title, issuers) == expected


def test_jurisdictions():
    assert describe("中华人民共和国行政复议法", [], PINGCHENG)["jurisdiction"] == "全国"
    assert describe("山西省森林公园条例", [], PINGCHENG)["jurisdiction"] == "山西省"
    assert describe("平城区2021年法治政府建设工作要点", [], PINGCHENG)["jurisdiction"] == \
        "山西省/大同市/平城区"
    assert describe("济南市市中区2024年法治政府建设工作要点", [], "370103")["jurisdiction"] == \
        "山东省/济南市/市中区"
    issued = describe("关于加强行政执法的意见", [("山西省大同市人民政府", "1402")], PINGCHENG)
    assert issued["jurisdiction"] == "山西省/大同市"
    assert describe("关于加强行政执法的意见", [], PINGCHENG)["jurisdiction"] == "未知"


def test_catalogue_status_dates_and_versions():
    law = describe("中华人民共和国行政复议法", [], PINGCHENG)
    assert (law["kind_sure"], law["status"], law["effective"]) == ("catalogue", "in force", "2024-01-01")
    assert legal_status("信访条例")["status"] == "not in force"
    trial = legal_status("人民检察院刑事诉讼规则(试行)")
    assert trial["status"] == "not in force" and trial["in_force_until"] == "2019-12-02"
    assert legal_status("山西省某某条例(草案)") == {}
    assert legal_status("平城区行政执法台账") == {}


def test_the_version_in_force_in_a_year():
    cat = laws.catalogue()
    assert cat.version_in("中华人民共和国行政复议法", 2020).promulgated == "2017-09-01"
    assert cat.version_in("行政复议法", 2024).promulgated == "2023-09-01"
    assert cat.version_in("中华人民共和国行政复议法", 2015) is None     # older than the catalogue


GOLD = SHARED / "eval" / "gold"
REPORTS = SHARED / "corpus" / "reports"


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/eval/gold is not beside the repo")
def test_catalogued_national_titles_of_the_gold_are_matched(extract):
    """Every national law and administrative regulation the gold names that the catalogue
    holds comes out of extraction with its kind, status and dates from the catalogue."""
    cat = laws.catalogue()
    checked = 0
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        for e in gold["entities"]:
            versions = cat.find(e["canonical"]) if e["type"] == "Regulation" else ()
            if not versions or versions[-1].scope != "全国" or \
                    versions[-1].level not in ("宪法", "法律", "行政法规"):
                continue
            described = describe(e["canonical"], [], None)
            assert described["kind"] == versions[-1].level, e["canonical"]
            assert described["kind_sure"] == "catalogue" and described["jurisdiction"] == "全国"
            assert described["status"] in ("in force", "not in force")
            last = versions[-1]          # its dates, where the catalogue has them
            assert described.get("promulgated", "") == last.promulgated
            assert described.get("effective", "") == (last.effective or last.promulgated)
            checked += 1
    assert checked >= 10


def test_records_and_graph_carry_kinds(extract):
    r = extract("平城区2020年法治政府建设报告\n依据《中华人民共和国行政复议法》，制定《平城区行政执法事项清单》。\n")
    regs = {e["canonical"]: e for e in r["entities"] if e["type"] == "Regulation"}
    assert regs["中华人民共和国行政复议法"]["kind"] == "法律"
    assert regs["平城区行政执法事项清单"]["jurisdiction"] == "山西省/大同市/平城区"
    assert "中华人民共和国行政复议法" in canon(r, "Regulation")


@pytest.mark.skipif(not REPORTS.is_dir(), reason="../shared/corpus is not beside the repo")
def test_every_regulation_of_the_shared_reports_has_kind_and_jurisdiction(nlp):
    from kg.corpus import extract as extract_paths
    from kg.graph.build import build_graph
    records = list(extract_paths(nlp, [REPORTS], []))
    G = build_graph(records)
    regs = [a for _, a in G.nodes(data=True) if a["label"] == "Regulation"]
    assert len(regs) > 100
    assert all(a.get("kind") and a.get("jurisdiction") for a in regs)
    # what the extraction found of the gold's catalogued national titles came with the
    # catalogue's kind, status and dates
    cat, matched = laws.catalogue(), 0
    for a in regs:
        versions = cat.find(a["name"])
        if versions and versions[-1].scope == "全国":
            assert a["kind_sure"] == "catalogue" and a["status"] and a["jurisdiction"] == "全国"
            matched += 1
    assert matched >= 10
