"""The input layer: each format's bytes into sources, with what is known of them."""
from __future__ import annotations

import json
from datetime import date

import pytest

from app.errors import ArticleTextError
from app.sources import read_sources, source_files

HTML = """<html><head><title>Gempa Guncang Cianjur</title>
<meta property="og:site_name" content="Kompas.com">
<meta property="article:published_time" content="2022-11-21T14:00:00+07:00">
<link rel="canonical" href="https://www.kompas.com/gempa-cianjur"></head>
<body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article><h1>Gempa Guncang Cianjur</h1>
<p>CIANJUR, KOMPAS.com - Gempa magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin (21/11/2022)
siang. Guncangan terasa hingga Jakarta dan Bandung, dan warga berhamburan keluar rumah.</p>
<p>Badan Nasional Penanggulangan Bencana melaporkan korban meninggal dunia mencapai 62 orang pada Senin malam,
sementara ratusan rumah rusak berat di Kecamatan Cugenang.</p></article>
<footer>Hak cipta Kompas.com</footer></body></html>"""


def test_an_html_page_gives_its_main_text_title_site_date_and_canonical_url():
    source, = read_sources(HTML.encode(), "gempa.html")
    assert "Gempa magnitudo 5,6 mengguncang" in source.text and "Beranda" not in source.text
    assert (source.title, source.outlet, source.url, source.published) == \
        ("Gempa Guncang Cianjur", "Kompas.com", "https://www.kompas.com/gempa-cianjur", date(2022, 11, 21))


def test_markdown_front_matter_is_metadata_and_its_dates_are_read_in_any_format():
    text = ("---\ntitle: Gempa Cianjur\noutlet: Tempo\npublished: Senin, 21 Nov 2022 14:00 WIB\n---\n"
            "Gempa magnitudo 5,6 mengguncang Cianjur pada Senin (21/11/2022).\n")
    source, = read_sources(text.encode(), "gempa.md")
    assert (source.title, source.outlet, source.published) == ("Gempa Cianjur", "Tempo", date(2022, 11, 21))
    assert source.text.startswith("Gempa magnitudo") and "---" not in source.text


@pytest.mark.parametrize("published, day", [
    ("2022-11-21T14:00:00+07:00", date(2022, 11, 21)),
    ("Senin, 21 Nov 2022 14:00 WIB", date(2022, 11, 21)),
    ("21/11/2022", date(2022, 11, 21)),
    ("3/4/2023", date(2023, 4, 3)),  # day first, as Indonesian dates are written
])
def test_publication_dates_of_every_format(published, day):
    record = {"title": "T", "published": published, "text": "Rapat digelar pada Senin."}
    assert read_sources(json.dumps(record).encode(), "a.json")[0].published == day


def test_a_json_list_jsonl_and_csv_are_one_source_per_record():
    records = [{"title": "A", "outlet": "Kompas", "text": "Satu."}, {"title": "B", "text": "Dua."}]
    assert [s.name for s in read_sources(json.dumps(records).encode(), "x.json")] == ["x.json#1", "x.json#2"]
    jsonl = "\n".join(json.dumps(r) for r in records).encode()
    assert [(s.name, s.title, s.outlet) for s in read_sources(jsonl, "x.jsonl")] == \
        [("x.jsonl#1", "A", "Kompas"), ("x.jsonl#2", "B", None)]
    csv = b"title,url,outlet,published,text\nA,https://a.id/1,Kompas,2023-09-11,Putin tiba di Moskva.\n"
    source, = read_sources(csv, "x.csv")
    assert (source.title, source.url, source.published, source.text) == \
        ("A", "https://a.id/1", date(2023, 9, 11), "Putin tiba di Moskva.")


def test_a_record_without_text_is_refused_by_its_line_number():
    jsonl = b'{"title": "A", "text": "Satu."}\n{"title": "B"}\n'
    with pytest.raises(ArticleTextError, match=r"x\.jsonl#2: has no text"):
        read_sources(jsonl, "x.jsonl")


@pytest.mark.parametrize("data, name, message", [
    (b"%PDF-1.7 ...", "laporan.pdf", "unknown format '.pdf'"),
    (b"{not json", "x.json", "is not valid JSON"),
    (b"judul,isi\nA,B\n", "x.csv", "needs a 'text' column"),
    (b"", "kosong.txt", "is empty"),
])
def test_what_cannot_be_read_is_refused_by_name(data, name, message):
    with pytest.raises(ArticleTextError, match=message):
        read_sources(data, name)


def test_utf16_with_its_bom_and_windows_1252_are_decoded_and_say_so():
    utf16, = read_sources("Kim tiba pada 11 September 2023.".encode("utf-16"), "a.txt")
    assert utf16.text == "Kim tiba pada 11 September 2023." and "UTF-16" in utf16.note
    legacy, = read_sources("Kim tiba di kafe \u201cSenja\u201d pada 11 September 2023.".encode("cp1252"), "b.txt")
    assert "\u201cSenja\u201d" in legacy.text and "Windows-1252" in legacy.note


def test_a_folder_is_walked_and_what_it_cannot_read_is_listed(tmp_path):
    (tmp_path / "a.txt").write_text("Satu.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "sub" / "c.pdf").write_bytes(b"%PDF")
    (tmp_path / "articles.json").write_text("{}", encoding="utf-8")  # Linimasa's own metadata file
    files, skipped = source_files([tmp_path])
    assert [p.name for p in files] == ["a.txt", "b.html"] and [p.name for p in skipped] == ["c.pdf"]
