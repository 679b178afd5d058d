<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MonthWriter</name>
    <message numerus="yes">
        <source>%n planned posts</source>
        <translation>
            <numerusform>%n planned post</numerusform>
            <numerusform>%n planned posts</numerusform>
        </translation>
    </message>
</context>
</TS>
