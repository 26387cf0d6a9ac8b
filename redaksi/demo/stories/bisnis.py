"""Bisnis: prices at the market, small firms and the stock exchange."""

from ..content import Fix, PageBreak, Photo, Quote, Related, Story

STORIES = [
    Story(
        slug="inflasi-melandai-harga-beras-mulai-stabil",
        section="bisnis",
        headline="Inflasi bulanan melandai, harga beras mulai stabil",
        lede=(
            "Harga pangan bergejolak mereda setelah panen di sejumlah sentra. Namun harga cabai "
            "dan bawang masih naik turun."
        ),
        dateline="Jakarta",
        authors=("maya-sari-lubis",),
        tags=("ekonomi", "pangan"),
        days_ago=2,
        time="11:45",
        caption="Pedagang menata karung beras di sebuah pasar induk.",
        credit="Redaksi/Maya Sari Lubis",
        motif="chart",
        body=(
            "Laju inflasi bulanan melandai dibanding bulan sebelumnya, terutama karena harga "
            "beras yang mulai stabil. Panen di beberapa sentra produksi menambah pasokan ke "
            "pasar-pasar induk.",
            "Di pasar induk beras, harga beras medium turun tipis dalam dua pekan terakhir. "
            "Pedagang menyebut pasokan dari Jawa Barat dan Sulawesi Selatan kembali lancar.",
            "Meski begitu, kelompok pangan bergejolak belum sepenuhnya tenang. Harga cabai rawit "
            "dan bawang merah masih naik turun karena cuaca tidak menentu di daerah penghasil.",
            Related("harga-cabai-rawit-melonjak-di-pasar-medan"),
            Quote(
                "Beras sudah lebih tenang, tapi dapur rumah tangga masih tertekan oleh cabai dan "
                "bawang. Itu yang paling dirasakan ibu-ibu di pasar.",
                "Hendri Saragih, ekonom sebuah universitas di Medan",
            ),
            "Ekonom memperkirakan inflasi akan tetap terkendali hingga akhir tahun bila "
            "distribusi pangan lancar. Mereka mengingatkan risiko kenaikan harga menjelang hari "
            "besar keagamaan.",
        ),
    ),
    Story(
        slug="harga-cabai-rawit-melonjak-di-pasar-medan",
        section="bisnis",
        headline="Harga cabai rawit melonjak di pasar tradisional Medan",
        lede=(
            "Hujan di daerah penghasil membuat banyak cabai busuk sebelum dipanen. Pedagang "
            "mengurangi stok karena pembeli ikut menahan belanja."
        ),
        dateline="Medan",
        authors=("maya-sari-lubis",),
        tags=("pangan", "cuaca ekstrem"),
        days_ago=6,
        time="07:30",
        caption="Pedagang cabai melayani pembeli di sebuah pasar tradisional di Medan.",
        credit="Redaksi/Maya Sari Lubis",
        motif="chart",
        fix=Fix(
            note=(
                "Versi awal berita ini menyebut harga cabai rawit merah Rp 95.000 per kilogram. "
                "Harga yang benar adalah Rp 85.000 per kilogram."
            ),
            wrong="Rp 95.000 per kilogram",
            right="Rp 85.000 per kilogram",
            hours_later=2,
        ),
        body=(
            "Harga cabai rawit merah di sejumlah pasar tradisional di Medan mencapai Rp 85.000 "
            "per kilogram pagi ini. Sepekan lalu, harganya masih sekitar Rp 50.000 per kilogram.",
            "Pedagang menyebut pasokan dari daerah penghasil di dataran tinggi berkurang drastis. "
            "Hujan yang turun hampir setiap hari membuat banyak cabai busuk sebelum sempat "
            "dipetik.",
            Quote(
                "Biasanya saya ambil satu karung, sekarang cuma setengah. Kalau kebanyakan, takut "
                "tidak laku dan busuk.",
                "Rosmawati, pedagang cabai",
            ),
            "Pemilik warung makan ikut memutar otak. Sebagian mengurangi porsi sambal, sebagian "
            "lain beralih ke cabai kering yang harganya lebih stabil.",
            "Dinas perdagangan kota berencana menggelar pasar murah di lima kecamatan. Mereka "
            "juga memantau gudang-gudang untuk memastikan tidak ada penimbunan.",
        ),
    ),
    Story(
        slug="kopi-temanggung-tembus-pasar-timur-tengah",
        section="bisnis",
        headline="Kopi petani Temanggung tembus pasar Timur Tengah",
        lede=(
            "Sebuah koperasi kecil mengirim kontainer pertamanya setelah tiga tahun berbenah. "
            "Kuncinya ada pada mutu petik dan pencatatan asal biji."
        ),
        dateline="Temanggung",
        authors=("maya-sari-lubis", "andi-pratama"),
        tags=("UMKM", "ekonomi"),
        days_ago=9,
        time="10:30",
        caption="Petani menjemur biji kopi di halaman rumah produksi koperasi di Temanggung.",
        motif="leaf",
        body=(
            "Sebuah koperasi petani kopi di lereng gunung di Temanggung melepas kontainer "
            "pertamanya menuju pelabuhan, untuk dikirim ke pembeli di Timur Tengah. Isinya 18 ton "
            "kopi arabika yang dipetik dari kebun 120 anggota koperasi.",
            "Ketua koperasi, Slamet Widodo, mengatakan kontrak ekspor itu diperoleh setelah "
            "contoh kopi mereka lolos uji cita rasa pembeli. Proses negosiasi memakan waktu "
            "hampir setahun.",
            Photo(
                "Anggota koperasi menyortir biji kopi secara manual sebelum dikemas.", motif="leaf"
            ),
            "Tiga tahun lalu, kopi dari desa itu hanya dijual ke tengkulak dalam bentuk gelondong "
            "basah. Harganya murah dan petani tidak tahu ke mana kopi mereka berakhir.",
            PageBreak("Belajar memetik merah, mencatat setiap karung"),
            "Perubahan dimulai dari kebun. Petani diajari hanya memetik buah yang benar-benar "
            "merah, meski pekerjaan jadi lebih lama dan melelahkan.",
            "Setiap karung kini diberi label berisi nama petani, tanggal petik, dan cara "
            "pengolahan. Catatan itu diminta pembeli luar negeri untuk memastikan mutu dan "
            "asal-usul kopi.",
            Quote(
                "Dulu kami asal petik supaya cepat. Sekarang kami tahu satu buah hijau saja bisa "
                "merusak rasa satu karung.",
                "Slamet Widodo, Ketua Koperasi",
            ),
            "Dinas koperasi dan UMKM setempat membantu sertifikasi dan pelatihan ekspor. Koperasi "
            "berharap bisa mengirim dua kontainer lagi tahun depan dan menambah anggota dari desa "
            "tetangga.",
        ),
    ),
    Story(
        slug="startup-logistik-surabaya-raih-pendanaan-seri-a",
        section="bisnis",
        headline="Startup logistik asal Surabaya raih pendanaan Seri A",
        lede=(
            "Dana segar akan dipakai memperluas layanan pengiriman untuk pedagang daring di "
            "kota-kota kecil Jawa Timur."
        ),
        dateline="Surabaya",
        authors=("maya-sari-lubis", "yohanes-kurniawan"),
        tags=("startup", "ekonomi"),
        days_ago=4,
        time="13:15",
        caption="Kurir memilah paket di gudang sebuah perusahaan logistik di Surabaya.",
        credit="Redaksi/Maya Sari Lubis",
        motif="road",
        body=(
            "Paketlaju, perusahaan rintisan logistik asal Surabaya, mengumumkan pendanaan Seri A "
            "dari sejumlah investor modal ventura dalam dan luar negeri. Perusahaan tidak "
            "mengungkap nilai pendanaan, tetapi menyebutnya cukup untuk ekspansi dua tahun.",
            "Didirikan empat tahun lalu, Paketlaju fokus melayani pengiriman antarkota kecil yang "
            "kerap diabaikan pemain besar. Sebagian besar pelanggannya adalah pedagang daring "
            "yang menjual makanan olahan, pakaian, dan kerajinan.",
            "Salah satu pendirinya, Clara Wijaya, mengatakan dana akan digunakan untuk membuka 15 "
            "gudang kecil baru dan memperbaiki sistem pelacakan paket. Perusahaan juga berencana "
            "merekrut 300 kurir.",
            Quote(
                "Pedagang di kota kecil itu butuh kiriman yang pasti sampai, bukan sekadar murah. "
                "Kami ingin jadi andalan mereka.",
                "Clara Wijaya, salah satu pendiri Paketlaju",
            ),
            "Pendanaan ini datang ketika investor makin selektif terhadap perusahaan rintisan. "
            "Analis menilai model bisnis yang sudah menghasilkan laba operasional lebih mudah "
            "meyakinkan pemodal.",
        ),
    ),
    Story(
        slug="indeks-saham-ditutup-menguat-didorong-perbankan",
        section="bisnis",
        headline="Indeks saham ditutup menguat didorong saham perbankan",
        lede=(
            "Investor asing mencatat beli bersih untuk hari ketiga berturut-turut. Rupiah "
            "bergerak stabil terhadap dolar AS."
        ),
        dateline="Jakarta",
        authors=("maya-sari-lubis",),
        tags=("ekonomi",),
        days_ago=1,
        time="16:20",
        caption="Layar pergerakan harga saham di galeri sebuah perusahaan sekuritas.",
        credit="Ilustrasi: Redaksi",
        wire="Antara",
        motif="chart",
        body=(
            "Indeks Harga Saham Gabungan ditutup menguat 0,8 persen pada akhir perdagangan sore "
            "ini. Saham-saham perbankan besar menjadi penopang utama kenaikan indeks.",
            "Investor asing mencatat beli bersih untuk hari ketiga berturut-turut. Analis "
            "menyebut laporan keuangan emiten yang lebih baik dari perkiraan menjadi salah satu "
            "pemicu.",
            "Di pasar uang, rupiah bergerak stabil dalam rentang sempit terhadap dolar AS. Pelaku "
            "pasar menunggu rilis data neraca perdagangan pekan depan.",
            "Analis sebuah perusahaan sekuritas mengingatkan investor ritel untuk tidak "
            "terburu-buru mengejar saham yang sudah naik tinggi. Menurut dia, kenaikan bisa "
            "diikuti aksi ambil untung dalam beberapa hari ke depan.",
        ),
    ),
    Story(
        slug="petani-garam-madura-berharap-cuaca-kering-bertahan",
        section="bisnis",
        headline="Petani garam di Madura berharap cuaca kering bertahan lebih lama",
        lede=(
            "Hujan yang datang tiba-tiba membuat kristal garam larut kembali. Petani mulai "
            "mencoba rumah plastik agar panen tak bergantung cuaca."
        ),
        dateline="Sumenep",
        authors=("maya-sari-lubis", "andi-pratama"),
        tags=("pangan", "UMKM", "cuaca ekstrem"),
        days_ago=12,
        time="08:05",
        caption="Petani garam mengumpulkan kristal garam di tambak di pesisir Sumenep.",
        motif="water",
        body=(
            "Di tambak-tambak garam di pesisir Sumenep, petani bekerja sejak matahari terbit. "
            "Mereka mengeruk kristal garam yang terbentuk setelah air laut menguap selama "
            "berhari-hari.",
            "Musim ini, hujan beberapa kali turun tanpa diduga. Setiap kali hujan, kristal garam "
            "yang hampir siap panen larut kembali dan petani harus mengulang dari awal.",
            Quote(
                "Satu kali hujan deras, kerja seminggu hilang. Kami cuma bisa berdoa cuaca cerah "
                "terus.",
                "Hasan Basri, petani garam",
            ),
            "Sebagian petani mulai mencoba tambak beratap plastik yang disebut rumah garam. "
            "Biayanya lebih mahal, tetapi panen tetap bisa berjalan meski turun hujan ringan.",
            "Koperasi setempat mengatakan harga garam rakyat membaik tahun ini. Mereka berharap "
            "pemerintah membantu pembiayaan rumah garam agar petani kecil tidak tertinggal.",
        ),
    ),
    Story(
        slug="tarif-listrik-usaha-kecil-tidak-naik",
        section="bisnis",
        headline="Tarif listrik untuk usaha kecil tidak naik hingga akhir tahun",
        lede=(
            "Pelaku usaha mikro menyambut baik keputusan itu. Mereka tetap diminta menghemat "
            "pemakaian di jam sibuk."
        ),
        dateline="Jakarta",
        authors=("maya-sari-lubis",),
        tags=("energi", "UMKM"),
        days_ago=7,
        time="18:00",
        caption="Pemilik usaha laundry kiloan memeriksa mesin cuci di tempat usahanya.",
        credit="Redaksi/Maya Sari Lubis",
        motif="city",
        body=(
            "Pemerintah memutuskan tarif listrik untuk golongan usaha kecil tidak naik hingga "
            "akhir tahun. Keputusan itu diumumkan setelah rapat evaluasi tarif triwulanan.",
            "Bagi usaha seperti laundry kiloan, penjahit, dan warung es, listrik merupakan salah "
            "satu biaya terbesar. Kenaikan tarif sekecil apa pun langsung terasa pada keuntungan "
            "bulanan mereka.",
            Quote(
                "Alhamdulillah. Kalau naik, saya terpaksa menaikkan harga cuci per kilo, dan "
                "pelanggan pasti protes.",
                "Yuliana, pemilik usaha laundry di Jakarta Timur",
            ),
            "Asosiasi pelaku UMKM meminta pemerintah juga memperluas program pemasangan panel "
            "surya atap dengan cicilan ringan. Menurut mereka, cara itu bisa menekan biaya "
            "listrik dalam jangka panjang.",
        ),
    ),
]
