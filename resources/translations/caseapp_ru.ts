<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../caseapp/gui/help.py" line="75" />
      <source>About CaseApp</source>
      <translation>О программе CaseApp</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/help.py" line="91" />
      <source>&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Offline case tracking for groups that defend political detainees.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data folder (database, backups, settings):&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Учёт дел без интернета для групп, защищающих политических заключённых.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU GPL версии 3 или более поздней.&lt;/p&gt;&lt;p&gt;Папка ваших данных (база, резервные копии, настройки):&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/help.py" line="100" />
      <source>&lt;p&gt;CaseApp carries these components, each under its own licence:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th&gt;Component&lt;/th&gt;&lt;th&gt;Licence&lt;/th&gt;&lt;th&gt;Where&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;&lt;p&gt;Qt and PySide6 are used as shared libraries under the LGPL version 3: you may replace them with your own build of the same version.&lt;/p&gt;</source>
      <translation>&lt;p&gt;CaseApp содержит эти компоненты, каждый под своей лицензией:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th&gt;Компонент&lt;/th&gt;&lt;th&gt;Лицензия&lt;/th&gt;&lt;th&gt;Где&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;&lt;p&gt;Qt и PySide6 используются как разделяемые библиотеки по лицензии LGPL версии 3: вы можете заменить их своей сборкой той же версии.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>ActionDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="51" />
      <source>Action details</source>
      <translation>Сведения об акции</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="52" />
      <source>Mark as D&amp;one</source>
      <translation>Отметить как &amp;выполненную</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="53" />
      <source>Set the status of this planned action to done</source>
      <translation>Перевести запланированную акцию в статус «выполнено»</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="54" />
      <source>&amp;Edit Action…</source>
      <translation>&amp;Изменить акцию…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="67" />
      <source>Select an action in the list to see who it is for and how it went.</source>
      <translation>Выберите акцию в списке, чтобы увидеть, в поддержку кого она и чем закончилась.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="72" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="73" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="74" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="75" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="76" />
      <source>Follow up</source>
      <translation>Напомнить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="77" />
      <source>Responsible</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="78" />
      <source>Outcome</source>
      <translation>Итог</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="82" />
      <source>For</source>
      <translation>В поддержку</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="83" />
      <source>Cases</source>
      <translation>Дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="84" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="85" />
      <source>Reply</source>
      <translation>Ответ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="86" />
      <source>Letter sent</source>
      <translation>Отправленное письмо</translation>
    </message>
    <message>
      <source>Mark Action Done</source>
      <translation type="vanished">Отметка о выполнении акции</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="100" />
      <source>Marked as done.</source>
      <translation>Отмечено как выполненное.</translation>
    </message>
  </context>
  <context>
    <name>ActionDialog</name>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="48" />
      <source>New Campaign Action</source>
      <translation>Новая акция кампании</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="50" />
      <source>Edit Campaign Action</source>
      <translation>Изменение акции кампании</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="62" />
      <source>e.g. Letter to the prosecutor general</source>
      <translation>напр. Письмо генеральному прокурору</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="65" />
      <source>When it must be done; planned actions past this date are shown as overdue</source>
      <translation>Когда её нужно выполнить; запланированные акции после этой даты считаются просроченными</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="70" />
      <source>When to check for a reply or write again</source>
      <translation>Когда проверить, пришёл ли ответ, или написать снова</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="72" />
      <source>What the addressee answered</source>
      <translation>Что ответил адресат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="76" />
      <source>Linked persons</source>
      <translation>Связанные люди</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="77" />
      <source>Type a name to link a person</source>
      <translation>Введите имя, чтобы привязать человека</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="79" />
      <source>Linked cases</source>
      <translation>Связанные дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="80" />
      <source>Type a case number or title to link a case</source>
      <translation>Введите номер или название дела, чтобы привязать его</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="85" />
      <source>&amp;Kind:</source>
      <translation>&amp;Вид:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="85" />
      <source>&amp;Title:</source>
      <translation>&amp;Название:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="86" />
      <source>&amp;Date:</source>
      <translation>&amp;Дата:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="86" />
      <source>D&amp;ue:</source>
      <translation>&amp;Срок:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="87" />
      <source>&amp;Status:</source>
      <translation>С&amp;татус:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="88" />
      <source>&amp;Outcome:</source>
      <translation>&amp;Итог:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="89" />
      <source>&amp;Follow up:</source>
      <translation>&amp;Напомнить:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="90" />
      <source>Rep&amp;ly:</source>
      <translation>&amp;Ответ:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="91" />
      <source>&amp;Responsible:</source>
      <translation>&amp;Ответственный:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="92" />
      <source>&amp;Notes:</source>
      <translation>&amp;Заметки:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="93" />
      <source>&amp;Persons:</source>
      <translation>&amp;Люди:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="94" />
      <source>&amp;Cases:</source>
      <translation>Д&amp;ела:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="126" />
      <source>Give the action a title</source>
      <translation>Укажите название акции</translation>
    </message>
    <message>
      <source>Edit Action</source>
      <translation type="vanished">Изменение акции</translation>
    </message>
  </context>
  <context>
    <name>ActionListView</name>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="38" />
      <source>Search titles and the persons actions are for…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation>Поиск по названиям и людям, в поддержку которых акции…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="39" />
      <source>Search actions</source>
      <translation>Поиск акций</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="39" />
      <source>Campaign actions</source>
      <translation>Акции кампании</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="40" />
      <source>Number of actions listed</source>
      <translation>Число акций в списке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="46" />
      <source>All statuses</source>
      <translation>Все статусы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="47" />
      <source>Show actions with status</source>
      <translation>Показать акции со статусом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="48" />
      <source>All kinds</source>
      <translation>Все виды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="49" />
      <source>Show actions of kind</source>
      <translation>Показать акции вида</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="50" />
      <source>From</source>
      <translation>С даты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="51" />
      <source>Actions on or after this date</source>
      <translation>Акции в эту дату или позже</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="52" />
      <source>Until</source>
      <translation>По дату</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="53" />
      <source>Actions on or before this date</source>
      <translation>Акции в эту дату или раньше</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="54" />
      <source>D&amp;ue or overdue</source>
      <translation>&amp;Срок подошёл или истёк</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="55" />
      <source>Only planned actions whose due date is today or past</source>
      <translation>Только запланированные акции, срок которых сегодня или уже прошёл</translation>
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Date</source>
      <extracomment>Tables whose changes can alter which actions are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Action</source>
      <translation>Акция</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>For</source>
      <translation>В поддержку</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Responsible</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="87" />
      <source>{date} (overdue)</source>
      <translation>{date} (просрочено)</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="27" />
      <source>&amp;New Action…</source>
      <translation>&amp;Новая акция…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="27" />
      <source>Log a letter, petition, picket or appeal (Ctrl+N)</source>
      <translation>Записать письмо, петицию, пикет или обращение (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="32" />
      <location filename="../../caseapp/gui/pages.py" line="49" />
      <source>Actions</source>
      <translation>Акции</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="42" />
      <source>the action</source>
      <translation>акция</translation>
    </message>
  </context>
  <context>
    <name>AddresseeBookDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="85" />
      <source>Addressee Book</source>
      <translation>Адресная книга</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="87" />
      <source>Addressees</source>
      <translation>Адресаты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="89" />
      <source>&amp;Add…</source>
      <translation>&amp;Добавить…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="90" />
      <source>&amp;Edit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="91" />
      <source>&amp;Remove</source>
      <translation>&amp;Удалить</translation>
    </message>
  </context>
  <context>
    <name>AddresseeDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="40" />
      <source>New Addressee</source>
      <translation>Новый адресат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="41" />
      <source>Edit Addressee</source>
      <translation>Изменить адресата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="45" />
      <source>&amp;Name:</source>
      <translation>&amp;Имя:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="47" />
      <source>&amp;Title:</source>
      <translation>&amp;Должность:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="50" />
      <source>&amp;Postal address:</source>
      <translation>&amp;Почтовый адрес:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="52" />
      <source>&amp;E-mail:</source>
      <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="55" />
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="57" />
      <source>&amp;Salutation:</source>
      <translation>&amp;Обращение:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="58" />
      <source>e.g. Ambassador</source>
      <translation>например, Посол</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="59" />
      <source>e.g. Your Excellency,</source>
      <translation>например, Ваше Превосходительство!</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../caseapp/gui/app.py" line="147" />
      <source>Creating the demo database…</source>
      <extracomment>What exchange bundles are called (caseapp bundle export, the desktop files' MIME type).</extracomment>
      <translation>Создание демонстрационной базы данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/app.py" line="148" />
      <source>Demo database ready: every person in it is fictional.</source>
      <translation>Демонстрационная база готова: все люди в ней вымышлены.</translation>
    </message>
  </context>
  <context>
    <name>ArticleLabels</name>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="21" />
      <source>Create new person</source>
      <extracomment>Decision values as PersonProposal.decision stores them.</extracomment>
      <translation>Создать нового человека</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="22" />
      <source>Link to existing person</source>
      <translation>Связать с имеющимся человеком</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="23" />
      <source>Reject</source>
      <translation>Отклонить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="26" />
      <source>detainee</source>
      <translation>задержанный</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="27" />
      <source>lawyer</source>
      <translation>адвокат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="28" />
      <source>relative</source>
      <translation>родственник</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="29" />
      <source>activist</source>
      <translation>активист</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="30" />
      <source>judge</source>
      <translation>судья</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="31" />
      <source>official</source>
      <translation>должностное лицо</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="32" />
      <source>journalist</source>
      <translation>журналист</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="33" />
      <source>other</source>
      <translation>другое</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="36" />
      <source>detention</source>
      <translation>задержание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="37" />
      <source>charge</source>
      <translation>обвинение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="38" />
      <source>hearing</source>
      <translation>заседание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="39" />
      <source>sentence</source>
      <translation>приговор</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="40" />
      <source>release</source>
      <translation>освобождение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="41" />
      <source>protest</source>
      <translation>протест</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="42" />
      <source>statement</source>
      <translation>заявление</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="43" />
      <source>other event</source>
      <translation>другое событие</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="47" />
      <source>a detention of this kind</source>
      <extracomment>What the import makes of an event (core.article_events.planned_record).</extracomment>
      <translation>задержание этого вида</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="49" />
      <source>a hearing</source>
      <translation>заседание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="53" />
      <source>an event reported by the source</source>
      <translation>событие из источника</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="57" />
      <source>not custody</source>
      <extracomment>Custody kinds of an event (Event.detention_kind); "" is none.</extracomment>
      <translation>не лишение свободы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="58" />
      <source>police detention (hours)</source>
      <translation>задержание полицией (часы)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="59" />
      <source>administrative arrest (days)</source>
      <translation>административный арест (сутки)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="60" />
      <source>pre-trial detention</source>
      <translation>содержание под стражей (СИЗО)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="61" />
      <source>house arrest</source>
      <translation>домашний арест</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="65" />
      <source>none</source>
      <extracomment>Changes of an existing sentence (Event.sentence_change); "" is none.</extracomment>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="66" />
      <source>parole</source>
      <translation>условно-досрочное освобождение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="67" />
      <source>pardon</source>
      <translation>помилование</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="68" />
      <source>commuted sentence</source>
      <translation>смягчение наказания</translation>
    </message>
    <message>
      <source>a detention</source>
      <extracomment>What each event kind becomes in the database when the import is applied.</extracomment>
      <translation type="vanished">задержание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="48" />
      <source>a case and a charge</source>
      <translation>дело и обвинение</translation>
    </message>
    <message>
      <source>a hearing (when the day is known)</source>
      <translation type="vanished">заседание (если известен день)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="50" />
      <source>a sentence</source>
      <translation>приговор</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="51" />
      <source>a change to the stored sentence</source>
      <translation>изменение сохранённого приговора</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="52" />
      <source>the end of an open detention</source>
      <translation>окончание текущего задержания</translation>
    </message>
    <message>
      <source>a campaign action (picket)</source>
      <translation type="vanished">акция кампании (пикет)</translation>
    </message>
    <message>
      <source>a campaign action (statement)</source>
      <translation type="vanished">акция кампании (заявление)</translation>
    </message>
    <message>
      <source>a campaign action</source>
      <translation type="vanished">акция кампании</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="71" />
      <source>same name</source>
      <translation>то же имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="72" />
      <source>same name in another script</source>
      <translation>то же имя в другом алфавите</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="73" />
      <source>similar spelling</source>
      <translation>похожее написание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="76" />
      <source>day</source>
      <translation>день</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="77" />
      <source>month</source>
      <translation>месяц</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="78" />
      <source>year</source>
      <translation>год</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="83" />
      <source>city</source>
      <extracomment>Kinds the gazetteer and organisation finder give in English; others are words of the article's own language ("көше", "район") and are shown as written.</extracomment>
      <translation>город</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="84" />
      <source>country</source>
      <translation>страна</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="85" />
      <source>region</source>
      <translation>регион</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="86" />
      <source>place</source>
      <translation>место</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="87" />
      <source>street</source>
      <translation>улица</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="88" />
      <source>court</source>
      <translation>суд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="89" />
      <source>club</source>
      <translation>клуб</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="90" />
      <source>known organisation</source>
      <translation>известная организация</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="91" />
      <source>organisation</source>
      <translation>организация</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="94" />
      <source>Detect automatically</source>
      <translation>Определить автоматически</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="95" />
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="96" />
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="97" />
      <source>English</source>
      <translation>Английский</translation>
    </message>
  </context>
  <context>
    <name>ArticlePicker</name>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="67" />
      <source>Article number or words of its title</source>
      <translation>Номер статьи или слова из её названия</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="84" />
      <source>Choose “{text}” from the list of matching articles</source>
      <translation>Выберите «{text}» из списка подходящих статей</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="133" />
      <source>Matching articles</source>
      <translation>Подходящие статьи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="46" />
      <source>Adm. {article}</source>
      <translation>КоАП {article}</translation>
    </message>
    <message>
      <source>No article in the list matches “{text}”</source>
      <translation type="vanished">Ни одна статья в списке не подходит под «{text}»</translation>
    </message>
  </context>
  <context>
    <name>ArticleSummary</name>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="112" />
      <source>As written</source>
      <extracomment>Any column: the row's spans (start, end) in the article text.</extracomment>
      <translation>Как в тексте</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="113" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="114" />
      <source>Precision</source>
      <translation>Точность</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="122" />
      <source>{date} (counted from the publication date)</source>
      <translation>{date} (отсчитано от даты публикации)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="130" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="131" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="132" />
      <source>Mentions</source>
      <translation>Упоминания</translation>
    </message>
    <message>
      <source>Event</source>
      <translation type="vanished">Событие</translation>
    </message>
    <message>
      <source>Place</source>
      <translation type="vanished">Место</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation type="vanished">Люди</translation>
    </message>
    <message>
      <source>Details</source>
      <translation type="vanished">Подробности</translation>
    </message>
    <message>
      <source>Will be stored as</source>
      <translation type="vanished">Будет сохранено как</translation>
    </message>
    <message>
      <source>term: {term}</source>
      <translation type="vanished">срок: {term}</translation>
    </message>
    <message>
      <source>article {number}</source>
      <translation type="vanished">статья {number}</translation>
    </message>
  </context>
  <context>
    <name>ArticleView</name>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="120" />
      <source>Person</source>
      <extracomment>Drawing order: later layers paint over earlier ones where spans overlap. (background, text colour) per kind; dark text on light colours reads in any theme.</extracomment>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="121" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="122" />
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="123" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="124" />
      <source>Event sentence</source>
      <translation>Предложение с событием</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="125" />
      <source>Selected</source>
      <translation>Выбрано</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="141" />
      <source>Highlight colours</source>
      <translation>Цвета выделения</translation>
    </message>
  </context>
  <context>
    <name>AskPassphraseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="38" />
      <source>Encrypted Database</source>
      <translation>Зашифрованная база данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="39" />
      <source>{name} is encrypted. Type its passphrase to open it.</source>
      <translation>{name} зашифрован. Введите пароль, чтобы открыть его.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="44" />
      <source>Passphrase</source>
      <translation>Пароль</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="47" />
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="50" />
      <source>Backups</source>
      <translation>Резервные копии</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="61" />
      <source>&amp;Back Up Now</source>
      <translation>Резервная &amp;копия сейчас</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="63" />
      <source>&amp;Restore…</source>
      <translation>&amp;Восстановить…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="65" />
      <source>Replace With &amp;Fresh Backup…</source>
      <translation>Заменить &amp;свежей копией…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="79" />
      <source>Backups of {name}, newest first, in {folder}. caseapp makes one each day the file is opened and keeps the newest {count}.</source>
      <translation>Резервные копии {name}, сначала новые, в папке {folder}. caseapp делает копию каждый день, когда файл открывают, и хранит {count} последних.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="125" />
      <source>The backup of {date} is damaged or cannot be read with this file's passphrase; it cannot be restored. Choose another.</source>
      <translation>Копия от {date} повреждена или не читается с паролем этого файла; её нельзя восстановить. Выберите другую.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="133" />
      <source>Restore Backup</source>
      <translation>Восстановление из копии</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="134" />
      <source>Replace {name} with the backup of {date}?</source>
      <translation>Заменить {name} копией от {date}?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="136" />
      <source>The file as it is now is backed up first, so you can go back to it. Changes made after {date} are then only in that backup.</source>
      <translation>Сначала делается резервная копия файла в нынешнем виде, чтобы к нему можно было вернуться. Изменения, сделанные после {date}, останутся только в этой копии.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="139" />
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="150" />
      <source>Replace With Fresh Backup</source>
      <translation>Замена свежей копией</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="151" />
      <source>Make a fresh backup and delete the %n older one(s)?</source>
      <translation>
        <numerusform>Сделать свежую копию и удалить %n старую?</numerusform>
        <numerusform>Сделать свежую копию и удалить %n старые?</numerusform>
        <numerusform>Сделать свежую копию и удалить %n старых?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="152" />
      <source>Do this after deleting records for good, or after encrypting the file: older backups still hold the deleted records, or the data unencrypted. Deleted backups cannot be restored.</source>
      <translation>Сделайте это после окончательного удаления записей или после шифрования файла: старые копии всё ещё содержат удалённые записи или данные без шифрования. Удалённые копии восстановить нельзя.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="155" />
      <source>Replace Backups</source>
      <translation>Заменить копии</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="160" />
      <source>Replaced %n older backup(s) with one fresh backup.</source>
      <translation>
        <numerusform>%n старая резервная копия заменена одной свежей.</numerusform>
        <numerusform>%n старые резервные копии заменены одной свежей.</numerusform>
        <numerusform>%n старых резервных копий заменены одной свежей.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Made</source>
      <translation>Создана</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Persons</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Encryption</source>
      <translation>Шифрование</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="55" />
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="82" />
      <source>Encrypted</source>
      <translation>Зашифрована</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="82" />
      <source>Plain</source>
      <translation>Без шифрования</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="83" />
      <source>Sound</source>
      <translation>Исправна</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="83" />
      <source>Damaged or unreadable</source>
      <translation>Повреждена или не читается</translation>
    </message>
  </context>
  <context>
    <name>BaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/forms.py" line="186" />
      <source>Saved: {step}. Undo reverts it.</source>
      <translation>Сохранено: {step}. «Отменить» вернёт как было.</translation>
    </message>
  </context>
  <context>
    <name>BriefScope</name>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="28" />
      <source>With the &amp;tag</source>
      <translation>С &amp;тегом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="30" />
      <source>Tag</source>
      <translation>Тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="31" />
      <source>With the s&amp;tatus</source>
      <translation>Со &amp;статусом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="34" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="36" />
      <source>Selected in the window (%n person(s))</source>
      <translation>
        <numerusform>Выбранные в окне (%n человек)</numerusform>
        <numerusform>Выбранные в окне (%n человека)</numerusform>
        <numerusform>Выбранные в окне (%n человек)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="65" />
      <source>With the &amp;tag (no tags yet)</source>
      <translation>С &amp;тегом (тегов пока нет)</translation>
    </message>
  </context>
  <context>
    <name>BundleExchange</name>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="39" />
      <source>Export Bundle</source>
      <translation>Экспорт пакета</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="40" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="76" />
      <source>caseapp bundles ({pattern})</source>
      <translation>пакеты caseapp ({pattern})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="52" />
      <source>Wrote {count} records to {path}</source>
      <translation>Записано записей: {count} в {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="57" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="62" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="68" />
      <source>Bundle Passphrase</source>
      <translation>Парольная фраза пакета</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="58" />
      <source>This database is encrypted, so the bundle is too. Passphrase for the bundle (tell it to your colleague another way):</source>
      <translation>Эта база зашифрована, поэтому пакет тоже. Парольная фраза для пакета (сообщите её коллеге другим путём):</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="63" />
      <source>The same passphrase again:</source>
      <translation>Та же парольная фраза ещё раз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="69" />
      <source>The two passphrases differ; nothing was written.</source>
      <translation>Парольные фразы различаются; ничего не записано.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="75" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="98" />
      <source>Import Bundle</source>
      <translation>Импорт пакета</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="93" />
      <source>{name}: {created} new, {updated} changed, {unchanged} unchanged, {conflicts} changed on both sides, {skipped} skipped. Import it? Undo takes it back.</source>
      <translation>{name}: новых {created}, изменено {updated}, без изменений {unchanged}, изменено с обеих сторон {conflicts}, пропущено {skipped}. Импортировать? Отмена вернёт всё назад.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="106" />
      <source>Imported the bundle: {created} new, {updated} changed</source>
      <translation>Пакет импортирован: новых {created}, изменено {updated}</translation>
    </message>
  </context>
  <context>
    <name>CandidateCard</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="53" />
      <source>born {date}</source>
      <translation>род. {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="55" />
      <source>match {score} of 100: {reason}</source>
      <translation>совпадение {score} из 100: {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="65" />
      <source>No other names recorded</source>
      <translation>Других имён не записано</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="67" />
      <source>Also known as:</source>
      <translation>Также известен как:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="72" />
      <source>No cases recorded</source>
      <translation>Дел не записано</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="75" />
      <source>Cases:</source>
      <translation>Дела:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="80" />
      <source>Art. {article}</source>
      <translation>Ст. {article}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="84" />
      <source>(no number)</source>
      <translation>(без номера)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="91" />
      <source>{facility}, since {start}</source>
      <translation>{facility}, с {start}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="95" />
      <source>{facility}, {start} – {end}</source>
      <translation>{facility}, {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="98" />
      <source>Last detention:</source>
      <translation>Последнее задержание:</translation>
    </message>
  </context>
  <context>
    <name>CandidatePanel</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="51" />
      <source>&amp;Link to This Person</source>
      <extracomment>the row's link was proposed and waits for a check</extracomment>
      <translation>&amp;Связать с этим человеком</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="52" />
      <source>Create &amp;New</source>
      <translation>Создать &amp;нового</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="53" />
      <source>&amp;Reject</source>
      <translation>&amp;Отклонить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="60" />
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="103" />
      <source>Who is this in the database?</source>
      <translation>Кто это в базе данных?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="61" />
      <source>Possible matches</source>
      <translation>Возможные совпадения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="63" />
      <source>Possible matches in the database</source>
      <translation>Возможные совпадения в базе данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="75" />
      <source>Details of the selected match</source>
      <translation>Сведения о выбранном совпадении</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="78" />
      <source>Add this spelling to the selected record</source>
      <translation>Добавить это написание к выбранной записи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="80" />
      <source>Create a new person with this name</source>
      <translation>Создать нового человека с этим именем</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="82" />
      <source>Do not import this name</source>
      <translation>Не импортировать это имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="102" />
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="120" />
      <source>Who is “{name}” in the database?</source>
      <translation>Кто такой «{name}» в базе данных?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="115" />
      <source>Select a person on the left.</source>
      <translation>Выберите человека слева.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="116" />
      <source>Nobody in the database has a similar name: this person will be created new unless you reject the name.</source>
      <translation>В базе данных нет никого с похожим именем: этот человек будет создан заново, если вы не отклоните имя.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="158" />
      <source>Reading…</source>
      <translation>Чтение…</translation>
    </message>
  </context>
  <context>
    <name>CandidatesModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Person</source>
      <extracomment>Any column: the candidate's uid.</extracomment>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Score</source>
      <translation>Балл</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Why</source>
      <translation>Почему</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="70" />
      <source>The person is linked to this record</source>
      <translation>Человек связан с этой записью</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/cases/detail_pane.py" line="31" />
      <source>Case details</source>
      <translation>Сведения о деле</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_pane.py" line="43" />
      <source>Select a case in the list to see its parties, charges, PACE criteria and hearings here.</source>
      <translation>Выберите дело в списке, чтобы увидеть здесь его участников, обвинения, критерии ПАСЕ и заседания.</translation>
    </message>
  </context>
  <context>
    <name>CaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="85" />
      <source>New Case</source>
      <extracomment>Fields named in Invalid errors → the section (tab) that shows them. Jurisdictions whose codes ship; a case in another one searches all of them.</extracomment>
      <translation>Новое дело</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="85" />
      <source>Edit Case</source>
      <translation>Изменение дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="94" />
      <source>Case &amp;number:</source>
      <translation>Номер де&amp;ла:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="95" />
      <source>&amp;Title:</source>
      <translation>&amp;Название:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="96" />
      <source>e.g. Protest in Zhanaozen</source>
      <translation>напр. Протест в Жанаозене</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="97" />
      <source>&amp;Jurisdiction:</source>
      <translation>&amp;Юрисдикция:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="99" />
      <source>&amp;Opened:</source>
      <translation>&amp;Возбуждено:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="100" />
      <source>&amp;Status:</source>
      <translation>&amp;Статус:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="104" />
      <source>Parties, charges and more</source>
      <translation>Участники, обвинения и прочее</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="105" />
      <source>Person</source>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="105" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="106" />
      <source>&amp;Add Party</source>
      <translation>&amp;Добавить участника</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="106" />
      <source>parties</source>
      <translation>участники</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="108" />
      <source>&amp;Parties</source>
      <translation>&amp;Участники</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Defendant</source>
      <translation>Обвиняемый</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Article</source>
      <translation>Статья</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Part</source>
      <translation>Часть</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Wording</source>
      <translation>Формулировка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="111" />
      <source>Add &amp;Charge</source>
      <translation>Добавить &amp;обвинение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="111" />
      <source>charges</source>
      <translation>обвинения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="113" />
      <source>C&amp;harges</source>
      <translation>Обв&amp;инения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="114" />
      <source>PACE &amp;1900</source>
      <translation>ПАСЕ &amp;1900</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="117" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="118" />
      <source>Not&amp;es</source>
      <translation>&amp;Заметки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="120" />
      <source>Ta&amp;gs</source>
      <translation>&amp;Теги</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="133" />
      <source>Why these criteria are met, with sources</source>
      <translation>Почему эти критерии выполнены, со ссылками на источники</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="134" />
      <source>Note on the PACE criteria</source>
      <translation>Заметка о критериях ПАСЕ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="217" />
      <source>Give the case number or a title</source>
      <translation>Укажите номер дела или название</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="223" />
      <source>Party {number}: {reason}</source>
      <translation>Участник {number}: {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="224" />
      <source>Charge {number}: {reason}</source>
      <translation>Обвинение {number}: {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="245" />
      <source>Charge {number}: the defendant is no longer a party</source>
      <translation>Обвинение {number}: обвиняемый больше не участник дела</translation>
    </message>
  </context>
  <context>
    <name>CaseListView</name>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="32" />
      <source>Search case numbers, titles, defendants…</source>
      <extracomment>Initial column widths in average character widths (besides the padding); the last column stretches.</extracomment>
      <translation>Поиск по номерам и названиям дел, обвиняемым…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="33" />
      <source>Find cases as you type (Ctrl+F)</source>
      <translation>Поиск дел по мере ввода (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="34" />
      <source>Search cases</source>
      <translation>Поиск дел</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="34" />
      <source>Cases</source>
      <translation>Дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="35" />
      <source>Number of cases listed</source>
      <translation>Число дел в списке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="73" />
      <source>Show cases with status</source>
      <translation>Показать дела со статусом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="74" />
      <source>All statuses</source>
      <translation>Все статусы</translation>
    </message>
  </context>
  <context>
    <name>CaseRenderer</name>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="42" />
      <source>(no number)</source>
      <translation>(без номера)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="47" />
      <source>opened {date}</source>
      <translation>возбуждено {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="56" />
      <source>Parties</source>
      <translation>Участники</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="60" />
      <source>Charges</source>
      <translation>Обвинения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="63" />
      <source>Art. {article}</source>
      <translation>Ст. {article}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="76" />
      <source>No criterion marked</source>
      <translation>Критерии не отмечены</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="78" />
      <source>PACE Resolution 1900 criteria met</source>
      <translation>Выполненные критерии резолюции ПАСЕ 1900</translation>
    </message>
  </context>
  <context>
    <name>CaseRows</name>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="82" />
      <source>as worded in the indictment</source>
      <translation>как в обвинительном акте</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="92" />
      <source>(choose)</source>
      <translation>(выберите)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="97" />
      <source>{name} (not a party)</source>
      <translation>{name} (не участник)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="121" />
      <source>Choose who is charged</source>
      <translation>Выберите, кому предъявлено обвинение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="125" />
      <source>Choose the article of the code</source>
      <translation>Выберите статью кодекса</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Number</source>
      <extracomment>Tables whose changes can alter which cases are listed or what a row shows. The columns the core can sort by (core/cases.py ``ids(sort=…)``).</extracomment>
      <translation>Номер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Defendants</source>
      <translation>Обвиняемые</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Articles</source>
      <translation>Статьи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="60" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="60" />
      <source>Opened</source>
      <translation>Возбуждено</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="37" />
      <source>&amp;New Case…</source>
      <translation>&amp;Новое дело…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="38" />
      <source>Enter a new case (Ctrl+N)</source>
      <translation>Внести новое дело (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="40" />
      <source>E&amp;dit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="41" />
      <source>Edit the selected case, its parties and charges (Enter)</source>
      <translation>Изменить выбранное дело, его участников и обвинения (Enter)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="45" />
      <source>Write &amp;Letter…</source>
      <translation>Написать &amp;письмо…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="46" />
      <source>An Urgent Action letter about the selected case's defendant</source>
      <translation>Срочное обращение по делу обвиняемого в выбранном деле</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="62" />
      <location filename="../../caseapp/gui/pages.py" line="47" />
      <source>Cases</source>
      <translation>Дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="76" />
      <source>The case has no defendant to write about.</source>
      <translation>В деле нет обвиняемого, о котором можно написать.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="94" />
      <source>case “{case}”</source>
      <translation>дело «{case}»</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="94" />
      <source>the case</source>
      <translation>дело</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="99" />
      <source>Saved case “{case}”.</source>
      <translation>Дело «{case}» сохранено.</translation>
    </message>
  </context>
  <context>
    <name>CitationDialog</name>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="62" />
      <source>That record is gone</source>
      <extracomment>Record kinds a citation can be made for from this dialog: table → finder.</extracomment>
      <translation>Этой записи больше нет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="77" />
      <source>New Citation</source>
      <translation>Новая цитата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="93" />
      <source>The source has no stored text</source>
      <translation>У источника нет сохранённого текста</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="99" />
      <source>Te&amp;xt:</source>
      <translation>&amp;Текст:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="100" />
      <source>&amp;Quote:</source>
      <translation>&amp;Цитата:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="101" />
      <source>Position:</source>
      <translation>Положение:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="114" />
      <source>Type a title to find the source</source>
      <translation>Введите название, чтобы найти источник</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="118" />
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="120" />
      <source>&amp;Source:</source>
      <translation>&amp;Источник:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="124" />
      <source>Person</source>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="125" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="127" />
      <source>Type a name or case number</source>
      <translation>Введите имя или номер дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="135" />
      <source>&amp;For:</source>
      <translation>&amp;Для:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="136" />
      <source>Record &amp;kind:</source>
      <translation>&amp;Вид записи:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="137" />
      <source>&amp;Record:</source>
      <translation>&amp;Запись:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="175" />
      <source>select the passage in the text above</source>
      <translation>выделите фрагмент в тексте выше</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="177" />
      <source>the quote is not in the stored text</source>
      <translation>цитаты нет в сохранённом тексте</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="179" />
      <source>characters {start}–{end}</source>
      <translation>символы {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="186" />
      <source>Choose the source from the list</source>
      <translation>Выберите источник из списка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="198" />
      <source>Choose the record from the list</source>
      <translation>Выберите запись из списка</translation>
    </message>
  </context>
  <context>
    <name>CitationModel</name>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Quote</source>
      <translation>Цитата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="95" />
      <source>person</source>
      <translation>человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="95" />
      <source>case</source>
      <translation>дело</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="96" />
      <source>hearing</source>
      <translation>заседание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="96" />
      <source>detention</source>
      <translation>задержание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="97" />
      <source>sentence</source>
      <translation>приговор</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="97" />
      <source>action</source>
      <translation>акция</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="98" />
      <source>charge</source>
      <translation>обвинение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="98" />
      <source>facility</source>
      <translation>учреждение</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="49" />
      <source>Exchange Conflicts</source>
      <translation>Конфликты обмена</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="51" />
      <source>Conflicts</source>
      <translation>Конфликты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="53" />
      <source>Keep &amp;Mine</source>
      <translation>Оставить &amp;моё</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="54" />
      <source>Take &amp;Theirs</source>
      <translation>Взять &amp;их</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="66" />
      <source>These fields were changed here and by a colleague since you last exchanged. Choose which value to keep; the choice reaches the colleague with your next bundle.</source>
      <translation>Эти поля изменены и здесь, и коллегой с последнего обмена. Выберите, какое значение оставить; выбор дойдёт до коллеги с вашим следующим пакетом.</translation>
    </message>
  </context>
  <context>
    <name>ConflictsModel</name>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Here (mine)</source>
      <translation>Здесь (моё)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="33" />
      <source>In the bundle (theirs)</source>
      <translation>В пакете (их)</translation>
    </message>
  </context>
  <context>
    <name>CustodyFilter</name>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="28" />
      <source>Held now at facility</source>
      <translation>Сейчас содержится в учреждении</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="30" />
      <source>Any facility</source>
      <translation>Любое учреждение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="31" />
      <source>Detained from</source>
      <translation>Задержан с</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="32" />
      <source>Detained on or after this date</source>
      <translation>Под стражей в эту дату или позже</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="33" />
      <source>until</source>
      <translation>по</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="34" />
      <source>Detained on or before this date</source>
      <translation>Под стражей в эту дату или раньше</translation>
    </message>
  </context>
  <context>
    <name>DamagedNotice</name>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="27" />
      <source>Damaged Database</source>
      <translation>Повреждённая база данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="29" />
      <source>{path} is damaged: SQLite's check found errors in it. It is open read-only; caseapp writes nothing to it.</source>
      <translation>{path} повреждён: проверка SQLite нашла в нём ошибки. Он открыт только для чтения; caseapp ничего в него не записывает.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="34" />
      <source>&amp;Restore Latest Good Backup</source>
      <translation>&amp;Восстановить последнюю исправную копию</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="38" />
      <source>No sound backup of it was found. Copy the file somewhere safe before anything else; File ▸ Backups lists what there is.</source>
      <translation>Исправной резервной копии не найдено. Прежде всего скопируйте файл в надёжное место; в меню Файл ▸ Резервные копии видно, какие копии есть.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="40" />
      <source>Open &amp;Backups…</source>
      <translation>Открыть &amp;резервные копии…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/damaged.py" line="46" />
      <source>The latest good backup is from {date} and holds %n person(s). Restoring it replaces the damaged file, which is kept beside it as {name}.damaged-… in case a specialist can recover more.</source>
      <translation>
        <numerusform>Последняя исправная копия сделана {date}, в ней %n человек. Восстановление заменит повреждённый файл; он будет сохранён рядом как {name}.damaged-… на случай, если специалист сможет спасти больше.</numerusform>
        <numerusform>Последняя исправная копия сделана {date}, в ней %n человека. Восстановление заменит повреждённый файл; он будет сохранён рядом как {name}.damaged-… на случай, если специалист сможет спасти больше.</numerusform>
        <numerusform>Последняя исправная копия сделана {date}, в ней %n человек. Восстановление заменит повреждённый файл; он будет сохранён рядом как {name}.damaged-… на случай, если специалист сможет спасти больше.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="42" />
      <source>Date</source>
      <extracomment>Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="44" />
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="45" />
      <source>Defendants</source>
      <translation>Обвиняемые</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="45" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="105" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="46" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="56" />
      <source>{kind} hearing in {court}, case {case}</source>
      <translation>Заседание ({kind}): {court}, дело {case}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="59" />
      <source>Judge: {judge}</source>
      <translation>Судья: {judge}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="64" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="64" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="75" />
      <source>Persons</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="69" />
      <source>Show the persons with this status</source>
      <translation>Показать людей с этим статусом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="74" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="104" />
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="74" />
      <source>Action</source>
      <translation>Акция</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="75" />
      <source>Responsible</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="84" />
      <source>{kind}, {status}</source>
      <translation>{kind}, {status}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="87" />
      <source>Overdue: {details}</source>
      <translation>Просрочено: {details}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="93" />
      <source>Expected release</source>
      <translation>Ожидаемое освобождение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="93" />
      <source>Days to go</source>
      <translation>Осталось дней</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="94" />
      <source>Person</source>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="104" />
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="105" />
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="114" />
      <source>Rule: {article}</source>
      <translation>Норма: {article}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="115" />
      <source>the verdict's term</source>
      <translation>срок по приговору</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="117" />
      <source>This rule's figure was not checked against the code's text.</source>
      <translation>Цифра этой нормы не сверена с текстом кодекса.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="119" />
      <source>Right-click to mark it done or not applicable.</source>
      <translation>Правый щелчок — отметить выполненным или неприменимым.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="58" />
      <source>Procedural deadlines</source>
      <translation>Процессуальные сроки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="59" />
      <source>No procedural deadlines in the next 30 days.</source>
      <translation>В ближайшие 30 дней процессуальных сроков нет.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="61" />
      <source>Hearings in the next 14 days</source>
      <translation>Заседания в ближайшие 14 дней</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="62" />
      <source>No hearings in the next 14 days.</source>
      <translation>В ближайшие 14 дней заседаний нет.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="63" />
      <source>Past hearings without an outcome</source>
      <translation>Прошедшие заседания без итога</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="64" />
      <source>Every past hearing has its outcome.</source>
      <translation>У всех прошедших заседаний записан итог.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="65" />
      <source>Actions due or overdue</source>
      <translation>Акции со сроком сейчас или просроченные</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="66" />
      <source>No campaign actions are due this week.</source>
      <translation>На этой неделе сроков по акциям нет.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="67" />
      <source>Persons by status</source>
      <translation>Люди по статусам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="68" />
      <source>No persons yet.</source>
      <translation>Людей пока нет.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="69" />
      <source>Expected releases in the next 90 days</source>
      <translation>Ожидаемые освобождения в ближайшие 90 дней</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="70" />
      <source>No releases expected in the next 90 days.</source>
      <translation>В ближайшие 90 дней освобождений не ожидается.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="99" />
      <source>Mark &amp;Done</source>
      <translation>Отметить &amp;выполненным</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="101" />
      <source>Mark &amp;Not Applicable</source>
      <translation>Отметить &amp;неприменимым</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="124" />
      <source>&amp;Refresh</source>
      <translation>&amp;Обновить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="125" />
      <source>Read the figures from the database again (F5)</source>
      <translation>Заново прочитать данные из базы (F5)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="142" />
      <location filename="../../caseapp/gui/pages.py" line="45" />
      <source>Dashboard</source>
      <extracomment>Navigator order; Ctrl+1 … Ctrl+7 follow it.</extracomment>
      <translation>Сводка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="164" />
      <source>Choose a list (Persons, Cases…) to add a record to it.</source>
      <translation>Выберите список (Люди, Дела…), чтобы добавить в него запись.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="178" />
      <source>Today, {date}</source>
      <translation>Сегодня, {date}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/dashboard/page.py" line="181" />
      <source>%n deprived of liberty</source>
      <translation>
        <numerusform>%n лишён свободы</numerusform>
        <numerusform>%n лишены свободы</numerusform>
        <numerusform>%n лишены свободы</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/dashboard/page.py" line="182" />
      <source>%n hearing(s) ahead</source>
      <translation>
        <numerusform>впереди %n заседание</numerusform>
        <numerusform>впереди %n заседания</numerusform>
        <numerusform>впереди %n заседаний</numerusform>
      </translation>
    </message>
    <message>
      <source>{detained} deprived of liberty · {hearings} hearings ahead</source>
      <translation type="vanished">Лишены свободы: {detained} · предстоящих заседаний: {hearings}</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <source>14.08.2019</source>
      <translation type="vanished">14.08.2019</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="40" />
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="47" />
      <source>Give the full date: day, month and year</source>
      <translation>Укажите полную дату: день, месяц и год</translation>
    </message>
  </context>
  <context>
    <name>DateFilter</name>
    <message>
      <location filename="../../caseapp/gui/common/date_filter.py" line="30" />
      <source>A year (2024) or a month (04.2024) also works</source>
      <translation>Можно указать и год (2024) или месяц (04.2024)</translation>
    </message>
  </context>
  <context>
    <name>DecisionDelegate</name>
    <message>
      <source>Decision</source>
      <translation type="vanished">Решение</translation>
    </message>
  </context>
  <context>
    <name>DelayedProgress</name>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="90" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="91" />
      <source>Working…</source>
      <translation>Выполняется…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="92" />
      <source>Progress of the running job</source>
      <translation>Ход выполнения задачи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="107" />
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
  </context>
  <context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="24" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n дело</numerusform>
        <numerusform>%n дела</numerusform>
        <numerusform>%n дел</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="26" />
      <source>%n hearing(s)</source>
      <translation>
        <numerusform>%n заседание</numerusform>
        <numerusform>%n заседания</numerusform>
        <numerusform>%n заседаний</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="28" />
      <source>%n detention(s)</source>
      <translation>
        <numerusform>%n содержание под стражей</numerusform>
        <numerusform>%n содержания под стражей</numerusform>
        <numerusform>%n содержаний под стражей</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="30" />
      <source>%n sentence(s)</source>
      <translation>
        <numerusform>%n приговор</numerusform>
        <numerusform>%n приговора</numerusform>
        <numerusform>%n приговоров</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="32" />
      <source>%n charge(s)</source>
      <translation>
        <numerusform>%n обвинение</numerusform>
        <numerusform>%n обвинения</numerusform>
        <numerusform>%n обвинений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="34" />
      <source>%n campaign action(s)</source>
      <translation>
        <numerusform>%n действие кампании</numerusform>
        <numerusform>%n действия кампании</numerusform>
        <numerusform>%n действий кампании</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="48" />
      <source>Going to the trash with it: {records}.</source>
      <translation>Вместе с этим в корзину попадут: {records}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="52" />
      <source>Staying, showing the facility as in the trash: {records}.</source>
      <translation>Останутся, с пометкой, что учреждение в корзине: {records}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="56" />
      <source>Staying, shared with others, without {name}: {records}.</source>
      <translation>Останутся (общие с другими), но без {name}: {records}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="59" />
      <source>Undo or the Trash page brings all of it back.</source>
      <translation>«Отменить» или страница «Корзина» вернут всё это.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="67" />
      <source>Move to Trash</source>
      <translation>В корзину</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="68" />
      <source>Move {name} to the trash?</source>
      <translation>Переместить {name} в корзину?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="71" />
      <source>&amp;Move to Trash</source>
      <translation>&amp;Переместить в корзину</translation>
    </message>
  </context>
  <context>
    <name>DetailRenderer</name>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Outcome</source>
      <translation>Итог</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="103" />
      <source>not recorded</source>
      <translation>не записан</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="105" />
      <source>Hearings</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="108" />
      <source>Tags</source>
      <translation>Теги</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="112" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
  </context>
  <context>
    <name>DetentionDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="38" />
      <source>New Detention</source>
      <translation>Новое задержание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="40" />
      <source>Edit Detention</source>
      <translation>Изменение задержания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="55" />
      <source>(not known)</source>
      <translation>(неизвестно)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="56" />
      <source>New &amp;Facility…</source>
      <translation>Новое у&amp;чреждение…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="57" />
      <source>Add a facility that is not in the list yet</source>
      <translation>Добавить учреждение, которого ещё нет в списке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="59" />
      <source>(no case)</source>
      <translation>(без дела)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="64" />
      <source>Leave empty while the person is still held</source>
      <translation>Оставьте пустым, пока человек под стражей</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="68" />
      <source>F&amp;acility:</source>
      <translation>&amp;Учреждение:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="69" />
      <source>&amp;Case:</source>
      <translation>&amp;Дело:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="69" />
      <source>&amp;Kind:</source>
      <translation>&amp;Вид:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="70" />
      <source>&amp;Start:</source>
      <translation>&amp;Начало:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="70" />
      <source>&amp;End:</source>
      <translation>&amp;Конец:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="71" />
      <source>&amp;Note:</source>
      <translation>&amp;Заметка:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="72" />
      <source>Facility</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="73" />
      <source>New facility</source>
      <translation>Новое учреждение</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="65" />
      <source>Settings saved. The new interface language is used from the next start.</source>
      <translation>Настройки сохранены. Новый язык интерфейса будет применён при следующем запуске.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="67" />
      <source>Settings saved.</source>
      <translation>Настройки сохранены.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="72" />
      <source>Check Database</source>
      <translation>Проверка базы данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="76" />
      <source>The database has problems. Make a backup copy of the file and ask for help before you go on working in it.</source>
      <translation>В базе данных есть проблемы. Сделайте резервную копию файла и обратитесь за помощью, прежде чем продолжать работу с ней.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="82" />
      <source>The database is in good order.</source>
      <translation>База данных в порядке.</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="40" />
      <source>Already Here?</source>
      <translation>Уже есть в базе?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/persons/duplicates.py" line="45" />
      <source>%n person(s) with the same name are already in the database. Open the one you mean, or save a new person anyway.</source>
      <translation>
        <numerusform>В базе уже есть %n человек с таким именем. Откройте нужного или всё же сохраните нового.</numerusform>
        <numerusform>В базе уже есть %n человека с таким именем. Откройте нужного или всё же сохраните нового.</numerusform>
        <numerusform>В базе уже есть %n человек с таким именем. Откройте нужного или всё же сохраните нового.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Same as</source>
      <translation>Совпадает с</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Born</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="58" />
      <source>Facility</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="80" />
      <source>&amp;Open Existing</source>
      <translation>&amp;Открыть существующего</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="81" />
      <source>&amp;Save New Person Anyway</source>
      <translation>&amp;Всё же сохранить нового</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="89" />
      <source>Back to the Form</source>
      <translation>Вернуться к форме</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="37" />
      <source>Database from a newer caseapp</source>
      <translation>База данных из более новой версии caseapp</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="39" />
      <source>Cannot open the database</source>
      <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="41" />
      <source>Not found</source>
      <translation>Не найдено</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="42" />
      <source>Cannot do that</source>
      <translation>Это действие невозможно</translation>
    </message>
  </context>
  <context>
    <name>ErrorsModel</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Line</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="42" />
      <source>Add Event</source>
      <translation>Новое событие</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="43" />
      <source>Edit Event</source>
      <translation>Изменить событие</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="55" />
      <source>The custody is over</source>
      <translation>Лишение свободы закончилось</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="85" />
      <source>&amp;Event</source>
      <translation>&amp;Событие</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="86" />
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="87" />
      <source>&amp;Place</source>
      <translation>&amp;Место</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="88" />
      <source>Pe&amp;rsons</source>
      <translation>&amp;Люди</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="89" />
      <source>&amp;Term</source>
      <translation>С&amp;рок</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="90" />
      <source>Code &amp;article</source>
      <translation>Ст&amp;атья кодекса</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="91" />
      <source>&amp;Custody</source>
      <translation>&amp;Вид содержания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="92" />
      <source>Custody &amp;ends</source>
      <translation>&amp;Окончание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="94" />
      <source>C&amp;hange of sentence</source>
      <translation>&amp;Изменение приговора</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="95" />
      <source>C&amp;ourt</source>
      <translation>С&amp;уд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="109" />
      <source>The custody cannot end before the event</source>
      <translation>Лишение свободы не может закончиться раньше события</translation>
    </message>
  </context>
  <context>
    <name>EventsModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Event</source>
      <extracomment>Colour of a date to check.</extracomment>
      <translation>Событие</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Persons</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="105" />
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="105" />
      <source>Will be stored as</source>
      <translation>Будет сохранено как</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="132" />
      <source>{date} · check</source>
      <translation>{date} · проверьте</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="145" />
      <source>term: {term}</source>
      <translation>срок: {term}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="147" />
      <source>article {number}</source>
      <translation>статья {number}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="151" />
      <source>until {date}</source>
      <translation>до {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="153" />
      <source>over</source>
      <translation>закончилось</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="157" />
      <source>by others</source>
      <translation>не наша акция</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="162" />
      <source>Stored for the detained persons of the event, with this sentence cited</source>
      <translation>Сохраняется для задержанных в этом событии, с цитатой этого предложения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="165" />
      <source>The article does not say what kind of custody this is: kept as an event the source reports. Choose its custody kind to store a detention.</source>
      <translation>Статья не говорит, какое это лишение свободы: сохраняется как событие из источника. Выберите вид содержания, чтобы сохранить задержание.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="168" />
      <source>Kept as an event the source reports, cited, on the persons it names; never as a campaign action of the group</source>
      <translation>Сохраняется как событие из источника, с цитатой, у названных в нём людей; никогда не как акция группы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="172" />
      <source>a day named earlier in the paragraph</source>
      <translation>дня, названного раньше в абзаце</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="173" />
      <source>the day the news tells of</source>
      <translation>дня, о котором новость</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="174" />
      <source>the headline</source>
      <translation>заголовка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="175" />
      <source>the text around it</source>
      <translation>текста вокруг</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="176" />
      <source>The importer is not sure of this date: it comes from {source}. Check it (double-click the event to correct it).</source>
      <translation>Импорт не уверен в этой дате: она взята из {source}. Проверьте её (двойной щелчок по событию — исправить).</translation>
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="40" />
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="43" />
      <source>&amp;Add Event…</source>
      <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="44" />
      <source>&amp;Edit Event…</source>
      <translation>&amp;Изменить событие…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="45" />
      <source>Re&amp;move Event</source>
      <translation>&amp;Убрать событие</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="46" />
      <source>Add an event the importer missed; select its words in the article first to cite them</source>
      <translation>Добавить событие, которое импорт пропустил; чтобы процитировать, сначала выделите его слова в статье</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="48" />
      <source>Leave the selected event out of the import</source>
      <translation>Не импортировать выбранное событие</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="33" />
      <source>Export {list}</source>
      <translation>Экспорт: {list}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="36" />
      <source>Excel workbook (.xlsx)</source>
      <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="37" />
      <source>CSV, UTF-8 (.csv)</source>
      <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="37" />
      <source>JSON (.json)</source>
      <translation>JSON (.json)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="41" />
      <source>&amp;Format:</source>
      <translation>&amp;Формат:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="42" />
      <source>For &amp;public distribution (no private notes, contacts, birth dates or relatives)</source>
      <translation>Для &amp;публикации (без личных заметок, контактов, дат рождения и родственников)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="46" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Выбрать…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="48" />
      <source>&amp;Save as:</source>
      <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="49" />
      <source>Save as</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="62" />
      <source>Files (*.{ext})</source>
      <translation>Файлы (*.{ext})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="69" />
      <source>Give the full path of the file to write</source>
      <translation>Укажите полный путь к файлу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="91" />
      <source>Wrote {count} records to {path}</source>
      <translation>Записано записей: {count} в {path}</translation>
    </message>
  </context>
  <context>
    <name>FacilityDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="32" />
      <source>New Facility</source>
      <translation>Новое учреждение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="34" />
      <source>Edit Facility</source>
      <translation>Изменение учреждения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="45" />
      <source>e.g. SIZO No. 1 of Almaty</source>
      <translation>напр. СИЗО № 1 г. Алматы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="51" />
      <source>The address for letters, as on an envelope</source>
      <translation>Адрес для писем, как на конверте</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="54" />
      <source>&amp;Name:</source>
      <translation>&amp;Название:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="54" />
      <source>&amp;Kind:</source>
      <translation>&amp;Вид:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="55" />
      <source>&amp;City:</source>
      <translation>&amp;Город:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="55" />
      <source>&amp;Region:</source>
      <translation>&amp;Область:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="56" />
      <source>&amp;Postal address:</source>
      <translation>&amp;Почтовый адрес:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="76" />
      <source>Give the facility's name</source>
      <translation>Укажите название учреждения</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="55" />
      <source>Spreadsheet file</source>
      <translation>Файл таблицы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="56" />
      <source>&amp;Choose…</source>
      <translation>&amp;Выбрать…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="61" />
      <source>&amp;File:</source>
      <translation>&amp;Файл:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="65" />
      <source>&amp;Import as:</source>
      <translation>&amp;Импортировать как:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="68" />
      <source>&amp;Sheet:</source>
      <translation>&amp;Лист:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="70" />
      <source>Saved &amp;mapping:</source>
      <translation>Сохранённое &amp;сопоставление:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="72" />
      <source>CSV (UTF-8, UTF-16 or Windows-1251; comma, semicolon or tab) or XLSX. The header row is found even below a title.</source>
      <translation>CSV (UTF-8, UTF-16 или Windows-1251; запятая, точка с запятой или табуляция) или XLSX. Строка заголовков находится, даже если над ней есть название.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="79" />
      <source>Choose a spreadsheet</source>
      <translation>Выберите таблицу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="80" />
      <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
      <translation>Таблицы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="93" />
      <source>— guess from the headings —</source>
      <translation>— угадать по заголовкам —</translation>
    </message>
  </context>
  <context>
    <name>FileSafety</name>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="55" />
      <source>Cannot write the daily backup to {folder}: {reason}</source>
      <translation>Не удалось записать ежедневную копию в {folder}: {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="72" />
      <source>Daily backup written to {path}</source>
      <translation>Ежедневная копия записана: {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="108" />
      <source>Created {name}, encrypted</source>
      <translation>Создан зашифрованный файл {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="109" />
      <source>Created {name}</source>
      <translation>Создан файл {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="124" />
      <source>Backing up the database…</source>
      <translation>Резервное копирование базы данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="126" />
      <source>Backed up to {path}</source>
      <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="134" />
      <source>Checking the database…</source>
      <translation>Проверка базы данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="146" />
      <source>Encrypting the database…</source>
      <translation>Шифрование базы данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="149" />
      <source>{name} is encrypted now.</source>
      <translation>{name} теперь зашифрован.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="152" />
      <source>Plain Backups</source>
      <translation>Незашифрованные копии</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/file_safety.py" line="153" />
      <source>%n backup(s) made before are not encrypted. Delete them now?</source>
      <translation>
        <numerusform>%n копия, сделанная раньше, не зашифрована. Удалить её сейчас?</numerusform>
        <numerusform>%n копии, сделанные раньше, не зашифрованы. Удалить их сейчас?</numerusform>
        <numerusform>%n копий, сделанных раньше, не зашифрованы. Удалить их сейчас?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="155" />
      <source>Anyone who gets them can read what the file held then. Keep them only if you have not checked yet that the encrypted file opens.</source>
      <translation>Любой, к кому они попадут, прочтёт, что было в файле тогда. Оставьте их, только если ещё не проверили, что зашифрованный файл открывается.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="157" />
      <source>Delete Plain Backups</source>
      <translation>Удалить незашифрованные копии</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/file_safety.py" line="160" />
      <source>Deleted %n plain backup(s).</source>
      <translation>
        <numerusform>Удалена %n незашифрованная копия.</numerusform>
        <numerusform>Удалены %n незашифрованные копии.</numerusform>
        <numerusform>Удалено %n незашифрованных копий.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="170" />
      <source>Changing the passphrase…</source>
      <translation>Смена пароля…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="172" />
      <source>The passphrase of {name} is changed.</source>
      <translation>Пароль {name} изменён.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="179" />
      <location filename="../../caseapp/gui/safety/file_safety.py" line="187" />
      <source>Export Decrypted Copy</source>
      <translation>Экспорт расшифрованной копии</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="180" />
      <source>The copy is not encrypted: anyone who gets it can read every record in it, without a passphrase.</source>
      <translation>Копия не зашифрована: любой, к кому она попадёт, прочтёт все записи в ней без пароля.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="182" />
      <source>Give it only to someone who needs it, keep it on an encrypted disk, and delete it when it is no longer needed.</source>
      <translation>Передавайте её только тому, кому она нужна, храните на зашифрованном диске и удалите, когда она станет не нужна.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="184" />
      <source>Choose Where…</source>
      <translation>Выбрать место…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="194" />
      <source>Wrote a decrypted copy to {path}; keep it safe and delete it when done.</source>
      <translation>Расшифрованная копия записана: {path}. Храните её надёжно и удалите после работы.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="206" />
      <source>Restoring the backup…</source>
      <translation>Восстановление из копии…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="208" />
      <source>Restored the backup of {date}; the file as it was is in {path}</source>
      <translation>Восстановлена копия от {date}; прежний файл сохранён в {path}</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../caseapp/gui/help.py" line="55" />
      <source>Volunteer Guide</source>
      <translation>Руководство волонтёра</translation>
    </message>
  </context>
  <context>
    <name>HearingDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="45" />
      <source>Hearing details</source>
      <translation>Сведения о заседании</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="46" />
      <source>&amp;Outcome:</source>
      <translation>&amp;Итог:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="48" />
      <source>Outcome of the hearing</source>
      <translation>Итог заседания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="49" />
      <source>What the court decided</source>
      <translation>Что решил суд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="51" />
      <source>&amp;Record Outcome</source>
      <translation>&amp;Записать итог</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="52" />
      <source>&amp;Edit Hearing…</source>
      <translation>Из&amp;менить заседание…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="67" />
      <source>Select a hearing in the list to see its case, court, people and outcome here.</source>
      <translation>Выберите заседание в списке, чтобы увидеть здесь дело, суд, участников и итог.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="74" />
      <source>{kind} hearing, {when}</source>
      <translation>{kind}, {when}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="77" />
      <source>(case)</source>
      <translation>(дело)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="80" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="80" />
      <source>Judge</source>
      <translation>Судья</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="81" />
      <source>Defendants</source>
      <translation>Обвиняемые</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="82" />
      <source>Lawyers</source>
      <translation>Адвокаты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="83" />
      <source>Observers</source>
      <translation>Наблюдатели</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="83" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="85" />
      <source>not recorded</source>
      <translation>не записан</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="86" />
      <source>Case:</source>
      <translation>Дело:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="86" />
      <source>Outcome:</source>
      <translation>Итог:</translation>
    </message>
    <message>
      <source>Record Outcome</source>
      <translation type="vanished">Запись итога заседания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="105" />
      <source>Outcome recorded.</source>
      <translation>Итог записан.</translation>
    </message>
  </context>
  <context>
    <name>HearingDialog</name>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="36" />
      <source>New Hearing</source>
      <translation>Новое заседание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="37" />
      <source>Edit Hearing</source>
      <translation>Изменение заседания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="49" />
      <source>Type a case number, title or defendant</source>
      <translation>Введите номер дела, название или имя обвиняемого</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="57" />
      <source>Empty until the court has decided</source>
      <translation>Пусто, пока суд не вынес решение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="59" />
      <source>Who attends or attended for the campaign</source>
      <translation>Кто присутствует или присутствовал от кампании</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="62" />
      <source>C&amp;ase:</source>
      <translation>&amp;Дело:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="62" />
      <source>C&amp;ourt:</source>
      <translation>&amp;Суд:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="63" />
      <source>&amp;Date:</source>
      <translation>Д&amp;ата:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="63" />
      <source>&amp;Time:</source>
      <translation>&amp;Время:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="64" />
      <source>&amp;Kind:</source>
      <translation>В&amp;ид:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="64" />
      <source>&amp;Judge:</source>
      <translation>С&amp;удья:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="65" />
      <source>O&amp;utcome:</source>
      <translation>И&amp;тог:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="66" />
      <source>O&amp;bservers:</source>
      <translation>&amp;Наблюдатели:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="67" />
      <source>&amp;Notes:</source>
      <translation>&amp;Заметки:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="86" />
      <source>Choose the case from the list</source>
      <translation>Выберите дело из списка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="97" />
      <source>Give the date of the hearing</source>
      <translation>Укажите дату заседания</translation>
    </message>
  </context>
  <context>
    <name>HearingListView</name>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="36" />
      <source>Search case, defendant, court, judge…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation>Поиск по делу, обвиняемому, суду, судье…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="37" />
      <source>Search hearings</source>
      <translation>Поиск заседаний</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="37" />
      <source>Hearings</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="38" />
      <source>Number of hearings listed</source>
      <translation>Число заседаний в списке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="39" />
      <source>From</source>
      <translation>С даты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="40" />
      <source>Hearings on or after this date</source>
      <translation>Заседания в эту дату или позже</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="41" />
      <source>Until</source>
      <translation>По дату</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="42" />
      <source>Hearings on or before this date</source>
      <translation>Заседания в эту дату или раньше</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="43" />
      <source>&amp;Missing outcome only</source>
      <translation>Только &amp;без итога</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="44" />
      <source>Only hearings whose outcome is not recorded</source>
      <translation>Только заседания, итог которых не записан</translation>
    </message>
  </context>
  <context>
    <name>HearingTableModel</name>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Date</source>
      <extracomment>Tables whose changes can alter which hearings are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Defendants</source>
      <translation>Обвиняемые</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Outcome</source>
      <translation>Итог</translation>
    </message>
  </context>
  <context>
    <name>HearingsPage</name>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="32" />
      <source>&amp;New Hearing…</source>
      <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="32" />
      <source>Add a hearing to a case (Ctrl+N)</source>
      <translation>Добавить заседание по делу (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="34" />
      <source>Export to &amp;Calendar…</source>
      <translation>Экспорт в &amp;календарь…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="35" />
      <source>Save the hearings listed as a calendar file (.ics) that calendar applications import; a later export updates the same events</source>
      <translation>Сохранить перечисленные заседания в файл календаря (.ics) для программ-календарей; следующий экспорт обновит те же события</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="42" />
      <location filename="../../caseapp/gui/pages.py" line="48" />
      <source>Hearings</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="53" />
      <source>the hearing</source>
      <translation>заседание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="54" />
      <source>the hearing of {date}</source>
      <translation>заседание от {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="59" />
      <source>Export to Calendar</source>
      <translation>Экспорт в календарь</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="60" />
      <source>Calendar files (*.ics)</source>
      <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="68" />
      <source>Wrote {count} hearings to {path}</source>
      <translation>Записано заседаний: {count} в {path}</translation>
    </message>
  </context>
  <context>
    <name>LazyTableModel</name>
    <message>
      <location filename="../../caseapp/gui/common/lazy_model.py" line="202" />
      <source>This column cannot be sorted</source>
      <extracomment>Ids and rows are read this many at a time. Cached rows and id pages are dropped beyond these many. rows of a page could not be read (a damaged file); the message names the file</extracomment>
      <translation>Этот столбец нельзя отсортировать</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="60" />
      <source>Write Letter</source>
      <translation>Написать письмо</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="82" />
      <source>Addressee &amp;Book…</source>
      <translation>&amp;Адресная книга…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="84" />
      <source>&amp;To:</source>
      <translation>&amp;Кому:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="85" />
      <source>Addressee</source>
      <translation>Адресат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="87" />
      <source>&amp;Edit Template…</source>
      <translation>&amp;Изменить шаблон…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="89" />
      <source>&amp;Letter:</source>
      <translation>&amp;Письмо:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="91" />
      <source>Kind of letter</source>
      <translation>Вид письма</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="95" />
      <source>La&amp;nguage:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="98" />
      <source>Address:</source>
      <translation>Адрес:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="100" />
      <source>&amp;Subject:</source>
      <translation>&amp;Тема:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="102" />
      <source>Te&amp;xt:</source>
      <translation>Те&amp;кст:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="113" />
      <source>Save &amp;PDF…</source>
      <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="114" />
      <source>Save &amp;Text…</source>
      <translation>Сохранить т&amp;екст…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="115" />
      <source>&amp;Copy</source>
      <translation>Копи&amp;ровать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="116" />
      <source>Copy the letter for an e-mail</source>
      <translation>Скопировать письмо для электронной почты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="169" />
      <source>Not in the records, marked in the text for you to fill in: {names}</source>
      <translation>Нет в записях, отмечено в тексте, чтобы вы дописали: {names}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="242" />
      <source>Logged as a campaign action (sent); follow up on {day}. Edit ▸ Undo removes the entry.</source>
      <translation>Записано как действие кампании (отправлено); напомнить {day}. Правка ▸ Отменить удаляет запись.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="245" />
      <source>Saved {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="246" />
      <source>Copied the letter</source>
      <translation>Письмо скопировано</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="254" />
      <source>PDF documents (*.pdf)</source>
      <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="255" />
      <source>Text files (*.txt)</source>
      <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="256" />
      <source>Save the Letter As</source>
      <translation>Сохранить письмо как</translation>
    </message>
  </context>
  <context>
    <name>LinkEditor</name>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="35" />
      <source>Add to {name}</source>
      <translation>Добавить: {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="39" />
      <source>Remo&amp;ve</source>
      <translation>&amp;Убрать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="40" />
      <source>Remove from {name}</source>
      <translation>Убрать: {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="51" />
      <source>Remove</source>
      <translation>Убрать</translation>
    </message>
  </context>
  <context>
    <name>ListDetailPage</name>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="68" />
      <source>&amp;Edit…</source>
      <extracomment>First-run proportions of list and detail pane.</extracomment>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="69" />
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="72" />
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="72" />
      <source>Save the records listed (with this search and these filters) as a spreadsheet or JSON</source>
      <translation>Сохранить перечисленные записи (с этим поиском и фильтрами) как таблицу или JSON</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="190" />
      <source>the record</source>
      <translation>запись</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="203" />
      <source>Moved {name} to the trash. Undo brings it back.</source>
      <translation>В корзину перемещено: {name}. Отмена вернёт запись.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="41" />
      <source>Passphrase</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="46" />
      <source>&amp;Unlock</source>
      <translation>&amp;Разблокировать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="48" />
      <source>&amp;Open Database…</source>
      <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="78" />
      <source>Locked</source>
      <translation>Заблокировано</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="80" />
      <source>{name} is closed. Type its passphrase to open it again.</source>
      <translation>{name} закрыт. Введите пароль, чтобы открыть его снова.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="82" />
      <source>{name} is closed. Unlock opens it again.</source>
      <translation>{name} закрыт. Кнопка «Разблокировать» откроет его снова.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="84" />
      <source>This file is not encrypted: the lock only hides it from view. Anyone who can use this computer, or who copies the file, can read it. Only encryption (File ▸ Encrypt Database) protects a file.</source>
      <translation>Этот файл не зашифрован: блокировка лишь скрывает его с экрана. Любой, кто может пользоваться этим компьютером или скопирует файл, прочтёт его. Защищает файл только шифрование (Файл ▸ Зашифровать базу данных).</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="93" />
      <source>No database open</source>
      <translation>База данных не открыта</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="94" />
      <source>The database was closed; the list of recent files, the saved view and the clipboard were cleared. Open a database to go on.</source>
      <translation>База данных закрыта; список недавних файлов, сохранённый вид и буфер обмена очищены. Чтобы продолжить, откройте базу данных.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../caseapp/gui/mainwindow.py" line="212" />
      <source>Undone: {step}</source>
      <extracomment>The first page has shown its data: the window is usable (start-up benchmark).</extracomment>
      <translation>Отменено: {step}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/mainwindow.py" line="217" />
      <source>Redone: {step}</source>
      <translation>Повторено: {step}</translation>
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation type="vanished">Резервное копирование базы данных…</translation>
    </message>
    <message>
      <source>Backed up to {path}</source>
      <translation type="vanished">Резервная копия сохранена: {path}</translation>
    </message>
    <message>
      <source>Checking the database…</source>
      <translation type="vanished">Проверка базы данных…</translation>
    </message>
    <message>
      <source>About CaseApp</source>
      <translation type="vanished">О программе CaseApp</translation>
    </message>
    <message>
      <source>&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Offline case tracking for groups that defend political detainees.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
      <translation type="vanished">&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Учёт дел без интернета для групп, защищающих политических заключённых.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>New Database</source>
      <translation type="vanished">Новая база данных</translation>
    </message>
    <message>
      <source>{name} already exists. A new database needs a new file name; to work in this one, use File ▸ Open Database.</source>
      <translation type="vanished">{name} уже существует. Для новой базы нужно новое имя файла; чтобы работать с этой, выберите Файл ▸ Открыть базу данных.</translation>
    </message>
    <message>
      <source>Created {name}</source>
      <translation type="vanished">Создано: {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="70" />
      <source>Open Database</source>
      <translation>Открыть базу данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="126" />
      <source>{path} — damaged, read-only</source>
      <translation>{path} — повреждён, только чтение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="129" />
      <source>SQLite's check found errors in this file; caseapp writes nothing to it. Restore a backup from File ▸ Backups.</source>
      <translation>Проверка SQLite нашла ошибки в этом файле; caseapp ничего в него не записывает. Восстановите резервную копию через Файл ▸ Резервные копии.</translation>
    </message>
    <message>
      <source>CaseApp databases ({patterns});;All files (*)</source>
      <translation type="vanished">Базы данных CaseApp ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="134" />
      <source>{name} — {app}</source>
      <translation>{name} — {app}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="121" />
      <source>The open database file</source>
      <translation>Открытый файл базы данных</translation>
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="95" />
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="95" />
      <source>Import as</source>
      <translation>Импортировать как</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="96" />
      <source>Row {number}</source>
      <translation>Строка {number}</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="125" />
      <source>Columns and the fields they go to</source>
      <translation>Столбцы и поля, в которые они попадут</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="127" />
      <source>&amp;Keep columns not imported in the notes, as “Column: value”</source>
      <translation>&amp;Сохранить неимпортируемые столбцы в примечаниях как «Столбец: значение»</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="131" />
      <source>Save this mapping &amp;as:</source>
      <translation>Сохранить сопоставление &amp;как:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="133" />
      <source>Name to save the mapping under</source>
      <translation>Имя для сохранения сопоставления</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="138" />
      <source>Read as {source}; headings on line {line}; {rows} rows. Choose what each column is imported as.</source>
      <translation>Прочитано как {source}; заголовки в строке {line}; строк: {rows}. Выберите, как импортировать каждый столбец.</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="30" />
      <source>names: {count}</source>
      <extracomment>What moves, by table, as the summary line names it.</extracomment>
      <translation>имён: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="31" />
      <source>cases: {count}</source>
      <translation>дел: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="32" />
      <source>charges: {count}</source>
      <translation>обвинений: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="33" />
      <source>detentions: {count}</source>
      <translation>задержаний: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="34" />
      <source>sentences: {count}</source>
      <translation>приговоров: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="35" />
      <source>campaign actions: {count}</source>
      <translation>акций: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="36" />
      <source>reported events: {count}</source>
      <translation>событий из источников: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="37" />
      <source>citations: {count}</source>
      <translation>цитат: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="38" />
      <source>tags: {count}</source>
      <translation>меток: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="49" />
      <source>Merge Persons</source>
      <translation>Объединить персоны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="54" />
      <source>&amp;Keep the Other Instead</source>
      <translation>&amp;Оставить второго</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="60" />
      <source>&amp;Merge</source>
      <translation>&amp;Объединить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="70" />
      <source>Everything of the other person — names, cases, charges, detentions, sentences, campaign actions, reported events, citations and tags — moves to the kept one, and the other goes to the trash. Where the two differ, choose what to keep. Edit ▸ Undo takes the merge back.</source>
      <translation>Всё, что относится ко второму человеку — имена, дела, обвинения, задержания, приговоры, акции, события из источников, цитаты и метки, — переходит к оставляемому, а второй уходит в корзину. Где записи расходятся, выберите, что оставить. Правка ▸ Отменить возвращает всё как было.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="75" />
      <source>Merge &amp;into it</source>
      <translation>&amp;Присоединить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="80" />
      <source>Both persons' details</source>
      <translation>Данные обоих</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="116" />
      <source>Choose the person to merge into the kept one.</source>
      <translation>Выберите, кого присоединить к оставляемому.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="121" />
      <source>Nothing is linked to the other person; {name} keeps what is chosen above.</source>
      <translation>У второго нет связанных записей; {name} получает выбранное выше.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="123" />
      <source>Moves to {name}: {moved}.</source>
      <translation>Переходит к {name}: {moved}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="127" />
      <source>Choose the person to merge into the kept one</source>
      <translation>Выберите, кого присоединить к оставляемому</translation>
    </message>
  </context>
  <context>
    <name>MergeFields</name>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="22" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="23" />
      <source>Given name</source>
      <translation>Имя (личное)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="24" />
      <source>Family name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="25" />
      <source>Patronymic</source>
      <translation>Отчество</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="26" />
      <source>Born</source>
      <translation>Родился(ась)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="27" />
      <source>Gender</source>
      <translation>Пол</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="28" />
      <source>Citizenship</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="29" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="30" />
      <source>Contacts</source>
      <translation>Контакты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="31" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="32" />
      <source>Photo</source>
      <translation>Фото</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="89" />
      <source>both</source>
      <extracomment>Longest value shown in a cell; the tooltip has it whole.</extracomment>
      <translation>оба</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="34" />
      <source>Cyrillic</source>
      <extracomment>What ``names.script_of`` and ``names.language_of_name`` return, as the volunteer reads it.</extracomment>
      <translation>Кириллица</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="35" />
      <source>Latin</source>
      <translation>Латиница</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="36" />
      <source>mixed scripts</source>
      <translation>смешанные алфавиты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="37" />
      <source>other script</source>
      <translation>другой алфавит</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="38" />
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="39" />
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="40" />
      <source>English</source>
      <translation>Английский</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <location filename="../../caseapp/gui/navigator.py" line="23" />
      <source>Views</source>
      <extracomment>Extra room around the widest title, in multiples of the font's height.</extracomment>
      <translation>Разделы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/navigator.py" line="24" />
      <source>Choose what the window shows; Ctrl+1 to Ctrl+7</source>
      <translation>Выберите, что показывать в окне; Ctrl+1 … Ctrl+7</translation>
    </message>
  </context>
  <context>
    <name>NewDatabaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="28" />
      <source>CaseApp databases ({patterns});;All files (*)</source>
      <translation>Базы данных CaseApp ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="45" />
      <location filename="../../caseapp/gui/safety/new_database.py" line="63" />
      <source>New Database</source>
      <translation>Новая база данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="47" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Выбрать…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="48" />
      <source>Choose where the new database goes</source>
      <translation>Выбрать, где будет новая база данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="50" />
      <source>&amp;File:</source>
      <translation>&amp;Файл:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="51" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="52" />
      <source>&amp;Encrypt with a passphrase</source>
      <translation>&amp;Зашифровать паролем</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="54" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Пароль:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="56" />
      <source>Create</source>
      <translation>Создать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="79" />
      <source>Give the new file a name.</source>
      <translation>Укажите имя нового файла.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="82" />
      <source>{name} already exists. A new database needs a new file name; to work in this one, use File ▸ Open Database.</source>
      <translation>{name} уже существует. Новой базе данных нужно новое имя файла; чтобы работать в этой, выберите Файл ▸ Открыть базу данных.</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="84" />
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="98" />
      <source>Change Passphrase</source>
      <translation>Сменить пароль</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="85" />
      <source>Encrypt Database</source>
      <translation>Зашифровать базу данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="90" />
      <source>&amp;Current passphrase:</source>
      <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="93" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="94" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Пароль:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="98" />
      <source>Encrypt</source>
      <translation>Зашифровать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="104" />
      <source>The whole of {name} is encrypted again with the new passphrase. Backups made before keep the old one.</source>
      <translation>Весь файл {name} будет заново зашифрован новым паролем. Копии, сделанные раньше, останутся со старым.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="106" />
      <source>{name} is rewritten so that only the passphrase opens it; its backups from now on are encrypted too. Backups made before stay readable until you delete them.</source>
      <translation>{name} будет переписан так, что открыть его сможет только пароль; его резервные копии отныне тоже шифруются. Копии, сделанные раньше, остаются читаемыми, пока вы их не удалите.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="121" />
      <source>This is not the passphrase of the open file.</source>
      <translation>Это не пароль открытого файла.</translation>
    </message>
  </context>
  <context>
    <name>PartialDateEdit</name>
    <message>
      <source>2016, 04.2016 or 14.08.2019</source>
      <translation type="vanished">2016, 04.2016 или 14.08.2019</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="26" />
      <source>yyyy, mm.yyyy or dd.mm.yyyy</source>
      <translation>гггг, мм.гггг или дд.мм.гггг</translation>
    </message>
  </context>
  <context>
    <name>PassphraseRows</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="37" />
      <source>Too short: at least {count} characters.</source>
      <translation>Слишком короткий: нужно не меньше {count} символов.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="40" />
      <source>Strong, if the words are unrelated.</source>
      <translation>Сильный, если слова не связаны между собой.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="42" />
      <source>Good. One or two more unrelated words make it strong.</source>
      <translation>Хороший. Ещё одно-два несвязанных слова сделают его сильным.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="44" />
      <source>Weak: easy to guess. Use several unrelated words.</source>
      <translation>Слабый: легко угадать. Используйте несколько несвязанных слов.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="61" />
      <source>Sho&amp;w passphrase</source>
      <translation>По&amp;казать пароль</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="80" />
      <source>&amp;Type it again:</source>
      <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="83" />
      <source>Several unrelated words (four or more) are best: long, and easy to remember. Write the passphrase down and keep it apart from the computer: a lost passphrase cannot be recovered, by anyone, and without it the data is lost too.</source>
      <translation>Лучше всего несколько несвязанных слов (четыре или больше): это длинно и легко запомнить. Запишите пароль и храните запись отдельно от компьютера: утерянный пароль не восстановит никто, а без него пропадут и данные.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="102" />
      <source>A passphrase needs at least {count} characters; several unrelated words are best.</source>
      <translation>В пароле должно быть не меньше {count} символов; лучше всего несколько несвязанных слов.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="106" />
      <source>The two passphrases differ; type the same one twice.</source>
      <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="116" />
      <source>Strength: {hint}</source>
      <translation>Надёжность: {hint}</translation>
    </message>
  </context>
  <context>
    <name>PasteArticleDialog</name>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="55" />
      <source>Paste Article</source>
      <translation>Вставка статьи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="66" />
      <source>&amp;Analyse</source>
      <translation>&amp;Анализировать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="68" />
      <source>‹ &amp;Back</source>
      <translation>‹ &amp;Назад</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="69" />
      <source>Back to the text</source>
      <translation>Вернуться к тексту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="71" />
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="98" />
      <source>Import the article</source>
      <translation>Импортировать статью</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="129" />
      <source>Store the article as a source with what it says (new persons: {new}, linked: {linked}) in one step that Edit ▸ Undo can take back</source>
      <translation>Сохранить статью как источник вместе с её сведениями (новых людей: {new}, связанных: {linked}) одним шагом, который можно отменить через Правка ▸ Отменить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="146" />
      <source>Reading the article…</source>
      <translation>Чтение статьи…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="196" />
      <source>This article is already in the database.</source>
      <translation>Эта статья уже есть в базе данных.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="213" />
      <source>Article imported as a source. New persons: {created}; linked to existing persons: {linked}; records in all: {records}. Edit ▸ Undo takes it back.</source>
      <translation>Статья импортирована как источник. Новых людей: {created}; связано с имеющимися: {linked}; всего записей: {records}. Правка ▸ Отменить вернёт всё назад.</translation>
    </message>
  </context>
  <context>
    <name>PastePage</name>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="49" />
      <source>&amp;Open File…</source>
      <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="59" />
      <source>Paste a news article in Kazakh, Russian or English here: the title on the first line, then the text.</source>
      <translation>Вставьте сюда новостную статью на казахском, русском или английском: заголовок в первой строке, затем текст.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="62" />
      <source>Article text</source>
      <translation>Текст статьи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="64" />
      <source>Open an article file</source>
      <translation>Открыть файл статьи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="65" />
      <source>Read a saved .txt or .html article</source>
      <translation>Прочитать сохранённую статью .txt или .html</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="67" />
      <source>Publication date</source>
      <translation>Дата публикации</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="69" />
      <source>Words such as “yesterday” and dates without a year are counted from this day</source>
      <translation>Слова вроде «вчера» и даты без года отсчитываются от этого дня</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="73" />
      <source>Article language</source>
      <translation>Язык статьи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="74" />
      <source>Length of the text</source>
      <translation>Длина текста</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="81" />
      <source>&amp;Published:</source>
      <translation>Опу&amp;бликовано:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="84" />
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="122" />
      <source>Characters: {count}</source>
      <translation>Символов: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="130" />
      <source>Open Article</source>
      <translation>Открыть статью</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="131" />
      <source>Articles ({patterns});;All files (*)</source>
      <translation>Статьи ({patterns});;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>PersonActionsBar</name>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="41" />
      <source>&amp;Detention…</source>
      <extracomment>the English text, marked with QT_TRANSLATE_NOOP</extracomment>
      <translation>&amp;Задержание…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="42" />
      <source>&amp;Hearing…</source>
      <translation>З&amp;аседание…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="44" />
      <source>&amp;Sentence…</source>
      <translation>&amp;Приговор…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="46" />
      <source>Campaign &amp;Action…</source>
      <translation>Акция &amp;кампании…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="65" />
      <source>&amp;New Person…</source>
      <translation>&amp;Новый человек…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="66" />
      <source>Enter a new person (Ctrl+N)</source>
      <translation>Внести нового человека (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="68" />
      <source>E&amp;dit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="69" />
      <source>Edit the selected person's names, details and tags (Enter)</source>
      <translation>Изменить имена, сведения и теги выбранного человека (Enter)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="72" />
      <source>Add for This &amp;Person</source>
      <translation>&amp;Добавить для этого человека</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="74" />
      <source>Write &amp;Letter…</source>
      <translation>Написать &amp;письмо…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="75" />
      <source>An Urgent Action letter about the selected person, logged as a campaign action</source>
      <translation>Срочное обращение о выбранном человеке; записывается как действие кампании</translation>
    </message>
  </context>
  <context>
    <name>PersonChooser</name>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="47" />
      <source>Type a name in any script…</source>
      <translation>Введите имя любым алфавитом…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="48" />
      <source>Search persons for the report</source>
      <translation>Поиск людей для отчёта</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="52" />
      <source>Matching persons</source>
      <translation>Подходящие люди</translation>
    </message>
  </context>
  <context>
    <name>PersonDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/persons/detail_pane.py" line="35" />
      <source>Person details</source>
      <translation>Сведения о человеке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_pane.py" line="46" />
      <source>Select a person in the list to see their names, cases, detentions, hearings, sentences and campaign actions here.</source>
      <translation>Выберите человека в списке, чтобы увидеть здесь его имена, дела, задержания, заседания, приговоры и акции кампании.</translation>
    </message>
  </context>
  <context>
    <name>PersonEditDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="73" />
      <source>New Person</source>
      <extracomment>Fields the core names in Invalid errors → the section that shows them. Plain text fields of Person read from QLineEdits, in form order.</extracomment>
      <translation>Новый человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="73" />
      <source>Edit Person</source>
      <translation>Изменение данных человека</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="82" />
      <source>&amp;Display name:</source>
      <translation>Отобра&amp;жаемое имя:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="83" />
      <source>The name the person is known by; it is always kept among their names</source>
      <translation>Имя, под которым человек известен; оно всегда остаётся в списке его имён</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="85" />
      <source>&amp;Family name:</source>
      <translation>&amp;Фамилия:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="86" />
      <source>&amp;Given name:</source>
      <translation>&amp;Имя:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="87" />
      <source>&amp;Patronymic:</source>
      <translation>От&amp;чество:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="88" />
      <source>&amp;Born:</source>
      <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="90" />
      <source>G&amp;ender:</source>
      <translation>&amp;Пол:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="91" />
      <source>&amp;Citizenship:</source>
      <translation>&amp;Гражданство:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="92" />
      <source>&amp;Status:</source>
      <translation>&amp;Статус:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="93" />
      <source>P&amp;hoto:</source>
      <translation>Фот&amp;о:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="98" />
      <source>More about the person</source>
      <translation>Подробнее о человеке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Script and language</source>
      <translation>Алфавит и язык</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="100" />
      <source>&amp;Add Name</source>
      <translation>&amp;Добавить имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="100" />
      <source>names</source>
      <translation>имена</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="101" />
      <source>&amp;Names</source>
      <translation>И&amp;мена</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="104" />
      <source>C&amp;ontacts and Notes</source>
      <translation>&amp;Контакты и заметки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="106" />
      <source>&amp;Tags</source>
      <translation>&amp;Теги</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="110" />
      <source>Spellings in other scripts and former names let searches find the person however an article writes the name.</source>
      <translation>Написания другими алфавитами и прежние имена помогают найти человека, как бы статья ни записала имя.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="123" />
      <source>Contacts (family, lawyer):</source>
      <translation>Контакты (семья, адвокат):</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="124" />
      <source>Notes:</source>
      <translation>Заметки:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="195" />
      <source>Give the name the person is known by</source>
      <translation>Укажите имя, под которым человек известен</translation>
    </message>
  </context>
  <context>
    <name>PersonListView</name>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="41" />
      <source>Number of persons listed</source>
      <translation>Число людей в списке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="38" />
      <source>Search names in any script, case numbers, notes…</source>
      <extracomment>Initial column widths in average character widths (besides the padding); the last column stretches.</extracomment>
      <translation>Поиск по именам на любом алфавите, номерам дел, заметкам…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="39" />
      <source>Find persons as you type (Ctrl+F)</source>
      <translation>Поиск людей по мере ввода (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="40" />
      <source>Search persons</source>
      <translation>Поиск людей</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="100" />
      <source>Show persons with status</source>
      <translation>Показать людей со статусом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="101" />
      <source>All statuses</source>
      <translation>Все статусы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="40" />
      <source>Persons</source>
      <translation>Люди</translation>
    </message>
  </context>
  <context>
    <name>PersonMatchModel</name>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="61" />
      <source>Create a new person “{name}”</source>
      <extracomment>PERSON_ID_ROLE of the "create a new person" entry.</extracomment>
      <translation>Создать нового человека «{name}»</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="92" />
      <source>Type a name in any script…</source>
      <translation>Введите имя любым алфавитом…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="105" />
      <source>Choose a person</source>
      <translation>Выберите человека</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="106" />
      <source>Choose “{name}” from the list of matches, or create a new person</source>
      <translation>Выберите «{name}» из списка совпадений или создайте нового человека</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="144" />
      <source>Matching persons</source>
      <translation>Подходящие люди</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="177" />
      <source>A new person with this name will be created</source>
      <translation>Будет создан новый человек с этим именем</translation>
    </message>
  </context>
  <context>
    <name>PersonRenderer</name>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="48" />
      <source>born {date}</source>
      <translation>род. {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="53" />
      <source>citizen of {country}</source>
      <translation>гражданство: {country}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="60" />
      <source>Names</source>
      <translation>Имена</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="64" />
      <source>Cases</source>
      <translation>Дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="67" />
      <source>(no number)</source>
      <translation>(без номера)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="79" />
      <source>Art. {article} part {part}</source>
      <translation>Ст. {article} ч. {part}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="81" />
      <source>Art. {article}</source>
      <translation>Ст. {article}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>Facility</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>From</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>Until</source>
      <translation>Конец</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="89" />
      <source>Days held</source>
      <translation>Дней</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="92" />
      <source>now</source>
      <translation>сейчас</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="94" />
      <source>Detentions</source>
      <translation>Задержания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="98" />
      <source>Sentences</source>
      <translation>Приговоры</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="107" />
      <source>pre-trial days credited: {days}</source>
      <translation>зачтено дней под стражей до суда: {days}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="111" />
      <source>Expected release:</source>
      <translation>Ожидаемое освобождение:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Action</source>
      <translation>Акция</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="122" />
      <source>Campaign actions</source>
      <translation>Акции кампании</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Event</source>
      <translation>Событие</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="129" />
      <source>Reported in sources</source>
      <translation>Сообщения источников</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="134" />
      <source>Cyrillic</source>
      <translation>Кириллица</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="134" />
      <source>Latin</source>
      <translation>Латиница</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="135" />
      <source>mixed scripts</source>
      <translation>смешанные алфавиты</translation>
    </message>
  </context>
  <context>
    <name>PersonTableModel</name>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Name</source>
      <extracomment>Tables whose changes can alter which persons are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Held at</source>
      <translation>Место содержания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Articles</source>
      <translation>Статьи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="66" />
      <source>Updated</source>
      <translation>Изменено</translation>
    </message>
  </context>
  <context>
    <name>PersonsPage</name>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="46" />
      <location filename="../../caseapp/gui/persons/page.py" line="49" />
      <source>Persons</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="37" />
      <source>&amp;Merge with…</source>
      <translation>&amp;Объединить с…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="70" />
      <source>the person</source>
      <translation>запись о человеке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="83" />
      <source>Merged into “{name}”. Edit ▸ Undo takes it back.</source>
      <translation>Объединено в «{name}». Правка ▸ Отменить возвращает как было.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="89" />
      <source>Saved “{name}”.</source>
      <translation>Запись «{name}» сохранена.</translation>
    </message>
  </context>
  <context>
    <name>PhotoField</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="92" />
      <source>Photo</source>
      <translation>Фото</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="93" />
      <source>Choose Photo…</source>
      <translation>Выбрать фото…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="94" />
      <source>Remove Photo</source>
      <translation>Убрать фото</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="116" />
      <source>Choose a Photo</source>
      <translation>Выбор фото</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="117" />
      <source>Pictures ({patterns})</source>
      <translation>Изображения ({patterns})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="135" />
      <source>no photo</source>
      <translation>нет фото</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="135" />
      <source>no preview</source>
      <translation>нет просмотра</translation>
    </message>
  </context>
  <context>
    <name>ProposalsModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Name</source>
      <extracomment>Decision column: the (value, label) pairs the decision editor offers for this row. Any column: the PersonProposal of the row. Background of a row whose proposed link waits for the volunteer's confirmation. The role on the target side: only such persons get charges, custody and sentences. The dot before each decision: green creates, blue links, grey drops.</extracomment>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Decision</source>
      <translation>Решение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="95" />
      <source>Best match in the database</source>
      <translation>Лучшее совпадение в базе данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="230" />
      <source>{decision} (check)</source>
      <translation>{decision} (проверьте)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="236" />
      <source>no match</source>
      <translation>нет совпадений</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="237" />
      <source>{name} · {score} · {reason}</source>
      <translation>{name} · {score} · {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="252" />
      <source>Only a surname or a given name: correct it to the full name to create the person, or link it to a person in the database</source>
      <translation>Только фамилия или имя: чтобы создать человека, исправьте на полное имя, или свяжите с человеком из базы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="255" />
      <source>Found in the article as: {name}</source>
      <translation>В статье записано как: {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="257" />
      <source>Mentions in the article: {count}</source>
      <translation>Упоминаний в статье: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="260" />
      <source>Detainees get the charges, detentions and sentences the article tells; other roles get none</source>
      <translation>Задержанным сохраняются обвинения, задержания и приговоры из статьи; другим ролям — нет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="262" />
      <source>Not on the side of the detained: no charge, detention or sentence is stored for this person</source>
      <translation>Не на стороне задержанных: обвинений, задержаний и приговоров для этого человека не сохраняется</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="265" />
      <source>A close match in the database is proposed: select the row to compare, then confirm the link or change the decision</source>
      <translation>Предложено близкое совпадение из базы: выберите строку, сравните, затем подтвердите связь или измените решение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="268" />
      <source>Possible matches: {count}; select the row to compare them</source>
      <translation>Возможных совпадений: {count}; выберите строку, чтобы сравнить их</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="50" />
      <source>&amp;Select All</source>
      <translation>Вы&amp;делить всё</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="51" />
      <source>&amp;Step up</source>
      <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="52" />
      <source>Step &amp;down</source>
      <translation>Шаг в&amp;низ</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="54" />
      <source>Look in:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="55" />
      <source>File &amp;name:</source>
      <translation>&amp;Имя файла:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="56" />
      <source>Files of type:</source>
      <translation>Типы файлов:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="57" />
      <source>Directory:</source>
      <translation>Каталог:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="58" />
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="59" />
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="60" />
      <source>&amp;Choose</source>
      <translation>&amp;Выбрать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="61" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="62" />
      <source>Save As</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="63" />
      <source>Find Directory</source>
      <translation>Выбор каталога</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="64" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="65" />
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="66" />
      <source>Parent Directory</source>
      <translation>Родительский каталог</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="67" />
      <source>Create New Folder</source>
      <translation>Создать папку</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="68" />
      <source>New Folder</source>
      <translation>Новая папка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="69" />
      <source>&amp;New Folder</source>
      <translation>&amp;Новая папка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="70" />
      <source>&amp;Rename</source>
      <translation>&amp;Переименовать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="71" />
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="72" />
      <source>Show &amp;hidden files</source>
      <translation>Показать скр&amp;ытые файлы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="73" />
      <source>List View</source>
      <translation>Список</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="74" />
      <source>Detail View</source>
      <translation>Подробно</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="75" />
      <source>Recent Places</source>
      <translation>Недавние места</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="76" />
      <source>My Computer</source>
      <translation>Мой компьютер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="77" />
      <source>All Files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="78" />
      <source>All files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="79" />
      <source>Directories</source>
      <translation>Каталоги</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="80" />
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 уже существует.
Заменить?</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="81" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="82" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="83" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="84" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="85" />
      <source>Date Modified</source>
      <translation>Дата изменения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="86" />
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="35" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="36" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="37" />
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="38" />
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="39" />
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="40" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="41" />
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="31" />
      <source>Show Details...</source>
      <translation>Показать подробности...</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="32" />
      <source>Hide Details...</source>
      <translation>Скрыть подробности...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="19" />
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="20" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="21" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="22" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="23" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="24" />
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="25" />
      <source>Reset</source>
      <translation>Сбросить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="26" />
      <source>Help</source>
      <translation>Справка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="27" />
      <source>Discard</source>
      <translation>Не сохранять</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="28" />
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="29" />
      <source>&amp;No</source>
      <translation>&amp;Нет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="30" />
      <source>Restore Defaults</source>
      <translation>Восстановить значения по умолчанию</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="33" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="42" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="43" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="44" />
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="45" />
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="46" />
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="47" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="48" />
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="49" />
      <source>Copy &amp;Link Location</source>
      <translation>Копировать &amp;адрес ссылки</translation>
    </message>
  </context>
  <context>
    <name>RecordListView</name>
    <message>
      <location filename="../../caseapp/gui/common/record_list.py" line="258" />
      <source>Showing {count}</source>
      <extracomment>The count label is wide enough for this many records, so it does not jump. Builds the view's model from (its source, parent).</extracomment>
      <translation>Показано: {count}</translation>
    </message>
  </context>
  <context>
    <name>RecordSearchEdit</name>
    <message>
      <location filename="../../caseapp/gui/custody/choosers.py" line="99" />
      <source>Type to search, then pick from the list (Down shows it)</source>
      <extracomment>A record as a chooser shows it: (id, label). Runs on the database worker: the records matching a text, best first.</extracomment>
      <translation>Начните вводить, затем выберите из списка (стрелка вниз откроет его)</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="59" />
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="66" />
      <source>&amp;Write PDF</source>
      <translation>&amp;Создать PDF</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="76" />
      <source>Dossier of one person</source>
      <translation>Досье на одного человека</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="77" />
      <source>Brief on several persons</source>
      <translation>Справка о нескольких людях</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="78" />
      <source>Hearing schedule</source>
      <translation>График заседаний</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="79" />
      <source>Re&amp;port:</source>
      <translation>&amp;Отчёт:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="81" />
      <source>P&amp;erson:</source>
      <translation>&amp;Человек:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="82" />
      <source>Person</source>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="84" />
      <source>P&amp;ersons:</source>
      <translation>&amp;Люди:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="88" />
      <source> days from today</source>
      <translation> дн. начиная с сегодня</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="89" />
      <source>&amp;Period:</source>
      <translation>&amp;Период:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="94" />
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="95" />
      <source>For &amp;public distribution</source>
      <translation>Для п&amp;убличного распространения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="96" />
      <source>Redaction:</source>
      <translation>Сокрытие данных:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="97" />
      <source>A public copy leaves out relatives, contacts, addresses, birth dates, private notes and volunteers' names.</source>
      <translation>В публичной копии не будет родственников, контактов, адресов, дат рождения, личных заметок и имён волонтёров.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="108" />
      <source>&amp;Save as:</source>
      <translation>Сохранить &amp;как:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="109" />
      <source>PDF file</source>
      <translation>Файл PDF</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="105" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Выбрать…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="106" />
      <source>Choose the PDF file</source>
      <translation>Выбрать файл PDF</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="132" />
      <source>Save the Report As</source>
      <translation>Сохранение отчёта</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="133" />
      <source>PDF documents (*.pdf)</source>
      <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="159" />
      <source>Writing the report…</source>
      <translation>Создание отчёта…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="171" />
      <source>Wrote {path}</source>
      <translation>Записано: {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="189" />
      <source>Report Written</source>
      <translation>Отчёт готов</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="190" />
      <source>The report is saved as {path}.</source>
      <translation>Отчёт сохранён: {path}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="192" />
      <source>&amp;Open PDF</source>
      <translation>&amp;Открыть PDF</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="155" />
      <source>Rows that will not be imported</source>
      <translation>Строки, которые не будут импортированы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="159" />
      <source>Rows: {rows}. New: {created}; updated: {updated}; unchanged: {unchanged}; not imported: {skipped}.</source>
      <translation>Строк: {rows}. Новых: {created}; обновлённых: {updated}; без изменений: {unchanged}; не импортируется: {skipped}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="164" />
      <source>Columns not imported: {columns}</source>
      <translation>Не импортируемые столбцы: {columns}</translation>
    </message>
  </context>
  <context>
    <name>ReportRequest</name>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="50" />
      <source>Choose the person the dossier is about.</source>
      <extracomment>Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation>Выберите человека, на которого составляется досье.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="55" />
      <source>The number of days must be 0 or more.</source>
      <translation>Число дней должно быть не меньше 0.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="61" />
      <source>Choose a tag.</source>
      <translation>Выберите тег.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="63" />
      <source>No persons are selected; choose a tag or a status instead.</source>
      <translation>Никто не выбран; выберите вместо этого тег или статус.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="70" />
      <source>Choose where to save the PDF.</source>
      <translation>Выберите, куда сохранить PDF.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="75" />
      <source>Give the full path of the file.</source>
      <translation>Укажите полный путь к файлу.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="77" />
      <source>The folder {folder} does not exist.</source>
      <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="80" />
      <source>This is a folder; give a file name.</source>
      <translation>Это папка; укажите имя файла.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="97" />
      <source>Duplicate article</source>
      <translation>Повторная статья</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="101" />
      <source>Article title</source>
      <translation>Заголовок статьи</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="108" />
      <source>What the article contains</source>
      <translation>Что есть в статье</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="109" />
      <source>Article with highlighted findings</source>
      <translation>Статья с выделенными находками</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="115" />
      <source>Persons found in the article</source>
      <translation>Люди, найденные в статье</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="116" />
      <source>Decision</source>
      <translation>Решение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="117" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="156" />
      <source>Double-click a place to correct its name in every event</source>
      <translation>Двойной щелчок по месту — исправить его название во всех событиях</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="233" />
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="233" />
      <source>Places</source>
      <translation>Места</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="234" />
      <source>Organisations</source>
      <translation>Организации</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="234" />
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="264" />
      <source>dates to check: {count}</source>
      <translation>дат проверить: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="300" />
      <source>Double-click a name to correct it, or a role or a decision to change it.</source>
      <translation>Двойной щелчок по имени — исправить его, по роли или решению — изменить.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="303" />
      <source>Yellow rows ({count}): a link proposed for a close match in the database; check each and confirm or change it.</source>
      <translation>Жёлтые строки ({count}): связь предложена по близкому совпадению в базе; проверьте каждую и подтвердите или измените.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="162" />
      <source>Other findings</source>
      <translation>Другие находки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="170" />
      <source>Persons found</source>
      <translation>Найденные люди</translation>
    </message>
    <message>
      <source>Double-click a name to correct it, or a decision to change it.</source>
      <translation type="vanished">Дважды щёлкните по имени, чтобы исправить его, или по решению, чтобы изменить его.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="240" />
      <source>{name} ({count})</source>
      <translation>{name} ({count})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="247" />
      <source>This article is already in the database (the same text was imported before). Importing it again would create nothing new, so Import is switched off.</source>
      <translation>Эта статья уже есть в базе данных (тот же текст импортировался раньше). Повторный импорт ничего нового не создаст, поэтому импорт отключён.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="253" />
      <source>Language: {language}</source>
      <translation>Язык: {language}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="256" />
      <source>published {date}</source>
      <translation>опубликовано {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="258" />
      <source>no publication date: dates without a year and words such as “yesterday” are left out</source>
      <translation>нет даты публикации: даты без года и слова вроде «вчера» пропущены</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="260" />
      <source>persons: {count}</source>
      <translation>людей: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="261" />
      <source>dates: {count}</source>
      <translation>дат: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="262" />
      <source>events: {count}</source>
      <translation>событий: {count}</translation>
    </message>
  </context>
  <context>
    <name>RowEditor</name>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="85" />
      <source>Remove</source>
      <translation>Убрать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="137" />
      <source>{column}, row {number} of {name}</source>
      <translation>{column}, строка {number} ({name})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="139" />
      <source>Remove row {number} of {name}</source>
      <translation>Удалить строку {number} ({name})</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/section.py" line="130" />
      <source>{title} ({count})</source>
      <extracomment>Rows shown before the table scrolls.</extracomment>
      <translation>{title} ({count})</translation>
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="36" />
      <source>open the main window in Kazakh</source>
      <translation>открыть главное окно на казахском</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="41" />
      <source>FAILED  {step}: {problem}</source>
      <translation>ОШИБКА  {step}: {problem}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="44" />
      <source>ok  {step} ({seconds:.2f} s)</source>
      <translation>ok  {step} ({seconds:.2f} с)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="75" />
      <source>the window's Kazakh translation is missing</source>
      <translation>нет казахского перевода окна</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="85" />
      <source>the window did not open</source>
      <translation>окно не открылось</translation>
    </message>
  </context>
  <context>
    <name>SentenceDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="51" />
      <source>New Sentence</source>
      <translation>Новый приговор</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="53" />
      <source>Edit Sentence</source>
      <translation>Изменение приговора</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="70" />
      <source>(no case)</source>
      <translation>(без дела)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="79" />
      <source>Days already served before the verdict (pre-trial detention counted towards the term)</source>
      <translation>Дни, уже отбытые до приговора (содержание под стражей до суда засчитывается в срок)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="82" />
      <source>Leave empty if the term runs from the verdict date</source>
      <translation>Оставьте пустым, если срок исчисляется с даты приговора</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="91" />
      <source>years</source>
      <translation>г.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="92" />
      <source>months</source>
      <translation>мес.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="93" />
      <source>days</source>
      <translation>дн.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="95" />
      <source>&amp;Case:</source>
      <translation>&amp;Дело:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="95" />
      <source>&amp;Date:</source>
      <translation>Д&amp;ата:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="96" />
      <source>C&amp;ourt:</source>
      <translation>С&amp;уд:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="96" />
      <source>&amp;Kind:</source>
      <translation>&amp;Вид:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="97" />
      <source>&amp;Term:</source>
      <translation>С&amp;рок:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="98" />
      <source>C&amp;redited days:</source>
      <translation>&amp;Зачтено дней:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="99" />
      <source>Term &amp;starts:</source>
      <translation>&amp;Начало срока:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="100" />
      <source>&amp;Fine:</source>
      <translation>&amp;Штраф:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="100" />
      <source>&amp;Note:</source>
      <translation>За&amp;метка:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="101" />
      <source>Expected release:</source>
      <translation>Ожидаемое освобождение:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="102" />
      <source>Years</source>
      <translation>Годы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="102" />
      <source>Months</source>
      <translation>Месяцы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="103" />
      <source>Days</source>
      <translation>Дни</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="166" />
      <source>none (no custodial term)</source>
      <translation>нет (без лишения свободы)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="172" />
      <source>give the sentence date or the start of the term</source>
      <translation>укажите дату приговора или начало срока</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="50" />
      <source>Settings</source>
      <extracomment>Language names as their speakers write them; never translated. Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="59" />
      <source>&amp;Interface language:</source>
      <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="60" />
      <source>A new interface language is used from the next start of caseapp.</source>
      <translation>Новый язык интерфейса будет применён при следующем запуске caseapp.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="66" />
      <source>&amp;Report language:</source>
      <translation>Язык &amp;отчётов:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="68" />
      <source>Printed on the reports</source>
      <translation>Печатается в отчётах</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="69" />
      <source>&amp;Organisation:</source>
      <translation>Органи&amp;зация:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="71" />
      <source>Written to the audit log with every change</source>
      <translation>Записывается в журнал аудита при каждом изменении</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="72" />
      <source>&amp;Your name:</source>
      <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="78" />
      <source>&amp;Backup folder:</source>
      <translation>Папка &amp;резервных копий:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="80" />
      <source>Backup folder</source>
      <translation>Папка резервных копий</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="83" />
      <source> backups</source>
      <translation> шт.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="84" />
      <source>&amp;Keep:</source>
      <translation>Хранить &amp;копий:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="87" />
      <source>Never</source>
      <translation>Никогда</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="88" />
      <source> minutes without use</source>
      <translation> мин без действий</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="89" />
      <source>&amp;Lock after:</source>
      <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="92" />
      <source>The time zone of hearing times in calendar files, e.g. Asia/Almaty or Asia/Tashkent</source>
      <translation>Часовой пояс времени заседаний в файлах календаря, например Asia/Almaty или Asia/Tashkent</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="93" />
      <source>Calendar &amp;time zone:</source>
      <translation>&amp;Часовой пояс календаря:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="99" />
      <source>As the system (English if not available)</source>
      <translation>Как в системе (английский, если недоступен)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="75" />
      <source>C&amp;hoose…</source>
      <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="76" />
      <source>Choose the backup folder</source>
      <translation>Выбрать папку резервных копий</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="106" />
      <source>Backup Folder</source>
      <translation>Папка резервных копий</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="159" />
      <source>Give the full path of the folder, e.g. {example}</source>
      <translation>Укажите полный путь к папке, напр. {example}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="163" />
      <source>This is a file, not a folder</source>
      <translation>Это файл, а не папка</translation>
    </message>
  </context>
  <context>
    <name>SourceDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="53" />
      <source>Source details</source>
      <translation>Сведения об источнике</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="56" />
      <source>Full text of the source</source>
      <translation>Полный текст источника</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="66" />
      <source>Citations of this source</source>
      <translation>Цитаты из этого источника</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="91" />
      <source>Add &amp;Citation…</source>
      <translation>Добавить &amp;цитату…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="92" />
      <source>&amp;Open Record</source>
      <translation>&amp;Открыть запись</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="93" />
      <source>Remove C&amp;itation</source>
      <translation>&amp;Убрать цитату</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="94" />
      <source>&amp;Edit Source…</source>
      <translation>&amp;Изменить источник…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="108" />
      <source>Select a source in the list to read its text and see what it is cited for.</source>
      <translation>Выберите источник в списке, чтобы прочитать его текст и увидеть, к чему он процитирован.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="116" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="117" />
      <source>Publisher</source>
      <translation>Издатель</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="118" />
      <source>Published</source>
      <translation>Опубликовано</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="120" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="121" />
      <source>(untitled)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="164" />
      <source>The cited record is no longer in the database.</source>
      <translation>Процитированной записи больше нет в базе данных.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="175" />
      <source>Citation removed. Undo brings it back.</source>
      <translation>Цитата убрана. Отмена вернёт её.</translation>
    </message>
  </context>
  <context>
    <name>SourceDialog</name>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="36" />
      <source>New Source</source>
      <translation>Новый источник</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="37" />
      <source>Edit Source</source>
      <translation>Изменение источника</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="54" />
      <source>Paste the text of the article or document</source>
      <translation>Вставьте текст статьи или документа</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="56" />
      <source>&amp;Kind:</source>
      <translation>&amp;Вид:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="56" />
      <source>&amp;Title:</source>
      <translation>&amp;Название:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="57" />
      <source>&amp;URL:</source>
      <translation>&amp;URL:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="58" />
      <source>&amp;Publisher:</source>
      <translation>&amp;Издатель:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="59" />
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="60" />
      <source>P&amp;ublished:</source>
      <translation>&amp;Опубликовано:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="61" />
      <source>&amp;Full text:</source>
      <translation>&amp;Полный текст:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="68" />
      <source>(not known)</source>
      <translation>(неизвестно)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="68" />
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="69" />
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="69" />
      <source>English</source>
      <translation>Английский</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="112" />
      <source>This text is already stored as another source</source>
      <translation>Этот текст уже сохранён как другой источник</translation>
    </message>
  </context>
  <context>
    <name>SourceListView</name>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="29" />
      <source>Search titles, publishers and texts…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation>Поиск по названиям, издателям и текстам…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="30" />
      <source>Search sources</source>
      <translation>Поиск источников</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="30" />
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="31" />
      <source>Number of sources listed</source>
      <translation>Число источников в списке</translation>
    </message>
  </context>
  <context>
    <name>SourceTableModel</name>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Published</source>
      <extracomment>Tables whose changes can alter which sources are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation>Опубликовано</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Publisher</source>
      <translation>Издатель</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="56" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="56" />
      <source>Citations</source>
      <translation>Цитаты</translation>
    </message>
  </context>
  <context>
    <name>SourcesPage</name>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="28" />
      <source>&amp;New Source…</source>
      <translation>&amp;Новый источник…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="28" />
      <source>Add an article or document by hand (Ctrl+N)</source>
      <translation>Добавить статью или документ вручную (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="50" />
      <location filename="../../caseapp/gui/sources/page.py" line="34" />
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="47" />
      <source>the source</source>
      <translation>источник</translation>
    </message>
  </context>
  <context>
    <name>TableImport</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="28" />
      <source>— not imported —</source>
      <translation>— не импортировать —</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="29" />
      <source>uid (record id)</source>
      <translation>uid (идентификатор записи)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="30" />
      <source>name</source>
      <translation>имя</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="31" />
      <source>given name</source>
      <translation>имя (личное)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="32" />
      <source>family name</source>
      <translation>фамилия</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="33" />
      <source>patronymic</source>
      <translation>отчество</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="34" />
      <source>other names</source>
      <translation>другие имена</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="35" />
      <source>date of birth</source>
      <translation>дата рождения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="36" />
      <source>date of death</source>
      <translation>дата смерти</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="37" />
      <source>gender</source>
      <translation>пол</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="38" />
      <source>citizenship</source>
      <translation>гражданство</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="39" />
      <source>status</source>
      <translation>статус</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="40" />
      <source>place</source>
      <translation>место</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="41" />
      <source>notes</source>
      <translation>примечания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="42" />
      <source>source link</source>
      <translation>ссылка на источник</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="43" />
      <source>tags</source>
      <translation>метки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="44" />
      <source>kind</source>
      <translation>вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="45" />
      <source>city</source>
      <translation>город</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="46" />
      <source>region</source>
      <translation>регион</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="47" />
      <source>postal address</source>
      <translation>почтовый адрес</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="48" />
      <source>coordinates</source>
      <translation>координаты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="49" />
      <source>case number</source>
      <translation>номер дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="50" />
      <source>person</source>
      <translation>человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="51" />
      <source>articles charged</source>
      <translation>статьи обвинения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="52" />
      <source>country</source>
      <translation>страна</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="53" />
      <source>date opened</source>
      <translation>дата возбуждения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="54" />
      <source>facility</source>
      <translation>учреждение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="55" />
      <source>from</source>
      <translation>с</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="56" />
      <source>until</source>
      <translation>по</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="57" />
      <source>court</source>
      <translation>суд</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="58" />
      <source>date</source>
      <translation>дата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="59" />
      <source>time</source>
      <translation>время</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="60" />
      <source>judge</source>
      <translation>судья</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="61" />
      <source>outcome</source>
      <translation>результат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="39" />
      <source>Persons</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="40" />
      <source>Cases (with charges)</source>
      <translation>Дела (с обвинениями)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="41" />
      <source>Facilities</source>
      <translation>Учреждения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="42" />
      <source>Detentions</source>
      <translation>Задержания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="43" />
      <source>Hearings</source>
      <translation>Заседания</translation>
    </message>
  </context>
  <context>
    <name>TableImportDialog</name>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="39" />
      <source>Import Spreadsheet</source>
      <translation>Импорт таблицы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="49" />
      <source>‹ &amp;Back</source>
      <translation>‹ &amp;Назад</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="50" />
      <source>&amp;Next ›</source>
      <translation>&amp;Далее ›</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="51" />
      <source>&amp;Check</source>
      <translation>&amp;Проверить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="53" />
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="100" />
      <source>Reading the file…</source>
      <translation>Чтение файла…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="123" />
      <source>Checking the rows…</source>
      <translation>Проверка строк…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="145" />
      <source>Importing…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="154" />
      <source>Imported: {created} new, {updated} updated, {skipped} not imported. Edit ▸ Undo takes the import back.</source>
      <translation>Импортировано: новых {created}, обновлено {updated}, не импортировано {skipped}. Правка ▸ Отменить отменяет импорт.</translation>
    </message>
  </context>
  <context>
    <name>TagEditor</name>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="44" />
      <source>New or existing tag</source>
      <extracomment>Tables whose changes may add or remove a tag name.</extracomment>
      <translation>Новый или существующий тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="45" />
      <source>Tag to add</source>
      <translation>Добавляемый тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="50" />
      <source>Add Tag</source>
      <translation>Добавить тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="53" />
      <source>Tags</source>
      <translation>Теги</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="55" />
      <source>Remove Tag</source>
      <translation>Убрать тег</translation>
    </message>
  </context>
  <context>
    <name>TagFilter</name>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="110" />
      <source>Show only records with tag</source>
      <translation>Показать только записи с тегом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="111" />
      <source>Show only records with this tag</source>
      <translation>Показать только записи с этим тегом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="131" />
      <source>All tags</source>
      <translation>Все теги</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="29" />
      <source>Letter Template: {kind} ({language})</source>
      <translation>Шаблон письма: {kind} ({language})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="35" />
      <source>&amp;Subject:</source>
      <translation>&amp;Тема:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="37" />
      <source>&amp;Text:</source>
      <translation>Те&amp;кст:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="39" />
      <source>&amp;Restore Shipped Text</source>
      <translation>&amp;Вернуть исходный текст</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="49" />
      <source>The records fill in these placeholders:</source>
      <translation>Эти поля заполняются из записей:</translation>
    </message>
  </context>
  <context>
    <name>TimeEdit</name>
    <message>
      <source>HH:MM</source>
      <translation type="vanished">ЧЧ:ММ</translation>
    </message>
    <message>
      <source>Write the time as HH:MM, e.g. 09:30</source>
      <translation type="vanished">Укажите время в виде ЧЧ:ММ, напр. 09:30</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="60" />
      <source>hh:mm</source>
      <translation>чч:мм</translation>
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="28" />
      <source>Person</source>
      <extracomment>Names of the record kinds, by table; translated when shown.</extracomment>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="29" />
      <source>Name of a person</source>
      <translation>Имя человека</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="30" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="31" />
      <source>Party to a case</source>
      <translation>Участник дела</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="32" />
      <source>Code article</source>
      <translation>Статья кодекса</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="33" />
      <source>Charge</source>
      <translation>Обвинение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="34" />
      <source>Facility</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="35" />
      <source>Detention</source>
      <translation>Задержание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="36" />
      <source>Hearing</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="37" />
      <source>Sentence</source>
      <translation>Приговор</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="38" />
      <source>Campaign action</source>
      <translation>Акция кампании</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="39" />
      <source>Person in an action</source>
      <translation>Человек в акции</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="40" />
      <source>Case in an action</source>
      <translation>Дело в акции</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="41" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="42" />
      <source>Citation</source>
      <translation>Цитата</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="43" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="44" />
      <source>Tag</source>
      <translation>Тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="45" />
      <source>Tag on a record</source>
      <translation>Тег записи</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Deleted</source>
      <translation>Удалено</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="75" />
      <source>uid {uid}</source>
      <translation>uid {uid}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/model.py" line="86" />
      <source>{label}, with %n record(s) that went along</source>
      <translation>
        <numerusform>{label}, и с ним %n запись</numerusform>
        <numerusform>{label}, и с ним %n записи</numerusform>
        <numerusform>{label}, и с ним %n записей</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrashPage</name>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="62" />
      <source>Filter the trash…</source>
      <translation>Фильтр корзины…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="63" />
      <source>Filter the trash</source>
      <translation>Фильтр корзины</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="71" />
      <source>Deleted records wait here. Restore brings one back with its links; Delete for Good removes it and cannot be undone.</source>
      <translation>Здесь хранятся удалённые записи. «Восстановить» возвращает запись вместе с её связями; «Удалить навсегда» стирает её без возможности отмены.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="82" />
      <source>Records in the trash</source>
      <translation>Записи в корзине</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="95" />
      <source>&amp;Restore</source>
      <translation>&amp;Восстановить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="96" />
      <source>Bring the selected records back (Undo reverses this)</source>
      <translation>Вернуть выбранные записи (Отмена вернёт всё как было)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="99" />
      <source>Delete for &amp;Good…</source>
      <translation>Удалить &amp;навсегда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="100" />
      <source>Remove the selected records; this cannot be undone</source>
      <translation>Стереть выбранные записи; это нельзя отменить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="103" />
      <source>&amp;Empty Trash…</source>
      <translation>&amp;Очистить корзину…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="51" />
      <location filename="../../caseapp/gui/trash/page.py" line="115" />
      <source>Trash</source>
      <translation>Корзина</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="133" />
      <source>Nothing can be added to the trash; delete a record instead.</source>
      <translation>В корзину ничего нельзя добавить; вместо этого удалите запись.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="159" />
      <source>Restored %n record(s) from the trash (Undo reverses this).</source>
      <translation>
        <numerusform>Из корзины восстановлена %n запись (Отмена вернёт всё как было).</numerusform>
        <numerusform>Из корзины восстановлены %n записи (Отмена вернёт всё как было).</numerusform>
        <numerusform>Из корзины восстановлено %n записей (Отмена вернёт всё как было).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="173" />
      <source>Delete everything in the trash (%n record(s)) for good?</source>
      <translation>
        <numerusform>Навсегда удалить всё содержимое корзины (%n запись)?</numerusform>
        <numerusform>Навсегда удалить всё содержимое корзины (%n записи)?</numerusform>
        <numerusform>Навсегда удалить всё содержимое корзины (%n записей)?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="165" />
      <source>Delete %n record(s) for good?</source>
      <translation>
        <numerusform>Навсегда удалить %n запись?</numerusform>
        <numerusform>Навсегда удалить %n записи?</numerusform>
        <numerusform>Навсегда удалить %n записей?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="165" />
      <location filename="../../caseapp/gui/trash/page.py" line="205" />
      <source>Delete for Good</source>
      <translation>Удалить навсегда</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="174" />
      <source>Empty Trash</source>
      <translation>Очистить корзину</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="184" />
      <source>Deleted %n record(s) for good.</source>
      <translation>
        <numerusform>Навсегда удалена %n запись.</numerusform>
        <numerusform>Навсегда удалены %n записи.</numerusform>
        <numerusform>Навсегда удалено %n записей.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="188" />
      <source>Replaced %n older backup(s) with one fresh backup.</source>
      <translation>
        <numerusform>%n старая резервная копия заменена одной свежей.</numerusform>
        <numerusform>%n старые резервные копии заменены одной свежей.</numerusform>
        <numerusform>%n старых резервных копий заменены одной свежей.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="192" />
      <source>Older Backups</source>
      <translation>Старые резервные копии</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="193" />
      <source>%n backup(s) made before still hold the deleted records.</source>
      <translation>
        <numerusform>%n ранее сделанная резервная копия всё ещё содержит удалённые записи.</numerusform>
        <numerusform>%n ранее сделанные резервные копии всё ещё содержат удалённые записи.</numerusform>
        <numerusform>%n ранее сделанных резервных копий всё ещё содержат удалённые записи.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="196" />
      <source>Replace them with one fresh backup made now? Anyone who gets the older backups can read the deleted records; keeping them lets you go back to an earlier state.</source>
      <translation>Заменить их одной свежей копией, сделанной сейчас? Тот, кто получит старые копии, сможет прочитать удалённые записи; если их сохранить, можно вернуться к прежнему состоянию.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="198" />
      <source>Replace Backups</source>
      <translation>Заменить копии</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="199" />
      <source>Keep Backups</source>
      <translation>Оставить копии</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="207" />
      <source>This cannot be undone. The undo history is cleared as well.</source>
      <translation>Это нельзя отменить. История отмены тоже будет очищена.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="218" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n запись</numerusform>
        <numerusform>%n записи</numerusform>
        <numerusform>%n записей</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="27" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="28" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="30" />
      <source>&amp;Undo {step}</source>
      <translation>&amp;Отменить: {step}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="33" />
      <source>&amp;Redo {step}</source>
      <translation>&amp;Повторить: {step}</translation>
    </message>
  </context>
  <context>
    <name>UnexpectedErrorDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="101" />
      <source>Unexpected Error</source>
      <extracomment>Path parts after which a file's path says where it is without naming the computer's user.</extracomment>
      <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="107" />
      <source>Something went wrong that caseapp did not expect.</source>
      <translation>Что-то пошло не так: caseapp этого не ожидал.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="110" />
      <source>What was saved before is safe. If you were saving a change, check whether it is there, and try again.

If this happens again, press “Copy Details” and send what it copies to the person who helps your group with caseapp. The details name no one from your database.</source>
      <translation>Всё, что было сохранено раньше, цело. Если вы сохраняли изменение, проверьте, сохранилось ли оно, и попробуйте ещё раз.

Если это повторится, нажмите «Копировать подробности» и отправьте скопированное тому, кто помогает вашей группе с caseapp. В подробностях нет ничьих имён из вашей базы данных.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="115" />
      <source>&amp;Copy Details</source>
      <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="123" />
      <source>Details Copied</source>
      <translation>Подробности скопированы</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="128" />
      <source>Discard Changes?</source>
      <translation>Отменить изменения?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="129" />
      <source>You changed this form. Save the changes?</source>
      <translation>Вы изменили эту форму. Сохранить изменения?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="132" />
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="134" />
      <source>&amp;Discard</source>
      <translation>&amp;Не сохранять</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="136" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="105" />
      <location filename="../../caseapp/gui/welcome/screen.py" line="106" />
      <source>Welcome to CaseApp</source>
      <translation>Добро пожаловать в CaseApp</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="108" />
      <source>CaseApp keeps the cases of detained people on this computer and never goes online. Choose your language, then how to begin.</source>
      <translation>CaseApp хранит дела задержанных на этом компьютере и никогда не выходит в интернет. Выберите язык, затем — с чего начать.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="110" />
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="111" />
      <source>&amp;Create a new database…</source>
      <translation>&amp;Создать новую базу данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="112" />
      <source>An empty file, encrypted with a passphrase if you wish</source>
      <translation>Пустой файл, по желанию зашифрованный паролем</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="114" />
      <source>&amp;Import a list you keep in a spreadsheet…</source>
      <translation>&amp;Импортировать список из таблицы…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="116" />
      <source>Create a new database, then take persons, cases, facilities, detentions or hearings from a CSV or Excel file</source>
      <translation>Создать новую базу данных и взять в неё лиц, дела, учреждения, задержания или заседания из файла CSV или Excel</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="118" />
      <source>Open the &amp;demo</source>
      <translation>Открыть &amp;демо</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="119" />
      <source>Try CaseApp on fictional people</source>
      <translation>Попробовать CaseApp на вымышленных людях</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="120" />
      <source>&amp;Open an existing file…</source>
      <translation>&amp;Открыть существующий файл…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="160" />
      <source>Open Database</source>
      <translation>Открыть базу данных</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="51" />
      <source>&amp;New…</source>
      <translation>&amp;Создать…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="53" />
      <source>Add a record to the list you are looking at</source>
      <translation>Добавить запись в открытый список</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="54" />
      <source>New &amp;Database…</source>
      <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="56" />
      <source>Create an empty database file and open it</source>
      <translation>Создать пустой файл базы данных и открыть его</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="57" />
      <source>&amp;Open Database…</source>
      <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="66" />
      <source>&amp;Back Up Now</source>
      <translation>Резервная &amp;копия сейчас</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="67" />
      <source>Copy the database into the backup folder</source>
      <translation>Скопировать базу данных в папку резервных копий</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="59" />
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="62" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="68" />
      <source>Bac&amp;kups…</source>
      <translation>Ре&amp;зервные копии…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="69" />
      <source>See the backups, restore one, or replace them with one fresh backup</source>
      <translation>Просмотреть резервные копии, восстановить одну или заменить их одной свежей</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="71" />
      <source>&amp;Encrypt Database…</source>
      <translation>За&amp;шифровать базу данных…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="72" />
      <source>Encrypt the open file with a passphrase</source>
      <translation>Зашифровать открытый файл паролем</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="73" />
      <source>C&amp;hange Passphrase…</source>
      <translation>Сменить п&amp;ароль…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="75" />
      <source>E&amp;xport Decrypted Copy…</source>
      <translation>&amp;Экспорт расшифрованной копии…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="77" />
      <source>Write a copy that opens without the passphrase</source>
      <translation>Записать копию, которая открывается без пароля</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="79" />
      <source>&amp;Lock</source>
      <translation>Заб&amp;локировать</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="80" />
      <source>Close the database and hide it until it is unlocked</source>
      <translation>Закрыть базу данных и скрыть её до разблокировки</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="81" />
      <source>&amp;Panic: Close and Forget</source>
      <translation>&amp;Тревога: закрыть и забыть</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="83" />
      <source>Close the database at once and clear the recent files, the saved view and the clipboard</source>
      <translation>Немедленно закрыть базу данных и очистить список недавних файлов, сохранённый вид и буфер обмена</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="87" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="88" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="90" />
      <source>&amp;Find…</source>
      <translation>&amp;Найти…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="92" />
      <source>Search the list you are looking at</source>
      <translation>Искать в открытом списке</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="93" />
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="95" />
      <source>Move the selected record to the trash</source>
      <translation>Переместить выбранную запись в корзину</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="98" />
      <source>&amp;Paste Article…</source>
      <translation>&amp;Вставить статью…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="101" />
      <source>Paste a news article and turn it into persons, cases and hearings</source>
      <translation>Вставить новостную статью и превратить её в людей, дела и заседания</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="102" />
      <source>&amp;Import Spreadsheet…</source>
      <translation>&amp;Импорт таблицы…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="105" />
      <source>Import persons, cases, facilities, detentions or hearings from CSV or XLSX</source>
      <translation>Импорт людей, дел, учреждений, задержаний или заседаний из CSV или XLSX</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="106" />
      <source>&amp;Reports…</source>
      <translation>&amp;Отчёты…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="107" />
      <source>Write a dossier, brief or hearing schedule as PDF</source>
      <translation>Создать досье, справку или график заседаний в PDF</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="108" />
      <source>E&amp;xport Bundle…</source>
      <translation>Э&amp;кспорт пакета…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="110" />
      <source>Write the records to a file for a colleague's caseapp</source>
      <translation>Записать записи в файл для caseapp коллеги</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="112" />
      <source>&amp;Import Bundle…</source>
      <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="114" />
      <source>Merge a colleague's bundle into this database</source>
      <translation>Слить пакет коллеги с этой базой</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="115" />
      <source>Exchange C&amp;onflicts…</source>
      <translation>&amp;Конфликты обмена…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="117" />
      <source>&amp;Check Database</source>
      <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="118" />
      <source>Look for damage in the database file</source>
      <translation>Проверить файл базы данных на повреждения</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="119" />
      <source>Volunteer &amp;Guide</source>
      <translation>&amp;Руководство волонтёра</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="121" />
      <source>First case, articles, reports, backups and safety, step by step</source>
      <translation>Первое дело, статьи, отчёты, резервные копии и безопасность — шаг за шагом</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="123" />
      <source>&amp;About CaseApp</source>
      <translation>&amp;О программе CaseApp</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="145" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="146" />
      <source>Open &amp;Recent</source>
      <translation>Н&amp;едавние</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="154" />
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="156" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="158" />
      <source>&amp;Tools</source>
      <translation>С&amp;ервис</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="161" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="188" />
      <source>No recent databases</source>
      <translation>Нет недавних баз данных</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="191" />
      <source>&amp;Clear Menu</source>
      <translation>&amp;Очистить меню</translation>
    </message>
  </context>
  <context>
    <name>WindowLock</name>
    <message>
      <location filename="../../caseapp/gui/safety/lock.py" line="131" />
      <source>Type the passphrase of {name}.</source>
      <translation>Введите пароль {name}.</translation>
    </message>
  </context>
</TS>
