<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountsModel</name>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Segments reached</source>
        <translation>الشرائح التي يصل إليها</translation>
    </message>
    <message>
        <source>Best posting times</source>
        <translation>أفضل أوقات النشر</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>%1 في الأسبوع</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <source>Segments it reaches</source>
        <translation>الشرائح التي يصل إليها</translation>
    </message>
    <message>
        <source>Best posting times</source>
        <translation>أفضل أوقات النشر</translation>
    </message>
    <message>
        <source>Tick the hours when this account&apos;s followers are most active (Muscat time).</source>
        <translation>علّم الساعات التي يكون فيها متابعو هذا الحساب أكثر نشاطًا (بتوقيت مسقط).</translation>
    </message>
    <message>
        <source>Account saved</source>
        <translation>تم حفظ الحساب</translation>
    </message>
    <message>
        <source>Write the account&apos;s handle, e.g. @name.</source>
        <translation>اكتب معرّف الحساب، مثل ‎@name.</translation>
    </message>
    <message>
        <source>Followers are a whole number, zero or more.</source>
        <translation>عدد المتابعين رقم صحيح، صفر أو أكثر.</translation>
    </message>
    <message>
        <source>Edit an account</source>
        <translation>تعديل حساب</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Delete an account</source>
        <translation>حذف حساب</translation>
    </message>
    <message>
        <source>Delete the account %1 on %2?</source>
        <translation>هل تحذف الحساب %1 على %2؟</translation>
    </message>
    <message numerus="yes">
        <source>It is a channel of %n campaigns; they will no longer use it.</source>
        <translation>
            <numerusform>ليس قناةً لأي حملة.</numerusform>
            <numerusform>إنه قناة لحملة واحدة، ولن تستخدمه بعد الحذف.</numerusform>
            <numerusform>إنه قناة لحملتين، ولن تستخدماه بعد الحذف.</numerusform>
            <numerusform>إنه قناة لـ%n حملات، ولن تستخدمه بعد الحذف.</numerusform>
            <numerusform>إنه قناة لـ%n حملةً، ولن تستخدمه بعد الحذف.</numerusform>
            <numerusform>إنه قناة لـ%n حملة، ولن تستخدمه بعد الحذف.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>تم حذف الحساب</translation>
    </message>
    <message>
        <source>Change the segments an account reaches</source>
        <translation>تغيير الشرائح التي يصل إليها حساب</translation>
    </message>
    <message>
        <source>Change the best posting times</source>
        <translation>تغيير أفضل أوقات النشر</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Who reaches whom</source>
        <translation>من يصل إلى من</translation>
    </message>
    <message>
        <source>Audience and accounts</source>
        <translation>الجمهور والحسابات</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1 reaches %2</source>
        <translation>%1 تصل إلى %2</translation>
    </message>
    <message>
        <source>%1 does not reach %2</source>
        <translation>%1 لا تصل إلى %2</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Segments and platforms</source>
        <translation>الشرائح والمنصات</translation>
    </message>
    <message>
        <source>Who reaches whom</source>
        <translation>من يصل إلى من</translation>
    </message>
    <message>
        <source>A tick: the platform reaches the segment. Hover a cell to see the institution&apos;s accounts there.</source>
        <translation>العلامة تعني أن المنصة تصل إلى الشريحة. مرّر المؤشر فوق خانة لترى حسابات المؤسسة عليها.</translation>
    </message>
    <message>
        <source>Change the platforms that reach a segment</source>
        <translation>تغيير المنصات التي تصل إلى شريحة</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Platforms that reach it</source>
        <translation>المنصات التي تصل إليها</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>إضافة شريحة</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>حذف الشريحة</translation>
    </message>
    <message>
        <source>Platforms that reach it</source>
        <translation>المنصات التي تصل إليها</translation>
    </message>
    <message>
        <source>The platforms that reach this segment.</source>
        <translation>المنصات التي تصل إلى هذه الشريحة.</translation>
    </message>
    <message>
        <source>Segment saved</source>
        <translation>تم حفظ الشريحة</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>اكتب اسم الشريحة.</translation>
    </message>
    <message>
        <source>Edit a segment</source>
        <translation>تعديل شريحة</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>شريحة جديدة</translation>
    </message>
    <message>
        <source>Add a segment</source>
        <translation>إضافة شريحة</translation>
    </message>
    <message>
        <source>Delete a segment</source>
        <translation>حذف شريحة</translation>
    </message>
    <message>
        <source>Delete the segment “%1”?</source>
        <translation>هل تحذف الشريحة «%1»؟</translation>
    </message>
    <message>
        <source>It is used by %1, %2 and %3, which will no longer refer to it.</source>
        <translation>تستخدمها %1 و%2 و%3، ولن تشير إليها بعد الحذف.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>لا حسابات</numerusform>
            <numerusform>حساب واحد</numerusform>
            <numerusform>حسابان</numerusform>
            <numerusform>%n حسابات</numerusform>
            <numerusform>%n حسابًا</numerusform>
            <numerusform>%n حساب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>لا حملات</numerusform>
            <numerusform>حملة واحدة</numerusform>
            <numerusform>حملتان</numerusform>
            <numerusform>%n حملات</numerusform>
            <numerusform>%n حملةً</numerusform>
            <numerusform>%n حملة</numerusform>
        </translation>
    </message>
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
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Segment deleted</source>
        <translation>تم حذف الشريحة</translation>
    </message>
    <message>
        <source>Change the platforms that reach a segment</source>
        <translation>تغيير المنصات التي تصل إلى شريحة</translation>
    </message>
</context>
</TS>
