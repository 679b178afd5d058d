<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CoverageSection</name>
    <message>
        <location filename="../planner/reports/pdf/coverage_section.py" line="145"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../planner/reports/pdf/document.py" line="370"/>
        <source>a chart could not be drawn (%1)</source>
        <translation>تعذّر رسم أحد المخططات (%1)</translation>
    </message>
</context>
<context>
    <name>MonthWriter</name>
    <message>
        <location filename="../planner/reports/pdf/month.py" line="60"/>
        <source>%1 planned posts</source>
        <translation>%1 منشورًا مخططًا</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/month.py" line="74"/>
        <source>Content calendar</source>
        <translation>تقويم المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/month.py" line="99"/>
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
        <location filename="../planner/reports/pdf/more_sections.py" line="70"/>
        <source>Colours</source>
        <translation>لوحة الألوان</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="75"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="76"/>
        <source>Hex</source>
        <translation>الرمز السداسي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="77"/>
        <source>Role</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="78"/>
        <source>Contrast on white</source>
        <translation>التباين على الأبيض</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="79"/>
        <source>Contrast on black</source>
        <translation>التباين على الأسود</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="91"/>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="113"/>
        <source>Logos</source>
        <translation>الشعارات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="118"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="128"/>
        <source>Risks, rumours and account security</source>
        <translation>المخاطر والشائعات وأمن الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="141"/>
        <source>Response playbooks</source>
        <translation>أدلة الاستجابة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="144"/>
        <source>Playbook</source>
        <translation>دليل الاستجابة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="144"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="144"/>
        <source>Who acts</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="153"/>
        <source>Ready responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="179"/>
        <source>Account security</source>
        <translation>أمن الحسابات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="181"/>
        <source>Dates only: the planner never asks for or keeps a password or a code.</source>
        <translation>تواريخ فقط: لا يطلب المخطط كلمة مرور أو رمزًا ولا يحفظهما أبدًا.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="185"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="186"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="187"/>
        <source>Two-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="188"/>
        <source>People with access</source>
        <translation>من لديهم صلاحية الدخول</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="189"/>
        <source>Last access review</source>
        <translation>آخر مراجعة للصلاحيات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="190"/>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/more_sections.py" line="218"/>
        <source>fails AA</source>
        <translation>لا يحقق AA</translation>
    </message>
</context>
<context>
    <name>PlanWriter</name>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="100"/>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="105"/>
        <source>Campaign plan: %1</source>
        <translation>خطة الحملة: %1</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="135"/>
        <source>Institution</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="136"/>
        <location filename="../planner/reports/pdf/plan.py" line="313"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="137"/>
        <location filename="../planner/reports/pdf/plan.py" line="517"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="138"/>
        <location filename="../planner/reports/pdf/plan.py" line="521"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="139"/>
        <location filename="../planner/reports/pdf/plan.py" line="417"/>
        <source>Prepared by</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="140"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="142"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="175"/>
        <source>Campaign plan</source>
        <translation>خطة الحملة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="182"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="183"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="183"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="189"/>
        <location filename="../planner/reports/pdf/plan.py" line="219"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="191"/>
        <source>Aim</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="193"/>
        <source>Objectives and key performance indicators</source>
        <translation>الأهداف ومؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="208"/>
        <location filename="../planner/reports/pdf/plan.py" line="392"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="209"/>
        <source>Baseline</source>
        <translation>القيمة الأساسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="210"/>
        <location filename="../planner/reports/pdf/plan.py" line="394"/>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="211"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="218"/>
        <source>Promotion budget</source>
        <translation>ميزانية الترويج المدفوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="225"/>
        <location filename="../planner/reports/pdf/plan.py" line="243"/>
        <source>Audience and insight</source>
        <translation>الجمهور وفهمه</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="237"/>
        <source>Who they are</source>
        <translation>من هم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="238"/>
        <source>Why we address them</source>
        <translation>لماذا نخاطبهم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="239"/>
        <source>Barriers</source>
        <translation>العوائق</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="240"/>
        <source>Platforms that reach them</source>
        <translation>المنصات التي تصل إليهم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="249"/>
        <location filename="../planner/reports/pdf/plan.py" line="281"/>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="251"/>
        <source>Proposition</source>
        <translation>الفكرة المحورية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="253"/>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="262"/>
        <source>Partner body</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="262"/>
        <source>Influencer</source>
        <translation>مؤثر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="269"/>
        <source>Partners and influencers</source>
        <translation>الجهات الشريكة والمؤثرون</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="272"/>
        <location filename="../planner/reports/pdf/plan.py" line="426"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="272"/>
        <location filename="../planner/reports/pdf/plan.py" line="426"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="272"/>
        <location filename="../planner/reports/pdf/plan.py" line="297"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="280"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="285"/>
        <location filename="../planner/reports/pdf/plan.py" line="337"/>
        <source>Channels and schedule</source>
        <translation>القنوات والجدول الزمني</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="294"/>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="297"/>
        <location filename="../planner/reports/pdf/plan.py" line="360"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="297"/>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="310"/>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="313"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="313"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="322"/>
        <source>No posts are planned yet.</source>
        <translation>لا توجد منشورات مخططة بعد.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="326"/>
        <source>Each post&apos;s key message is named by its number in the Strategy section.</source>
        <translation>تُذكر الرسالة الرئيسية لكل منشور برقمها في قسم الاستراتيجية.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="330"/>
        <source>Outside the phases</source>
        <translation>خارج المراحل</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="335"/>
        <source>Ideas not yet scheduled</source>
        <translation>أفكار لم تُجدول بعد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="354"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="359"/>
        <location filename="../planner/reports/pdf/plan.py" line="365"/>
        <source>Budget per platform</source>
        <translation>الميزانية حسب المنصة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="360"/>
        <source>Paid promotion</source>
        <translation>الترويج المدفوع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="360"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="372"/>
        <location filename="../planner/reports/pdf/plan.py" line="411"/>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="388"/>
        <source>How each indicator is measured</source>
        <translation>كيف يُقاس كل مؤشر</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="393"/>
        <source>Measurement</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="395"/>
        <source>Actual</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="396"/>
        <source>Achieved</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="407"/>
        <source>Reports due</source>
        <translation>التقارير المستحقة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="409"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="409"/>
        <source>Due</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="418"/>
        <source>Approved by</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="421"/>
        <location filename="../planner/reports/pdf/plan.py" line="432"/>
        <source>Approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="423"/>
        <source>The undersigned approve this campaign plan.</source>
        <translation>يعتمد الموقعون أدناه خطة الحملة هذه.</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="426"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="426"/>
        <location filename="../planner/reports/pdf/plan.py" line="514"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="468"/>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="515"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="516"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="518"/>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="519"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/reports/pdf/plan.py" line="520"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
</TS>
