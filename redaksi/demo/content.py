"""The demo newsroom's people and places, and the shapes its stories are written in.

Everything here is invented: the people, the neighbourhoods, the clubs and the
viral claims. Real countries and cities appear only as settings. The story
texts live in ``stories/``, one module per section, written as plain data so
they read like copy rather than code.
"""

from dataclasses import dataclass

from redaksi.newsroom import api as newsroom

DEMO_PASSWORD = "redaksi-demo"

SITE_NAME = "Redaksi"
TAGLINE = "Kabar terpercaya dari ruang redaksi Anda"
HOME_INTRO = "Berita terkini dari Indonesia dan dunia, diperiksa sebelum diterbitkan."


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    first_name: str
    last_name: str
    superuser: bool = False


ACCOUNTS = (
    Account("redaksi", newsroom.ADMIN, "Admin", "Redaksi", superuser=True),
    Account("editor", newsroom.EDITOR, "Rina", "Wulandari"),
    Account("reporter", newsroom.REPORTER, "Bagus", "Setiawan"),
    Account("pemeriksa", newsroom.FACT_CHECKER, "Putri", "Anggraini"),
)

# (slug, title, intro), in menu order.
SECTIONS = (
    ("news", "News", "Peristiwa terkini dari seluruh Indonesia."),
    ("global", "Global", "Kabar dari berbagai penjuru dunia dan dampaknya bagi kita."),
    ("bisnis", "Bisnis", "Ekonomi, pasar, harga kebutuhan pokok, dan dunia usaha."),
    ("tekno", "Tekno", "Teknologi, internet, keamanan digital, dan budaya layar."),
    (
        "cek-fakta",
        "Cek Fakta",
        "Kami memeriksa klaim yang beredar di media sosial dan grup percakapan.",
    ),
    ("bola", "Bola", "Sepak bola, bulu tangkis, dan cabang olahraga lainnya."),
)
AUTHOR_INDEX_INTRO = "Wartawan, redaktur, dan pemeriksa fakta di balik setiap berita."


@dataclass(frozen=True)
class Author:
    slug: str
    name: str
    role_title: str
    bio: str
    username: str = ""


AUTHORS = (
    Author(
        "rina-wulandari",
        "Rina Wulandari",
        "Redaktur Pelaksana",
        "Rina memimpin rapat redaksi pagi dan menyunting liputan utama. Sebelumnya ia "
        "meliput isu perkotaan selama sepuluh tahun.",
        username="editor",
    ),
    Author(
        "bagus-setiawan",
        "Bagus Setiawan",
        "Reporter",
        "Bagus meliput bencana, layanan publik, dan pemilu daerah di Jawa Tengah. Ia bisa "
        "dihubungi lewat meja redaksi.",
        username="reporter",
    ),
    Author(
        "maya-sari-lubis",
        "Maya Sari Lubis",
        "Reporter Ekonomi",
        "Maya menulis tentang harga pangan, pasar modal, dan usaha kecil. Ia lulusan ekonomi "
        "pembangunan dari sebuah kampus di Medan.",
    ),
    Author(
        "yohanes-kurniawan",
        "Yohanes Kurniawan",
        "Reporter Teknologi",
        "Yohanes meliput perusahaan rintisan, keamanan siber, dan kecerdasan buatan. Di luar "
        "kantor ia mengajar kelas literasi digital untuk guru.",
    ),
    Author(
        "putri-anggraini",
        "Putri Anggraini",
        "Pemeriksa Fakta",
        "Putri memeriksa foto, video, dan pesan berantai yang dikirim pembaca. Ia terbiasa "
        "menelusuri arsip gambar dan data terbuka.",
        username="pemeriksa",
    ),
    Author(
        "fajar-nugroho",
        "Fajar Nugroho",
        "Reporter Olahraga",
        "Fajar mengikuti liga sepak bola dan pembinaan atlet muda. Ia pernah bermain di klub "
        "amatir kampungnya di Kudus.",
    ),
    Author(
        "dewi-hapsari",
        "Dewi Hapsari",
        "Redaktur Internasional",
        "Dewi menyunting berita luar negeri dan kerap menulis tentang iklim serta migrasi. Ia "
        "pernah bertugas sebagai koresponden di Asia Timur.",
    ),
    Author(
        "andi-pratama",
        "Andi Pratama",
        "Pewarta Foto",
        "Andi memotret peristiwa di lapangan untuk Redaksi sejak awal. Ia juga menulis catatan "
        "perjalanan liputan.",
    ),
    Author(
        "made-suardana",
        "I Made Suardana",
        "Kontributor Denpasar",
        "Made mengirim kabar dari Bali dan Nusa Tenggara, dari seni pertunjukan sampai "
        "layanan kesehatan di desa.",
    ),
)


# --- Pieces a story body is written with. A plain string is a paragraph.


@dataclass(frozen=True)
class Quote:
    text: str
    attribution: str = ""


@dataclass(frozen=True)
class Photo:
    """An in-body picture; the loader draws it."""

    caption: str
    credit: str = "Redaksi/Andi Pratama"
    motif: str = ""


@dataclass(frozen=True)
class Related:
    """A "Baca Juga" link to another demo story, by its slug."""

    slug: str
    label: str = ""


@dataclass(frozen=True)
class Video:
    url: str
    title: str = ""


@dataclass(frozen=True)
class PageBreak:
    """Starts the next page of the story, under this title."""

    title: str


@dataclass(frozen=True)
class Fix:
    """A correction: the story first went out with ``wrong`` where the body says ``right``."""

    note: str
    wrong: str
    right: str
    hours_later: float = 3


@dataclass(frozen=True)
class Story:
    slug: str
    section: str
    headline: str
    lede: str
    dateline: str
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    # Days before the run, and the time of day in WIB ("HH:MM"); "-H:MM" means that
    # long before the run, for the freshest stories.
    days_ago: int
    time: str
    caption: str
    body: tuple = ()
    credit: str = "Redaksi/Andi Pratama"
    wire: str = ""
    video: str = ""
    motif: str = ""
    fix: Fix | None = None
    draft: bool = False


# Openly licensed Blender Foundation films, the only videos the demo embeds.
BIG_BUCK_BUNNY = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
SINTEL = "https://www.youtube.com/watch?v=eRsGyueVLvQ"
TEARS_OF_STEEL = "https://www.youtube.com/watch?v=R6MlUcmOul8"
SPRING = "https://www.youtube.com/watch?v=WhWc3b3KhnY"
