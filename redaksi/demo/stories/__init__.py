"""Every demo story, one module per section; the loader orders them by publication time."""

from . import bisnis, bola, cek_fakta, news, tekno, video, world

STORIES = [
    *news.STORIES,
    *world.STORIES,
    *bisnis.STORIES,
    *tekno.STORIES,
    *cek_fakta.STORIES,
    *bola.STORIES,
    *video.STORIES,
]
