from django.urls import path, register_converter

from . import views


class _Digits:
    """A zero-padded number of fixed width, so the index reads /indeks/2026/01/05/."""

    width = 2
    regex = "[0-9]{2}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return f"{int(value):0{self.width}d}"


class _Year(_Digits):
    width = 4
    regex = "[0-9]{4}"


register_converter(_Digits, "dd")
register_converter(_Year, "yyyy")

app_name = "portal"
urlpatterns = [
    path("tag/<slug:slug>/", views.tag, name="tag"),
    path("terkini/", views.latest, name="latest"),
    path("indeks/", views.index_today, name="index"),
    path("indeks/<yyyy:year>/<dd:month>/<dd:day>/", views.index_day, name="index_day"),
    path("video/", views.latest_videos, name="videos"),
    path("video/pilihan/", views.featured_video_list, name="featured_videos"),
]
