"""The ingest inbox: editors and reporters turn a wire item into a draft with one click."""

import pytest
from django.test import override_settings
from django.urls import reverse

from redaksi.ingest.models import ImportedStory, WireFeed, WireItem
from redaksi.newsroom import roles
from redaksi.newsroom.models import ArticlePage

from .stories import PASAR_PARAGRAPHS, story_html

pytestmark = pytest.mark.django_db

FESTIVAL = (
    "<p>Ratusan perahu hias dari kampung pesisir meramaikan pembukaan festival budaya di teluk.</p>"
    "<h2>Tarian penyambutan</h2>"
    "<p>Penari muda membawakan tarian penyambutan di atas dermaga kayu sebelum lomba dimulai.</p>"
)


@pytest.fixture
def feed(newsroom):
    return WireFeed.objects.create(
        name="Mitra Timur",
        url="https://mitra.contoh.id/feed.xml",
        source_name="Mitra Timur",
        default_section=newsroom["sections"]["global"],
    )


@pytest.fixture
def item(feed):
    return WireItem.objects.create(
        feed=feed,
        guid="urn:mitra:2001",
        title="Festival Budaya Teluk Dibuka dengan Lomba Perahu Hias",
        summary="Ratusan perahu hias meramaikan pembukaan festival.",
        link="https://mitra.contoh.id/budaya/2001",
        content=FESTIVAL,
        authors=["Yohanes Rumbiak"],
        tags=["budaya"],
    )


def test_an_editor_makes_a_draft_with_one_click(editor, login, item):
    client = login(editor)

    response = client.post(reverse("ingest_inbox:make_draft", args=[item.pk]))

    draft = ArticlePage.objects.get(title=item.title)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert not draft.live
    assert draft.get_parent().slug == "global"
    assert draft.wire_source == "Mitra Timur"
    assert [a.title for a in draft.authors] == ["Yohanes Rumbiak"]
    assert sorted(t.name for t in draft.tags.all()) == ["budaya"]
    blocks = [b.value.source for b in draft.body[0].value["content"]]
    assert blocks[1] == "<h2>Tarian penyambutan</h2>"
    item.refresh_from_db()
    assert item.status == WireItem.DRAFTED and item.draft_id == draft.pk
    assert ImportedStory.objects.get(draft=draft).source == item.link

    again = client.post(reverse("ingest_inbox:make_draft", args=[item.pk]))
    assert again["Location"] == response["Location"]
    assert ArticlePage.objects.filter(title=item.title).count() == 1


def test_a_reporter_may_make_drafts_too(reporter, login, item):
    response = login(reporter).post(reverse("ingest_inbox:make_draft", args=[item.pk]))
    draft = ArticlePage.objects.get(title=item.title)
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert draft.owner == reporter and not draft.live
    # A new byline name gets a profile even though reporters may not publish pages.
    assert [a.title for a in draft.authors] == ["Yohanes Rumbiak"]


def test_others_are_refused(client, make_user, login, item):
    url = reverse("ingest_inbox:make_draft", args=[item.pk])
    anonymous = client.post(url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]

    # A fact-checker may use the admin, but not the inbox.
    checker = login(make_user("pemeriksa", roles.FACT_CHECKER))
    for response in (checker.post(url), checker.get(reverse("ingest_inbox:index"))):
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    # Someone without a role does not get into the admin at all.
    guest = login(make_user("tamu"))
    assert "login" in guest.post(url)["Location"]
    assert "login" in guest.get(reverse("ingest_inbox:index"))["Location"]
    assert not ArticlePage.objects.filter(title=item.title).exists()
    item.refresh_from_db()
    assert item.status == WireItem.NEW


def test_making_a_draft_needs_a_post(editor, login, item):
    response = login(editor).get(reverse("ingest_inbox:make_draft", args=[item.pk]))
    assert response.status_code == 405
    assert not ArticlePage.objects.filter(title=item.title).exists()


