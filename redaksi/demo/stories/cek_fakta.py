"""Cek Fakta: invented viral claims, checked the way the desk checks real ones."""

from ..content import PageBreak, Quote, Related, Story

STORIES = [
    Story(
        slug="cek-fakta-foto-hiu-di-jalan-saat-banjir",
        section="cek-fakta",
        headline="[SALAH] Foto hiu berenang di jalan saat banjir Tanjung Sari",
        lede=(
            "Foto itu hasil suntingan yang sudah beredar bertahun-tahun dan dikaitkan dengan "
            "berbagai banjir di banyak negara."
        ),
        dateline="Jakarta",
        authors=("putri-anggraini",),
        tags=("hoaks", "banjir"),
        days_ago=3,
        time="18:30",
        caption="Tangkapan layar unggahan yang memuat foto hiu di jalan tergenang.",
        credit="Ilustrasi: Redaksi",
        motif="check",
        body=(
            "<p><b>Klaim:</b> Sebuah foto yang beredar di media sosial memperlihatkan sirip hiu "
            "di tengah jalan yang tergenang. Pengunggahnya menyebut foto itu diambil saat banjir "
            "di Kelurahan Tanjung Sari, Semarang.</p>",
            "Unggahan tersebut dibagikan ulang lebih dari 8.000 kali dalam sehari. Sebagian "
            "warganet memperingatkan warga agar tidak menerobos genangan karena takut diserang "
            "hiu.",
            "<p><b>Pemeriksaan:</b> Tim Cek Fakta Redaksi menelusuri foto itu dengan mesin "
            "pencari gambar terbalik. Hasilnya, foto serupa sudah muncul di internet lebih dari "
            "sepuluh tahun lalu dan pernah dikaitkan dengan badai di berbagai negara.</p>",
            "Pakar forensik digital yang kami hubungi menunjukkan bahwa bayangan sirip tidak "
            "sesuai dengan arah cahaya di foto. Tepi sirip juga tampak terlalu tajam dibanding "
            "riak air di sekitarnya, tanda gambar hasil tempelan.",
            "Selain itu, sungai yang meluap di Tanjung Sari adalah sungai kecil di tengah kota "
            "yang jauh dari laut lepas. Petugas posko banjir juga tidak pernah menerima laporan "
            "soal hewan laut.",
            "<p><b>Kesimpulan:</b> Klaim bahwa foto tersebut diambil saat banjir di Tanjung Sari "
            "adalah <b>salah</b>. Foto itu merupakan hasil suntingan lama yang berulang kali "
            "disebarkan saat terjadi banjir.</p>",
            Related("banjir-rendam-ratusan-rumah-di-tanjung-sari"),
        ),
    ),
    Story(
        slug="cek-fakta-pesan-berantai-pemblokiran-rekening",
        section="cek-fakta",
        headline="[SALAH] Pesan berantai: rekening diblokir jika tidak perbarui data lewat tautan",
        lede=(
            "Tautan dalam pesan itu mengarah ke situs tiruan yang meminta nomor kartu dan PIN. "
            "Bank tidak pernah meminta data semacam itu lewat pesan."
        ),
        dateline="Jakarta",
        authors=("putri-anggraini",),
        tags=("hoaks", "keamanan siber"),
        days_ago=0,
        time="-3:30",
        caption="Pesan berantai soal pemblokiran rekening yang beredar di grup percakapan.",
        credit="Ilustrasi: Redaksi",
        motif="check",
        body=(
            "<p><b>Klaim:</b> Pesan berantai menyebut semua nasabah bank wajib memperbarui data "
            "paling lambat akhir bulan. Jika tidak, rekening akan diblokir permanen dan saldo "
            "tidak bisa ditarik.</p>",
            "Pesan itu menyertakan tautan yang tampak seperti alamat situs bank. Sejumlah pembaca "
            "mengirimkan tangkapan layar pesan tersebut ke layanan aduan Cek Fakta Redaksi.",
            "<p><b>Pemeriksaan:</b> Kami membuka tautan itu di perangkat terpisah. Situs yang "
            "muncul meniru tampilan halaman bank, tetapi alamatnya menggunakan domain yang baru "
            "didaftarkan beberapa hari sebelumnya.</p>",
            "Halaman tersebut meminta nomor kartu debit, tanggal lahir, PIN, dan kode OTP. Data "
            "sebanyak itu cukup bagi penipu untuk mengambil alih rekening korban.",
            Quote(
                "Bank tidak pernah meminta PIN atau kode OTP, baik lewat telepon, pesan, maupun "
                "surel. Siapa pun yang meminta itu pasti penipu.",
                "Petugas layanan nasabah sebuah bank yang kami hubungi",
            ),
            "<p><b>Kesimpulan:</b> Pesan tentang kewajiban memperbarui data melalui tautan "
            "tersebut adalah <b>salah</b> dan merupakan upaya pengelabuan. Jangan klik tautan "
            "serupa dan laporkan nomor pengirimnya.</p>",
        ),
    ),
    Story(
        slug="cek-fakta-video-antrean-panjang-spbu",
        section="cek-fakta",
        headline="[MENYESATKAN] Video antrean panjang di SPBU disebut terjadi pekan ini",
        lede=(
            "Video itu direkam dua tahun lalu saat jalur distribusi terganggu banjir. Pasokan BBM "
            "di kota yang disebut dalam unggahan saat ini normal."
        ),
        dateline="Jakarta",
        authors=("putri-anggraini",),
        tags=("hoaks", "energi"),
        days_ago=7,
        time="20:15",
        caption="Potongan video antrean kendaraan di sebuah SPBU yang beredar di media sosial.",
        credit="Ilustrasi: Redaksi",
        motif="road",
        body=(
            "<p><b>Klaim:</b> Sebuah video memperlihatkan antrean sepeda motor dan mobil mengular "
            "hingga ke jalan raya di depan sebuah SPBU. Keterangan video menyebut antrean terjadi "
            "pekan ini karena stok BBM menipis dan harga akan segera naik.</p>",
            "Video itu ditonton lebih dari 300.000 kali. Di kolom komentar, sejumlah warganet "
            "mengajak orang lain segera mengisi penuh tangki kendaraan.",
            "<p><b>Pemeriksaan:</b> Kami memecah video menjadi beberapa gambar diam dan "
            "menelusurinya. Video identik ternyata pernah diunggah dua tahun lalu oleh sebuah "
            "akun berita lokal, saat banjir memutus jalur distribusi BBM ke kota tersebut.</p>",
            "Papan harga di video juga menunjukkan angka yang berlaku dua tahun lalu, bukan harga "
            "saat ini. Pengelola SPBU yang kami hubungi memastikan tidak ada antrean luar biasa "
            "dalam sepekan terakhir.",
            "<p><b>Kesimpulan:</b> Video tersebut asli, tetapi keterangannya <b>menyesatkan</b> "
            "karena menyajikan rekaman lama seolah-olah peristiwa terkini. Ajakan memborong BBM "
            "justru bisa memicu antrean sungguhan.</p>",
        ),
    ),
    Story(
        slug="cek-fakta-rebusan-daun-sirsak-demam-berdarah",
        section="cek-fakta",
        headline="[SALAH] Rebusan daun sirsak disebut sembuhkan demam berdarah dalam sehari",
        lede=(
            "Tidak ada bukti ilmiah bahwa rebusan daun sirsak menyembuhkan demam berdarah. "
            "Menunda ke fasilitas kesehatan bisa berakibat fatal."
        ),
        dateline="Jakarta",
        authors=("putri-anggraini", "rina-wulandari"),
        tags=("hoaks", "kesehatan"),
        days_ago=10,
        time="19:20",
        caption="Unggahan video yang mengklaim rebusan daun sirsak menyembuhkan demam berdarah.",
        credit="Ilustrasi: Redaksi",
        motif="check",
        body=(
            "<p><b>Klaim:</b> Sebuah video pendek menyebut minum tiga gelas rebusan daun sirsak "
            "sehari dapat menyembuhkan demam berdarah dalam 24 jam. Pembuat video juga "
            "menyarankan penonton tidak perlu ke rumah sakit karena cukup dirawat di rumah.</p>",
            "Video itu dibagikan luas di grup-grup percakapan keluarga, bersamaan dengan "
            "meningkatnya kasus demam berdarah di sejumlah daerah. Beberapa pembaca meminta "
            "Redaksi memeriksa kebenarannya.",
            "Kami memeriksa klaim ini dengan menelusuri penelitian yang tersedia dan mewawancarai "
            "dua dokter: seorang spesialis penyakit dalam dan seorang dokter anak.",
            PageBreak("Apa kata penelitian dan dokter"),
            "Kami tidak menemukan uji klinis yang membuktikan rebusan daun sirsak menyembuhkan "
            "demam berdarah. Penelitian tentang daun sirsak yang ada sebagian besar dilakukan di "
            "laboratorium, bukan pada pasien demam berdarah.",
            "Demam berdarah disebabkan virus dengue yang ditularkan nyamuk. Hingga kini belum ada "
            "obat yang membunuh virus tersebut; perawatan berfokus pada menjaga cairan tubuh dan "
            "memantau tanda bahaya.",
            Quote(
                "Fase paling berbahaya justru sering terjadi ketika demam turun. Pasien merasa "
                "sembuh, padahal bisa masuk fase syok. Karena itu pemantauan trombosit dan cairan "
                "sangat penting.",
                "dr. Lukman Hakim, Sp.PD, dokter spesialis penyakit dalam",
            ),
            "Dokter anak yang kami hubungi menambahkan bahwa minum cukup cairan memang "
            "dianjurkan, baik air putih, oralit, maupun jus buah. Namun minuman apa pun tidak "
            "menggantikan pemeriksaan darah dan pengawasan tenaga kesehatan.",
            PageBreak("Kesimpulan"),
            "<p>Klaim bahwa rebusan daun sirsak menyembuhkan demam berdarah dalam sehari adalah "
            "<b>salah</b>. Tidak ada bukti ilmiah yang mendukungnya.</p>",
            "Saran dalam video untuk tidak pergi ke fasilitas kesehatan berbahaya. Segera "
            "periksakan diri bila demam tinggi disertai nyeri perut hebat, muntah terus-menerus, "
            "mimisan, atau gusi berdarah.",
            "Cara terbaik mencegah demam berdarah tetap sama: menguras dan menutup tempat "
            "penampungan air, mendaur ulang barang bekas yang bisa menampung air, serta "
            "menghindari gigitan nyamuk.",
        ),
    ),
    Story(
        slug="cek-fakta-foto-surat-suara-tercoblos-jelang-pilkada",
        section="cek-fakta",
        headline="[KONTEKS KELIRU] Foto surat suara tercoblos yang beredar jelang pilkada",
        lede=(
            "Foto itu berasal dari simulasi pemungutan suara di sebuah sekolah, bukan kecurangan. "
            "Surat suara dalam foto adalah contoh dengan calon fiktif."
        ),
        dateline="Makassar",
        authors=("putri-anggraini",),
        tags=("hoaks", "pemilu"),
        days_ago=5,
        time="21:00",
        caption="Tangkapan layar unggahan yang memuat foto tumpukan surat suara.",
        credit="Ilustrasi: Redaksi",
        motif="check",
        body=(
            "<p><b>Klaim:</b> Sebuah akun media sosial mengunggah foto tumpukan surat suara yang "
            "sudah dicoblos. Akun itu menuding surat suara tersebut disiapkan untuk memenangkan "
            "salah satu pasangan calon wali kota.</p>",
            "<p><b>Pemeriksaan:</b> Kami mencermati foto dan menemukan bahwa nama pasangan calon "
            "di surat suara tidak sesuai dengan nama calon yang terdaftar. Surat suara juga "
            "bertuliskan “CONTOH” di pojok kanan atas.</p>",
            "Penelusuran lebih lanjut mengarah ke unggahan sebuah sekolah menengah yang menggelar "
            "simulasi pemungutan suara bagi pemilih pemula. Foto yang sama, dengan sudut "
            "pengambilan identik, diunggah akun resmi sekolah itu beberapa hari sebelumnya.",
            Related("pemilih-pemula-makassar-ikuti-simulasi-pemungutan-suara"),
            "Penyelenggara pemilu kota membenarkan bahwa surat suara contoh memang dipakai dalam "
            "program pendidikan pemilih di sekolah-sekolah. Surat suara asli untuk pemilihan "
            "belum dicetak.",
            "<p><b>Kesimpulan:</b> Foto tersebut asli, tetapi disebarkan dengan <b>konteks "
            "keliru</b>. Foto itu berasal dari kegiatan simulasi di sekolah dan tidak berkaitan "
            "dengan kecurangan pemilihan.</p>",
        ),
    ),
    Story(
        slug="cek-fakta-kapten-laskar-khatulistiwa-dipecat-karena-unggahan",
        section="cek-fakta",
        headline="[SALAH] Klaim kapten Laskar Khatulistiwa dipecat karena unggahan media sosial",
        lede=(
            "Manajemen klub membantah ada pemecatan. Sang kapten absen latihan karena cedera "
            "hamstring."
        ),
        dateline="Pontianak",
        authors=("putri-anggraini", "fajar-nugroho"),
        tags=("hoaks", "sepak bola"),
        days_ago=12,
        time="17:10",
        caption="Tangkapan layar unggahan yang mengklaim pemecatan kapten klub.",
        credit="Ilustrasi: Redaksi",
        motif="check",
        body=(
            "<p><b>Klaim:</b> Sebuah akun penggemar sepak bola mengunggah gambar berisi “surat "
            "pemecatan” kapten Laskar Khatulistiwa, Yosef Manurung. Menurut unggahan itu, Yosef "
            "dipecat karena mengkritik pelatih baru di media sosial.</p>",
            "<p><b>Pemeriksaan:</b> Kami membandingkan surat dalam unggahan dengan surat resmi "
            "klub yang pernah dipublikasikan. Logo, format nomor surat, dan tanda tangan dalam "
            "unggahan berbeda dengan dokumen resmi.</p>",
            "Manajer klub yang kami hubungi membantah adanya pemecatan. Ia menjelaskan bahwa "
            "Yosef tidak ikut latihan karena cedera hamstring dan sedang menjalani pemulihan "
            "bersama tim medis.",
            "Kami juga memeriksa akun media sosial Yosef. Tidak ditemukan unggahan yang "
            "mengkritik pelatih; unggahan terakhirnya justru menyambut kedatangan pelatih baru.",
            Related("laskar-khatulistiwa-tunjuk-pelatih-baru-asal-brasil"),
            "<p><b>Kesimpulan:</b> Klaim bahwa kapten Laskar Khatulistiwa dipecat karena unggahan "
            "media sosial adalah <b>salah</b>. Surat yang beredar bukan dokumen resmi klub.</p>",
        ),
    ),
]
