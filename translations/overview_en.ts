<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>No occasion in the next %n days.</source>
        <translation>
            <numerusform>No occasion in the next %n day.</numerusform>
            <numerusform>No occasion in the next %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