def test_the_inbox_lists_new_items_newest_first_and_filters_by_feed(editor, login, feed, item):
    other = WireFeed.objects.create(name="KBN", url="https://kawat.contoh.id/rss")
    newer = WireItem.objects.create(
        feed=other, guid="knb-1", title="Jembatan Gantung Rampung Dibangun", link="x"
    )
    newer.published_at = item.received_at.replace(year=item.received_at.year + 1)
    newer.save()
    WireItem.objects.create(
        feed=feed, guid="lama", title="Kiriman Lama Disisihkan", status="dismissed"
    )
    client = login(editor)

    page = client.get(reverse("ingest_inbox:index")).content.decode()
    assert page.index(newer.title) < page.index(item.title)
    assert "Kiriman Lama Disisihkan" not in page

    only_feed = client.get(reverse("ingest_inbox:index"), {"feed": feed.pk}).content.decode()
    assert item.title in only_feed and newer.title not in only_feed
    everything = client.get(reverse("ingest_inbox:index"), {"status": "all"}).content.decode()
    assert "Kiriman Lama Disisihkan" in everything


def test_dismissing_takes_an_item_out_of_the_inbox(editor, login, item):
    client = login(editor)
    client.post(reverse("ingest_inbox:dismiss", args=[item.pk]))
    item.refresh_from_db()
    assert item.status == WireItem.DISMISSED
    listing = client.get(reverse("ingest_inbox:index")).content.decode()
    assert reverse("ingest_inbox:make_draft", args=[item.pk]) not in listing


@pytest.mark.parametrize(
    "target",
    [
        "https://elsewhere.example/",
        "//elsewhere.example/",
        "/\\elsewhere.example/",
        "javascript:alert(1)",
        " https://elsewhere.example/",
        "http://testserver.elsewhere.example/",
    ],
)
def test_dismissing_never_sends_the_editor_off_the_site(editor, login, item, target):
    client = login(editor)
    response = client.post(reverse("ingest_inbox:dismiss", args=[item.pk]), {"next": target})
    assert response.status_code == 302
    assert response["Location"] == reverse("ingest_inbox:index")


def test_dismissing_returns_to_the_inbox_page_the_editor_was_on(editor, login, item):
    back = reverse("ingest_inbox:index") + "?status=new&page=2"
    response = login(editor).post(reverse("ingest_inbox:dismiss", args=[item.pk]), {"next": back})
    assert response["Location"] == back


@override_settings(REDAKSI_INGEST_FETCH_LINKS=True)
def test_an_item_with_only_a_summary_is_drafted_from_its_linked_article(
    editor, login, feed, local_site
):
    link = local_site.add("/wisata/pasar", story_html())
    item = WireItem.objects.create(
        feed=feed, guid="p1", title="Pasar terapung dibuka", summary="Singkat saja.", link=link
    )

    login(editor).post(reverse("ingest_inbox:make_draft", args=[item.pk]))

    draft = ArticlePage.objects.get()
    assert draft.title == "Pasar Terapung Lok Baintan Kembali Dibuka"
    text = " ".join(b.value.source for b in draft.body[0].value["content"])
    assert all(p.split(",")[0] in text for p in PASAR_PARAGRAPHS)


@override_settings(REDAKSI_INGEST_FETCH_LINKS=False)
def test_without_fetching_the_summary_becomes_the_draft(editor, login, feed):
    item = WireItem.objects.create(
        feed=feed,
        guid="p2",
        title="Jembatan Gantung Rampung",
        summary="Warga tidak perlu lagi menyeberang sungai dengan rakit.",
        link="https://kawat.contoh.id/daerah/1002",
    )
    login(editor).post(reverse("ingest_inbox:make_draft", args=[item.pk]))
    draft = ArticlePage.objects.get()
    assert "menyeberang sungai" in draft.body[0].value["content"][0].value.source


def test_editors_manage_feeds_and_reporters_do_not(editor, reporter, login, client, feed):
    index = reverse("ingest_feeds:index")
    editor_client = login(editor)
    assert feed.name in editor_client.get(index).content.decode()
    response = editor_client.post(
        reverse("ingest_feeds:add"),
        {"name": "Kantor Berita Nusantara", "url": "https://kawat.contoh.id/rss", "active": "on"},
    )
    assert response.status_code == 302
    assert WireFeed.objects.filter(name="Kantor Berita Nusantara").exists()

    client.logout()
    reporter_response = login(reporter).get(index)
    assert reporter_response.status_code == 302
    assert reporter_response["Location"] == reverse("wagtailadmin_home")
