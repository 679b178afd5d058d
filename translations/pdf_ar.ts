<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>MonthWriter</name>
    <message>
        <location filename="../planner/reports/pdf/month.py" line="58"/>
        <source>%1 planned posts</source>
        <translation>%1 منشورًا مخططًا</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/month.py" line="67"/>
        <source>Content calendar</source>
        <translation>تقويم المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/month.py" line="88"/>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
</context>
<context>
    <name>PlanWriter</name>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="74"/>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="76"/>
        <source>Campaign plan: %1</source>
        <translation>خطة الحملة: %1</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="101"/>
        <source>Institution</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="102"/>
        <location filename="../planner/reports/pdf/plan.py" line="204"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="103"/>
        <location filename="../planner/reports/pdf/plan.py" line="309"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="104"/>
        <location filename="../planner/reports/pdf/plan.py" line="311"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="105"/>
        <location filename="../planner/reports/pdf/plan.py" line="260"/>
        <source>Prepared by</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="106"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="107"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="115"/>
        <source>Campaign plan</source>
        <translation>خطة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="121"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="122"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="122"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="127"/>
        <location filename="../planner/reports/pdf/plan.py" line="144"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="129"/>
        <source>Aim</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="131"/>
        <source>Objectives and key performance indicators</source>
        <translation>الأهداف ومؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="139"/>
        <location filename="../planner/reports/pdf/plan.py" line="248"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="139"/>
        <source>Baseline</source>
        <translation>القيمة الأساسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="139"/>
        <location filename="../planner/reports/pdf/plan.py" line="248"/>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="140"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="142"/>
        <source>Promotion budget</source>
        <translation>ميزانية الترويج المدفوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="150"/>
        <location filename="../planner/reports/pdf/plan.py" line="163"/>
        <source>Audience and insight</source>
        <translation>الجمهور وفهمه</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="158"/>
        <source>Who they are</source>
        <translation>من هم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="159"/>
        <source>Why we address them</source>
        <translation>لماذا نخاطبهم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="160"/>
        <source>Barriers</source>
        <translation>العوائق</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="161"/>
        <source>Platforms that reach them</source>
        <translation>المنصات التي تصل إليهم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="169"/>
        <location filename="../planner/reports/pdf/plan.py" line="188"/>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="171"/>
        <source>Proposition</source>
        <translation>الفكرة المحورية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="173"/>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="179"/>
        <source>Partner body</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="179"/>
        <source>Influencer</source>
        <translation>مؤثر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="182"/>
        <source>Partners and influencers</source>
        <translation>الجهات الشريكة والمؤثرون</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="183"/>
        <location filename="../planner/reports/pdf/plan.py" line="264"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="183"/>
        <location filename="../planner/reports/pdf/plan.py" line="264"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="183"/>
        <location filename="../planner/reports/pdf/plan.py" line="198"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="187"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="192"/>
        <location filename="../planner/reports/pdf/plan.py" line="217"/>
        <source>Channels and schedule</source>
        <translation>القنوات والجدول الزمني</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="197"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="198"/>
        <location filename="../planner/reports/pdf/plan.py" line="229"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="198"/>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="203"/>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="204"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="204"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="209"/>
        <source>No posts are planned yet.</source>
        <translation>لا توجد منشورات مخططة بعد.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="211"/>
        <source>Outside the phases</source>
        <translation>خارج المراحل</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="215"/>
        <source>Ideas not yet scheduled</source>
        <translation>أفكار لم تُجدول بعد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="226"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="228"/>
        <location filename="../planner/reports/pdf/plan.py" line="231"/>
        <source>Budget per platform</source>
        <translation>الميزانية حسب المنصة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="229"/>
        <source>Paid promotion</source>
        <translation>الترويج المدفوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="229"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="238"/>
        <location filename="../planner/reports/pdf/plan.py" line="255"/>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="247"/>
        <source>How each indicator is measured</source>
        <translation>كيف يُقاس كل مؤشر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="248"/>
        <source>Measurement</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="249"/>
        <source>Actual</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="249"/>
        <source>Achieved</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="253"/>
        <source>Reports due</source>
        <translation>التقارير المستحقة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="254"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="254"/>
        <source>Due</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="261"/>
        <source>Approved by</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="262"/>
        <location filename="../planner/reports/pdf/plan.py" line="266"/>
        <source>Approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="263"/>
        <source>The undersigned approve this campaign plan.</source>
        <translation>يعتمد الموقعون أدناه خطة الحملة هذه.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="264"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="265"/>
        <location filename="../planner/reports/pdf/plan.py" line="309"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="309"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="309"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="310"/>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="310"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="310"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
</TS>
