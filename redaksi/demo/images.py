"""Placeholder pictures for the demo, drawn locally with Pillow.

The demo must run offline and must not ship anyone's photographs, so every
picture is drawn here: a colour gradient with a few shapes that hint at the
story (water for floods, a skyline for cities, bars for markets…) and a
"FOTO ILUSTRASI" label so no reader mistakes it for a news photo. Each picture
is seeded by its title, so a second run draws exactly the same thing.
"""

import hashlib
import math
import random
from functools import cache
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.models import Collection

from redaksi.core.models import NewsImage

WIDTH, HEIGHT = 1200, 675
COLLECTION_NAME = "Foto Demo"

# Two gradient ends and an accent per section, so a section's teasers look related.
PALETTES = {
    "news": ((150, 28, 36), (40, 22, 44), (246, 184, 76)),
    "global": ((18, 60, 122), (10, 24, 48), (122, 196, 236)),
    "bisnis": ((16, 110, 92), (14, 40, 46), (236, 214, 120)),
    "tekno": ((86, 44, 150), (18, 20, 52), (92, 222, 220)),
    "cek-fakta": ((34, 34, 38), (120, 96, 20), (250, 208, 40)),
    "bola": ((30, 120, 58), (12, 52, 30), (240, 240, 232)),
}
DEFAULT_PALETTE = ((70, 80, 96), (24, 28, 36), (230, 200, 140))
MOTIFS = ("water", "city", "chart", "circuit", "field", "globe", "check", "crowd", "road", "leaf")
SECTION_MOTIFS = {
    "news": "city",
    "global": "globe",
    "bisnis": "chart",
    "tekno": "circuit",
    "cek-fakta": "check",
    "bola": "field",
}


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans-Bold.ttf", "Arial Bold.ttf", "LiberationSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow built without FreeType
        return ImageFont.load_default()


def _rng(seed: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))


def _shade(color: tuple[int, int, int], rng: random.Random, spread: int = 28) -> tuple:
    return tuple(max(0, min(255, c + rng.randint(-spread, spread))) for c in color)


