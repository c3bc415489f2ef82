from citekit.emit.latex import escape, protect_case


def test_escape_specials_once():
    assert escape("R&D at 5% for $3 #1 a_b") == r"R\&D at 5\% for \$3 \#1 a\_b"
    assert escape(r"already \& escaped") == r"already \& escaped"


def test_acronyms_and_inner_capitals_are_protected_word_by_word():
    assert protect_case("UN reports veteran leader back") == "{UN} reports veteran leader back"
    assert protect_case('IntelBrief: "I Can\'t Quit You Baby"') == '{IntelBrief}: "I Can\'t Quit You Baby"'


def test_sentence_case_titles_protect_proper_nouns_but_not_the_first_word():
    assert (protect_case("Afghan Taliban and Al Qaeda aiding Pakistani insurgency")
            == "Afghan {Taliban} and {Al} {Qaeda} aiding {Pakistani} insurgency")


def test_title_case_titles_are_left_alone_except_acronyms():
    assert protect_case("The Question of Succession in Al-Qaeda") == "The Question of Succession in {Al-Qaeda}"


def test_never_whole_title_braces():
    assert not protect_case("A plain title about nothing").startswith("{")
