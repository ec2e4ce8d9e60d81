<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>caseapp</name>
    <message>
      <source>  ({days} days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--upcoming needs a number of days ≥ 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>; expected release {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A case needs a case number or a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A day needs a month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A quote cannot end before it starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A source needs a title, a URL or its text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A term cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activist detained in {city}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Case Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added {name} ({uid})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Article {article} of the {code} code is not in the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Build Demo Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled; nothing was changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case tracking for defenders of political detainees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Civic activist (demo)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code Article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created demo database {path} with {count} persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Credited days cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database is healthy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo {role}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detentions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Journalist and civic activist; fictional demo record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No person matches “{text}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No {table} with id {pk}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing in the trash has uid {uid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing matches “{text}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Purged {count} records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore from Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sentences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The detention ends before it starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The upgraded database failed its check: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The year {year} is out of range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no database at {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no day {day} in {year}-{month:02d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no month {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no table “{table}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This file is an SQLite database but not a caseapp one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two volunteers, one embassy observer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>UN/OSCE appeal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>acquitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add, list and show persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>administrative arrest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another spelling (repeatable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>appeal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>articles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at large</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at_large, detained, sentenced, …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>birth date: 1985, 04.1985 or 14.04.1985</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>born: {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bring a record back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cassation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check the database for damage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>colony</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>compulsory treatment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>copy the database to the backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>court document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create a database filled with fictional demo records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create an empty database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>database file (default: caseapp.sqlite in the data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deceased</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>defendant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>defendants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete for good (cannot be undone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>detained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>detained in a discriminatory manner compared to others</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>detention imposed for purely political reasons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>detention violates a fundamental right (ECHR art. 9–11)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>display name, e.g. “Ерлан Қуанышбаев”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>embassy contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>everything about one person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>find persons, cases and sources in any spelling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>former</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>house arrest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>imprisonment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in exile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>interrupted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>interview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>investigation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lawyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>length or conditions clearly disproportionate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list, restore or purge deleted records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>media</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name a uid to purge, or use --all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>news article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nickname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>official</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>parole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>penal colony</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>petition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>picket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>police station</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pre-trial centre (SIZO)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pre-trial detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>preliminary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>proceedings clearly unfair, linked to political motives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prosecutor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>psychiatric</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>psychiatric hospital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>purge everything in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>relative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>released</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>replace an existing demo file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>restricted freedom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sentenced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show what is in the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>social media post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status: {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>suspended sentence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>temporary detention (IVS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>transliteration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>trial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>uid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>uid or a name that matches one person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unexpected error ({kind}); run with CASEAPP_DEBUG=1 for details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>verdict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write the copy here instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} hearings in the next {days} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} problems found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind} for {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was detained in {city} after a peaceful picket, a court ruled on {day}.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{n} day</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} month</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>{n} year</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <source>{path} already exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} already exists; use --force to replace it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not a caseapp database ({reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} was written by a newer caseapp (schema {found}; this version knows up to {known}). Update caseapp to open it; the file was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{table} row {rowid} points to a missing {parent}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{field}” must not be empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” is not a date; write 2016, 04.2016 or 14.08.2019</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” is not one of: {choices}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{text}” matches {count} persons; use a uid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{value}” is not a valid {field}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
