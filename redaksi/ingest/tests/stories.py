"""Stories written for these tests, in Indonesian, in our own words."""

from html import escape

PASAR_PARAGRAPHS = [
    "Pemerintah kota membuka kembali Pasar Terapung Lok Baintan setelah renovasi dermaga "
    "selama empat bulan, Sabtu pagi.",
    "Puluhan pedagang sayur dan kue tradisional sudah berjajar di atas jukung sejak pukul "
    "enam, menunggu pembeli yang datang dari tepi sungai.",
    "Kepala dinas pariwisata setempat mengatakan dermaga baru dibuat lebih lebar agar wisatawan "
    "bisa naik dan turun perahu dengan aman, termasuk pengunjung lanjut usia.",
    "Para pedagang berharap jumlah pengunjung kembali seperti sebelum renovasi, ketika pasar "
    "ramai didatangi rombongan wisata setiap akhir pekan.",
    "Pengelola juga menyiapkan papan petunjuk dalam dua bahasa dan tempat sampah terpilah di "
    "sepanjang dermaga untuk menjaga kebersihan sungai.",
]

KEBUN_PARAGRAPHS = [
    "Warga Desa Sukamaju memanen sayuran dari kebun bersama yang dibangun di lahan bekas tempat "
    "pembuangan sampah, Minggu.",
    "Kebun seluas setengah hektare itu ditanami kangkung, bayam, cabai dan tomat yang dirawat "
    "bergiliran oleh kelompok ibu rumah tangga.",
    "Hasil panen sebagian dijual ke pasar desa dan sebagian lagi dibagikan kepada keluarga yang "
    "membutuhkan di sekitar kebun.",
    "Kepala desa menyebut kebun itu menjadi contoh bagi desa lain yang ingin memanfaatkan lahan "
    "tidur tanpa biaya besar.",
]


def story_html(
    *,
    headline: str = "Pasar Terapung Lok Baintan Kembali Dibuka",
    lede: str = "Dermaga baru membuat wisatawan lebih aman naik perahu.",
    paragraphs: list[str] | None = None,
    author: str = "Rahmat Hidayat",
    canonical: str = "",
    next_page: str = "",
    lead_image: str = "",
    section: str = "",
) -> str:
    paragraphs = PASAR_PARAGRAPHS if paragraphs is None else paragraphs
    head = [
        f"<title>{escape(headline)}</title>",
        f'<meta property="og:title" content="{escape(headline)}">',
        f'<meta name="description" content="{escape(lede)}">',
        f'<meta name="author" content="{escape(author)}">',
    ]
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if next_page:
        head.append(f'<link rel="next" href="{next_page}">')
    if lead_image:
        head.append(f'<meta property="og:image" content="{lead_image}">')
    if section:
        head.append(f'<meta property="article:section" content="{escape(section)}">')
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        + "".join(head)
        + f"</head><body><article><h1>{escape(headline)}</h1>"
        + f'<div class="byline">Oleh {escape(author)}</div>{body}</article></body></html>'
    )
