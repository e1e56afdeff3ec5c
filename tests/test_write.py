"""Files kg writes are whole or untouched."""
import pytest

from kg.io.write import write_whole


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "deep" / "out.json"
    write_whole(target, "old")
    with pytest.raises(UnicodeEncodeError):
        write_whole(target, "new \ud800")               # cannot be encoded: fails mid-write
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]
    write_whole(target, b"\x00bytes")
    assert target.read_bytes() == b"\x00bytes"


def test_pieces_of_text_and_bytes_are_written_in_order(tmp_path):
    target = tmp_path / "out.json"
    write_whole(target, iter([b'{"a":', "“平城区”", b"}"]))
    assert target.read_text("utf-8") == '{"a":“平城区”}'
    with pytest.raises(RuntimeError):
        write_whole(target, _failing([b"half"]))
    assert target.read_text("utf-8") == '{"a":“平城区”}'


def _failing(pieces):
    yield from pieces
    raise RuntimeError("the run failed after writing some pieces")
