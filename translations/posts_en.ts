<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PostCounts</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ideas without a date</source>
        <translation>
            <numerusform>%n idea without a date</numerusform>
            <numerusform>%n ideas without a date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts written to %1</source>
        <translation>
            <numerusform>%n post written to %1</numerusform>
            <numerusform>%n posts written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ideas without a date left out (the calendar&apos;s exports hold dated posts)</source>
        <translation>
            <numerusform>%n idea without a date left out (the calendar&apos;s exports hold dated posts)</numerusform>
            <numerusform>%n ideas without a date left out (the calendar&apos;s exports hold dated posts)</numerusform>
        </translation>
    </message>
</context>
</TS>
