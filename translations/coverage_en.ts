<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
