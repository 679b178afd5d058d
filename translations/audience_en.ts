<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsPanel</name>
    <message numerus="yes">
        <source>It is a channel of %n campaigns; they will no longer use it.</source>
        <translation>
            <numerusform>It is a channel of %n campaign; it will no longer use it.</numerusform>
            <numerusform>It is a channel of %n campaigns; they will no longer use it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
</TS>
