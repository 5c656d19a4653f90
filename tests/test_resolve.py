"""Resolution sieves, each by name: the sieve that links a quote is kept on it (Quote.link)."""

import pytest

import kutipan

SIEVES = [
    ("name", '"Kami siap," ujar Budi Santoso.', "Budi Santoso"),
    ("alias", 'Pelatih Djadjang Nurdjaman hadir. "Kami kalah," kata pria yang akrab disapa Djanur.', "Djadjang Nurdjaman"),
    ("organisation", "Kementerian Kesehatan menyatakan kasus baru turun.", "Kementerian Kesehatan"),
    ("role_name", "Bupati Sambas, Satono, mengingatkan petani.\nBupati Satono menyampaikan bahwa harga gabah telah naik.", "Satono"),
    ("role_holder", 'Kapolres Metro Jakarta Selatan Kombes Ade Ary hadir.\n"Kami siap," ujar Kapolres.', "Ade Ary"),
    ("role_form", 'Menteri Kesehatan Budi Gunadi Sadikin meninjau rumah sakit.\n"Kami siap," ujar Menkes.', "Budi Gunadi Sadikin"),
    ("role_form", 'Menkes Budi Gunadi Sadikin hadir.\n"Stok obat aman," kata Menteri Kesehatan.', "Budi Gunadi Sadikin"),
    ("role_previous_speaker", '"Kami siap," ucap Kombes Budi Santoso.\n"Semua aman," ujar Kapolrestabes.', "Budi Santoso"),
    ("role_focus", '"Dia agak kurus," kata Venna Melinda.\n"Wajar," kata istri Ivan Fadilla itu.', "Venna Melinda"),
    ("description_previous_speaker",
     '"Kami menunggu solusi," ujar Ketua TAPD Pemkab Bone Andi Saharuddin.\n'
     "Pj Sekda Bone itu mengatakan, situasi ini berpotensi menghambat serapan anggaran.", "Andi Saharuddin"),
    ("description_same", '"Kami takut," kata seorang anggota polisi.\n"Situasi tegang," kata polisi.', "seorang anggota polisi"),
    # someone brought in unnamed in a sentence that attributes nothing, taken up by a definite description
    ("description_same", "Video keluhan seorang petani asal Bojonegoro, Jawa Timur, viral di media sosial.\nPetani tersebut menyebut harga gabah anjlok.",
     "seorang petani asal Bojonegoro"),
    ("description_same", 'Video keluhan seorang petani asal Bojonegoro, Jawa Timur, viral di media sosial.\n"Gak jadi umroh," ujar sang petani.',
     "seorang petani asal Bojonegoro"),
    ("description_new", '"Kami takut," kata seorang warga.', "seorang warga"),
    ("pronoun_focus", 'Budi Santoso hadir. "Kami siap bekerja," ujarnya.', "Budi Santoso"),
    ("pronoun_body", 'Dinas PU berharap perbaikan selesai. "Kami kejar target," sebutnya.', "Dinas PU"),
    ("pronoun_lone_subject",
     "Musk berselisih dengan Trump mengenai rencana pengeluaran. Dia mengatakan hal itu akan meledakkan utang AS.\n"
     "Partai Musk dibentuk pekan ini.", "Musk"),
    ("group", '"Kami siap bertanding," kata Budi Santoso dan Ani Lestari.', "Budi Santoso dan Ani Lestari"),
    ("group", "Ganda putra Fajar Alfian/Muhammad Rian Ardianto mengaku kecewa karena kalah.", "Fajar Alfian/Muhammad Rian Ardianto"),
    ("pronoun_pair", '"Kami siap," kata Budi Santoso dan Ani Lestari.\nKeduanya mengatakan latihan sudah berat.',
     "Budi Santoso dan Ani Lestari"),
    # 'mereka': many people named as a sentence's subject, a group or a body; never one person
    ("pronoun_many", 'Kini, para pedagang telah mencopot QRIS dari etalase.\n"Uangnya masuk ke orang lain," kata Karna.\n'
     "Mereka berharap sistem keamanan QRIS diperketat.", "para pedagang"),
    ("pronoun_many", '"Kami siap," kata Budi Santoso dan Ani Lestari.\nMereka mengatakan latihan sudah berat.', "Budi Santoso dan Ani Lestari"),
    ("previous_speaker", '"Kami siap," ujar Budi Santoso.\n"Semua petugas sudah berada di lokasi sejak pagi tadi."', "Budi Santoso"),
    ("focus", "Budi Santoso datang ke lokasi.\nSemua warga berkumpul.\nBantuan tiba siang hari.\nHujan turun lagi.\n"
     '"Semua petugas sudah berada di lokasi sejak pagi tadi."', "Budi Santoso"),
]


