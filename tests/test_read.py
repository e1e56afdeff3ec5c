"""Reading files: encodings, HTML, furniture, and files that cannot be read."""
import codecs

import pytest
from conftest import canon, rels

from kg.io.clean import blank_furniture
from kg.io.lines import Line, join_wrapped
from kg.io.encoding import ReadError, decode
from kg.io.html import html_to_text
from kg.io.read import iter_paths, read_source, skipped_files

TEXT = "平城区2020年法治政府建设报告\n严格执行《重大行政决策程序暂行条例》。\n"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gbk", b""), ("gb18030", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""), ("utf-16-be", b"")])
def test_encodings_decode_to_the_same_text(encoding, prefix):
    text = decode(prefix + TEXT.encode(encoding)).text
    assert text == TEXT


def test_gb18030_only_characters():
    s = "𠀀镕基䶮" + TEXT       # outside GBK: needs GB18030's four-byte forms
    assert decode(s.encode("gb18030"))[0] == s


@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"  \n\t", "empty"),
                                         (bytes(range(256)) * 4, "binary")])
def test_unreadable_bytes_give_a_reason(data, reason):
    with pytest.raises(ReadError, match=reason):
        decode(data)


def test_undecodable_text_is_an_error():
    with pytest.raises(ReadError):
        decode(b"\x81\x30\x81" * 3 + b"\xff\xfe\xfd" * 50 + b"\x01\x02" * 100)


def test_read_source_names_nothing_missing(tmp_path):
    with pytest.raises(ReadError):
        read_source(tmp_path / "missing.txt")


def test_html_scripts_dropped_and_blocks_split():
    text = html_to_text("<html><head><script>var a='山西省';</script></head><body>"
                        "<p>第一段</p><div>第二段<br>第三行</div>")
    assert "山西省" not in text
    assert [ln for ln in text.split("\n") if ln] == ["第一段", "第二段", "第三行"]


def test_an_html_tables_short_cells_are_one_line_and_a_layout_cells_text_its_own():
    # an info table (a cell holding a <p> too); a layout table holding the article and,
    # nested in it, another info table; a table the page's cut leaves open
    text = html_to_text("<table><tr><td>索引号</td><td>123</td><th>发布机构</th><td>平城区司法局</td></tr>"
                        "<tr><td>标 题</td><td><p>平城区2021年法治政府建设报告</p></td></tr></table>"
                        "<table><tr><td>首页</td><td><p>" + "推进依法行政，" * 20 + "</p><p>（一）规范执法。</p>"
                        "<table><tr><td>来源</td><td>平城区司法局</td></tr></table></td></tr></table>"
                        "<table><tr><td>成文日期<td>2022-03-01")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert lines == ["索引号 | 123 | 发布机构 | 平城区司法局", "标 题 | 平城区2021年法治政府建设报告", "首页",
                     "推进依法行政，" * 20, "（一）规范执法。", "来源 | 平城区司法局", "成文日期 | 2022-03-01"]


def test_truncated_html_keeps_its_text(tmp_path):
    f = tmp_path / "cut.html"
    f.write_text("<html><body><p>濮阳县人民政府制定《濮阳县轻微违法行为免罚清单》</p><p>未完", "utf-8")
    text = read_source(f).text
    assert "免罚清单" in text and "未完" in text


def test_furniture_blanked_with_offsets_kept():
    raw = ("您当前所在位置: 首页>政务公开>行政执法\n正文标题\n发布时间:2021-04-30 来源: 浏览量:\n"
           "报告正文。网站日均访问量7万人次。\n扫一扫在手机打开当前页\n主办:某县人民政府办公室\n")
    clean = blank_furniture(raw)
    assert len(clean) == len(raw)
    kept = [ln.strip() for ln in clean.split("\n") if ln.strip()]
    # the body that runs the site stays: a body the page names (GUIDELINES' annotators count it)
    assert kept == ["正文标题", "报告正文。网站日均访问量7万人次。", "某县人民政府办公室"]


