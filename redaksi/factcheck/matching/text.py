"""Words that carry meaning in a reader's question, stemmed the way search stems them."""

from redaksi.core.stemming import stem_text

# Question and chat filler in Indonesian and English: "apakah benar …", "is it true …".
# Removing them keeps "benar nggak?" from matching every story that says "benar".
STOPWORDS = frozenset(
    """
    ada adalah agar akan aku anda apa apakah atau bagaimana bahwa banyak baru bener benar
    benarkah berapa betul betulkah bisa boleh buat cek coba dalam dan dari dengan dengar di
    dia dong emang engga enggak gak ga gimana hal hanya harus ini info informasi itu iya ja
    jadi jangan juga kabar kabarnya kah kalau kami kamu kan karena kata katanya ke kenapa kok
    lagi lah lewat loh mau min mohon nggak nya oleh pada para pun saja sama sampai saya
    sebagai sedang sejak sekarang semua sering sih sudah supaya tak tanya tapi tentang
    terhadap tersebut tidak tolong untuk ya yah yang
    a about an and any are as at be been by can did do does for from has have how i if in
    into is it its me my of on or please so than that the their there this to true was
    what when where which who why will with you your
    """.split()
)


def content_stems(text: str) -> list[str]:
    return [stem for stem in stem_text(text).split() if stem not in STOPWORDS and len(stem) > 1]
