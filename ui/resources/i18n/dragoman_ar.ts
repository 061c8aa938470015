<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../actions.py" line="34"/>
        <source>&amp;New Corpus…</source>
        <translation>مدونة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="35"/>
        <source>Create an empty corpus file</source>
        <translation>إنشاء ملف مدونة فارغ</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="36"/>
        <source>&amp;Open Corpus…</source>
        <translation>&amp;فتح مدونة…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="37"/>
        <source>Open a corpus file</source>
        <translation>فتح ملف مدونة</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="38"/>
        <source>&amp;Close Corpus</source>
        <translation>إ&amp;غلاق المدونة</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="39"/>
        <source>Close the corpus (everything is already saved)</source>
        <translation>إغلاق المدونة (كل شيء محفوظ سلفًا)</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="40"/>
        <source>&amp;Import Texts…</source>
        <translation>ا&amp;ستيراد نصوص…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="41"/>
        <source>Import a file pair, a bilingual file or a folder</source>
        <translation>استيراد زوج ملفات أو ملف ثنائي اللغة أو مجلد</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="42"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="43"/>
        <source>Export beads as TMX, JSONL…</source>
        <translation>تصدير الأزواج بصيغة TMX وJSONL…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="44"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="45"/>
        <source>Quit Dragoman</source>
        <translation>الخروج من ترجمان</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="46"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="47"/>
        <source>Undo the last edit</source>
        <translation>التراجع عن آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="49"/>
        <source>Redo the edit undone last</source>
        <translation>إعادة آخر تعديل تُرُوجع عنه</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="50"/>
        <source>&amp;Merge With Next Bead</source>
        <translation>&amp;دمج مع الزوج التالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="51"/>
        <source>Merge the bead with the one below</source>
        <translation>دمج الزوج مع الزوج الذي يليه</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="52"/>
        <source>Move Last Source Sentence &amp;Down</source>
        <translation>نقل آخر جملة من المصدر إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="53"/>
        <source>Move the last source sentence into the next bead</source>
        <translation>نقل آخر جملة من المصدر إلى الزوج التالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="54"/>
        <source>Move First Source Sentence &amp;Up</source>
        <translation>نقل أول جملة من المصدر إلى الأ&amp;على</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="55"/>
        <source>Move the first source sentence into the previous bead</source>
        <translation>نقل أول جملة من المصدر إلى الزوج السابق</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="56"/>
        <source>Move Last Target Sentence Down</source>
        <translation>نقل آخر جملة من الهدف إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="57"/>
        <source>Move the last target sentence into the next bead</source>
        <translation>نقل آخر جملة من الهدف إلى الزوج التالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="58"/>
        <source>Move First Target Sentence Up</source>
        <translation>نقل أول جملة من الهدف إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="59"/>
        <source>Move the first target sentence into the previous bead</source>
        <translation>نقل أول جملة من الهدف إلى الزوج السابق</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="60"/>
        <source>&amp;Insert Empty Bead</source>
        <translation>إ&amp;دراج زوج فارغ</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="61"/>
        <source>Insert an empty bead above the current one</source>
        <translation>إدراج زوج فارغ فوق الزوج الحالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="62"/>
        <source>S&amp;plit Bead After First Sentences</source>
        <translation>&amp;تقسيم الزوج بعد الجمل الأولى</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="63"/>
        <source>Keep the first sentence of each side here; the rest becomes a new bead below</source>
        <translation>إبقاء الجملة الأولى من كل جانب هنا؛ ويصبح الباقي زوجًا جديدًا تحته</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="64"/>
        <source>De&amp;lete Empty Bead</source>
        <translation>&amp;حذف الزوج الفارغ</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="65"/>
        <source>Delete the current bead if both sides are empty</source>
        <translation>حذف الزوج الحالي إن كان جانباه فارغين</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="66"/>
        <source>Edit &amp;Sentence…</source>
        <translation>تحرير ال&amp;جملة…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="67"/>
        <source>Edit, split or merge a sentence of the current side</source>
        <translation>تحرير جملة من الجانب الحالي أو تقسيمها أو دمجها</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="68"/>
        <source>&amp;Confirm / Unconfirm</source>
        <translation>تأ&amp;كيد / إلغاء التأكيد</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="69"/>
        <source>Toggle confirmation of the selected beads</source>
        <translation>تبديل تأكيد الأزواج المحددة</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="70"/>
        <source>Confirm &amp;Through Here</source>
        <translation>تأكيد حتى &amp;هنا</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="71"/>
        <source>Confirm every bead from the top down to this one</source>
        <translation>تأكيد كل الأزواج من الأعلى حتى هذا الزوج</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="72"/>
        <source>&amp;Re-align Selection</source>
        <translation>إعادة م&amp;حاذاة التحديد</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="73"/>
        <source>Re-align the selection, or the unconfirmed stretch around the current bead</source>
        <translation>إعادة محاذاة التحديد، أو المقطع غير المؤكد حول الزوج الحالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="74"/>
        <source>&amp;Align Bitext</source>
        <translation>م&amp;حاذاة النص الثنائي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="75"/>
        <source>Align the whole bitext again (confirmed beads stay)</source>
        <translation>محاذاة النص الثنائي كله من جديد (تبقى الأزواج المؤكدة)</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="76"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="77"/>
        <source>Find text on either side</source>
        <translation>البحث عن نص في أي من الجانبين</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="78"/>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="79"/>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="80"/>
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="81"/>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="82"/>
        <source>F&amp;ilter…</source>
        <translation>تر&amp;شيح…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="83"/>
        <source>Show only beads of a status, type or score range</source>
        <translation>عرض الأزواج ذات حالة أو نوع أو مدى درجات معين فقط</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="84"/>
        <source>Next &amp;Unconfirmed</source>
        <translation>غير المؤكد ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="85"/>
        <source>Go to the next unconfirmed bead</source>
        <translation>الانتقال إلى الزوج غير المؤكد التالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="86"/>
        <source>Next &amp;Low-Confidence</source>
        <translation>منخفض ال&amp;ثقة التالي</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="87"/>
        <source>Go to the next unconfirmed bead with a low score</source>
        <translation>الانتقال إلى الزوج غير المؤكد التالي ذي الدرجة المنخفضة</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="88"/>
        <source>Show &amp;Excluded Sentences</source>
        <translation>إظهار الجمل الم&amp;ستبعدة</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="89"/>
        <source>Show or hide boilerplate sentences</source>
        <translation>إظهار جمل الحشو أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="90"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>اختصارات &amp;لوحة المفاتيح…</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="91"/>
        <source>Change keyboard shortcuts</source>
        <translation>تغيير اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="92"/>
        <source>&amp;About Dragoman</source>
        <translation>&amp;عن ترجمان</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="93"/>
        <source>About Dragoman</source>
        <translation>عن ترجمان</translation>
    </message>
</context>
<context>
    <name>AlignmentOverview</name>
    <message>
        <location filename="../../alignment/overview.py" line="37"/>
        <source>Alignment path: source position → across, target position ↓. Click to jump to a bead.</source>
        <translation>مسار المحاذاة: موضع المصدر أفقيًا، وموضع الهدف عموديًا ↓. انقر للانتقال إلى زوج.</translation>
    </message>
</context>
<context>
    <name>AlignmentPane</name>
    <message>
        <location filename="../../alignment/pane.py" line="147"/>
        <source>{shown} of {total} beads shown</source>
        <translation>معروض {shown} من {total} زوجًا</translation>
    </message>
    <message>
        <location filename="../../alignment/pane.py" line="192"/>
        <source>bad pattern:</source>
        <translation>نمط غير صالح:</translation>
    </message>
    <message>
        <location filename="../../alignment/pane.py" line="194"/>
        <source>not found</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../alignment/pane.py" line="236"/>
        <source>No more low-confidence beads below.</source>
        <translation>لا مزيد من الأزواج منخفضة الثقة في الأسفل.</translation>
    </message>
    <message>
        <location filename="../../alignment/pane.py" line="237"/>
        <source>No more unconfirmed beads below.</source>
        <translation>لا مزيد من الأزواج غير المؤكدة في الأسفل.</translation>
    </message>
</context>
<context>
    <name>AnnotationDocks</name>
    <message>
        <location filename="../../annotation/docks.py" line="45"/>
        <source>&amp;Tag Entities</source>
        <translation>&amp;وسم الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="46"/>
        <source>Next Unlinked &amp;Entity</source>
        <translation>الكيان غير المربوط ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="47"/>
        <source>Ne&amp;xt Suggestion</source>
        <translation>الا&amp;قتراح التالي</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="48"/>
        <source>&amp;Propagate Entities…</source>
        <translation>&amp;تعميم الكيانات…</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="49"/>
        <source>Su&amp;ggest Entities…</source>
        <translation>ا&amp;قتراح كيانات…</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="50"/>
        <source>Entity &amp;Labels…</source>
        <translation>و&amp;سوم الكيانات…</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="51"/>
        <source>Import Ga&amp;zetteer…</source>
        <translation>استيراد &amp;معجم أعلام…</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="52"/>
        <source>Entities Pa&amp;nel</source>
        <translation>&amp;لوحة الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="53"/>
        <source>Back to the &amp;Bead Table</source>
        <translation>العودة إلى &amp;جدول الأزواج</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="62"/>
        <source>Entities of the bead</source>
        <translation>كيانات الزوج</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="64"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="131"/>
        <source>No suggestion left.</source>
        <translation>لم يبق اقتراح.</translation>
    </message>
    <message>
        <location filename="../../annotation/docks.py" line="132"/>
        <source>No unlinked entity left.</source>
        <translation>لم يبق كيان غير مربوط.</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <location filename="../../annotation/pane.py" line="85"/>
        <source>Enter: {label} · Alt+key: exact · Del: remove · L: link · A/R: suggestion</source>
        <translation>Enter: {label} · ⁦Alt⁩+مفتاح: تحديد دقيق · Del: إزالة · L: ربط · A/R: اقتراح</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="125"/>
        <source>No label has the key {key}.</source>
        <translation>لا وسم بالمفتاح {key}.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="133"/>
        <source>Select within one sentence.</source>
        <translation>حدّد داخل جملة واحدة.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="145"/>
        <source>Nothing to tag here: select a word.</source>
        <translation>لا شيء يُوسم هنا: حدّد كلمة.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="161"/>
        <source>Tagged and linked.</source>
        <translation>وُسم ورُبط.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="179"/>
        <source>No counterpart found: select it on the other side and press its key (or L), or leave the entity unlinked.</source>
        <translation>لم يُعثر على مقابل: حدّده في الجانب الآخر واضغط مفتاحه (أو L)، أو اترك الكيان دون ربط.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="185"/>
        <source>Counterpart proposed: «{text}» ({label}). Enter accepts, Esc rejects.</source>
        <translation>مقابل مقترح: «{text}» ({label}). Enter للقبول، Esc للرفض.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="210"/>
        <source>Linked.</source>
        <translation>رُبط.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="217"/>
        <source>Left unlinked.</source>
        <translation>تُرك دون ربط.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="223"/>
        <source>Tag an entity first; then select its counterpart here and press L.</source>
        <translation>وسِّم كيانًا أولًا؛ ثم حدّد مقابله هنا واضغط L.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="246"/>
        <source>new entry</source>
        <translation>مدخل جديد</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="246"/>
        <source>join the entry</source>
        <translation>الانضمام إلى المدخل</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="247"/>
        <source>Names register: {what} {name}. N takes it.</source>
        <translation>سجل الأسماء: {what} {name}. اضغط N لاعتماده.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="253"/>
        <source>Link an Arabic name to its counterpart first; N then adds the pair to the names register.</source>
        <translation>اربط اسمًا عربيًا بمقابله أولًا؛ ثم يضيف N الزوج إلى سجل الأسماء.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="257"/>
        <source>Added to the names register.</source>
        <translation>أُضيف إلى سجل الأسماء.</translation>
    </message>
    <message>
        <location filename="../../annotation/pane.py" line="262"/>
        <source>Put the cursor on a suggestion (drawn pale, dotted) to accept (A) or reject (R) it.</source>
        <translation>ضع المؤشر على اقتراح (مرسوم باهتًا منقّطًا) لقبوله (A) أو رفضه (R).</translation>
    </message>
