"""Wire feeds written for these tests: one RSS 2.0, one Atom, in Indonesian."""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Kantor Berita Nusantara</title>
  <link>https://kawat.contoh.id/</link>
  <description>Kiriman terbaru</description>
  <item>
    <guid isPermaLink="false">knb-1001</guid>
    <title>Harga Cabai di Pasar Induk Turun Menjelang Panen Raya</title>
    <link>https://kawat.contoh.id/ekonomi/1001</link>
    <description>&lt;p&gt;Harga cabai rawit turun hampir separuh dalam sepekan.&lt;/p&gt;
    </description>
    <dc:creator>Dewi Anggraini</dc:creator>
    <category>ekonomi</category>
    <pubDate>Tue, 06 Oct 2020 09:07:00 +0000</pubDate>
  </item>
  <item>
    <guid isPermaLink="false">knb-1002</guid>
    <title>Jembatan Gantung Penghubung Dua Desa Rampung Dibangun</title>
    <link>https://kawat.contoh.id/daerah/1002</link>
    <description>Warga tidak perlu lagi menyeberang sungai dengan rakit.</description>
    <pubDate>Tue, 06 Oct 2020 11:30:00 +0700</pubDate>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Mitra Berita Timur</title>
  <id>urn:mitra-timur:feed</id>
  <updated>2020-10-07T02:00:00Z</updated>
  <entry>
    <id>urn:mitra-timur:2001</id>
    <title>Festival Budaya Teluk Dibuka dengan Lomba Perahu Hias</title>
    <link href="https://mitra.contoh.id/budaya/2001"/>
    <updated>2020-10-07T01:00:00Z</updated>
    <author><name>Yohanes Rumbiak</name></author>
    <summary>Ratusan perahu hias meramaikan pembukaan festival.</summary>
    <content type="html">
      &lt;p&gt;Ratusan perahu hias dari kampung-kampung pesisir meramaikan pembukaan
      festival budaya di teluk, Rabu pagi.&lt;/p&gt;
      &lt;h2&gt;Tarian penyambutan&lt;/h2&gt;
      &lt;p&gt;Penari muda membawakan tarian penyambutan di atas dermaga kayu sebelum
      lomba dimulai.&lt;/p&gt;
      &lt;p&gt;Panitia menyebut festival berlangsung lima hari dan diikuti peserta dari
      dua belas kampung.&lt;/p&gt;
    </content>
  </entry>
</feed>
"""

BROKEN = "<rss><channel><item><title>Terpotong"
