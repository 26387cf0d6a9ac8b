"""Bola: an invented league's weekend, young players and a flooded pitch."""

from ..content import PageBreak, Photo, Quote, Related, Story

STORIES = [
    Story(
        slug="mataram-raya-tundukkan-bahari-samudra-lewat-gol-menit-akhir",
        section="bola",
        headline="Mataram Raya tundukkan Bahari Samudra 2-1 lewat gol menit akhir",
        lede=(
            "Gol sundulan bek tengah di masa tambahan waktu memastikan tiga poin. Kemenangan ini "
            "membawa tuan rumah naik ke peringkat ketiga."
        ),
        dateline="Mataram",
        authors=("fajar-nugroho", "andi-pratama"),
        tags=("sepak bola",),
        days_ago=2,
        time="22:10",
        caption="Pemain Mataram Raya FC merayakan gol kemenangan di depan tribune penonton.",
        motif="field",
        body=(
            "Mataram Raya FC menundukkan tamunya, Bahari Samudra FC, dengan skor 2-1 dalam laga "
            "pekan ke-12 liga. Gol penentu dicetak bek tengah Lalu Ahmad Fauzi lewat sundulan "
            "pada menit ke-90+3.",
            "Tim tamu sempat unggul lebih dulu melalui tendangan bebas Gilang Mahardika pada "
            "menit ke-27. Bola melengkung melewati pagar betis dan bersarang di pojok kanan atas "
            "gawang.",
            "Mataram Raya menyamakan kedudukan pada awal babak kedua. Sayap kiri Dedi Kurniadi "
            "menuntaskan umpan terobosan dengan tembakan mendatar yang tidak mampu dijangkau "
            "kiper.",
            Photo("Penonton memadati tribune timur stadion sejak sore.", motif="crowd"),
            PageBreak("Rotasi pelatih yang berbuah manis"),
            "Pelatih Mataram Raya, Eko Purnomo, melakukan tiga pergantian sekaligus pada menit "
            "ke-70. Keputusan itu membuat timnya lebih leluasa menekan pertahanan lawan yang "
            "mulai kelelahan.",
            Quote(
                "Anak-anak tidak menyerah sampai peluit terakhir. Kami berlatih bola mati "
                "sepanjang pekan, dan hasilnya terlihat malam ini.",
                "Eko Purnomo, pelatih Mataram Raya FC",
            ),
            "Pelatih Bahari Samudra mengakui timnya kehilangan konsentrasi di menit-menit akhir. "
            "Ia juga menyoroti jadwal padat yang membuat pemainnya hanya punya tiga hari "
            "istirahat.",
            "Dengan kemenangan ini, Mataram Raya mengoleksi 23 poin dan naik ke peringkat ketiga "
            "klasemen sementara. Bahari Samudra tertahan di peringkat kedelapan.",
        ),
    ),
    Story(
        slug="timnas-u17-jalani-pemusatan-latihan-di-gianyar",
        section="bola",
        headline="Tim nasional U-17 jalani pemusatan latihan di Gianyar",
        lede=(
            "Tiga puluh pemain dipanggil untuk seleksi tahap akhir. Pelatih menekankan disiplin "
            "sekolah selain urusan di lapangan."
        ),
        dateline="Gianyar",
        authors=("fajar-nugroho", "made-suardana"),
        tags=("sepak bola", "pendidikan"),
        days_ago=6,
        time="16:00",
        caption="Pemain muda berlatih umpan pendek di lapangan pemusatan latihan.",
        credit="Redaksi/Made Suardana",
        motif="field",
        body=(
            "Tim nasional U-17 memulai pemusatan latihan selama tiga pekan di Gianyar. Sebanyak "
            "30 pemain dipanggil untuk seleksi tahap akhir sebelum skuad turnamen kawasan "
            "ditetapkan.",
            "Latihan hari pertama berfokus pada kebugaran dan penguasaan bola dalam ruang sempit. "
            "Para pemain juga menjalani tes kesehatan dan pengukuran fisik.",
            "Karena sebagian besar pemain masih duduk di bangku sekolah, tim pelatih menyediakan "
            "guru pendamping. Setiap sore, pemain belajar dua jam agar tidak tertinggal "
            "pelajaran.",
            Quote(
                "Kami tidak mau mereka hanya pintar main bola. Kalau nilai sekolahnya jeblok, itu "
                "juga jadi catatan kami.",
                "Yudi Hartanto, asisten pelatih tim nasional U-17",
            ),
            "Pemain yang tidak lolos seleksi akan dikembalikan ke klub dan akademi masing-masing. "
            "Tim pelatih berjanji tetap memantau perkembangan mereka untuk panggilan berikutnya.",
        ),
    ),
    Story(
        slug="pebulu-tangkis-muda-kudus-juara-turnamen-junior",
        section="bola",
        headline="Pebulu tangkis muda asal Kudus juara turnamen junior internasional",
        lede=(
            "Nadia Puspitasari menang rubber game di final tunggal putri U-17. Ia berlatih di "
            "klub kampungnya sejak usia tujuh tahun."
        ),
        dateline="Kudus",
        authors=("fajar-nugroho",),
        tags=("bulu tangkis",),
        days_ago=9,
        time="21:40",
        caption="Nadia Puspitasari mengangkat piala juara setelah final tunggal putri U-17.",
        credit="Redaksi/Fajar Nugroho",
        motif="crowd",
        body=(
            "Nadia Puspitasari, pebulu tangkis berusia 16 tahun asal Kudus, menjuarai nomor "
            "tunggal putri U-17 sebuah turnamen junior internasional. Di final, ia menang rubber "
            "game 19-21, 21-17, 21-15 atas unggulan pertama.",
            "Nadia tertinggal di gim pertama karena kesulitan membaca pukulan tipuan lawan. Ia "
            "mengubah strategi di gim kedua dengan lebih sering memaksa lawan bermain di depan "
            "net.",
            Quote(
                "Setelah kalah gim pertama, pelatih bilang saya terlalu terburu-buru. Saya coba "
                "lebih sabar dan menunggu kesempatan menyerang.",
                "Nadia Puspitasari",
            ),
            "Nadia mulai berlatih di klub bulu tangkis di kampungnya sejak berusia tujuh tahun. "
            "Ayahnya, seorang pedagang sayur, mengantarnya latihan setiap pagi sebelum berangkat "
            "ke pasar.",
            "Pengurus klub berharap prestasi Nadia memacu anak-anak lain di Kudus. Mereka sedang "
            "mencari dana untuk memperbaiki lantai dan lampu gedung latihan.",
        ),
    ),
    Story(
        slug="laga-ditunda-karena-lapangan-stadion-tergenang",
        section="bola",
        headline="Laga pekan ini ditunda karena lapangan stadion tergenang",
        lede=(
            "Hujan deras yang memicu banjir di Semarang membuat lapangan tak layak dipakai. "
            "Operator liga menjadwalkan ulang pertandingan."
        ),
        dateline="Semarang",
        authors=("fajar-nugroho",),
        tags=("sepak bola", "banjir", "cuaca ekstrem"),
        days_ago=4,
        time="15:00",
        caption="Genangan air menutupi sebagian lapangan stadion setelah hujan deras.",
        credit="Redaksi/Fajar Nugroho",
        motif="field",
        body=(
            "Pertandingan antara Persikota Tanjung Sari dan Mataram Raya FC yang dijadwalkan sore "
            "ini resmi ditunda. Lapangan stadion tergenang air setelah hujan deras semalaman yang "
            "juga memicu banjir di sejumlah kelurahan.",
            "Pengawas pertandingan melakukan uji pantul bola di beberapa titik lapangan. Bola "
            "tidak memantul sama sekali di area dekat kotak penalti, sehingga lapangan dinyatakan "
            "tidak layak.",
            "Operator liga menyatakan laga akan dijadwalkan ulang dalam dua pekan. Tiket yang "
            "sudah terjual tetap berlaku untuk pertandingan pengganti.",
            Quote(
                "Keselamatan pemain nomor satu. Kami juga tidak mau penonton datang ke stadion "
                "saat sebagian kota masih banjir.",
                "Perwakilan panitia pelaksana pertandingan",
            ),
            Related("banjir-rendam-ratusan-rumah-di-tanjung-sari"),
            "Manajemen Persikota menyatakan sebagian pemainnya ikut membantu warga di posko "
            "pengungsian. Klub juga membuka donasi bagi korban banjir di kantor sekretariatnya.",
        ),
    ),
    Story(
        slug="klub-bulu-tangkis-surabaya-buka-kelas-gratis-untuk-anak",
        section="bola",
        headline="Klub bulu tangkis di Surabaya buka kelas gratis untuk anak",
        lede=(
            "Kelas dibuka setiap Minggu pagi untuk anak usia 8 hingga 12 tahun. Raket dan kok "
            "disediakan klub."
        ),
        dateline="Surabaya",
        authors=("fajar-nugroho",),
        tags=("bulu tangkis", "pendidikan"),
        days_ago=13,
        time="09:00",
        caption="Anak-anak berlatih mengayunkan raket di gedung bulu tangkis.",
        credit="Redaksi/Fajar Nugroho",
        motif="crowd",
        body=(
            "Sebuah klub bulu tangkis di Surabaya membuka kelas gratis bagi anak-anak berusia 8 "
            "hingga 12 tahun. Kelas berlangsung setiap Minggu pagi di gedung latihan klub.",
            "Klub menyediakan raket dan kok sehingga orang tua tidak perlu membeli perlengkapan. "
            "Anak-anak diajari cara memegang raket, langkah kaki, dan pukulan dasar.",
            "Pengurus klub, Hartono, mengatakan kelas ini terbuka bagi siapa saja, termasuk anak "
            "yang belum pernah bermain. Menurutnya, yang penting anak-anak bergerak dan senang "
            "berolahraga.",
            Quote(
                "Dulu saya juga belajar di lapangan kampung pakai raket pinjaman. Sekarang "
                "giliran kami membuka pintu untuk anak-anak.",
                "Hartono, pengurus klub",
            ),
            "Anak yang menunjukkan bakat akan ditawari program latihan lanjutan dengan biaya "
            "ringan. Klub juga bekerja sama dengan sekolah-sekolah di sekitar untuk menjaring "
            "peserta.",
        ),
    ),
    Story(
        slug="laskar-khatulistiwa-tunjuk-pelatih-baru-asal-brasil",
        section="bola",
        headline="Laskar Khatulistiwa tunjuk pelatih baru asal Brasil",
        lede=(
            "Pelatih berpengalaman di liga-liga Asia itu dikontrak dua musim. Target pertamanya: "
            "keluar dari zona degradasi."
        ),
        dateline="Pontianak",
        authors=("fajar-nugroho",),
        tags=("sepak bola",),
        days_ago=13,
        time="14:30",
        caption="Pelatih baru Laskar Khatulistiwa memimpin sesi latihan pertamanya.",
        credit="Redaksi/Fajar Nugroho",
        motif="field",
        body=(
            "Laskar Khatulistiwa resmi menunjuk Marcelo Teixeira sebagai pelatih kepala. Pelatih "
            "asal Brasil berusia 52 tahun itu dikontrak selama dua musim.",
            "Teixeira pernah melatih sejumlah klub di liga-liga Asia Tenggara dan Asia Timur. Ia "
            "dikenal dengan gaya bermain menyerang yang mengandalkan umpan-umpan pendek.",
            "Manajemen klub menyebut target jangka pendek adalah keluar dari zona degradasi. Saat "
            "ini Laskar Khatulistiwa berada di peringkat ke-16 dengan selisih dua poin dari zona "
            "aman.",
            Quote(
                "Saya melihat banyak pemain muda berbakat di sini. Tugas saya membuat mereka "
                "percaya diri memegang bola.",
                "Marcelo Teixeira, pelatih kepala Laskar Khatulistiwa",
            ),
            "Teixeira langsung memimpin latihan perdana sore harinya. Ia meminta pemain datang "
            "satu jam lebih awal untuk sesi video analisis sebelum latihan.",
        ),
    ),
]
