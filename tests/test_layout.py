"""Page layout: every line of a scraped page gets its kind; quotes come from the body only."""

import kutipan
from kutipan.layout import read_layout
from kutipan.lexicon import Lexicon

LEXICON = Lexicon.default()

PAGE = "\n".join([
    "Bupati Satono Tegaskan Harga Gabah Naik, Petani Diminta Tak Jual Murah",
    "7 Januari 2026 15:29 WIB",
    "Bupati Sambas, Satono bersama para petani saat panen raya di Desa Parit Baru, Rabu (7/1/2026).",
    "SAMBAS, insidepontianak.com – Bupati Sambas, Satono, mengingatkan petani agar tidak menjual gabah murah.",
    '"Lahan yang ada ini harus dimaksimalkan," tegasnya.',
    "Baca juga: Harga Beras Naik Jelang Ramadan",
    "Penulis : Antonia Sentia",
    "Berita Populer",
    "Gubernur Minta Warga Tenang",
])


def kinds(text):
    return [(kind, line.text[:12]) for kind, line in read_layout(text, LEXICON).labelled()]


def test_every_line_of_a_scraped_page_is_labelled():
    assert [kind for kind, _ in kinds(PAGE)] == [
        "headline", "date", "caption", "body", "body", "boilerplate", "byline", "related", "related",
    ]


def test_the_dateline_opens_the_article():
    layout = read_layout(PAGE, LEXICON)
    assert layout.dateline is not None and layout.dateline.text == "SAMBAS, insidepontianak.com – "


def test_datelines_of_several_outlets():
    for line in ("JAKARTA - Polisi menangkap tiga anak.", "TEMPO.CO, Banda Aceh - Pelatih puas.",
                 "Harianjogja.com, SLEMAN-Kasus demam berdarah naik.", "Jakarta, CNN Indonesia -- Polisi menangkap AP."):
        page = f"Judul Berita Hari Ini\n{line}"
        assert kinds(page)[0][0] == "headline", line
        assert read_layout(page, LEXICON).dateline is not None, line


def test_a_clean_body_is_all_body():
    text = "Budi Santoso hadir di lokasi.\n\"Kami siap,\" ujarnya.\nBaca juga: Judul Lain\n• Tautan"
    assert [kind for kind, _ in kinds(text)] == ["body", "body", "boilerplate", "related"]


def test_an_opening_quote_is_prose_not_a_headline():
    assert kinds('"Kami siap bekerja keras untuk warga\nBudi Santoso pulang.')[0][0] == "body"


def test_captions_and_credits():
    assert kinds("Judul Berita\nIlustrasi penjara (Foto: Dok Okezone)\nJAKARTA - Polisi menangkap tiga anak.")[1][0] == "caption"
    body = "JAKARTA - Polisi menangkap tiga anak.\nTersangka ditangkap. (Dok. Istimewa) |\nAP ditangkap di Jakarta."
    assert [kind for kind, _ in kinds(body)] == ["body", "caption", "body"]


def test_a_long_body_line_that_opens_like_a_byline_stays_body():
    text = "Oleh Fitri, uang itu kembali ditransfer ke rekening Tika. Hal itu dilakukan untuk menghilangkan jejak, kata polisi kepada wartawan."
    assert kinds(text)[0][0] == "body"


def test_no_quote_from_headline_and_the_headline_gives_no_speaker():
    result = kutipan.extract(PAGE)
    assert [q.text for q in result] == ["petani agar tidak menjual gabah murah", "Lahan yang ada ini harus dimaksimalkan,"]
    assert {q.speaker.name for q in result} == {"Satono"}
    assert result.layout[0].kind == "headline"
    assert all(result.text[b.span.start : b.span.end] == b.span.text for b in result.layout)


def test_page_words_come_from_the_lexicon():
    lexicon = Lexicon.default()
    assert ("Penulis", "byline") in lexicon.page and ("Berita Terkait", "end") in lexicon.page
    assert ("Sabtu", "day") in lexicon.calendar


def test_video_promotions_are_boilerplate():
    text = 'Budi Santoso hadir di lokasi.\nSimak Video "Polisi Pastikan Isu Penculikan Hoaks"\n[Gambas:Video 20detik]'
    assert [kind for kind, _ in kinds(text)] == ["body", "boilerplate", "boilerplate"]


def test_an_outlet_photographer_credit_closes_a_caption():
    text = "Stok Vaksin Aman\nMenteri Kesehatan Budi Gunadi Sadikin. TEMPO/Subekti\nTEMPO.CO, Jakarta - Menteri Kesehatan memastikan stok aman."
    assert [kind for kind, _ in kinds(text)] == ["headline", "caption", "body"]
    assert kinds("Kodam XVII/Cenderawasih menyiagakan pasukan di perbatasan.")[0][0] == "body"
