"""The page's table of people: one case per name matcher, in the order they are tried."""

import pytest

import kutipan
from kutipan.entities import EntityTable
from kutipan.lexicon import Lexicon
from kutipan.spans import Span

LEXICON = Lexicon.default()


def table(text):
    return EntityTable.build(text, [Span.of(text, 0, len(text))], LEXICON)


def found(text, short):
    entry, matcher = table(text).lookup(short)
    return (entry.name.text if entry else None), matcher


@pytest.mark.parametrize(("text", "short", "name", "matcher"), [
    ("Menteri Keuangan Sri Mulyani Indrawati hadir.", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati", "exact"),
    # titles, ranks and honorifics are never part of a key
    ("Kapolres Metro Jakarta Selatan Kombes Pol Ade Ary Syam hadir.", "Ade Ary Syam", "Ade Ary Syam", "exact"),
    # an alias in brackets, after 'atau', after 'disapa'; a public alias of data/aliases.tsv
    ("Gubernur Sulawesi Barat Suhardi Duka (SDK) melantik direktur.", "SDK", "Suhardi Duka", "alias"),
    ("Presiden Joko Widodo atau Jokowi meninjau pasar.", "Jokowi", "Joko Widodo", "alias"),
    ("Pelatih Djadjang Nurdjaman yang akrab disapa Djanur hadir.", "Djanur", "Djadjang Nurdjaman", "alias"),
    ("Presiden Joko Widodo meninjau pasar.", "Jokowi", "Joko Widodo", "alias"),
    # initials
    ("Pebulu tangkis Putri Kusuma Wardani menang.", "Putri KW", "Putri Kusuma Wardani", "initials"),
    # a first name, a surname, a middle run; in a pair written with '/'
    ("Menurut laporan, Wakil Ketua KPK Alexander Marwata hadir.", "Marwata", "Alexander Marwata", "contained"),
    ("Ganda putra Fajar Alfian/Muhammad Rian Ardianto kalah.", "Rian", "Muhammad Rian Ardianto", "contained"),
    ("Ganda putra Fajar Alfian/Muhammad Rian Ardianto kalah.", "Fajar", "Fajar Alfian", "contained"),
    # a prefix of one name word of exactly one entity
    ("Wakil Ketua KPK Alexander Marwata hadir.", "Alex", "Alexander Marwata", "nickname"),
    # one letter apart
    ("Wakil Ketua KPK Alexander Marwata hadir.", "Marwatta", "Alexander Marwata", "typo"),
])
def test_each_matcher(text, short, name, matcher):
    assert found(text, short) == (name, matcher)


def test_a_short_form_two_entities_share_names_neither():
    text = "Budi Santoso dan Budi Gunawan hadir dalam rapat itu."
    assert found(text, "Budi") == (None, None)
    assert found(text, "Santoso") == ("Budi Santoso", "contained")


def test_names_are_read_where_nothing_is_attributed_and_titles_stay_out():
    entities = table("Ketua KONI Budi Hartono membuka acara itu bersama dr. Ani Lestari.").entities()
    assert [(e.name, e.role.text if e.role else None) for e in entities] == [("Budi Hartono", "Ketua KONI"), ("Ani Lestari", None)]


@pytest.mark.parametrize(("text", "name", "role"), [
    # a lower-case role, a web address in it, right before the name's capitalised run
    ("Kami menghubungi pemimpin redaksi detik.com Alfito Deannova Ginting.", "Alfito Deannova Ginting", "pemimpin redaksi detik.com"),
    ("Hal itu disampaikan pengamat kebijakan publik Sumatera Selatan M Husni Thamrin.", "M Husni Thamrin", "pengamat kebijakan publik Sumatera Selatan"),
    # a role word in capitals, as the first word of an article often is
    ("PEBULU tangkis Indonesia Fajar Alfian mengaku kecewa.", "Fajar Alfian", "PEBULU tangkis Indonesia"),
    # 'X Y, Z': the role before X is Z's (Lisa's lawyer), not X's
    ("Sidang ditunda, kata pengacara Lisa Mariana, Jhony Boy Nababan.", "Lisa Mariana", None),
    # a name given by 'berinisial', 'bernama', with the description before it
    ("Seorang penulis kolom di situs berita detik.com berinisial YF diintimidasi.", "YF", "penulis kolom di situs berita detik.com"),
    ("Polisi mengungkap motif perempuan berinisial LM itu.", "LM", None),
])
def test_a_name_takes_the_role_written_before_it(text, name, role):
    entities = {e.name: e.role.text if e.role else None for e in table(text).entities()}
    assert entities[name] == role


@pytest.mark.parametrize(("text", "name"), [
    # a degree written with stops and no comma after the name: never an initial of the name
    ("Kapolres AKBP Budi Santoso S.I.K. membuka acara itu.", "Budi Santoso"),
    ("Pengacara Budi Santoso S.H., M.H. hadir di sidang.", "Budi Santoso"),
    # initials written with stops inside a name
    ("Sidang menghadirkan Prof Dr Maria S.W. Sumardjono, Guru Besar Fakultas Hukum UGM.", "Maria S.W. Sumardjono"),
])
def test_a_word_written_with_stops_is_read_whole(text, name):
    assert [e.name for e in table(text).entities()] == [name]


def test_a_place_named_after_a_body_is_no_person():
    text = 'Rapat digelar di Gedung MK, Jakarta.\nDalam pertimbangannya, MK menyebut pasal itu sah.'
    assert [e.name for e in table(text).entities() if e.kind == "person"] == []
    assert kutipan.extract(text).quotes[0].speaker.name == "MK"


def test_a_sentence_opening_common_word_starts_no_name():
    text = '"Datanya pakai buku," kata Renita.\nKinerja Renita dalam mengembangkan database diakui.'
    run = kutipan.extract(text)
    assert [e.name for e in run.entities] == []
    assert run.quotes[0].speaker.name == "Renita"


def test_result_entities_carry_every_mention():
    text = 'Wakil Ketua KPK Alexander Marwata hadir.\n"Kami akan mendalami," kata Alexander Marwata.'
    (entity,) = kutipan.extract(text).entities
    assert entity.name == "Alexander Marwata" and entity.role.text == "Wakil Ketua KPK"
    assert [m.start for m in entity.mentions] == [text.index("Alexander"), text.rindex("Alexander")]
    assert all(text[m.start : m.end] == m.text for m in entity.mentions)


def test_public_aliases_are_data_users_extend(tmp_path):
    (tmp_path / "aliases.tsv").write_text("Tole\tBasuki Hadimuljono\n", encoding="utf-8")
    lexicon = Lexicon.from_directory(tmp_path)
    assert ("Jokowi", "Joko Widodo") in lexicon.aliases and ("Tole", "Basuki Hadimuljono") in lexicon.aliases
    text = 'Menteri PUPR Basuki Hadimuljono meninjau bendungan.\n"Air sudah mengalir," kata Tole.'
    assert kutipan.extract(text).quotes[0].speaker.name == "Tole"
    quote = kutipan.extract(text, lexicon=lexicon).quotes[0]
    assert (quote.speaker.name, quote.link) == ("Basuki Hadimuljono", "name+entity_alias")


def test_a_public_alias_and_the_full_name_on_one_page_are_one_entity():
    text = 'Presiden Joko Widodo meresmikan pasar.\n"Saya terkesan," ujar Presiden Jokowi ketika meresmikan pasar itu.'
    run = kutipan.extract(text)
    assert [(e.name, e.aliases) for e in run.entities] == [("Joko Widodo", ("jokowi",))]
    assert (run.quotes[0].speaker.name, run.quotes[0].link) == ("Joko Widodo", "name+entity_alias")


def test_a_public_alias_written_alone_gives_the_full_name_but_initials_do_not():
    quote = kutipan.extract('"Harga harus turun," kata Zulhas di Jakarta.').quotes[0]
    assert (quote.speaker.name, quote.link) == ("Zulkifli Hasan", "name+entity_alias")
    # 'JK' may be anyone's initials on a page ('pelaku berinisial JK')
    assert kutipan.extract('"Saya tidak tahu," kata JK kepada polisi.').quotes[0].speaker.name == "JK"


@pytest.mark.parametrize(("text", "name", "role"), [
    # the word right after 'PT' elsewhere on the page is the company's, not a first name
    ("Penandatanganan dilakukan Direktur Utama PT Jakpro Widi Amanasto.\n"
     "Direktur Utama Jakpro Widi Amanasto menyatakan, kerja sama itu penting.", "Widi Amanasto", "Direktur Utama PT Jakpro"),
    # a hospital named after a doctor
    ('"Itu rahasia pasien," kata Koordinator Humas RSUP dr Kariadi Vivi Vira Virdianti.', "Vivi Vira Virdianti",
     "Koordinator Humas RSUP dr Kariadi"),
    # a university's name running on into the name, and the name re-mentioned by its first word
    ("Kepala Laboratorium Ilmu Ekonomi Universitas Halu Oleo Syamsir Nur mengatakan, investasi naik.\n"
     "Menurut Syamsir, daerah harus siap.", "Syamsir Nur", "Kepala Laboratorium Ilmu Ekonomi Universitas Halu Oleo"),
])
def test_a_body_name_glued_before_a_person_name_goes_to_the_role(text, name, role):
    quote = kutipan.extract(text).quotes[-1]
    assert (quote.speaker.name, quote.role.text) == (name, role)
