"""Short video stories across sections, so Video Pilihan and Video Terkini both fill."""

from ..content import BIG_BUCK_BUNNY, SINTEL, SPRING, TEARS_OF_STEEL, Story

STORIES = [
    Story(
        slug="perpustakaan-pontianak-gelar-pekan-film-animasi-terbuka",
        section="news",
        headline="Perpustakaan Pontianak gelar pekan film animasi terbuka",
        lede=(
            "Selama sepekan, ruang baca anak diubah menjadi bioskop kecil. Film yang diputar "
            "boleh ditonton dan dibagikan ulang secara bebas."
        ),
        dateline="Pontianak",
        authors=("dewi-hapsari",),
        tags=("film animasi", "pendidikan"),
        days_ago=1,
        time="19:30",
        caption="Anak-anak menonton film animasi di ruang baca perpustakaan daerah.",
        credit="Redaksi/Dewi Hapsari",
        video=BIG_BUCK_BUNNY,
        motif="crowd",
        body=(
            "Perpustakaan daerah di Pontianak memutar film animasi pendek berlisensi terbuka "
            "setiap sore selama sepekan. Ruang baca anak ditata ulang dengan tikar dan layar "
            "proyektor pinjaman dari dinas pendidikan.",
            "Pengelola memilih film yang bebas diputar di depan umum agar tidak perlu mengurus "
            "izin penayangan. Setelah pemutaran, pustakawan mengajak anak-anak menceritakan "
            "ulang kisahnya dan mencari buku bertema serupa di rak.",
            "Menurut pengelola, jumlah kunjungan anak pada pekan itu naik hampir dua kali lipat "
            "dibandingkan pekan biasa.",
        ),
    ),
    Story(
        slug="mahasiswa-semarang-uji-sulih-suara-berbahasa-jawa",
        section="tekno",
        headline="Mahasiswa Semarang uji sulih suara berbahasa Jawa pada film pendek",
        lede=(
            "Film berlisensi terbuka dipakai sebagai bahan latihan. Hasilnya diputar di depan "
            "penutur asli untuk dinilai kewajarannya."
        ),
        dateline="Semarang",
        authors=("yohanes-kurniawan",),
        tags=("film animasi", "pendidikan"),
        days_ago=2,
        time="10:15",
        caption="Mahasiswa merekam sulih suara di studio kampus.",
        credit="Redaksi/Yohanes Kurniawan",
        video=SINTEL,
        motif="circuit",
        body=(
            "Sekelompok mahasiswa teknik informatika di Semarang mencoba mengisi ulang suara "
            "sebuah film animasi pendek dalam bahasa Jawa. Mereka memilih film berlisensi "
            "terbuka supaya hasil akhirnya boleh dibagikan.",
            "Tim membandingkan dua cara: rekaman pengisi suara manusia dan suara sintetis yang "
            "dilatih dari rekaman relawan. Penonton penutur asli kemudian diminta menilai mana "
            "yang terdengar lebih wajar.",
            "Dalam uji awal, rekaman manusia masih unggul pada adegan emosional, sementara suara "
            "sintetis dinilai cukup untuk narasi.",
        ),
    ),
    Story(
        slug="festival-sains-palu-bedah-efek-visual-film",
        section="tekno",
        headline="Festival sains Palu bedah efek visual film fiksi ilmiah",
        lede=(
            "Pengunjung diajak melihat bagaimana adegan robot dan ledakan dibuat di komputer, "
            "memakai berkas produksi sebuah film terbuka."
        ),
        dateline="Palu",
        authors=("fajar-nugroho",),
        tags=("film animasi", "pendidikan"),
        days_ago=4,
        time="15:45",
        caption="Pengunjung festival sains mencoba perangkat lunak efek visual.",
        credit="Redaksi/Fajar Nugroho",
        video=TEARS_OF_STEEL,
        motif="circuit",
        body=(
            "Salah satu stan yang paling ramai di festival sains Palu tahun ini adalah kelas "
            "singkat efek visual. Relawan komunitas kreatif setempat menunjukkan lapisan demi "
            "lapisan sebuah adegan film fiksi ilmiah pendek.",
            "Pengunjung bisa mematikan dan menyalakan tiap lapisan, dari rekaman aktor di depan "
            "layar hijau sampai robot yang ditambahkan belakangan.",
            "Panitia berharap kelas semacam ini membuat pelajar tertarik pada pekerjaan di "
            "industri kreatif yang tidak harus dijalani di Jakarta.",
        ),
    ),
    Story(
        slug="kelas-musik-ilustrasi-film-di-malang",
        section="news",
        headline="Kelas musik ilustrasi film di Malang berlatih dengan film tanpa dialog",
        lede=(
            "Peserta menggubah musik untuk adegan yang sama, lalu membandingkan suasana yang "
            "dihasilkan tiap komposisi."
        ),
        dateline="Malang",
        authors=("made-suardana",),
        tags=("film animasi", "pendidikan"),
        days_ago=5,
        time="13:20",
        caption="Peserta kelas menggubah musik sambil menonton potongan film.",
        credit="Redaksi/I Made Suardana",
        video=SPRING,
        motif="leaf",
        body=(
            "Sebuah sanggar musik di Malang membuka kelas musik ilustrasi film untuk pelajar "
            "dan mahasiswa. Bahan latihannya film animasi pendek tanpa dialog, sehingga musik "
            "menjadi satu-satunya pengantar suasana.",
            "Setiap peserta menggubah musik untuk potongan adegan yang sama. Di akhir pekan, "
            "semua versi diputar bergantian dan peserta saling memberi masukan.",
            "Pengajar kelas mengatakan latihan ini mengajarkan bahwa musik bisa mengubah makna "
            "sebuah adegan tanpa mengubah satu pun gambarnya.",
        ),
    ),
]
