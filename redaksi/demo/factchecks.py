"""The demo's Cek Fakta desk: invented viral claims, checked the way the desk checks real ones.

Every claim, account and link here is made up by us. Links point at invented
paths so the tipline's link matching can be tried: send one of them to the demo
tipline and it answers with the fact-check that lists it.
"""

from dataclasses import dataclass, field

from .content import Story


@dataclass(frozen=True)
class DemoFactCheck:
    slug: str
    headline: str
    verdict: str  # a verdict slug from the managed list
    claim: str
    lede: str
    findings: tuple[str, ...]
    conclusion: str
    appearances: tuple[tuple[str, str, int], ...] = ()  # (platform, url, days before publication)
    spread_by: str = ""
    references: tuple[tuple[str, str], ...] = ()
    tags: tuple[str, ...] = ("hoaks",)
    days_ago: int = 1
    time: str = "19:00"
    authors: tuple[str, ...] = ("putri-anggraini",)
    related: tuple[str, ...] = field(default=())


FACT_CHECKS = [
    DemoFactCheck(
        slug="cek-fakta-foto-hiu-di-jalan-saat-banjir",
        headline="Foto hiu berenang di jalan saat banjir Tanjung Sari",
        verdict="salah",
        claim="Foto sirip hiu di tengah jalan tergenang diambil saat banjir di Kelurahan "
        "Tanjung Sari, Semarang.",
        lede="Foto itu hasil suntingan yang sudah beredar bertahun-tahun dan dikaitkan dengan "
        "berbagai banjir di banyak negara.",
        findings=(
            "Tim Cek Fakta Redaksi menelusuri foto itu dengan mesin pencari gambar terbalik. "
            "Foto serupa sudah muncul lebih dari sepuluh tahun lalu dan pernah dikaitkan dengan "
            "badai di berbagai negara.",
            "Pakar forensik digital yang kami hubungi menunjukkan bayangan sirip tidak sesuai "
            "dengan arah cahaya, dan tepi sirip terlalu tajam dibanding riak air di sekitarnya.",
            "Sungai yang meluap di Tanjung Sari adalah sungai kecil di tengah kota, jauh dari "
            "laut lepas. Posko banjir tidak pernah menerima laporan soal hewan laut.",
        ),
        conclusion="Foto itu suntingan lama yang berulang kali disebarkan setiap ada banjir, "
        "bukan foto banjir Tanjung Sari.",
        appearances=(
            ("facebook", "https://www.facebook.com/groups/infowargasemarang/posts/70012", 1),
            ("whatsapp", "", 1),
        ),
        spread_by='Akun Facebook "Info Warga Semarang Raya"',
        references=(
            (
                "Foto serupa dalam arsip cek fakta tahun 2017",
                "https://cekfakta.example/arsip/hiu-banjir",
            ),
        ),
        tags=("hoaks", "banjir"),
        days_ago=3,
        time="18:30",
    ),
    DemoFactCheck(
        slug="cek-fakta-pesan-berantai-pemblokiran-rekening",
        headline="Pesan berantai: rekening diblokir jika tidak perbarui data lewat tautan",
        verdict="hoaks",
        claim="Semua nasabah bank wajib memperbarui data lewat tautan paling lambat akhir bulan; "
        "jika tidak, rekening diblokir permanen dan saldo tidak bisa ditarik.",
        lede="Tautan dalam pesan itu mengarah ke situs tiruan yang meminta nomor kartu dan PIN. "
        "Bank tidak pernah meminta data semacam itu lewat pesan.",
        findings=(
            "Kami membuka tautan itu di perangkat terpisah. Situs yang muncul meniru tampilan "
            "halaman bank, tetapi domainnya baru didaftarkan beberapa hari sebelumnya.",
            "Halaman tersebut meminta nomor kartu debit, tanggal lahir, PIN, dan kode OTP, cukup "
            "bagi penipu untuk mengambil alih rekening korban.",
            "Petugas layanan nasabah sebuah bank yang kami hubungi menegaskan bank tidak pernah "
            "meminta PIN atau kode OTP lewat telepon, pesan, maupun surel.",
        ),
        conclusion="Pesan itu hoaks dan upaya pengelabuan (phishing). Jangan klik tautannya dan "
        "laporkan nomor pengirimnya.",
        appearances=(
            ("whatsapp", "", 2),
            ("web", "https://bank-update-data.example/verifikasi", 2),
        ),
        spread_by="Nomor-nomor tak dikenal lewat pesan berantai WhatsApp",
        tags=("hoaks", "keamanan siber"),
        days_ago=0,
        time="-3:30",
    ),
    DemoFactCheck(
        slug="cek-fakta-video-antrean-panjang-spbu",
        headline="Video antrean panjang di SPBU disebut terjadi pekan ini",
        verdict="menyesatkan",
        claim="Video antrean kendaraan mengular di sebuah SPBU menunjukkan kelangkaan BBM "
        "pekan ini.",
        lede="Video itu asli, tetapi direkam dua tahun lalu saat libur Lebaran, bukan pekan ini.",
        findings=(
            "Kami memecah video menjadi beberapa gambar dan menelusurinya. Video yang sama "
            "diunggah di YouTube dua tahun lalu dengan keterangan arus mudik Lebaran.",
            "Papan harga di SPBU dalam video masih menampilkan harga BBM lama, sebelum "
            "penyesuaian harga tahun lalu.",
            "Pengelola SPBU di jalur tersebut menyatakan pasokan normal sepanjang pekan ini.",
        ),
        conclusion="Videonya asli tetapi lama; menyebutnya sebagai kelangkaan BBM pekan ini "
        "menyesatkan.",
        appearances=(("tiktok", "https://www.tiktok.com/@kabarjalanan/video/7301", 1),),
        spread_by="Akun TikTok @kabarjalanan",
        tags=("hoaks", "energi"),
        days_ago=7,
        time="20:15",
    ),
    DemoFactCheck(
        slug="cek-fakta-rebusan-daun-sirsak-demam-berdarah",
        headline="Rebusan daun sirsak disebut sembuhkan demam berdarah dalam sehari",
        verdict="salah",
        claim="Minum rebusan daun sirsak tiga kali sehari menyembuhkan demam berdarah dengue "
        "dalam satu hari tanpa perlu ke dokter.",
        lede="Tidak ada penelitian yang menunjukkan daun sirsak menyembuhkan demam berdarah. "
        "Dokter mengingatkan bahaya menunda perawatan.",
        findings=(
            "Kami mencari penelitian tentang daun sirsak dan dengue di basis data jurnal "
            "kesehatan. Tidak ada uji klinis yang menunjukkan daun sirsak menyembuhkan dengue.",
            "Dokter spesialis penyakit dalam yang kami wawancarai menjelaskan pasien demam "
            "berdarah perlu dipantau trombosit dan cairannya; menunda perawatan bisa berakibat "
            "fatal.",
        ),
        conclusion="Klaim bahwa rebusan daun sirsak menyembuhkan demam berdarah dalam sehari "
        "salah. Penderita perlu segera diperiksa tenaga kesehatan.",
        appearances=(
            ("facebook", "https://www.facebook.com/herbalnusantara.sehat/posts/55102", 3),
        ),
        spread_by='Halaman Facebook "Herbal Nusantara Sehat"',
        tags=("hoaks", "kesehatan"),
        days_ago=10,
        time="19:20",
        authors=("putri-anggraini", "rina-wulandari"),
    ),
    DemoFactCheck(
        slug="cek-fakta-foto-surat-suara-tercoblos-jelang-pilkada",
        headline="Foto surat suara tercoblos yang beredar jelang pilkada",
        verdict="menyesatkan",
        claim="Foto tumpukan surat suara yang sudah tercoblos untuk satu pasangan calon "
        "ditemukan di gudang KPU menjelang pilkada tahun ini.",
        lede="Foto itu berasal dari simulasi pemungutan suara lima tahun lalu, bukan kecurangan "
        "menjelang pilkada tahun ini.",
        findings=(
            "Penelusuran gambar membawa kami ke berita simulasi pemungutan suara lima tahun "
            "lalu. Surat suara dalam foto memakai desain dan nama calon pemilu sebelumnya.",
            "KPU daerah menjelaskan surat suara pilkada tahun ini belum dicetak saat foto itu "
            "mulai beredar.",
        ),
        conclusion="Foto itu asli tetapi dari simulasi lama; mengaitkannya dengan pilkada tahun "
        "ini menyesatkan.",
        appearances=(("x", "https://x.com/suararakyat_id/status/18800001", 1),),
        spread_by="Akun X @suararakyat_id",
        tags=("hoaks", "pemilu"),
        days_ago=5,
        time="21:00",
    ),
    DemoFactCheck(
        slug="cek-fakta-kapten-laskar-khatulistiwa-dipecat-karena-unggahan",
        headline="Klaim kapten Laskar Khatulistiwa dipecat karena unggahan media sosial",
        verdict="salah",
        claim="Kapten klub Laskar Khatulistiwa dipecat manajemen karena unggahannya di media "
        "sosial mengkritik pelatih.",
        lede="Manajemen klub membantah. Sang kapten absen karena cedera lutut, dan kontraknya "
        "masih berlaku hingga akhir musim.",
        findings=(
            "Unggahan yang disebut sebagai penyebab pemecatan tidak ditemukan di akun resmi sang "
            "kapten; tangkapan layar yang beredar memakai tata letak aplikasi yang berbeda.",
            "Manajer klub menyatakan kapten sedang menjalani pemulihan cedera lutut dan tetap "
            "berlatih terpisah di pusat latihan klub.",
        ),
        conclusion="Kapten Laskar Khatulistiwa tidak dipecat; ia absen karena cedera.",
        appearances=(("instagram", "https://www.instagram.com/p/LaskarGosip01/", 2),),
        spread_by="Akun gosip sepak bola di Instagram",
        tags=("hoaks", "sepak bola"),
        days_ago=12,
        time="17:10",
        authors=("putri-anggraini", "fajar-nugroho"),
    ),
    DemoFactCheck(
        slug="cek-fakta-vaksin-campak-mengandung-chip",
        headline="Vaksin campak disebut mengandung chip pelacak",
        verdict="hoaks",
        claim="Vaksin campak untuk anak sekolah mengandung microchip yang bisa melacak lokasi "
        "anak lewat jaringan 5G.",
        lede="Chip pelacak tidak mungkin masuk lewat jarum suntik vaksin, dan vaksin campak "
        "sudah dipakai puluhan tahun.",
        findings=(
            "Jarum suntik vaksin berdiameter kurang dari setengah milimeter; perangkat pelacak "
            "yang butuh antena dan sumber daya tidak muat di dalamnya.",
            "Dinas kesehatan menunjukkan daftar kandungan vaksin campak: virus yang dilemahkan, "
            "penstabil, dan cairan pelarut. Tidak ada komponen elektronik.",
        ),
        conclusion="Klaim chip pelacak dalam vaksin campak adalah hoaks.",
        appearances=(
            ("whatsapp", "", 1),
            ("facebook", "https://www.facebook.com/ibuwaspada.id/posts/90017", 2),
        ),
        spread_by='Halaman Facebook "Ibu Waspada"',
        tags=("hoaks", "kesehatan"),
        days_ago=2,
        time="16:40",
    ),
    DemoFactCheck(
        slug="cek-fakta-bansos-tunai-tiga-juta-lewat-tautan",
        headline="Pendaftaran bansos tunai Rp3 juta lewat tautan di pesan berantai",
        verdict="hoaks",
        claim="Pemerintah membagikan bantuan sosial tunai Rp3 juta per keluarga yang bisa "
        "didaftarkan lewat tautan di pesan WhatsApp.",
        lede="Kementerian Sosial tidak membuka pendaftaran bansos lewat tautan. Situs itu "
        "mengumpulkan nomor KTP dan kode OTP.",
        findings=(
            "Tautan mengarah ke formulir di domain gratisan yang meminta NIK, nomor telepon, dan "
            "kode verifikasi WhatsApp, cara umum membajak akun.",
            "Kementerian Sosial menyatakan data penerima bantuan ditetapkan dari data terpadu "
            "kesejahteraan sosial, bukan lewat pendaftaran daring seperti itu.",
        ),
        conclusion="Pendaftaran bansos Rp3 juta lewat tautan itu hoaks dan berisiko pencurian "
        "data.",
        appearances=(("whatsapp", "", 1), ("web", "https://bansos-tunai-2026.example/daftar", 1)),
        tags=("hoaks",),
        days_ago=1,
        time="12:15",
    ),
    DemoFactCheck(
        slug="cek-fakta-gempa-besar-diprediksi-jumat-malam",
        headline="Pesan BMKG prediksi gempa besar Jumat malam di Jawa",
        verdict="hoaks",
        claim="BMKG memperingatkan gempa magnitudo 8,9 akan mengguncang Pulau Jawa pada Jumat "
        "malam pukul 23.00 dan warga diminta tidur di luar rumah.",
        lede="Gempa tidak bisa diprediksi waktunya. BMKG tidak pernah mengeluarkan peringatan "
        "semacam itu.",
        findings=(
            "Hingga kini tidak ada metode ilmiah yang bisa memastikan hari dan jam terjadinya "
            "gempa. BMKG hanya memberi informasi gempa yang sudah terjadi dan peringatan dini "
            "tsunami sesudahnya.",
            "Kop surat dalam gambar berbeda dari dokumen resmi BMKG, dan nomor surat yang "
            "dicantumkan tidak terdaftar.",
        ),
        conclusion="Pesan prediksi gempa Jumat malam adalah hoaks.",
        appearances=(("whatsapp", "", 1), ("x", "https://x.com/infobencana_jw/status/18800420", 1)),
        tags=("hoaks",),
        days_ago=4,
        time="22:05",
    ),
    DemoFactCheck(
        slug="cek-fakta-minum-air-garam-cegah-flu",
        headline="Berkumur dan minum air garam hangat disebut cegah flu burung",
        verdict="salah",
        claim="Minum segelas air garam hangat setiap pagi mencegah penularan flu burung.",
        lede="Air garam bisa meredakan sakit tenggorokan, tetapi tidak mencegah infeksi virus "
        "flu burung.",
        findings=(
            "Ahli penyakit menular yang kami hubungi menjelaskan virus flu burung menular dari "
            "unggas sakit; air garam tidak membunuh virus di saluran napas.",
            "Minum air garam berlebihan justru berbahaya bagi penderita darah tinggi.",
        ),
        conclusion="Air garam tidak mencegah flu burung; klaim itu salah.",
        appearances=(("facebook", "https://www.facebook.com/sehatalami.id/posts/33021", 2),),
        tags=("hoaks", "kesehatan"),
        days_ago=0,
        time="10:30",
    ),
    DemoFactCheck(
        slug="cek-fakta-jembatan-ambruk-video-lama",
        headline="Video jembatan ambruk disebut terjadi di Kalimantan Barat kemarin",
        verdict="misinformasi",
        claim="Video jembatan gantung ambruk saat dilewati warga terjadi di Kalimantan Barat "
        "kemarin sore.",
        lede="Video itu direkam di negara lain tiga tahun lalu. Warganet yang membagikannya "
        "banyak yang mengira kejadian baru.",
        findings=(
            "Logo stasiun televisi di pojok video milik media asing. Berita aslinya terbit tiga "
            "tahun lalu.",
            "Badan penanggulangan bencana daerah Kalimantan Barat tidak mencatat jembatan "
            "ambruk kemarin.",
        ),
        conclusion="Video jembatan ambruk itu kejadian lama di luar negeri; ia beredar dengan "
        "keterangan keliru.",
        appearances=(("tiktok", "https://www.tiktok.com/@beritakalbar24/video/7302", 1),),
        tags=("hoaks", "bencana"),
        days_ago=6,
        time="08:45",
    ),
    DemoFactCheck(
        slug="cek-fakta-telur-palsu-dari-plastik",
        headline="Telur palsu dari plastik dijual di pasar tradisional",
        verdict="hoaks",
        claim="Telur ayam palsu yang terbuat dari plastik dan lilin beredar di pasar "
        "tradisional dan tidak bisa dibedakan dari telur asli.",
        lede="Membuat telur tiruan jauh lebih mahal daripada harga telur asli. Dinas "
        "perdagangan tidak menemukannya di pasar.",
        findings=(
            "Pengawas pasar dari dinas perdagangan memeriksa sampel dari lima pasar dan tidak "
            "menemukan telur tiruan.",
            'Kuning telur yang "kenyal" dalam video adalah telur yang dibekukan lalu dicairkan, '
            "perubahan wajar pada protein telur.",
        ),
        conclusion="Klaim telur plastik di pasar tradisional adalah hoaks.",
        appearances=(("youtube", "https://www.youtube.com/watch?v=TelurPalsu01", 5),),
        tags=("hoaks", "pangan"),
        days_ago=6,
        time="15:00",
    ),
    DemoFactCheck(
        slug="cek-fakta-gaji-pns-naik-lima-puluh-persen",
        headline="Gaji PNS naik 50 persen mulai bulan depan",
        verdict="tidak-terbukti",
        claim="Gaji pegawai negeri sipil naik 50 persen mulai bulan depan sesuai peraturan "
        "pemerintah yang baru diteken.",
        lede="Peraturan yang disebut tidak bisa ditemukan, dan kementerian terkait belum "
        "mengumumkan kenaikan apa pun.",
        findings=(
            "Kami mencari peraturan yang dikutip di basis data peraturan; nomornya tidak ada.",
            "Kementerian keuangan menyatakan besaran gaji ASN tahun depan masih dibahas bersama "
            "DPR dalam rancangan anggaran.",
        ),
        conclusion="Kenaikan gaji PNS 50 persen bulan depan tidak terbukti.",
        appearances=(("facebook", "https://www.facebook.com/groups/asnbersatu/posts/81230", 2),),
        tags=("hoaks", "asn"),
        days_ago=9,
        time="11:20",
    ),
    DemoFactCheck(
        slug="cek-fakta-presiden-naik-ojek-ke-pasar",
        headline="Foto presiden naik ojek ke pasar pagi ini",
        verdict="satire",
        claim="Presiden naik ojek daring ke pasar tradisional pagi ini karena macet, menurut "
        'sebuah "berita" yang beredar.',
        lede="Tulisan itu berasal dari situs satire yang menyebut dirinya fiksi; fotonya "
        "suntingan.",
        findings=(
            "Situs yang memuat tulisan itu mencantumkan keterangan di bagian bawah bahwa "
            "seluruh isinya fiksi dan bertujuan humor.",
            "Jadwal resmi presiden pagi itu adalah rapat terbatas di istana.",
        ),
        conclusion="Cerita itu satire; banyak yang membagikannya seolah berita sungguhan.",
        appearances=(("web", "https://kabarngawur.example/presiden-ngojek", 1),),
        tags=("hoaks",),
        days_ago=1,
        time="09:10",
    ),
    DemoFactCheck(
        slug="cek-fakta-listrik-padam-total-tiga-hari",
        headline="Listrik disebut padam total tiga hari se-Jawa-Bali",
        verdict="hoaks",
        claim="PLN akan memadamkan listrik total selama tiga hari di seluruh Jawa dan Bali "
        "untuk perawatan jaringan.",
        lede="PLN membantah. Perawatan jaringan dilakukan bergilir per gardu, beberapa jam, "
        "dengan pemberitahuan per wilayah.",
        findings=(
            "Surat edaran yang beredar memakai logo lama dan tanda tangan pejabat yang sudah "
            "tidak menjabat.",
            "Juru bicara PLN menjelaskan pemadaman terencana hanya untuk gardu tertentu dan "
            "diumumkan lewat aplikasi resmi.",
        ),
        conclusion="Pemadaman total tiga hari se-Jawa-Bali adalah hoaks.",
        appearances=(("whatsapp", "", 1),),
        tags=("hoaks", "energi"),
        days_ago=11,
        time="13:40",
    ),
    DemoFactCheck(
        slug="cek-fakta-ktp-elektronik-kedaluwarsa",
        headline="KTP elektronik disebut harus diganti karena kedaluwarsa",
        verdict="salah",
        claim="Semua KTP elektronik yang dicetak sebelum 2020 kedaluwarsa tahun ini dan harus "
        "diganti di kantor kecamatan.",
        lede="KTP elektronik berlaku seumur hidup. Penggantian hanya perlu jika data berubah "
        "atau kartu rusak.",
        findings=(
            "Undang-undang administrasi kependudukan menetapkan KTP elektronik berlaku seumur "
            "hidup.",
            "Dinas kependudukan dan catatan sipil mengimbau warga tidak antre mengganti KTP "
            "yang masih baik.",
        ),
        conclusion="Klaim KTP elektronik kedaluwarsa salah.",
        appearances=(("facebook", "https://www.facebook.com/infodukcapil.palsu/posts/1201", 2),),
        tags=("hoaks",),
        days_ago=2,
        time="14:25",
    ),
    DemoFactCheck(
        slug="cek-fakta-air-kelapa-campur-garam-obati-keracunan",
        headline="Air kelapa dicampur garam disebut tawar racun ular",
        verdict="salah",
        claim="Air kelapa muda dicampur garam bisa menawar bisa ular berbisa tanpa perlu antibisa.",
        lede="Satu-satunya penawar bisa ular adalah serum antibisa di fasilitas kesehatan.",
        findings=(
            "Dokter IGD menjelaskan bisa ular bekerja lewat darah dan saraf; minuman apa pun "
            "tidak menetralkannya.",
            "Pertolongan pertama yang dianjurkan: tenangkan korban, bidai anggota tubuh yang "
            "digigit, dan segera bawa ke rumah sakit.",
        ),
        conclusion="Air kelapa dan garam tidak menawar bisa ular; klaim itu salah dan berbahaya.",
        appearances=(("whatsapp", "", 3),),
        tags=("hoaks", "kesehatan"),
        days_ago=11,
        time="18:00",
    ),
    DemoFactCheck(
        slug="cek-fakta-harga-beras-turun-separuh",
        headline="Harga beras disebut turun separuh di semua pasar mulai Senin",
        verdict="tidak-terbukti",
        claim="Harga beras medium turun menjadi separuh di semua pasar mulai Senin karena "
        "impor besar-besaran.",
        lede="Tidak ada kebijakan penurunan harga setengahnya. Harga acuan beras tidak berubah.",
        findings=(
            "Badan pangan menyatakan harga eceran tertinggi beras medium tidak berubah.",
            "Pantauan kami di tiga pasar menunjukkan harga beras relatif stabil pekan ini.",
        ),
        conclusion="Penurunan harga beras hingga separuh tidak terbukti.",
        appearances=(("x", "https://x.com/hargapangan_now/status/18800777", 1),),
        tags=("hoaks", "pangan"),
        days_ago=8,
        time="07:30",
    ),
    DemoFactCheck(
        slug="cek-fakta-sekolah-libur-sebulan-karena-cuaca-panas",
        headline="Sekolah disebut diliburkan sebulan karena cuaca panas",
        verdict="hoaks",
        claim="Kementerian pendidikan meliburkan semua sekolah selama sebulan karena cuaca "
        "panas ekstrem.",
        lede="Tidak ada surat edaran semacam itu. Sekolah hanya diminta menyesuaikan kegiatan "
        "di luar kelas.",
        findings=(
            "Surat yang beredar tidak memiliki nomor dan tanggal, dan kop suratnya tidak sesuai.",
            "Kementerian menyatakan imbauan yang berlaku adalah mengurangi upacara dan olahraga "
            "di bawah terik matahari.",
        ),
        conclusion="Libur sekolah sebulan karena cuaca panas adalah hoaks.",
        appearances=(
            ("whatsapp", "", 1),
            ("facebook", "https://www.facebook.com/groups/wargasekolah/posts/4410", 1),
        ),
        tags=("hoaks", "pendidikan"),
        days_ago=13,
        time="06:50",
    ),
    DemoFactCheck(
        slug="cek-fakta-tol-gratis-saat-libur-akhir-tahun",
        headline="Semua jalan tol disebut gratis selama libur akhir tahun",
        verdict="salah",
        claim="Pemerintah menggratiskan semua jalan tol selama libur Natal dan Tahun Baru.",
        lede="Yang berlaku adalah potongan tarif di beberapa ruas pada jam tertentu, bukan tol "
        "gratis.",
        findings=(
            "Operator jalan tol mengumumkan diskon 20 persen di empat ruas pada hari-hari "
            "tertentu.",
            "Tidak ada pengumuman penggratisan tol di situs kementerian maupun operator.",
        ),
        conclusion="Tol gratis selama libur akhir tahun salah; yang ada hanya diskon di "
        "beberapa ruas.",
        appearances=(("instagram", "https://www.instagram.com/p/InfoMudik2026/", 2),),
        tags=("hoaks", "transportasi"),
        days_ago=4,
        time="16:15",
    ),
    DemoFactCheck(
        slug="cek-fakta-kutipan-menteri-soal-utang",
        headline="Kutipan menteri keuangan soal utang negara yang beredar di media sosial",
        verdict="disinformasi",
        claim='Menteri keuangan berkata "utang negara biar dibayar generasi berikutnya" dalam '
        "rapat dengan DPR.",
        lede="Rekaman rapat lengkap tidak memuat kalimat itu. Kutipan dipotong dan ditambah "
        "kata yang tidak diucapkan.",
        findings=(
            "Kami menonton rekaman lengkap rapat dari kanal resmi DPR. Menteri berbicara tentang "
            "tenor surat utang, bukan membebankan utang ke generasi berikutnya.",
            "Gambar kutipan pertama kali diunggah akun yang rutin menyebarkan konten politik "
            "dengan sengaja diubah.",
        ),
        conclusion="Kutipan itu dibuat-buat dan disebarkan dengan sengaja: disinformasi.",
        appearances=(("x", "https://x.com/rakyatkritis99/status/18800999", 1),),
        spread_by="Akun X @rakyatkritis99",
        tags=("hoaks", "ekonomi"),
        days_ago=5,
        time="20:40",
    ),
    DemoFactCheck(
        slug="cek-fakta-makan-nanas-dan-susu-beracun",
        headline="Makan nanas lalu minum susu disebut bisa bikin keracunan",
        verdict="salah",
        claim="Makan nanas lalu minum susu dalam waktu dekat menyebabkan keracunan yang bisa "
        "berakibat kematian.",
        lede="Ahli gizi: paling buruk perut terasa tidak nyaman. Tidak ada racun yang terbentuk.",
        findings=(
            "Enzim bromelain dalam nanas dapat menggumpalkan protein susu, sama seperti proses "
            "pencernaan biasa di lambung.",
            "Ahli gizi yang kami hubungi tidak menemukan laporan medis keracunan karena kombinasi "
            "itu.",
        ),
        conclusion="Nanas dan susu tidak menimbulkan keracunan; klaim itu salah.",
        appearances=(("tiktok", "https://www.tiktok.com/@tipsdapur_mama/video/7303", 4),),
        tags=("hoaks", "kesehatan", "pangan"),
        days_ago=8,
        time="12:00",
    ),
    DemoFactCheck(
        slug="cek-fakta-banjir-jakarta-karena-tanggul-jebol",
        headline="Banjir Jakarta pekan lalu disebut karena tanggul laut jebol",
        verdict="sebagian-benar",
        claim="Banjir di Jakarta Utara pekan lalu terjadi karena tanggul laut jebol.",
        lede="Tanggul memang rembes di satu titik, tetapi banjir terutama karena hujan deras "
        "dan rob bersamaan.",
        findings=(
            "Dinas sumber daya air membenarkan rembesan di satu segmen tanggul sepanjang 20 "
            "meter yang sudah ditambal.",
            "Data curah hujan menunjukkan hujan ekstrem di hari yang sama dengan pasang laut "
            "tinggi, penyebab utama genangan di banyak kelurahan.",
        ),
        conclusion="Sebagian benar: ada tanggul yang rembes, tetapi itu bukan satu-satunya "
        "penyebab banjir.",
        appearances=(("x", "https://x.com/jakutupdate/status/18801111", 2),),
        tags=("banjir",),
        days_ago=5,
        time="17:45",
    ),
    DemoFactCheck(
        slug="cek-fakta-uang-koin-seribu-ditarik",
        headline="Uang koin Rp1.000 kelapa sawit disebut ditarik dan tidak berlaku",
        verdict="salah",
        claim="Bank Indonesia menarik uang koin Rp1.000 bergambar kelapa sawit sehingga tidak "
        "berlaku lagi untuk belanja.",
        lede="Koin itu memang dicabut, tetapi masih bisa ditukar di bank; pesan itu juga "
        "menyebut tanggal yang keliru.",
        findings=(
            "Bank Indonesia mencabut koin tersebut dari peredaran beberapa tahun lalu dan "
            "membuka penukaran di bank umum selama sepuluh tahun.",
            "Pesan berantai menyebut penarikan baru dimulai bulan ini dan koin langsung hangus, "
            "dua hal yang tidak benar.",
        ),
        conclusion="Pesan itu salah soal waktu dan soal koin yang langsung hangus.",
        appearances=(("whatsapp", "", 2),),
        tags=("hoaks",),
        days_ago=2,
        time="10:10",
    ),
    DemoFactCheck(
        slug="cek-fakta-ponsel-meledak-saat-diisi-petir",
        headline="Ponsel disebut meledak jika dipakai saat diisi daya ketika petir",
        verdict="menyesatkan",
        claim="Semua ponsel yang dipakai sambil diisi daya saat hujan petir pasti meledak.",
        lede="Sambaran petir ke jaringan listrik bisa merusak perangkat yang tersambung, tetapi "
        '"pasti meledak" berlebihan.',
        findings=(
            "Ahli kelistrikan menjelaskan lonjakan tegangan saat petir bisa merusak pengisi daya "
            "dan perangkat; pemasangan penangkal petir dan stop kontak berpengaman mengurangi "
            "risikonya.",
            "Video ponsel meledak yang disertakan berasal dari kasus baterai rusak, bukan petir.",
        ),
        conclusion="Ada risiko nyata, tetapi klaim bahwa ponsel pasti meledak menyesatkan.",
        appearances=(("facebook", "https://www.facebook.com/tekno.aman/posts/2210", 3),),
        tags=("hoaks", "teknologi"),
        days_ago=13,
        time="19:50",
    ),
    DemoFactCheck(
        slug="cek-fakta-foto-banjir-bandara-lama",
        headline="Foto landasan bandara terendam banjir disebut terjadi kemarin",
        verdict="misinformasi",
        claim="Foto pesawat di landasan bandara yang terendam banjir diambil kemarin di "
        "Bandara Ahmad Yani, Semarang.",
        lede="Foto itu dari banjir bandara lain bertahun-tahun lalu. Bandara Semarang beroperasi "
        "normal kemarin.",
        findings=(
            "Penelusuran gambar menemukan foto yang sama di berita banjir bandara di Asia "
            "Tenggara beberapa tahun lalu.",
            "Pengelola bandara menyatakan tidak ada penerbangan yang terganggu kemarin.",
        ),
        conclusion="Foto itu lama dan bukan di Semarang; beredar dengan keterangan keliru.",
        appearances=(("instagram", "https://www.instagram.com/p/SemarangViral22/", 1),),
        tags=("hoaks", "banjir", "transportasi"),
        days_ago=3,
        time="09:35",
    ),
    DemoFactCheck(
        slug="cek-fakta-pendaftaran-cpns-dibuka-lewat-whatsapp",
        headline="Pendaftaran CPNS disebut dibuka lewat nomor WhatsApp panitia",
        verdict="hoaks",
        claim="Pendaftaran CPNS tahun ini dibuka lewat nomor WhatsApp panitia dengan biaya "
        "administrasi Rp500 ribu.",
        lede="Pendaftaran CPNS hanya lewat portal resmi dan tanpa biaya. Nomor itu milik penipu.",
        findings=(
            "Badan kepegawaian menegaskan seluruh pendaftaran dilakukan di portal resmi dan "
            "tidak dipungut biaya.",
            "Nomor WhatsApp dalam pesan sudah dilaporkan warga di beberapa daerah sebagai "
            "nomor penipuan.",
        ),
        conclusion="Pendaftaran CPNS lewat WhatsApp berbayar adalah hoaks dan penipuan.",
        appearances=(
            ("whatsapp", "", 1),
            ("facebook", "https://www.facebook.com/groups/lokercpns/posts/7712", 2),
        ),
        tags=("hoaks", "asn", "penipuan"),
        days_ago=2,
        time="14:55",
    ),
    DemoFactCheck(
        slug="cek-fakta-daging-sapi-impor-berformalin",
        headline="Daging sapi impor disebut disuntik formalin",
        verdict="tidak-terbukti",
        claim="Daging sapi impor yang dijual jelang hari raya disuntik formalin agar awet.",
        lede="Uji laboratorium balai karantina atas sampel daging impor tidak menemukan formalin.",
        findings=(
            "Balai besar karantina menguji 40 sampel daging impor dari gudang dan pasar; semua "
            "negatif formalin.",
            "Video yang beredar tidak menunjukkan bukti penyuntikan, hanya narasi pengunggah.",
        ),
        conclusion="Klaim daging sapi impor berformalin tidak terbukti.",
        appearances=(("youtube", "https://www.youtube.com/watch?v=DagingFormalin7", 3),),
        tags=("hoaks", "pangan"),
        days_ago=10,
        time="08:20",
    ),
    DemoFactCheck(
        slug="cek-fakta-stasiun-kereta-baru-dibuka-gratis",
        headline="Kereta bandara disebut gratis selama sebulan sejak peresmian",
        verdict="benar",
        claim="Kereta bandara rute baru gratis bagi penumpang selama sebulan pertama setelah "
        "diresmikan.",
        lede="Operator kereta membenarkan: tiket gratis berlaku sebulan dengan pemesanan lewat "
        "aplikasi resmi.",
        findings=(
            "Siaran pers operator kereta menyebut masa uji coba gratis selama 30 hari sejak "
            "peresmian.",
            "Penumpang tetap perlu memesan tiket bernilai nol rupiah di aplikasi resmi karena "
            "kuota per perjalanan dibatasi.",
        ),
        conclusion="Benar: kereta bandara rute baru gratis selama sebulan pertama.",
        appearances=(("x", "https://x.com/keretakita_info/status/18801222", 1),),
        tags=("transportasi",),
        days_ago=6,
        time="11:45",
    ),
    DemoFactCheck(
        slug="cek-fakta-tsunami-pantai-selatan-malam-ini",
        headline="Peringatan tsunami pantai selatan malam ini beredar lewat pesan suara",
        verdict="hoaks",
        claim="Pesan suara yang mengaku petugas BPBD meminta warga pantai selatan mengungsi "
        "karena tsunami datang malam ini.",
        lede="BPBD tidak mengeluarkan peringatan apa pun; peringatan tsunami resmi hanya "
        "dikeluarkan setelah gempa terjadi.",
        findings=(
            "BPBD kabupaten menyatakan suara dalam pesan bukan petugas mereka dan tidak ada "
            "gempa yang memicu peringatan tsunami.",
            "Peringatan dini tsunami resmi disiarkan lewat sirene, aplikasi, dan media, bukan "
            "pesan suara berantai.",
        ),
        conclusion="Pesan suara peringatan tsunami itu hoaks.",
        appearances=(("whatsapp", "", 1),),
        tags=("hoaks", "bencana"),
        days_ago=3,
        time="21:30",
    ),
    DemoFactCheck(
        slug="cek-fakta-bahan-bakar-dari-air",
        headline="Motor disebut bisa jalan dengan bahan bakar air",
        verdict="salah",
        claim="Seorang warga membuat alat yang membuat sepeda motor bisa berjalan hanya dengan "
        "air sebagai bahan bakar.",
        lede="Air tidak bisa menjadi bahan bakar; memecahnya butuh energi lebih besar daripada "
        "yang dihasilkan.",
        findings=(
            "Dosen teknik mesin menjelaskan memecah air menjadi hidrogen dan oksigen menghabiskan "
            "lebih banyak energi dari aki daripada yang didapat saat membakarnya.",
            "Dalam video, tangki bensin motor tidak diperlihatkan kosong.",
        ),
        conclusion="Motor berbahan bakar air adalah klaim yang salah.",
        appearances=(("youtube", "https://www.youtube.com/watch?v=MotorAir2026", 6),),
        tags=("hoaks", "energi", "teknologi"),
        days_ago=1,
        time="16:05",
    ),
    DemoFactCheck(
        slug="cek-fakta-akun-whatsapp-disadap-lewat-undangan-pernikahan",
        headline="Undangan pernikahan digital berformat APK bisa menguras rekening",
        verdict="benar",
        claim="File undangan pernikahan digital berformat APK yang dikirim lewat WhatsApp bisa "
        "mencuri data dan menguras rekening.",
        lede="Benar: file APK itu aplikasi jahat yang membaca SMS berisi kode OTP. Jangan "
        "memasangnya.",
        findings=(
            "Peneliti keamanan yang kami hubungi menganalisis file tersebut: aplikasi meminta "
            "izin membaca SMS lalu meneruskannya ke server pelaku.",
            "Beberapa korban melapor saldo berkurang setelah memasang file itu.",
        ),
        conclusion="Benar. Undangan berformat APK adalah modus pencurian data; hapus tanpa "
        "membukanya.",
        appearances=(("whatsapp", "", 2),),
        tags=("keamanan siber", "penipuan"),
        days_ago=4,
        time="13:15",
    ),
    DemoFactCheck(
        slug="cek-fakta-kucing-liar-sebarkan-virus-baru",
        headline="Kucing liar disebut sebarkan virus baru yang mematikan",
        verdict="hoaks",
        claim="Kucing liar di kota-kota besar menyebarkan virus baru yang mematikan manusia "
        "dalam tiga hari.",
        lede="Kementerian kesehatan tidak mencatat virus baru dari kucing. Video yang beredar "
        "berasal dari film.",
        findings=(
            "Potongan video rumah sakit yang disertakan berasal dari cuplikan film fiksi.",
            "Kementerian kesehatan dan dinas peternakan tidak menerima laporan penyakit baru "
            "yang ditularkan kucing.",
        ),
        conclusion="Virus mematikan dari kucing liar adalah hoaks.",
        appearances=(("tiktok", "https://www.tiktok.com/@faktaseram/video/7304", 1),),
        tags=("hoaks", "kesehatan"),
        days_ago=7,
        time="18:25",
    ),
    DemoFactCheck(
        slug="cek-fakta-sim-mati-tidak-bisa-diperpanjang",
        headline="SIM yang mati sehari disebut harus bikin baru dan ujian ulang",
        verdict="sebagian-benar",
        claim="SIM yang lewat masa berlaku meski hanya sehari tidak bisa diperpanjang dan "
        "pemiliknya harus ujian ulang.",
        lede="Aturan itu pernah berlaku, tetapi kini ada masa tenggang; yang lewat lama tetap "
        "harus membuat baru.",
        findings=(
            "Korps lalu lintas menjelaskan kebijakan terbaru memberi masa tenggang untuk "
            "perpanjangan SIM yang baru lewat masa berlaku.",
            "Setelah masa tenggang lewat, pemilik memang harus membuat SIM baru dengan ujian.",
        ),
        conclusion="Sebagian benar: ada masa tenggang, jadi SIM yang mati sehari masih bisa "
        "diperpanjang.",
        appearances=(("facebook", "https://www.facebook.com/infolantas.warga/posts/6620", 2),),
        tags=("transportasi",),
        days_ago=12,
        time="10:50",
    ),
]


