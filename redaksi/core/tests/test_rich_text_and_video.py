import pytest
from django.core.exceptions import ValidationError

from redaksi.core.blocks import ParagraphBlock, VideoBlock
from redaksi.core.sanitize import clean_rich_text
from redaksi.core.video import playable_video


def test_scripts_and_event_handlers_never_reach_readers():
    dirty = (
        '<p onclick="steal()">Harga cabai naik<script>alert(1)</script></p>'
        '<a href="javascript:alert(1)">tautan</a><img src=x onerror=alert(1)>'
    )
    clean = clean_rich_text(dirty)
    assert "script" not in clean and "onclick" not in clean and "onerror" not in clean
    assert "javascript:" not in clean
    assert "<p>Harga cabai naik" in clean


def test_wagtail_internal_links_survive_cleaning():
    html = '<p><a linktype="page" id="12">Baca juga</a> <b>penting</b></p>'
    assert clean_rich_text(html) == html


def test_paragraph_block_stores_clean_html():
    block = ParagraphBlock()
    stored = block.get_prep_value(
        block.to_python("<p>Aman<script>x()</script></p><iframe></iframe>")
    )
    assert stored == "<p>Aman</p>"


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ", "youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://youtu.be/aqz-KE-bpKQ?t=10", "youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://www.youtube.com/shorts/aqz-KE-bpKQ", "youtube-nocookie.com/embed/aqz-KE-bpKQ"),
        ("https://vimeo.com/76979871", "player.vimeo.com/video/76979871"),
        ("https://www.dailymotion.com/video/x8abcd1", "dailymotion.com/embed/video/x8abcd1"),
        ("https://cdn.example.org/klip/banjir.mp4", "cdn.example.org/klip/banjir.mp4"),
    ],
)
def test_known_video_addresses_become_players(url, embed):
    video = playable_video(url)
    assert video is not None and embed in video.embed_url


@pytest.mark.parametrize(
    "url",
    ["https://example.org/berita/123", "javascript:alert(1)", "ftp://x/y.mp4", "bukan url"],
)
def test_unplayable_addresses_are_rejected_with_a_clear_message(url):
    assert playable_video(url) is None
    with pytest.raises(ValidationError) as error:
        VideoBlock().child_blocks["url"].clean(url)
    assert error.value.messages
