<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ApprovalPdf</name>
    <message>
        <source>Awaiting a decision</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>سجل الإصدارات</translation>
    </message>
    <message>
        <source>This document is version %1 of the plan, as it was submitted.</source>
        <translation>هذا المستند هو الإصدار %1 من الخطة كما رُفع للاعتماد.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ الرفع</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>صاحب الاعتماد</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>التغييرات منذ الإصدار %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Post or part of the plan</source>
        <translation>المنشور أو جزء الخطة</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>CoverageSection</name>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>a chart could not be drawn (%1)</source>
        <translation>تعذّر رسم أحد المخططات (%1)</translation>
    </message>
</context>
<context>
    <name>MonthWriter</name>
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
        <source>(%n of them cancelled)</source>
        <translation>
            <numerusform>(لا ملغى منها)</numerusform>
            <numerusform>(منها منشور ملغى)</numerusform>
            <numerusform>(منها منشوران ملغيان)</numerusform>
            <numerusform>(منها %n منشورات ملغاة)</numerusform>
            <numerusform>(منها %n منشورًا ملغى)</numerusform>
            <numerusform>(منها %n منشور ملغى)</numerusform>
        </translation>
    </message>
    <message>
        <source>Content calendar</source>
        <translation>تقويم المحتوى</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>عطلة رسمية</translation>
    </message>
    <message>
        <source>quiet day: no campaign posts</source>
        <translation>يوم هادئ: لا منشورات للحملات</translation>
    </message>
    <message>
        <source>~ depends on the moon sighting</source>
        <translation>~ يتوقف على رؤية الهلال</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>مميِّز</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>خلفية</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>تطبيق مصادقة</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>مفتاح أمان</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Visual identity</source>
        <translation>الهوية البصرية</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>لوحة الألوان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>الرمز السداسي</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Contrast on white</source>
        <translation>التباين على الأبيض</translation>
    </message>
    <message>
        <source>Contrast on black</source>
        <translation>التباين على الأسود</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>الشعارات</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Risks, rumours and account security</source>
        <translation>المخاطر والشائعات وأمن الحسابات</translation>
    </message>
    <message>
        <source>Response playbooks</source>
        <translation>أدلة الاستجابة</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>دليل الاستجابة</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>Ready responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>أمن الحسابات</translation>
    </message>
    <message>
        <source>Dates only: the planner never asks for or keeps a password or a code.</source>
        <translation>تواريخ فقط: لا يطلب المخطط كلمة مرور أو رمزًا ولا يحفظهما أبدًا.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <source>People with access</source>
        <translation>من لديهم صلاحية الدخول</translation>
    </message>
    <message>
        <source>Last access review</source>
        <translation>آخر مراجعة للصلاحيات</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <source>fails AA</source>
        <translation>لا يحقق AA</translation>
    </message>
</context>
<context>
    <name>PlanWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>Campaign plan: %1</source>
        <translation>خطة الحملة: %1</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Campaign plan</source>
        <translation>خطة الحملة</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <source>Objectives and key performance indicators</source>
        <translation>الأهداف ومؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>القيمة الأساسية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Promotion budget</source>
        <translation>ميزانية الترويج المدفوع</translation>
    </message>
    <message>
        <source>Audience and insight</source>
        <translation>الجمهور وفهمه</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هم</translation>
    </message>
    <message>
        <source>Why we address them</source>
        <translation>لماذا نخاطبهم</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>العوائق</translation>
    </message>
    <message>
        <source>Platforms that reach them</source>
        <translation>المنصات التي تصل إليهم</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>الفكرة المحورية</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>الرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Partner body</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>مؤثر</translation>
    </message>
    <message>
        <source>Partners and influencers</source>
        <translation>الجهات الشريكة والمؤثرون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Channels and schedule</source>
        <translation>القنوات والجدول الزمني</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>No posts are planned yet.</source>
        <translation>لا توجد منشورات مخططة بعد.</translation>
    </message>
    <message>
        <source>Each post&apos;s key message is named by its number in the Strategy section.</source>
        <translation>تُذكر الرسالة الرئيسية لكل منشور برقمها في قسم الاستراتيجية.</translation>
    </message>
    <message>
        <source>Outside the phases</source>
        <translation>خارج المراحل</translation>
    </message>
    <message>
        <source>Ideas not yet scheduled</source>
        <translation>أفكار لم تُجدول بعد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Budget per platform</source>
        <translation>الميزانية حسب المنصة</translation>
    </message>
    <message>
        <source>Paid promotion</source>
        <translation>الترويج المدفوع</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>How each indicator is measured</source>
        <translation>كيف يُقاس كل مؤشر</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>التقارير المستحقة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>The undersigned approve this campaign plan.</source>
        <translation>يعتمد الموقعون أدناه خطة الحملة هذه.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
</TS>
