from citekit.emit.ascii import ascii_entry, to_ascii
from citekit.emit.bibtex import Entry
from citekit.emit.latex import escape, protect_case


def test_escape_every_special():
    assert escape("R&D at 5% for $3 #1 a_b") == r"R\&D at 5\% for \$3 \#1 a\_b"
    # plain text in, so a backslash is text too; braces become text commands (BibTeX counts \{)
    assert (escape(r"a \& b ~^{}")
            == r"a \textbackslash{}\& b \textasciitilde{}\textasciicircum{}\textbraceleft{}\textbraceright{}")


def test_every_capitalised_word_but_the_first_is_protected_word_by_word():
    assert protect_case("UN reports veteran leader back") == "{UN} reports veteran leader back"
    assert (protect_case("Afghan Taliban and Al Qaeda aiding Pakistani insurgency")
            == "Afghan {Taliban} and {Al Qaeda} aiding {Pakistani} insurgency")
    assert protect_case("The Question of Succession in Al-Qaeda") == "The {Question} of {Succession} in {Al-Qaeda}"


def test_better_bibtex_fixture_title():
    # retorquere/zotero-better-bibtex fixture #3330 (BBT doubles the braces; one pair suffices)
    assert (protect_case("Why doesn’t the US have a European-style welfare system?")
            == "Why doesn’t the {US} have a {European-style} welfare system?")


def test_after_colon_only_a_letter_right_after_the_space_is_kept():
    assert protect_case("IntelBrief: Relations remain") == "{IntelBrief}: Relations remain"
    # BibTeX keeps only the character right after ": " -- here the quote, not the I
    assert protect_case('Note: "I Quit" now') == 'Note: "{I Quit}" now'
    assert protect_case('"Al Qaeda Leader" Killed') == '"{Al Qaeda Leader}" {Killed}'


def test_groups_stop_at_punctuation_and_specials_are_escaped():
    assert protect_case("R&D in the UN, EU") == r"{R\&D} in the {UN}, {EU}"
    assert protect_case("2022 UN Annual Report") == "2022 {UN Annual Report}"


def test_never_whole_title_braces():
    assert not protect_case("A plain title about nothing").startswith("{")
    assert protect_case("A plain title about nothing") == "A plain title about nothing"


def test_ascii_uses_braced_special_characters():
    assert to_ascii(protect_case("Ökonomie der Überwachung")) == r'{\"O}konomie der {{\"U}berwachung}'
    assert to_ascii("Straße – naïve — “q”") == r"Stra{\ss}e -- na{\"i}ve --- ``q''"
    assert to_ascii("Lucía") == r"Luc{\'i}a"  # not {\'\i}: biber makes that a dotless i + U+0301
    assert to_ascii("Институт 5 €").isascii()


def test_ascii_guillemets_are_quotes_pdflatex_typesets_without_t1():
    assert to_ascii("«la fornitura» e ‹sì› „so“") == "``la fornitura'' e `s{\\`i}' ,,so``"


def test_ascii_entry_percent_encodes_urls_and_keeps_them_raw_otherwise():
    entry = ascii_entry(Entry("misc", "k", {"title": "Café", "url": "https://ex.org/café_a%20b"}))
    assert entry.fields == {"title": r"Caf{\'e}", "url": "https://ex.org/caf%C3%A9_a%20b"}
