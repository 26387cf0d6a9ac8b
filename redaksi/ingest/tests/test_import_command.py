"""`redaksi import`: outside stories become drafts, once, with their source kept."""

import json
from io import BytesIO, StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image as PILImage

from redaksi.ingest.models import ImportedStory
from redaksi.newsroom.models import ArticlePage, AuthorPage

from .stories import KEBUN_PARAGRAPHS, PASAR_PARAGRAPHS, story_html

pytestmark = pytest.mark.django_db


def run_import(*args, **options):
    out, err = StringIO(), StringIO()
    call_command("import", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_a_saved_page_becomes_a_draft_that_is_not_published(newsroom, story_file):
    path = story_file(section="Global", canonical="https://contoh.id/wisata/pasar-terapung")

    out, _ = run_import(path)

    story = ArticlePage.objects.get(title="Pasar Terapung Lok Baintan Kembali Dibuka")
    assert not story.live and story.first_published_at is None
    assert story.get_parent().slug == "global"
    assert story.lede == "Dermaga baru membuat wisatawan lebih aman naik perahu."
    assert [a.title for a in story.authors] == ["Rahmat Hidayat"]
    content = story.body[0].value["content"]
    assert [block.block_type for block in content] == ["paragraph"] * len(PASAR_PARAGRAPHS)
    assert "Puluhan pedagang sayur" in content[1].value.source
    record = ImportedStory.objects.get(draft=story)
    assert record.source == path
    assert record.canonical_url == "https://contoh.id/wisata/pasar-terapung"
    assert record.fields["headline"] == story.title
    assert f"/admin/pages/{story.pk}/edit/" in out
    assert "Selesai: 1 diimpor," in out


def test_the_same_page_twice_makes_one_draft(newsroom, story_file):
    first = story_file("satu.html", canonical="https://contoh.id/a/1")
    # Saved again under another name, with different spacing: still the same story.
    again = story_file("dua.html", canonical="https://contoh.id/a/1/?utm_source=wa#atas")

    run_import(first)
    out, _ = run_import(again)

    assert ArticlePage.objects.filter(title__startswith="Pasar Terapung").count() == 1
    draft = ArticlePage.objects.get(title__startswith="Pasar Terapung")
    assert "sudah pernah diimpor: " in out and f"/admin/pages/{draft.pk}/edit/" in out
    assert ImportedStory.objects.count() == 1


def test_same_words_without_an_address_are_recognised_too(newsroom, story_file):
    run_import(story_file("a.html"))
    out, _ = run_import(story_file("b.txt.html", author="Rahmat  Hidayat"))
    assert "sudah pernah diimpor: " in out
    assert ArticlePage.objects.count() == 1


def test_a_near_duplicate_is_imported_but_flagged(newsroom, story_file):
    run_import(story_file("asli.html", canonical="https://contoh.id/a/1"))
    changed = list(PASAR_PARAGRAPHS)
    changed[2] = changed[2].replace("lebih lebar", "jauh lebih lebar")
    variant = story_file(
        "salinan.html",
        headline="Lok Baintan Dibuka Lagi Setelah Renovasi",
        paragraphs=changed,
        canonical="https://portal-lain.id/b/2",
    )

    out, _ = run_import(variant)

    original = ArticlePage.objects.get(title="Pasar Terapung Lok Baintan Kembali Dibuka")
    record = ImportedStory.objects.get(draft__title="Lok Baintan Dibuka Lagi Setelah Renovasi")
    assert record.near_duplicate_of == original
    assert record.similarity >= 0.8
    assert f"nyaris sama dengan “{original.title}”" in out
    assert "1 nyaris sama," in out


def test_a_different_story_is_not_flagged(newsroom, story_file):
    run_import(story_file("a.html"))
    run_import(
        story_file("b.html", headline="Kebun Bersama Desa Sukamaju", paragraphs=KEBUN_PARAGRAPHS)
    )
    record = ImportedStory.objects.get(draft__title="Kebun Bersama Desa Sukamaju")
    assert record.near_duplicate_of is None


def test_a_broken_file_fails_alone_and_the_exit_status_says_so(newsroom, story_file, tmp_path):
    good = story_file("baik.html")
    broken = tmp_path / "rusak.html"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    empty = tmp_path / "kosong.txt"
    empty.write_text("   \n")

    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import", str(broken), good, str(empty), stdout=out, stderr=err)

    assert failure.value.returncode == 1
    assert ArticlePage.objects.count() == 1
    assert ImportedStory.objects.count() == 1
    errors = err.getvalue()
    assert "rusak.html: gagal:" in errors and "kosong.txt: gagal:" in errors
    assert "bukan halaman web" in errors and "Berkas ini kosong." in errors
    assert "Selesai: 1 diimpor," in out.getvalue() and "2 gagal." in out.getvalue()


def test_a_failure_midway_leaves_nothing_behind(newsroom, story_file, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk penuh")

    monkeypatch.setattr("redaksi.ingest.importing.remember_article", fail)
    authors_before = AuthorPage.objects.count()

    with pytest.raises(CommandError):
        run_import(story_file(author="Penulis Baru Sekali"))

    assert ArticlePage.objects.count() == 0
    assert AuthorPage.objects.count() == authors_before
    assert ImportedStory.objects.count() == 0


def test_json_dry_run_prints_the_fields_and_writes_nothing(newsroom, story_file):
    out, _ = run_import(story_file(section="Global"), json=True, dry_run=True)

    fields = json.loads(out)
    assert fields["headline"] == "Pasar Terapung Lok Baintan Kembali Dibuka"
    assert fields["authors"] == ["Rahmat Hidayat"]
    assert fields["section"] == "Global"
    paragraphs = [b["text"] for b in fields["pages"][0]["blocks"] if b["kind"] == "paragraph"]
    assert paragraphs == PASAR_PARAGRAPHS
    assert ArticlePage.objects.count() == 0
    assert ImportedStory.objects.count() == 0
    assert AuthorPage.objects.filter(title="Rahmat Hidayat").count() == 0


def test_a_folder_imports_every_story_in_it(newsroom, tmp_path):
    (tmp_path / "satu.html").write_text(story_html(), encoding="utf-8")
    (tmp_path / "dua.htm").write_text(
        story_html(headline="Kebun Bersama Desa Sukamaju", paragraphs=KEBUN_PARAGRAPHS),
        encoding="utf-8",
    )
    (tmp_path / "catatan.pdf").write_bytes(b"%PDF-1.4")

    out, _ = run_import(str(tmp_path), section="news", as_user="")

    assert "Selesai: 2 diimpor," in out
    assert {p.get_parent().slug for p in ArticlePage.objects.all()} == {"news"}


def test_an_unknown_section_or_user_is_said_plainly(newsroom, story_file):
    with pytest.raises(CommandError, match="Tidak ada pengguna bernama nobody"):
        run_import(story_file(), as_user="nobody")
    with pytest.raises(CommandError):
        out, err = run_import(story_file(), section="olahraga")
    assert ArticlePage.objects.count() == 0


def test_an_address_is_fetched_with_its_next_pages_and_photo(newsroom, local_site, editor):
    buffer = BytesIO()
    PILImage.new("RGB", (800, 450), (20, 120, 60)).save(buffer, "JPEG")
    photo = local_site.add("/foto/dermaga.jpg", buffer.getvalue(), "image/jpeg")
    page2 = local_site.url("/wisata/pasar?page=2")
    local_site.add(
        "/wisata/pasar",
        story_html(paragraphs=PASAR_PARAGRAPHS[:3], next_page=page2, lead_image=photo),
    )
    local_site.add("/wisata/pasar?page=2", story_html(paragraphs=PASAR_PARAGRAPHS[3:]))

    out, _ = run_import(local_site.url("/wisata/pasar"), with_images=True, as_user=editor.username)

    story = ArticlePage.objects.get()
    assert len(story.body) == 2
    assert "papan petunjuk" in str(story.body[1].value["content"][1].value)
    assert story.lead_image is not None and story.lead_image.width == 800
    assert story.owner == editor
    assert ImportedStory.objects.get().imported_by == editor
    paths = [path for path, _agent in local_site.requests]
    assert paths == ["/wisata/pasar", "/wisata/pasar?page=2", "/foto/dermaga.jpg"]
    assert all(agent.startswith("Redaksi/") for _path, agent in local_site.requests)


def test_without_with_images_no_photo_is_downloaded(newsroom, local_site):
    local_site.add("/a", story_html(lead_image=local_site.url("/foto.jpg")))
    run_import(local_site.url("/a"))
    assert [path for path, _ in local_site.requests] == ["/a"]
    record = ImportedStory.objects.get()
    assert record.lead_image_url == local_site.url("/foto.jpg")
    assert record.draft.lead_image is None


def test_an_address_that_fails_is_an_error_line(newsroom, local_site):
    with pytest.raises(CommandError):
        _, err = run_import(local_site.url("/tidak-ada"))
    assert ArticlePage.objects.count() == 0


def _cli(tmp_path, *args):
    """The real `redaksi` command on a database nobody has migrated."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "redaksi.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
    }
    return subprocess.run(
        [sys.executable, "-c", "from redaksi.cli import main; main()", "import", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_dry_run_needs_no_tables_and_an_import_says_to_migrate(tmp_path):
    page = tmp_path / "kebun.html"
    page.write_text(story_html(), encoding="utf-8")
    preview = _cli(tmp_path, "--dry-run", str(page))
    assert preview.returncode == 0, preview.stderr
    assert "no such table" not in preview.stdout + preview.stderr
    imported = _cli(tmp_path, str(page))
    assert imported.returncode != 0
    assert "redaksi migrate" in imported.stderr and "no such table" not in imported.stderr
