"""Global: climate, food and work abroad, told from an Indonesian desk."""

from ..content import PageBreak, Photo, Quote, Related, Story

STORIES = [
    Story(
        slug="rotterdam-uji-taman-air-untuk-tampung-hujan-ekstrem",
        section="global",
        headline="Belanda perbanyak 'taman air' di tengah kota untuk tampung hujan ekstrem",
        lede=(
            "Lapangan olahraga dan alun-alun dirancang bisa berubah menjadi kolam ketika hujan "
            "lebat. Kota-kota pesisir di Asia mulai melirik pendekatan serupa."
        ),
        dateline="Rotterdam",
        authors=("dewi-hapsari",),
        tags=("cuaca ekstrem", "perubahan iklim"),
        days_ago=5,
        time="17:40",
        caption="Lapangan cekung di tengah permukiman yang dirancang menampung air hujan.",
        credit="Ilustrasi: Redaksi",
        wire="AFP",
        motif="water",
        body=(
            "Di sebuah permukiman padat di Rotterdam, lapangan basket dan tempat duduk bertingkat "
            "tampak seperti taman kota biasa. Namun ketika hujan lebat turun, area cekung itu "
            "berubah menjadi kolam yang menampung jutaan liter air.",
            "Pemerintah kota memperbanyak 'taman air' semacam ini karena saluran bawah tanah "
            "tidak lagi sanggup menampung hujan yang kian deras. Air yang tertampung dialirkan "
            "perlahan ke saluran setelah hujan reda.",
            Photo(
                "Saluran terbuka mengalirkan air hujan menuju area tampungan di tengah kota.",
                credit="Ilustrasi: Redaksi",
                motif="water",
            ),
            "Para perancang kota menyebut pendekatan ini lebih murah daripada memperbesar pipa di "
            "bawah jalan yang sudah padat. Warga juga mendapat ruang bermain baru di lingkungan "
            "yang sebelumnya minim ruang terbuka.",
            Quote(
                "Kita tidak bisa lagi hanya membuang air secepat mungkin. Kota harus belajar "
                "menyimpan air di tempat yang aman.",
                "Seorang perencana kota yang terlibat dalam proyek tersebut",
            ),
            "Sejumlah pemerintah kota pesisir di Asia Tenggara, termasuk di Indonesia, pernah "
            "mengirim delegasi untuk mempelajari konsep ini. Tantangannya adalah lahan kosong "
            "yang makin langka dan perawatan rutin agar kolam tidak menjadi sarang nyamuk.",
        ),
    ),
    Story(
        slug="negara-asia-tenggara-bahas-cadangan-beras-darurat",
        section="global",
        headline="Negara-negara Asia Tenggara bahas penguatan cadangan beras darurat",
        lede=(
            "Pejabat pertanian kawasan membicarakan cara mempercepat penyaluran beras saat "
            "bencana. Harga pangan yang bergejolak jadi latar pertemuan."
        ),
        dateline="Kuala Lumpur",
        authors=("dewi-hapsari", "maya-sari-lubis"),
        tags=("pangan", "ekonomi"),
        days_ago=9,
        time="14:20",
        caption="Karung-karung beras di sebuah gudang penyimpanan.",
        credit="Ilustrasi: Redaksi",
        wire="Antara",
        motif="chart",
        body=(
            "Pejabat pertanian dari negara-negara Asia Tenggara bertemu selama dua hari untuk "
            "membahas cadangan beras darurat kawasan. Mereka menilai mekanisme yang ada terlalu "
            "lambat ketika bencana besar melanda.",
            "Salah satu usulan yang dibahas adalah menyimpan sebagian cadangan di gudang-gudang "
            "dekat wilayah rawan bencana. Dengan begitu, beras bisa dikirim dalam hitungan hari, "
            "bukan pekan.",
            "Delegasi Indonesia mendorong agar data stok dan harga di setiap negara dibagikan "
            "lebih sering. Menurut mereka, keterbukaan data membantu mencegah aksi borong yang "
            "memicu lonjakan harga.",
            "Pertemuan belum menghasilkan kesepakatan final. Rekomendasi para pejabat akan dibawa "
            "ke pertemuan tingkat menteri akhir tahun ini.",
        ),
    ),
    Story(
        slug="hujan-deras-picu-banjir-di-bangladesh",
        section="global",
        headline="Hujan deras berhari-hari picu banjir di Bangladesh, puluhan ribu warga mengungsi",
        lede=(
            "Sungai-sungai besar meluap dan merendam desa di dataran rendah. Relawan kesulitan "
            "menjangkau daerah yang jalannya terputus."
        ),
        dateline="Dhaka",
        authors=("dewi-hapsari",),
        tags=("banjir", "cuaca ekstrem"),
        days_ago=0,
        time="-5:00",
        caption="Warga berjalan menembus genangan di sebuah desa di dataran rendah.",
        credit="Ilustrasi: Redaksi",
        wire="Reuters",
        motif="water",
        body=(
            "Hujan deras yang turun selama empat hari berturut-turut membuat sejumlah sungai "
            "besar di Bangladesh meluap. Pihak berwenang menyebut puluhan ribu warga di wilayah "
            "utara dan tengah negara itu terpaksa mengungsi.",
            "Banyak desa di dataran rendah hanya bisa dijangkau dengan perahu. Sekolah-sekolah "
            "dijadikan tempat penampungan sementara, sementara ternak diungsikan ke tanggul dan "
            "jalan yang lebih tinggi.",
            "Lembaga kemanusiaan memperingatkan risiko penyakit yang ditularkan lewat air. Mereka "
            "mengirim tablet penjernih air dan perlengkapan kebersihan ke pusat-pusat "
            "pengungsian.",
            Quote(
                "Yang paling dibutuhkan sekarang adalah air minum yang aman dan makanan untuk "
                "anak-anak.",
                "Seorang pekerja kemanusiaan di lokasi pengungsian",
            ),
            "Para ahli iklim mencatat pola hujan di kawasan itu makin sulit diprediksi. Curah "
            "hujan ekstrem dalam waktu singkat kini lebih sering terjadi dibanding dua dekade "
            "lalu.",
        ),
    ),
    Story(
        slug="kota-kota-jepang-uji-bus-tanpa-sopir-untuk-lansia",
        section="global",
        headline="Kota-kota kecil di Jepang uji bus tanpa sopir untuk warga lanjut usia",
        lede=(
            "Kekurangan pengemudi membuat banyak rute bus di daerah ditutup. Bus otomatis "
            "berkecepatan rendah dicoba sebagai jalan keluar."
        ),
        dateline="Tokyo",
        authors=("dewi-hapsari", "yohanes-kurniawan"),
        tags=("transportasi", "kecerdasan buatan"),
        days_ago=7,
        time="12:35",
        caption="Bus kecil otomatis melintas perlahan di jalan permukiman.",
        credit="Ilustrasi: Redaksi",
        motif="road",
        body=(
            "Sejumlah kota kecil di Jepang menguji bus tanpa sopir untuk melayani warga lanjut "
            "usia yang tidak lagi menyetir. Bus berkapasitas sekitar sepuluh orang itu melaju "
            "pelan di rute tetap antara permukiman, klinik, dan pasar.",
            "Uji coba ini muncul karena banyak perusahaan bus daerah kesulitan merekrut "
            "pengemudi. Sebagian rute yang sepi penumpang bahkan sudah dihentikan dalam beberapa "
            "tahun terakhir.",
            "Bus dipantau dari pusat kendali dan operator bisa mengambil alih bila ada hambatan "
            "di jalan. Untuk sementara, seorang petugas tetap ikut di dalam bus untuk membantu "
            "penumpang.",
            Quote(
                "Nenek saya tidak perlu lagi menunggu anaknya libur kerja untuk ke dokter.",
                "Seorang warga yang mengantar neneknya naik bus uji coba",
            ),
            "Pengamat transportasi di Indonesia menilai pengalaman Jepang relevan bagi kota-kota "
            "yang penduduknya menua. Namun, mereka mengingatkan bahwa teknologi tidak bisa "
            "menggantikan perbaikan trotoar dan halte yang ramah lansia.",
        ),
    ),
    Story(
        slug="kenya-tanam-jutaan-pohon-di-lahan-kering",
        section="global",
        headline="Petani di Kenya tanam pohon di lahan kering untuk lawan erosi",
        lede=(
            "Program penanaman melibatkan kelompok tani perempuan. Pohon buah dipilih agar lahan "
            "tetap memberi penghasilan."
        ),
        dateline="Nairobi",
        authors=("dewi-hapsari",),
        tags=("perubahan iklim", "pangan"),
        days_ago=12,
        time="11:00",
        caption="Bibit pohon disiapkan di sebuah persemaian milik kelompok tani.",
        credit="Ilustrasi: Redaksi",
        wire="Reuters",
        motif="leaf",
        body=(
            "Kelompok-kelompok tani di wilayah kering Kenya menanam pohon di sela ladang jagung "
            "dan kacang. Akar pohon membantu menahan tanah agar tidak tergerus ketika hujan deras "
            "yang jarang itu akhirnya datang.",
            "Sebagian besar bibit adalah pohon buah seperti mangga dan alpukat. Petani berharap, "
            "dalam beberapa tahun, pohon-pohon itu bisa menambah penghasilan keluarga.",
            "Program ini banyak digerakkan kelompok tani perempuan yang mengelola persemaian di "
            "desa. Mereka menjual sebagian bibit ke desa tetangga untuk membiayai kegiatan.",
            "Para peneliti pertanian mencatat bahwa wanatani, perpaduan pohon dan tanaman pangan, "
            "membantu menjaga kelembapan tanah. Namun keberhasilannya sangat bergantung pada "
            "perawatan bibit di tahun-tahun pertama.",
        ),
    ),
    Story(
        slug="negara-pasifik-bahas-kenaikan-muka-air-laut",
        section="global",
        headline="Negara-negara Pasifik desak aksi nyata atasi kenaikan muka air laut",
        lede=(
            "Pemimpin negara kepulauan kecil menyebut waktu mereka hampir habis. Sebagian desa "
            "pesisir sudah mulai dipindahkan ke daratan yang lebih tinggi."
        ),
        dateline="Suva",
        authors=("dewi-hapsari", "rina-wulandari"),
        tags=("perubahan iklim",),
        days_ago=7,
        time="09:10",
        caption="Tanggul batu seadanya melindungi rumah-rumah di tepi pantai sebuah pulau kecil.",
        credit="Ilustrasi: Redaksi",
        motif="globe",
        body=(
            "Para pemimpin negara kepulauan di Pasifik berkumpul di Suva untuk membahas ancaman "
            "kenaikan muka air laut. Mereka menyerukan agar negara-negara penghasil emisi besar "
            "mempercepat pemangkasan emisi dan memenuhi janji pendanaan adaptasi.",
            "Di sejumlah pulau, air laut sudah merembes ke sumur warga dan merusak kebun talas. "
            "Pada saat pasang tinggi, ombak kini kerap mencapai halaman rumah yang dulu aman.",
            Quote(
                "Bagi kami ini bukan perdebatan tentang masa depan. Ini tentang apakah anak-anak "
                "kami masih bisa tinggal di pulau tempat nenek moyang mereka dimakamkan.",
                "Seorang menteri dari negara kepulauan Pasifik",
            ),
            "Pertemuan itu juga membahas status hukum wilayah laut sebuah negara bila garis "
            "pantainya bergeser. Para delegasi ingin batas wilayah yang sudah ditetapkan tetap "
            "berlaku meski daratan menyusut.",
            PageBreak("Memindahkan desa, menjaga ingatan"),
            "Beberapa desa pesisir sudah dipindahkan ke lahan yang lebih tinggi. Prosesnya tidak "
            "mudah karena menyangkut tanah adat, makam keluarga, dan mata pencarian yang "
            "bergantung pada laut.",
            "Warga yang pindah biasanya membawa serta batu, kayu, dan tanaman dari kampung lama. "
            "Bagi mereka, benda-benda itu menjadi pengikat dengan tempat asal.",
            "Indonesia, yang juga memiliki ribuan pulau kecil, mengikuti pembahasan ini dengan "
            "saksama. Sejumlah peneliti kelautan menyebut pengalaman negara Pasifik bisa menjadi "
            "pelajaran bagi desa-desa pesisir di kawasan timur Indonesia.",
            Related(
                "rotterdam-uji-taman-air-untuk-tampung-hujan-ekstrem",
                "Cara kota-kota Belanda menampung hujan ekstrem",
            ),
        ),
    ),
    Story(
        slug="jepang-butuh-perawat-peluang-lulusan-indonesia",
        section="global",
        headline="Jepang butuh lebih banyak perawat lansia, lulusan Indonesia bersiap",
        lede=(
            "Lembaga pelatihan di Jawa Timur menambah kelas bahasa Jepang. Calon perawat harus "
            "lulus ujian bahasa dan keterampilan sebelum berangkat."
        ),
        dateline="Osaka",
        authors=("dewi-hapsari",),
        tags=("kesehatan", "pendidikan"),
        days_ago=13,
        time="16:30",
        caption=(
            "Calon perawat berlatih merawat pasien lansia di laboratorium sebuah lembaga pelatihan."
        ),
        credit="Ilustrasi: Redaksi",
        motif="crowd",
        body=(
            "Panti-panti wreda di Jepang terus mencari tenaga perawat seiring bertambahnya "
            "penduduk lanjut usia. Pekerja dari Asia Tenggara, termasuk Indonesia, mengisi "
            "sebagian kekosongan itu.",
            "Di Osaka, seorang pengelola panti wreda mengatakan perawat asal Indonesia dikenal "
            "sabar dan cepat akrab dengan penghuni. Kendala terbesar, menurut dia, adalah bahasa "
            "tertulis yang dipakai dalam catatan medis.",
            "Di Indonesia, sejumlah lembaga pelatihan menambah kelas bahasa Jepang hingga enam "
            "jam sehari. Calon perawat juga berlatih memandikan, memindahkan, dan memberi makan "
            "pasien lansia dengan aman.",
            Quote(
                "Yang paling sulit itu huruf kanji. Tapi kalau sudah terbiasa, bekerja di sana "
                "sangat teratur.",
                "Siti Rohmah, perawat asal Jombang yang tiga tahun bekerja di Osaka",
            ),
            "Pemerintah mengingatkan calon pekerja untuk hanya mendaftar melalui jalur resmi. "
            "Tawaran kerja yang meminta biaya besar di muka patut dicurigai sebagai penipuan.",
        ),
    ),
]
