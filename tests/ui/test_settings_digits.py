"""The digits follow the language until the officer chooses them; then her choice holds."""

from planner.digits import Digits


def test_digits_follow_the_language_until_chosen(settings):
    """Arabic-Indic in Arabic and Latin in English by default; a chosen setting stays when
    the language changes."""
    settings.language = "ar"
    assert settings.digits is Digits.ARABIC_INDIC
    settings.language = "en"
    assert settings.digits is Digits.LATIN
    assert settings.formatter().digits is Digits.LATIN
    settings.digits = Digits.ARABIC_INDIC
    assert settings.digits is Digits.ARABIC_INDIC
    settings.language = "ar"
    settings.digits = Digits.LATIN
    settings.language = "en"
    assert settings.digits is Digits.LATIN
