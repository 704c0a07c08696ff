"""CSV as spreadsheets and databases write it: BOM, line ends, delimiters, stray quotes."""

import pytest

from pipeline.batch.inputs import InputError, InputSource


def csv_rows(tmp_path, data: bytes, name="haberler.csv", **options):
    path = tmp_path / name
    path.write_bytes(data)
    return list(InputSource(path, **options))


def test_a_csv_from_excel_with_a_bom_keeps_its_ids(tmp_path):
    rows = csv_rows(tmp_path, "\ufeffid,text\n7,Ankara'da toplantı\n".encode("utf-8"))
    assert rows[0]["id"] == "7"


@pytest.mark.parametrize("line_end", [b"\r", b"\r\n", b"\n"])
def test_any_line_end_gives_one_row_a_line(tmp_path, line_end):
    rows = csv_rows(tmp_path, line_end.join([b"id,text", b"1,Ankara", b"2,Izmir", b""]))
    assert [(row["id"], row["text"]) for row in rows] == [("1", "Ankara"), ("2", "Izmir")]


def test_line_ends_inside_a_quoted_text_are_kept_as_written(tmp_path):
    rows = csv_rows(tmp_path, b'id,text\r\n1,"Birinci paragraf.\r\nIkinci paragraf."\r\n2,Izmir\r\n')
    assert rows[0]["text"] == "Birinci paragraf.\r\nIkinci paragraf." and rows[1]["id"] == "2"


def test_an_unterminated_quote_is_one_error_row_and_the_rows_after_it_are_read(tmp_path):
    data = b'id,text\n1,"Ankara\'da toplanti, yarim\n2,Izmir\n3,"Bursa ""tirnakli"" haber"\n4,Van\n'
    rows = csv_rows(tmp_path, data)
    assert ["error" if not isinstance(row, dict) else row["id"] for row in rows] == ["error", "2", "3", "4"]
    assert "quote" in rows[0].error and "line 2" in rows[0].error
    assert rows[2]["text"] == 'Bursa "tirnakli" haber'


def test_a_quote_left_open_to_the_end_of_the_file_costs_only_its_row(tmp_path):
    rows = csv_rows(tmp_path, b'id,text\n1,Ankara\n2,"Izmir\n3,Van\n')
    assert ["error" if not isinstance(row, dict) else row["id"] for row in rows] == ["1", "error", "3"]
    assert "never closed" in rows[1].error


@pytest.mark.parametrize("delimiter, name", [(";", "haberler.csv"), ("\t", "haberler.csv"), (None, "haberler.tsv")])
def test_the_delimiter_is_an_option_and_tsv_means_tab(tmp_path, delimiter, name):
    separator = delimiter or "\t"
    data = f"id{separator}text\n1{separator}Ankara, Izmir ve Van\n".encode()
    [row] = csv_rows(tmp_path, data, name=name, delimiter=delimiter)
    assert row["text"] == "Ankara, Izmir ve Van"


def test_a_header_without_the_text_column_stops_before_the_first_row_and_suggests_one(tmp_path):
    path = tmp_path / "haberler.csv"
    path.write_text("no,govde,gun\n" + "7,Ankara,2026-01-22\n" * 1000, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        InputSource(path).check()
    assert str(raised.value) == f"{path} has no column 'text'; its columns: no, govde, gun; use --text-column govde?"


def test_a_row_with_invalid_utf8_is_an_error_row(tmp_path):
    rows = csv_rows(tmp_path, b"id,text\n1,bozuk \xff\n2,Van\n")
    assert "invalid UTF-8" in rows[0].error and rows[1]["id"] == "2"


def test_a_record_over_the_limit_is_one_error_row(tmp_path):
    long_text = "Ankara " * 100_000  # two lines of it: over 6 x 1,000 + 1 MiB bytes
    data = f'id,text\n1,"{long_text}\n{long_text}"\n2,Van\n'.encode()
    rows = csv_rows(tmp_path, data, max_chars=1000)
    assert "longer than" in rows[0].error and rows[1]["id"] == "2"
