<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../planner/ui/overview/view.py" line="62"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="76"/>
        <location filename="../planner/ui/overview/view.py" line="117"/>
        <source>Campaigns in flight</source>
        <translation>الحملات الجارية</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="77"/>
        <source>Posts this week</source>
        <translation>منشورات هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="78"/>
        <source>Ideas without a date</source>
        <translation>أفكار بلا موعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="79"/>
        <source>Followers on all accounts</source>
        <translation>المتابعون في جميع الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="86"/>
        <source>Due this week</source>
        <translation>المستحق هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="90"/>
        <source>Posts due this week</source>
        <translation>المنشورات المستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="111"/>
        <source>Nothing is planned for this week. Plan posts from a campaign&apos;s calendar.</source>
        <translation>لا شيء مخطط له هذا الأسبوع. خطّط المنشورات من تقويم المحتوى للحملة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="123"/>
        <source>Needs attention</source>
        <translation>يحتاج إلى متابعة</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="125"/>
        <source>Warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="130"/>
        <location filename="../planner/ui/overview/view.py" line="132"/>
        <source>Coming occasions</source>
        <translation>المناسبات القادمة</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="187"/>
        <source>No campaign is running. Approve a campaign or set one to running.</source>
        <translation>لا توجد حملة جارية. اعتمد حملة أو اجعل حالتها «جارية».</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="205"/>
        <source>Progress of %1</source>
        <translation>تقدّم %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="218"/>
        <source>approximate: depends on the moon sighting</source>
        <translation>تقريبي: يتوقف على رؤية الهلال</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="223"/>
        <source>No occasion in the next %1 days.</source>
        <translation>لا توجد مناسبة خلال %1 يومًا القادمة.</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="249"/>
        <source>A post due %1 in “%2” is not marked published.</source>
        <translation>منشور موعده %1 في «%2» لم يُعلَّم بأنه تم النشر.</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="251"/>
        <source>A post due %1 in “%2” is not approved yet.</source>
        <translation>منشور موعده %1 في «%2» لم يُعتمد بعد.</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="253"/>
        <source>“%2” is running but has no posts planned from now on.</source>
        <translation>حملة «%2» جارية لكن لا منشورات مخططة لها من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/view.py" line="260"/>
        <source>Nothing needs attention.</source>
        <translation>لا شيء يحتاج إلى متابعة.</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <location filename="../planner/ui/overview/models.py" line="33"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/models.py" line="34"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/models.py" line="35"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/models.py" line="36"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/overview/models.py" line="37"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
</TS>