@pytest.mark.parametrize(("sieve", "text", "speaker"), SIEVES)
def test_each_sieve_links_and_names_itself(sieve, text, speaker):
    quote = kutipan.extract(text).quotes[-1]
    assert (quote.link, quote.speaker.name) == (sieve, speaker)


@pytest.mark.parametrize(("text", "link", "speaker"), [
    ('Wakil Ketua KPK Alexander Marwata hadir.\n"Kami akan mendalami," kata Alex.', "name+entity_nickname", "Alexander Marwata"),
    ('Presiden Joko Widodo meninjau pasar.\n"Harga harus turun," kata Jokowi.', "name+entity_alias", "Joko Widodo"),
    ('Budi Hartono (kiri) meninjau lokasi banjir.\n"Kami siap," kata Budi. "Semua aman," ujarnya.', "pronoun_focus+entity_contained", "Budi Hartono"),
])
def test_the_table_of_people_gives_the_fuller_name_and_says_so(text, link, speaker):
    quote = kutipan.extract(text).quotes[-1]
    assert (quote.link, quote.speaker.name) == (link, speaker)


def test_kin_focus():
    """A kin word before a name, a demonstrative after the words read: the person in focus, not
    the name ('mantan istri Ivan Fadilla itu' is Venna Melinda). The readers seldom stop before the
    demonstrative, so the sieve is called on a mention read that way."""
    from kutipan.document import Document
    from kutipan.lexicon import Lexicon
    from kutipan.names import Mention
    from kutipan.people import People
    from kutipan.resolve import Resolver
    from kutipan.spans import Span

    text = "Venna Melinda hadir. Mantan istri Ivan Fadilla itu menilai wajar."
    run = Resolver(Document(text, Lexicon.default()), ())
    people = People(text, run.lexicon)
    venna = people.name(Span.of(text, 0, 13), Span.of(text, 0, 13))
    start = text.index("Mantan")
    mention = Mention("description", Span.of(text, start, text.index(" itu")))
    assert run._described(people, mention) == (venna, "kin_focus")


def test_a_quote_nobody_is_linked_to_has_no_link():
    quote = kutipan.extract('"Belum ada kabar," katanya.').quotes[0]
    assert quote.speaker is None and quote.link == ""


def test_every_sieve_is_documented():
    import kutipan.resolve as resolve

    for sieve, _, _ in SIEVES:
        assert f"``{sieve}``" in resolve.__doc__, sieve


def test_a_group_speaker_has_its_members():
    speaker = kutipan.extract('"Kami siap," kata Budi Santoso dan Ani Lestari.\n"Lawan kuat," ujar Budi.').quotes[0].speaker
    assert (speaker.kind, speaker.members) == ("group", ("Budi Santoso", "Ani Lestari"))
    later = kutipan.extract('"Kami siap," kata Budi Santoso dan Ani Lestari.\n"Lawan kuat," ujar Budi.').quotes[1].speaker
    assert later.name == "Budi Santoso"  # a member quoted alone is himself


def test_keduanya_with_no_pair_named_is_the_word_as_written():
    quote = kutipan.extract("Keduanya mengatakan jalan akan diperbaiki.").quotes[0]
    assert (quote.speaker.name, quote.link) == ("Keduanya", "description_new")


def test_mereka_never_points_to_one_person():
    quote = kutipan.extract('"Kami siap," kata Budi Santoso.\nMereka mengatakan latihan sudah berat.').quotes[-1]
    assert (quote.mention.text, quote.speaker, quote.link) == ("Mereka", None, "")
