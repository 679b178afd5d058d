<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%1: %n followers now</source>
        <translation>
            <numerusform>%1: %n follower now</numerusform>
            <numerusform>%1: %n followers now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned posts</source>
        <translation>
            <numerusform>%n planned post</numerusform>
            <numerusform>%n planned posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target segments</source>
        <translation>
            <numerusform>%n target segment</numerusform>
            <numerusform>%n target segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned posts are dated outside the period: not counted here.</source>
        <translation>
            <numerusform>%n planned post is dated outside the period: not counted here.</numerusform>
            <numerusform>%n planned posts are dated outside the period: not counted here.</numerusform>
        </translation>
    </message>
</context>
</TS>
