<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CoverageSection</name>
    <message>
        <location filename="../planner/reports/pdf/coverage_section.py" line="137"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../planner/reports/pdf/document.py" line="346"/>
        <source>a chart could not be drawn (%1)</source>
        <translation>تعذّر رسم أحد المخططات (%1)</translation>
    </message>
</context>
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
    <name>PlanSections</name>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="19"/>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="20"/>
        <source>Secondary</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="21"/>
        <source>Accent</source>
        <translation>مميِّز</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="22"/>
        <source>Background</source>
        <translation>خلفية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="23"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="24"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="27"/>
        <source>Off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="28"/>
        <source>Authenticator app</source>
        <translation>تطبيق مصادقة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="29"/>
        <source>Security key</source>
        <translation>مفتاح أمان</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="30"/>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="31"/>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="51"/>
        <source>Visual identity</source>
        <translation>الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="63"/>
        <source>Colours</source>
        <translation>لوحة الألوان</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="64"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="64"/>
        <source>Hex</source>
        <translation>الرمز السداسي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="64"/>
        <source>Role</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="65"/>
        <source>Contrast on white</source>
        <translation>التباين على الأبيض</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="65"/>
        <source>Contrast on black</source>
        <translation>التباين على الأسود</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="70"/>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="85"/>
        <source>Logos</source>
        <translation>الشعارات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="88"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="98"/>
        <source>Risks, rumours and account security</source>
        <translation>المخاطر والشائعات وأمن الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="104"/>
        <source>Response playbooks</source>
        <translation>أدلة الاستجابة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="105"/>
        <source>Playbook</source>
        <translation>دليل الاستجابة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="105"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="105"/>
        <source>Who acts</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="108"/>
        <source>Ready responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="123"/>
        <source>Account security</source>
        <translation>أمن الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="124"/>
        <source>Dates only: the planner never asks for or keeps a password or a code.</source>
        <translation>تواريخ فقط: لا يطلب المخطط كلمة مرور أو رمزًا ولا يحفظهما أبدًا.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="126"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="126"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="126"/>
        <source>Two-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="127"/>
        <source>People with access</source>
        <translation>من لديهم صلاحية الدخول</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="127"/>
        <source>Last access review</source>
        <translation>آخر مراجعة للصلاحيات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="128"/>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="150"/>
        <source>fails AA</source>
        <translation>لا يحقق AA</translation>
    </message>
</context>
<context>
    <name>PlanWriter</name>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="88"/>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="90"/>
        <source>Campaign plan: %1</source>
        <translation>خطة الحملة: %1</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="115"/>
        <source>Institution</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="116"/>
        <location filename="../planner/reports/pdf/plan.py" line="233"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="117"/>
        <location filename="../planner/reports/pdf/plan.py" line="367"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="118"/>
        <location filename="../planner/reports/pdf/plan.py" line="369"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="119"/>
        <location filename="../planner/reports/pdf/plan.py" line="294"/>
        <source>Prepared by</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="120"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="121"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="144"/>
        <source>Campaign plan</source>
        <translation>خطة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="150"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="151"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="151"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="156"/>
        <location filename="../planner/reports/pdf/plan.py" line="173"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="158"/>
        <source>Aim</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="160"/>
        <source>Objectives and key performance indicators</source>
        <translation>الأهداف ومؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="168"/>
        <location filename="../planner/reports/pdf/plan.py" line="282"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="168"/>
        <source>Baseline</source>
        <translation>القيمة الأساسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="168"/>
        <location filename="../planner/reports/pdf/plan.py" line="282"/>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="169"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="171"/>
        <source>Promotion budget</source>
        <translation>ميزانية الترويج المدفوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="179"/>
        <location filename="../planner/reports/pdf/plan.py" line="192"/>
        <source>Audience and insight</source>
        <translation>الجمهور وفهمه</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="187"/>
        <source>Who they are</source>
        <translation>من هم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="188"/>
        <source>Why we address them</source>
        <translation>لماذا نخاطبهم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="189"/>
        <source>Barriers</source>
        <translation>العوائق</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="190"/>
        <source>Platforms that reach them</source>
        <translation>المنصات التي تصل إليهم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="198"/>
        <location filename="../planner/reports/pdf/plan.py" line="217"/>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="200"/>
        <source>Proposition</source>
        <translation>الفكرة المحورية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="202"/>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="208"/>
        <source>Partner body</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="208"/>
        <source>Influencer</source>
        <translation>مؤثر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="211"/>
        <source>Partners and influencers</source>
        <translation>الجهات الشريكة والمؤثرون</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="212"/>
        <location filename="../planner/reports/pdf/plan.py" line="298"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="212"/>
        <location filename="../planner/reports/pdf/plan.py" line="298"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="212"/>
        <location filename="../planner/reports/pdf/plan.py" line="227"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="216"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="221"/>
        <location filename="../planner/reports/pdf/plan.py" line="251"/>
        <source>Channels and schedule</source>
        <translation>القنوات والجدول الزمني</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="226"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="227"/>
        <location filename="../planner/reports/pdf/plan.py" line="263"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="227"/>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="232"/>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="233"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="233"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="238"/>
        <source>No posts are planned yet.</source>
        <translation>لا توجد منشورات مخططة بعد.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="241"/>
        <source>Each post&apos;s key message is named by its number in the Strategy section.</source>
        <translation>تُذكر الرسالة الرئيسية لكل منشور برقمها في قسم الاستراتيجية.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="244"/>
        <source>Outside the phases</source>
        <translation>خارج المراحل</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="249"/>
        <source>Ideas not yet scheduled</source>
        <translation>أفكار لم تُجدول بعد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="260"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="262"/>
        <location filename="../planner/reports/pdf/plan.py" line="265"/>
        <source>Budget per platform</source>
        <translation>الميزانية حسب المنصة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="263"/>
        <source>Paid promotion</source>
        <translation>الترويج المدفوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="263"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="272"/>
        <location filename="../planner/reports/pdf/plan.py" line="289"/>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="281"/>
        <source>How each indicator is measured</source>
        <translation>كيف يُقاس كل مؤشر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="282"/>
        <source>Measurement</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="283"/>
        <source>Actual</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="283"/>
        <source>Achieved</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="287"/>
        <source>Reports due</source>
        <translation>التقارير المستحقة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="288"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="288"/>
        <source>Due</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="295"/>
        <source>Approved by</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="296"/>
        <location filename="../planner/reports/pdf/plan.py" line="300"/>
        <source>Approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="297"/>
        <source>The undersigned approve this campaign plan.</source>
        <translation>يعتمد الموقعون أدناه خطة الحملة هذه.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="298"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="299"/>
        <location filename="../planner/reports/pdf/plan.py" line="367"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="336"/>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="367"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="367"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="368"/>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="368"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="368"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
</TS>
