from django.db import migrations

# (name, slug, ClaimReview rating 1-5, description, partners' words)
VERDICTS = [
    ("Hoaks", "hoaks", 1, "Kabar bohong yang sengaja dibuat.", "hoax\nfabricated\npants on fire"),
    ("Disinformasi", "disinformasi", 1, "Informasi keliru yang disebarkan dengan sengaja.", "disinformation"),
    ("Misinformasi", "misinformasi", 2, "Informasi keliru yang disebarkan tanpa niat menipu.", "misinformation\nfalse context\nmissing context"),
    ("Salah", "salah", 1, "Klaim tidak sesuai fakta.", "false\nincorrect\nwrong\nfake"),
    ("Menyesatkan", "menyesatkan", 2, "Sebagian fakta dipakai untuk kesimpulan yang keliru.", "misleading\nout of context\nmostly false"),
    ("Sebagian Benar", "sebagian-benar", 3, "Ada yang benar, ada yang keliru.", "partly true\npartly false\nhalf true\nmixed\nmixture"),
    ("Tidak Terbukti", "tidak-terbukti", 2, "Tidak ada bukti yang mendukung klaim.", "unproven\nunverified\nunsupported\nno evidence"),
    ("Satire", "satire", 3, "Tulisan humor atau parodi yang dikira berita.", "satire\nparody"),
    ("Benar", "benar", 5, "Klaim sesuai fakta.", "true\ncorrect\naccurate\nmostly true"),
]


def add_defaults(apps, schema_editor):
    Verdict = apps.get_model("factcheck", "Verdict")
    for order, (name, slug, rating, description, terms) in enumerate(VERDICTS):
        Verdict.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "rating": rating,
                "description": description,
                "partner_terms": terms,
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0001_initial")]
    operations = [migrations.RunPython(add_defaults, migrations.RunPython.noop)]
