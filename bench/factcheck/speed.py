"""Tipline answer time with 10 000 fact-checks in memory, keyword-only beside keywords + USE.

    uv run python bench/factcheck/speed.py [--count 10000] [--rounds 3]

The 34 demo fact-checks are mixed with generated ones (invented claims built from
word lists; ``--distinct N`` repeats N texts for a quicker run), every labelled
question (dev and held-out) is answered ``--rounds`` times, and the 50th/95th
percentiles are printed. Also: the time to build the matcher (vectors included)
and top-1 of the dev set among the 10 000, to see how distractors change the answers.
"""

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from evaluate import demo_entries, evaluate  # noqa: E402

from redaksi.factcheck.matching.matcher import Entry, Matcher  # noqa: E402
from redaksi.factcheck.matching.semantic import UseEncoder  # noqa: E402

SUBJECTS = [
    "Wali kota",
    "Gubernur",
    "Menteri kesehatan",
    "Kepala desa",
    "Artis terkenal",
    "Pemain timnas",
    "Polisi",
    "Ojek daring",
    "Pedagang pasar",
    "Mahasiswa",
    "Petani",
    "Nelayan",
    "Guru honorer",
    "Bank daerah",
    "Perusahaan listrik",
    "Rumah sakit",
    "Maskapai",
    "Sekolah negeri",
    "Pemerintah",
]
ACTIONS = [
    "membagikan uang tunai",
    "menutup jalan utama",
    "menaikkan harga",
    "melarang penjualan",
    "menemukan benda aneh",
    "menyebarkan penyakit",
    "menggratiskan layanan",
    "memecat karyawan",
    "meliburkan kegiatan",
    "membangun menara",
    "menjual tanah",
    "mengubah aturan",
    "menarik produk",
]
OBJECTS = [
    "gula pasir",
    "minyak goreng",
    "sepeda motor",
    "kartu kredit",
    "pupuk subsidi",
    "air minum",
    "obat batuk",
    "buku pelajaran",
    "tiket konser",
    "seragam sekolah",
    "ikan asin",
    "kopi bubuk",
    "tabung gas",
    "bibit padi",
    "ponsel murah",
    "token listrik",
    "paket data",
    "sabun cuci",
]
PLACES = [
    "Medan",
    "Padang",
    "Palembang",
    "Bandung",
    "Cirebon",
    "Solo",
    "Yogyakarta",
    "Malang",
    "Denpasar",
    "Mataram",
    "Kupang",
    "Pontianak",
    "Banjarmasin",
    "Samarinda",
    "Makassar",
    "Manado",
    "Ambon",
    "Jayapura",
    "Sorong",
    "Ternate",
    "Kendari",
    "Palu",
    "Jambi",
    "Bengkulu",
]
WHEN = ["pekan ini", "bulan depan", "mulai Senin", "tahun ini", "kemarin", "sejak pagi"]


def generated(count: int, seed: int = 11) -> list[Entry]:
    rng = random.Random(seed)
    entries = []
    for number in range(count):
        subject, action, thing = rng.choice(SUBJECTS), rng.choice(ACTIONS), rng.choice(OBJECTS)
        place, when = rng.choice(PLACES), rng.choice(WHEN)
        headline = f"{subject} di {place} disebut {action} {thing} {when}"
        claim = f"{subject} {place} {action} {thing} {when}, kata pesan yang beredar."
        entries.append(
            Entry(
                page_id=100_000 + number,
                url=f"generated-{number}",
                headline=headline,
                verdict=rng.choice(["Hoaks", "Salah", "Menyesatkan"]),
                claim=claim,
                lede=f"Klaim soal {thing} di {place} tidak sesuai fakta.",
                tags=("hoaks", thing.split()[0]),
            )
        )
    return entries


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--distinct",
        type=int,
        default=10_000,
        help="distinct generated texts, repeated to make up --count (a quicker, rougher run)",
    )
    parser.add_argument(
        "--blas-threads", action="store_true", help="leave BLAS its default threads (the first run)"
    )
    args = parser.parse_args()
    here = Path(__file__).parent
    queries = json.loads((here / "queries.json").read_text())
    heldout = json.loads((here / "heldout.json").read_text())
    demo = demo_entries()
    pool = generated(min(args.distinct, args.count - len(demo)))
    extra = [
        Entry(**{**vars(pool[n % len(pool)]), "page_id": 100_000 + n, "url": f"generated-{n}"})
        for n in range(args.count - len(demo))
    ]
    entries = demo + extra
    if not args.blas_threads:
        threadpool_limits(limits=1, user_api="blas")  # as the app does when it loads the encoder
    started = time.perf_counter()
    encoder = UseEncoder()
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    distinct = demo + pool
    encoded_rows = np.vstack(
        [
            encoder.passages([e.meaning_text() for e in distinct[i : i + 64]])
            for i in range(0, len(distinct), 64)
        ]
    )
    vectors = np.vstack(
        [encoded_rows[: len(demo)]]
        + [encoded_rows[len(demo) + (n % len(pool))][None, :] for n in range(len(extra))]
    )
    encoded = time.perf_counter() - started
    started = time.perf_counter()
    matcher = Matcher(entries, vectors, encoder)
    built = time.perf_counter() - started
    print(
        f"{len(entries)} fact-checks; model load {loaded:.1f} s, encoding all {encoded:.1f} s, "
        f"matcher build {built:.2f} s"
    )
    matcher.answer("pemanasan")  # stemmer and BLAS warm, as in a running process
    for label, meaning in (("keywords only", False), ("keywords + use", True)):
        timings = []
        for _ in range(args.rounds):
            for query in queries + heldout:
                t0 = time.perf_counter()
                matcher.answer(query["q"], use_meaning=meaning)
                timings.append((time.perf_counter() - t0) * 1000)
        dev = evaluate(matcher, queries, meaning)
        print(
            f"{label:>15}: p50 {np.percentile(timings, 50):.1f} ms  p95 "
            f"{np.percentile(timings, 95):.1f} ms  max {max(timings):.1f} ms  "
            f"(n={len(timings)}); dev top-1 {dev['top1']:.2f} top-3 {dev['top3']:.2f} "
            f"unrelated answered {dev['false_answers']:.2f}"
        )


if __name__ == "__main__":
    main()