def test_a_portals_menu_bar_is_furniture_and_a_table_row_is_not():
    raw = ("首页 | 政务公开 | 政务服务 | 互动交流 | 走进长治\n"
           "网站首页｜新闻中心｜信息公开｜办事服务｜互动交流\n"
           "序号 | 单位 | 事项\n1 | 县司法局 | 政务公开工作\n")
    kept = [ln for ln in blank_furniture(raw).split("\n") if ln.strip()]
    assert kept == ["序号 | 单位 | 事项", "1 | 县司法局 | 政务公开工作"]
    # a disclosure column's name alone over the title
    raw = "落实情况公开\n\n深圳市龙华区司法局2024年法治政府建设年度报告\n全面推进政务公开。\n"
    kept = [ln for ln in blank_furniture(raw).split("\n") if ln.strip()]
    assert kept == ["深圳市龙华区司法局2024年法治政府建设年度报告", "全面推进政务公开。"]


def test_an_info_bar_on_one_long_line_is_furniture():
    # its fields run past the length of furniture; the publishing body stays, and a long
    # line of report text that opens with a field's words is no bar
    bar = ("[ 索引号 ]11500110588903728C/2026-00045 [ 发文字号 ] [ 发布机构 ]万盛经济技术开发区 "
           "[ 主题分类 ]其他 [ 成文日期 ]2026-02-09 [ 发布日期 ]2026-02-09 [ 体裁分类 ]其他 [ 有效性 ]")
    text = ("[ 发布机构 ]转载的报告说：" + "全年主动公开政府信息，" * 8 + "[ 发布日期 ]和[ 有效性 ]均已标注。")
    assert len(bar) > 100 and len(text) > 100
    kept = [ln.strip() for ln in blank_furniture(f"{bar}\n正文标题\n{text}\n").split("\n") if ln.strip()]
    assert kept == ["万盛经济技术开发区", "正文标题", text]


def test_an_info_table_written_as_a_list_is_furniture():
    # each field's label and value an item of its own: the value goes with its label (a
    # topic's 法治政府建设 is no title), a publishing body's stays
    raw = ("  • 文号\n  • 索引号\n  • lsx31/2025-00001\n  • 主题分类\n  • 法治政府建设\n"
           "  • 发布机构\n  • 鲁山县人民政府\n\n鲁山县人民政府关于2024年法治政府建设情况的报告\n"
           "• 推进依法行政\n")
    kept = [ln.strip() for ln in blank_furniture(raw).split("\n") if ln.strip()]
    assert kept == ["• 鲁山县人民政府", "鲁山县人民政府关于2024年法治政府建设情况的报告", "• 推进依法行政"]


def test_a_portals_top_bar_is_furniture():
    # links to the portals above and to the page's versions; a sentence naming them stays
    raw = ("中国政府网|湖北政府网|繁体|无障碍\n简体版 | 繁體版 | 长者模式\n"
           "在湖北政府网公开报告。\n")
    kept = [ln for ln in blank_furniture(raw).split("\n") if ln.strip()]
    assert kept == ["在湖北政府网公开报告。"]


def test_a_list_of_links_after_the_report_is_furniture():
    # other reports' titles (other regions, other documents), also as a web page's blocks;
    # above the report's first sentence such a list is left (it could run into its title)
    raw = ("相关文章\n广灵县2023年法治政府建设报告\n灵丘县2023年法治政府建设报告\n"
           "2023年，灵丘县推进依法行政。\n\n灵丘县人民政府\n\n相关链接：\n\n广灵县2023年法治政府建设报告\n\n"
           "浑源县关于印发《浑源县行政执法公示办法》的通知\n")
    kept = [ln for ln in blank_furniture(raw).split("\n") if ln.strip()]
    assert kept == ["广灵县2023年法治政府建设报告", "灵丘县2023年法治政府建设报告",
                    "2023年，灵丘县推进依法行政。", "灵丘县人民政府"]
    page = html_to_text("<h1>灵丘县报告</h1><p>灵丘县推进依法行政。</p><h3>相关文章</h3>"
                        "<ul><li><a href='a.html'>广灵县2023年法治政府建设报告</a></li></ul>")
    assert "广灵县" not in blank_furniture(page)
    # the heading in brackets, other kinds of links
    for heading in ("【相关文章】", "[相关信息]", "相关稿件："):
        raw = "2023年，灵丘县推进依法行政。\n" + heading + "\n· 广灵县司法局2023年工作总结\n"
        assert "广灵县" not in blank_furniture(raw)


