"""Tekno: language models, open films in class, scams and chargers."""

from ..content import (
    BIG_BUCK_BUNNY,
    SINTEL,
    TEARS_OF_STEEL,
    PageBreak,
    Quote,
    Related,
    Story,
    Video,
)

STORIES = [
    Story(
        slug="kampus-bandung-kembangkan-model-ai-berbahasa-sunda",
        section="tekno",
        headline="Peneliti kampus di Bandung kembangkan model kecerdasan buatan berbahasa Sunda",
        lede=(
            "Tim peneliti mengumpulkan ribuan jam rekaman dan naskah dari penutur asli. Mereka "
            "ingin bahasa daerah tidak tertinggal di era asisten digital."
        ),
        dateline="Bandung",
        authors=("yohanes-kurniawan",),
        tags=("kecerdasan buatan", "pendidikan"),
        days_ago=5,
        time="09:30",
        caption="Peneliti merekam percakapan penutur bahasa Sunda di sebuah studio kampus.",
        credit="Redaksi/Yohanes Kurniawan",
        motif="circuit",
        body=(
            "Sekelompok peneliti di sebuah kampus di Bandung tengah melatih model kecerdasan "
            "buatan yang memahami dan menulis dalam bahasa Sunda. Model itu dirancang untuk "
            "menjawab pertanyaan, merangkum teks, dan menerjemahkan dari dan ke bahasa Indonesia.",
            "Menurut ketua tim, Dr. Asep Saepudin, sebagian besar model bahasa yang populer "
            "dilatih dengan teks berbahasa Inggris. Akibatnya, model-model itu sering keliru "
            "memahami ungkapan dan tingkatan bahasa dalam bahasa daerah.",
            Quote(
                "Bahasa Sunda punya undak-usuk, cara bicara yang berbeda kepada orang tua dan "
                "teman sebaya. Mesin harus belajar itu, bukan sekadar menerjemahkan kata per "
                "kata.",
                "Dr. Asep Saepudin, ketua tim peneliti",
            ),
            "Tim ini bekerja sama dengan guru bahasa, penyiar radio, dan penulis sastra Sunda. "
            "Mereka meminta izin untuk memakai karya tulis dan rekaman sebagai bahan latih.",
            PageBreak("Ribuan jam rekaman dari kampung ke kampung"),
            "Selama setahun, relawan mahasiswa berkeliling ke desa-desa di Jawa Barat untuk "
            "merekam percakapan sehari-hari. Mereka merekam obrolan di pasar, dongeng sebelum "
            "tidur, hingga ceramah di pengajian.",
            "Setiap rekaman ditranskripsi dan diperiksa ulang oleh penutur asli. Proses ini "
            "memakan waktu paling lama karena banyak kata yang hanya dipakai di daerah tertentu.",
            "Hingga kini terkumpul sekitar 3.000 jam rekaman dan dua juta kalimat tertulis. "
            "Jumlah itu masih kecil dibanding data bahasa besar, tetapi cukup untuk melatih model "
            "berukuran sedang.",
            PageBreak("Dipakai di sekolah, diawasi guru"),
            "Versi awal model sedang diuji di lima sekolah menengah sebagai alat bantu pelajaran "
            "bahasa daerah. Siswa dapat meminta contoh kalimat atau penjelasan arti ungkapan "
            "lama.",
            "Guru tetap menjadi penentu. Tim peneliti meminta guru mencatat setiap jawaban yang "
            "keliru agar model bisa diperbaiki pada putaran latih berikutnya.",
            Quote(
                "Anak-anak jadi penasaran bertanya soal bahasa ibu mereka sendiri. Tapi kami "
                "selalu ingatkan, mesin juga bisa salah.",
                "Euis Rohaeni, guru bahasa Sunda",
            ),
            "Tim berencana membuka model dan sebagian data untuk umum tahun depan. Mereka "
            "berharap peneliti di daerah lain bisa memakai cara yang sama untuk bahasa Jawa, "
            "Bugis, atau Minang.",
        ),
    ),
    Story(
        slug="film-sintel-jadi-bahan-praktik-siswa-smk-animasi",
        section="tekno",
        headline="Film pendek Sintel jadi bahan praktik siswa SMK animasi",
        lede=(
            "Karena berlisensi terbuka, berkas produksi film itu bisa dibedah di kelas. Siswa "
            "belajar dari adegan yang dibuat animator profesional."
        ),
        dateline="Cimahi",
        authors=("yohanes-kurniawan",),
        tags=("film animasi", "pendidikan"),
        days_ago=3,
        time="14:00",
        caption="Siswa SMK mempelajari gerakan tokoh animasi di laboratorium komputer.",
        credit="Redaksi/Yohanes Kurniawan",
        video=SINTEL,
        motif="circuit",
        body=(
            "Di laboratorium komputer sebuah SMK di Cimahi, puluhan siswa jurusan animasi "
            "menonton ulang adegan pertarungan dalam film pendek Sintel. Mereka memutarnya "
            "bingkai demi bingkai untuk melihat bagaimana gerakan tokoh dirancang.",
            "Sintel adalah film animasi pendek produksi Blender Foundation yang dirilis pada "
            "2010. Film ini bercerita tentang seorang perempuan muda yang berkelana mencari naga "
            "kecil sahabatnya.",
            "Karena dirilis dengan lisensi terbuka, sebagian berkas produksi film itu bisa "
            "diunduh dan dipelajari. Siswa dapat membuka model tokoh, mengubah pencahayaan, lalu "
            "membandingkan hasilnya dengan adegan aslinya.",
            Quote(
                "Dulu kami hanya bisa menonton film animasi. Sekarang kami bisa membongkar "
                "dapurnya dan belajar dari situ.",
                "Rangga Permana, siswa kelas XI",
            ),
            "Guru produktif animasi, Wulan Sari, mengatakan metode ini menghemat biaya karena "
            "sekolah tidak perlu membeli lisensi perangkat lunak mahal. Ia juga memutar film "
            "animasi terbuka lain sebagai pembanding.",
            Video(
                BIG_BUCK_BUNNY, "Big Buck Bunny, film animasi terbuka yang juga diputar di kelas"
            ),
            Related("layar-tancap-film-animasi-di-alun-alun-yogyakarta"),
        ),
    ),
    Story(
        slug="tears-of-steel-dipakai-kelas-efek-visual",
        section="tekno",
        headline="Studio kecil di Yogyakarta belajar efek visual dari Tears of Steel",
        lede=(
            "Film fiksi ilmiah pendek berlisensi terbuka itu memadukan aktor sungguhan dan grafis "
            "komputer. Studio lokal memakainya untuk melatih karyawan baru."
        ),
        dateline="Yogyakarta",
        authors=("yohanes-kurniawan",),
        tags=("film animasi", "startup"),
        days_ago=10,
        time="15:40",
        caption="Seorang seniman efek visual menggabungkan rekaman aktor dengan latar digital.",
        credit="Redaksi/Yohanes Kurniawan",
        video=TEARS_OF_STEEL,
        motif="circuit",
        body=(
            "Sebuah studio efek visual rintisan di Yogyakarta memakai film pendek Tears of Steel "
            "sebagai bahan pelatihan karyawan baru. Film fiksi ilmiah itu dirilis Blender "
            "Foundation pada 2012 dan memadukan rekaman aktor dengan grafis komputer.",
            "Dalam pelatihan, karyawan baru mencoba menempelkan robot digital ke rekaman jalanan, "
            "mencocokkan gerak kamera, dan menyamakan warna cahaya. Mereka lalu membandingkan "
            "hasilnya dengan versi film.",
            "Pendiri studio, Bima Prasetyo, mengatakan bahan latihan berlisensi terbuka sangat "
            "membantu studio kecil. Mereka tidak perlu khawatir soal hak cipta saat memakai "
            "rekaman untuk belajar.",
            Quote(
                "Klien kami kebanyakan rumah produksi iklan. Mereka ingin hasil cepat dan rapi, "
                "jadi karyawan harus terlatih sebelum pegang proyek sungguhan.",
                "Bima Prasetyo, pendiri studio",
            ),
            "Studio itu kini mempekerjakan 22 orang, sebagian besar lulusan SMK dan politeknik di "
            "Yogyakarta. Mereka berencana membuka kelas akhir pekan untuk umum.",
        ),
    ),
    Story(
        slug="serangan-siber-ganggu-layanan-rumah-sakit-daerah",
        section="tekno",
        headline="Serangan siber ganggu layanan pendaftaran sebuah rumah sakit daerah",
        lede=(
            "Pasien kembali mendaftar dengan formulir kertas selama dua hari. Rumah sakit "
            "memastikan data rekam medis memiliki cadangan."
        ),
        dateline="Palembang",
        authors=("yohanes-kurniawan",),
        tags=("keamanan siber", "kesehatan"),
        days_ago=8,
        time="12:10",
        caption="Petugas melayani pendaftaran pasien secara manual di loket rumah sakit.",
        credit="Redaksi/Yohanes Kurniawan",
        motif="circuit",
        body=(
            "Sebuah rumah sakit umum daerah di Palembang terpaksa kembali memakai formulir kertas "
            "setelah sistem pendaftarannya lumpuh akibat serangan perangkat pemeras. Antrean "
            "pasien mengular sejak pagi di depan loket.",
            "Manajemen rumah sakit menyebut serangan terdeteksi dini hari ketika sejumlah "
            "komputer tidak bisa dibuka dan menampilkan pesan tebusan. Tim teknologi informasi "
            "segera memutus jaringan untuk mencegah penyebaran.",
            "Data rekam medis pasien, menurut manajemen, tersimpan di cadangan terpisah yang "
            "tidak ikut terkunci. Layanan gawat darurat dan operasi tetap berjalan dengan "
            "pencatatan manual.",
            Quote(
                "Kami tidak akan membayar tebusan. Prioritas kami adalah memulihkan sistem dengan "
                "aman dan memastikan tidak ada data pasien yang bocor.",
                "Direktur rumah sakit dalam keterangan pers",
            ),
            "Pakar keamanan siber mengingatkan bahwa rumah sakit menjadi sasaran empuk karena "
            "tidak bisa berhenti melayani. Cadangan data yang diuji secara rutin dan pelatihan "
            "staf soal surel mencurigakan disebut sebagai pertahanan paling dasar.",
        ),
    ),
    Story(
        slug="kenali-pesan-penipuan-berkedok-kurir-paket",
        section="tekno",
        headline="Kenali pesan penipuan berkedok kurir paket sebelum terlambat",
        lede=(
            "Penipu mengirim berkas aplikasi yang disamarkan sebagai foto resi. Sekali dipasang, "
            "aplikasi itu bisa membaca kode OTP dari bank."
        ),
        dateline="Jakarta",
        authors=("yohanes-kurniawan", "putri-anggraini"),
        tags=("keamanan siber", "hoaks"),
        days_ago=0,
        time="-2:10",
        caption="Contoh pesan penipuan yang mengaku dari kurir paket di layar ponsel.",
        credit="Ilustrasi: Redaksi",
        motif="check",
        body=(
            "Pesan berbunyi “Ini foto paket Anda, mohon dicek” kembali beredar di aplikasi "
            "percakapan. Pesan itu disertai berkas yang tampak seperti gambar, padahal sebenarnya "
            "aplikasi berekstensi APK.",
            "Bila berkas dibuka dan dipasang, aplikasi itu meminta izin membaca SMS dan "
            "notifikasi. Dengan izin tersebut, penipu bisa mencuri kode OTP yang dikirim bank dan "
            "menguras rekening korban.",
            "Ada beberapa tanda yang bisa dikenali. Kurir resmi tidak mengirim berkas aplikasi, "
            "nomor pengirim biasanya tidak dikenal, dan pesannya kerap mendesak penerima untuk "
            "segera membuka berkas.",
            Quote(
                "Foto tidak pernah perlu dipasang. Kalau ponsel meminta Anda menginstal sesuatu "
                "dari pesan, berhenti di situ.",
                "Andreas Tanuwijaya, peneliti keamanan siber",
            ),
            "Jika terlanjur memasang, segera putuskan koneksi internet, hubungi bank untuk "
            "memblokir akses, dan hapus aplikasi tersebut. Laporkan nomor pengirim ke layanan "
            "aduan penipuan agar tidak menjerat korban lain.",
            Related("cek-fakta-pesan-berantai-pemblokiran-rekening"),
        ),
    ),
    Story(
        slug="sensor-tanah-murah-untuk-petani-padi",
        section="tekno",
        headline="Startup agritech uji sensor tanah murah untuk petani padi di Karawang",
        lede=(
            "Sensor sebesar telapak tangan mengirim data kelembapan dan keasaman ke ponsel "
            "petani. Harganya ditekan agar terjangkau kelompok tani."
        ),
        dateline="Karawang",
        authors=("yohanes-kurniawan", "maya-sari-lubis"),
        tags=("startup", "pangan", "kecerdasan buatan"),
        days_ago=11,
        time="10:00",
        caption="Petani memeriksa data sensor tanah di ponselnya di tepi sawah.",
        credit="Redaksi/Yohanes Kurniawan",
        motif="leaf",
        body=(
            "Sebuah perusahaan rintisan pertanian menguji sensor tanah berbiaya rendah di "
            "sawah-sawah Karawang. Sensor sebesar telapak tangan itu ditancapkan di pematang dan "
            "mengirim data setiap jam.",
            "Data kelembapan, suhu, dan keasaman tanah diolah aplikasi yang kemudian memberi "
            "saran kapan harus mengairi atau memupuk. Sarannya ditampilkan dalam bahasa "
            "sederhana, bukan angka-angka teknis.",
            "Perusahaan menargetkan harga satu sensor di bawah Rp 500.000 agar bisa dibeli "
            "bersama oleh kelompok tani. Satu sensor diperkirakan cukup untuk memantau sekitar "
            "satu hektare sawah.",
            Quote(
                "Awalnya saya ragu, masa sawah diatur pakai ponsel. Ternyata pupuk jadi lebih "
                "hemat karena tidak asal tabur.",
                "Karta, petani anggota kelompok tani",
            ),
            "Peneliti pertanian menilai teknologi semacam ini berguna bila didampingi penyuluh. "
            "Tanpa pendampingan, data yang melimpah justru bisa membingungkan petani.",
        ),
    ),
    Story(
        slug="stasiun-pengisian-kendaraan-listrik-di-rest-area-bertambah",
        section="tekno",
        headline="Stasiun pengisian kendaraan listrik di rest area tol bertambah",
        lede=(
            "Pengendara mobil listrik kini punya lebih banyak pilihan saat mudik jarak jauh. "
            "Namun antrean masih terjadi di jam sibuk."
        ),
        dateline="Cirebon",
        authors=("yohanes-kurniawan",),
        tags=("energi", "transportasi"),
        days_ago=13,
        time="19:00",
        caption="Mobil listrik mengisi daya di sebuah rest area jalan tol.",
        credit="Redaksi/Yohanes Kurniawan",
        motif="road",
        body=(
            "Jumlah stasiun pengisian kendaraan listrik umum di rest area jalan tol Trans-Jawa "
            "terus bertambah. Di satu rest area di sekitar Cirebon, kini tersedia enam mesin "
            "pengisi cepat.",
            "Pengisian cepat memungkinkan baterai terisi dari 20 hingga 80 persen dalam sekitar "
            "30 menit, tergantung jenis mobil. Pengendara biasanya memanfaatkan waktu itu untuk "
            "makan atau beristirahat.",
            "Meski begitu, pada akhir pekan panjang antrean bisa mencapai satu jam. Sebagian "
            "pengendara menyiasatinya dengan mengisi daya di rest area yang lebih sepi atau pada "
            "malam hari.",
            Quote(
                "Perjalanan Jakarta-Semarang sekarang tidak bikin cemas lagi. Asal rencana isi "
                "dayanya diatur dari rumah.",
                "Ferry Gunawan, pengguna mobil listrik",
            ),
            "Pengelola jalan tol menyatakan akan menambah mesin di rest area yang paling padat. "
            "Mereka juga menguji aplikasi untuk memesan slot pengisian sebelum tiba.",
        ),
    ),
]
