"""Every demo story, one module per section; the loader orders them by publication time."""

from .. import factchecks
from . import bisnis, bola, news, tekno, video, world

STORIES = [
    *news.STORIES,
    *world.STORIES,
    *bisnis.STORIES,
    *tekno.STORIES,
    *factchecks.STORIES,
    *bola.STORIES,
    *video.STORIES,
]
