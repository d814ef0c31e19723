<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name>App</name>
    <message>
      <source>Workshopstöd is already open</source>
      <translation>Workshopstöd är redan öppet</translation>
    </message>
    <message>
      <source>Another Workshopstöd is using this data folder:
%1

Close it first, or switch to its window.</source>
      <translation>Ett annat Workshopstöd använder den här datamappen:
%1

Stäng det först, eller byt till dess fönster.</translation>
    </message>
    <message>
      <source>The data could not be opened</source>
      <translation>Det gick inte att öppna datan</translation>
    </message>
    <message>
      <source>%1

Nothing was changed. Details are in the log file:
%2</source>
      <translation>%1

Ingenting har ändrats. Detaljer finns i loggfilen:
%2</translation>
    </message>
  </context>
  <context>
    <name>GuidePanel</name>
    <message>
      <source>Facilitator guide</source>
      <translation>Processledarens stöd</translation>
    </message>
    <message>
      <source>Show or hide the facilitator guide</source>
      <translation>Visa eller dölj processledarens stöd</translation>
    </message>
    <message>
      <source>Guiding questions</source>
      <translation>Frågor att diskutera</translation>
    </message>
    <message>
      <source>Tips</source>
      <translation>Tips</translation>
    </message>
  </context>
  <context>
    <name>ItemTableEditor</name>
    <message>
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <source>Delete the selected row (Delete)</source>
      <translation>Ta bort den markerade raden (Delete)</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Flytta upp</translation>
    </message>
    <message>
      <source>Move the selected row up (Ctrl+Up)</source>
      <translation>Flytta upp den markerade raden (Ctrl+Upp)</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Flytta ned</translation>
    </message>
    <message>
      <source>Move the selected row down (Ctrl+Down)</source>
      <translation>Flytta ned den markerade raden (Ctrl+Ned)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Workshopstöd</source>
      <translation>Workshopstöd</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Öppnar databasen…</translation>
    </message>
    <message>
      <source>&amp;New workshop…</source>
      <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Öppna</translation>
    </message>
    <message>
      <source>&amp;Rename…</source>
      <translation>&amp;Byt namn…</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>&amp;Duplicera</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>&amp;Ta bort…</translation>
    </message>
    <message>
      <source>&amp;Import file…</source>
      <translation>&amp;Importera fil…</translation>
    </message>
    <message>
      <source>&amp;Export file…</source>
      <translation>&amp;Exportera fil…</translation>
    </message>
    <message>
      <source>Export to &amp;Word…</source>
      <translation>Exportera till &amp;Word…</translation>
    </message>
    <message>
      <source>&amp;Close workshop</source>
      <translation>&amp;Stäng workshop</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Avsluta</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ångra</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gör om</translation>
    </message>
    <message>
      <source>&amp;Next step</source>
      <translation>&amp;Nästa steg</translation>
    </message>
    <message>
      <source>&amp;Previous step</source>
      <translation>&amp;Föregående steg</translation>
    </message>
    <message>
      <source>&amp;About Workshopstöd</source>
      <translation>&amp;Om Workshopstöd</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Redigera</translation>
    </message>
    <message>
      <source>&amp;Steps</source>
      <translation>&amp;Steg</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Språk</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>&amp;Ångra %1</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>&amp;Gör om %1</translation>
    </message>
    <message>
      <source>Opening the workshop…</source>
      <translation>Öppnar workshopen…</translation>
    </message>
    <message>
      <source>Rename workshop</source>
      <translation>Byt namn på workshop</translation>
    </message>
    <message>
      <source>New title:</source>
      <translation>Ny titel:</translation>
    </message>
    <message>
      <source>Delete workshop</source>
      <translation>Ta bort workshop</translation>
    </message>
    <message>
      <source>Delete the workshop “%1” and everything in it?</source>
      <translation>Vill du ta bort workshopen ”%1” och allt som finns i den?</translation>
    </message>
    <message>
      <source>This cannot be undone. Export a workshop file first if you may need it again.</source>
      <translation>Det går inte att ångra. Exportera en workshopfil först om ni kan behöva den igen.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ta bort</translation>
    </message>
    <message>
      <source>Import workshop file</source>
      <translation>Importera workshopfil</translation>
    </message>
    <message>
      <source>Workshop files (*.workshop.json *.json);;All files (*)</source>
      <translation>Workshopfiler (*.workshop.json *.json);;Alla filer (*)</translation>
    </message>
    <message>
      <source>Importing %1…</source>
      <translation>Importerar %1…</translation>
    </message>
    <message>
      <source>Imported “%1”.</source>
      <translation>Importerade ”%1”.</translation>
    </message>
    <message>
      <source>The file could not be imported</source>
      <translation>Filen kunde inte importeras</translation>
    </message>
    <message>
      <source>Nothing was changed. The file was refused because:

%1</source>
      <translation>Ingenting har ändrats. Filen godtogs inte eftersom:

%1</translation>
    </message>
    <message>
      <source>Export workshop file</source>
      <translation>Exportera workshopfil</translation>
    </message>
    <message>
      <source>Workshop files (*.workshop.json)</source>
      <translation>Workshopfiler (*.workshop.json)</translation>
    </message>
    <message>
      <source>Exported to %1</source>
      <translation>Exporterad till %1</translation>
    </message>
    <message>
      <source>%1 – minutes %2</source>
      <translation>%1 – minnesanteckningar %2</translation>
    </message>
    <message>
      <source>Writing the minutes…</source>
      <translation>Skriver minnesanteckningarna…</translation>
    </message>
    <message>
      <source>Export to Word</source>
      <translation>Exportera till Word</translation>
    </message>
    <message>
      <source>Minutes exported</source>
      <translation>Minnesanteckningarna är exporterade</translation>
    </message>
    <message>
      <source>The minutes were saved as
%1</source>
      <translation>Minnesanteckningarna sparades som
%1</translation>
    </message>
    <message>
      <source>Open the document</source>
      <translation>Öppna dokumentet</translation>
    </message>
    <message>
      <source>Show the folder</source>
      <translation>Visa mappen</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>The new language is used the next time Workshopstöd starts.</source>
      <translation>Det nya språket används nästa gång Workshopstöd startas.</translation>
    </message>
    <message>
      <source>About Workshopstöd</source>
      <translation>Om Workshopstöd</translation>
    </message>
    <message>
      <source>Workshopstöd %1</source>
      <translation>Workshopstöd %1</translation>
    </message>
    <message>
      <source>Guides a local working group through Brå's workshop on crime and insecurity linked to parallel social structures.</source>
      <translation>Stöd för att leda en lokal arbetsgrupp genom Brås workshop om brott och otrygghet med koppling till parallella samhällsstrukturer.</translation>
    </message>
    <message>
      <source>Licence: MIT. Everything is stored on this computer.</source>
      <translation>Licens: MIT. Allt sparas på den här datorn.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Något gick fel</translation>
    </message>
    <message>
      <source>Still saving</source>
      <translation>Sparar fortfarande</translation>
    </message>
    <message>
      <source>Workshopstöd is still saving. Close anyway? The last change may be lost.</source>
      <translation>Workshopstöd sparar fortfarande. Stänga ändå? Den senaste ändringen kan gå förlorad.</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <source>New workshop</source>
      <translation>Ny workshop</translation>
    </message>
    <message>
      <source>e.g. Norrbacka spring 2027</source>
      <translation>t.ex. Norrbacka våren 2027</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>&amp;Municipality</source>
      <translation>&amp;Kommun</translation>
    </message>
    <message>
      <source>&amp;Area</source>
      <translation>&amp;Område</translation>
    </message>
    <message>
      <source>&amp;Language of the minutes</source>
      <translation>&amp;Språk i minnesanteckningarna</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Skapa</translation>
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <source>Parking lot</source>
      <translation>Parkering</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <source>New note: type and press Enter</source>
      <translation>Ny anteckning: skriv och tryck Enter</translation>
    </message>
    <message>
      <source>Edit note</source>
      <translation>ändra anteckning</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>ta bort anteckning</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>lägg till anteckning</translation>
    </message>
    <message>
      <source>Move note</source>
      <translation>flytta anteckning</translation>
    </message>
  </context>
  <context>
    <name>PreparationPage</name>
    <message>
      <source>Scope of the workshop</source>
      <translation>Workshopens avgränsning</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>&amp;Municipality</source>
      <translation>&amp;Kommun</translation>
    </message>
    <message>
      <source>&amp;Area</source>
      <translation>&amp;Område</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Syfte</translation>
    </message>
    <message>
      <source>&amp;Purpose</source>
      <translation>&amp;Syfte</translation>
    </message>
    <message>
      <source>Language of the minutes</source>
      <translation>Språk i minnesanteckningarna</translation>
    </message>
    <message>
      <source>Language of the &amp;minutes</source>
      <translation>Språk i &amp;minnesanteckningarna</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Organisationer</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Kind of actor</source>
      <translation>Typ av aktör</translation>
    </message>
    <message>
      <source>New organisation: type its name and press Enter</source>
      <translation>Ny organisation: skriv namnet och tryck Enter</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Deltagare</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Roll</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>New participant: type the name and press Enter</source>
      <translation>Ny deltagare: skriv namnet och tryck Enter</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Möten</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Slutar</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <source>New meeting: type the place (or a date YYYY-MM-DD) and press Enter</source>
      <translation>Nytt möte: skriv platsen (eller ett datum ÅÅÅÅ-MM-DD) och tryck Enter</translation>
    </message>
    <message>
      <source>Attendance at the selected meeting</source>
      <translation>Närvarande vid det markerade mötet</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(inte angiven)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>ändra %1</translation>
    </message>
    <message>
      <source>Edit purpose</source>
      <translation>ändra syfte</translation>
    </message>
    <message>
      <source>Change language of the minutes</source>
      <translation>byt språk i minnesanteckningarna</translation>
    </message>
    <message>
      <source>Add row</source>
      <translation>lägg till rad</translation>
    </message>
    <message>
      <source>Edit row</source>
      <translation>ändra rad</translation>
    </message>
    <message>
      <source>Delete row</source>
      <translation>ta bort rad</translation>
    </message>
    <message>
      <source>Move row</source>
      <translation>flytta rad</translation>
    </message>
    <message>
      <source>Change attendance</source>
      <translation>ändra närvaro</translation>
    </message>
  </context>
  <context>
    <name>SaveStatusLabel</name>
    <message>
      <source>the disk is full</source>
      <translation>disken är full</translation>
    </message>
    <message>
      <source>no permission to write the data folder</source>
      <translation>behörighet saknas att skriva i datamappen</translation>
    </message>
    <message>
      <source>Save status</source>
      <translation>Sparstatus</translation>
    </message>
    <message>
      <source>Not saved – %1</source>
      <translation>Inte sparat – %1</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Sparar…</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>Sparat %1</translation>
    </message>
    <message>
      <source>All changes are saved</source>
      <translation>Alla ändringar är sparade</translation>
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <source>Workshops</source>
      <translation>Workshoppar</translation>
    </message>
    <message>
      <source>Lead a local working group through Brå's workshop on crime and insecurity linked to parallel social structures. Everything is saved on this computer as you work.</source>
      <translation>Led en lokal arbetsgrupp genom Brås workshop om brott och otrygghet med koppling till parallella samhällsstrukturer. Allt sparas på den här datorn medan ni arbetar.</translation>
    </message>
    <message>
      <source>Search by title, municipality or area</source>
      <translation>Sök på titel, kommun eller område</translation>
    </message>
    <message>
      <source>Search workshops</source>
      <translation>Sök workshoppar</translation>
    </message>
    <message>
      <source>Saved workshops</source>
      <translation>Sparade workshoppar</translation>
    </message>
    <message>
      <source>No workshops yet. Start a new one or import a workshop file.</source>
      <translation>Inga workshoppar ännu. Skapa en ny eller importera en workshopfil.</translation>
    </message>
  </context>
  <context>
    <name>StepPage</name>
    <message>
      <source>This step is &amp;done</source>
      <translation>Steget är &amp;klart</translation>
    </message>
    <message>
      <source>Mark step done</source>
      <translation>markera steget som klart</translation>
    </message>
    <message>
      <source>Mark step not done</source>
      <translation>markera steget som inte klart</translation>
    </message>
  </context>
  <context>
    <name>StepRail</name>
    <message>
      <source>Steps of the workshop</source>
      <translation>Workshopens steg</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>inte påbörjat</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>pågår</translation>
    </message>
    <message>
      <source>done</source>
      <translation>klart</translation>
    </message>
  </context>
  <context>
    <name>WordExportDialog</name>
    <message>
      <source>Export to Word</source>
      <translation>Exportera till Word</translation>
    </message>
    <message>
      <source>&amp;Full minutes – every step, the information matrix, glossary</source>
      <translation>&amp;Fullständiga – alla steg, informationsmatrisen, ordlista</translation>
    </message>
    <message>
      <source>&amp;Short minutes – summary, prioritised problems, next steps</source>
      <translation>&amp;Korta – sammanfattning, prioriterade problem, nästa steg</translation>
    </message>
    <message>
      <source>Kind of minutes</source>
      <translation>Typ av minnesanteckningar</translation>
    </message>
    <message>
      <source>File to save</source>
      <translation>Fil att spara</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Bläddra…</translation>
    </message>
    <message>
      <source>Save &amp;as:</source>
      <translation>Spara &amp;som:</translation>
    </message>
    <message>
      <source>Minutes handed to another organisation can become a public document. Check that they describe places and events, not individuals.</source>
      <translation>Minnesanteckningar som lämnas till en annan organisation kan bli allmän handling. Kontrollera att de beskriver platser och händelser, inte enskilda personer.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportera</translation>
    </message>
    <message>
      <source>Save the minutes</source>
      <translation>Spara minnesanteckningarna</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word-dokument (*.docx)</translation>
    </message>
  </context>
  <context>
    <name>WorkshopListModel</name>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Kommun</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Område</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Senast ändrad</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Framsteg</translation>
    </message>
    <message>
      <source>%1 of %2 steps done</source>
      <translation>%1 av %2 steg klara</translation>
    </message>
  </context>
  <context>
    <name>WorkshopView</name>
    <message>
      <source>All workshops</source>
      <translation>Alla workshoppar</translation>
    </message>
    <message>
      <source>Back to the list of workshops (Ctrl+W)</source>
      <translation>Tillbaka till listan över workshoppar (Ctrl+W)</translation>
    </message>
    <message>
      <source>Export to Word…</source>
      <translation>Exportera till Word…</translation>
    </message>
    <message>
      <source>Write the minutes as a Word document (Ctrl+Shift+E)</source>
      <translation>Skriv minnesanteckningarna som ett Word-dokument (Ctrl+Skift+E)</translation>
    </message>
  </context>
</TS>