BY_SLUG = {item.slug: item for item in FACT_CHECKS}


_PLATFORM_NAMES = {
    "whatsapp": "pesan berantai WhatsApp",
    "facebook": "Facebook",
    "x": "X",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "web": "sebuah situs",
}


def opening(item: DemoFactCheck) -> str:
    """The findings' first paragraph: where the claim went round, and who spread it."""
    places = list(dict.fromkeys(_PLATFORM_NAMES[p] for p, _url, _days in item.appearances))
    where = " dan ".join(places) if places else "media sosial"
    who = f" Penyebarnya antara lain {item.spread_by}." if item.spread_by else ""
    return (
        f"Klaim ini beredar lewat {where} dan ditanyakan pembaca ke layanan Cek Fakta Redaksi.{who}"
    )


def as_story(item: DemoFactCheck) -> Story:
    """The newsroom side of a fact-check: what every story has (time, byline, picture)."""
    return Story(
        slug=item.slug,
        section="cek-fakta",
        headline=item.headline,
        lede=item.lede,
        dateline="Jakarta",
        authors=item.authors,
        tags=item.tags,
        days_ago=item.days_ago,
        time=item.time,
        caption=f"Ilustrasi cek fakta: {item.headline}",
        credit="Ilustrasi: Redaksi",
        motif="check",
        body=(opening(item), *item.findings),
    )


STORIES = [as_story(item) for item in FACT_CHECKS]
