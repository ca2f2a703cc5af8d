<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Errors</name>
    <message>
        <source>Nobody is signed in on this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a valid database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &apos;{path}&apos; cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a Gezinsregie database (the file is damaged or of another kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &apos;{path}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;{path}&apos; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;{path}&apos; is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Gezinsregie database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists. It may have been removed by a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague changed this record after you opened it. Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of Gezinsregie ({revision}). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is older than this version of Gezinsregie. Ask the administrator to run &apos;gezinsregie db upgrade&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is an SQLite database, but not a Gezinsregie database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case in intake can be made active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker already directs the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family already has an open case. One family, one plan, one director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality code is 4 digits (CBS code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one family member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with data already stored; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or unavailable; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid BSN (it must be 9 digits and pass the 11-check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date of birth is too long ago.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
