<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Coverage</name>
    <message numerus="yes">
        <source>%n lines with a post id Excel turned into a rounded number (“%2”): those rows cannot be told apart or matched (lines %1)</source>
        <translation>
            <numerusform>%n line with a post id Excel turned into a rounded number (“%2”): that row cannot be told apart or matched (line %1)</numerusform>
            <numerusform>%n lines with a post id Excel turned into a rounded number (“%2”): those rows cannot be told apart or matched (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines are the same post (“%2”): only the last is stored (lines %1)</source>
        <translation>
            <numerusform>%n line is the same post (“%2”): only the last is stored (line %1)</numerusform>
            <numerusform>%n lines are the same post (“%2”): only the last is stored (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dates read month/day as the export writes them, but they could be day/month if the file was saved again by Excel (lines %1)</source>
        <translation>
            <numerusform>%n date read month/day as the export writes it, but it could be day/month if the file was saved again by Excel (line %1)</numerusform>
            <numerusform>%n dates read month/day as the export writes them, but they could be day/month if the file was saved again by Excel (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n things to check first (import with --accept-warnings once checked)</source>
        <translation>
            <numerusform>nothing imported: %n thing to check first (import with --accept-warnings once checked)</numerusform>
            <numerusform>nothing imported: %n things to check first (import with --accept-warnings once checked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows imported (%2), %3 matched to planned posts, %4 unmatched</source>
        <translation>
            <numerusform>%1: %n row imported (%2), %3 matched to planned posts, %4 unmatched</numerusform>
            <numerusform>%1: %n rows imported (%2), %3 matched to planned posts, %4 unmatched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <source>%1: %n rows imported (%2), %3 matched to planned posts, %4 unmatched</source>
        <translation>
            <numerusform>%1: %n row imported (%2), %3 matched to planned posts, %4 unmatched</numerusform>
            <numerusform>%1: %n rows imported (%2), %3 matched to planned posts, %4 unmatched</numerusform>
        </translation>
    </message>
</context>
</TS>
