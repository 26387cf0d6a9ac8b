"""`redaksi import` on awkward but real material: inline CSS, broken bytes, huge files, DOCTYPEs."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from redaksi.ingest.models import WireItem
from redaksi.newsroom.models import ArticlePage

from .feeds import RSS
from .stories import story_html

pytestmark = pytest.mark.django_db

HEADLINE = "Pasar Terapung Lok Baintan Kembali Dibuka"


def run_import(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("import", *args, stdout=out, stderr=err)
    except CommandError as exc:  # a refused item makes the exit status non-zero
        err.write(str(exc))
    return out.getvalue(), err.getvalue()


def _minified_css(size: int) -> str:
    rules, n = [], 0
    while sum(map(len, rules)) < size:
        rules.append(f".c{n}{{color:#1a2b3c;margin:0;padding:{n % 9}px;font-weight:700}}")
        n += 1
    return "".join(rules)


@pytest.mark.parametrize("kilobytes", [45, 75])
def test_a_page_with_a_large_inline_style_sheet_is_imported(newsroom, tmp_path, kilobytes):
    style = f"<style amp-custom>{_minified_css(kilobytes * 1024)}</style>"
    html = story_html().replace('<meta charset="utf-8">', f'<meta charset="utf-8">{style}', 1)
    path = tmp_path / "amp.html"
    path.write_text(html, encoding="utf-8")

    out, err = run_import(str(path))

    assert ArticlePage.objects.filter(title=HEADLINE).exists(), err
    assert "color:#1a2b3c" not in str(ArticlePage.objects.get(title=HEADLINE).body.raw_data)


def test_bytes_invalid_in_the_declared_utf8_are_reported_not_garbled(newsroom, tmp_path):
    html = story_html(lede="Warga menyambut “kapal wisata” baru—dengan gembira.").encode()
    position = html.index(b"Puluhan")
    broken = html[:position] + b"\xff\xfe" + html[position:]
    path = tmp_path / "rusak.html"
    path.write_bytes(broken)

    out, err = run_import(str(path))

    assert not ArticlePage.objects.filter(title=HEADLINE).exists()
    assert "bukan UTF-8 yang sah" in err + out
    assert f"bita ke-{position + 1} " in err + out


def test_a_page_in_another_charset_declared_as_utf8_is_still_read_by_its_bytes(newsroom, tmp_path):
    html = story_html(lede="Warga menyambut kapal wisata baru di café dermaga.")
    path = tmp_path / "latin.html"
    path.write_bytes(html.encode("cp1252"))

    run_import(str(path))

    assert "café" in ArticlePage.objects.get(title=HEADLINE).lede


def test_a_local_file_over_the_size_limit_is_refused_before_it_is_read(
    newsroom, tmp_path, settings
):
    settings.REDAKSI_INGEST_MAX_BYTES = 64 * 1024
    path = tmp_path / "besar.html"
    path.write_text(story_html().replace("</body>", "<p>" + "isi " * 40_000 + "</p></body>"))

    out, err = run_import(str(path))

    assert not ArticlePage.objects.exists()
    assert "melebihi batas 64 KB" in err + out


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">',
        '<!DOCTYPE rss [\n  <!ENTITY nbsp "&#160;">\n  <!ENTITY copy "&#169;">\n]>',
    ],
    ids=["public-identifier", "internal-subset"],
)
def test_a_feed_that_begins_with_a_doctype_goes_to_the_inbox(tmp_path, doctype):
    declaration, rest = RSS.split("\n", 1)
    path = tmp_path / "kawat.xml"
    path.write_text(f"{declaration}\n{doctype}\n{rest}", encoding="utf-8")

    out, err = run_import(str(path))

    assert WireItem.objects.count() == 2, err
