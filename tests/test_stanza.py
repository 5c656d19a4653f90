"""The stanza path: Documents from CoNLL-U (written here and the UD treebanks) and a real Pipeline.

No model is ever downloaded: the Pipeline runs pretokenized, with an empty resources file.
"""

from __future__ import annotations

import json
import pathlib

import pytest

stanza = pytest.importorskip("stanza")

from stanza.utils.conll import CoNLL  # noqa: E402

import kutipan  # noqa: E402
import kutipan.stanza as kstanza  # noqa: E402

UD = pathlib.Path(__file__).resolve().parents[1] / ".." / "shared" / "ud"
needs_ud = pytest.mark.skipif(not UD.is_dir(), reason="shared/ud is not beside the checkout")


def conllu(*sentences: str) -> str:
    """CoNLL-U from rows 'form lemma UPOS head deprel [SpaceAfter=No]', one sentence per string."""
    blocks = []
    for sentence in sentences:
        lines = []
        for i, row in enumerate(sentence.strip().splitlines(), 1):
            form, lemma, upos, head, deprel, *misc = row.split()
            lines.append("\t".join([str(i), form, lemma, upos, "_", "_", head, deprel, "_", misc[0] if misc else "_"]))
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


# 'Budi Santoso tiba di Jakarta. Dia yang sejak pagi menunggu bersama para pedagang menjelaskan harga
# beras akan turun bulan depan.' The rules cannot read a subject across a relative clause that no
# commas set off; the parse says that 'Dia' speaks and that 'harga beras ...' is what was said.
BUDI_TEXT = (
    "Budi Santoso tiba di Jakarta. Dia yang sejak pagi menunggu bersama para pedagang "
    "menjelaskan harga beras akan turun bulan depan."
)
BUDI = conllu(
    """
    Budi Budi PROPN 3 nsubj
    Santoso Santoso PROPN 1 flat:name
    tiba tiba VERB 0 root
    di di ADP 5 case
    Jakarta Jakarta PROPN 3 obl SpaceAfter=No
    . . PUNCT 3 punct
    """,
    """
    Dia dia PRON 9 nsubj
    yang yang PRON 5 nsubj
    sejak sejak ADP 4 case
    pagi pagi NOUN 5 obl
    menunggu tunggu VERB 1 acl:relcl
    bersama bersama ADP 8 case
    para para DET 8 det
    pedagang pedagang NOUN 5 obl
    menjelaskan jelas VERB 0 root
    harga harga NOUN 13 nsubj
    beras beras NOUN 10 compound
    akan akan AUX 13 aux
    turun turun VERB 9 ccomp
    bulan bulan NOUN 13 obl:tmod
    depan depan ADJ 14 amod SpaceAfter=No
    . . PUNCT 9 punct
    """,
)

# '"Kami siap bekerja," ujarnya.' with UD's split of -nya: ujarnya -> ujar + nya.
UJARNYA = """\
1\t"\t"\tPUNCT\t_\t_\t4\tpunct\t_\tSpaceAfter=No
2\tKami\tkami\tPRON\t_\t_\t4\tnsubj\t_\t_
3\tsiap\tsiap\tADJ\t_\t_\t4\tadvmod\t_\t_
4\tbekerja\tkerja\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
5\t,\t,\tPUNCT\t_\t_\t4\tpunct\t_\tSpaceAfter=No
6\t"\t"\tPUNCT\t_\t_\t4\tpunct\t_\t_
7-8\tujarnya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
7\tujar\tujar\tVERB\t_\t_\t4\tparataxis\t_\t_
8\tnya\tnya\tPRON\t_\t_\t7\tnsubj\t_\t_
9\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_
"""


def quotes_of(result: kutipan.Result) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in result]


def spans_slice(text: str, result: kutipan.Result) -> None:
    for quote in result:
        for span in (quote.content, quote.cue, quote.mention, quote.role):
            if span is not None:
                assert text[span.start : span.end] == span.text


# ----------------------------------------------------------------------------------------------
# from_stanza on Documents built from CoNLL-U


def test_parse_reveals_indirect_speaker():
    doc = CoNLL.conll2doc(input_str=BUDI)
    result = kutipan.from_stanza(doc)
    assert doc.text == BUDI_TEXT
    assert kutipan.extract(doc.text).quotes == ()   # the rules alone find nothing here
    assert quotes_of(result) == [("indirect", "Budi Santoso", "harga beras akan turun bulan depan")]
    quote = result.quotes[0]
    assert (quote.cue.text, quote.mention.text, quote.rule) == ("menjelaskan", "Dia", "parse_nsubj_ccomp")
    spans_slice(doc.text, result)


@needs_ud
def test_treebank_sentence_only_the_parse_attributes():
    """UD CSUI: the speaker stands far from the reported words, behind a long role (found by the
    parse, or by the rules where they read it: either way attributed right)."""
    blocks = (UD / "id_csui-ud-test.conllu").read_text(encoding="utf-8").split("\n\n")
    block = next(b for b in blocks if "Dr Tan Yee Kew mengemukakan" in b)
    doc = CoNLL.conll2doc(input_str=block)
    result = kutipan.from_stanza(doc)   # rebuilds doc.text from the tokens
    assert len(result) == 1
    quote = result.quotes[0]
    assert (quote.kind, quote.speaker.name, quote.cue.text) == ("indirect", "Tan Yee Kew", "mengemukakan")
    assert "Malaysia menduduki urutan ke-2" in quote.text
    assert quote.mention.text == "Tan Yee Kew"
    spans_slice(doc.text, result)