def _gradient(size: tuple[int, int], start: tuple, end: tuple, rng: random.Random) -> Image.Image:
    """A diagonal gradient, drawn small and scaled up so it costs almost nothing."""
    small_w, small_h = 64, 36
    angle = math.radians(rng.choice((20, 35, 50, 130, 145, 160)))
    dx, dy = math.cos(angle), math.sin(angle)
    values = [x * dx + y * dy for y in range(small_h) for x in range(small_w)]
    low, high = min(values), max(values)
    mask = Image.new("L", (small_w, small_h))
    mask.putdata([int(255 * (v - low) / (high - low)) for v in values])
    mask = mask.resize(size, Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


def _draw_motif(draw: ImageDraw.ImageDraw, motif: str, accent: tuple, rng: random.Random) -> None:
    w, h = WIDTH, HEIGHT
    soft = (*accent, 70)
    strong = (*accent, 150)
    if motif == "water":
        for row in range(6):
            y = int(h * 0.55) + row * 34
            for x in range(-60, w + 60, 120):
                draw.arc((x, y, x + 120, y + 40), 180, 360, fill=strong, width=6)
    elif motif == "city":
        x = 0
        while x < w:
            bw, bh = rng.randint(60, 150), rng.randint(140, 420)
            draw.rectangle((x, h - bh, x + bw - 8, h), fill=(*accent, rng.randint(40, 110)))
            for wy in range(h - bh + 20, h - 20, 36):
                for wx in range(x + 12, x + bw - 24, 26):
                    if rng.random() < 0.5:
                        draw.rectangle((wx, wy, wx + 10, wy + 14), fill=strong)
            x += bw
    elif motif == "chart":
        bars = 9
        for i in range(bars):
            bh = rng.randint(80, 420)
            x0 = 120 + i * 100
            draw.rectangle((x0, h - 90 - bh, x0 + 60, h - 90), fill=(*accent, 120))
        points = [(120 + i * 100 + 30, rng.randint(140, 380)) for i in range(bars)]
        draw.line(points, fill=(255, 255, 255, 200), width=6)
    elif motif == "circuit":
        for _ in range(26):
            x, y = rng.randrange(0, w, 40), rng.randrange(0, h, 40)
            x2 = x + rng.choice((-1, 1)) * rng.randrange(80, 320, 40)
            y2 = y + rng.choice((-1, 1)) * rng.randrange(40, 200, 40)
            draw.line([(x, y), (x2, y), (x2, y2)], fill=soft, width=5)
            draw.ellipse((x2 - 9, y2 - 9, x2 + 9, y2 + 9), fill=strong)
        draw.rounded_rectangle((w // 2 - 120, h // 2 - 120, w // 2 + 120, h // 2 + 120), 24,
                               outline=strong, width=8)  # fmt: skip
    elif motif == "field":
        line = (255, 255, 255, 120)
        draw.rectangle((60, 60, w - 60, h - 60), outline=line, width=6)
        draw.line((w // 2, 60, w // 2, h - 60), fill=line, width=6)
        draw.ellipse(
            (w // 2 - 110, h // 2 - 110, w // 2 + 110, h // 2 + 110), outline=line, width=6
        )
        draw.rectangle((60, h // 2 - 150, 240, h // 2 + 150), outline=line, width=6)
        draw.rectangle((w - 240, h // 2 - 150, w - 60, h // 2 + 150), outline=line, width=6)
        bx, by = rng.randint(300, w - 300), rng.randint(150, h - 150)
        draw.ellipse((bx - 22, by - 22, bx + 22, by + 22), fill=(255, 255, 255, 230))
    elif motif == "globe":
        cx, cy, r = w // 2 + rng.randint(-200, 200), h // 2, 250
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=strong, width=8)
        for k in (0.35, 0.7):
            draw.ellipse((cx - r * k, cy - r, cx + r * k, cy + r), outline=soft, width=5)
        for dy in (-0.5, 0, 0.5):
            half = int(r * (1 - dy * dy) ** 0.5)
            y = cy + int(r * dy)
            draw.line((cx - half, y, cx + half, y), fill=soft, width=5)
    elif motif == "check":
        cx, cy = w // 2 + rng.randint(-160, 160), h // 2 - 20
        draw.ellipse((cx - 170, cy - 170, cx + 170, cy + 170), outline=strong, width=22)
        draw.line((cx + 110, cy + 110, cx + 260, cy + 260), fill=strong, width=40)
        draw.line((cx - 80, cy, cx - 20, cy + 70, cx + 100, cy - 70), fill=(*accent, 220), width=24)
    elif motif == "crowd":
        for _ in range(40):
            x, y = rng.randint(0, w), rng.randint(int(h * 0.45), h)
            r = rng.randint(22, 40)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*accent, rng.randint(50, 130)))
            draw.rectangle((x - r, y + r, x + r, y + 4 * r), fill=(*accent, 60))
    elif motif == "road":
        draw.polygon([(w // 2 - 40, h // 3), (w // 2 + 40, h // 3), (w - 100, h), (100, h)],
                     fill=(20, 20, 24, 150))  # fmt: skip
        for i in range(6):
            t = i / 6
            y0 = h // 3 + int((h - h // 3) * t)
            draw.rectangle((w // 2 - 4 - 10 * t, y0, w // 2 + 4 + 10 * t, y0 + 20 + 30 * t),
                           fill=(*accent, 220))  # fmt: skip
    else:  # leaf
        for _ in range(14):
            x, y = rng.randint(0, w), rng.randint(0, h)
            r = rng.randint(40, 110)
            draw.ellipse(
                (x - r, y - r // 2, x + r, y + r // 2), fill=(*accent, rng.randint(40, 110))
            )


def story_picture(seed: str, *, section: str = "", motif: str = "", label: str = "") -> bytes:
    """A 1200x675 JPEG for a story, the same bytes every time for the same arguments."""
    rng = _rng(seed)
    start, end, accent = PALETTES.get(section, DEFAULT_PALETTE)
    image = _gradient((WIDTH, HEIGHT), _shade(start, rng), _shade(end, rng), rng).convert("RGBA")
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    motif = motif if motif in MOTIFS else SECTION_MOTIFS.get(section, "leaf")
    _draw_motif(draw, motif, _shade(accent, rng, 18), rng)
    tag = "FOTO ILUSTRASI" + (f" · {label.upper()}" if label else "")
    font = _font(26)
    box = draw.textbbox((0, 0), tag, font=font)
    draw.rectangle((40, HEIGHT - 92, 40 + box[2] + 36, HEIGHT - 40), fill=(0, 0, 0, 150))
    draw.text((58, HEIGHT - 80), tag, font=font, fill=(255, 255, 255, 235))
    image = Image.alpha_composite(image, overlay).convert("RGB")
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=False)
    return buffer.getvalue()


def avatar_picture(name: str, size: int = 400) -> bytes:
    """A square portrait placeholder: the author's initials on a colour picked from the name."""
    rng = _rng(name)
    hue = rng.choice(list(PALETTES.values()))
    image = _gradient((size, size), _shade(hue[0], rng), _shade(hue[1], rng), rng)
    draw = ImageDraw.Draw(image)
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    font = _font(size * 2 // 5)
    box = draw.textbbox((0, 0), initials, font=font)
    x = (size - (box[2] - box[0])) / 2 - box[0]
    y = (size - (box[3] - box[1])) / 2 - box[1]
    draw.text((x, y), initials, font=font, fill=(255, 255, 255))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def demo_collection() -> Collection:
    """A collection of its own, so an admin can find (and remove) every demo picture at once."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def save_picture(
    *, title: str, data: bytes, filename: str, caption: str = "", credit: str = ""
) -> NewsImage:
    """Store ``data`` as a NewsImage, or return the demo picture that already has this title."""
    collection = demo_collection()
    existing = NewsImage.objects.filter(collection=collection, title=title).first()
    if existing is not None:
        return existing
    return NewsImage.objects.create(
        title=title,
        caption=caption,
        credit=credit,
        collection=collection,
        file=ImageFile(BytesIO(data), name=filename),
    )