def test_folders_are_searched_in_order(tmp_path):
    for name in ("b.txt", "a.html", "c.pdf", "e.DOCX", "f.png", "g.xlsx", "sub/d.md", ".DS_Store"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", "utf-8")
    names = [p.name for p in iter_paths([tmp_path])]
    assert names == ["a.html", "b.txt", "c.pdf", "e.DOCX", "d.md"]
    # what the scan leaves, for the user to hear of (a hidden file is no one's report)
    assert [p.name for p in skipped_files([tmp_path])] == ["f.png", "g.xlsx"]


def test_web_pages_saved_under_a_servers_suffix_are_read_as_pages(tmp_path):
    # government sites serve pages as .shtml and .jhtml; saved so, they are web pages
    page = "<html><body><div>首页 &gt; 政务公开</div><p>大同市2023年法治政府建设情况报告</p></body></html>"
    for name in ("a.shtml", "b.jhtml", "c.xhtml"):
        (tmp_path / name).write_text(page, "utf-8")
    assert [p.name for p in iter_paths([tmp_path])] == ["a.shtml", "b.jhtml", "c.xhtml"]
    assert skipped_files([tmp_path]) == []
    assert all("<p>" not in read_source(p).text and "大同市2023年" in read_source(p).text
               for p in iter_paths([tmp_path]))


TRADITIONAL = ("東城區2022年法治政府建設年度情況報告\n2022年，東城區政府堅持以習近平新時代中國特色社會主義思想為指導，"
               "認真落實中央、北京市關於法治政府建設的總體部署，梳理形成《東城區行政檢查事項清單》。\n")


def test_a_report_in_traditional_characters_is_read_in_simplified_ones(tmp_path, extract):
    f = tmp_path / "dongcheng.txt"
    f.write_bytes(TRADITIONAL.encode("big5"))          # as a big5 mirror serves it
    src = read_source(f)
    assert len(src.text) == len(TRADITIONAL)          # one character for one: offsets hold
    assert src.text.startswith("东城区2022年法治政府建设年度情况报告")
    assert src.warnings and "traditional" in src.warnings[0]
    r = extract(src.text)
    assert r["subject_region"] == "北京市/东城区"
    assert "东城区行政检查事项清单" in {e["canonical"] for e in r["entities"]}


def test_a_place_opencc_does_not_give_back_is_read_by_its_name(tmp_path, extract):
    # a 繁體 mirror of a 浚县 page writes 濬縣 (OpenCC's s2t), which t2s reads 濬县; 澄江市 as 澂江市
    f = tmp_path / "xun.txt"
    f.write_text("中共濬縣縣委 濬縣人民政府關於2024年法治政府建設情況的報告\n2024年，濬縣堅持依法行政，"
                 "學習澂江市經驗，推進法治政府建設。\n", "utf-8")
    src = read_source(f)
    assert src.text.startswith("中共浚县县委 浚县人民政府关于2024年") and "学习澄江市经验" in src.text
    assert len(src.text) == len(f.read_text("utf-8"))
    assert extract(src.text)["subject_region"] == "河南省/鹤壁市/浚县"


def test_simplified_text_is_left_as_written(tmp_path):
    text = "2022年，县司法局落实著作权法，显著提升乾隆年间古籍保护水平，干部后来在里面学习。\n"
    f = tmp_path / "a.txt"
    f.write_text(text, "utf-8")
    src = read_source(f)
    assert src.text == text and not src.warnings


REPORT = ("平城区2022年法治政府建设情况报告\n"
          "2022年，平城区坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻《法治政府建设实施纲要"
          "（2021—2025年）》，全面推进依法行政，法治政府建设取得新成效。区政府制定《平城区重大行政决策"
          "程序规定》，区司法局开展行政规范性文件合法性审核，落实行政执法三项制度，推进“放管服”改革，"
          "优化营商环境，建立健全行政复议和行政诉讼衔接机制，全年办理行政复议案件120件。\n一、主要成效\n"
          "（一）依法全面履行政府职能。深化行政审批制度改革，全面实行权责清单制度，推进“证照分离”"
          "改革全覆盖，编制公布政务服务事项清单，实现高频事项“一网通办”。\n")


def _cut(text: str, width: int) -> str:
    """``text`` in lines of ``width`` (a Chinese character or mark 1, ASCII 0.5), as a PDF
    viewer's copy gives it."""
    out = []
    for para in text.split("\n"):
        line, used = "", 0.0
        for c in para:
            w = 0.5 if c.isascii() else 1.0
            if used + w > width:
                out.append(line)
                line, used = "", 0.0
            line, used = line + c, used + w
        out.append(line)
    return "\n".join(out)


def test_a_number_the_margin_cut_is_joined_without_a_space():
    lines = [Line("推进《吉林市法治政府建设实施方案(2021-2", 24.0, 1.0), Line("025年)》。", 6.0, 1.0),
             Line("Copyright by the city of", 24.0, 1.0), Line("Jilin.", 3.0, 1.0)]
    assert join_wrapped(lines) == "推进《吉林市法治政府建设实施方案(2021-2025年)》。\nCopyright by the city of Jilin.\n"


def test_text_cut_at_a_fixed_width_is_joined_back(tmp_path, extract):
    f = tmp_path / "wrapped.txt"
    f.write_text(_cut(REPORT, 24), "utf-8")
    assert "《法治政府建设实施纲要（2021—2025年）》" not in _cut(REPORT, 24)   # broken by the margin
    src = read_source(f)
    assert src.text == REPORT                        # its paragraphs again
    assert any("fixed width" in w for w in src.warnings)
    r = extract(src.text)
    assert "法治政府建设实施纲要(2021-2025年)" in {e["canonical"] for e in r["entities"]}
    assert "山西省大同市平城区人民政府" in {e["canonical"] for e in r["entities"]}
    # a signature set to the right with spaces reaches the margin from far in: its own lines
    f.write_text(_cut(REPORT, 24) + "\n" + " " * 34 + "平城区人民政府\n" + " " * 34 + "2022年3月1日\n", "utf-8")
    assert read_source(f).text == REPORT + "平城区人民政府\n2022年3月1日\n"
    # an excerpt of short paragraphs, each a line and a half: half its lines reach the margin
    short = "".join(f"（{i}）区政府制定《平城区第{i}号行政执法工作规定》，全面推进依法行政各项工作。\n"
                    for i in range(1, 9))
    f.write_text(_cut(short, 24), "utf-8")
    assert read_source(f).text == short
    # paragraphs of one length, each ending its sentence, are no wrapped lines
    same = "".join(f"（{i}）区政府制定第{i}号行政执法工作规定，全面推进依法行政工作。\n" for i in range(1, 10))
    f.write_text(same, "utf-8")
    assert read_source(f).text == same and not read_source(f).warnings
    # a title longer than the width, above an empty line, stays its own line (it was never
    # wrapped at that width, and the empty line ends it)
    title = "平城区人民政府关于二〇二一年度法治政府建设工作情况的报告（区司法局代拟稿）\n"
    f.write_text(title + "\n" + _cut(REPORT, 24), "utf-8")
    assert read_source(f).text == title + REPORT
    # but a page number between empty lines, where a copy of a PDF broke the page inside a
    # paragraph, ends nothing
    lines = _cut(REPORT, 24).split("\n")
    f.write_text("\n".join(lines[:7] + ["", "- 2 -", ""] + lines[7:]), "utf-8")
    assert lines[6][-1] not in "。；" and read_source(f).text == REPORT
    # a page of paragraphs is read as it is
    para = tmp_path / "paragraphs.txt"
    para.write_text(src.text, "utf-8")
    assert read_source(para).text == src.text and not read_source(para).warnings


def test_a_mirror_sites_pinyin_glosses_are_dropped(tmp_path, extract):
    f = tmp_path / "mirror.txt"
    f.write_text("湘潭縣自然資源局2025年度法治政府建設(shè)工作報告\n根據(jù)《法治政府建設(shè)與責任落實督察"
                 "工作規(guī)定》，學習《中華人民共和國城鄉(xiāng)規(guī)劃法》。\n", "utf-8")
    src = read_source(f)
    assert "(" not in src.text and src.text.startswith("湘潭县自然资源局2025年度法治政府建设工作报告")
    assert any("pinyin" in w for w in src.warnings)
    titles = {e["canonical"] for e in extract(src.text)["entities"] if e["type"] == "Regulation"}
    assert {"法治政府建设与责任落实督察工作规定", "中华人民共和国城乡规划法"} <= titles
    # a bracket after a character that holds no toned syllable is the report's own
    text = "落实《某某条例(试行)》(2023年修订)，设立法律顾问室(fa)，编号(A)。\n"
    f.write_text(text, "utf-8")
    assert read_source(f).text == text


def test_invisible_marks_inside_words_are_dropped(tmp_path, extract):
    # a CMS's zero-width spaces, a soft hyphen, a byte-order mark left by joining files
    f = tmp_path / "page.html"
    f.write_text("<p>大同市平城区2023年法治政府建设年度报告</p><p>平城区人民&#8203;政府印发《平城区行政\u00ad"
                 "执法公示办法》，深化“放管服\u200b”改革。\ufeff区司法局组织培训。</p>", "utf-8")
    src = read_source(f)
    assert "《平城区行政执法公示办法》" in src.text and not any(c in src.text for c in "\u200b\u00ad\ufeff")
    assert any("4 invisible characters" in w for w in src.warnings)
    r = extract(src.text)
    assert ("山西省大同市平城区人民政府", "平城区行政执法公示办法") in rels(r, "ISSUED")
    assert "放管服改革" in canon(r, "Initiative")
    # a file's own byte-order mark is its encoding's, no warning
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeff平城区人民政府推进依法行政。\n".encode("utf-8"))
    assert read_source(f).warnings == ()


def test_cjk_radicals_a_pdfs_font_gave_read_as_their_ideographs(tmp_path, extract):
    # text copied out of a PDF whose font mapped 人, 民, 行, 革, 工, 长 to radicals' code
    # points: it looks right and matched nothing
    f = tmp_path / "copied.txt"
    f.write_text("大同市平城区2023年法治政府建设年度报告\n平城区⼈⺠政府印发《平城区⾏政执法公示办法》，"
                 "深化“放管服”改⾰，推进⼯作⻓效机制，⻔户⽹站公开。\n", "utf-8")
    src = read_source(f)
    assert "平城区人民政府印发《平城区行政执法公示办法》" in src.text and "工作长效机制，门户网站" in src.text
    assert len(src.text) == len(f.read_text("utf-8"))
    assert any("CJK radicals" in w and "8 characters" in w for w in src.warnings)
    r = extract(src.text)
    assert ("山西省大同市平城区人民政府", "平城区行政执法公示办法") in rels(r, "ISSUED")
    assert "放管服改革" in canon(r, "Initiative")


def test_letter_spaced_lines_read_without_their_spaces(tmp_path):
    from kg.io.spacing import unspaced_lines
    text = ("鲁 山 县 人 民 政 府 关 于 2 0 2 4 年 法 治 政 府 建 设 情 况 的 报 告\n"
            "　一 、 总 体 情 况\n1 2 3 4 5\nA B C D\n中共鲁山县委 鲁山县人民政府\n")
    # a row of numbers or letters, and bodies a space apart, stay as written
    assert unspaced_lines(text) == ("鲁山县人民政府关于2024年法治政府建设情况的报告\n　一、总体情况\n"
                                    "1 2 3 4 5\nA B C D\n中共鲁山县委 鲁山县人民政府\n", 2)
    f = tmp_path / "r.txt"
    f.write_text(text, "utf-8")
    src = read_source(f)
    assert src.text.startswith("鲁山县人民政府关于2024年") and any("2 letter-spaced lines" in w for w in src.warnings)
    # no-break spaces (&nbsp;) set a web page's letter-spacing as well; a wider gap parts
    # two words, and stays one space
    assert unspaced_lines("鲁\xa0山\xa0县\xa0司\xa0法\xa0局\n鲁 山 县 人 民 政 府   鲁 山 县 司 法 局\n") == (
        "鲁山县司法局\n鲁山县人民政府 鲁山县司法局\n", 2)


def test_numbers_spaced_off_from_chinese_text_read_without_the_spaces(tmp_path, extract):
    # a PDF converter's or a portal's copy sets numbers a space off from the characters
    # around them (某县 2025 年度…, 学习 18 次); names and titles holding a number then
    # read as written without the spaces
    from kg.io.spacing import unspaced_numbers
    text = ("吉林市 2022 年度法治政府建设工作报告\n2023-02-15 14:49\n"
            "2022 年,开展专题学习 18 次,满意率 98.5 %。制定《督察 20 条》。\n"
            "来源：市司法局 2023-02-15 浏览次数：12\nCopyright 2017 吉林市\n"
            "吉林市人民政府 2023年02月15日\n吉林市人民政府 2023 年 2 月 15 日\n")
    # a date's or a count's number beside Latin text, a mark or a line's end stays as written
    assert unspaced_numbers(text) == ("吉林市2022年度法治政府建设工作报告\n2023-02-15 14:49\n"
                                      "2022年,开展专题学习18次,满意率 98.5 %。制定《督察20条》。\n"
                                      "来源：市司法局 2023-02-15 浏览次数：12\nCopyright 2017 吉林市\n"
                                      "吉林市人民政府 2023年02月15日\n吉林市人民政府 2023年2月15日\n", 7)
    f = tmp_path / "r.txt"
    f.write_text("吉林市 2022 年度法治政府建设工作报告\n2022 年,市政府印发《行政检查执法备案智能管理改革"
                 "工作督察 20 条》,打造 15 分钟政务服务圈。\n", "utf-8")
    src = read_source(f)
    assert src.text.startswith("吉林市2022年度") and any("4 numbers" in w for w in src.warnings)
    r = extract(src.text)
    assert ("吉林省吉林市人民政府", "行政检查执法备案智能管理改革工作督察20条") in rels(r, "ISSUED")


def test_straight_quotes_around_chinese_text_read_as_curly(tmp_path):
    from kg.io.quotes import curl_quotes
    text, pairs = curl_quotes('深化"放管服"改革,助力"1187"建设,print("OK");为"十二五\n"发展')
    assert (text, pairs) == ('深化“放管服”改革,助力“1187”建设,print("OK");为"十二五\n"发展', 2)
    # one character for one: offsets hold, and the reader says what it changed
    f = tmp_path / "r.txt"
    f.write_text('大悟县2016年依法行政工作报告\n印发《大悟县"十三五"法治政府建设纲要》。\n', "utf-8")
    src = read_source(f)
    assert "《大悟县“十三五”法治政府建设纲要》" in src.text and len(src.text) == len(f.read_text("utf-8"))
    assert any("quotation" in w for w in src.warnings)


def test_a_name_in_straight_quotes_is_named_as_in_curly_ones(nlp, tmp_path):
    from kg.pipeline import extract_record
    records = []
    for i, text in enumerate(("制定“八五”普法规划,深化“放管服”改革。", '制定"八五"普法规划,深化"放管服"改革。')):
        f = tmp_path / f"r{i}.txt"
        f.write_text("大同市2023年法治政府建设报告\n" + text + "\n", "utf-8")
        records.append(extract_record(nlp, read_source(f)))
    curly, straight = ({(e["type"], e["canonical"]) for e in r["entities"]} for r in records)
    assert straight == curly and ("Regulation", "“八五”普法规划") in curly


def test_full_width_letters_and_digits_read_as_ascii(tmp_path, extract):
    from kg.io.widths import half_width
    assert half_width("２０２３年，推进“互联网＋监管”，拨打１２３４５热线（ＡＢ）。") == \
        ("2023年，推进“互联网+监管”，拨打12345热线（AB）。", 12)
    f = tmp_path / "w.txt"
    f.write_text("平城区２０２０年法治政府建设报告\n发布时间：２０２１年３月１２日\n２０２０年，平城区推进“互联网＋政务服务”。\n",
                 "utf-8")
    src = read_source(f)
    assert len(src.text) == len(f.read_text("utf-8")) and any("full-width" in w for w in src.warnings)
    r = extract(src.text)
    assert (r["year"], r["date"]) == (2020, "2021-03-12")
    assert "互联网+政务服务" in {e["canonical"] for e in r["entities"] if e["type"] == "Initiative"}


def test_a_short_simplified_report_of_a_place_named_with_qian_is_left_as_written(tmp_path, extract):
    # 乾 is also the traditional form of 干: in a short page about 乾安县 it made a share of
    # the characters, and the page had been read as traditional (干安县 → 安县, 四川's)
    text = ("乾安县2023年法治政府建设情况报告\n2023年，乾安县持续推进法治乡村建设，乾安镇、赞字乡被评为"
            "省级民主法治示范乡镇。县政府指导乾安镇人民政府制定《乾安镇法治建设实施方案》。\n")
    f = tmp_path / "qianan.txt"
    f.write_text(text, "utf-8")
    src = read_source(f)
    assert src.text == text and not src.warnings
    assert extract(src.text)["subject_region"] == "吉林省/松原市/乾安县"