def test_multiword_clitic_keeps_rule_quote():
    doc = CoNLL.conll2doc(input_str=UJARNYA)
    result = kutipan.from_stanza(doc)
    assert doc.text == '"Kami siap bekerja," ujarnya.'
    assert result.to_dicts() == kutipan.extract(doc.text).to_dicts()
    assert result.quotes[0].cue.text == "ujarnya"


def test_ner_entity_is_the_name():
    """An ORG entity makes the subject an organisation; without NER the same words read as a name."""
    doc = CoNLL.conll2doc(
        input_str=conllu(
            """
            Aprindo Aprindo PROPN 2 nsubj
            menegaskan tegas VERB 0 root
            bahwa bahwa SCONJ 5 mark
            ekspor ekspor NOUN 5 nsubj
            naik naik VERB 2 ccomp
            tahun tahun NOUN 5 obl:tmod
            ini ini DET 6 det SpaceAfter=No
            . . PUNCT 2 punct
            """
        )
    )
    plain = kstanza.parse_attributions(doc)
    for token, tag in zip(doc.sentences[0].tokens, ["S-ORG"] + ["O"] * 7):
        token.ner = tag
    tagged = kstanza.parse_attributions(doc)
    assert [a.content.text for a in tagged] == ["ekspor naik tahun ini"]
    assert tagged[0].mention.kind == "organisation" != plain[0].mention.kind


def test_refused_and_nested_speech_is_not_added():
    doc = CoNLL.conll2doc(
        input_str=conllu(
            """
            Agus Agus PROPN 3 nsubj
            enggan enggan ADV 3 advmod
            mengatakan kata VERB 0 root
            harga harga NOUN 6 nsubj
            akan akan AUX 6 aux
            turun turun VERB 3 ccomp
            lagi lagi ADV 6 advmod SpaceAfter=No
            . . PUNCT 3 punct
            """
        )
    )
    assert kutipan.from_stanza(doc).quotes == ()


@needs_ud
def test_never_worse_than_rules_on_treebanks():
    """Every quote of the plain-text path is in the stanza path, unchanged, sentence by sentence."""
    added = 0
    for path in sorted(UD.glob("*.conllu")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            if not block.strip():
                continue
            doc = CoNLL.conll2doc(input_str=block)
            result = kutipan.from_stanza(doc)
            plain = kutipan.extract(doc.text)
            for quote in plain:
                assert quote.to_dict() in result.to_dicts()
            added += len(result) - len(plain)
            spans_slice(doc.text, result)
    assert added >= 3


def test_document_with_text_and_offsets():
    text = 'Budi Santoso hadir.\n"Kami siap bekerja," ujarnya.'
    doc = stanza.Document([[{"id": (1,), "text": "Budi", "start_char": 0, "end_char": 4}]], text=text)
    result = kutipan.from_stanza(doc)
    assert result.to_dicts() == kutipan.extract(text).to_dicts()


# ----------------------------------------------------------------------------------------------
# The processor in a real Pipeline


@pytest.fixture
def pipeline(tmp_path):
    (tmp_path / "resources.json").write_text(json.dumps({}), encoding="utf-8")
    return stanza.Pipeline(
        "id",
        dir=str(tmp_path),
        processors="tokenize,kutipan",
        tokenize_pretokenized=True,
        download_method=None,
        allow_unknown_language=True,
        logging_level="WARN",
    )


def test_pipeline_marks_quotes_on_raw_text(pipeline):
    doc = pipeline('Budi Santoso hadir .\n" Kami siap bekerja , " ujar Budi .')
    assert quotes_of(kutipan.Result(doc.text, doc.quotes)) == [("direct", "Budi Santoso", "Kami siap bekerja ,")]
    labels = {token.text: token.kutipan for sentence in doc.sentences for token in sentence.tokens}
    assert labels["Kami"] == "quote" and labels["ujar"] == "cue" and labels["hadir"] is None
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert doc.text[token.start_char : token.end_char] == token.text


def test_pipeline_on_parsed_document(pipeline):
    """A Document parsed elsewhere (here: CoNLL-U) goes through the pipeline's kutipan processor."""
    doc = pipeline(CoNLL.conll2doc(input_str=BUDI))
    assert quotes_of(kutipan.Result(doc.text, doc.quotes)) == [("indirect", "Budi Santoso", "harga beras akan turun bulan depan")]
    labels = [(t.text, t.kutipan) for t in doc.sentences[1].tokens]
    assert labels[:3] == [("Dia", "speaker"), ("yang", None), ("sejak", None)]
    assert ("menjelaskan", "cue") in labels and ("harga", "quote") in labels and labels[-1] == (".", None)
