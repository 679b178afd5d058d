"""Language for every layer above storage: translators, fonts, direction and translated labels.

Qt-light (QtCore and QtGui, no widgets), so that the reports and the command line can speak
the officer's language without importing the windows. `language` installs a language;
`calendar`, `coverage` and `campaigns` name those areas' codes (their strings stay in
`translations/<area>_ar.ts`, see tools/i18n.py).
"""
