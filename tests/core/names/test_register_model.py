"""The register entry's own helpers (the data every register view and format reads)."""
from aligner.model import FormStatus, NameForm, NameKind, RegisterEntry, ROMANIZED_LANG


def _entry() -> RegisterEntry:
    return RegisterEntry(None, "الحمراوي", NameKind.NAME, "PER", [
        NameForm("en", "Hamrawi", FormStatus.DEPRECATED),
        NameForm("en", "al-Hamrawi", FormStatus.PREFERRED, "news"),
        NameForm("fr", "el-Hamraoui", FormStatus.PREFERRED),
        NameForm("ar", "الحمراوى"),
        NameForm(ROMANIZED_LANG, "al-Ḥamrāwī", FormStatus.ADMITTED, "din"),
    ])


def test_spelling_is_the_preferred_form_of_that_language():
    e = _entry()
    assert e.spelling("en") == "al-Hamrawi"
    assert e.spelling("fr") == "el-Hamraoui"
    assert e.spelling("de") == ""


def test_spellings_put_the_preferred_first_and_keep_the_rest_in_order():
    assert [f.text for f in _entry().spellings("en")] == ["al-Hamrawi", "Hamrawi"]


def test_arabic_forms_start_with_the_headword():
    assert _entry().arabic_forms() == ["الحمراوي", "الحمراوى"]


def test_languages_leave_out_arabic_and_romanizations():
    assert _entry().languages() == ["en", "fr"]


def test_only_names_are_romanized():
    assert NameKind.NAME.romanized
    assert not NameKind.EXONYM.romanized and not NameKind.TRANSLATION.romanized
