<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CampaignListView</name>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="54"/>
        <source>Search campaigns…</source>
        <translation>ابحث في الحملات…</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="55"/>
        <source>Search campaigns</source>
        <translation>البحث في الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="60"/>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="61"/>
        <source>All statuses (without archived)</source>
        <translation>كل الحالات (دون المؤرشفة)</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="70"/>
        <location filename="../planner/ui/campaigns/list_view.py" line="113"/>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="94"/>
        <location filename="../planner/ui/campaigns/list_view.py" line="150"/>
        <location filename="../planner/ui/campaigns/list_view.py" line="155"/>
        <source>Delete campaign</source>
        <translation>حذف الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="98"/>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="151"/>
        <source>Delete the campaign “%1” with all its posts? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف الحملة «%1» مع جميع منشوراتها؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="156"/>
        <source>Campaign deleted</source>
        <translation>تم حذف الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="163"/>
        <source>Rename campaign</source>
        <translation>إعادة تسمية الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="164"/>
        <source>Campaign saved</source>
        <translation>تم حفظ الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="181"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="184"/>
        <source>No campaigns yet. A campaign holds the plan your managers approve: objectives, audience, messages, phases and budget.</source>
        <translation>لا توجد حملات بعد. تضم الحملة الخطة التي يعتمدها المسؤولون: الأهداف والجمهور والرسائل والمراحل والميزانية.</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/list_view.py" line="188"/>
        <source>No campaign matches the search. Clear the search box or choose another status.</source>
        <translation>لا توجد حملة تطابق البحث. امسح مربع البحث أو اختر حالة أخرى.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="40"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="41"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="42"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="43"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="44"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/campaigns/model.py" line="45"/>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
</context>
</TS>
