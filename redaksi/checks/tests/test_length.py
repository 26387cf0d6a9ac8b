from .helpers import findings, story


def test_long_headline_and_lede_report_length_and_limit(settings):
    settings.REDAKSI_CHECK_HEADLINE_MAX = 40
    settings.REDAKSI_CHECK_LEDE_MAX = 50
    text = story("Pemerintah Kota Umumkan Jadwal Baru Pengangkutan Sampah", "x" * 51)
    found = {f.check: f for f in findings(text)}
    assert found["headline_too_long"].field == "title"
    assert "55" in found["headline_too_long"].message
    assert "40" in found["headline_too_long"].message
    assert found["lede_too_long"].field == "lede" and "51" in found["lede_too_long"].message


def test_short_headline_and_lede_are_fine():
    text = story("Jadwal Sampah Berubah", "Truk datang pagi hari.")
    assert {f.check for f in findings(text)} & {"headline_too_long", "lede_too_long"} == set()
