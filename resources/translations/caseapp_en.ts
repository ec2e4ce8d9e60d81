<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../caseapp/gui/help.py" line="75" />
      <source>About CaseApp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/help.py" line="91" />
      <source>&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Offline case tracking for groups that defend political detainees.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data folder (database, backups, settings):&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/help.py" line="100" />
      <source>&lt;p&gt;CaseApp carries these components, each under its own licence:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th&gt;Component&lt;/th&gt;&lt;th&gt;Licence&lt;/th&gt;&lt;th&gt;Where&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;&lt;p&gt;Qt and PySide6 are used as shared libraries under the LGPL version 3: you may replace them with your own build of the same version.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="51" />
      <source>Action details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="52" />
      <source>Mark as D&amp;one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="53" />
      <source>Set the status of this planned action to done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="54" />
      <source>&amp;Edit Action…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="67" />
      <source>Select an action in the list to see who it is for and how it went.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="72" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="73" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="74" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="75" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="76" />
      <source>Follow up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="77" />
      <source>Responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="78" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="82" />
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="83" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="84" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="85" />
      <source>Reply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="86" />
      <source>Letter sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="100" />
      <source>Marked as done.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionDialog</name>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="48" />
      <source>New Campaign Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="50" />
      <source>Edit Campaign Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="62" />
      <source>e.g. Letter to the prosecutor general</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="65" />
      <source>When it must be done; planned actions past this date are shown as overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="70" />
      <source>When to check for a reply or write again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="72" />
      <source>What the addressee answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="76" />
      <source>Linked persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="77" />
      <source>Type a name to link a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="79" />
      <source>Linked cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="80" />
      <source>Type a case number or title to link a case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="85" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="85" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="86" />
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="86" />
      <source>D&amp;ue:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="87" />
      <source>&amp;Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="88" />
      <source>&amp;Outcome:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="89" />
      <source>&amp;Follow up:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="90" />
      <source>Rep&amp;ly:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="91" />
      <source>&amp;Responsible:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="92" />
      <source>&amp;Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="93" />
      <source>&amp;Persons:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="94" />
      <source>&amp;Cases:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="126" />
      <source>Give the action a title</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionListView</name>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="38" />
      <source>Search titles and the persons actions are for…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="39" />
      <source>Search actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="39" />
      <source>Campaign actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="40" />
      <source>Number of actions listed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="46" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="47" />
      <source>Show actions with status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="48" />
      <source>All kinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="49" />
      <source>Show actions of kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="50" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="51" />
      <source>Actions on or after this date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="52" />
      <source>Until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="53" />
      <source>Actions on or before this date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="54" />
      <source>D&amp;ue or overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="55" />
      <source>Only planned actions whose due date is today or past</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Date</source>
      <extracomment>Tables whose changes can alter which actions are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="87" />
      <source>{date} (overdue)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="27" />
      <source>&amp;New Action…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="27" />
      <source>Log a letter, petition, picket or appeal (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="32" />
      <location filename="../../caseapp/gui/pages.py" line="49" />
      <source>Actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="42" />
      <source>the action</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AddresseeBookDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="85" />
      <source>Addressee Book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="87" />
      <source>Addressees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="89" />
      <source>&amp;Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="90" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="91" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AddresseeDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="40" />
      <source>New Addressee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="41" />
      <source>Edit Addressee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="45" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="47" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="50" />
      <source>&amp;Postal address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="52" />
      <source>&amp;E-mail:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="55" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="57" />
      <source>&amp;Salutation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="58" />
      <source>e.g. Ambassador</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="59" />
      <source>e.g. Your Excellency,</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../caseapp/gui/app.py" line="147" />
      <source>Creating the demo database…</source>
      <extracomment>What exchange bundles are called (caseapp bundle export, the desktop files' MIME type).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/app.py" line="148" />
      <source>Demo database ready: every person in it is fictional.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArticleLabels</name>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="21" />
      <source>Create new person</source>
      <extracomment>Decision values as PersonProposal.decision stores them.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="22" />
      <source>Link to existing person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="23" />
      <source>Reject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="26" />
      <source>detainee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="27" />
      <source>lawyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="28" />
      <source>relative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="29" />
      <source>activist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="30" />
      <source>judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="31" />
      <source>official</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="32" />
      <source>journalist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="33" />
      <source>other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="36" />
      <source>detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="37" />
      <source>charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="38" />
      <source>hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="39" />
      <source>sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="40" />
      <source>release</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="41" />
      <source>protest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="42" />
      <source>statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="43" />
      <source>other event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="47" />
      <source>a detention of this kind</source>
      <extracomment>What the import makes of an event (core.article_events.planned_record).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="49" />
      <source>a hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="53" />
      <source>an event reported by the source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="57" />
      <source>not custody</source>
      <extracomment>Custody kinds of an event (Event.detention_kind); "" is none.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="58" />
      <source>police detention (hours)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="59" />
      <source>administrative arrest (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="60" />
      <source>pre-trial detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="61" />
      <source>house arrest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="65" />
      <source>none</source>
      <extracomment>Changes of an existing sentence (Event.sentence_change); "" is none.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="66" />
      <source>parole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="67" />
      <source>pardon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="68" />
      <source>commuted sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="48" />
      <source>a case and a charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="50" />
      <source>a sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="51" />
      <source>a change to the stored sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="52" />
      <source>the end of an open detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="71" />
      <source>same name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="72" />
      <source>same name in another script</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="73" />
      <source>similar spelling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="76" />
      <source>day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="77" />
      <source>month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="78" />
      <source>year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="83" />
      <source>city</source>
      <extracomment>Kinds the gazetteer and organisation finder give in English; others are words of the article's own language ("көше", "район") and are shown as written.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="84" />
      <source>country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="85" />
      <source>region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="86" />
      <source>place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="87" />
      <source>street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="88" />
      <source>court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="89" />
      <source>club</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="90" />
      <source>known organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="91" />
      <source>organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="94" />
      <source>Detect automatically</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="95" />
      <source>Kazakh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="96" />
      <source>Russian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="97" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArticlePicker</name>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="67" />
      <source>Article number or words of its title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="84" />
      <source>Choose “{text}” from the list of matching articles</source>
      <translation>Choose “{text}” from the list of matching articles</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="133" />
      <source>Matching articles</source>
      <translation>Matching articles</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="46" />
      <source>Adm. {article}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArticleSummary</name>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="112" />
      <source>As written</source>
      <extracomment>Any column: the row's spans (start, end) in the article text.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="113" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="114" />
      <source>Precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="122" />
      <source>{date} (counted from the publication date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="130" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="131" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="132" />
      <source>Mentions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArticleView</name>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="120" />
      <source>Person</source>
      <extracomment>Drawing order: later layers paint over earlier ones where spans overlap. (background, text colour) per kind; dark text on light colours reads in any theme.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="121" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="122" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="123" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="124" />
      <source>Event sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="125" />
      <source>Selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="141" />
      <source>Highlight colours</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AskPassphraseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="38" />
      <source>Encrypted Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="39" />
      <source>{name} is encrypted. Type its passphrase to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="44" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="47" />
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="50" />
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="61" />
      <source>&amp;Back Up Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="63" />
      <source>&amp;Restore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="65" />
      <source>Replace With &amp;Fresh Backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="79" />
      <source>Backups of {name}, newest first, in {folder}. caseapp makes one each day the file is opened and keeps the newest {count}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="125" />
      <source>The backup of {date} is damaged or cannot be read with this file's passphrase; it cannot be restored. Choose another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="133" />
      <source>Restore Backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="134" />
      <source>Replace {name} with the backup of {date}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="136" />
      <source>The file as it is now is backed up first, so you can go back to it. Changes made after {date} are then only in that backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="139" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="150" />
      <source>Replace With Fresh Backup</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="151" />
      <source>Make a fresh backup and delete the %n older one(s)?</source>
      <translation>
        <numerusform>Make a fresh backup and delete the %n older one?</numerusform>
        <numerusform>Make a fresh backup and delete the %n older ones?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="152" />
      <source>Do this after deleting records for good, or after encrypting the file: older backups still hold the deleted records, or the data unencrypted. Deleted backups cannot be restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="155" />
      <source>Replace Backups</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="160" />
      <source>Replaced %n older backup(s) with one fresh backup.</source>
      <translation>
        <numerusform>Replaced %n older backup with one fresh backup.</numerusform>
        <numerusform>Replaced %n older backups with one fresh backup.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Encryption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="55" />
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="82" />
      <source>Encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="82" />
      <source>Plain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="83" />
      <source>Sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="83" />
      <source>Damaged or unreadable</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/forms.py" line="186" />
      <source>Saved: {step}. Undo reverts it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BriefScope</name>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="28" />
      <source>With the &amp;tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="30" />
      <source>Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="31" />
      <source>With the s&amp;tatus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="34" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="36" />
      <source>Selected in the window (%n person(s))</source>
      <translation>
        <numerusform>Selected in the window (%n person)</numerusform>
        <numerusform>Selected in the window (%n persons)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="65" />
      <source>With the &amp;tag (no tags yet)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BundleExchange</name>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="39" />
      <source>Export Bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="40" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="76" />
      <source>caseapp bundles ({pattern})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="52" />
      <source>Wrote {count} records to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="57" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="62" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="68" />
      <source>Bundle Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="58" />
      <source>This database is encrypted, so the bundle is too. Passphrase for the bundle (tell it to your colleague another way):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="63" />
      <source>The same passphrase again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="69" />
      <source>The two passphrases differ; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="75" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="98" />
      <source>Import Bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="93" />
      <source>{name}: {created} new, {updated} changed, {unchanged} unchanged, {conflicts} changed on both sides, {skipped} skipped. Import it? Undo takes it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="106" />
      <source>Imported the bundle: {created} new, {updated} changed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CandidateCard</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="53" />
      <source>born {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="55" />
      <source>match {score} of 100: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="65" />
      <source>No other names recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="67" />
      <source>Also known as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="72" />
      <source>No cases recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="75" />
      <source>Cases:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="80" />
      <source>Art. {article}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="84" />
      <source>(no number)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="91" />
      <source>{facility}, since {start}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="95" />
      <source>{facility}, {start} – {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="98" />
      <source>Last detention:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CandidatePanel</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="51" />
      <source>&amp;Link to This Person</source>
      <extracomment>the row's link was proposed and waits for a check</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="52" />
      <source>Create &amp;New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="53" />
      <source>&amp;Reject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="60" />
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="103" />
      <source>Who is this in the database?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="61" />
      <source>Possible matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="63" />
      <source>Possible matches in the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="75" />
      <source>Details of the selected match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="78" />
      <source>Add this spelling to the selected record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="80" />
      <source>Create a new person with this name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="82" />
      <source>Do not import this name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="102" />
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="120" />
      <source>Who is “{name}” in the database?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="115" />
      <source>Select a person on the left.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="116" />
      <source>Nobody in the database has a similar name: this person will be created new unless you reject the name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="158" />
      <source>Reading…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CandidatesModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Person</source>
      <extracomment>Any column: the candidate's uid.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="70" />
      <source>The person is linked to this record</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/cases/detail_pane.py" line="31" />
      <source>Case details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_pane.py" line="43" />
      <source>Select a case in the list to see its parties, charges, PACE criteria and hearings here.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="85" />
      <source>New Case</source>
      <extracomment>Fields named in Invalid errors → the section (tab) that shows them. Jurisdictions whose codes ship; a case in another one searches all of them.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="85" />
      <source>Edit Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="94" />
      <source>Case &amp;number:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="95" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="96" />
      <source>e.g. Protest in Zhanaozen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="97" />
      <source>&amp;Jurisdiction:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="99" />
      <source>&amp;Opened:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="100" />
      <source>&amp;Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="104" />
      <source>Parties, charges and more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="105" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="105" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="106" />
      <source>&amp;Add Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="106" />
      <source>parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="108" />
      <source>&amp;Parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Defendant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Wording</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="111" />
      <source>Add &amp;Charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="111" />
      <source>charges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="113" />
      <source>C&amp;harges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="114" />
      <source>PACE &amp;1900</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="117" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="118" />
      <source>Not&amp;es</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="120" />
      <source>Ta&amp;gs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="133" />
      <source>Why these criteria are met, with sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="134" />
      <source>Note on the PACE criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="217" />
      <source>Give the case number or a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="223" />
      <source>Party {number}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="224" />
      <source>Charge {number}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="245" />
      <source>Charge {number}: the defendant is no longer a party</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseListView</name>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="32" />
      <source>Search case numbers, titles, defendants…</source>
      <extracomment>Initial column widths in average character widths (besides the padding); the last column stretches.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="33" />
      <source>Find cases as you type (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="34" />
      <source>Search cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="34" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="35" />
      <source>Number of cases listed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="73" />
      <source>Show cases with status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="74" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseRenderer</name>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="42" />
      <source>(no number)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="47" />
      <source>opened {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="56" />
      <source>Parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="60" />
      <source>Charges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="63" />
      <source>Art. {article}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="76" />
      <source>No criterion marked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="78" />
      <source>PACE Resolution 1900 criteria met</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseRows</name>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="82" />
      <source>as worded in the indictment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="92" />
      <source>(choose)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="97" />
      <source>{name} (not a party)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="121" />
      <source>Choose who is charged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="125" />
      <source>Choose the article of the code</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Number</source>
      <extracomment>Tables whose changes can alter which cases are listed or what a row shows. The columns the core can sort by (core/cases.py ``ids(sort=…)``).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Defendants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="60" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="60" />
      <source>Opened</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="37" />
      <source>&amp;New Case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="38" />
      <source>Enter a new case (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="40" />
      <source>E&amp;dit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="41" />
      <source>Edit the selected case, its parties and charges (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="45" />
      <source>Write &amp;Letter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="46" />
      <source>An Urgent Action letter about the selected case's defendant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="62" />
      <location filename="../../caseapp/gui/pages.py" line="47" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="76" />
      <source>The case has no defendant to write about.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="94" />
      <source>case “{case}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="94" />
      <source>the case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="99" />
      <source>Saved case “{case}”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CitationDialog</name>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="62" />
      <source>That record is gone</source>
      <extracomment>Record kinds a citation can be made for from this dialog: table → finder.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="77" />
      <source>New Citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="93" />
      <source>The source has no stored text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="99" />
      <source>Te&amp;xt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="100" />
      <source>&amp;Quote:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="101" />
      <source>Position:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="114" />
      <source>Type a title to find the source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="118" />
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="120" />
      <source>&amp;Source:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="124" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="125" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="127" />
      <source>Type a name or case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="135" />
      <source>&amp;For:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="136" />
      <source>Record &amp;kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="137" />
      <source>&amp;Record:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="175" />
      <source>select the passage in the text above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="177" />
      <source>the quote is not in the stored text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="179" />
      <source>characters {start}–{end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="186" />
      <source>Choose the source from the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="198" />
      <source>Choose the record from the list</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CitationModel</name>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Quote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="95" />
      <source>person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="95" />
      <source>case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="96" />
      <source>hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="96" />
      <source>detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="97" />
      <source>sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="97" />
      <source>action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="98" />
      <source>charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="98" />
      <source>facility</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="49" />
      <source>Exchange Conflicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="51" />
      <source>Conflicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="53" />
      <source>Keep &amp;Mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="54" />
      <source>Take &amp;Theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="66" />
      <source>These fields were changed here and by a colleague since you last exchanged. Choose which value to keep; the choice reaches the colleague with your next bundle.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictsModel</name>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Here (mine)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="33" />
      <source>In the bundle (theirs)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustodyFilter</name>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="28" />
      <source>Held now at facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="30" />
      <source>Any facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="31" />
      <source>Detained from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="32" />
      <source>Detained on or after this date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="33" />
      <source>until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="34" />
      <source>Detained on or before this date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DamagedNotice</name>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="27" />
      <source>Damaged Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="29" />
      <source>{path} is damaged: SQLite's check found errors in it. It is open read-only; caseapp writes nothing to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="34" />
      <source>&amp;Restore Latest Good Backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="38" />
      <source>No sound backup of it was found. Copy the file somewhere safe before anything else; File ▸ Backups lists what there is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="40" />
      <source>Open &amp;Backups…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/damaged.py" line="46" />
      <source>The latest good backup is from {date} and holds %n person(s). Restoring it replaces the damaged file, which is kept beside it as {name}.damaged-… in case a specialist can recover more.</source>
      <translation>
        <numerusform>The latest good backup is from {date} and holds %n person. Restoring it replaces the damaged file, which is kept beside it as {name}.damaged-… in case a specialist can recover more.</numerusform>
        <numerusform>The latest good backup is from {date} and holds %n persons. Restoring it replaces the damaged file, which is kept beside it as {name}.damaged-… in case a specialist can recover more.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="42" />
      <source>Date</source>
      <extracomment>Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="44" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="45" />
      <source>Defendants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="45" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="105" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="46" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="56" />
      <source>{kind} hearing in {court}, case {case}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="59" />
      <source>Judge: {judge}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="64" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="64" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="75" />
      <source>Persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="69" />
      <source>Show the persons with this status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="74" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="104" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="74" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="75" />
      <source>Responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="84" />
      <source>{kind}, {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="87" />
      <source>Overdue: {details}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="93" />
      <source>Expected release</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="93" />
      <source>Days to go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="94" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="104" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="105" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="114" />
      <source>Rule: {article}</source>
      <translation>Rule: {article}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="115" />
      <source>the verdict's term</source>
      <translation>the verdict's term</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="117" />
      <source>This rule's figure was not checked against the code's text.</source>
      <translation>This rule's figure was not checked against the code's text.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="119" />
      <source>Right-click to mark it done or not applicable.</source>
      <translation>Right-click to mark it done or not applicable.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="58" />
      <source>Procedural deadlines</source>
      <translation>Procedural deadlines</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="59" />
      <source>No procedural deadlines in the next 30 days.</source>
      <translation>No procedural deadlines in the next 30 days.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="61" />
      <source>Hearings in the next 14 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="62" />
      <source>No hearings in the next 14 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="63" />
      <source>Past hearings without an outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="64" />
      <source>Every past hearing has its outcome.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="65" />
      <source>Actions due or overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="66" />
      <source>No campaign actions are due this week.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="67" />
      <source>Persons by status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="68" />
      <source>No persons yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="69" />
      <source>Expected releases in the next 90 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="70" />
      <source>No releases expected in the next 90 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="99" />
      <source>Mark &amp;Done</source>
      <translation>Mark &amp;Done</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="101" />
      <source>Mark &amp;Not Applicable</source>
      <translation>Mark &amp;Not Applicable</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="124" />
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="125" />
      <source>Read the figures from the database again (F5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="142" />
      <location filename="../../caseapp/gui/pages.py" line="45" />
      <source>Dashboard</source>
      <extracomment>Navigator order; Ctrl+1 … Ctrl+7 follow it.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="164" />
      <source>Choose a list (Persons, Cases…) to add a record to it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="178" />
      <source>Today, {date}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/dashboard/page.py" line="181" />
      <source>%n deprived of liberty</source>
      <translation>
        <numerusform>%n deprived of liberty</numerusform>
        <numerusform>%n deprived of liberty</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/dashboard/page.py" line="182" />
      <source>%n hearing(s) ahead</source>
      <translation>
        <numerusform>%n hearing ahead</numerusform>
        <numerusform>%n hearings ahead</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="40" />
      <source>dd.mm.yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="47" />
      <source>Give the full date: day, month and year</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateFilter</name>
    <message>
      <location filename="../../caseapp/gui/common/date_filter.py" line="30" />
      <source>A year (2024) or a month (04.2024) also works</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DelayedProgress</name>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="90" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="91" />
      <source>Working…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="92" />
      <source>Progress of the running job</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="107" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="24" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="26" />
      <source>%n hearing(s)</source>
      <translation>
        <numerusform>%n hearing</numerusform>
        <numerusform>%n hearings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="28" />
      <source>%n detention(s)</source>
      <translation>
        <numerusform>%n detention</numerusform>
        <numerusform>%n detentions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="30" />
      <source>%n sentence(s)</source>
      <translation>
        <numerusform>%n sentence</numerusform>
        <numerusform>%n sentences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="32" />
      <source>%n charge(s)</source>
      <translation>
        <numerusform>%n charge</numerusform>
        <numerusform>%n charges</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="34" />
      <source>%n campaign action(s)</source>
      <translation>
        <numerusform>%n campaign action</numerusform>
        <numerusform>%n campaign actions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="48" />
      <source>Going to the trash with it: {records}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="52" />
      <source>Staying, showing the facility as in the trash: {records}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="56" />
      <source>Staying, shared with others, without {name}: {records}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="59" />
      <source>Undo or the Trash page brings all of it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="67" />
      <source>Move to Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="68" />
      <source>Move {name} to the trash?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="71" />
      <source>&amp;Move to Trash</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetailRenderer</name>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="103" />
      <source>not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="105" />
      <source>Hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="108" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="112" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetentionDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="38" />
      <source>New Detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="40" />
      <source>Edit Detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="55" />
      <source>(not known)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="56" />
      <source>New &amp;Facility…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="57" />
      <source>Add a facility that is not in the list yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="59" />
      <source>(no case)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="64" />
      <source>Leave empty while the person is still held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="68" />
      <source>F&amp;acility:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="69" />
      <source>&amp;Case:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="69" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="70" />
      <source>&amp;Start:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="70" />
      <source>&amp;End:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="71" />
      <source>&amp;Note:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="72" />
      <source>Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="73" />
      <source>New facility</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="65" />
      <source>Settings saved. The new interface language is used from the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="67" />
      <source>Settings saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="72" />
      <source>Check Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="76" />
      <source>The database has problems. Make a backup copy of the file and ask for help before you go on working in it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="82" />
      <source>The database is in good order.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="40" />
      <source>Already Here?</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/persons/duplicates.py" line="45" />
      <source>%n person(s) with the same name are already in the database. Open the one you mean, or save a new person anyway.</source>
      <translation>
        <numerusform>%n person with the same name is already in the database. Open the one you mean, or save a new person anyway.</numerusform>
        <numerusform>%n persons with the same name are already in the database. Open the one you mean, or save a new person anyway.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Same as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Born</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="58" />
      <source>Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="80" />
      <source>&amp;Open Existing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="81" />
      <source>&amp;Save New Person Anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="89" />
      <source>Back to the Form</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="37" />
      <source>Database from a newer caseapp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="39" />
      <source>Cannot open the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="41" />
      <source>Not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="42" />
      <source>Cannot do that</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ErrorsModel</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="42" />
      <source>Add Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="43" />
      <source>Edit Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="55" />
      <source>The custody is over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="85" />
      <source>&amp;Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="86" />
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="87" />
      <source>&amp;Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="88" />
      <source>Pe&amp;rsons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="89" />
      <source>&amp;Term</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="90" />
      <source>Code &amp;article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="91" />
      <source>&amp;Custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="92" />
      <source>Custody &amp;ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="94" />
      <source>C&amp;hange of sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="95" />
      <source>C&amp;ourt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="109" />
      <source>The custody cannot end before the event</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventsModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Event</source>
      <extracomment>Colour of a date to check.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="105" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="105" />
      <source>Will be stored as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="132" />
      <source>{date} · check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="145" />
      <source>term: {term}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="147" />
      <source>article {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="151" />
      <source>until {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="153" />
      <source>over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="157" />
      <source>by others</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="162" />
      <source>Stored for the detained persons of the event, with this sentence cited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="165" />
      <source>The article does not say what kind of custody this is: kept as an event the source reports. Choose its custody kind to store a detention.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="168" />
      <source>Kept as an event the source reports, cited, on the persons it names; never as a campaign action of the group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="172" />
      <source>a day named earlier in the paragraph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="173" />
      <source>the day the news tells of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="174" />
      <source>the headline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="175" />
      <source>the text around it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="176" />
      <source>The importer is not sure of this date: it comes from {source}. Check it (double-click the event to correct it).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="40" />
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="43" />
      <source>&amp;Add Event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="44" />
      <source>&amp;Edit Event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="45" />
      <source>Re&amp;move Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="46" />
      <source>Add an event the importer missed; select its words in the article first to cite them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="48" />
      <source>Leave the selected event out of the import</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="33" />
      <source>Export {list}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="36" />
      <source>Excel workbook (.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="37" />
      <source>CSV, UTF-8 (.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="37" />
      <source>JSON (.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="41" />
      <source>&amp;Format:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="42" />
      <source>For &amp;public distribution (no private notes, contacts, birth dates or relatives)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="46" />
      <source>C&amp;hoose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="48" />
      <source>&amp;Save as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="49" />
      <source>Save as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="62" />
      <source>Files (*.{ext})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="69" />
      <source>Give the full path of the file to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="91" />
      <source>Wrote {count} records to {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FacilityDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="32" />
      <source>New Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="34" />
      <source>Edit Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="45" />
      <source>e.g. SIZO No. 1 of Almaty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="51" />
      <source>The address for letters, as on an envelope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="54" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="54" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="55" />
      <source>&amp;City:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="55" />
      <source>&amp;Region:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="56" />
      <source>&amp;Postal address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="76" />
      <source>Give the facility's name</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="55" />
      <source>Spreadsheet file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="56" />
      <source>&amp;Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="61" />
      <source>&amp;File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="65" />
      <source>&amp;Import as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="68" />
      <source>&amp;Sheet:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="70" />
      <source>Saved &amp;mapping:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="72" />
      <source>CSV (UTF-8, UTF-16 or Windows-1251; comma, semicolon or tab) or XLSX. The header row is found even below a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="79" />
      <source>Choose a spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="80" />
      <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="93" />
      <source>— guess from the headings —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FileSafety</name>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="55" />
      <source>Cannot write the daily backup to {folder}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="72" />
      <source>Daily backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="108" />
      <source>Created {name}, encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="109" />
      <source>Created {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="124" />
      <source>Backing up the database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="126" />
      <source>Backed up to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="134" />
      <source>Checking the database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="146" />
      <source>Encrypting the database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="149" />
      <source>{name} is encrypted now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="152" />
      <source>Plain Backups</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/file_safety.py" line="153" />
      <source>%n backup(s) made before are not encrypted. Delete them now?</source>
      <translation>
        <numerusform>%n backup made before is not encrypted. Delete it now?</numerusform>
        <numerusform>%n backups made before are not encrypted. Delete them now?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="155" />
      <source>Anyone who gets them can read what the file held then. Keep them only if you have not checked yet that the encrypted file opens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="157" />
      <source>Delete Plain Backups</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/file_safety.py" line="160" />
      <source>Deleted %n plain backup(s).</source>
      <translation>
        <numerusform>Deleted %n plain backup.</numerusform>
        <numerusform>Deleted %n plain backups.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="170" />
      <source>Changing the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="172" />
      <source>The passphrase of {name} is changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="179" />
      <location filename="../../caseapp/gui/safety/file_safety.py" line="187" />
      <source>Export Decrypted Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="180" />
      <source>The copy is not encrypted: anyone who gets it can read every record in it, without a passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="182" />
      <source>Give it only to someone who needs it, keep it on an encrypted disk, and delete it when it is no longer needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="184" />
      <source>Choose Where…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="194" />
      <source>Wrote a decrypted copy to {path}; keep it safe and delete it when done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="206" />
      <source>Restoring the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="208" />
      <source>Restored the backup of {date}; the file as it was is in {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../caseapp/gui/help.py" line="55" />
      <source>Volunteer Guide</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HearingDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="45" />
      <source>Hearing details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="46" />
      <source>&amp;Outcome:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="48" />
      <source>Outcome of the hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="49" />
      <source>What the court decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="51" />
      <source>&amp;Record Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="52" />
      <source>&amp;Edit Hearing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="67" />
      <source>Select a hearing in the list to see its case, court, people and outcome here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="74" />
      <source>{kind} hearing, {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="77" />
      <source>(case)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="80" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="80" />
      <source>Judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="81" />
      <source>Defendants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="82" />
      <source>Lawyers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="83" />
      <source>Observers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="83" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="85" />
      <source>not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="86" />
      <source>Case:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="86" />
      <source>Outcome:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="105" />
      <source>Outcome recorded.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HearingDialog</name>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="36" />
      <source>New Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="37" />
      <source>Edit Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="49" />
      <source>Type a case number, title or defendant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="57" />
      <source>Empty until the court has decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="59" />
      <source>Who attends or attended for the campaign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="62" />
      <source>C&amp;ase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="62" />
      <source>C&amp;ourt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="63" />
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="63" />
      <source>&amp;Time:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="64" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="64" />
      <source>&amp;Judge:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="65" />
      <source>O&amp;utcome:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="66" />
      <source>O&amp;bservers:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="67" />
      <source>&amp;Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="86" />
      <source>Choose the case from the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="97" />
      <source>Give the date of the hearing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HearingListView</name>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="36" />
      <source>Search case, defendant, court, judge…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="37" />
      <source>Search hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="37" />
      <source>Hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="38" />
      <source>Number of hearings listed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="39" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="40" />
      <source>Hearings on or after this date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="41" />
      <source>Until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="42" />
      <source>Hearings on or before this date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="43" />
      <source>&amp;Missing outcome only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="44" />
      <source>Only hearings whose outcome is not recorded</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HearingTableModel</name>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Date</source>
      <extracomment>Tables whose changes can alter which hearings are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Defendants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HearingsPage</name>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="32" />
      <source>&amp;New Hearing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="32" />
      <source>Add a hearing to a case (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="34" />
      <source>Export to &amp;Calendar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="35" />
      <source>Save the hearings listed as a calendar file (.ics) that calendar applications import; a later export updates the same events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="42" />
      <location filename="../../caseapp/gui/pages.py" line="48" />
      <source>Hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="53" />
      <source>the hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="54" />
      <source>the hearing of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="59" />
      <source>Export to Calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="60" />
      <source>Calendar files (*.ics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="68" />
      <source>Wrote {count} hearings to {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LazyTableModel</name>
    <message>
      <location filename="../../caseapp/gui/common/lazy_model.py" line="202" />
      <source>This column cannot be sorted</source>
      <extracomment>Ids and rows are read this many at a time. Cached rows and id pages are dropped beyond these many. rows of a page could not be read (a damaged file); the message names the file</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="60" />
      <source>Write Letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="82" />
      <source>Addressee &amp;Book…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="84" />
      <source>&amp;To:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="85" />
      <source>Addressee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="87" />
      <source>&amp;Edit Template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="89" />
      <source>&amp;Letter:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="91" />
      <source>Kind of letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="95" />
      <source>La&amp;nguage:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="98" />
      <source>Address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="100" />
      <source>&amp;Subject:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="102" />
      <source>Te&amp;xt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="113" />
      <source>Save &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="114" />
      <source>Save &amp;Text…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="115" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="116" />
      <source>Copy the letter for an e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="169" />
      <source>Not in the records, marked in the text for you to fill in: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="242" />
      <source>Logged as a campaign action (sent); follow up on {day}. Edit ▸ Undo removes the entry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="245" />
      <source>Saved {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="246" />
      <source>Copied the letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="254" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="255" />
      <source>Text files (*.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="256" />
      <source>Save the Letter As</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkEditor</name>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="35" />
      <source>Add to {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="39" />
      <source>Remo&amp;ve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="40" />
      <source>Remove from {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="51" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListDetailPage</name>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="68" />
      <source>&amp;Edit…</source>
      <extracomment>First-run proportions of list and detail pane.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="69" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="72" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="72" />
      <source>Save the records listed (with this search and these filters) as a spreadsheet or JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="190" />
      <source>the record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="203" />
      <source>Moved {name} to the trash. Undo brings it back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="41" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="46" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="48" />
      <source>&amp;Open Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="78" />
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="80" />
      <source>{name} is closed. Type its passphrase to open it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="82" />
      <source>{name} is closed. Unlock opens it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="84" />
      <source>This file is not encrypted: the lock only hides it from view. Anyone who can use this computer, or who copies the file, can read it. Only encryption (File ▸ Encrypt Database) protects a file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="93" />
      <source>No database open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="94" />
      <source>The database was closed; the list of recent files, the saved view and the clipboard were cleared. Open a database to go on.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../caseapp/gui/mainwindow.py" line="212" />
      <source>Undone: {step}</source>
      <extracomment>The first page has shown its data: the window is usable (start-up benchmark).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/mainwindow.py" line="217" />
      <source>Redone: {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="70" />
      <source>Open Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="126" />
      <source>{path} — damaged, read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="129" />
      <source>SQLite's check found errors in this file; caseapp writes nothing to it. Restore a backup from File ▸ Backups.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="134" />
      <source>{name} — {app}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="121" />
      <source>The open database file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="95" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="95" />
      <source>Import as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="96" />
      <source>Row {number}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="125" />
      <source>Columns and the fields they go to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="127" />
      <source>&amp;Keep columns not imported in the notes, as “Column: value”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="131" />
      <source>Save this mapping &amp;as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="133" />
      <source>Name to save the mapping under</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="138" />
      <source>Read as {source}; headings on line {line}; {rows} rows. Choose what each column is imported as.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="30" />
      <source>names: {count}</source>
      <extracomment>What moves, by table, as the summary line names it.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="31" />
      <source>cases: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="32" />
      <source>charges: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="33" />
      <source>detentions: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="34" />
      <source>sentences: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="35" />
      <source>campaign actions: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="36" />
      <source>reported events: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="37" />
      <source>citations: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="38" />
      <source>tags: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="49" />
      <source>Merge Persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="54" />
      <source>&amp;Keep the Other Instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="60" />
      <source>&amp;Merge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="70" />
      <source>Everything of the other person — names, cases, charges, detentions, sentences, campaign actions, reported events, citations and tags — moves to the kept one, and the other goes to the trash. Where the two differ, choose what to keep. Edit ▸ Undo takes the merge back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="75" />
      <source>Merge &amp;into it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="80" />
      <source>Both persons' details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="116" />
      <source>Choose the person to merge into the kept one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="121" />
      <source>Nothing is linked to the other person; {name} keeps what is chosen above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="123" />
      <source>Moves to {name}: {moved}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="127" />
      <source>Choose the person to merge into the kept one</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MergeFields</name>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="22" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="23" />
      <source>Given name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="24" />
      <source>Family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="25" />
      <source>Patronymic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="26" />
      <source>Born</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="27" />
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="28" />
      <source>Citizenship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="29" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="30" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="31" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="32" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="89" />
      <source>both</source>
      <extracomment>Longest value shown in a cell; the tooltip has it whole.</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="34" />
      <source>Cyrillic</source>
      <extracomment>What ``names.script_of`` and ``names.language_of_name`` return, as the volunteer reads it.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="35" />
      <source>Latin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="36" />
      <source>mixed scripts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="37" />
      <source>other script</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="38" />
      <source>Kazakh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="39" />
      <source>Russian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="40" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <location filename="../../caseapp/gui/navigator.py" line="23" />
      <source>Views</source>
      <extracomment>Extra room around the widest title, in multiples of the font's height.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/navigator.py" line="24" />
      <source>Choose what the window shows; Ctrl+1 to Ctrl+7</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewDatabaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="28" />
      <source>CaseApp databases ({patterns});;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="45" />
      <location filename="../../caseapp/gui/safety/new_database.py" line="63" />
      <source>New Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="47" />
      <source>C&amp;hoose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="48" />
      <source>Choose where the new database goes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="50" />
      <source>&amp;File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="51" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="52" />
      <source>&amp;Encrypt with a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="54" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="56" />
      <source>Create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="79" />
      <source>Give the new file a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="82" />
      <source>{name} already exists. A new database needs a new file name; to work in this one, use File ▸ Open Database.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="84" />
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="98" />
      <source>Change Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="85" />
      <source>Encrypt Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="90" />
      <source>&amp;Current passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="93" />
      <source>&amp;New passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="94" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="98" />
      <source>Encrypt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="104" />
      <source>The whole of {name} is encrypted again with the new passphrase. Backups made before keep the old one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="106" />
      <source>{name} is rewritten so that only the passphrase opens it; its backups from now on are encrypted too. Backups made before stay readable until you delete them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="121" />
      <source>This is not the passphrase of the open file.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartialDateEdit</name>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="26" />
      <source>yyyy, mm.yyyy or dd.mm.yyyy</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseRows</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="37" />
      <source>Too short: at least {count} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="40" />
      <source>Strong, if the words are unrelated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="42" />
      <source>Good. One or two more unrelated words make it strong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="44" />
      <source>Weak: easy to guess. Use several unrelated words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="61" />
      <source>Sho&amp;w passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="80" />
      <source>&amp;Type it again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="83" />
      <source>Several unrelated words (four or more) are best: long, and easy to remember. Write the passphrase down and keep it apart from the computer: a lost passphrase cannot be recovered, by anyone, and without it the data is lost too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="102" />
      <source>A passphrase needs at least {count} characters; several unrelated words are best.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="106" />
      <source>The two passphrases differ; type the same one twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="116" />
      <source>Strength: {hint}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PasteArticleDialog</name>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="55" />
      <source>Paste Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="66" />
      <source>&amp;Analyse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="68" />
      <source>‹ &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="69" />
      <source>Back to the text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="71" />
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="98" />
      <source>Import the article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="129" />
      <source>Store the article as a source with what it says (new persons: {new}, linked: {linked}) in one step that Edit ▸ Undo can take back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="146" />
      <source>Reading the article…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="196" />
      <source>This article is already in the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="213" />
      <source>Article imported as a source. New persons: {created}; linked to existing persons: {linked}; records in all: {records}. Edit ▸ Undo takes it back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PastePage</name>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="49" />
      <source>&amp;Open File…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="59" />
      <source>Paste a news article in Kazakh, Russian or English here: the title on the first line, then the text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="62" />
      <source>Article text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="64" />
      <source>Open an article file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="65" />
      <source>Read a saved .txt or .html article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="67" />
      <source>Publication date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="69" />
      <source>Words such as “yesterday” and dates without a year are counted from this day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="73" />
      <source>Article language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="74" />
      <source>Length of the text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="81" />
      <source>&amp;Published:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="84" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="122" />
      <source>Characters: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="130" />
      <source>Open Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="131" />
      <source>Articles ({patterns});;All files (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonActionsBar</name>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="41" />
      <source>&amp;Detention…</source>
      <extracomment>the English text, marked with QT_TRANSLATE_NOOP</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="42" />
      <source>&amp;Hearing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="44" />
      <source>&amp;Sentence…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="46" />
      <source>Campaign &amp;Action…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="65" />
      <source>&amp;New Person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="66" />
      <source>Enter a new person (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="68" />
      <source>E&amp;dit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="69" />
      <source>Edit the selected person's names, details and tags (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="72" />
      <source>Add for This &amp;Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="74" />
      <source>Write &amp;Letter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="75" />
      <source>An Urgent Action letter about the selected person, logged as a campaign action</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonChooser</name>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="47" />
      <source>Type a name in any script…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="48" />
      <source>Search persons for the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="52" />
      <source>Matching persons</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/persons/detail_pane.py" line="35" />
      <source>Person details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_pane.py" line="46" />
      <source>Select a person in the list to see their names, cases, detentions, hearings, sentences and campaign actions here.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonEditDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="73" />
      <source>New Person</source>
      <extracomment>Fields the core names in Invalid errors → the section that shows them. Plain text fields of Person read from QLineEdits, in form order.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="73" />
      <source>Edit Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="82" />
      <source>&amp;Display name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="83" />
      <source>The name the person is known by; it is always kept among their names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="85" />
      <source>&amp;Family name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="86" />
      <source>&amp;Given name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="87" />
      <source>&amp;Patronymic:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="88" />
      <source>&amp;Born:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="90" />
      <source>G&amp;ender:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="91" />
      <source>&amp;Citizenship:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="92" />
      <source>&amp;Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="93" />
      <source>P&amp;hoto:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="98" />
      <source>More about the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Script and language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="100" />
      <source>&amp;Add Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="100" />
      <source>names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="101" />
      <source>&amp;Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="104" />
      <source>C&amp;ontacts and Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="106" />
      <source>&amp;Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="110" />
      <source>Spellings in other scripts and former names let searches find the person however an article writes the name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="123" />
      <source>Contacts (family, lawyer):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="124" />
      <source>Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="195" />
      <source>Give the name the person is known by</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonListView</name>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="41" />
      <source>Number of persons listed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="38" />
      <source>Search names in any script, case numbers, notes…</source>
      <extracomment>Initial column widths in average character widths (besides the padding); the last column stretches.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="39" />
      <source>Find persons as you type (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="40" />
      <source>Search persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="100" />
      <source>Show persons with status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="101" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="40" />
      <source>Persons</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonMatchModel</name>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="61" />
      <source>Create a new person “{name}”</source>
      <extracomment>PERSON_ID_ROLE of the "create a new person" entry.</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="92" />
      <source>Type a name in any script…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="105" />
      <source>Choose a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="106" />
      <source>Choose “{name}” from the list of matches, or create a new person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="144" />
      <source>Matching persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="177" />
      <source>A new person with this name will be created</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonRenderer</name>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="48" />
      <source>born {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="53" />
      <source>citizen of {country}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="60" />
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="64" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="67" />
      <source>(no number)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="79" />
      <source>Art. {article} part {part}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="81" />
      <source>Art. {article}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>Until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="89" />
      <source>Days held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="92" />
      <source>now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="94" />
      <source>Detentions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="98" />
      <source>Sentences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="107" />
      <source>pre-trial days credited: {days}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="111" />
      <source>Expected release:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="122" />
      <source>Campaign actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="129" />
      <source>Reported in sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="134" />
      <source>Cyrillic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="134" />
      <source>Latin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="135" />
      <source>mixed scripts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonTableModel</name>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Name</source>
      <extracomment>Tables whose changes can alter which persons are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Held at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="66" />
      <source>Updated</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonsPage</name>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="46" />
      <location filename="../../caseapp/gui/persons/page.py" line="49" />
      <source>Persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="37" />
      <source>&amp;Merge with…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="70" />
      <source>the person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="83" />
      <source>Merged into “{name}”. Edit ▸ Undo takes it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="89" />
      <source>Saved “{name}”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhotoField</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="92" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="93" />
      <source>Choose Photo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="94" />
      <source>Remove Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="116" />
      <source>Choose a Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="117" />
      <source>Pictures ({patterns})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="135" />
      <source>no photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="135" />
      <source>no preview</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProposalsModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Name</source>
      <extracomment>Decision column: the (value, label) pairs the decision editor offers for this row. Any column: the PersonProposal of the row. Background of a row whose proposed link waits for the volunteer's confirmation. The role on the target side: only such persons get charges, custody and sentences. The dot before each decision: green creates, blue links, grey drops.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="95" />
      <source>Best match in the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="230" />
      <source>{decision} (check)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="236" />
      <source>no match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="237" />
      <source>{name} · {score} · {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="252" />
      <source>Only a surname or a given name: correct it to the full name to create the person, or link it to a person in the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="255" />
      <source>Found in the article as: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="257" />
      <source>Mentions in the article: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="260" />
      <source>Detainees get the charges, detentions and sentences the article tells; other roles get none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="262" />
      <source>Not on the side of the detained: no charge, detention or sentence is stored for this person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="265" />
      <source>A close match in the database is proposed: select the row to compare, then confirm the link or change the decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="268" />
      <source>Possible matches: {count}; select the row to compare them</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="50" />
      <source>&amp;Select All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="51" />
      <source>&amp;Step up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="52" />
      <source>Step &amp;down</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="54" />
      <source>Look in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="55" />
      <source>File &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="56" />
      <source>Files of type:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="57" />
      <source>Directory:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="58" />
      <source>&amp;Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="59" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="60" />
      <source>&amp;Choose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="61" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="62" />
      <source>Save As</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="63" />
      <source>Find Directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="64" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="65" />
      <source>Forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="66" />
      <source>Parent Directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="67" />
      <source>Create New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="68" />
      <source>New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="69" />
      <source>&amp;New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="70" />
      <source>&amp;Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="71" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="72" />
      <source>Show &amp;hidden files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="73" />
      <source>List View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="74" />
      <source>Detail View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="75" />
      <source>Recent Places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="76" />
      <source>My Computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="77" />
      <source>All Files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="78" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="79" />
      <source>Directories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="80" />
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="81" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="82" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="83" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="84" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="85" />
      <source>Date Modified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="86" />
      <source>Computer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="35" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="36" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="37" />
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="38" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="39" />
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="40" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="41" />
      <source>Select All</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="31" />
      <source>Show Details...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="32" />
      <source>Hide Details...</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="19" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="20" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="21" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="22" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="23" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="24" />
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="25" />
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="26" />
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="27" />
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="28" />
      <source>&amp;Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="29" />
      <source>&amp;No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="30" />
      <source>Restore Defaults</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="33" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="42" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="43" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="44" />
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="45" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="46" />
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="47" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="48" />
      <source>Select All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="49" />
      <source>Copy &amp;Link Location</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordListView</name>
    <message>
      <location filename="../../caseapp/gui/common/record_list.py" line="258" />
      <source>Showing {count}</source>
      <extracomment>The count label is wide enough for this many records, so it does not jump. Builds the view's model from (its source, parent).</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordSearchEdit</name>
    <message>
      <location filename="../../caseapp/gui/custody/choosers.py" line="99" />
      <source>Type to search, then pick from the list (Down shows it)</source>
      <extracomment>A record as a chooser shows it: (id, label). Runs on the database worker: the records matching a text, best first.</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="59" />
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="66" />
      <source>&amp;Write PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="76" />
      <source>Dossier of one person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="77" />
      <source>Brief on several persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="78" />
      <source>Hearing schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="79" />
      <source>Re&amp;port:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="81" />
      <source>P&amp;erson:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="82" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="84" />
      <source>P&amp;ersons:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="88" />
      <source> days from today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="89" />
      <source>&amp;Period:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="94" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="95" />
      <source>For &amp;public distribution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="96" />
      <source>Redaction:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="97" />
      <source>A public copy leaves out relatives, contacts, addresses, birth dates, private notes and volunteers' names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="108" />
      <source>&amp;Save as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="109" />
      <source>PDF file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="105" />
      <source>C&amp;hoose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="106" />
      <source>Choose the PDF file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="132" />
      <source>Save the Report As</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="133" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="159" />
      <source>Writing the report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="171" />
      <source>Wrote {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="189" />
      <source>Report Written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="190" />
      <source>The report is saved as {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="192" />
      <source>&amp;Open PDF</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="155" />
      <source>Rows that will not be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="159" />
      <source>Rows: {rows}. New: {created}; updated: {updated}; unchanged: {unchanged}; not imported: {skipped}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="164" />
      <source>Columns not imported: {columns}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportRequest</name>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="50" />
      <source>Choose the person the dossier is about.</source>
      <extracomment>Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="55" />
      <source>The number of days must be 0 or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="61" />
      <source>Choose a tag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="63" />
      <source>No persons are selected; choose a tag or a status instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="70" />
      <source>Choose where to save the PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="75" />
      <source>Give the full path of the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="77" />
      <source>The folder {folder} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="80" />
      <source>This is a folder; give a file name.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="97" />
      <source>Duplicate article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="101" />
      <source>Article title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="108" />
      <source>What the article contains</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="109" />
      <source>Article with highlighted findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="115" />
      <source>Persons found in the article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="116" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="117" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="156" />
      <source>Double-click a place to correct its name in every event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="233" />
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="233" />
      <source>Places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="234" />
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="234" />
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="264" />
      <source>dates to check: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="300" />
      <source>Double-click a name to correct it, or a role or a decision to change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="303" />
      <source>Yellow rows ({count}): a link proposed for a close match in the database; check each and confirm or change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="162" />
      <source>Other findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="170" />
      <source>Persons found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="240" />
      <source>{name} ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="247" />
      <source>This article is already in the database (the same text was imported before). Importing it again would create nothing new, so Import is switched off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="253" />
      <source>Language: {language}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="256" />
      <source>published {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="258" />
      <source>no publication date: dates without a year and words such as “yesterday” are left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="260" />
      <source>persons: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="261" />
      <source>dates: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="262" />
      <source>events: {count}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RowEditor</name>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="85" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="137" />
      <source>{column}, row {number} of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="139" />
      <source>Remove row {number} of {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/section.py" line="130" />
      <source>{title} ({count})</source>
      <extracomment>Rows shown before the table scrolls.</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="36" />
      <source>open the main window in Kazakh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="41" />
      <source>FAILED  {step}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="44" />
      <source>ok  {step} ({seconds:.2f} s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="75" />
      <source>the window's Kazakh translation is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="85" />
      <source>the window did not open</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SentenceDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="51" />
      <source>New Sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="53" />
      <source>Edit Sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="70" />
      <source>(no case)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="79" />
      <source>Days already served before the verdict (pre-trial detention counted towards the term)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="82" />
      <source>Leave empty if the term runs from the verdict date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="91" />
      <source>years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="92" />
      <source>months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="93" />
      <source>days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="95" />
      <source>&amp;Case:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="95" />
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="96" />
      <source>C&amp;ourt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="96" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="97" />
      <source>&amp;Term:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="98" />
      <source>C&amp;redited days:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="99" />
      <source>Term &amp;starts:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="100" />
      <source>&amp;Fine:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="100" />
      <source>&amp;Note:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="101" />
      <source>Expected release:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="102" />
      <source>Years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="102" />
      <source>Months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="103" />
      <source>Days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="166" />
      <source>none (no custodial term)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="172" />
      <source>give the sentence date or the start of the term</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="50" />
      <source>Settings</source>
      <extracomment>Language names as their speakers write them; never translated. Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="59" />
      <source>&amp;Interface language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="60" />
      <source>A new interface language is used from the next start of caseapp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="66" />
      <source>&amp;Report language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="68" />
      <source>Printed on the reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="69" />
      <source>&amp;Organisation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="71" />
      <source>Written to the audit log with every change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="72" />
      <source>&amp;Your name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="78" />
      <source>&amp;Backup folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="80" />
      <source>Backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="83" />
      <source> backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="84" />
      <source>&amp;Keep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="87" />
      <source>Never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="88" />
      <source> minutes without use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="89" />
      <source>&amp;Lock after:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="92" />
      <source>The time zone of hearing times in calendar files, e.g. Asia/Almaty or Asia/Tashkent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="93" />
      <source>Calendar &amp;time zone:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="99" />
      <source>As the system (English if not available)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="75" />
      <source>C&amp;hoose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="76" />
      <source>Choose the backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="106" />
      <source>Backup Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="159" />
      <source>Give the full path of the folder, e.g. {example}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="163" />
      <source>This is a file, not a folder</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SourceDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="53" />
      <source>Source details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="56" />
      <source>Full text of the source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="66" />
      <source>Citations of this source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="91" />
      <source>Add &amp;Citation…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="92" />
      <source>&amp;Open Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="93" />
      <source>Remove C&amp;itation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="94" />
      <source>&amp;Edit Source…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="108" />
      <source>Select a source in the list to read its text and see what it is cited for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="116" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="117" />
      <source>Publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="118" />
      <source>Published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="120" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="121" />
      <source>(untitled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="164" />
      <source>The cited record is no longer in the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="175" />
      <source>Citation removed. Undo brings it back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SourceDialog</name>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="36" />
      <source>New Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="37" />
      <source>Edit Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="54" />
      <source>Paste the text of the article or document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="56" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="56" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="57" />
      <source>&amp;URL:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="58" />
      <source>&amp;Publisher:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="59" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="60" />
      <source>P&amp;ublished:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="61" />
      <source>&amp;Full text:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="68" />
      <source>(not known)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="68" />
      <source>Kazakh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="69" />
      <source>Russian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="69" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="112" />
      <source>This text is already stored as another source</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SourceListView</name>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="29" />
      <source>Search titles, publishers and texts…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="30" />
      <source>Search sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="30" />
      <source>Sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="31" />
      <source>Number of sources listed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SourceTableModel</name>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Published</source>
      <extracomment>Tables whose changes can alter which sources are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="56" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="56" />
      <source>Citations</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SourcesPage</name>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="28" />
      <source>&amp;New Source…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="28" />
      <source>Add an article or document by hand (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="50" />
      <location filename="../../caseapp/gui/sources/page.py" line="34" />
      <source>Sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="47" />
      <source>the source</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TableImport</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="28" />
      <source>— not imported —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="29" />
      <source>uid (record id)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="30" />
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="31" />
      <source>given name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="32" />
      <source>family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="33" />
      <source>patronymic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="34" />
      <source>other names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="35" />
      <source>date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="36" />
      <source>date of death</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="37" />
      <source>gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="38" />
      <source>citizenship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="39" />
      <source>status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="40" />
      <source>place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="41" />
      <source>notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="42" />
      <source>source link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="43" />
      <source>tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="44" />
      <source>kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="45" />
      <source>city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="46" />
      <source>region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="47" />
      <source>postal address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="48" />
      <source>coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="49" />
      <source>case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="50" />
      <source>person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="51" />
      <source>articles charged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="52" />
      <source>country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="53" />
      <source>date opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="54" />
      <source>facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="55" />
      <source>from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="56" />
      <source>until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="57" />
      <source>court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="58" />
      <source>date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="59" />
      <source>time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="60" />
      <source>judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="61" />
      <source>outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="39" />
      <source>Persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="40" />
      <source>Cases (with charges)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="41" />
      <source>Facilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="42" />
      <source>Detentions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="43" />
      <source>Hearings</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TableImportDialog</name>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="39" />
      <source>Import Spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="49" />
      <source>‹ &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="50" />
      <source>&amp;Next ›</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="51" />
      <source>&amp;Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="53" />
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="100" />
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="123" />
      <source>Checking the rows…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="145" />
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="154" />
      <source>Imported: {created} new, {updated} updated, {skipped} not imported. Edit ▸ Undo takes the import back.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TagEditor</name>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="44" />
      <source>New or existing tag</source>
      <extracomment>Tables whose changes may add or remove a tag name.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="45" />
      <source>Tag to add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="50" />
      <source>Add Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="53" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="55" />
      <source>Remove Tag</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TagFilter</name>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="110" />
      <source>Show only records with tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="111" />
      <source>Show only records with this tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="131" />
      <source>All tags</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="29" />
      <source>Letter Template: {kind} ({language})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="35" />
      <source>&amp;Subject:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="37" />
      <source>&amp;Text:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="39" />
      <source>&amp;Restore Shipped Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="49" />
      <source>The records fill in these placeholders:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimeEdit</name>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="60" />
      <source>hh:mm</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="28" />
      <source>Person</source>
      <extracomment>Names of the record kinds, by table; translated when shown.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="29" />
      <source>Name of a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="30" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="31" />
      <source>Party to a case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="32" />
      <source>Code article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="33" />
      <source>Charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="34" />
      <source>Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="35" />
      <source>Detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="36" />
      <source>Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="37" />
      <source>Sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="38" />
      <source>Campaign action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="39" />
      <source>Person in an action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="40" />
      <source>Case in an action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="41" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="42" />
      <source>Citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="43" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="44" />
      <source>Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="45" />
      <source>Tag on a record</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="75" />
      <source>uid {uid}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/model.py" line="86" />
      <source>{label}, with %n record(s) that went along</source>
      <translation>
        <numerusform>{label}, with %n record that went along</numerusform>
        <numerusform>{label}, with %n records that went along</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrashPage</name>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="62" />
      <source>Filter the trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="63" />
      <source>Filter the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="71" />
      <source>Deleted records wait here. Restore brings one back with its links; Delete for Good removes it and cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="82" />
      <source>Records in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="95" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="96" />
      <source>Bring the selected records back (Undo reverses this)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="99" />
      <source>Delete for &amp;Good…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="100" />
      <source>Remove the selected records; this cannot be undone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="103" />
      <source>&amp;Empty Trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="51" />
      <location filename="../../caseapp/gui/trash/page.py" line="115" />
      <source>Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="133" />
      <source>Nothing can be added to the trash; delete a record instead.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="159" />
      <source>Restored %n record(s) from the trash (Undo reverses this).</source>
      <translation>
        <numerusform>Restored %n record from the trash (Undo reverses this).</numerusform>
        <numerusform>Restored %n records from the trash (Undo reverses this).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="173" />
      <source>Delete everything in the trash (%n record(s)) for good?</source>
      <translation>
        <numerusform>Delete everything in the trash (%n record) for good?</numerusform>
        <numerusform>Delete everything in the trash (%n records) for good?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="165" />
      <source>Delete %n record(s) for good?</source>
      <translation>
        <numerusform>Delete %n record for good?</numerusform>
        <numerusform>Delete %n records for good?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="165" />
      <location filename="../../caseapp/gui/trash/page.py" line="205" />
      <source>Delete for Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="174" />
      <source>Empty Trash</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="184" />
      <source>Deleted %n record(s) for good.</source>
      <translation>
        <numerusform>Deleted %n record for good.</numerusform>
        <numerusform>Deleted %n records for good.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="188" />
      <source>Replaced %n older backup(s) with one fresh backup.</source>
      <translation>
        <numerusform>Replaced %n older backup with one fresh backup.</numerusform>
        <numerusform>Replaced %n older backups with one fresh backup.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="192" />
      <source>Older Backups</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="193" />
      <source>%n backup(s) made before still hold the deleted records.</source>
      <translation>
        <numerusform>%n backup made before still holds the deleted records.</numerusform>
        <numerusform>%n backups made before still hold the deleted records.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="196" />
      <source>Replace them with one fresh backup made now? Anyone who gets the older backups can read the deleted records; keeping them lets you go back to an earlier state.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="198" />
      <source>Replace Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="199" />
      <source>Keep Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="207" />
      <source>This cannot be undone. The undo history is cleared as well.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="218" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="27" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="28" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="30" />
      <source>&amp;Undo {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="33" />
      <source>&amp;Redo {step}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnexpectedErrorDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="101" />
      <source>Unexpected Error</source>
      <extracomment>Path parts after which a file's path says where it is without naming the computer's user.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="107" />
      <source>Something went wrong that caseapp did not expect.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="110" />
      <source>What was saved before is safe. If you were saving a change, check whether it is there, and try again.

If this happens again, press “Copy Details” and send what it copies to the person who helps your group with caseapp. The details name no one from your database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="115" />
      <source>&amp;Copy Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="123" />
      <source>Details Copied</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="128" />
      <source>Discard Changes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="129" />
      <source>You changed this form. Save the changes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="132" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="134" />
      <source>&amp;Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="136" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="105" />
      <location filename="../../caseapp/gui/welcome/screen.py" line="106" />
      <source>Welcome to CaseApp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="108" />
      <source>CaseApp keeps the cases of detained people on this computer and never goes online. Choose your language, then how to begin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="110" />
      <source>Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="111" />
      <source>&amp;Create a new database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="112" />
      <source>An empty file, encrypted with a passphrase if you wish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="114" />
      <source>&amp;Import a list you keep in a spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="116" />
      <source>Create a new database, then take persons, cases, facilities, detentions or hearings from a CSV or Excel file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="118" />
      <source>Open the &amp;demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="119" />
      <source>Try CaseApp on fictional people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="120" />
      <source>&amp;Open an existing file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="160" />
      <source>Open Database</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="51" />
      <source>&amp;New…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="53" />
      <source>Add a record to the list you are looking at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="54" />
      <source>New &amp;Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="56" />
      <source>Create an empty database file and open it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="57" />
      <source>&amp;Open Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="66" />
      <source>&amp;Back Up Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="67" />
      <source>Copy the database into the backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="59" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="62" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="68" />
      <source>Bac&amp;kups…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="69" />
      <source>See the backups, restore one, or replace them with one fresh backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="71" />
      <source>&amp;Encrypt Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="72" />
      <source>Encrypt the open file with a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="73" />
      <source>C&amp;hange Passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="75" />
      <source>E&amp;xport Decrypted Copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="77" />
      <source>Write a copy that opens without the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="79" />
      <source>&amp;Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="80" />
      <source>Close the database and hide it until it is unlocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="81" />
      <source>&amp;Panic: Close and Forget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="83" />
      <source>Close the database at once and clear the recent files, the saved view and the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="87" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="88" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="90" />
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="92" />
      <source>Search the list you are looking at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="93" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="95" />
      <source>Move the selected record to the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="98" />
      <source>&amp;Paste Article…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="101" />
      <source>Paste a news article and turn it into persons, cases and hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="102" />
      <source>&amp;Import Spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="105" />
      <source>Import persons, cases, facilities, detentions or hearings from CSV or XLSX</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="106" />
      <source>&amp;Reports…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="107" />
      <source>Write a dossier, brief or hearing schedule as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="108" />
      <source>E&amp;xport Bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="110" />
      <source>Write the records to a file for a colleague's caseapp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="112" />
      <source>&amp;Import Bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="114" />
      <source>Merge a colleague's bundle into this database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="115" />
      <source>Exchange C&amp;onflicts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="117" />
      <source>&amp;Check Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="118" />
      <source>Look for damage in the database file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="119" />
      <source>Volunteer &amp;Guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="121" />
      <source>First case, articles, reports, backups and safety, step by step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="123" />
      <source>&amp;About CaseApp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="145" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="146" />
      <source>Open &amp;Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="154" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="156" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="158" />
      <source>&amp;Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="161" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="188" />
      <source>No recent databases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="191" />
      <source>&amp;Clear Menu</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WindowLock</name>
    <message>
      <location filename="../../caseapp/gui/safety/lock.py" line="131" />
      <source>Type the passphrase of {name}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
