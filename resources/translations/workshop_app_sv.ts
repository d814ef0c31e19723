<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>App</name>
    <message>
        <source>Workshopstöd is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Workshopstöd is using this data folder:
%1

Close it first, or switch to its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Details are in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableEditor</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshopstöd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Workshopstöd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workshop “%1” and everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Export a workshop file first if you may need it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop files (*.workshop.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. The file was refused because:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop files (*.workshop.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Workshopstöd starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Workshopstöd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshopstöd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides a local working group through Brå&apos;s workshop on crime and insecurity linked to parallel social structures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: MIT. Everything is stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshopstöd is still saving. Close anyway? The last change may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Norrbacka spring 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note: type and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Scope of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the &amp;minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation: type its name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant: type the name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting: type the place (or a date YYYY-MM-DD) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance at the selected meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change language of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to write the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead a local working group through Brå&apos;s workshop on crime and insecurity linked to parallel social structures. Everything is saved on this computer as you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by title, municipality or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshops yet. Start a new one, import a workshop file or open the example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>This step is &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark step not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>Steps of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of workshops (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
