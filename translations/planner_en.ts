<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Approval</name>
    <message numerus="yes">
        <source>%n changes since approval</source>
        <translation>
            <numerusform>%n change since approval</numerusform>
            <numerusform>%n changes since approval</numerusform>
        </translation>
    </message>
</context>
</TS>
