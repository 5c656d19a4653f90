"""Notebook rendering: HTML that keeps the text, nests its tags and marks what was found."""

from html.parser import HTMLParser
from pathlib import Path

import kutipan
from kutipan.display import NUMBER, TAG, Mark, highlight, marks, quote_html, result_html, speaker_html
from kutipan.spans import Quote, Result, Span, Speaker

EXAMPLE = (Path(__file__).parent.parent / "docs" / "examples" / "banjir-bandung.txt").read_text(encoding="utf-8")
VOID = {"br", "hr", "img", "meta"}


class Reader(HTMLParser):
    """Checks that tags nest and collects the text, leaving out the number and speaker labels."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.labels = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            label = dict(attrs).get("style") in (NUMBER, TAG)
            self.stack.append((tag, label))
            self.labels += label

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.labels -= self.stack.pop()[1]

    def handle_data(self, data):
        if not self.labels:
            self.text.append(data)


def read(html):
    reader = Reader()
    reader.feed(html)
    reader.close()
    assert not reader.stack
    return "".join(reader.text)


def test_highlight_keeps_the_text_exactly():
    result = kutipan.extract(EXAMPLE)
    assert read(highlight(result.text, marks(result))) == EXAMPLE


def test_every_quote_cue_and_mention_is_marked():
    result = kutipan.extract(EXAMPLE)
    found = {(m.kind, m.start, m.end) for m in marks(result)}
    for quote in result:
        assert (quote.kind, quote.start, quote.end) in found
        if quote.cue:
            assert ("cue", quote.cue.start, quote.cue.end) in found
        if quote.mention and quote.mention.text:
            assert ("mention", quote.mention.start, quote.mention.end) in found


def test_crossing_marks_are_cut_so_tags_nest():
    text = "Budi mengatakan harga naik dan turun."
    found = [Mark(5, 26, "indirect"), Mark(16, 36, "direct"), Mark(0, 4, "mention", after="Budi Santoso")]
    assert read(highlight(text, found)) == text


def test_markup_in_the_text_is_escaped():
    text = '"<script>alert(1)</script> & lain-lain," ujar Budi.'
    html = result_html(kutipan.extract(text))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert read(html).endswith(text + "speakerkindrolequotesmentionsBudiperson—1Budi")


def test_result_html_has_legend_and_speakers():
    result = kutipan.extract(EXAMPLE)
    html = result._repr_html_()
    for label in ("direct quote", "indirect quote", "cue", "speaker mention", "role"):
        assert label in html
    for speaker in result.speakers:
        assert speaker.name in html
    assert "<style" not in html  # inline styles only: notebook sanitisers keep them


def test_short_mentions_carry_the_speaker_name():
    result = kutipan.extract('Budi Santoso hadir. "Kami siap bekerja," ujarnya.')
    tags = [m.after for m in marks(result) if m.after]
    assert tags == ["Budi Santoso"]


def test_quote_and_speaker_cards():
    result = kutipan.extract('"Kami siap," ujar Budi Santoso, Ketua RT 05.')
    quote, speaker = result[0], result.speakers[0]
    html = quote._repr_html_()
    assert "Kami siap," in html and "ujar" in html and "Budi Santoso" in html and "Ketua RT 05" in html
    assert read(html) and read(speaker._repr_html_())
    assert "Ketua RT 05" in speaker_html(speaker)
    lonely = Quote("direct", Span.of('"Belum."', 1, 7))
    assert "—" in quote_html(lonely)  # no speaker: a dash, not an error
    empty = Result("Teks tanpa kutipan.")
    assert "0 quotes" in result_html(empty) and read(result_html(empty))


def test_plain_repr_stays_short():
    result = kutipan.extract(EXAMPLE)
    assert repr(result).startswith("Result(") and len(repr(result)) < 80
    assert all(len(repr(q)) < 160 for q in result)
    assert len(repr(Speaker("Budi"))) < 80


def test_page_furniture_is_greyed_and_labelled():
    from kutipan.display import marks

    result = kutipan.extract("Budi Minta Maaf\nJAKARTA - Budi Santoso meminta maaf kepada warga.")
    furniture = [m for m in marks(result) if m.kind == "furniture"]
    assert [(m.before, result.text[m.start : m.end]) for m in furniture] == [("headline", "Budi Minta Maaf")]
    assert "headline" in result._repr_html_()
