"""Report metadata: title, subject region, date, year."""
import pytest

from kg.extract.metadata import parse_date_line


@pytest.mark.parametrize("line,iso", [
    ("2021年3月12日", "2021-03-12"), ("  2014年2月20日 ", "2014-02-20"), ("20231018", "2023-10-18"),
    ("2022-01-28", "2022-01-28"), ("二〇二一年三月十二日", "2021-03-12"),
    ("二〇一〇年二月二十六日", "2010-02-26"), ("2021年13月1日", None), ("报告于2021年3月12日", None)])
def test_date_lines(line, iso):
    assert parse_date_line(line) == iso


def test_signature_date_before_publication_date(extract):
    r = extract("山西省人民政府法制办公室关于2013年全省推进依法行政工作的情况报告\n"
                "时间:2014年07月07日\n正文。\n山西省人民政府法制办公室\n2014年2月20日\n")
    assert (r["date"], r["year"], r["subject_region"]) == ("2014-02-20", 2013, "山西省")
    assert r["publisher"] == "山西省人民政府法制办公室"


def test_publication_date_when_unsigned(extract):
    r = extract("平城区2020年法治政府建设报告\n发布时间:2021-04-30 10:39 来源: 浏览量:\n正文。\n")
    assert (r["date"], r["year"]) == ("2021-04-30", 2020)


def test_year_from_date_when_title_has_none(extract):
    r = extract("濮阳县法治政府建设领导小组关于示范县创建活动的情况说明\n2023年上半年，完成创建。\n\n20231018\n")
    assert (r["date"], r["year"]) == ("2023-10-18", 2023)


def test_no_date_at_all(extract):
    r = extract("某地情况说明\n没有日期的正文。\n")
    assert r["date"] is None


def test_subject_and_publisher_from_a_joint_signature(extract):
    r = extract("关于2021年法治政府建设情况的报告\n2021年，我县认真贯彻省委、省政府部署。\n\n"
                "中共滑县委员会  滑县人民政府\n2022年1月10日\n")
    assert r["subject_region"] == "河南省/安阳市/滑县"
    assert r["publisher"] == "中共河南省安阳市滑县委员会"
    assert (r["date"], r["year"]) == ("2022-01-10", 2021)
