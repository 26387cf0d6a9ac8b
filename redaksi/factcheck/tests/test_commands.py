"""`redaksi tipline ask` and `redaksi factcheck import` from the shell."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from redaksi.factcheck.models import FactCheckPage

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_tipline_ask_prints_the_replies(desk, encoder):
    page = desk["publish"](
        "Vaksin campak disebut mengandung chip pelacak", "Vaksin campak berisi chip."
    )
    printed = _run("tipline", "ask", "vaksin chip")
    assert "Hasil Cek Fakta untuk pesan Anda:" in printed
    assert "1. [HOAKS] Vaksin campak disebut mengandung chip pelacak" in printed
    assert page.get_full_url() in printed
    assert "[Tidak membantu]" in printed
    assert "Kami belum punya" in _run("tipline", "ask", "resep rendang padang")
    assert "Ini layanan Cek Fakta" in _run("tipline", "ask", "menu")


def test_tipline_ask_json_lists_urls_in_order(desk, encoder):
    first = desk["publish"](
        "Listrik padam total tiga hari se-Jawa-Bali", "PLN padamkan listrik tiga hari."
    )
    second = desk["publish"](
        "Listrik padam sehari di Bali karena gardu", "Listrik Bali padam sehari."
    )
    data = json.loads(_run("tipline", "ask", "listrik padam tiga hari jawa bali", "--json"))
    assert data["kind"] == "matches"
    assert data["urls"][0] == first.get_full_url()
    assert set(data["urls"]) <= {first.get_full_url(), second.get_full_url()}
    assert json.loads(_run("tipline", "ask", "selamat pagi", "--json")) == {
        "kind": "help",
        "urls": [],
        "matches": [],
    }


CLAIM_REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://mitra.example/cek/obat-kumur-covid",
    "claimReviewed": "Berkumur air garam membunuh virus di tenggorokan.",
    "name": "Berkumur air garam disebut membunuh virus",
    "datePublished": "2026-11-30",
    "author": {"@type": "Organization", "name": "Mitra Cek"},
    "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"},
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Akun Kesehatan Alami"},
        "appearance": [{"@type": "CreativeWork", "url": "https://x.com/sehat/status/1"}],
    },
}


def test_import_claim_review_objects_lists_and_pages(desk, tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps(CLAIM_REVIEW))
    many = tmp_path / "many.json"
    second = CLAIM_REVIEW | {
        "url": "https://mitra.example/cek/2",
        "reviewRating": {"alternateName": "Misleading"},
    }
    broken = CLAIM_REVIEW | {
        "url": "https://mitra.example/cek/3",
        "reviewRating": {"alternateName": "Spicy"},
    }
    no_url = {k: v for k, v in CLAIM_REVIEW.items() if k != "url"}
    many.write_text(json.dumps([second, broken, no_url]))
    page = tmp_path / "page.html"
    third = CLAIM_REVIEW | {
        "url": "https://mitra.example/cek/4",
        "reviewRating": {"alternateName": "Benar"},
    }
    page.write_text(
        f'<html><head><script type="application/ld+json">{json.dumps(third)}</script></head></html>'
    )
    out = StringIO()
    with pytest.raises(CommandError, match="2 catatan tidak diimpor"):
        call_command("factcheck", "import", str(one), str(many), str(page), stdout=out)
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "diimpor",
        "diimpor",
        "galat",
        "galat",
        "diimpor",
    ]
    assert "'Spicy' tidak cocok dengan vonis mana pun" in lines[2]
    assert "tanpa url" in lines[3]
    imported = FactCheckPage.objects.get(source_url="https://mitra.example/cek/obat-kumur-covid")
    assert imported.live
    assert imported.verdict.slug == "salah"
    assert imported.wire_source == "Mitra Cek"
    assert imported.authors[0].title == "Mitra Cek"
    assert imported.spread_by == "Akun Kesehatan Alami"
    assert imported.appearances.get().url == "https://x.com/sehat/status/1"
    assert (
        FactCheckPage.objects.get(source_url="https://mitra.example/cek/2").verdict.slug
        == "menyesatkan"
    )
    # Again: nothing new, and the imported ones are reported as already there.
    again = StringIO()
    call_command("factcheck", "import", str(one), stdout=again)
    assert again.getvalue().startswith("sudah ada:")
    assert FactCheckPage.objects.count() == 3
