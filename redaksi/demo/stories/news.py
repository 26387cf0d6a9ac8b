"""News: floods, local elections, public services and a few evenings out."""

from ..content import BIG_BUCK_BUNNY, SPRING, Fix, PageBreak, Photo, Quote, Related, Story

STORIES = [
    Story(
        slug="banjir-rendam-ratusan-rumah-di-tanjung-sari",
        section="news",
        headline="Banjir rendam ratusan rumah di Tanjung Sari, ribuan warga mengungsi",
        lede=(
            "Hujan deras semalaman membuat sungai kecil di tengah permukiman meluap. Air setinggi "
            "dada orang dewasa merendam tiga RW sejak dini hari."
        ),
        dateline="Semarang",
        authors=("bagus-setiawan", "andi-pratama"),
        tags=("banjir", "cuaca ekstrem"),
        days_ago=4,
        time="06:40",
        caption="Warga Kelurahan Tanjung Sari mengevakuasi barang dengan perahu karet, pagi ini.",
        motif="water",
        fix=Fix(
            note=(
                "Versi awal berita ini menyebut jumlah pengungsi 1.200 jiwa. Angka yang benar "
                "menurut data posko kelurahan adalah 2.100 jiwa. Kami mohon maaf atas kekeliruan "
                "ini."
            ),
            wrong="1.200 jiwa",
            right="2.100 jiwa",
            hours_later=3.5,
        ),
        body=(
            "Sedikitnya 640 rumah di Kelurahan Tanjung Sari terendam banjir setelah hujan deras "
            "mengguyur sejak pukul 22.00. Air mulai masuk ke rumah warga sekitar pukul 02.00 dan "
            "terus naik hingga menjelang subuh.",
            "Petugas gabungan dari badan penanggulangan bencana daerah, relawan, dan warga "
            "setempat mengevakuasi lansia dan anak-anak menggunakan perahu karet. Hingga pukul "
            "06.00, tercatat 2.100 jiwa mengungsi ke balai kelurahan dan dua masjid terdekat.",
            Quote(
                "Airnya naik cepat sekali. Kami hanya sempat menyelamatkan dokumen dan "
                "obat-obatan ibu saya.",
                "Sutinah, warga RW 04",
            ),
            "Lurah Tanjung Sari, Agus Riyanto, mengatakan saluran air di hilir tersumbat sampah "
            "sehingga air sungai tidak bisa mengalir ke laut. Menurut dia, kejadian serupa "
            "terakhir terjadi tiga tahun lalu, tetapi tidak separah ini.",
            "Aliran listrik di kawasan itu dipadamkan sementara untuk mencegah korsleting. "
            "Sekolah dasar negeri di lingkungan tersebut meliburkan siswanya hingga air surut.",
            PageBreak("Posko pengungsian mulai kewalahan"),
            "Di balai kelurahan, pengungsi tidur beralaskan tikar dan kardus. Relawan dapur umum "
            "memasak sejak subuh, tetapi persediaan beras diperkirakan hanya cukup sampai malam "
            "ini.",
            Photo(
                "Relawan menyiapkan makanan di dapur umum balai Kelurahan Tanjung Sari.",
                motif="crowd",
            ),
            "Koordinator posko, Wahyuningsih, mengatakan kebutuhan paling mendesak adalah "
            "selimut, popok bayi, dan air bersih. Tenaga kesehatan dari puskesmas setempat sudah "
            "memeriksa puluhan warga yang mengeluh demam dan gatal-gatal.",
            "Pemerintah kota menyatakan akan mengirim pompa air tambahan dan truk tangki air "
            "bersih. Warga diminta tidak kembali ke rumah sebelum petugas memastikan bangunan dan "
            "instalasi listrik aman.",
        ),
    ),
    Story(
        slug="warga-tanjung-sari-mulai-kembali-ke-rumah",
        section="news",
        headline="Banjir surut, warga Tanjung Sari mulai bersihkan rumah",
        lede=(
            "Sebagian pengungsi sudah pulang untuk membersihkan lumpur. Puskesmas mengingatkan "
            "risiko diare dan penyakit kulit setelah banjir."
        ),
        dateline="Semarang",
        authors=("bagus-setiawan",),
        tags=("banjir", "kesehatan"),
        days_ago=2,
        time="15:20",
        caption="Seorang warga menyemprot lumpur dari lantai rumahnya di Tanjung Sari.",
        credit="Redaksi/Bagus Setiawan",
        motif="water",
        body=(
            "Genangan di Kelurahan Tanjung Sari berangsur surut sejak kemarin sore. Pagi ini, "
            "ruas jalan utama kelurahan sudah bisa dilalui sepeda motor, meski lumpur setebal "
            "mata kaki masih menutupi gang-gang sempit.",
            "Warga bergotong royong mengeluarkan kasur, lemari, dan perabot yang rusak. Petugas "
            "kebersihan kota mengerahkan enam truk untuk mengangkut sampah sisa banjir.",
            Related("banjir-rendam-ratusan-rumah-di-tanjung-sari"),
            "Kepala puskesmas setempat, dr. Ratna Kusuma, meminta warga merebus air sebelum "
            "diminum dan mencuci tangan dengan sabun setelah membersihkan rumah. Dalam dua hari "
            "terakhir, timnya menangani 73 pasien dengan keluhan diare dan infeksi kulit.",
            Quote(
                "Lumpur banjir membawa kotoran dari mana-mana. Pakai sepatu bot dan sarung tangan "
                "kalau membersihkan rumah.",
                "dr. Ratna Kusuma, Kepala Puskesmas Tanjung Sari",
            ),
            "Posko pengungsian di balai kelurahan masih menampung sekitar 300 warga yang rumahnya "
            "rusak berat. Pemerintah kota berjanji mendata kerusakan untuk bantuan perbaikan "
            "rumah pekan depan.",
        ),
    ),
    Story(
        slug="peringatan-dini-cuaca-ekstrem-pesisir-utara-jawa",
        section="news",
        headline="Peringatan dini cuaca ekstrem untuk pesisir utara Jawa hingga sepekan ke depan",
        lede=(
            "Hujan lebat disertai angin kencang berpotensi terjadi di sejumlah kabupaten pesisir. "
            "Nelayan diminta menunda melaut bila gelombang tinggi."
        ),
        dateline="Jakarta",
        authors=("bagus-setiawan", "rina-wulandari"),
        tags=("cuaca ekstrem", "perubahan iklim"),
        days_ago=0,
        time="-0:50",
        caption="Awan gelap menggantung di atas pelabuhan perikanan di pesisir utara Jawa.",
        motif="water",
        body=(
            "Badan meteorologi mengeluarkan peringatan dini cuaca ekstrem untuk wilayah pesisir "
            "utara Jawa, dari Banten hingga Jawa Timur. Hujan lebat disertai petir dan angin "
            "kencang diperkirakan terjadi terutama pada sore hingga malam hari.",
            "Prakirawan menyebut suhu muka laut yang lebih hangat dari biasanya memicu "
            "pembentukan awan hujan dalam jumlah besar. Gelombang di Laut Jawa diperkirakan "
            "mencapai 2,5 meter di beberapa titik.",
            "Pemerintah daerah diminta menyiagakan pompa air, membersihkan saluran, dan memeriksa "
            "tanggul sungai. Warga yang tinggal di bantaran sungai dianjurkan menyiapkan tas "
            "siaga berisi dokumen penting, obat, dan senter.",
            Quote(
                "Kalau hujan deras lebih dari dua jam dan air sungai mulai keruh, jangan menunggu "
                "pengumuman. Segera pindah ke tempat yang lebih tinggi.",
                "Prakirawan cuaca yang bertugas di Jakarta",
            ),
            "Bagi nelayan kecil, peringatan ini berarti kehilangan penghasilan beberapa hari. "
            "Sejumlah dinas perikanan daerah menyatakan sedang menyiapkan bantuan beras bagi "
            "nelayan yang tidak bisa melaut.",
        ),
    ),
    Story(
        slug="pemilih-pemula-makassar-ikuti-simulasi-pemungutan-suara",
        section="news",
        headline="Ratusan pemilih pemula di Makassar ikuti simulasi pemungutan suara",
        lede=(
            "Siswa kelas XII belajar mencoblos, menghitung suara, dan mengisi formulir hasil. "
            "Penyelenggara ingin mengurangi surat suara tidak sah dari pemilih muda."
        ),
        dateline="Makassar",
        authors=("rina-wulandari",),
        tags=("pemilu", "pendidikan"),
        days_ago=6,
        time="10:15",
        caption=(
            "Siswa SMA mengantre di bilik suara tiruan saat simulasi pemungutan suara di Makassar."
        ),
        motif="crowd",
        body=(
            "Aula sebuah SMA negeri di Makassar disulap menjadi tempat pemungutan suara lengkap "
            "dengan bilik, kotak suara, dan tinta. Sekitar 400 siswa kelas XII bergiliran "
            "mencoblos surat suara contoh yang berisi pasangan calon fiktif.",
            "Penyelenggara pemilu tingkat kota menggelar simulasi ini di 12 sekolah. Pada "
            "pemilihan sebelumnya, surat suara tidak sah di beberapa kecamatan mencapai lima "
            "persen, sebagian karena pemilih mencoblos di luar kotak gambar calon.",
            "Setelah pencoblosan, siswa diajak menjadi petugas penghitung. Mereka membuka surat "
            "suara satu per satu, menunjukkannya kepada saksi, lalu mencatat hasilnya di formulir "
            "besar yang ditempel di dinding.",
            Quote(
                "Ternyata menghitung suara itu capek dan harus teliti. Saya jadi paham kenapa "
                "petugas TPS sering sampai tengah malam.",
                "Nur Aisyah, siswi kelas XII",
            ),
            "Guru pendidikan kewarganegaraan di sekolah itu, Syamsul Bahri, menilai praktik "
            "langsung lebih mudah dipahami siswa daripada ceramah. Ia berharap siswa juga belajar "
            "memeriksa informasi soal calon sebelum memilih.",
        ),
    ),
    Story(
        slug="debat-calon-wali-kota-diwarnai-adu-program-transportasi",
        section="news",
        headline="Debat calon wali kota diwarnai adu program transportasi dan banjir",
        lede=(
            "Dua pasangan calon beradu gagasan soal angkutan umum, parkir, dan drainase kota. "
            "Penonton memadati gedung pertemuan hingga ke halaman."
        ),
        dateline="Surakarta",
        authors=("bagus-setiawan",),
        tags=("pemilu", "transportasi"),
        days_ago=3,
        time="21:30",
        caption="Dua pasangan calon wali kota bersalaman sebelum debat publik dimulai.",
        motif="crowd",
        body=(
            "Debat publik kedua pemilihan wali kota berlangsung selama dua jam di gedung "
            "pertemuan pusat kota. Dua pasangan calon, Hendra Saputro-Wening Rahayu dan Lestari "
            "Handayani-Yusuf Effendi, menjawab pertanyaan panelis dari kalangan akademisi.",
            "Isu transportasi menjadi sorotan utama. Hendra menjanjikan penambahan 40 bus "
            "pengumpan yang menjangkau kawasan permukiman di pinggir kota, sementara Lestari "
            "menawarkan subsidi tarif bagi pelajar dan lansia.",
            "Kedua pasangan sepakat bahwa kemacetan di sekitar pasar dan stasiun harus segera "
            "diurai. Mereka berbeda soal cara: satu kubu ingin memperluas kantong parkir, kubu "
            "lain ingin membatasi parkir di badan jalan.",
            PageBreak("Drainase dan banjir jadi pertanyaan pamungkas"),
            "Di segmen terakhir, panelis menanyakan rencana mengatasi genangan yang kerap muncul "
            "di kawasan selatan kota. Lestari berjanji mengaudit seluruh saluran peninggalan era "
            "kolonial dalam seratus hari pertama.",
            "Hendra memilih menonjolkan rencana kolam retensi di dua kelurahan. Menurut dia, "
            "kolam itu bisa sekaligus menjadi ruang terbuka hijau ketika musim kemarau.",
            Quote(
                "Kami tidak ingin debat hanya jadi panggung. Semua janji yang disampaikan malam "
                "ini akan kami catat dan kami tagih.",
                "Ketua panitia debat dari penyelenggara pemilu kota",
            ),
            "Debat ketiga dijadwalkan dua pekan lagi dengan tema pelayanan publik dan tata kelola "
            "pemerintahan. Penyelenggara berencana menyiarkannya melalui radio komunitas agar "
            "menjangkau warga di pinggiran kota.",
        ),
    ),
    Story(
        slug="layar-tancap-film-animasi-di-alun-alun-yogyakarta",
        section="news",
        headline="Layar tancap film animasi terbuka kembali hadir di alun-alun Yogyakarta",
        lede=(
            "Komunitas film memutar Big Buck Bunny, film animasi berlisensi terbuka, di depan "
            "ratusan penonton keluarga. Acara ini sekaligus memperkenalkan perangkat lunak "
            "animasi gratis."
        ),
        dateline="Yogyakarta",
        authors=("andi-pratama",),
        tags=("film animasi", "pendidikan"),
        days_ago=8,
        time="19:45",
        caption="Anak-anak menonton film animasi di layar tancap alun-alun, malam tadi.",
        video=BIG_BUCK_BUNNY,
        motif="crowd",
        body=(
            "Ratusan warga memadati alun-alun untuk menonton layar tancap yang digelar sebuah "
            "komunitas film kampus. Film utama malam itu adalah Big Buck Bunny, animasi pendek "
            "tentang kelinci besar yang membalas kejahilan tiga hewan pengerat yang mengusiknya.",
            "Film berdurasi sekitar sepuluh menit itu dibuat Blender Foundation pada 2008 dan "
            "dirilis dengan lisensi Creative Commons. Karena itu, film bisa diputar, dibagikan, "
            "bahkan diolah ulang tanpa membayar royalti selama pembuatnya disebutkan.",
            "Sebelum pemutaran, panitia membuka lapak kecil tempat anak-anak mencoba menggerakkan "
            "tokoh animasi sederhana di laptop. Antrean di lapak itu tidak pernah sepi hingga "
            "acara selesai.",
            Quote(
                "Kami ingin anak-anak tahu bahwa film animasi bisa dibuat dengan alat yang "
                "gratis. Yang mahal itu ketekunan.",
                "Laras Pramesti, koordinator komunitas",
            ),
            "Komunitas tersebut berencana menggelar layar tancap serupa di tiga kabupaten lain. "
            "Mereka juga membuka kelas animasi dasar gratis untuk pelajar setiap akhir pekan.",
        ),
    ),
    Story(
        slug="bus-listrik-rute-baru-hubungkan-terminal-dan-kampus-surabaya",
        section="news",
        headline="Bus listrik rute baru hubungkan terminal dan kawasan kampus di Surabaya",
        lede=(
            "Sepuluh bus listrik mulai melayani rute sepanjang 18 kilometer. Tarif perkenalan "
            "berlaku selama tiga bulan pertama."
        ),
        dateline="Surabaya",
        authors=("rina-wulandari",),
        tags=("transportasi", "energi"),
        days_ago=10,
        time="08:30",
        caption="Penumpang naik bus listrik di halte dekat terminal, pagi ini.",
        motif="road",
        body=(
            "Pemerintah kota meresmikan rute baru bus listrik yang menghubungkan terminal di "
            "selatan kota dengan kawasan kampus di timur. Sepuluh armada melayani rute itu setiap "
            "15 menit sejak pukul 05.30 hingga 21.00.",
            "Selama tiga bulan pertama, penumpang cukup membayar Rp 2.000 sekali jalan dengan "
            "kartu uang elektronik. Pelajar dan mahasiswa yang menunjukkan kartu identitas tidak "
            "dikenai biaya.",
            "Dinas perhubungan memperkirakan rute ini bisa mengangkut 6.000 penumpang per hari. "
            "Bus diisi dayanya di depo pada malam hari dan sekali lagi pada siang hari saat jam "
            "sepi.",
            Quote(
                "Dulu saya naik dua angkot dan sering telat kuliah. Sekarang sekali naik langsung "
                "sampai depan kampus.",
                "Dimas Aryo, mahasiswa",
            ),
            "Sejumlah pengemudi angkot di rute yang sama khawatir kehilangan penumpang. "
            "Pemerintah kota menyatakan sedang menyiapkan skema agar angkot menjadi pengumpan "
            "dari kampung-kampung menuju halte bus.",
        ),
    ),
    Story(
        slug="puskesmas-keliling-jangkau-desa-terpencil-di-sumba",
        section="news",
        headline="Puskesmas keliling jangkau desa terpencil di Sumba Timur",
        lede=(
            "Tim kesehatan menempuh jalan tanah berjam-jam untuk memeriksa ibu hamil dan balita. "
            "Mereka juga membawa vaksin dalam kotak pendingin bertenaga surya."
        ),
        dateline="Waingapu",
        authors=("made-suardana",),
        tags=("kesehatan", "transportasi"),
        days_ago=11,
        time="13:05",
        caption="Bidan memeriksa balita di teras rumah warga saat layanan puskesmas keliling.",
        credit="Redaksi/Made Suardana",
        motif="road",
        body=(
            "Mobil berpenggerak empat roda milik puskesmas berangkat pukul enam pagi dari "
            "Waingapu. Butuh hampir empat jam melewati jalan tanah dan dua sungai kecil untuk "
            "tiba di desa tujuan di pedalaman Sumba Timur.",
            "Di desa itu, tim yang terdiri atas seorang dokter, dua bidan, dan seorang perawat "
            "memeriksa 58 warga dalam sehari. Sebagian besar adalah ibu hamil dan balita yang "
            "jadwal imunisasinya tertunda.",
            "Vaksin dibawa dalam kotak pendingin yang baterainya diisi panel surya di atap mobil. "
            "Cara ini memastikan vaksin tetap pada suhu yang aman meski perjalanan panjang.",
            Quote(
                "Kalau musim hujan, sungai meluap dan kami harus menunggu air turun. Pernah kami "
                "menginap di rumah kepala desa karena tidak bisa pulang.",
                "Maria Ndapa, bidan puskesmas",
            ),
            "Dinas kesehatan kabupaten menargetkan layanan keliling ini menjangkau 30 desa "
            "terpencil setiap bulan. Mereka juga melatih kader kesehatan desa agar bisa memantau "
            "tumbuh kembang anak di antara kunjungan tim.",
        ),
    ),
    Story(
        slug="nonton-bareng-film-pendek-spring-di-denpasar",
        section="news",
        headline="Komunitas animator Denpasar gelar nonton bareng film pendek Spring",
        lede=(
            "Pemutaran film animasi berlisensi terbuka itu diikuti diskusi tentang cara studio "
            "kecil bekerja. Para animator muda berharap makin banyak karya lokal lahir dari alat "
            "gratis."
        ),
        dateline="Denpasar",
        authors=("made-suardana",),
        tags=("film animasi",),
        days_ago=1,
        time="20:10",
        caption=(
            "Penonton menyimak diskusi seusai pemutaran film animasi di sebuah ruang kreatif di "
            "Denpasar."
        ),
        credit="Redaksi/Made Suardana",
        video=SPRING,
        motif="leaf",
        body=(
            "Sebuah ruang kreatif di Denpasar penuh sesak oleh pelajar, mahasiswa, dan animator "
            "lepas. Mereka datang untuk menonton Spring, film pendek karya Blender Studio yang "
            "dirilis pada 2019.",
            "Film berdurasi sekitar tujuh menit itu berkisah tentang seorang gembala perempuan "
            "dan anjingnya yang berhadapan dengan roh-roh kuno demi menjaga siklus kehidupan "
            "tetap berjalan. Seluruh proses produksinya memakai perangkat lunak sumber terbuka.",
            "Seusai pemutaran, tiga animator lokal berbagi pengalaman mengerjakan proyek iklan "
            "dan video musik dengan peralatan seadanya. Mereka menunjukkan cara menyusun papan "
            "cerita, merancang tokoh, hingga merender adegan di komputer rumahan.",
            Quote(
                "Film ini membuktikan bahwa kualitas tidak selalu ditentukan oleh mahalnya "
                "lisensi perangkat lunak. Yang penting alurnya rapi dan timnya kompak.",
                "Komang Widiastuti, animator lepas",
            ),
            "Penyelenggara berencana menjadikan nonton bareng sebagai agenda bulanan. Mereka juga "
            "mengajak animator muda mengirim karya pendek untuk diputar pada sesi berikutnya.",
        ),
    ),
    Story(
        slug="uji-coba-ganjil-genap-di-jalur-wisata-lembang",
        section="news",
        headline="Dinas perhubungan siapkan uji coba ganjil-genap di jalur wisata Lembang",
        lede=(
            "Rencana pembatasan kendaraan pribadi pada akhir pekan masih dibahas bersama pelaku "
            "wisata."
        ),
        dateline="Bandung",
        authors=("bagus-setiawan",),
        tags=("transportasi",),
        days_ago=0,
        time="-0:20",
        caption="Antrean kendaraan menuju kawasan wisata Lembang pada akhir pekan.",
        credit="Redaksi/Bagus Setiawan",
        motif="road",
        draft=True,
        body=(
            "Dinas perhubungan kabupaten tengah menyiapkan uji coba pembatasan kendaraan dengan "
            "sistem ganjil-genap di jalur menuju kawasan wisata Lembang. Kebijakan itu rencananya "
            "hanya berlaku pada Sabtu dan Minggu.",
            "Pelaku usaha wisata meminta pemerintah menyiapkan angkutan pengganti dari kantong "
            "parkir di pinggir kota. Tanpa itu, mereka khawatir jumlah pengunjung turun drastis.",
            "Catatan redaksi: naskah ini masih menunggu konfirmasi dari dinas perhubungan.",
        ),
    ),
]