</context>
<context>
    <name>BeadDelegate</name>
    <message>
        <location filename="../../alignment/delegates.py" line="32"/>
        <source>∅ empty</source>
        <translation>∅ فارغ</translation>
    </message>
</context>
<context>
    <name>BeadTableModel</name>
    <message>
        <location filename="../../alignment/model.py" line="394"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../alignment/model.py" line="396"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../alignment/model.py" line="396"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../alignment/model.py" line="435"/>
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../../alignment/model.py" line="435"/>
        <source>auto</source>
        <translation>آلي</translation>
    </message>
    <message>
        <location filename="../../alignment/model.py" line="436"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../../alignment/model.py" line="433"/>
        <source>Bead {row}: {kind}, score {score}, {status}</source>
        <translation>الزوج {row}: {kind}، الدرجة {score}، {status}</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <location filename="../../annotation/bulk.py" line="45"/>
        <source>Propagate Entities</source>
        <translation>تعميم الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="46"/>
        <source>Suggest Entities</source>
        <translation>اقتراح كيانات</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="47"/>
        <source>Import Gazetteer</source>
        <translation>استيراد معجم أعلام</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="183"/>
        <source>No name of the gazetteer was found in these texts.</source>
        <translation>لم يوجد أي اسم من معجم الأعلام في هذه النصوص.</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="184"/>
        <source>Nothing new to tag.</source>
        <translation>لا جديد يُوسم.</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="200"/>
        <source>{n} glossary entries without a label or a name were left out.</source>
        <translation>تُركت {n} من مداخل المسرد بلا وسم أو بلا اسم.</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="206"/>
        <source>Nothing ticked: nothing written.</source>
        <translation>لم يُؤشَّر شيء: لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="211"/>
        <source>Tagged {n} occurrences.</source>
        <translation>وُسم {n} من المواضع.</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="212"/>
        <source>Stored {n} suggestions.</source>
        <translation>حُفظ {n} من الاقتراحات.</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="213"/>
        <source>Stored {n} suggestions from the gazetteer.</source>
        <translation>حُفظ {n} من الاقتراحات من معجم الأعلام.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../core_messages.py" line="21"/>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="22"/>
        <source>permission denied</source>
        <translation>لا إذن بقراءة الملف</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="23"/>
        <source>cannot read file ({reason})</source>
        <translation>تعذرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="24"/>
        <source>is a folder, not a text file; give a regular file</source>
        <translation>مجلد وليس ملفًا نصيًا؛ اختر ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="26"/>
        <source>is a named pipe (FIFO), not a text file; give a regular file</source>
        <translation>أنبوب مسمّى (FIFO) وليس ملفًا نصيًا؛ اختر ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="28"/>
        <source>is a device, not a text file; give a regular file</source>
        <translation>جهاز وليس ملفًا نصيًا؛ اختر ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="30"/>
        <source>is a socket, not a text file; give a regular file</source>
        <translation>مقبس وليس ملفًا نصيًا؛ اختر ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="32"/>
        <source>is not a regular file; give a regular file</source>
        <translation>ليس ملفًا عاديًا؛ اختر ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="33"/>
        <source>file is too large ({size} MB; the limit is {limit} MB for a text)</source>
        <translation>الملف كبير جدًا ({size} ميغابايت؛ الحد الأقصى للنص {limit} ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="35"/>
        <source>file is too large (over {limit} MB)</source>
        <translation>الملف كبير جدًا (أكثر من {limit} ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="36"/>
        <source>file is too large ({size} MB; the limit is {limit} MB for a lexicon, glossary, gazetteer or bead file)</source>
        <translation>الملف كبير جدًا ({size} ميغابايت؛ الحد {limit} ميغابايت للمعجم أو مسرد المصطلحات أو معجم الأعلام أو ملف المقاطع)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="39"/>
        <source>line is longer than {limit} characters (a paragraph that long is not text; break it into lines)</source>
        <translation>سطر أطول من {limit} حرف (فقرة بهذا الطول ليست نصًا؛ قسّمها إلى أسطر)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="42"/>
        <source>file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="43"/>
        <source>file holds no text (only white space)</source>
        <translation>لا يحوي الملف نصًا (مسافات بيضاء فقط)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="44"/>
        <source>looks like a binary file, not text (decoded as {encoding})</source>
        <translation>يبدو ملفًا ثنائيًا لا نصًا (فُكّ ترميزه بـ {encoding})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="46"/>
        <source>looks like a binary file, not text (it contains NUL bytes)</source>
        <translation>يبدو ملفًا ثنائيًا لا نصًا (فيه بايتات NUL)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="48"/>
        <source>no such corpus file</source>
        <translation>ملف المدونة غير موجود</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="49"/>
        <source>is a folder, not a corpus file</source>
        <translation>مجلد وليس ملف مدونة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="50"/>
        <source>is a named pipe, device or socket, not a corpus file; give a regular file</source>
        <translation>أنبوب مسمّى أو جهاز أو مقبس وليس ملف مدونة؛ اختر ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="53"/>
        <source>cannot read the file: {reason}</source>
        <translation>تعذرت قراءة الملف: {reason}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="54"/>
        <source>is an empty file, not a Dragoman corpus</source>
        <translation>ملف فارغ وليس مدونة ترجمان</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="55"/>
        <source>is not a Dragoman corpus (not a SQLite database file)</source>
        <translation>ليس مدونة ترجمان (ليس ملف قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="57"/>
        <source>is truncated (shorter than a database header)</source>
        <translation>ملف مبتور (أقصر من ترويسة قاعدة البيانات)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="59"/>
        <source>is a SQLite database but not a Dragoman corpus</source>
        <translation>قاعدة بيانات SQLite لكنها ليست مدونة ترجمان</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="61"/>
        <source>is truncated or damaged ({size} bytes, {expected} expected)</source>
        <translation>ملف مبتور أو تالف ({size} بايت، والمتوقع {expected})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="63"/>
        <source>was written by a newer Dragoman (corpus format {version}; this version reads up to format {supported}); update Dragoman to open it</source>
        <translation>كتبها إصدار أحدث من ترجمان (صيغة المدونة {version}، وهذا الإصدار يقرأ حتى الصيغة {supported})؛ حدّث ترجمان لفتحها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="66"/>
        <source>is not a Dragoman corpus (no schema version)</source>
        <translation>ليست مدونة ترجمان (لا رقم لإصدار المخطط)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="68"/>
        <source>is damaged: tables missing: {tables}</source>
        <translation>مدونة تالفة: جداول ناقصة: {tables}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="70"/>
        <source>uses the older corpus format {version}; open it once for writing to upgrade it</source>
        <translation>تستخدم صيغة المدونة الأقدم {version}؛ افتحها مرة للكتابة لترقيتها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="73"/>
        <source>cannot save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="74"/>
        <source>cannot read</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="75"/>
        <source>cannot open the file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="76"/>
        <source>cannot open for writing</source>
        <translation>تعذّر الفتح للكتابة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="77"/>
        <source>it is on a read-only file system ({folder})</source>
        <translation>هو على نظام ملفات للقراءة فقط ({folder})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="78"/>
        <source>the file is read-only (its permissions do not allow writing)</source>
        <translation>الملف للقراءة فقط (أذوناته لا تسمح بالكتابة)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="80"/>
        <source>its folder {folder} is read-only (Dragoman writes companion files beside it)</source>
        <translation>مجلده {folder} للقراءة فقط (يكتب ترجمان ملفات مرافقة بجانبه)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="83"/>
        <source>{doing}: the disk holding it is full ({free} KB free); nothing of this change was saved (free some space and try again)</source>
        <translation>{doing}: القرص الذي يحمله ممتلئ ({free} ك.بايت متاحة)؛ لم يُحفظ شيء من هذا التغيير (أفرغ بعض المساحة وأعد المحاولة)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="86"/>
        <source>{doing}: the disk holding it is full; nothing of this change was saved (free some space and try again)</source>
        <translation>{doing}: القرص الذي يحمله ممتلئ؛ لم يُحفظ شيء من هذا التغيير (أفرغ بعض المساحة وأعد المحاولة)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="89"/>
        <source>{doing}: {cause}; open it read-only, or copy it somewhere you can write</source>
        <translation>{doing}: {cause}؛ افتحها للقراءة فقط، أو انسخها إلى مكان تستطيع الكتابة فيه</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="92"/>
        <source>SQLite reports it read-only ({error})</source>
        <translation>يقول SQLite إنها للقراءة فقط ({error})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="94"/>
        <source>{doing}: cannot open the file ({error})</source>
        <translation>{doing}: تعذّر فتح الملف ({error})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="96"/>
        <source>{doing}: cannot open the file ({error}); {cause}</source>
        <translation>{doing}: تعذّر فتح الملف ({error})؛ {cause}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="98"/>
        <source>{doing}: another process keeps the file busy ({error})</source>
        <translation>{doing}: عملية أخرى تشغل الملف ({error})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="100"/>
        <source>{doing}: the system reported an input/output error ({error})</source>
        <translation>{doing}: أبلغ النظام عن خطأ في الإدخال/الإخراج ({error})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="102"/>
        <source>is damaged or not a Dragoman corpus ({error})</source>
        <translation>تالفة أو ليست مدونة ترجمان ({error})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="104"/>
        <source>{doing}: {error}</source>
        <translation>{doing}: {error}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="105"/>
        <source>is open for writing in another Dragoman window or process; close it there, or open this corpus read-only</source>
        <translation>مفتوحة للكتابة في نافذة أو عملية أخرى من ترجمان؛ أغلقها هناك، أو افتح هذه المدونة للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="108"/>
        <source>is open for writing in another Dragoman window or process (pid {pid}); close it there, or open this corpus read-only</source>
        <translation>مفتوحة للكتابة في نافذة أو عملية أخرى من ترجمان (رقم العملية {pid})؛ أغلقها هناك، أو افتح هذه المدونة للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="111"/>
        <source>is open for writing in another Dragoman window or process (pid {pid} on {host}); close it there, or open this corpus read-only</source>
        <translation>مفتوحة للكتابة في نافذة أو عملية أخرى من ترجمان (رقم العملية {pid} على الجهاز {host})؛ أغلقها هناك، أو افتح هذه المدونة للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="114"/>
        <source>could not take the writer lock (lock file keeps changing)</source>
        <translation>تعذّر أخذ قفل الكتابة (ملف القفل يتغير باستمرار)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="116"/>
        <source>cannot create the lock file {lock}: the disk holding it is full; free some space and try again</source>
        <translation>تعذّر إنشاء ملف القفل {lock}: القرص الذي يحمله ممتلئ؛ أفرغ بعض المساحة وأعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="119"/>
        <source>cannot write the lock file {lock}: the disk holding it is full; free some space and try again</source>
        <translation>تعذّرت الكتابة في ملف القفل {lock}: القرص الذي يحمله ممتلئ؛ أفرغ بعض المساحة وأعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="122"/>
        <source>cannot create the lock file {lock}: {reason}</source>
        <translation>تعذّر إنشاء ملف القفل {lock}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="124"/>
        <source>cannot write the lock file {lock}: {reason}</source>
        <translation>تعذّرت الكتابة في ملف القفل {lock}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="126"/>
        <source>cannot be opened for writing: {cause}; open it read-only</source>
        <translation>لا يمكن فتحها للكتابة: {cause}؛ افتحها للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="128"/>
        <source>cannot create: {cause}</source>
        <translation>تعذّر الإنشاء: {cause}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="129"/>
        <source>is open read-only; changes are not allowed</source>
        <translation>مفتوحة للقراءة فقط؛ التغييرات غير مسموح بها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="131"/>
        <source>cannot be read here: {cause}, and its journal {journal} holds changes SQLite must index beside it; open it once where it can be written</source>
        <translation>لا يمكن قراءتها هنا: {cause}، وسجلّها {journal} يحمل تغييرات يجب أن يفهرسها SQLite بجانبه؛ افتحها مرة في مكان تمكن فيه الكتابة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="135"/>
        <source>there is no bead {bead} (the bitext has {count} beads)</source>
        <translation>لا يوجد الزوج {bead} (في النص الثنائي {count} من الأزواج)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="137"/>
        <source>cannot merge bead {bead} with the next one: the bitext has {count} beads</source>
        <translation>لا يمكن دمج الزوج {bead} مع الذي يليه: في النص الثنائي {count} من الأزواج</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="140"/>
        <source>bead {bead} has no source sentence to move</source>
        <translation>ليس في الزوج {bead} جملة مصدر لنقلها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="142"/>
        <source>bead {bead} has no target sentence to move</source>
        <translation>ليس في الزوج {bead} جملة هدف لنقلها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="144"/>
        <source>bead {bead} is the last bead: there is no next bead to move the sentence into</source>
        <translation>الزوج {bead} هو الأخير: لا يوجد زوج تالٍ تُنقل إليه الجملة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="147"/>
        <source>bead 1 is the first bead: there is no previous bead to move the sentence into</source>
        <translation>الزوج 1 هو الأول: لا يوجد زوج سابق تُنقل إليه الجملة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="150"/>
        <source>the bitext is not aligned yet: align it before inserting beads</source>
        <translation>النص الثنائي لم تتم محاذاته بعد: حاذِه قبل إدراج أزواج</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="152"/>
        <source>cannot insert a bead at {bead}: the bitext has {count} beads</source>
        <translation>لا يمكن إدراج زوج في الموضع {bead}: في النص الثنائي {count} من الأزواج</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="154"/>
        <source>bead {bead} is {kind}: it cannot keep {src}-{tgt} sentences</source>
        <translation>الزوج {bead} من نوع {kind}: لا يمكنه إبقاء {src}-{tgt} من الجمل</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="156"/>
        <source>splitting bead {bead} after {src}-{tgt} sentences would leave one part empty</source>
        <translation>تقسيم الزوج {bead} بعد {src}-{tgt} من الجمل يترك أحد الجزأين فارغًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="159"/>
        <source>bead {bead} is not empty ({kind}); only empty beads can be deleted</source>
        <translation>الزوج {bead} ليس فارغًا ({kind})؛ لا تُحذف إلا الأزواج الفارغة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="161"/>
        <source>no beads selected</source>
        <translation>لم يُحدَّد أي زوج</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="162"/>
        <source>bead positions {first}-{last} are outside the bitext ({count} beads)</source>
        <translation>مواضع الأزواج {first}-{last} خارج النص الثنائي ({count} من الأزواج)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="165"/>
        <source>cannot split sentence {sentence} at {offset}: both parts must contain text</source>
        <translation>لا يمكن تقسيم الجملة {sentence} عند {offset}: يجب أن يحتوي كلا الجزأين على نص</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="168"/>
        <source>cannot merge: {problem}</source>
        <translation>لا يمكن الدمج: {problem}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="169"/>
        <source>sentence {sentence} is the last of its document</source>
        <translation>الجملة {sentence} هي الأخيرة في مستندها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="171"/>
        <source>sentences {first} and {second} are in different beads of bitext &apos;{name}&apos;; merge or shift the beads first</source>
        <translation>الجملتان {first} و{second} في زوجين مختلفين من النص الثنائي «{name}»؛ ادمج الأزواج أو انقل الجمل أولًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="174"/>
        <source>sentence {sentence} cannot be left empty; merge it with the next one, or mark it excluded</source>
        <translation>لا يمكن ترك الجملة {sentence} فارغة؛ ادمجها مع التي تليها، أو علّمها مستبعدة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="177"/>
        <source>cannot read: {reason}</source>
        <translation>تعذّرت القراءة: {reason}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="178"/>
        <source>not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="179"/>
        <source>the DOCTYPE declares entities; refused for safety (entity expansion and external entities are not supported)</source>
        <translation>يعرّف DOCTYPE كيانات؛ رُفض حفاظًا على الأمان (توسيع الكيانات والكيانات الخارجية غير مدعومين)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="182"/>
        <source>the DOCTYPE declares entities; refused for safety</source>
        <translation>يعرّف DOCTYPE كيانات؛ رُفض حفاظًا على الأمان</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="184"/>
        <source>not a {kind} file (root element &lt;{root}&gt;)</source>
        <translation>ليس ملف {kind} (العنصر الجذر ⁦&lt;{root}&gt;⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="186"/>
        <source>malformed XML: {error}</source>
        <translation>XML غير سليم: {error}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="187"/>
        <source>malformed XML: a text or name is too long (libxml2&apos;s safety limit is 10 MB per node); refused rather than read without limits</source>
        <translation>XML غير سليم: نص أو اسم طويل جدًا (حد الأمان في libxml2 هو 10 ميغابايت لكل عقدة)؛ رُفض بدل قراءته بلا حدود</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="190"/>
        <source>not a TMX file (no &lt;header&gt; before the first &lt;tu&gt;)</source>
        <translation>ليس ملف TMX (لا يوجد ⁦&lt;header&gt;⁩ قبل أول ⁦&lt;tu&gt;⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="192"/>
        <source>&lt;tuv&gt; without xml:lang</source>
        <translation>⁦&lt;tuv&gt;⁩ بلا ⁦xml:lang⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="193"/>
        <source>&lt;tuv&gt; without &lt;seg&gt;</source>
        <translation>⁦&lt;tuv&gt;⁩ بلا ⁦&lt;seg&gt;⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="194"/>
        <source>not valid JSON: {error} (column {column})</source>
        <translation>ليس JSON صالحًا: {error} (العمود {column})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="196"/>
        <source>not a record: a number with thousands of digits</source>
        <translation>ليس سجلًا: فيه عدد من آلاف الأرقام</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="198"/>
        <source>not a record: arrays or objects nested too deeply</source>
        <translation>ليس سجلًا: المصفوفات أو الكائنات متداخلة أكثر من اللازم</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="200"/>
        <source>unknown label {label} (this corpus has {labels})</source>
        <translation>تسمية مجهولة {label} (في هذه المدونة: {labels})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="202"/>
        <source>no labelled names in the gazetteer</source>
        <translation>لا أسماء موسومة في معجم الأعلام</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="203"/>
        <source>no labelled names in the gazetteer ({skipped} entries without a label or a term)</source>
        <translation>لا أسماء موسومة في معجم الأعلام ({skipped} من المداخل بلا تسمية أو مصطلح)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="206"/>
        <source>entity offsets {start}-{end} are outside sentence {sentence} (length {length})</source>
        <translation>موضعا الكيان {start}-{end} خارج الجملة {sentence} (طولها {length})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="209"/>
        <source>entities {a} and {b} are both in {lang}: a link joins two languages</source>
        <translation>الكيانان {a} و{b} كلاهما بلغة {lang}: الربط يصل بين لغتين</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="211"/>
        <source>entity {entity} would have two counterparts in {lang}</source>
        <translation>سيصبح للكيان {entity} مقابلان بلغة {lang}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="213"/>
        <source>label {label} is used by {count} entities; relabel or delete them first</source>
        <translation>الوسم {label} مستعمل في {count} من الكيانات؛ غيّر وسمها أو احذفها أولًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="215"/>
        <source>there is no label {label}</source>
        <translation>لا يوجد وسم {label}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="216"/>
        <source>there is no entity {entity}</source>
        <translation>لا يوجد الكيان {entity}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="217"/>
        <source>some of these entities no longer exist</source>
        <translation>بعض هذه الكيانات لم يعد موجودًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="218"/>
        <source>a register entry needs an Arabic form</source>
        <translation>يحتاج مدخل السجل إلى صيغة عربية</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="220"/>
        <source>entry {entry}: a form has no text or no language</source>
        <translation>المدخل {entry}: صيغة بلا نص أو بلا لغة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="222"/>
        <source>entry {entry}: &apos;{form}&apos; ({lang}) is listed twice</source>
        <translation>المدخل {entry}: الصيغة «{form}» مذكورة مرتين بلغة {lang}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="224"/>
        <source>entry {entry}: two chosen spellings in {lang}</source>
        <translation>المدخل {entry}: كتابتان معتمدتان بلغة {lang}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="226"/>
        <source>cannot update an entry that was never stored</source>
        <translation>لا يمكن تحديث مدخل لم يُحفظ قط</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="228"/>
        <source>only a stored entry can be changed</source>
        <translation>لا يُغيَّر إلا مدخل محفوظ</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="230"/>
        <source>&apos;{text}&apos; is no longer where the check found it (bead {bead}): run the check again</source>
        <translation>لم تعد «{text}» حيث وجدها الفحص (الزوج {bead}): أعد الفحص</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="233"/>
        <source>two fixes overlap in sentence {sentence}: {error}</source>
        <translation>تصحيحان متداخلان في الجملة {sentence}: {error}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="235"/>
        <source>holds a lone surrogate (\u{code}), which is not a character; fix the text</source>
        <translation>يحوي بديلًا منفردًا (\u{code})، وهو ليس حرفًا؛ صحّح النص</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="238"/>
        <source>a line must hold a JSON object</source>
        <translation>يجب أن يحوي السطر كائن JSON</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="239"/>
        <source>&quot;translation&quot; must be an object of language: text</source>
        <translation>يجب أن يكون ⁦&quot;translation&quot;⁩ كائنًا من لغة: نص</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="241"/>
        <source>&quot;{field}&quot; must be a language code (a string)</source>
        <translation>يجب أن يكون ⁦&quot;{field}&quot;⁩ رمز لغة (سلسلة نصية)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="249"/>
        <source>&quot;{field}&quot; must be a string</source>
        <translation>يجب أن يكون ⁦&quot;{field}&quot;⁩ سلسلة نصية</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="264"/>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="265"/>
        <source>not UTF-8 text ({reason} at byte {start})</source>
        <translation>ليس نصًا بترميز UTF-8 ({reason} عند البايت {start})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="267"/>
        <source>not UTF-8 text ({reason})</source>
        <translation>ليس نصًا بترميز UTF-8 ({reason})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="268"/>
        <source>entity reference {name} cannot be resolved (external DTDs are not loaded)</source>
        <translation>تعذّر حل مرجع الكيان ⁦{name}⁩ (لا تُحمَّل تعريفات DTD الخارجية)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="271"/>
        <source>x-dragoman-score {value} is not a number</source>
        <translation>القيمة ⁦{value}⁩ في ⁦x-dragoman-score⁩ ليست عددًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="273"/>
        <source>x-dragoman-score {value} is not a finite number</source>
        <translation>القيمة ⁦{value}⁩ في ⁦x-dragoman-score⁩ ليست عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="275"/>
        <source>unknown x-dragoman-status {status}</source>
        <translation>قيمة ⁦x-dragoman-status⁩ مجهولة: ⁦{status}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="276"/>
        <source>x-dragoman-entities is not JSON: {error}</source>
        <translation>الخاصية ⁦x-dragoman-entities⁩ ليست JSON صالحًا: {error}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="278"/>
        <source>x-dragoman-entities is not a list</source>
        <translation>الخاصية ⁦x-dragoman-entities⁩ ليست قائمة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="279"/>
        <source>bad entity in x-dragoman-entities: {entity}</source>
        <translation>كيان غير صالح في الخاصية ⁦x-dragoman-entities⁩: ⁦{entity}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="281"/>
        <source>{tag} is not a valid language tag; {hint}</source>
        <translation>⁦{tag}⁩ ليس وسم لغة صالحًا؛ {hint}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="282"/>
        <source>{tag} is not a valid {field}; {hint}</source>
        <translation>⁦{tag}⁩ ليس قيمة صالحة للحقل ⁦{field}⁩؛ {hint}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="283"/>
        <source>give a BCP 47 tag such as ar, en, fr or en-GB</source>
        <translation>اكتب وسم لغة بمعيار BCP 47 مثل ⁦ar⁩ أو ⁦en⁩ أو ⁦fr⁩ أو ⁦en-GB⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="284"/>
        <source>write {tag} (a hyphen, not an underscore)</source>
        <translation>اكتب ⁦{tag}⁩ (بشرطة، لا بشرطة سفلية)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="286"/>
        <source>a line is longer than {limit} characters; not JSON Lines</source>
        <translation>سطر أطول من {limit} حرف؛ ليس الملف بصيغة JSON Lines</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="288"/>
        <source>entity label {label} cannot join the corpus&apos;s labels: {problem}</source>
        <translation>لا يمكن ضم وسم الكيان ⁦{label}⁩ إلى وسوم المدونة: {problem}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="290"/>
        <source>cannot write TMX: {tag} is not a valid BCP 47 language tag</source>
        <translation>تعذّرت كتابة TMX: ⁦{tag}⁩ ليس وسم لغة صالحًا بمعيار BCP 47</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="292"/>
        <source>cannot write JSONL: both sides are {lang}; the translation object needs two languages</source>
        <translation>تعذّرت كتابة JSONL: الجانبان كلاهما بلغة ⁦{lang}⁩؛ يحتاج كائن ⁦translation⁩ إلى لغتين</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="295"/>
        <source>cannot read it ({reason})</source>
        <translation>تعذّرت قراءته ({reason})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="296"/>
        <source>the header must start with ar, kind, label</source>
        <translation>يجب أن يبدأ سطر العناوين بالأعمدة ⁦ar, kind, label⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="298"/>
        <source>bad language column in the header</source>
        <translation>عمود لغة غير صالح في سطر العناوين</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="299"/>
        <source>{count} columns, the header has {header}</source>
        <translation>عدد الأعمدة {count}، وعددها في سطر العناوين {header}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="300"/>
        <source>no Arabic form</source>
        <translation>لا توجد صيغة عربية</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="301"/>
        <source>unknown kind &apos;{kind}&apos; (name, exonym or translation)</source>
        <translation>نوع مجهول ⁦&apos;{kind}&apos;⁩ (⁦name⁩ أو ⁦exonym⁩ أو ⁦translation⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="303"/>
        <source>variant &apos;{item}&apos; is not lang:status:text</source>
        <translation>الصيغة الأخرى ⁦&apos;{item}&apos;⁩ ليست على شكل ⁦lang:status:text⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="305"/>
        <source>unknown status &apos;{status}&apos;</source>
        <translation>حالة مجهولة ⁦&apos;{status}&apos;⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="306"/>
        <source>a chosen spelling belongs in its language&apos;s column, not in variants</source>
        <translation>مكان الكتابة المختارة عمود لغتها، لا عمود ⁦variants⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="308"/>
        <source>&apos;{form}&apos; ({lang}) is listed twice</source>
        <translation>الصيغة «{form}» مذكورة مرتين بلغة {lang}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="309"/>
        <source>label name {name}: use letters, digits, - or _ (at most 24, starting with a letter)</source>
        <translation>اسم الوسم ⁦{name}⁩: استعمل حروفًا لاتينية وأرقامًا و⁦-⁩ و⁦_⁩ (24 على الأكثر، أولها حرف)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="312"/>
        <source>label {name} appears twice</source>
        <translation>الوسم ⁦{name}⁩ مذكور مرتين</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="313"/>
        <source>label {name}: colour {colour} is not #rrggbb</source>
        <translation>الوسم ⁦{name}⁩: اللون ⁦{colour}⁩ ليس على شكل ⁦#rrggbb⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="315"/>
        <source>label {name}: key {number} is not 1-9</source>
        <translation>الوسم ⁦{name}⁩: المفتاح ⁦{number}⁩ ليس من 1 إلى 9</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="316"/>
        <source>label {name}: key {number} is already used</source>
        <translation>الوسم ⁦{name}⁩: المفتاح ⁦{number}⁩ مستعمل من قبل</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="318"/>
        <source>no colour left for a new label ({count} in use): give it a colour yourself</source>
        <translation>لم يبق لون لوسم جديد (الألوان المستعملة {count}): اختر له لونًا بنفسك</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="321"/>
        <source>change refused: {error}</source>
        <translation>رُفض التغيير: {error}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="322"/>
        <source>text cannot be stored: {reason}</source>
        <translation>تعذّر حفظ النص: {reason}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="323"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="324"/>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="325"/>
        <source>bead range {first}-{last} is outside the bitext ({count} beads)</source>
        <translation>مدى الأزواج {first}-{last} خارج النص الثنائي (فيه {count} من الأزواج)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="327"/>
        <source>bitext &apos;{name}&apos;: {problem}</source>
        <translation>النص الثنائي «⁨{name}⁩»: {problem}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="328"/>
        <source>{side} sentences {start}-{end} of the new bead {bead} overlap another bead or leave the range {low}-{high}</source>
        <translation>جمل {side} {start}-{end} في الزوج الجديد {bead} تتداخل مع زوج آخر أو تخرج عن المدى {low}-{high}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="331"/>
        <source>{side} sentence {sentence} would not be in any bead</source>
        <translation>جملة {side} {sentence} لن تكون في أي زوج</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="333"/>
        <source>bitext {bitext} has no bead {bead}</source>
        <translation>ليس في النص الثنائي {bitext} زوج رقمه {bead}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="334"/>
        <source>a bitext needs two different documents</source>
        <translation>يحتاج النص الثنائي إلى مستندين مختلفين</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="336"/>
        <source>documents {src} and {tgt} are already a bitext</source>
        <translation>المستندان {src} و{tgt} يؤلفان نصًا ثنائيًا من قبل</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="338"/>
        <source>sentence {sentence} is not in any bead of bitext &apos;{name}&apos;; re-align that part after including it</source>
        <translation>الجملة {sentence} ليست في أي زوج من النص الثنائي «⁨{name}⁩»؛ أعد محاذاة ذلك الجزء بعد إدراجها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="341"/>
        <source>cannot split inside the entity &apos;{text}&apos; ({label})</source>
        <translation>لا يمكن التقسيم داخل الكيان «⁨{text}⁩» (⁦{label}⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="343"/>
        <source>unknown encoding {encoding}</source>
        <translation>ترميز مجهول ⁦{encoding}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="344"/>
        <source>{encoding} is not a text encoding</source>
        <translation>⁦{encoding}⁩ ليس ترميزًا للنصوص</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="346"/>
        <source>starts with a {name} byte-order mark but is not valid {name} (offset {offset})</source>
        <translation>يبدأ بعلامة ترتيب البايتات لترميز ⁦{name}⁩ لكنه ليس ⁦{name}⁩ صالحًا (الموضع {offset})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="349"/>
        <source>mixes encodings: {order} ({guess}?) starting at line {line}; convert it to one encoding, or give --encoding to read it all as one (bad bytes are then replaced and reported)</source>
        <translation>يخلط بين ترميزين: {order} (⁦{guess}?⁩) بدءًا من السطر {line}؛ حوّله إلى ترميز واحد، أو اذكر ⁦--encoding⁩ لقراءته كله بترميز واحد (تُستبدل حينئذ البايتات التالفة ويُبلَّغ عنها)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="353"/>
        <source>UTF-8 and then another encoding</source>
        <translation>UTF-8 ثم ترميز آخر</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="354"/>
        <source>another encoding and then UTF-8</source>
        <translation>ترميز آخر ثم UTF-8</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="355"/>
        <source>{count} byte invalid in {encoding} replaced by � on {lines}</source>
        <translation>{count} بايت غير صالح في ترميز ⁦{encoding}⁩ استُبدل بالرمز � في {lines}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="357"/>
        <source>{count} bytes invalid in {encoding} replaced by � on {lines}</source>
        <translation>{count} من البايتات غير الصالحة في ترميز ⁦{encoding}⁩ استُبدلت بالرمز � في {lines}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="359"/>
        <source>not valid UTF-8: {count} byte replaced by � on {lines}</source>
        <translation>ليس UTF-8 صالحًا: {count} بايت استُبدل بالرمز � في {lines}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="361"/>
        <source>not valid UTF-8: {count} bytes replaced by � on {lines}</source>
        <translation>ليس UTF-8 صالحًا: {count} من البايتات استُبدلت بالرمز � في {lines}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="363"/>
        <source>line {lines}</source>
        <translation>السطر {lines}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="364"/>
        <source>lines {lines}</source>
        <translation>الأسطر {lines}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="365"/>
        <source>lines {lines} and {more} more</source>
        <translation>الأسطر {lines} و{more} غيرها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="366"/>
        <source>Arabic</source>
        <translation>العربي</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="367"/>
        <source>Latin</source>
        <translation>اللاتيني</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="368"/>
        <source>given as {lang} ({script} script), but the text is written in {found} script; is the language code right?</source>
        <translation>اللغة المعطاة ⁦{lang}⁩ (الخط {script})، لكن النص مكتوب بالخط {found}؛ هل رمز اللغة صحيح؟</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="371"/>
        <source>given as {lang}, but the text is written in {found} script; are the files or the language codes swapped?</source>
        <translation>اللغة المعطاة ⁦{lang}⁩، لكن النص مكتوب بالخط {found}؛ هل الملفات أو رموز اللغات مقلوبة؟</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="374"/>
        <source>cannot tell the language (the text has no letters); give it explicitly (--lang)</source>
        <translation>تعذّر تمييز اللغة (لا حروف في النص)؛ حدّدها صراحة (⁦--lang⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="377"/>
        <source>no file to import</source>
        <translation>لا ملف للاستيراد</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="378"/>
        <source>{titles} titles given for {files} files</source>
        <translation>أُعطي {titles} من العناوين لـ{files} من الملفات</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="380"/>
        <source>{langs} language codes given for {files} files</source>
        <translation>أُعطي {langs} من رموز اللغات لـ{files} من الملفات</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="382"/>
        <source>no sentence found in the file</source>
        <translation>لم توجد في الملف أي جملة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="383"/>
        <source>is the same file as the source {source}; give the text and its translation</source>
        <translation>هو ملف المصدر نفسه {source}؛ أعطِ النص وترجمته</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="386"/>
        <source>has the same content as the source {source}; give the text and its translation</source>
        <translation>محتواه محتوى المصدر {source} نفسه؛ أعطِ النص وترجمته</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="389"/>
        <source>a bilingual file must hold two languages; found {found}</source>
        <translation>يجب أن يحوي الملف الثنائي اللغة لغتين؛ وُجد: ⁦{found}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="391"/>
        <source>a bilingual file must hold two languages; found none</source>
        <translation>يجب أن يحوي الملف الثنائي اللغة لغتين؛ لم توجد أي لغة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="393"/>
        <source>a bilingual file needs two different language codes (e.g. ar,en)</source>
        <translation>يحتاج الملف الثنائي اللغة إلى رمزي لغتين مختلفين (مثل ⁦ar,en⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="395"/>
        <source>languages given ({given}) do not match the scripts found ({found})</source>
        <translation>اللغات المعطاة (⁦{given}⁩) لا تطابق الخطوط الموجودة (⁦{found}⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="397"/>
        <source>both files are {lang} (given or detected): a bitext pairs a text with its translation; give --lang if a language was detected wrongly</source>
        <translation>الملفان كلاهما بلغة ⁦{lang}⁩ (معطاة أو مكتشفة): النص الثنائي يقرن نصًا بترجمته؛ اذكر ⁦--lang⁩ إن اكتُشفت لغة خطأً</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="400"/>
        <source>import TMX/JSONL/TSV files separately from text files</source>
        <translation>استورد ملفات TMX وJSONL وTSV منفصلة عن الملفات النصية</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="402"/>
        <source>a TMX/JSONL/TSV file holds aligned units, not one text after its translation: import it without &apos;bilingual&apos;</source>
        <translation>ملف TMX أو JSONL أو TSV يحوي وحدات محاذاة، لا نصًا تليه ترجمته: استورده دون خيار «ثنائي اللغة»</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="405"/>
        <source>a TSV file does not say its languages; give the source and target language</source>
        <translation>ملف TSV لا يذكر لغتيه؛ حدّد لغة المصدر ولغة الهدف</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="408"/>
        <source>unknown exchange format (expected .tmx, .jsonl or .tsv)</source>
        <translation>صيغة تبادل مجهولة (المتوقع ⁦.tmx⁩ أو ⁦.jsonl⁩ أو ⁦.tsv⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="410"/>
        <source>is {size} GB; imports above {limit} GB are refused (split the file)</source>
        <translation>حجمه {size} غيغابايت؛ يُرفض استيراد ما يزيد على {limit} غيغابايت (قسّم الملف)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="412"/>
        <source>no unit has both languages {src} and {tgt} (languages found: {found})</source>
        <translation>لا وحدة فيها اللغتان ⁦{src}⁩ و⁦{tgt}⁩ معًا (اللغات الموجودة: ⁦{found}⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="414"/>
        <source>no unit has both languages {src} and {tgt} (languages found: none)</source>
        <translation>لا وحدة فيها اللغتان ⁦{src}⁩ و⁦{tgt}⁩ معًا (لم توجد أي لغة)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="416"/>
        <source>holds no aligned units</source>
        <translation>لا يحوي أي وحدات محاذاة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="417"/>
        <source>{file}: {note}</source>
        <translation>{file}: {note}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="418"/>
        <source>{file}: imported ({summary})</source>
        <translation>{file}: استُورد ({summary})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="419"/>
        <source>{units} units into bitext {ids}</source>
        <translation>{units} من الوحدات في النص الثنائي {ids}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="420"/>
        <source>{units} units into bitexts {ids}</source>
        <translation>{units} من الوحدات في النصوص الثنائية {ids}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="421"/>
        <source>{summary}; {skipped} unit skipped (no tuv in {src} or in {tgt})</source>
        <translation>{summary}؛ تُركت {skipped} وحدة (ليس فيها ⁦tuv⁩ بلغة ⁦{src}⁩ أو بلغة ⁦{tgt}⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="423"/>
        <source>{summary}; {skipped} units skipped (no tuv in {src} or in {tgt})</source>
        <translation>{summary}؛ تُركت {skipped} من الوحدات (ليس فيها ⁦tuv⁩ بلغة ⁦{src}⁩ أو بلغة ⁦{tgt}⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="425"/>
        <source>aligning</source>
        <translation>جارٍ المحاذاة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="426"/>
        <source>aligning: first pass</source>
        <translation>جارٍ المحاذاة: المرور الأول</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="427"/>
        <source>aligning: scores</source>
        <translation>جارٍ المحاذاة: الدرجات</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="428"/>
        <source>aligned</source>
        <translation>تمت المحاذاة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="429"/>
        <source>re-aligning</source>
        <translation>جارٍ إعادة المحاذاة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="430"/>
        <source>re-aligned</source>
        <translation>تمت إعادة المحاذاة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="431"/>
        <source>preparing find</source>
        <translation>جارٍ تحضير البحث</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="432"/>
        <source>reading {name}</source>
        <translation>جارٍ قراءة ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="433"/>
        <source>prepared</source>
        <translation>تم التحضير</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="434"/>
        <source>storing {title}</source>
        <translation>جارٍ حفظ ⁨{title}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="435"/>
        <source>writing {format}</source>
        <translation>جارٍ كتابة ⁦{format}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="436"/>
        <source>writing Moses files</source>
        <translation>جارٍ كتابة ملفات Moses</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="437"/>
        <source>exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="438"/>
        <source>exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="439"/>
        <source>reading</source>
        <translation>جارٍ القراءة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="440"/>
        <source>storing</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="441"/>
        <source>storing entities</source>
        <translation>جارٍ حفظ الكيانات</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="442"/>
        <source>imported {count} units</source>
        <translation>استُوردت {count} من الوحدات</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="443"/>
        <source>cannot create: folder {folder} does not exist</source>
        <translation>تعذّر الإنشاء: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="444"/>
        <source>already exists; open it, or choose another name</source>
        <translation>موجودة من قبل؛ افتحها، أو اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="445"/>
        <source>cannot create the file: {error}</source>
        <translation>تعذّر إنشاء الملف: {error}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="446"/>
        <source>{target}: is a folder; give a file name to write</source>
        <translation>{target}: مجلد؛ أعطِ اسم ملف للكتابة فيه</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="447"/>
        <source>{path} is {what}; writing it would destroy the corpus. Give another output name</source>
        <translation>{path} هو {what}؛ الكتابة فيه تتلف المدونة. أعطِ اسمًا آخر للإخراج</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="450"/>
        <source>the corpus itself</source>
        <translation>المدونة نفسها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="451"/>
        <source>the corpus&apos;s {suffix} file</source>
        <translation>ملف ⁦{suffix}⁩ التابع للمدونة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="452"/>
        <source>{path}: two outputs of this export would share this file; give another output name</source>
        <translation>{path}: يشترك ناتجان من هذا التصدير في هذا الملف؛ أعطِ اسمًا آخر للإخراج</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="455"/>
        <source>expected &apos;name&lt;TAB&gt;LABEL&apos;</source>
        <translation>المتوقع ⁦name&lt;TAB&gt;LABEL⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="456"/>
        <source>no names in the gazetteer</source>
        <translation>لا أسماء في معجم الأعلام</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="457"/>
        <source>unknown administrativeStatus {value}</source>
        <translation>قيمة ⁦administrativeStatus⁩ مجهولة: ⁦{value}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="458"/>
        <source>unknown kind {kind}</source>
        <translation>نوع مجهول ⁦{kind}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="459"/>
        <source>{element} has no valid xml:lang ({lang})</source>
        <translation>ليس للعنصر ⁦{element}⁩ قيمة ⁦xml:lang⁩ صالحة (⁦{lang}⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="460"/>
        <source>cannot write {fmt}: bitext {names} has the same language on both sides; {hint} (or export it as tsv)</source>
        <translation>تعذّرت الكتابة بصيغة ⁦{fmt}⁩: النص الثنائي {names} بلغة واحدة في جانبيه؛ {hint} (أو صدّره بصيغة ⁦tsv⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="463"/>
        <source>export the others with {option}</source>
        <translation>صدّر النصوص الأخرى بالخيار {option}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="464"/>
        <source>nothing else to export</source>
        <translation>لا شيء غيره للتصدير</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="465"/>
        <source>cannot write {fmt} to one stream: the bitexts have several language pairs ({pairs}); choose one pair with {option}</source>
        <translation>تعذّرت الكتابة بصيغة ⁦{fmt}⁩ في مجرى واحد: للنصوص الثنائية عدة أزواج لغوية ({pairs})؛ اختر زوجًا واحدًا بالخيار {option}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="468"/>
        <source>expected 2 tab-separated columns, found {count}</source>
        <translation>المتوقع عمودان يفصل بينهما محرف الجدولة، والموجود {count}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="470"/>
        <source>not a CSV glossary ({error})</source>
        <translation>ليس مسرد مصطلحات CSV ({error})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="471"/>
        <source>binary file, not a UTF-8 glossary</source>
        <translation>ملف ثنائي، لا مسرد بترميز ⁦UTF-8⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="472"/>
        <source>not UTF-8 text (byte {start})</source>
        <translation>ليس نصًا بترميز ⁦UTF-8⁩ (البايت {start})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="473"/>
        <source>expected source&lt;TAB&gt;target[&lt;TAB&gt;comment]</source>
        <translation>المتوقع في كل سطر: المصطلح المصدر ثم Tab ثم الهدف (ثم Tab وتعليق إن شئت)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="475"/>
        <source>empty glossary</source>
        <translation>مسرد فارغ</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="476"/>
        <source>the header names no Arabic column (ar)</source>
        <translation>لا يسمّي سطر العناوين عمودًا عربيًا (⁦ar⁩)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="478"/>
        <source>column {column} is not a language code</source>
        <translation>العمود ⁦{column}⁩ ليس رمز لغة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="480"/>
        <source>no Arabic term</source>
        <translation>لا مصطلح عربي</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="481"/>
        <source>unknown glossary type: use .tbx, .csv, .tsv or name a format</source>
        <translation>نوع مسرد مجهول: استعمل ⁦.tbx⁩ أو ⁦.csv⁩ أو ⁦.tsv⁩ أو سمِّ صيغته</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="483"/>
        <source>unknown glossary format {fmt}</source>
        <translation>صيغة مسرد مجهولة ⁦{fmt}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="484"/>
        <source>not valid JSON: {error}</source>
        <translation>ليس JSON صالحًا: {error}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="485"/>
        <source>expected {record}</source>
        <translation>المتوقع في كل سطر ⁦{record}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="486"/>
        <source>bad span {span} for a text of {length} characters</source>
        <translation>مدى غير صالح ⁦{span}⁩ لنص من {length} محرفًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="488"/>
        <source>expected token&lt;TAB&gt;tag</source>
        <translation>المتوقع في كل سطر: الكلمة ثم Tab ثم وسمها</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="489"/>
        <source>tag {tag} is not O, B-LABEL or I-LABEL</source>
        <translation>الوسم ⁦{tag}⁩ ليس ⁦O⁩ ولا ⁦B-LABEL⁩ ولا ⁦I-LABEL⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="490"/>
        <source>has fewer lines than its pair</source>
        <translation>أسطره أقل من أسطر قرينه</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="491"/>
        <source>has fewer lines than its pair (ends before line {number})</source>
        <translation>أسطره أقل من أسطر قرينه (ينتهي قبل السطر {number})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="493"/>
        <source>has fewer sentences than its pair</source>
        <translation>جمله أقل من جمل قرينه</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="494"/>
        <source>cannot write Moses files: both sides are {lang}</source>
        <translation>تعذّرت كتابة ملفات ⁦Moses⁩: الجانبان كلاهما بلغة ⁦{lang}⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="496"/>
        <source>cannot write Moses files: a unit is {unit} but the files are {pair}; export each language pair separately</source>
        <translation>تعذّرت كتابة ملفات ⁦Moses⁩: إحدى الوحدات ⁦{unit}⁩ والملفات ⁦{pair}⁩؛ صدّر كل زوج لغوي على حدة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="243"/>
        <source>needs texts in two languages (found {found})</source>
        <translation>يحتاج إلى نصين بلغتين (وُجد {found})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="245"/>
        <source>needs texts in two languages (found {found}, wanted {src} and {tgt})</source>
        <translation>يحتاج إلى نصين بلغتين (وُجد {found}، والمطلوب {src} و{tgt})</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="247"/>
        <source>the {lang} text is not a string</source>
        <translation>نص {lang} ليس سلسلة نصية</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="248"/>
        <source>{tag} is not a valid language tag</source>
        <translation>{tag} ليس وسم لغة صالحًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="250"/>
        <source>&quot;bead&quot; must be a whole number from 0 to 2**63-1</source>
        <translation>يجب أن يكون ⁦&quot;bead&quot;⁩ عددًا صحيحًا من 0 إلى ⁦2**63-1⁩</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="252"/>
        <source>&quot;score&quot; must be a finite number</source>
        <translation>يجب أن يكون ⁦&quot;score&quot;⁩ عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="253"/>
        <source>&quot;status&quot; must be &quot;auto&quot; or &quot;confirmed&quot;, not {status}</source>
        <translation>يجب أن يكون ⁦&quot;status&quot;⁩ ⁦&quot;auto&quot;⁩ أو ⁦&quot;confirmed&quot;⁩، لا {status}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="255"/>
        <source>&quot;entities&quot; must be a list</source>
        <translation>يجب أن يكون ⁦&quot;entities&quot;⁩ قائمة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="256"/>
        <source>entity {entity}: side must be {src} or {tgt}</source>
        <translation>الكيان ⁦{entity}⁩: يجب أن يكون الجانب {src} أو {tgt}</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="258"/>
        <source>entity {entity}: start/end outside the {side} text ({length} characters)</source>
        <translation>الكيان ⁦{entity}⁩: البداية أو النهاية خارج نص {side} ({length} حرفًا)</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="260"/>
        <source>entity {entity}: label must be a non-empty string</source>
        <translation>الكيان ⁦{entity}⁩: يجب أن يكون الوسم سلسلة نصية غير فارغة</translation>
    </message>
    <message>
        <location filename="../../core_messages.py" line="262"/>
        <source>entity {entity}: counterpart must index this line&apos;s entities</source>
        <translation>الكيان ⁦{entity}⁩: يجب أن يشير المقابل إلى أحد كيانات هذا السطر</translation>
    </message>
</context>
<context>
    <name>CorpusBrowser</name>
    <message>
        <location filename="../../browser.py" line="31"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../browser.py" line="31"/>
        <source>Done</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <location filename="../../browser.py" line="31"/>
        <source>Lang</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../browser.py" line="48"/>
        <source>document {id}</source>
        <translation>المستند {id}</translation>
    </message>
    <message>
        <location filename="../../browser.py" line="51"/>
        <source>Documents ({n})</source>
        <translation>المستندات ({n})</translation>
    </message>
    <message>
        <location filename="../../browser.py" line="56"/>
        <source>Bitexts ({n})</source>
        <translation>النصوص الثنائية ({n})</translation>
    </message>
    <message>
        <location filename="../../browser.py" line="66"/>
        <source>bitext {id}</source>
        <translation>النص الثنائي {id}</translation>
    </message>
    <message>
        <location filename="../../browser.py" line="67"/>
        <location filename="../../browser.py" line="87"/>
        <source>{done} of {total} beads confirmed</source>
        <translation>{done} من {total} زوجًا مؤكدة</translation>
    </message>
</context>
<context>
    <name>CorpusSession</name>
    <message>
        <location filename="../../session.py" line="73"/>
        <source>Undo history cleared</source>
        <translation>مُسح سجل التراجع</translation>
    </message>
    <message>
        <location filename="../../session.py" line="74"/>
        <source>{path} was changed by another program while it was closed, so the undo history no longer applies and was cleared. The corpus is as shown.</source>
        <translation>غيّر برنامج آخر الملف {path} وهو مغلق، فلم يعد سجل التراجع صالحًا ومُسح. المدونة كما تظهر.</translation>
    </message>
    <message>
        <location filename="../../session.py" line="138"/>
        <source>Undo/redo failed</source>
        <translation>تعذّر التراجع أو الإعادة</translation>
    </message>
    <message>
        <location filename="../../session.py" line="139"/>
        <source>The corpus no longer matches the undo history (was it changed elsewhere?), so the history was cleared. The corpus is as shown.</source>
        <translation>لم تعد المدونة تطابق سجل التراجع (هل غُيّرت في مكان آخر؟)، فمُسح السجل. المدونة كما تظهر.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../alignment/details.py" line="23"/>
        <source>url slug</source>
        <translation>جزء من رابط</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="23"/>
        <source>link list</source>
        <translation>قائمة روابط</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="24"/>
        <source>repeated</source>
        <translation>مكرّرة</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="24"/>
        <source>fragment</source>
        <translation>جملة ناقصة</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="25"/>
        <source>page furniture</source>
        <translation>من عناصر الصفحة</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="26"/>
        <source>page end</source>
        <translation>ذيل الصفحة</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="26"/>
        <source>no words</source>
        <translation>بلا كلمات</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="33"/>
        <source>Select a bead to see it in full.</source>
        <translation>حدّد زوجًا لتراه كاملًا.</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="45"/>
        <source>auto</source>
        <translation>آلي</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="45"/>
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="46"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="47"/>
        <source>&lt;b&gt;Bead {row}&lt;/b&gt; (id {id}) — type {kind}, score {score}, &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;الزوج {row}&lt;/b&gt; (المعرّف {id}) — النوع {kind}، الدرجة {score}، &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="53"/>
        <source>changed {when}</source>
        <translation>عُدّل {when}</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="53"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="55"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="56"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="59"/>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="69"/>
        <source>excluded:</source>
        <translation>مستبعد:</translation>
    </message>
    <message>
        <location filename="../../alignment/details.py" line="73"/>
        <source>#{position}, id {id}</source>
        <translation>#{position}، المعرّف {id}</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../alignment/editing.py" line="121"/>
        <source>Edit cuts through entities</source>
        <translation>التعديل يقطع كيانات</translation>
    </message>
    <message>
        <location filename="../../alignment/editing.py" line="122"/>
        <source>The change cuts through {names}. Shrink them to what is left (removed where nothing is), or remove them? Either way it is one undoable step.</source>
        <translation>التغيير يقطع {names}. أتُقلَّص إلى ما يتبقى منها (وتُزال حيث لا يتبقى شيء)، أم تُزال؟ في الحالتين هي خطوة واحدة يمكن التراجع عنها.</translation>
    </message>
    <message>
        <location filename="../../alignment/editing.py" line="125"/>
        <source>Shrink</source>
        <translation>تقليص</translation>
    </message>
    <message>
        <location filename="../../alignment/editing.py" line="125"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>EditNames</name>
    <message>
        <location filename="../../edit_names.py" line="46"/>
        <source>Merge beads {first}-{second}</source>
        <translation>دمج الزوجين {first} و{second}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="50"/>
        <source>Move source sentence down from bead {bead}</source>
        <translation>نقل جملة المصدر إلى الأسفل من الزوج {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="51"/>
        <source>Move source sentence up from bead {bead}</source>
        <translation>نقل جملة المصدر إلى الأعلى من الزوج {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="53"/>
        <source>Move target sentence down from bead {bead}</source>
        <translation>نقل جملة الهدف إلى الأسفل من الزوج {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="54"/>
        <source>Move target sentence up from bead {bead}</source>
        <translation>نقل جملة الهدف إلى الأعلى من الزوج {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="57"/>
        <source>Insert empty bead at {bead}</source>
        <translation>إدراج زوج فارغ في الموضع {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="59"/>
        <source>Split bead {bead}</source>
        <translation>تقسيم الزوج {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="61"/>
        <source>Delete empty bead {bead}</source>
        <translation>حذف الزوج الفارغ {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="63"/>
        <source>Confirm {n} beads</source>
        <translation>تأكيد {n} من الأزواج</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="64"/>
        <source>Confirm bead {bead}</source>
        <translation>تأكيد الزوج {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="66"/>
        <source>Unconfirm {n} beads</source>
        <translation>إلغاء تأكيد {n} من الأزواج</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="67"/>
        <source>Unconfirm bead {bead}</source>
        <translation>إلغاء تأكيد الزوج {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="69"/>
        <source>Confirm beads 1-{bead}</source>
        <translation>تأكيد الأزواج من 1 إلى {bead}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="71"/>
        <source>Re-align</source>
        <translation>إعادة المحاذاة</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="76"/>
        <source>Split sentence</source>
        <translation>تقسيم الجملة</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="78"/>
        <source>Merge sentences</source>
        <translation>دمج الجملتين</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="80"/>
        <source>Edit sentence</source>
        <translation>تحرير الجملة</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="82"/>
        <source>Edit and split sentence</source>
        <translation>تحرير الجملة وتقسيمها</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="84"/>
        <source>Exclude sentence</source>
        <translation>استبعاد الجملة</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="86"/>
        <source>Include sentence</source>
        <translation>تضمين الجملة</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="91"/>
        <source>Delete {arabic} from the names register</source>
        <translation>حذف {arabic} من سجل الأسماء</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="98"/>
        <source>Tag &apos;{text}&apos; as {label}</source>
        <translation>وسم «{text}» بـ {label}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="100"/>
        <source>Relabel {n} entities as {label}</source>
        <translation>تغيير وسم {n} من الكيانات إلى {label}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="101"/>
        <source>Relabel entity as {label}</source>
        <translation>تغيير وسم الكيان إلى {label}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="103"/>
        <source>Link entities</source>
        <translation>ربط الكيانين</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="105"/>
        <source>Unlink {n} entities</source>
        <translation>فك ربط {n} من الكيانات</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="105"/>
        <source>Unlink entity</source>
        <translation>فك ربط الكيان</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="107"/>
        <source>Delete {n} entities</source>
        <translation>حذف {n} من الكيانات</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="107"/>
        <source>Delete entity</source>
        <translation>حذف الكيان</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="109"/>
        <source>Accept {n} suggestions</source>
        <translation>قبول {n} من الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="110"/>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="112"/>
        <source>Reject {n} suggestions</source>
        <translation>رفض {n} من الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="113"/>
        <source>Reject suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="115"/>
        <source>Resize entity</source>
        <translation>تغيير حدود الكيان</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="117"/>
        <source>Project {n} entities from {lang}</source>
        <translation>إسقاط {n} من الكيانات من {lang}</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="119"/>
        <source>Suggest {n} entities</source>
        <translation>اقتراح {n} من الكيانات</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="121"/>
        <source>Add {n} entities</source>
        <translation>إضافة {n} من الكيانات</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="123"/>
        <source>Tag {n} occurrences</source>
        <translation>وسم {n} من المواضع</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="125"/>
        <source>Change labels</source>
        <translation>تغيير مجموعة الوسوم</translation>
    </message>
    <message>
        <location filename="../../edit_names.py" line="38"/>
        <source>({kept} of {total} kept)</source>
        <translation>(أُبقي {kept} من {total})</translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <location filename="../../annotation/entities_panel.py" line="52"/>
        <source>All entities</source>
        <translation>كل الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="53"/>
        <source>Unlinked</source>
        <translation>غير مربوط</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="54"/>
        <source>Suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="72"/>
        <source>Bead</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="72"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="72"/>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="73"/>
        <source>Counterpart</source>
        <translation>المقابل</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="92"/>
        <source>Enter: go · Del: remove · U: unlink · A/R: accept/reject suggestion · 1-9: relabel · F6/F7: next unlinked/suggestion</source>
        <translation>Enter: انتقال · Del: إزالة · U: فك الربط · A/R: قبول الاقتراح أو رفضه · 1-9: تغيير الوسم · F6/F7: غير المربوط أو الاقتراح التالي</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="104"/>
        <source>Any label</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="128"/>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="129"/>
        <source>unlinked</source>
        <translation>غير مربوط</translation>
    </message>
    <message>
        <location filename="../../annotation/entities_panel.py" line="140"/>
        <source>{shown} of {total}</source>
        <translation>{shown} من {total}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dialogs/export_dialog.py" line="33"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../dialogs/export_dialog.py" line="46"/>
        <source>Only the open bitext</source>
        <translation>النص الثنائي المفتوح فقط</translation>
    </message>
    <message>
        <location filename="../../dialogs/export_dialog.py" line="49"/>
        <source>Confirmed beads only</source>
        <translation>الأزواج المؤكدة فقط</translation>
    </message>
    <message>
        <location filename="../../dialogs/export_dialog.py" line="52"/>
        <source>&amp;Format</source>
        <translation>ال&amp;صيغة</translation>
    </message>
    <message>
        <location filename="../../dialogs/export_dialog.py" line="53"/>
        <source>&amp;Output file</source>
        <translation>ملف الإ&amp;خراج</translation>
    </message>
    <message>
        <location filename="../../dialogs/export_dialog.py" line="56"/>
        <source>&amp;Minimum score</source>
        <translation>أدنى &amp;درجة</translation>
    </message>
    <message>
        <location filename="../../dialogs/export_dialog.py" line="68"/>
        <source>Export to (file stem)</source>
        <translation>التصدير إلى (جذع اسم الملف)</translation>
    </message>
    <message>
        <location filename="../../dialogs/export_dialog.py" line="70"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../alignment/find_bar.py" line="82"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="83"/>
        <source>Unconfirmed</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="84"/>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="85"/>
        <source>Imported (no score)</source>
        <translation>مستورد (بلا درجة)</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="93"/>
        <source>types, e.g. 1-2, 2-1, 0-1</source>
        <translation>الأنواع، مثل 1-2، 2-1، 0-1</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="95"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="96"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="103"/>
        <source>Filter:</source>
        <translation>ترشيح:</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="103"/>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="104"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../alignment/find_bar.py" line="25"/>
        <source>Find (Arabic: diacritics and alef forms ignored)</source>
        <translation>بحث (العربية: تُتجاهل الحركات وأشكال الألف)</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="28"/>
        <source>Both sides</source>
        <translation>الجانبان</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="28"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="28"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="29"/>
        <source>Regex</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="35"/>
        <source>Previous match (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="38"/>
        <source>Next match (F3 or Enter)</source>
        <translation>النتيجة التالية (F3 أو Enter)</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="40"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../alignment/find_bar.py" line="50"/>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
</context>
<context>
    <name>FixAllDialog</name>
    <message>
        <location filename="../../names/fix_dialog.py" line="24"/>
        <source>Fix all spellings</source>
        <translation>تصحيح كل الكتابات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../names/fix_dialog.py" line="26"/>
        <source>Write the chosen spelling at these %n place(s)? One step: Undo takes it all back.</source>
        <translation>
            <numerusform>أتُكتب الكتابة المختارة في هذه المواضع (%n)؟ خطوة واحدة: التراجع يعيدها كلها.</numerusform>
            <numerusform>أتُكتب الكتابة المختارة في هذه المواضع (%n)؟ خطوة واحدة: التراجع يعيدها كلها.</numerusform>
            <numerusform>أتُكتب الكتابة المختارة في هذه المواضع (%n)؟ خطوة واحدة: التراجع يعيدها كلها.</numerusform>
            <numerusform>أتُكتب الكتابة المختارة في هذه المواضع (%n)؟ خطوة واحدة: التراجع يعيدها كلها.</numerusform>
            <numerusform>أتُكتب الكتابة المختارة في هذه المواضع (%n)؟ خطوة واحدة: التراجع يعيدها كلها.</numerusform>
            <numerusform>أتُكتب الكتابة المختارة في هذه المواضع (%n)؟ خطوة واحدة: التراجع يعيدها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../names/fix_dialog.py" line="30"/>
        <source>Bitext</source>
        <translation>النص الثنائي</translation>
    </message>
    <message>
        <location filename="../../names/fix_dialog.py" line="30"/>
        <source>Bead</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location filename="../../names/fix_dialog.py" line="30"/>
        <source>Found</source>
        <translation>الموجود</translation>
    </message>
    <message>
        <location filename="../../names/fix_dialog.py" line="31"/>
        <source>Becomes</source>
        <translation>يصبح</translation>
    </message>
    <message>
        <location filename="../../names/fix_dialog.py" line="31"/>
        <source>Sentence</source>
        <translation>الجملة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../names/fix_dialog.py" line="47"/>
        <source>… and %n more, not listed here.</source>
        <translation>
            <numerusform>… و%n غيرها، غير مدرجة هنا.</numerusform>
            <numerusform>… و%n غيرها، غير مدرجة هنا.</numerusform>
            <numerusform>… و%n غيرها، غير مدرجة هنا.</numerusform>
            <numerusform>… و%n غيرها، غير مدرجة هنا.</numerusform>
            <numerusform>… و%n غيرها، غير مدرجة هنا.</numerusform>
            <numerusform>… و%n غيرها، غير مدرجة هنا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../names/fix_dialog.py" line="51"/>
        <source>Fix all</source>
        <translation>تصحيح الكل</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="13"/>
        <source>(detect)</source>
        <translation>(اكتشاف تلقائي)</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="32"/>
        <source>Import Texts</source>
        <translation>استيراد نصوص</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="36"/>
        <source>File &amp;pair</source>
        <translation>&amp;زوج ملفات</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="36"/>
        <source>&amp;Bilingual file</source>
        <translation>ملف &amp;ثنائي اللغة</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="36"/>
        <source>F&amp;older</source>
        <translation>م&amp;جلد</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="48"/>
        <source>A text, or a TMX, JSONL or TSV file of aligned units (it needs no second file and is not re-aligned)</source>
        <translation>نص، أو ملف TMX أو JSONL أو TSV من وحدات محاذاة (لا يحتاج ملفًا ثانيًا ولا تُعاد محاذاته)</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="52"/>
        <source>detect (e.g. ar)</source>
        <translation>اكتشاف (مثل ar)</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="53"/>
        <source>detect (e.g. en)</source>
        <translation>اكتشاف (مثل en)</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="57"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="59"/>
        <location filename="../../dialogs/import_dialog.py" line="91"/>
        <source>Source &amp;file</source>
        <translation>ملف ال&amp;مصدر</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="60"/>
        <source>&amp;Target file</source>
        <translation>ملف ال&amp;هدف</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="61"/>
        <source>Source &amp;language</source>
        <translation>&amp;لغة المصدر</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="62"/>
        <source>Target lan&amp;guage</source>
        <translation>لغة الهد&amp;ف</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="63"/>
        <source>&amp;Encoding</source>
        <translation>ال&amp;ترميز</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="91"/>
        <source>Bilingual &amp;file</source>
        <translation>&amp;ملف ثنائي اللغة</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="92"/>
        <source>&amp;Folder</source>
        <translation>&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="97"/>
        <source>Folder to import</source>
        <translation>المجلد المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="100"/>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../dialogs/import_dialog.py" line="101"/>
        <source>Texts and translation memories (*.txt *.tmx *.jsonl *.tsv);;Text (*.txt);;TMX, JSONL, TSV (*.tmx *.jsonl *.json *.ndjson *.tsv);;All files (*)</source>
        <translation>نصوص وذواكر ترجمة (*.txt *.tmx *.jsonl *.tsv);;نص (*.txt);;TMX وJSONL وTSV (*.tmx *.jsonl *.json *.ndjson *.tsv);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../importing.py" line="25"/>
        <location filename="../../importing.py" line="42"/>
        <location filename="../../importing.py" line="59"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../importing.py" line="26"/>
        <source>Choose what to import.</source>
        <translation>اختر ما تريد استيراده.</translation>
    </message>
    <message>
        <location filename="../../importing.py" line="36"/>
        <source>Import cancelled: nothing was stored.</source>
        <translation>أُلغي الاستيراد: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../importing.py" line="55"/>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <location filename="../../importing.py" line="60"/>
        <source>Store these texts as read (replaced bytes are kept as �)? Nothing has been stored yet.</source>
        <translation>أتُحفظ هذه النصوص كما قُرئت (تبقى البايتات المستبدلة بالرمز �)؟ لم يُحفظ شيء بعد.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../jobs/tasks.py" line="54"/>
        <location filename="../../jobs/tasks.py" line="129"/>
        <source>Aligning</source>
        <translation>جارٍ المحاذاة</translation>
    </message>
    <message>
        <location filename="../../jobs/tasks.py" line="55"/>
        <source>Re-aligning beads {first}–{last}</source>
        <translation>جارٍ إعادة محاذاة الأزواج {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../jobs/tasks.py" line="112"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../jobs/tasks.py" line="175"/>
        <source>Preparing find</source>
        <translation>جارٍ تجهيز البحث</translation>
    </message>
    <message>
        <location filename="../../jobs/tasks.py" line="205"/>
        <source>Exported {count} units to {path}</source>
        <translation>صُدّرت {count} وحدة إلى {path}</translation>
    </message>
    <message>
        <location filename="../../jobs/tasks.py" line="208"/>
        <source>Exporting {format}</source>
        <translation>جارٍ التصدير بصيغة {format}</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../annotation/label_dialog.py" line="23"/>
        <source>Entity Labels</source>
        <translation>وسوم الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotation/label_dialog.py" line="26"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../annotation/label_dialog.py" line="26"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../annotation/label_dialog.py" line="26"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../annotation/label_dialog.py" line="33"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../../annotation/label_dialog.py" line="33"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../annotation/label_dialog.py" line="50"/>
        <source>Enter on a colour picks another; keys are 1-9.</source>
        <translation>Enter على لون يختار غيره؛ المفاتيح من 1 إلى 9.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../language_menu.py" line="19"/>
        <source>Interface Lan&amp;guage</source>
        <translation>لغة ال&amp;واجهة</translation>
    </message>
    <message>
        <location filename="../../language_menu.py" line="23"/>
        <source>&amp;System Language</source>
        <translation>لغة ال&amp;نظام</translation>
    </message>
    <message>
        <location filename="../../language_menu.py" line="37"/>
        <source>Interface Language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../language_menu.py" line="37"/>
        <source>Dragoman uses the new interface language from its next start.</source>
        <translation>يستعمل ترجمان لغة الواجهة الجديدة من تشغيله القادم.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../main_build.py" line="55"/>
        <source>&lt;h2&gt;Dragoman&lt;/h2&gt;&lt;p&gt;Open a corpus (Ctrl+O) or create one (Ctrl+N), then import a text and its translation (Ctrl+I).&lt;/p&gt;&lt;p&gt;Recent corpora:&lt;/p&gt;</source>
        <extracomment>the version of the dock layout: a saved layout of another version is not restored (a layout from before the names and entities docks were tabbed stacked them 946 px high) the right column&apos;s first width (bead details, names, entities): the names list&apos;s Arabic, kind, two spellings and counts fit it in the English interface the table&apos;s right-click menu (None: a separator)</extracomment>
        <translation>&lt;h2&gt;ترجمان&lt;/h2&gt;&lt;p&gt;افتح مدونة (Ctrl+O) أو أنشئ واحدة (Ctrl+N)، ثم استورد نصًا وترجمته (Ctrl+I).&lt;/p&gt;&lt;p&gt;المدونات الأخيرة:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../main_build.py" line="79"/>
        <source>Corpus</source>
        <translation>المدونة</translation>
    </message>
    <message>
        <location filename="../../main_build.py" line="80"/>
        <source>Bead</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location filename="../../main_build.py" line="81"/>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../../main_build.py" line="157"/>
        <source>E&amp;ntities</source>
        <translation>ال&amp;كيانات</translation>
    </message>
    <message>
        <location filename="../../main_build.py" line="160"/>
        <location filename="../../main_window.py" line="254"/>
        <location filename="../../main_window.py" line="257"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="119"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="119"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="123"/>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="124"/>
        <source>all changes saved</source>
        <translation>كل التغييرات محفوظة</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="171"/>
        <source>Cannot reopen corpus</source>
        <translation>تعذّرت إعادة فتح المدونة</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="248"/>
        <source>Read-only corpus</source>
        <translation>مدونة للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="249"/>
        <source>{path} is open read-only.</source>
        <translation>الملف {path} مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="329"/>
        <source>Re-align</source>
        <translation>إعادة المحاذاة</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="329"/>
        <source>Select unconfirmed beads to re-align.</source>
        <translation>حدّد أزواجًا غير مؤكدة لإعادة محاذاتها.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="353"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="353"/>
        <source>Choose an output file.</source>
        <translation>اختر ملف إخراج.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="369"/>
        <source>New corpus</source>
        <translation>مدونة جديدة</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="370"/>
        <source>Dragoman corpus (*.dragoman)</source>
        <translation>مدونة ترجمان (*.dragoman)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="378"/>
        <source>Cannot create corpus</source>
        <translation>تعذّر إنشاء المدونة</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="383"/>
        <source>Open corpus</source>
        <translation>فتح مدونة</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="384"/>
        <source>Dragoman corpus (*.dragoman);;All files (*)</source>
        <translation>مدونة ترجمان (*.dragoman);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="394"/>
        <source>About Dragoman</source>
        <translation>عن ترجمان</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="395"/>
        <source>Dragoman {version}: align, correct and export Arabic–English–French parallel corpora.</source>
        <translation>ترجمان {version}: محاذاة المدونات المتوازية العربية والإنجليزية والفرنسية وتصحيحها وتصديرها.</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="413"/>
        <source>Dragoman</source>
        <translation>ترجمان</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="418"/>
        <source>bitext {id}</source>
        <translation>النص الثنائي {id}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="419"/>
        <source>(read-only)</source>
        <translation>(للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="420"/>
        <source>{name}{suffix} — Dragoman</source>
        <translation>{name}{suffix} — ترجمان</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="429"/>
        <source>bead {row} of {total}</source>
        <translation>الزوج {row} من {total}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="430"/>
        <source>{total} beads</source>
        <translation>{total} زوجًا</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="431"/>
        <source>{done} confirmed</source>
        <translation>{done} مؤكدة</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../actions.py" line="30"/>
        <source>File</source>
        <extracomment>menu titles, translated where the menus are built</extracomment>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="30"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="31"/>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../actions.py" line="31"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>NamesPane</name>
    <message>
        <location filename="../../names/pane.py" line="46"/>
        <source>name</source>
        <translation>اسم علم</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="46"/>
        <source>exonym</source>
        <translation>اسم متعارف عليه</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="47"/>
        <source>translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="48"/>
        <source>chosen</source>
        <translation>المختار</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="48"/>
        <source>corpus</source>
        <translation>المدونة</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="49"/>
        <source>preferred</source>
        <translation>مفضّل</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="50"/>
        <source>admitted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="51"/>
        <source>deprecated</source>
        <translation>مهمل</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="52"/>
        <source>other language</source>
        <translation>لغة أخرى</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="37"/>
        <source>This bitext</source>
        <translation>هذا النص الثنائي</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="38"/>
        <source>Whole corpus</source>
        <translation>المدونة كلها</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="42"/>
        <source>The language whose spellings are shown (Ctrl+1…9)</source>
        <translation>اللغة التي تُعرض كتاباتها (Ctrl+1…9)</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="49"/>
        <source>The romanization scheme the corpus follows in this language</source>
        <translation>نظام الكتابة بالحروف اللاتينية الذي تتبعه المدونة في هذه اللغة</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="52"/>
        <source>scheme: %1</source>
        <translation>النظام: %1</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="76"/>
        <source>Spelling / place</source>
        <translation>الكتابة / الموضع</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="77"/>
        <source>Lang</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="77"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="86"/>
        <source>Spellings (Enter chooses)</source>
        <translation>الكتابات (Enter للاختيار)</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="87"/>
        <source>Found in the corpus (Enter jumps)</source>
        <translation>الموجود في المدونة (Enter للانتقال)</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="100"/>
        <source>Bitext</source>
        <translation>النص الثنائي</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="100"/>
        <source>Bead</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="101"/>
        <source>Found</source>
        <translation>الموجود</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="101"/>
        <source>Chosen</source>
        <translation>المختار</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="107"/>
        <source>Inconsistencies (F fixes one, Shift+F all, F8 next)</source>
        <translation>مواضع عدم الاتساق (F يصحح واحدًا، Shift+F الكل، F8 التالي)</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="121"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="123"/>
        <source>Stop reading the corpus for names (Esc)</source>
        <translation>إيقاف قراءة المدونة بحثًا عن الأسماء (Esc)</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="125"/>
        <source>Read again</source>
        <translation>اقرأ من جديد</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="172"/>
        <source>Next Name Inconsistency</source>
        <translation>عدم الاتساق التالي في الأسماء</translation>
    </message>
    <message>
        <location filename="../../names/layout.py" line="176"/>
        <source>Names &amp;Pane</source>
        <translation>&amp;لوحة الأسماء</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="140"/>
        <source>Reading names…</source>
        <translation>جارٍ قراءة الأسماء…</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="164"/>
        <source>The names are being read again; try in a moment.</source>
        <translation>تُقرأ الأسماء من جديد؛ حاول بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="180"/>
        <source>Names not read (cancelled).</source>
        <translation>لم تُقرأ الأسماء (أُلغيت القراءة).</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="232"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="232"/>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="233"/>
        <source>Places</source>
        <translation>المواضع</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="233"/>
        <source>To fix</source>
        <translation>للتصحيح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../names/pane.py" line="228"/>
        <source>%n name(s)</source>
        <translation>
            <numerusform>لا أسماء</numerusform>
            <numerusform>اسم واحد</numerusform>
            <numerusform>اسمان</numerusform>
            <numerusform>%n أسماء</numerusform>
            <numerusform>%n اسمًا</numerusform>
            <numerusform>%n اسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../names/pane.py" line="229"/>
        <source>%n to fix</source>
        <translation>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../names/pane.py" line="246"/>
        <source>… %n more (F8 and Shift+F reach them)</source>
        <translation>
            <numerusform>… %n غيرها (يصل إليها F8 وShift+F)</numerusform>
            <numerusform>… %n غيرها (يصل إليها F8 وShift+F)</numerusform>
            <numerusform>… %n غيرها (يصل إليها F8 وShift+F)</numerusform>
            <numerusform>… %n غيرها (يصل إليها F8 وShift+F)</numerusform>
            <numerusform>… %n غيرها (يصل إليها F8 وShift+F)</numerusform>
            <numerusform>… %n غيرها (يصل إليها F8 وShift+F)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../names/pane.py" line="273"/>
        <source>%n in the corpus</source>
        <translation>
            <numerusform>%n في المدونة</numerusform>
            <numerusform>%n في المدونة</numerusform>
            <numerusform>%n في المدونة</numerusform>
            <numerusform>%n في المدونة</numerusform>
            <numerusform>%n في المدونة</numerusform>
            <numerusform>%n في المدونة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="291"/>
        <source>%1, bead %2</source>
        <translation>%1، الزوج %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../names/pane.py" line="296"/>
        <source>… %n more</source>
        <translation>
            <numerusform>… %n غيرها</numerusform>
            <numerusform>… %n غيرها</numerusform>
            <numerusform>… %n غيرها</numerusform>
            <numerusform>… %n غيرها</numerusform>
            <numerusform>… %n غيرها</numerusform>
            <numerusform>… %n غيرها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="322"/>
        <source>Spell %1 “%2” in %3</source>
        <translation>كتابة %1 «%2» في %3</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="330"/>
        <source>Follow %1 in %2</source>
        <translation>اتباع نظام %1 في %2</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="339"/>
        <source>Make %1 a %2</source>
        <translation>تصنيف %1 على أنه %2</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="362"/>
        <source>Nothing new to propose.</source>
        <translation>لا جديد يُقترح.</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="368"/>
        <source>Add %1 register proposals</source>
        <translation>إضافة %1 من مقترحات السجل</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="386"/>
        <location filename="../../names/pane.py" line="411"/>
        <source>Write “%1” for “%2”</source>
        <translation>كتابة «%1» بدل «%2»</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="398"/>
        <location filename="../../names/pane.py" line="424"/>
        <source>No inconsistent spellings.</source>
        <translation>لا كتابات غير متسقة.</translation>
    </message>
    <message>
        <location filename="../../names/pane.py" line="410"/>
        <source>Fix %1 name spellings</source>
        <translation>تصحيح كتابة %1 من الأسماء</translation>
    </message>
    <message>
        <location filename="../../names/proposing.py" line="31"/>
        <source>Finding names to propose</source>
        <translation>البحث عن أسماء لاقتراحها</translation>
    </message>
</context>
<context>
    <name>NamesScan</name>
    <message>
        <location filename="../../names/scan.py" line="92"/>
        <source>Reading the names of the corpus</source>
        <translation>قراءة أسماء المدونة</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../alignment/notice.py" line="21"/>
        <source>These two texts do not look like translations of each other: they were aligned in comparable mode, and only sentence pairs that match became beads.</source>
        <translation>لا يبدو أن أحد هذين النصين ترجمة للآخر: حوذيا في وضع النصوص المتقاربة، فلم تصر أزواجاً إلا الجمل المتطابقة.</translation>
    </message>
    <message>
        <location filename="../../alignment/notice.py" line="24"/>
        <source>The alignment is unsure of its path near source sentence {sentence} (few rare words to anchor on, or a passage missing on one side): check the beads there.</source>
        <translation>المحاذاة غير واثقة من مسارها قرب جملة المصدر {sentence} (قلة الكلمات النادرة التي يُستند إليها، أو مقطع ناقص في أحد الجانبين): راجع الأزواج هناك.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../opening.py" line="25"/>
        <location filename="../../opening.py" line="55"/>
        <location filename="../../opening.py" line="58"/>
        <source>Cannot open corpus</source>
        <translation>تعذّر فتح المدونة</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="26"/>
        <source>{path}: no such file.</source>
        <translation>{path}: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="33"/>
        <source>Corpus in use</source>
        <translation>المدونة قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="33"/>
        <source>Another Dragoman is editing this corpus. Open it read-only?</source>
        <translation>نسخة أخرى من ترجمان تحرر هذه المدونة. أتفتحها للقراءة فقط؟</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="40"/>
        <source>Corpus cannot be written</source>
        <translation>لا يمكن الكتابة في المدونة</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="41"/>
        <source>Open it read-only? You can read, find and export, but not edit.</source>
        <translation>أتفتحها للقراءة فقط؟ يمكنك القراءة والبحث والتصدير، لا التحرير.</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="46"/>
        <source>Corpus from a newer Dragoman</source>
        <translation>مدونة من إصدار أحدث من ترجمان</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="47"/>
        <source>This corpus was written by a newer version of Dragoman; update Dragoman to open it. The file was not changed.</source>
        <translation>كُتبت هذه المدونة بإصدار أحدث من ترجمان؛ حدّث ترجمان لفتحها. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="52"/>
        <source>Not a Dragoman corpus</source>
        <translation>ليست مدونة ترجمان</translation>
    </message>
    <message>
        <location filename="../../opening.py" line="58"/>
        <source>{path}: cannot be opened ({error})</source>
        <translation>{path}: تعذّر فتحها ({error})</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../annotation/preview.py" line="43"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../annotation/preview.py" line="43"/>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <location filename="../../annotation/preview.py" line="43"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../annotation/preview.py" line="44"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../annotation/preview.py" line="53"/>
        <source>bead {bead}, {bitext}</source>
        <translation>الزوج {bead}، {bitext}</translation>
    </message>
    <message>
        <location filename="../../annotation/preview.py" line="56"/>
        <source>sentence {sentence}, {document}</source>
        <translation>الجملة {sentence}، {document}</translation>
    </message>
    <message>
        <location filename="../../annotation/preview.py" line="72"/>
        <source>&amp;Write Ticked</source>
        <translation>ا&amp;كتب المؤشَّر عليه</translation>
    </message>
    <message>
        <location filename="../../annotation/preview.py" line="76"/>
        <source>{n} entities. Space ticks or unticks the selected rows (Ctrl+A selects all); Enter writes the ticked ones as one undoable edit.</source>
        <translation>{n} من الكيانات. مفتاح المسافة يؤشّر على الصفوف المحددة أو يزيل التأشير (Ctrl+A يحدد الكل)؛ و‏Enter يكتب المؤشَّر عليه تعديلًا واحدًا يمكن التراجع عنه.</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <location filename="../../names/proposals_dialog.py" line="17"/>
        <source>entities</source>
        <translation>الكيانات الموسومة</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="18"/>
        <source>matcher</source>
        <translation>مطابقة الأسماء</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="19"/>
        <source>register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="29"/>
        <source>Register proposals</source>
        <translation>مقترحات السجل</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="32"/>
        <source>Keep the proposals that are right (Space toggles), then add them: one step, Undo takes it back.</source>
        <translation>أبقِ المقترحات الصحيحة (Space للتبديل)، ثم أضفها: خطوة واحدة، والتراجع يعيدها.</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="37"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="37"/>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="37"/>
        <source>Spellings</source>
        <translation>الكتابات</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="38"/>
        <source>Seen</source>
        <translation>مرات الورود</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="38"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="43"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="46"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../names/proposals_dialog.py" line="59"/>
        <source>Add checked</source>
        <translation>إضافة المحدد</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../annotation/bulk.py" line="63"/>
        <source>A gazetteer is a list of names: a TSV file with name&lt;TAB&gt;LABEL on each line, or a TBX glossary whose entries carry a label (subjectField). Its names become suggestions.</source>
        <translation>معجم الأعلام قائمة أسماء: ملف TSV في كل سطر منه اسم ثم Tab ثم وسمه (PER أو LOC…)، أو مسرد TBX تحمل مداخله وسمًا في حقل الموضوع. تصير أسماؤه اقتراحات.</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="69"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;تصفح…</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="78"/>
        <source>&amp;This bitext ({name})</source>
        <translation>&amp;هذا النص الثنائي ({name})</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="79"/>
        <source>The whole &amp;corpus ({n} bitexts)</source>
        <translation>المدوّنة &amp;كلها ({n} من النصوص الثنائية)</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="104"/>
        <source>Gazetteer</source>
        <translation>معجم الأعلام</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="105"/>
        <source>Gazetteers (*.tsv *.txt *.tbx);;All files (*)</source>
        <translation>معاجم الأعلام (*.tsv *.txt *.tbx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotation/bulk.py" line="113"/>
        <source>Choose a gazetteer file (.tsv or .tbx).</source>
        <translation>اختر ملف معجم أعلام (‎.tsv أو ‎.tbx).</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="30"/>
        <source>Edit Sentence</source>
        <translation>تحرير الجملة</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="40"/>
        <source>Excluded (boilerplate: kept, not aligned)</source>
        <translation>مستبعدة (حشو: محفوظة، غير محاذاة)</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="42"/>
        <source>&amp;Save Text</source>
        <translation>&amp;حفظ النص</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="43"/>
        <source>S&amp;plit at Cursor</source>
        <translation>&amp;تقسيم عند المؤشر</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="44"/>
        <source>&amp;Merge With Next Sentence</source>
        <translation>&amp;دمج مع الجملة التالية</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="45"/>
        <source>Save the edited text (Ctrl+S)</source>
        <translation>حفظ النص المحرر (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="46"/>
        <source>Split the sentence where the cursor is (Ctrl+K)</source>
        <translation>تقسيم الجملة عند موضع المؤشر (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="47"/>
        <source>Join this sentence and the next one (Ctrl+M)</source>
        <translation>وصل هذه الجملة بالتالية (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="88"/>
        <source>This side of the bead is empty.</source>
        <translation>هذا الجانب من الزوج فارغ.</translation>
    </message>
    <message>
        <location filename="../../dialogs/segment_editor.py" line="102"/>
        <source>Sentence id {id}, position {position}, paragraph {paragraph}</source>
        <translation>الجملة {id}، الموضع {position}، الفقرة {paragraph}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../dialogs/shortcuts_dialog.py" line="17"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts_dialog.py" line="21"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts_dialog.py" line="21"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../dialogs/shortcuts_dialog.py" line="42"/>
        <source>Click a shortcut and press the new keys.</source>
        <translation>انقر اختصارًا واضغط المفاتيح الجديدة.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../jobs/workers.py" line="77"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../jobs/workers.py" line="153"/>
        <source>Unexpected error:</source>
        <translation>خطأ غير متوقع:</translation>
    </message>
</context>
</TS>
