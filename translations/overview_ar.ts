<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Campaigns in flight</source>
        <translation>الحملات الجارية</translation>
    </message>
    <message>
        <source>Posts this week</source>
        <translation>منشورات هذا الأسبوع</translation>
    </message>
    <message>
        <source>Ideas without a date</source>
        <translation>أفكار بلا موعد</translation>
    </message>
    <message>
        <source>Followers on all accounts</source>
        <translation>المتابعون في جميع الحسابات</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>المستحق هذا الأسبوع</translation>
    </message>
    <message>
        <source>Posts due this week</source>
        <translation>المنشورات المستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <source>Nothing is planned for this week. Plan posts from a campaign&apos;s calendar.</source>
        <translation>لا شيء مخطط له هذا الأسبوع. خطّط المنشورات من تقويم المحتوى للحملة.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Coming occasions</source>
        <translation>المناسبات القادمة</translation>
    </message>
    <message>
        <source>No campaign is running. Approve a campaign or set one to running.</source>
        <translation>لا توجد حملة جارية. اعتمد حملة أو اجعل حالتها «جارية».</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>تقدّم %1</translation>
    </message>
    <message>
        <source>%1 — public holiday: %2</source>
        <translation>%1 — عطلة رسمية: %2</translation>
    </message>
    <message>
        <source>forecast: not announced yet</source>
        <translation>تقدير: لم تُعلن بعد</translation>
    </message>
    <message>
        <source>approximate: depends on the moon sighting</source>
        <translation>تقريبي: يتوقف على رؤية الهلال</translation>
    </message>
    <message numerus="yes">
        <source>No occasion in the next %n days.</source>
        <translation>
            <numerusform>لا توجد مناسبة اليوم.</numerusform>
            <numerusform>لا توجد مناسبة غدًا.</numerusform>
            <numerusform>لا توجد مناسبة خلال اليومين القادمين.</numerusform>
            <numerusform>لا توجد مناسبة خلال الأيام الـ%n القادمة.</numerusform>
            <numerusform>لا توجد مناسبة خلال %n يومًا القادمة.</numerusform>
            <numerusform>لا توجد مناسبة خلال %n يوم القادمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>A post due %1 in “%2” is not marked published.</source>
        <translation>منشور موعده %1 في «%2» لم يُعلَّم بأنه تم النشر.</translation>
    </message>
    <message>
        <source>A post due %1 in “%2” is not approved yet.</source>
        <translation>منشور موعده %1 في «%2» لم يُعتمد بعد.</translation>
    </message>
    <message>
        <source>“%2” is running but has no posts planned from now on.</source>
        <translation>حملة «%2» جارية لكن لا منشورات مخططة لها من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>“%2” has changed since its approval: %1</source>
        <translation>حملة «%2» تغيّرت منذ اعتمادها: %1</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>لا شيء يحتاج إلى متابعة.</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
</TS>
