<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>PostCounts</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>لا منشورات</numerusform>
            <numerusform>منشور واحد</numerusform>
            <numerusform>منشوران</numerusform>
            <numerusform>%n منشورات</numerusform>
            <numerusform>%n منشورًا</numerusform>
            <numerusform>%n منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>لا شيء مخطط له</numerusform>
            <numerusform>واحد مخطط له</numerusform>
            <numerusform>اثنان مخطط لهما</numerusform>
            <numerusform>%n مخطط لها</numerusform>
            <numerusform>%n مخططًا له</numerusform>
            <numerusform>%n مخطط له</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>لا ملغى</numerusform>
            <numerusform>واحد ملغى</numerusform>
            <numerusform>اثنان ملغيان</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغى</numerusform>
            <numerusform>%n ملغى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ideas without a date</source>
        <translation>
            <numerusform>لا أفكار بلا تاريخ</numerusform>
            <numerusform>فكرة واحدة بلا تاريخ</numerusform>
            <numerusform>فكرتان بلا تاريخ</numerusform>
            <numerusform>%n أفكار بلا تاريخ</numerusform>
            <numerusform>%n فكرة بلا تاريخ</numerusform>
            <numerusform>%n فكرة بلا تاريخ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n posts written to %1</source>
        <translation>
            <numerusform>لم يُكتب أي منشور في %1</numerusform>
            <numerusform>كُتب منشور واحد في %1</numerusform>
            <numerusform>كُتب منشوران في %1</numerusform>
            <numerusform>كُتبت %n منشورات في %1</numerusform>
            <numerusform>كُتب %n منشورًا في %1</numerusform>
            <numerusform>كُتب %n منشور في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ideas without a date left out (the calendar&apos;s exports hold dated posts)</source>
        <translation>
            <numerusform>لم تُستبعد أي فكرة (تصدير التقويم يحمل المنشورات ذات التاريخ وحدها)</numerusform>
            <numerusform>استُبعدت فكرة واحدة بلا تاريخ (تصدير التقويم يحمل المنشورات ذات التاريخ وحدها)</numerusform>
            <numerusform>استُبعدت فكرتان بلا تاريخ (تصدير التقويم يحمل المنشورات ذات التاريخ وحدها)</numerusform>
            <numerusform>استُبعدت %n أفكار بلا تاريخ (تصدير التقويم يحمل المنشورات ذات التاريخ وحدها)</numerusform>
            <numerusform>استُبعدت %n فكرة بلا تاريخ (تصدير التقويم يحمل المنشورات ذات التاريخ وحدها)</numerusform>
            <numerusform>استُبعدت %n فكرة بلا تاريخ (تصدير التقويم يحمل المنشورات ذات التاريخ وحدها)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Posts dated in this period that pass the filters, cancelled ones included. Ideas have no date: they are in the ideas column, not in this count.</source>
        <translation>المنشورات ذات التاريخ في هذه الفترة التي تطابق عوامل التصفية، ومنها الملغاة. أما الأفكار فبلا تاريخ: تجدها في عمود الأفكار، ولا تدخل في هذا العدد.</translation>
    </message>
    <message>
        <source>Posts dated this week (Sunday to Saturday) in every campaign, cancelled ones included, as the calendar&apos;s week counts them. Ideas have no date: they are counted beside.</source>
        <translation>المنشورات المؤرخة في هذا الأسبوع (من الأحد إلى السبت) في كل الحملات، ومنها الملغاة، كما يعدّها أسبوع التقويم. أما الأفكار فبلا تاريخ: تُعدّ بجانبها.</translation>
    </message>
</context>
</TS>
